"""`server`: team mode on a PostgreSQL server: set up a database and its roles, manage its users."""

from __future__ import annotations

from typing import Any

from dpo_desk.cli.context import Context
from dpo_desk.errors import DpoDeskError


def register(commands: Any, reports: Any) -> None:
    server = commands.add_parser("server", help="team mode: the store on a PostgreSQL server, its roles and users")
    subs = server.add_subparsers(dest="server_command", metavar="SUBCOMMAND")
    subs.required = True
    init = subs.add_parser(
        "init", help="create the schema in an empty database (or upgrade it) and set up the roles dpo/analyst/auditor"
    )
    init.add_argument("url", metavar="URL", help="postgresql://owner@host:port/db (the database must exist)")
    init.set_defaults(handler=run_init)
    user = subs.add_parser("user", help="the people who connect: add, list, remove (the server is --store)")
    users = user.add_subparsers(dest="user_command", metavar="SUBCOMMAND")
    users.required = True
    add = users.add_parser("add", help="a login with a role; its password from DPO_DESK_NEW_PASSPHRASE or asked twice")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=("dpo", "analyst", "auditor"))
    add.set_defaults(handler=run_user_add)
    listing = users.add_parser("list", help="every user of the database and their role")
    listing.set_defaults(handler=run_user_list)
    remove = users.add_parser("remove", help="drop a user's login")
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(handler=run_user_remove)


def _server_store(ctx: Context) -> Any:
    if not ctx.on_server:
        raise DpoDeskError("This needs a server: give --store postgresql://user@host:port/db (or DPO_DESK_STORE).")
    return ctx.open_store()


def run_init(ctx: Context) -> None:
    from dpo_desk.store.server import display, initialise, is_server_url

    if not is_server_url(ctx.args.url):
        raise DpoDeskError(f"{ctx.args.url!r} is not a postgresql://user@host:port/db URL.")
    store, names = initialise(ctx.args.url, ctx.passphrase(), clock=ctx.clock)
    ctx.adopt_store(store)
    ctx.say(f"Set up {display(ctx.args.url)} at schema revision {store.schema_revision}.")
    for role, group in names.items():
        ctx.say(f"role {role}: {group}")


def run_user_add(ctx: Context) -> None:
    from dpo_desk.store.server import add_user_to

    store = _server_store(ctx)
    add_user_to(store, ctx.args.name, ctx.args.role, ctx.new_passphrase())
    ctx.say(f"Added {ctx.args.name} as {ctx.args.role}.")


def run_user_list(ctx: Context) -> None:
    from dpo_desk.store.server import users_of

    for name, role in users_of(_server_store(ctx)):
        ctx.say(f"{name}\t{role}")


def run_user_remove(ctx: Context) -> None:
    from dpo_desk.store.server import remove_user_from

    remove_user_from(_server_store(ctx), ctx.args.name)
    ctx.say(f"Removed {ctx.args.name}.")

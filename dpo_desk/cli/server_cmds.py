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
    push = subs.add_parser(
        "push", help="copy an encrypted store into an empty server database (run as the database's owner)"
    )
    push.add_argument("file", metavar="FILE", help="the store file (its passphrase from DPO_DESK_PASSPHRASE)")
    push.add_argument("url", metavar="URL", help="postgresql://owner@host:port/db (password: PGPASSWORD, ~/.pgpass)")
    push.set_defaults(handler=run_push)
    pull = subs.add_parser("pull", help="copy a server's store into a new encrypted file")
    pull.add_argument("url", metavar="URL", help="postgresql://user@host:port/db (password: PGPASSWORD, ~/.pgpass)")
    pull.add_argument("file", metavar="FILE", help="the new store file (its passphrase from DPO_DESK_PASSPHRASE)")
    pull.set_defaults(handler=run_pull)


def _server_store(ctx: Context) -> Any:
    if not ctx.on_server:
        raise DpoDeskError("This needs a server: give --store postgresql://user@host:port/db (or DPO_DESK_STORE).")
    return ctx.open_store()


def _url(text: str) -> str:
    from dpo_desk.services.team import is_server_url

    if not is_server_url(text):
        raise DpoDeskError(f"{text!r} is not a postgresql://user@host:port/db URL.")
    return text


def _file(text: str) -> str:
    """FILE of push and pull: a store file, which a server URL given by mistake is not."""
    from dpo_desk.services.team import display, is_server_url

    if is_server_url(text):
        raise DpoDeskError(f"FILE is {display(text)}, a server: give the store file's path there.")
    return text


def run_init(ctx: Context) -> None:
    from dpo_desk.services.team import display, initialise

    url = _url(ctx.args.url)
    store, names = ctx.with_server_password(
        lambda password: initialise(url, password, clock=ctx.clock), ctx.passphrase(), url
    )
    ctx.adopt_store(store)
    ctx.say(f"Set up {display(ctx.args.url)} at schema revision {store.schema_revision}.")
    for role, group in names.items():
        ctx.say(f"role {role}: {group}")


def run_user_add(ctx: Context) -> None:
    from dpo_desk.services.team import add_user

    store = _server_store(ctx)
    add_user(store, ctx.args.name, ctx.args.role, ctx.new_passphrase())
    ctx.say(f"Added {ctx.args.name} as {ctx.args.role}.")


def run_user_list(ctx: Context) -> None:
    from dpo_desk.services.team import list_users

    for name, role in list_users(_server_store(ctx)):
        ctx.say(f"{name}\t{role}")


def run_user_remove(ctx: Context) -> None:
    from dpo_desk.services.team import remove_user

    remove_user(_server_store(ctx), ctx.args.name)
    ctx.say(f"Removed {ctx.args.name}.")


def _file_passphrase(ctx: Context, new: bool) -> str:
    import os

    from dpo_desk.cli.context import PASSPHRASE_ENV

    value = os.environ.get(PASSPHRASE_ENV)
    if value is None:
        if new:
            return ctx.new_passphrase()
        raise DpoDeskError(f"No passphrase for the file: set {PASSPHRASE_ENV}.")
    return value


def _server_password() -> str | None:
    """libpq's own: PGPASSWORD or ~/.pgpass (DPO_DESK_PASSPHRASE is the file's here)."""
    return None


def run_push(ctx: Context) -> None:
    from dpo_desk.services.team import display, push

    _file(ctx.args.file)
    url = _url(ctx.args.url)
    passphrase = _file_passphrase(ctx, new=False)
    counts = ctx.with_server_password(
        lambda password: push(ctx.args.file, passphrase, url, password, clock=ctx.clock), _server_password(), url
    )
    ctx.say(f"Copied {sum(counts.values())} rows of {len(counts)} tables from {ctx.args.file} to {display(url)}.")


def run_pull(ctx: Context) -> None:
    from dpo_desk.services.team import display, pull

    _file(ctx.args.file)
    url = _url(ctx.args.url)
    passphrase = _file_passphrase(ctx, new=True)
    counts = ctx.with_server_password(
        lambda password: pull(url, password, ctx.args.file, passphrase, clock=ctx.clock), _server_password(), url
    )
    ctx.say(f"Copied {sum(counts.values())} rows of {len(counts)} tables from {display(url)} to {ctx.args.file}.")

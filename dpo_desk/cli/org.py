"""`org set` and `org show`: the organisation and its DPO."""

from __future__ import annotations

from typing import Any

from dpo_desk.cli.context import Context

_OPTIONS = {
    "name": "--name",
    "business_id": "--business-id",
    "address": "--address",
    "dpo_name": "--dpo-name",
    "dpo_email": "--dpo-email",
    "dpo_phone": "--dpo-phone",
    "timezone": "--timezone",
    "holiday_country": "--holiday-country",
    "report_language": "--report-language",
}


def register(commands: Any, reports: Any) -> None:
    org = commands.add_parser("org", help="the organisation and its DPO")
    sub = org.add_subparsers(dest="org_command", metavar="ACTION", parser_class=type(org))
    sub.required = True
    set_ = sub.add_parser("set", help="set the organisation's details (only the options given change)")
    for field, option in _OPTIONS.items():
        set_.add_argument(option, dest=field, metavar="VALUE")
    set_.set_defaults(handler=run_set)
    show = sub.add_parser("show", help="show the organisation")
    show.add_argument("--json", action="store_true", help="one JSON document")
    show.set_defaults(handler=run_show)


def run_set(ctx: Context) -> None:
    from dpo_desk.services import organisation

    changes = {field: getattr(ctx.args, field) for field in _OPTIONS if getattr(ctx.args, field) is not None}
    organisation.validate(changes)  # refuse before the store is even opened for writing
    with ctx.write() as session:
        organisation.update(session, **changes)


def run_show(ctx: Context) -> None:
    from dpo_desk.services import organisation

    with ctx.read() as session:
        view = organisation.get(session)
    if ctx.args.json:
        ctx.print_json(view.to_json())
    else:
        for field, value in view.to_json().items():
            ctx.say(f"{field.replace('_', ' ')}: {value}")

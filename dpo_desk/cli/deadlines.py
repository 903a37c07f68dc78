"""`deadlines`: every open deadline across the modules, soonest first; `--ics` writes them as a calendar."""

from __future__ import annotations

from typing import Any

from dpo_desk.cli.context import Context


def register(commands: Any, reports: Any) -> None:
    deadlines = commands.add_parser("deadlines", help="every open deadline, soonest first")
    deadlines.add_argument("--json", action="store_true", help="one JSON document")
    deadlines.add_argument("--as-of", metavar="DATE", help="mark overdue as of this date or time (default now)")
    deadlines.add_argument(
        "--ics", metavar="OUT", help="also write them as an iCalendar file to import into a calendar"
    )
    deadlines.set_defaults(handler=run_deadlines)


def as_of_moment(tz_name: str, text: str | None) -> Any:
    """`--as-of 2026-05-01` means the start of that day in the organisation's zone; a time is taken as given."""
    import datetime as dt

    from dpo_desk.domain.timeparse import parse_date, parse_time, zone

    if not text:
        return None
    if len(text.strip()) <= 10:
        day = parse_date("--as-of", text)
        return dt.datetime.combine(day, dt.time(0), tzinfo=zone(tz_name)).astimezone(dt.UTC)
    return parse_time("--as-of", text, tz_name)


def run_deadlines(ctx: Context) -> None:
    # The list comes from plain columns through the Core (services/open_limits), without the ORM's
    # mappers and the case services: they were most of a call's time beyond opening the store.
    from dpo_desk.services import open_limits

    with ctx.rows() as rows:
        # (a store without its organisation row yet gets it, and its zone, from the service)
        tz_name = open_limits.timezone(rows) or ctx.org_timezone()
        moment = as_of_moment(tz_name, ctx.args.as_of)
        items = open_limits.overview(rows, moment or ctx.clock.now(), tz_name)
    if ctx.args.ics:
        from dpo_desk.reporting.deadlines_ics import write_deadlines_ics
        from dpo_desk.services import reports

        with ctx.read() as session:
            written = write_deadlines_ics(reports.gather_deadlines(session, moment), ctx.args.ics)
    if ctx.args.json:
        ctx.print_json([item.to_json() for item in items])
        return
    if ctx.args.ics:
        ctx.say(f"Wrote {written} deadline(s) to {ctx.args.ics}")
        return
    if not items:
        ctx.say("No open deadlines.")
    for item in items:
        mark = "OVERDUE " if item.overdue else ""
        ctx.say(f"{item.due_text:25} {mark}{item.deadline.reference:16} {item.deadline.kind:28} {item.deadline.title}")

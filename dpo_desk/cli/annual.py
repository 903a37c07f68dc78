"""`report annual`: the year's requests, breaches and register changes as one PDF."""

from __future__ import annotations

from typing import Any

from dpo_desk.cli.context import Context


def register(commands: Any, reports: Any) -> None:
    annual = reports.add_parser("annual", help="the annual report (PDF): requests, breaches, register changes")
    annual.add_argument("--pdf", metavar="OUT", required=True, help="the PDF to write")
    annual.add_argument("--year", metavar="Y", help="the calendar year (default: last year)")
    annual.add_argument("--lang", metavar="fi|sv|en", help="the report's language (default: the organisation's)")
    annual.set_defaults(handler=run_annual)


def run_annual(ctx: Context) -> None:

    from dpo_desk.reporting.annual_report import write_annual_report
    from dpo_desk.services import reports

    with ctx.read() as session:
        report = reports.gather_annual(session, ctx.args.year, ctx.args.lang)
    write_annual_report(report, ctx.args.pdf)
    ctx.say(f"Wrote the annual report {report.figures.year} ({report.lang}) to {ctx.args.pdf}")

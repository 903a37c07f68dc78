"""`records` (processing activities, Art. 30), `dpia` (impact assessments, Art. 35) and `report records|dpia`."""

from __future__ import annotations

import argparse
from typing import Any

from dpo_desk.cli.context import Context
from dpo_desk.cli.documents import add_outputs, chosen

LEGAL_BASES = ("consent", "contract", "legal-obligation", "vital-interests", "public-task", "legitimate-interests")
ROLES = ("controller", "joint-controller", "processor")
STATUSES = ("draft", "active", "retired")


def register(commands: Any, reports: Any) -> None:
    records = commands.add_parser("records", help="records of processing activities (Art. 30)")
    parser_class = type(records)
    sub = records.add_subparsers(dest="records_command", metavar="ACTION", parser_class=parser_class)
    sub.required = True

    add = sub.add_parser("add", help="add a processing activity; prints its reference (PA-0001)")
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True, help=f"one of {', '.join(ROLES)}")
    _activity_options(add, adding=True)
    add.set_defaults(handler=run_add)

    edit = sub.add_parser("edit", help="change an activity (only the options given change; lists given replace)")
    edit.add_argument("reference")
    edit.add_argument("--name")
    edit.add_argument("--role", help=f"one of {', '.join(ROLES)}")
    _activity_options(edit, adding=False)
    edit.set_defaults(handler=run_edit)

    show = sub.add_parser("show", help="show an activity with its derived transfers and warnings")
    show.add_argument("reference")
    show.add_argument("--json", action="store_true", help="one JSON document")
    show.set_defaults(handler=run_show)

    list_ = sub.add_parser("list", help="the processing activities")
    list_.add_argument("--status", help=f"one of {', '.join(STATUSES)}")
    list_.add_argument("--role", help=f"one of {', '.join(ROLES)}")
    list_.add_argument("--search", help="a part of the reference, name or owner")
    list_.add_argument("--limit", type=_positive, help="at most this many")
    list_.add_argument("--json", action="store_true", help="one JSON document")
    list_.set_defaults(handler=run_list)

    check = sub.add_parser("check", help="consistency warnings of every activity")
    check.add_argument("--json", action="store_true", help="one JSON document")
    check.add_argument("--as-of", metavar="DATE", help="judge dates as of this day (default today)")
    check.set_defaults(handler=run_check)

    link = sub.add_parser("link", help="link a request, breach or subprocessor to an activity")
    link.add_argument("reference", help="the activity (PA-0001)")
    link.add_argument("case", help="DSR-2026-0001, BR-2026-0001 or SP-0001")
    link.set_defaults(handler=run_link)
    unlink = sub.add_parser("unlink", help="remove such a link")
    unlink.add_argument("reference")
    unlink.add_argument("case")
    unlink.set_defaults(handler=run_unlink)

    for_case = sub.add_parser("for-case", help="the activities a request, breach or subprocessor concerns")
    for_case.add_argument("case")
    for_case.add_argument("--json", action="store_true", help="one JSON document")
    for_case.set_defaults(handler=run_for_case)

    review = sub.add_parser("review", help="record that an activity was reviewed")
    review.add_argument("reference")
    review.add_argument("--on", metavar="DATE", help="the day of the review (default today)")
    review.add_argument(
        "--next", dest="next_review", metavar="DATE", help="the next review (default: a review period later)"
    )
    review.set_defaults(handler=run_review)

    dpia = commands.add_parser("dpia", help="impact assessments (Art. 35)")
    dsub = dpia.add_subparsers(dest="dpia_command", metavar="ACTION", parser_class=parser_class)
    dsub.required = True
    screen = dsub.add_parser("screen", help="screen an activity against WP248 and the Ombudsman's list")
    screen.add_argument("reference")
    screen.add_argument("--criteria", required=True, metavar="LIST", help="a comma list of criteria (may be empty)")
    screen.add_argument("--json", action="store_true", help="one JSON document")
    screen.set_defaults(handler=run_screen)
    dshow = dsub.add_parser("show", help="an activity's screening and assessment")
    dshow.add_argument("reference", help="PA-0001 or DPIA-0001")
    dshow.add_argument("--json", action="store_true", help="one JSON document")
    dshow.set_defaults(handler=run_dpia_show)
    record = dsub.add_parser("record", help="record or update an activity's impact assessment; prints DPIA-0001")
    record.add_argument("reference", help="the activity (PA-0001)")
    record.add_argument("--description", help="systematic description of the processing (Art. 35(7)(a))")
    record.add_argument("--necessity", help="necessity and proportionality (Art. 35(7)(b))")
    record.add_argument(
        "--risk",
        action="append",
        metavar="DESCRIPTION|LIKELIHOOD|SEVERITY[|MEASURES]",
        help="a risk (Art. 35(7)(c)); repeat for each; replaces the stored risks",
    )
    record.add_argument("--measures", help="measures envisaged to address the risks (Art. 35(7)(d))")
    record.add_argument("--dpo-advice", help="the DPO's advice (Art. 35(2))")
    record.add_argument("--advice-followed", choices=("yes", "no"), help="whether the advice was followed")
    record.add_argument("--advice-reason", help="why the advice was not followed")
    record.add_argument("--residual-risk", help="low, medium or high")
    record.add_argument("--consulted-on", metavar="DATE", help="prior consultation of the Ombudsman (Art. 36)")
    record.add_argument("--consultation-outcome", help="what the Ombudsman said")
    record.add_argument("--assessed-on", metavar="DATE")
    record.add_argument("--next-review", metavar="DATE")
    record.set_defaults(handler=run_dpia_record)

    report = reports.add_parser("records", help="the record of processing activities (Art. 30)")
    add_outputs(report, "the record", required=False, exclusive=False)
    report.add_argument("--xlsx", metavar="OUT")
    report.add_argument("--lang", help="fi, sv or en (default: the organisation's report language)")
    report.add_argument("--kind", default="controller", help="controller (Art. 30(1)) or processor (Art. 30(2))")
    report.add_argument("--as-of", metavar="DATE", help="the date the record speaks for (default today)")
    report.set_defaults(handler=run_report)
    dreport = reports.add_parser("dpia", help="an impact assessment as PDF")
    dreport.add_argument("reference", help="PA-0001 or DPIA-0001")
    dreport.add_argument("--pdf", metavar="OUT", required=True)
    dreport.add_argument("--lang", help="fi, sv or en (default: the organisation's report language)")
    dreport.set_defaults(handler=run_dpia_report)


def _positive(text: str) -> int:
    from dpo_desk.errors import InvalidInput

    try:
        value = int(text)
    except ValueError:
        raise InvalidInput("--limit", text, "is not a whole number") from None
    if value < 1:
        raise InvalidInput("--limit", text, "must be at least 1")
    return value


def _activity_options(parser: argparse.ArgumentParser, adding: bool) -> None:
    parser.add_argument("--purpose", action="append", help="a purpose; repeat for several")
    parser.add_argument(
        "--legal-basis",
        action="append",
        help=f"Art. 6(1) basis of each --purpose, in order (one applies to all): {', '.join(LEGAL_BASES)}",
    )
    parser.add_argument("--special-condition", action="append", help="Art. 9(2) condition (a-j or its name)")
    parser.add_argument("--balancing-date", action="append", metavar="DATE", help="legitimate interests: test date")
    parser.add_argument("--balancing-conclusion", action="append", help="legitimate interests: its conclusion")
    parser.add_argument(
        "--controller", action="append", help="joint controller: the others; processor: a controller served"
    )
    parser.add_argument(
        "--controller-contact",
        action="append",
        metavar="TEXT",
        help="processor: the contact details of each --controller, in the same order (Art. 30(2)(a))",
    )
    parser.add_argument("--description")
    parser.add_argument("--subject-categories", metavar="LIST", help="comma list")
    parser.add_argument("--data-categories", metavar="LIST", help="comma list")
    parser.add_argument("--special-categories", metavar="LIST", help="comma list (Art. 9)")
    parser.add_argument("--criminal-categories", metavar="LIST", help="comma list (Art. 10)")
    parser.add_argument("--sources", metavar="LIST", help="comma list: the data subject, public sources…")
    parser.add_argument("--recipients", metavar="LIST", help="comma list of categories of recipients")
    parser.add_argument("--subprocessors", metavar="LIST", help="comma list of register references (SP-0001)")
    parser.add_argument(
        "--transfer", action="append", metavar="CC:SAFEGUARD[:DETAIL[:RECIPIENT]]", help="a transfer entered by hand"
    )
    parser.add_argument("--retention", help="retention period or the criteria for it")
    parser.add_argument("--security", help="technical and organisational security measures")
    parser.add_argument("--systems", metavar="LIST", help="comma list")
    parser.add_argument("--owner")
    parser.add_argument("--status", help=f"one of {', '.join(STATUSES)}")
    parser.add_argument("--next-review", metavar="DATE")


def _purposes(args: argparse.Namespace, required: bool, processor: bool = False) -> list[Any] | None:
    from dpo_desk.errors import InvalidInput
    from dpo_desk.services.records import PurposeInput

    purposes = args.purpose or []
    if not purposes:
        if required:
            raise InvalidInput("--purpose", None, "is missing: give at least one purpose")
        if any((args.legal_basis, args.special_condition, args.balancing_date, args.balancing_conclusion)):
            raise InvalidInput("--purpose", None, "is missing: the purposes are given again with their bases")
        return None
    if required and not args.legal_basis and not processor:
        # a processor's record (Art. 30(2)) has no legal basis: that is the controller's to record
        raise InvalidInput("--legal-basis", None, "is missing: give the Art. 6(1) basis of the purpose")

    def spread(option: str, values: list[str] | None) -> list[str]:
        values = values or []
        if len(values) <= 1:
            return (values or [""]) * len(purposes)
        if len(values) != len(purposes):
            raise InvalidInput(option, ", ".join(values), f"gives {len(values)} values for {len(purposes)} purposes")
        return values

    bases = spread("--legal-basis", args.legal_basis)
    conditions = spread("--special-condition", args.special_condition)
    dates = spread("--balancing-date", args.balancing_date)
    conclusions = spread("--balancing-conclusion", args.balancing_conclusion)
    return [PurposeInput(*values) for values in zip(purposes, bases, conditions, dates, conclusions, strict=True)]


def _transfers(values: list[str] | None) -> list[Any] | None:
    from dpo_desk.errors import InvalidInput
    from dpo_desk.services.records import TransferInput

    if values is None:
        return None
    found = []
    for value in values:
        parts = value.split(":", 3)
        if len(parts) < 2:
            raise InvalidInput(
                "--transfer", value, "is not COUNTRY:SAFEGUARD[:DETAIL[:RECIPIENT]] (for example US:scc)"
            )
        found.append(TransferInput(*parts))
    return found


def _changes(args: argparse.Namespace, adding: bool) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    purposes = _purposes(args, required=adding, processor=(args.role or "").strip() == "processor")
    if purposes is not None:
        changes["purposes"] = purposes
    transfers = _transfers(args.transfer)
    if transfers is not None:
        changes["transfers"] = transfers
    simple = {
        "controller": "controllers",
        "controller_contact": "controller_contacts",
        "description": "description",
        "subject_categories": "subject_categories",
        "data_categories": "data_categories",
        "special_categories": "special_categories",
        "criminal_categories": "criminal_categories",
        "sources": "sources",
        "recipients": "recipients",
        "subprocessors": "subprocessors",
        "retention": "retention",
        "security": "security_measures",
        "systems": "systems",
        "owner": "owner",
        "status": "status",
        "next_review": "next_review_on",
    }
    for option, field in simple.items():
        value = getattr(args, option)
        if value is not None:
            changes[field] = value
    return changes


def run_add(ctx: Context) -> None:
    from dpo_desk.services import records

    changes = _changes(ctx.args, adding=True)
    with ctx.write() as session:
        reference = records.add_activity(session, name=ctx.args.name, role=ctx.args.role, **changes)
    ctx.created(reference)


def run_edit(ctx: Context) -> None:
    from dpo_desk.services import records

    changes = _changes(ctx.args, adding=False)
    for option in ("name", "role"):
        if getattr(ctx.args, option) is not None:
            changes[option] = getattr(ctx.args, option)
    with ctx.write() as session:
        view = records.update_activity(session, ctx.args.reference, **changes)
    ctx.say(f"{view.reference} changed.")


def _print_activity(ctx: Context, view: Any) -> None:
    ctx.say(f"{view.reference}  {view.name}")
    ctx.say(f"  role: {view.role}{' for ' + ', '.join(view.controllers) if view.controllers else ''}")
    if view.role == "processor":
        for controller, contact in view.controllers_with_contacts:
            ctx.say(f"  controller: {controller} — {contact or 'no contact details'}")
    ctx.say(f"  status: {view.status}; review due {view.review_due.isoformat() if view.review_due else '—'}")
    for p in view.purposes:
        if view.role == "processor":  # Art. 30(2)(b): categories of processing, no legal basis of our own
            ctx.say(f"  processing: {p.purpose}")
            continue
        basis = f"{p.legal_basis} (Art. {p.article})" if p.article else "NO LEGAL BASIS"
        ctx.say(f"  purpose: {p.purpose} — {basis}{' + Art. ' + p.special_article if p.special_article else ''}")
    for label, items in (
        ("data subjects", view.subject_categories),
        ("personal data", view.data_categories),
        ("special categories", view.special_categories),
        ("criminal data", view.criminal_categories),
        ("sources", view.sources),
        ("recipients", view.recipients),
        ("systems", view.systems),
    ):
        if items:
            ctx.say(f"  {label}: {', '.join(items)}")
    for s in view.subprocessors:
        ctx.say(f"  subprocessor: {s.reference} {s.name}")
    for t in view.transfers:
        via = f" via {t.subprocessor}" if t.subprocessor else " (entered by hand)"
        ctx.say(f"  transfer: {t.country} {t.safeguard} {t.detail}{via}".rstrip())
    ctx.say(f"  retention: {view.retention or '—'}")
    if view.cases:
        ctx.say(f"  cases: {', '.join(view.cases)}")
    for w in view.warnings:
        ctx.say(f"  warning [{w.code}]: {w.message}")


def run_show(ctx: Context) -> None:
    from dpo_desk.services import records

    with ctx.read() as session:
        view = records.get(session, ctx.args.reference)
    if ctx.args.json:
        ctx.print_json(view.to_json())
    else:
        _print_activity(ctx, view)


def run_list(ctx: Context) -> None:
    from dpo_desk.domain.validation import choice
    from dpo_desk.services import records
    from dpo_desk.services.records import RecordFilter

    args = ctx.args
    filters = RecordFilter(
        search=args.search or "",
        status=choice("--status", args.status, STATUSES) if args.status else "",
        role=choice("--role", args.role, ROLES) if args.role else "",
    )
    with ctx.read() as session:
        views = records.list_activities(session, filters, args.limit)
    if args.json:
        ctx.print_json([v.to_json() for v in views])
        return
    if not views:
        ctx.say("No processing activities.")
    for v in views:
        ctx.say(f"{v.reference:8} {v.status:8} {v.role:17} {v.name}  [{len(v.warnings)} warnings]")


def run_check(ctx: Context) -> None:
    from dpo_desk.domain.timeparse import parse_date
    from dpo_desk.services import records

    as_of = parse_date("--as-of", ctx.args.as_of) if ctx.args.as_of else None
    with ctx.read() as session:
        findings = records.check_all(session, as_of)
    if ctx.args.json:
        ctx.print_json([f.to_json() for f in findings])
        return
    if not findings:
        ctx.say("No warnings.")
    for f in findings:
        ctx.say(f"{f.reference:8} {f.code:28} {f.message}")


def run_link(ctx: Context) -> None:
    from dpo_desk.services import records

    with ctx.write() as session:
        records.link_case(session, ctx.args.reference, ctx.args.case)
    ctx.say(f"{ctx.args.case.upper()} linked to {ctx.args.reference.upper()}.")


def run_unlink(ctx: Context) -> None:
    from dpo_desk.services import records

    with ctx.write() as session:
        records.unlink_case(session, ctx.args.reference, ctx.args.case)
    ctx.say(f"{ctx.args.case.upper()} unlinked from {ctx.args.reference.upper()}.")


def run_for_case(ctx: Context) -> None:
    from dpo_desk.services import records

    with ctx.read() as session:
        found = records.activities_for_case(session, ctx.args.case)
    if ctx.args.json:
        ctx.print_json([{"reference": a.reference, "name": a.name} for a in found])
        return
    for a in found:
        ctx.say(f"{a.reference:8} {a.name}")


def run_review(ctx: Context) -> None:
    from dpo_desk.services import records

    with ctx.write() as session:
        view = records.mark_reviewed(session, ctx.args.reference, ctx.args.on, ctx.args.next_review)
    ctx.say(f"{view.reference} reviewed on {view.last_reviewed_on}; next review {view.next_review_on}.")


# -- impact assessments ---------------------------------------------------------------------------


def _print_dpia(ctx: Context, view: Any) -> None:
    ctx.say(f"{view.activity}  {view.activity_name}")
    ctx.say(f"  screened: {view.screened_on or 'never'}; criteria: {', '.join(view.screening.criteria) or 'none'}")
    ctx.say(f"  {view.screening.conclusion}")
    for r in view.screening.reasons:
        ctx.say(f"  {'fired' if r.fired else 'note '} [{r.code}] {r.message}")
    a = view.assessment
    if a is None:
        ctx.say("  no impact assessment recorded")
        return
    ctx.say(f"  assessment {a.reference} of {a.assessed_on}; residual risk {a.residual_risk or '—'}")
    for risk in a.risks:
        ctx.say(f"  risk ({risk.level}): {risk.description} — {risk.likelihood}, {risk.severity}")
    if a.prior_consultation_needed:
        ctx.say(f"  prior consultation (Art. 36): {a.prior_consultation_on or 'NOT RECORDED'}")
    ctx.say(f"  next review: {a.next_review_on or '—'}")


def run_screen(ctx: Context) -> None:
    from dpo_desk.services import dpia
    from dpo_desk.services.dpia_screening import parse_criteria

    criteria = parse_criteria(ctx.args.criteria)  # refuse before opening the store for writing
    with ctx.write() as session:
        view = dpia.screen_activity(session, ctx.args.reference, criteria)
    if ctx.args.json:
        ctx.print_json(view.to_json())
    else:
        _print_dpia(ctx, view)


def run_dpia_show(ctx: Context) -> None:
    from dpo_desk.services import dpia

    with ctx.read() as session:
        view = dpia.show(session, ctx.args.reference)
    if ctx.args.json:
        ctx.print_json(view.to_json())
    else:
        _print_dpia(ctx, view)


def run_dpia_record(ctx: Context) -> None:
    from dpo_desk.errors import InvalidInput
    from dpo_desk.services import dpia

    args = ctx.args
    changes: dict[str, Any] = {}
    for option, field in (
        ("description", "description"),
        ("necessity", "necessity"),
        ("measures", "measures"),
        ("dpo_advice", "dpo_advice"),
        ("advice_reason", "dpo_advice_reason"),
        ("residual_risk", "residual_risk"),
        ("consulted_on", "prior_consultation_on"),
        ("consultation_outcome", "prior_consultation_outcome"),
        ("assessed_on", "assessed_on"),
        ("next_review", "next_review_on"),
    ):
        if getattr(args, option) is not None:
            changes[field] = getattr(args, option)
    if args.advice_followed is not None:
        changes["dpo_advice_followed"] = args.advice_followed == "yes"
    if args.risk is not None:
        risks = []
        for text in args.risk:
            parts = [p.strip() for p in text.split("|")]
            if len(parts) not in (3, 4):
                raise InvalidInput("--risk", text, "is not DESCRIPTION|LIKELIHOOD|SEVERITY[|MEASURES]")
            risks.append(dpia.RiskInput(*parts))
        changes["risks"] = risks
    with ctx.write() as session:
        reference = dpia.record_assessment(session, args.reference, **changes)
    ctx.created(reference)


# -- reports --------------------------------------------------------------------------------------


def run_report(ctx: Context) -> None:
    from dpo_desk.domain.languages import check_language
    from dpo_desk.domain.timeparse import parse_date
    from dpo_desk.domain.validation import choice
    from dpo_desk.errors import InvalidInput
    from dpo_desk.services import records, reports

    args = ctx.args
    documents = chosen(args)
    if not documents and not args.xlsx:
        raise InvalidInput("--pdf/--docx/--odt/--xlsx", None, "is missing: say which file(s) to write")
    if args.lang:
        check_language(args.lang)
    kind = choice("--kind", args.kind, records.KINDS)
    as_of = parse_date("--as-of", args.as_of) if args.as_of else None
    with ctx.read() as session:
        report = reports.gather_records(session, kind, args.lang, as_of)
    if documents:
        from dpo_desk.reporting.records_document import write_record

        for target in documents:
            write_record(report, target)
            ctx.say(f"Wrote {target}")
    if args.xlsx:
        from dpo_desk.reporting.records_xlsx import write_record_xlsx

        write_record_xlsx(report, args.xlsx)
        ctx.say(f"Wrote {args.xlsx}")


def run_dpia_report(ctx: Context) -> None:
    from dpo_desk.services import reports

    with ctx.read() as session:
        report = reports.gather_dpia(session, ctx.args.reference, ctx.args.lang)
    from dpo_desk.reporting.dpia_pdf import write_dpia_pdf

    write_dpia_pdf(report, ctx.args.pdf)
    ctx.say(f"Wrote {ctx.args.pdf}")

"""`breach ...` commands and the `report breaches` register: the command line of the breaches module."""

from __future__ import annotations

import argparse
from typing import Any

from dpo_desk.cli.bundle import add_bundle_command
from dpo_desk.cli.context import Context
from dpo_desk.cli.documents import add_outputs, chosen
from dpo_desk.cli.flags import add_if_version

# option -> service field, for `add` and `update` (a value of None means "not given")
_TEXT_OPTIONS = {
    "--title": "title",
    "--aware-at": "aware_at",
    "--occurred-at": "occurred_from",
    "--occurred-to": "occurred_to",
    "--discovered-at": "discovered_at",
    "--how-found": "how_found",
    "--nature": "nature",
    "--cause": "cause",
    "--intent": "intent",
    "--systems": "systems",
    "--description": "description",
    "--data-categories": "data_categories",
    "--subject-categories": "subject_categories",
    "--subjects-approx": "subjects_approx",
    "--records-approx": "records_approx",
    "--member-states": "member_states",
    "--consequences": "consequences",
    "--measures-before": "measures_before",
    "--measures-taken": "measures_taken",
    "--measures-proposed": "measures_proposed",
    "--role": "role",
    "--controller": "controller_name",
    "--controller-told-at": "controller_told_at",
    "--processor": "processor_name",
    "--processor-told-at": "processor_told_at",
    "--joint-controllers": "joint_controllers",
    "--notifier": "notifier_name",
    "--risk": "risk",
    "--risk-reasoning": "risk_reasoning",
    "--enisa-dpc": "enisa_dpc",
    "--enisa-ei": "enisa_ei",
    "--enisa-cb": "enisa_cb",
    "--lead-authority": "lead_authority",
    "--other-authorities": "other_authorities",
    "--other-notifications": "other_notifications",
    "--attachments": "attachments_note",
}
_FLAG_OPTIONS = {
    "--ongoing": "ongoing",
    "--special-categories": "special_categories",
    "--criminal-data": "criminal_data",
    "--identity-codes": "identity_codes",
    "--vulnerable-subjects": "vulnerable_subjects",
}
_HELP = {
    "--aware-at": "when the organisation became aware (ISO 8601; without an offset, the organisation's zone)",
    "--nature": "comma list of confidentiality, integrity, availability",
    "--cause": "ransomware, data-exfiltration, internal-human-error, lost-or-stolen, misdelivery, "
    "social-engineering or other (EDPB Guidelines 01/2021)",
    "--risk": "none, risk or high",
    "--role": "controller or processor",
    "--member-states": "comma list of country codes whose residents are affected",
}


def register(commands: Any, reports: Any) -> None:
    breach = commands.add_parser("breach", help="personal data breaches: log, assess, notify, report")
    sub = breach.add_subparsers(dest="breach_command", metavar="ACTION", parser_class=type(breach))
    sub.required = True

    add = sub.add_parser("add", help="log a breach; prints its reference")
    _fact_options(add, creating=True)
    add.set_defaults(handler=run_add)

    update = sub.add_parser("update", help="change a breach's facts, risk decision or contacts")
    update.add_argument("reference")
    _fact_options(update, creating=False)
    add_if_version(update, "breach")
    update.set_defaults(handler=run_update)

    show = sub.add_parser("show", help="one breach with its deadline and notifications")
    show.add_argument("reference")
    show.add_argument("--json", action="store_true", help="one JSON document")
    show.set_defaults(handler=run_show)

    list_ = sub.add_parser("list", help="the breaches, newest awareness first")
    list_.add_argument("--status", choices=("open", "closed"))
    list_.add_argument("--risk", metavar="none|risk|high|undecided")
    list_.add_argument("--cause", metavar="CAUSE")
    list_.add_argument("--search", metavar="TEXT", help="a substring of the reference or title")
    list_.add_argument("--unnotified", action="store_true", help="only breaches not yet notified to the authority")
    list_.add_argument("--limit", type=int, default=1000, metavar="N")
    list_.add_argument("--json", action="store_true", help="one JSON document")
    list_.set_defaults(handler=run_list)

    notify = sub.add_parser("notify", help="record a notification to the supervisory authority (one phase)")
    notify.add_argument("reference")
    notify.add_argument("--at", required=True, metavar="TIME", help="when it was sent")
    notify.add_argument("--late-reason", default="", metavar="TEXT", help="reasons for the delay (after 72 hours)")
    notify.add_argument("--authority-reference", default="", metavar="R", help="the authority's case number")
    notify.add_argument("--content", default="", metavar="TEXT", help="what this notification contained or changed")
    notify.add_argument(
        "--phase", choices=("initial", "supplementary"), help="default: initial first, then supplementary"
    )
    add_if_version(notify, "breach")
    notify.set_defaults(handler=run_notify)

    receipt = sub.add_parser("authority-reference", help="file the authority's case number on a notification")
    receipt.add_argument("reference")
    receipt.add_argument("--number", type=int, default=1, metavar="N", help="which notification (1 = initial)")
    receipt.add_argument("--authority-reference", required=True, metavar="R")
    add_if_version(receipt, "breach")
    receipt.set_defaults(handler=run_authority_reference)

    tell = sub.add_parser("communicate", help="record telling the data subjects (Art. 34) or the exemption relied on")
    tell.add_argument("reference")
    tell.add_argument("--at", metavar="TIME", help="when they were told")
    tell.add_argument("--method", default="", metavar="TEXT", help="how (e-mail, letter, public notice)")
    tell.add_argument("--count", metavar="N", help="how many were told")
    tell.add_argument("--planned", action="store_true", help="not yet told: planned, with --method")
    tell.add_argument("--exemption", choices=("a", "b", "c"), help="the Art. 34(3) ground relied on instead")
    tell.add_argument("--reason", default="", metavar="TEXT", help="why the exemption applies")
    add_if_version(tell, "breach")
    tell.set_defaults(handler=run_communicate)

    close = sub.add_parser("close", help="close a breach with a summary (its decisions must be on record)")
    close.add_argument("reference")
    close.add_argument("--summary", required=True, metavar="TEXT")
    close.add_argument("--at", metavar="TIME", help="default now")
    add_if_version(close, "breach")
    close.set_defaults(handler=run_close)

    reopen = sub.add_parser("reopen", help="reopen a closed breach")
    reopen.add_argument("reference")
    add_if_version(reopen, "breach")
    reopen.set_defaults(handler=run_reopen)

    report = sub.add_parser("report", help="the notification document for the Data Protection Ombudsman")
    report.add_argument("reference")
    add_outputs(report, "the notification")
    report.add_argument("--lang", choices=("fi", "sv", "en"), help="default: the organisation's report language")
    report.add_argument("--phase", type=int, metavar="N", help="which notification (default: the latest, or a draft)")
    report.set_defaults(handler=run_report)

    letter = sub.add_parser("letter", help="the plain-language letter to the data subjects (Art. 34(2))")
    letter.add_argument("reference")
    add_outputs(letter, "the letter")
    letter.add_argument("--lang", choices=("fi", "sv", "en"), help="default: the organisation's report language")
    letter.set_defaults(handler=run_letter)
    add_bundle_command(sub, "breach")

    enisa = sub.add_parser("enisa", help="ENISA 2013 severity: SE = DPC x EI + CB (optionally stored on a breach)")
    enisa.add_argument("reference", nargs="?", help="store the components on this breach")
    enisa.add_argument("--dpc", required=True, metavar="1-4", help="data processing context, after adjustments")
    enisa.add_argument("--ei", required=True, metavar="0.25|0.5|0.75|1", help="ease of identification")
    for loss in ("confidentiality", "integrity", "availability"):
        enisa.add_argument(f"--{loss}", default="0", metavar="0|0.25|0.5", help=f"loss of {loss}")
    enisa.add_argument("--malicious", action="store_true", help="malicious intent (+0.5)")
    enisa.add_argument("--json", action="store_true")
    enisa.set_defaults(handler=run_enisa)

    register_report = reports.add_parser("breaches", help="the breach register (Art. 33(5)) as a workbook")
    register_report.add_argument("--xlsx", required=True, metavar="OUT")
    register_report.add_argument(
        "--lang", choices=("fi", "sv", "en"), help="default: the organisation's report language"
    )
    register_report.set_defaults(handler=run_register)


def _fact_options(parser: argparse.ArgumentParser, creating: bool) -> None:
    for option, field in _TEXT_OPTIONS.items():
        required = creating and option in ("--title", "--aware-at")
        parser.add_argument(option, dest=field, metavar="VALUE", required=required, help=_HELP.get(option))
    for option, field in _FLAG_OPTIONS.items():
        parser.add_argument(option, dest=field, action=argparse.BooleanOptionalAction, default=None)
    parser.add_argument(
        "--subjects-exact",
        dest="subjects_estimated",
        action="store_const",
        const=False,
        default=None,
        help="the number of data subjects is exact, not an estimate",
    )
    parser.add_argument(
        "--records-exact",
        dest="records_estimated",
        action="store_const",
        const=False,
        default=None,
        help="the number of records is exact, not an estimate",
    )


def _given(ctx: Context) -> dict[str, Any]:
    names = [*_TEXT_OPTIONS.values(), *_FLAG_OPTIONS.values(), "subjects_estimated", "records_estimated"]
    return {name: getattr(ctx.args, name) for name in names if getattr(ctx.args, name) is not None}


def run_add(ctx: Context) -> None:
    from dpo_desk.services import breaches

    with ctx.write() as session:
        view = breaches.add(session, **_given(ctx))
    ctx.created(view.reference)


def run_update(ctx: Context) -> None:
    from dpo_desk.services import breaches

    with ctx.write() as session:
        view = breaches.update(session, ctx.args.reference, expected_version=ctx.args.expected_version, **_given(ctx))
    ctx.say(f"{view.reference} updated.")


def run_show(ctx: Context) -> None:
    from dpo_desk.services import breaches

    with ctx.read() as session:
        view = breaches.get(session, ctx.args.reference)
    if ctx.args.json:
        ctx.print_json(view.to_json())
        return
    document = view.to_json()
    for key in ("reference", "title", "status", "aware_at", "authority_deadline", "risk", "cause", "nature"):
        ctx.say(f"{key.replace('_', ' ')}: {document[key] if document[key] is not None else '—'}")
    for note in view.notifications:
        late = " (late: " + note.late_reason + ")" if note.late else ""
        ctx.say(f"notification {note.number} ({note.phase}): {view.local(note.sent_at)}{late}")
    for warning in view.warnings:
        ctx.say(f"warning: {warning}")


def run_list(ctx: Context) -> None:
    from dpo_desk.services import breaches

    filters = {
        "status": ctx.args.status,
        "risk": ctx.args.risk,
        "cause": ctx.args.cause,
        "search": ctx.args.search,
        "unnotified": ctx.args.unnotified,
    }
    with ctx.read() as session:
        rows = breaches.fetch(session, 0, max(1, ctx.args.limit), "aware_at", True, **filters)
    if ctx.args.json:
        ctx.print_json([row.to_json() for row in rows])
        return
    for row in rows:
        ctx.say(f"{row.reference}  {row.status:<6}  aware {row.aware_text}  due {row.deadline_text}  {row.title}")


def run_notify(ctx: Context) -> None:
    from dpo_desk.services import breaches

    with ctx.write() as session:
        note = breaches.notify(
            session,
            ctx.args.reference,
            ctx.args.at,
            content=ctx.args.content,
            authority_reference=ctx.args.authority_reference,
            late_reason=ctx.args.late_reason,
            phase=ctx.args.phase,
            expected_version=ctx.args.expected_version,
        )
    late = " (late)" if note.late else ""
    ctx.say(f"{ctx.args.reference.upper()}: notification {note.number} ({note.phase}) recorded{late}.")


def run_authority_reference(ctx: Context) -> None:
    from dpo_desk.services import breaches

    with ctx.write() as session:
        breaches.set_authority_reference(
            session,
            ctx.args.reference,
            ctx.args.number,
            ctx.args.authority_reference,
            expected_version=ctx.args.expected_version,
        )
    ctx.say("Authority reference recorded.")


def run_communicate(ctx: Context) -> None:
    from dpo_desk.errors import InvalidInput
    from dpo_desk.services import breaches

    args = ctx.args
    if args.exemption and args.planned:
        raise InvalidInput("--planned", True, "cannot go with --exemption: choose one")
    status = "exempt" if args.exemption else "planned" if args.planned else "done"
    with ctx.write() as session:
        breaches.communicate(
            session,
            args.reference,
            status=status,
            at=args.at,
            method=args.method,
            count=args.count,
            exemption=args.exemption or "",
            reason=args.reason,
            expected_version=args.expected_version,
        )
    ctx.say(f"{args.reference.upper()}: communication to data subjects recorded ({status}).")


def run_close(ctx: Context) -> None:
    from dpo_desk.services import breaches

    with ctx.write() as session:
        view = breaches.close(
            session, ctx.args.reference, ctx.args.summary, ctx.args.at, expected_version=ctx.args.expected_version
        )
    ctx.say(f"{view.reference} closed.")


def run_reopen(ctx: Context) -> None:
    from dpo_desk.services import breaches

    with ctx.write() as session:
        view = breaches.reopen(session, ctx.args.reference, expected_version=ctx.args.expected_version)
    ctx.say(f"{view.reference} reopened.")


def run_report(ctx: Context) -> None:
    from dpo_desk.reporting import breach_notification
    from dpo_desk.services import reports

    (target,) = chosen(ctx.args)
    with ctx.read() as session:
        case = reports.gather_breach(session, ctx.args.reference, ctx.args.lang, ctx.args.phase)
    breach_notification.write(case, target)
    ctx.say(f"Wrote {target}")


def run_letter(ctx: Context) -> None:
    from dpo_desk.reporting import breach_letter
    from dpo_desk.services import reports

    (target,) = chosen(ctx.args)
    with ctx.read() as session:
        case = reports.gather_breach_letter(session, ctx.args.reference, ctx.args.lang)
    breach_letter.write(case, target)
    ctx.say(f"Wrote {target}")


def run_register(ctx: Context) -> None:
    from dpo_desk.reporting import breach_register
    from dpo_desk.services import reports

    with ctx.read() as session:
        data = reports.gather_breach_register(session, ctx.args.lang)
    breach_register.write(data, ctx.args.xlsx)
    ctx.say(f"Wrote {ctx.args.xlsx} ({len(data.breaches)} breaches)")


def run_enisa(ctx: Context) -> None:
    from dpo_desk.errors import InvalidInput
    from dpo_desk.rules import enisa
    from dpo_desk.services import breaches

    args = ctx.args
    try:
        cb = enisa.circumstances(
            float(args.confidentiality), float(args.integrity), float(args.availability), args.malicious
        )
        severity = enisa.assess(float(args.dpc), float(args.ei), cb)
    except ValueError as exc:
        raise InvalidInput("--dpc/--ei/--confidentiality/--integrity/--availability", None, f"refused: {exc}") from None
    if args.reference:
        with ctx.write() as session:
            breaches.update(
                session,
                args.reference,
                enisa_dpc=severity.dpc,
                enisa_ei=severity.ei,
                enisa_cb=severity.cb,
                enisa_cb_confidentiality=float(args.confidentiality),
                enisa_cb_integrity=float(args.integrity),
                enisa_cb_availability=float(args.availability),
                enisa_malicious=args.malicious,
            )
    document = {
        "dpc": severity.dpc,
        "ei": severity.ei,
        "cb": severity.cb,
        "score": severity.score,
        "band": severity.band,
    }
    if args.json:
        ctx.print_json(document)
    else:
        ctx.say(f"SE = {severity.dpc:g} x {severity.ei:g} + {severity.cb:g} = {severity.score:g} ({severity.band})")

"""`request ...` commands and the `report requests` kind: rights requests from the command line."""

from __future__ import annotations

import sys
from typing import Any

from dpo_desk.cli.bundle import add_bundle_command
from dpo_desk.cli.context import Context
from dpo_desk.cli.documents import add_outputs, chosen
from dpo_desk.cli.flags import add_if_version
from dpo_desk.domain.requests import LETTER_KINDS, REQUEST_TYPES

MAX_LIMIT = 10_000_000  # SQLite's LIMIT is 64-bit; a larger number is a typing slip


def register(commands: Any, reports: Any) -> None:
    request = commands.add_parser("request", help="rights requests (GDPR Art. 12-22)")
    sub = request.add_subparsers(dest="request_command", metavar="ACTION", parser_class=type(request))
    sub.required = True

    add = sub.add_parser("add", help="log a rights request; prints its reference")
    add.add_argument("--type", required=True, metavar="T", help=f"one of {', '.join(REQUEST_TYPES)}")
    add.add_argument("--received", required=True, metavar="DATE", help="the day it arrived (2026-03-05)")
    add.add_argument("--subject", required=True, metavar="NAME", help="the requester's name")
    add.add_argument("--email", default="", metavar="E", help="the requester's e-mail")
    add.add_argument("--contact", default="", metavar="TEXT", help="other contact details (address, phone)")
    add.add_argument("--details", default="", metavar="TEXT", help="what they ask")
    add.add_argument("--channel", default="email", metavar="C", help="email, web-form, post, phone or in-person")
    add.add_argument("--role", default="controller", metavar="R", help="controller (default) or processor")
    add.add_argument("--controller", default="", metavar="NAME", help="for a processor: the controller concerned")
    add.add_argument(
        "--forward-within",
        metavar="DAYS",
        help="for a processor: working days to forward it to the controller, as the DPA says (default: the setting)",
    )
    add.add_argument("--language", default="fi", metavar="L", help="the requester's language for letters: fi, sv, en")
    add.set_defaults(handler=run_add)

    intake = sub.add_parser("intake", help="log a request from an e-mail (.eml or Outlook .msg); prints its reference")
    intake.add_argument("message", metavar="MESSAGE", help="the .eml or .msg file")
    intake.add_argument("--type", metavar="T", help="the type (default: guessed from the words, marked as guessed)")
    intake.add_argument("--dry-run", action="store_true", help="show what would be logged; store nothing")
    intake.set_defaults(handler=run_intake)

    classify = sub.add_parser("classify", help="confirm a guessed type, or give an unclassified request its type")
    classify.add_argument("reference", metavar="REF")
    classify.add_argument("--type", metavar="T", help="the type (default: confirm the guessed one)")
    classify.add_argument("--on", metavar="DATE", help="default today")
    add_if_version(classify, "request")
    classify.set_defaults(handler=run_classify)

    show = sub.add_parser("show", help="show a request")
    show.add_argument("reference", metavar="REF")
    show.add_argument("--json", action="store_true", help="one JSON document")
    show.set_defaults(handler=run_show)

    listing = sub.add_parser("list", help="list requests")
    listing.add_argument("--status", metavar="S", help="open, awaiting-identity, extended or closed")
    listing.add_argument("--type", metavar="T", help="only this type")
    listing.add_argument("--overdue", action="store_true", help="only those past their limit")
    listing.add_argument("--search", default="", metavar="TEXT", help="part of the reference, name or e-mail")
    listing.add_argument(
        "--limit", type=int, default=200, metavar="N", help="a page of at most N (default 200, at most 1000)"
    )
    listing.add_argument("--offset", type=int, default=0, metavar="N", help="skip the first N (the next page)")
    listing.add_argument("--as-of", metavar="DATE", help="judge overdue as of this day (default today)")
    listing.add_argument("--json", action="store_true", help="one JSON document")
    listing.set_defaults(handler=run_list)

    extend = sub.add_parser("extend", help="extend the limit by two further months (Art. 12(3)), once")
    extend.add_argument("reference", metavar="REF")
    extend.add_argument("--reason", metavar="TEXT", help="why (required; told to the requester)")
    extend.add_argument("--on", metavar="DATE", help="the day of the decision (default today)")
    extend.add_argument("--told", dest="told_on", metavar="DATE", help="the day the requester was told, if already")
    add_if_version(extend, "request")
    extend.set_defaults(handler=run_extend)

    told = sub.add_parser("extension-told", help="record when the requester was told of the extension")
    told.add_argument("reference", metavar="REF")
    told.add_argument("--on", metavar="DATE", help="default today")
    add_if_version(told, "request")
    told.set_defaults(handler=run_extension_told)

    identity = sub.add_parser("identity", help="record an identity step (Art. 12(6))")
    identity.add_argument("reference", metavar="REF")
    identity.add_argument("step", metavar="STEP", help="requested, received, verified or failed")
    identity.add_argument("--on", metavar="DATE", help="default today")
    identity.add_argument("--note", default="", metavar="TEXT", help="what was asked or seen")
    add_if_version(identity, "request")
    identity.set_defaults(handler=run_identity)

    forward = sub.add_parser("forward", help="forward a request received as processor to its controller")
    forward.add_argument("reference", metavar="REF")
    forward.add_argument("--controller", metavar="NAME", help="the controller (default: the one recorded)")
    forward.add_argument("--on", metavar="DATE", help="default today")
    add_if_version(forward, "request")
    forward.set_defaults(handler=run_forward)

    close = sub.add_parser("close", help="record the outcome and the reply date")
    close.add_argument("reference", metavar="REF")
    close.add_argument("--outcome", required=True, metavar="O", help="fulfilled, partially-fulfilled, refused, ...")
    close.add_argument("--reason", default="", metavar="TEXT", help="the reasons (required for refused)")
    close.add_argument(
        "--replied", dest="replied_on", metavar="DATE", help="the day the reply went out (default today)"
    )
    add_if_version(close, "request")
    close.set_defaults(handler=run_close)

    correct = sub.add_parser("correct", help="correct the requester's details (noted on the timeline)")
    correct.add_argument("reference", metavar="REF")
    correct.add_argument("--subject", metavar="NAME")
    correct.add_argument("--email", metavar="E")
    correct.add_argument("--contact", metavar="TEXT")
    correct.add_argument("--details", metavar="TEXT")
    correct.add_argument("--channel", metavar="C")
    correct.add_argument("--language", metavar="L")
    correct.add_argument("--controller", metavar="NAME")
    add_if_version(correct, "request")
    correct.set_defaults(handler=run_correct)

    note = sub.add_parser("note", help="add a note to the timeline")
    note.add_argument("reference", metavar="REF")
    note.add_argument("--text", required=True, metavar="TEXT")
    note.add_argument("--on", metavar="DATE", help="default today")
    add_if_version(note, "request")
    note.set_defaults(handler=run_note)

    letter = sub.add_parser("letter", help="write a reply letter as PDF, .docx or .odt")
    letter.add_argument("reference", metavar="REF")
    letter.add_argument("--kind", required=True, metavar="K", help=", ".join(LETTER_KINDS))
    add_outputs(letter, "the letter")
    letter.add_argument("--lang", metavar="fi|sv|en", help="default: the requester's language")
    letter.set_defaults(handler=run_letter)
    add_bundle_command(sub, "request")

    listed = sub.add_parser("recipients", help="Art. 19: whom the person's data were disclosed to, and who was told")
    listed.add_argument("reference", metavar="REF")
    listed.add_argument("--json", action="store_true", help="one JSON document")
    listed.set_defaults(handler=run_recipients)
    notify = sub.add_parser(
        "notify-recipients", help="Art. 19: a notice to each recipient not yet told, recorded as sent (or why not)"
    )
    notify.add_argument("reference", metavar="REF")
    folders = notify.add_mutually_exclusive_group()
    for fmt in ("pdf", "docx", "odt"):
        folders.add_argument(f"--{fmt}", metavar="DIR", help=f"write the notices as .{fmt} into this folder")
    notify.add_argument("--lang", metavar="fi|sv|en", help="default: the requester's language")
    excepted_help = "a recipient not to be told (repeat it; each needs its --reason)"
    notify.add_argument("--except", dest="excepted", action="append", default=[], metavar="NAME", help=excepted_help)
    reason_help = "why telling that recipient is impossible or takes disproportionate effort"
    notify.add_argument("--reason", dest="reasons", action="append", default=[], metavar="TEXT", help=reason_help)
    notify.set_defaults(handler=run_notify_recipients)

    report = reports.add_parser("requests", help="the rights-request log (xlsx): every request and statistics")
    report.add_argument("--xlsx", required=True, metavar="OUT", help="the workbook to write")
    report.add_argument("--from", dest="start", metavar="DATE", help="received on or after")
    report.add_argument("--to", dest="end", metavar="DATE", help="received on or before")
    report.add_argument("--lang", metavar="fi|sv|en", help="default: the organisation's report language")
    report.set_defaults(handler=run_report)


def run_add(ctx: Context) -> None:
    from dpo_desk.services import requests

    a = ctx.args
    values = {
        "type": a.type,
        "received": a.received,
        "subject": a.subject,
        "email": a.email,
        "contact": a.contact,
        "details": a.details,
        "channel": a.channel,
        "role": a.role,
        "controller": a.controller,
        "language": a.language,
        "forward_within": a.forward_within,
    }
    requests.validate_new(**values)  # refuse before the store is opened for writing
    with ctx.write() as session:
        reference = requests.add(session, **values)
    ctx.created(reference)


def _if(ctx: Context) -> Any:
    """The version an edit was based on (`--if-version`), or None: not checked."""
    return getattr(ctx.args, "expected_version", None)


def _print(ctx: Context, view: Any) -> None:
    if getattr(ctx.args, "json", False):
        ctx.print_json(view.to_json())
        return
    fields = view.to_json()
    timeline = fields.pop("timeline")
    warnings = fields.pop("warnings")
    for key, value in fields.items():
        if value not in (None, ""):
            ctx.say(f"{key.replace('_', ' ')}: {value}")
    for warning in warnings:
        ctx.say(f"warning [{warning['code']}]: {warning['message']}")
    for event in timeline:
        ctx.say(f"  {event['on']}  {event['kind']}  {event['text']}")


def run_show(ctx: Context) -> None:
    from dpo_desk.services import requests

    with ctx.read() as session:
        view = requests.show(session, ctx.args.reference)
    _print(ctx, view)


def run_list(ctx: Context) -> None:
    from dpo_desk.domain.timeparse import parse_date
    from dpo_desk.errors import InvalidInput
    from dpo_desk.services import requests

    a = ctx.args
    if a.limit is not None and not 0 <= a.limit <= MAX_LIMIT:
        raise InvalidInput("--limit", a.limit, f"is not a whole number from 0 to {MAX_LIMIT}")
    filters = requests.Filters(status=a.status, type=a.type, overdue=a.overdue, search=a.search).checked()
    today = parse_date("--as-of", a.as_of) if a.as_of else None
    with ctx.read() as session:
        page = requests.page_views(session, filters, a.limit, a.offset, today)
    shown = len(page.views)
    # Standard output keeps its one document (a list, as before); how many there are in all goes beside it.
    # A search counts up to 1,000 (or the page's end): "200 of 1,000+ request(s) shown".
    total = f"{page.total:,}+" if page.capped else f"{page.total:,}"
    summary = f"{shown:,} of {total} request(s) shown" + (
        f"; --offset {page.offset + shown} for the next page" if page.more and shown else ""
    )
    if a.json:
        ctx.print_json([v.to_json() for v in page.views])
        if page.more or page.offset:
            print(f"dpo-desk: {summary}", file=sys.stderr)
        return
    for v in page.views:
        flag = " OVERDUE" if v.overdue else ""
        due = "forward by" if v.role == "processor" else "due"
        ctx.say(f"{v.reference}  {v.type:<18} {v.status:<17} {due} {v.due_on or '—'}  {v.subject_name}{flag}")
    ctx.say(summary)


def run_extend(ctx: Context) -> None:
    from dpo_desk.services import requests

    with ctx.write() as session:
        view = requests.extend(
            session, ctx.args.reference, ctx.args.reason, ctx.args.on, ctx.args.told_on, expected_version=_if(ctx)
        )
    ctx.say(f"{view.reference}: extended; now due {view.due_on}")


def run_extension_told(ctx: Context) -> None:
    from dpo_desk.services import requests

    with ctx.write() as session:
        view = requests.record_extension_told(session, ctx.args.reference, ctx.args.on, expected_version=_if(ctx))
    ctx.say(f"{view.reference}: extension notice recorded on {view.extension_told_on}")


def run_identity(ctx: Context) -> None:
    from dpo_desk.services import requests

    with ctx.write() as session:
        view = requests.record_identity(
            session, ctx.args.reference, ctx.args.step, ctx.args.on, ctx.args.note, expected_version=_if(ctx)
        )
    ctx.say(f"{view.reference}: identity {view.identity_status}; due {view.due_on or '— (waiting)'}")
    for warning in view.warnings:
        ctx.say(f"warning [{warning.code}]: {warning.message}")


def run_forward(ctx: Context) -> None:
    from dpo_desk.services import requests

    with ctx.write() as session:
        view = requests.forward(
            session, ctx.args.reference, ctx.args.controller, ctx.args.on, expected_version=_if(ctx)
        )
    ctx.say(f"{view.reference}: forwarded to {view.controller_name} on {view.forwarded_on}")


def run_close(ctx: Context) -> None:
    from dpo_desk.services import requests

    with ctx.write() as session:
        view = requests.close(
            session,
            ctx.args.reference,
            ctx.args.outcome,
            ctx.args.reason,
            ctx.args.replied_on,
            expected_version=_if(ctx),
        )
    ctx.say(f"{view.reference}: closed as {view.outcome}, replied {view.replied_on}")


def run_correct(ctx: Context) -> None:
    from dpo_desk.services import requests

    changes = {key: getattr(ctx.args, key) for key in requests.EDITABLE if getattr(ctx.args, key) is not None}
    with ctx.write() as session:
        view = requests.correct(session, ctx.args.reference, expected_version=_if(ctx), **changes)
    ctx.say(f"{view.reference}: corrected.")


def run_intake(ctx: Context) -> None:
    from dpo_desk.services import attachments, email_intake

    with ctx.read() as session:
        message = email_intake.read_message(ctx.args.message, attachments.max_bytes(session))
    with ctx.write() as session:
        proposal = email_intake.draft(session, message, ctx.args.type)
        done = email_intake.take_in(session, message, type=ctx.args.type, dry_run=ctx.args.dry_run)
    values = proposal.values
    sender = f"{message.sender_name} <{message.sender_email}>" if message.sender_name else message.sender_email
    ctx.say(f"From: {sender}")
    if values["contact"]:
        ctx.say(values["contact"])
    sent = f" (sent {proposal.sent_local})" if proposal.sent_local else " (the message has no date: today)"
    ctx.say(f"Received: {done.received.isoformat()}{sent}")
    guessed = f" (guessed from its words; confirm with `dpo-desk request classify {done.reference}`)"
    ctx.say(f"Type: {done.type}{guessed if done.type_guessed else ''}")
    if done.type == "unclassified":
        ctx.say(
            f"No type could be told from its words; give it with `dpo-desk request classify {done.reference} --type T`."
        )
    ctx.say(f"Language: {values['language']}")
    ctx.say(f"Attachments: the message and {len(message.files)} attached file(s)")
    if done.dry_run:
        ctx.say(f"Dry run: would be logged as {done.reference}; nothing was stored.")
        return
    ctx.created(done.reference)


def run_classify(ctx: Context) -> None:
    from dpo_desk.services import requests

    with ctx.write() as session:
        view = requests.classify(session, ctx.args.reference, ctx.args.type, ctx.args.on, expected_version=_if(ctx))
    ctx.say(f"{view.reference}: type {view.type}, confirmed.")


def run_note(ctx: Context) -> None:
    from dpo_desk.services import requests

    with ctx.write() as session:
        requests.add_note(session, ctx.args.reference, ctx.args.text, ctx.args.on, expected_version=_if(ctx))
    ctx.say("Note added.")


def run_letter(ctx: Context) -> None:
    from dpo_desk.reporting import request_letters
    from dpo_desk.services import reports

    (target,) = chosen(ctx.args)
    with ctx.write() as session:
        letter = reports.gather_request_letter(session, ctx.args.reference, ctx.args.kind, ctx.args.lang)
        path = request_letters.write_letter(letter, target)
        reports.record_request_letter(session, letter)
    ctx.say(f"Wrote {path}")


def run_recipients(ctx: Context) -> None:
    from dpo_desk.services import recipients

    with ctx.read() as session:
        views = recipients.recipients(session, ctx.args.reference)
    if ctx.args.json:
        ctx.print_json([view.to_json() for view in views])
        return
    if not views:
        ctx.say("No recipients: link the request to its processing activities (records link).")
    for view in views:
        state = {"told": f"told {view.on}", "excused": f"excused {view.on}: {view.reason}"}.get(view.outcome, "not yet")
        ctx.say(f"{view.name} ({view.source}, {view.activity}): {state}")


def run_notify_recipients(ctx: Context) -> None:
    from pathlib import Path

    from dpo_desk.errors import InvalidInput
    from dpo_desk.reporting.recipient_notice import write_into
    from dpo_desk.services import reports

    args = ctx.args
    if len(args.excepted) != len(args.reasons):
        raise InvalidInput("--reason", None, "is needed once for each --except (in the same order)")
    fmt = next((f for f in ("pdf", "docx", "odt") if getattr(args, f)), None)
    if fmt is None and not args.excepted:
        raise InvalidInput("--pdf/--docx/--odt", None, "is missing: give the folder to write the notices into")
    folder = Path(getattr(args, fmt)) if fmt else None
    if folder is not None and not folder.is_dir():
        raise InvalidInput(f"--{fmt}", str(folder), "is not a folder")
    excused = list(zip(args.excepted, args.reasons, strict=True))
    with ctx.write() as session:
        written, after = reports.notify_recipients(
            session,
            args.reference,
            args.lang,
            excused,
            (lambda notice: write_into(notice, folder, fmt)) if folder is not None else None,
        )
    for path in written:
        ctx.say(f"Wrote {path}")
    left = [view.name for view in after if not view.settled]
    ctx.say(
        f"{len(written)} told, {len(args.excepted)} excused; "
        + (f"still to tell: {', '.join(left)}" if left else "every recipient is settled.")
    )


def run_report(ctx: Context) -> None:
    from dpo_desk.domain.timeparse import parse_date
    from dpo_desk.reporting import request_log
    from dpo_desk.services import reports

    start = parse_date("--from", ctx.args.start) if ctx.args.start else None
    end = parse_date("--to", ctx.args.end) if ctx.args.end else None
    with ctx.read() as session:
        rows = request_log.write_log(reports.gather_request_log(session, start, end, ctx.args.lang), ctx.args.xlsx)
    ctx.say(f"Wrote {rows} requests to {ctx.args.xlsx}")

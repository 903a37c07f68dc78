"""`subprocessor ...`, `transfers check` and `report subprocessors`: the register on the command line."""

from __future__ import annotations

import argparse
from typing import Any

from dpo_desk.cli.context import Context
from dpo_desk.cli.documents import add_outputs, chosen

# option -> service field, for the entry's own fields (add and update share them)
_ENTRY_OPTIONS = {
    "--name": "name",
    "--service": "service",
    "--country": "country",
    "--locations": "processing_countries",
    "--legal-entity-id": "legal_entity_id",
    "--address": "address",
    "--purpose": "purpose",
    "--data-categories": "data_categories",
    "--subject-categories": "subject_categories",
    "--serves": "serves",
    "--dpa-signed": "dpa_signed_on",
    "--status": "status",
    "--planned-on": "planned_on",
    "--active-from": "active_from",
    "--contact": "contact",
    "--website": "website",
    "--notes": "notes",
}
_SAFEGUARD_OPTIONS = {
    "--mechanism": "safeguard",
    "--scc-module": "scc_module",
    "--scc-version": "scc_version",
    "--derogation": "derogation",
    "--tia": "tia_on",
    "--tia-review": "tia_review_on",
    "--measures": "supplementary_measures",
    "--fallback": "fallback_safeguard",
    "--fallback-scc-module": "fallback_scc_module",
}
_HELP = {
    "--locations": "every country where it processes, a comma list of ISO codes (default: --country)",
    "--mechanism": "safeguard outside the EEA: eea, adequacy, scc, bcr, derogation, none",
    "--scc-module": "SCC 2021/914 module 1-4",
    "--scc-version": "2021/914 (default) or an old set: 2010/87/EU, 2004/915/EC, 2001/497/EC",
    "--derogation": "Art. 49(1) point: a-g, or 'compelling'",
    "--tia": "date of the transfer impact assessment",
    "--tia-review": "date the assessment is to be reviewed",
    "--measures": "supplementary measures (encryption, pseudonymisation...)",
    "--fallback": "a fallback safeguard beside a challenged adequacy decision: scc or bcr",
    "--status": "planned, announced or active (default); `subprocessor retire` retires",
    "--country": "country of establishment, an ISO code (FI, US...)",
    "--dpa-signed": "the date the data processing agreement was signed",
    "--data-categories": "personal data it processes, a comma list",
    "--subject-categories": "whose data, a comma list",
    "--serves": "which of our services or customers it serves",
    "--legal-entity-id": "business ID or registry number",
}


def register(commands: Any, reports: Any) -> None:
    group = commands.add_parser("subprocessor", help="the subprocessor register (Art. 28)")
    sub = group.add_subparsers(dest="subprocessor_command", metavar="ACTION", parser_class=type(group))
    sub.required = True

    add = sub.add_parser("add", help="add a subprocessor to the register; prints its reference")
    _entry_options(add, creating=True)
    _safeguard_options(add)
    add.set_defaults(handler=run_add)

    list_ = sub.add_parser("list", help="the register")
    list_.add_argument("--status", metavar="S", help="planned, announced, active or retired")
    list_.add_argument("--country", metavar="CC", help="established or processing in this country")
    list_.add_argument("--mechanism", metavar="M", help="with a transfer under this safeguard (eea: none outside)")
    list_.add_argument("--warnings", action="store_true", help="only entries with warnings")
    list_.add_argument("--search", metavar="TEXT", help="part of the reference, name or service")
    list_.add_argument("--json", action="store_true", help="one JSON document")
    list_.set_defaults(handler=run_list)

    show = sub.add_parser("show", help="one entry with its transfers, warnings and announcements")
    show.add_argument("reference", metavar="REF")
    show.add_argument("--json", action="store_true", help="one JSON document")
    show.set_defaults(handler=run_show)

    update = sub.add_parser("update", help="change an entry (only the options given change)")
    update.add_argument("reference", metavar="REF")
    _entry_options(update, creating=False)
    update.add_argument("--dpf-certified", choices=("yes", "no"), help="on the Data Privacy Framework List")
    update.add_argument("--json", action="store_true", help="print the entry as JSON")
    update.set_defaults(handler=run_update)

    transfer = sub.add_parser("transfer", help="record the safeguard for one country outside the EEA")
    transfer.add_argument("reference", metavar="REF")
    transfer.add_argument("--country", metavar="CC", required=True, help="the processing country")
    _safeguard_options(transfer)
    transfer.set_defaults(handler=run_transfer)

    announce = sub.add_parser("announce", help="announce a new or replacing subprocessor to the customers")
    announce.add_argument("reference", metavar="REF")
    announce.add_argument(
        "--on", dest="announced_on", metavar="DATE", help="the day of the announcement (default today)"
    )
    announce.add_argument(
        "--effective", dest="effective_on", metavar="DATE", help="when the change takes effect (after the objections)"
    )
    announce.add_argument("--replaces", metavar="REF", help="the subprocessor it replaces")
    announce.add_argument("--message", metavar="TEXT", help="a note for the customers")
    _notice_options(announce)
    announce.set_defaults(handler=run_announce)

    notice = sub.add_parser("notice", help="the customer notice of an announcement (PDF and e-mail text)")
    notice.add_argument("reference", metavar="REF", help="the announcement (SPN-...) or the entry's latest")
    _notice_options(notice)
    notice.set_defaults(handler=run_notice)

    objection = sub.add_parser("object", help="record a customer's objection to an announcement")
    objection.add_argument("reference", metavar="REF", help="the announcement (SPN-...) or the entry (its latest)")
    objection.add_argument("--customer", metavar="NAME", required=True)
    objection.add_argument("--received", dest="received_on", metavar="DATE", help="default today")
    objection.add_argument("--reason", metavar="TEXT")
    objection.set_defaults(handler=run_object)

    close = sub.add_parser("close", help="end an announcement: the change went ahead (or --withdrawn)")
    close.add_argument("reference", metavar="REF")
    close.add_argument("--withdrawn", action="store_true", help="the change was called off")
    close.set_defaults(handler=run_close)

    retire = sub.add_parser("retire", help="retire a subprocessor (it stays in the register's history)")
    retire.add_argument("reference", metavar="REF")
    retire.add_argument("--on", metavar="DATE", help="default today")
    retire.add_argument("--reason", metavar="TEXT")
    retire.set_defaults(handler=run_retire)

    history = sub.add_parser("history", help="every recorded change of an entry (from the audit trail)")
    history.add_argument("reference", metavar="REF")
    history.add_argument("--json", action="store_true", help="one JSON document")
    history.set_defaults(handler=run_history)

    transfers = commands.add_parser("transfers", help="transfers to third countries")
    tsub = transfers.add_subparsers(dest="transfers_command", metavar="ACTION", parser_class=type(group))
    tsub.required = True
    check = tsub.add_parser("check", help="every warning about the register's transfers and contracts")
    check.add_argument("--json", action="store_true", help="one JSON document")
    check.add_argument("--warnings-only", action="store_true", help="leave out the notices")
    check.set_defaults(handler=run_check)
    adequacy = tsub.add_parser("adequacy", help="the adequacy list in use, its date and where it comes from")
    adequacy.add_argument("--json", action="store_true", help="one JSON document")
    adequacy.add_argument(
        "--use", metavar="FILE", help="check a newer adequacy list and use it from now on (no new release needed)"
    )
    adequacy.set_defaults(handler=run_adequacy)

    report = reports.add_parser("subprocessors", help="the printable register (PDF) and its spreadsheet")
    report.add_argument("--pdf", metavar="OUT")
    report.add_argument("--xlsx", metavar="OUT")
    report.add_argument("--lang", metavar="LANG", help="fi, sv or en (default: the organisation's)")
    report.add_argument("--include-retired", action="store_true", help="retired entries too")
    report.set_defaults(handler=run_report)


def _entry_options(parser: argparse.ArgumentParser, creating: bool) -> None:
    for option, field in _ENTRY_OPTIONS.items():
        required = creating and option in ("--name", "--service", "--country")
        parser.add_argument(option, dest=field, metavar="VALUE", required=required, help=_HELP.get(option))
    if creating:
        parser.add_argument("--dpf-certified", action="store_true", help="on the Data Privacy Framework List")


def _safeguard_options(parser: argparse.ArgumentParser) -> None:
    for option, field in _SAFEGUARD_OPTIONS.items():
        parser.add_argument(option, dest=field, metavar="VALUE", help=_HELP.get(option))


def _notice_options(parser: argparse.ArgumentParser) -> None:
    add_outputs(parser, "the customer notice", required=False, exclusive=False)
    parser.add_argument("--email", metavar="OUT", help="write the plain-text e-mail body")
    parser.add_argument("--lang", metavar="LANG", help="fi, sv or en (default: the organisation's)")


def _safeguard(ctx: Context) -> Any:
    from dpo_desk.services import register as service

    a = ctx.args
    return service.check_safeguard(
        a.safeguard,
        scc_module=a.scc_module,
        scc_version=a.scc_version,
        derogation=a.derogation,
        tia_on=a.tia_on,
        tia_review_on=a.tia_review_on,
        supplementary_measures=a.supplementary_measures,
        fallback_safeguard=a.fallback_safeguard,
        fallback_scc_module=a.fallback_scc_module,
    )


def _given(ctx: Context) -> dict[str, Any]:
    return {f: getattr(ctx.args, f) for f in _ENTRY_OPTIONS.values() if getattr(ctx.args, f, None) is not None}


def run_add(ctx: Context) -> None:
    from dpo_desk.services import register as service

    safeguard = _safeguard(ctx)  # refused before the store is opened for writing
    fields = _given(ctx)
    fields["dpf_certified"] = ctx.args.dpf_certified
    with ctx.write() as session:
        reference = service.add(session, safeguard=safeguard, **fields)
    ctx.created(reference)


def run_list(ctx: Context) -> None:
    from dpo_desk.services import register as service

    a = ctx.args
    filters = service.RegisterFilter(
        status=_choice("--status", a.status, ("planned", "announced", "active", "retired")),
        country=service.check_country("--country", a.country) if a.country else None,
        safeguard=_choice("--mechanism", a.mechanism, ("eea", "adequacy", "scc", "bcr", "derogation", "none")),
        has_warnings=True if a.warnings else None,
        search=a.search or "",
    )
    if a.warnings:
        with ctx.write() as session:  # counts made with an older adequacy list are redone first
            service.refresh_warnings_if_stale(session)
    with ctx.read() as session:
        wanted = {row.reference for row in service.fetch(session, 0, 1_000_000, "reference", False, filters)}
        entries = [e for e in service.all_entries(session) if e.reference in wanted]
    if a.json:
        ctx.print_json([e.to_json() for e in entries])
        return
    if not entries:
        ctx.say("The register is empty." if not any(vars(filters).values()) else "No entry matches.")
    for e in entries:
        mark = f"  ! {len(e.warnings)} warning(s)" if e.warnings else ""
        ctx.say(f"{e.reference:8} {e.status:9} {e.country}  {e.mechanism:10} {e.name} — {e.service}{mark}")


def _choice(option: str, value: str | None, choices: tuple[str, ...]) -> str | None:
    from dpo_desk.errors import InvalidInput

    if value is None:
        return None
    if value not in choices:
        raise InvalidInput(option, value, f"is not one of {', '.join(choices)}")
    return value


def run_show(ctx: Context) -> None:
    from dpo_desk.services import register as service

    with ctx.read() as session:
        entry = service.get(session, ctx.args.reference)
    if ctx.args.json:
        ctx.print_json(entry.to_json())
        return
    _print_entry(ctx, entry)


def _print_entry(ctx: Context, entry: Any) -> None:
    document = entry.to_json()
    for key in ("reference", "name", "status", "country", "locations", "service", "purpose", "dpa_signed", "mechanism"):
        value = document[key]
        ctx.say(f"{key.replace('_', ' ')}: {', '.join(value) if isinstance(value, list) else value or '—'}")
    for t in entry.transfers:
        ctx.say(f"transfer {t.country}: {t.detail}")
    for f in entry.findings:
        ctx.say(f"{f.severity}: {f.message}")


def run_update(ctx: Context) -> None:
    from dpo_desk.services import register as service

    fields = _given(ctx)
    if ctx.args.dpf_certified is not None:
        fields["dpf_certified"] = ctx.args.dpf_certified == "yes"
    with ctx.write() as session:
        entry = service.update(session, ctx.args.reference, **fields)
    if ctx.args.json:
        ctx.print_json(entry.to_json())
    else:
        _print_entry(ctx, entry)


def run_transfer(ctx: Context) -> None:
    from dpo_desk.services import register as service

    safeguard = _safeguard(ctx)
    with ctx.write() as session:
        entry = service.set_transfer(session, ctx.args.reference, ctx.args.country, safeguard)
    _print_entry(ctx, entry)


def run_announce(ctx: Context) -> None:
    from dpo_desk.services import register as service

    a = ctx.args
    with ctx.write() as session:
        announcement = service.announce(
            session,
            a.reference,
            announced_on=a.announced_on,
            effective_on=a.effective_on,
            replaces=a.replaces,
            message=a.message or "",
        )
        # Written before the commit: a notice that cannot be written leaves no announcement behind.
        _write_notice_from(ctx, session, announcement.reference)
    ctx.say(f"Customers may object until {announcement.objection_until.isoformat()}.")
    if not chosen(ctx.args) and not ctx.args.email:
        ctx.say(f"Write the customer notice with: subprocessor notice {announcement.reference} --pdf OUT --email OUT")
    ctx.created(announcement.reference)


def run_notice(ctx: Context) -> None:
    if not chosen(ctx.args) and not ctx.args.email:
        from dpo_desk.errors import InvalidInput

        raise InvalidInput("--pdf/--docx/--odt/--email", None, "are all missing: give at least one output file")
    _write_notice(ctx, ctx.args.reference)


def _write_notice(ctx: Context, reference: str) -> None:
    with ctx.read() as session:
        _write_notice_from(ctx, session, reference)


def _write_notice_from(ctx: Context, session: Any, reference: str) -> None:
    letters = [ctx.output(target) for target in chosen(ctx.args)]
    if not letters and not ctx.args.email:
        return
    from dpo_desk.reporting import change_notice
    from dpo_desk.services import reports

    data = reports.gather_change_notice(session, reference, ctx.args.lang)
    for target in letters:
        change_notice.write_document(data, target)
        ctx.say(f"Wrote {target}")
    if ctx.args.email:
        change_notice.write_email(data, ctx.output(ctx.args.email))
        ctx.say(f"Wrote {ctx.args.email} (subject: {change_notice.email_subject(data)})")


def run_object(ctx: Context) -> None:
    from dpo_desk.services import register as service

    a = ctx.args
    with ctx.write() as session:
        announcement = service.record_objection(
            session, a.reference, customer=a.customer, received_on=a.received_on, reason=a.reason or ""
        )
    ctx.say(f"{len(announcement.objections)} objection(s) to {announcement.reference} ({announcement.name}).")


def run_close(ctx: Context) -> None:
    from dpo_desk.services import register as service

    with ctx.write() as session:
        announcement = service.close_announcement(
            session, ctx.args.reference, "withdrawn" if ctx.args.withdrawn else "closed"
        )
    ctx.say(f"{announcement.reference}: {announcement.status}")


def run_retire(ctx: Context) -> None:
    from dpo_desk.services import register as service

    with ctx.write() as session:
        entry = service.retire(session, ctx.args.reference, ctx.args.on, ctx.args.reason or "")
    ctx.say(f"{entry.reference} retired on {entry.retired_on.isoformat() if entry.retired_on else ''}")


def run_history(ctx: Context) -> None:
    from dpo_desk.domain.timeparse import local_iso
    from dpo_desk.services import register as service

    tz_name = ctx.org_timezone()
    with ctx.read() as session:
        entries = service.history(session, ctx.args.reference)
    items = [
        {"at": local_iso(e.at, tz_name), "actor": e.actor, "action": e.action, "entity": e.entity, "changes": e.changes}
        for e in entries
    ]
    if ctx.args.json:
        ctx.print_json(items)
        return
    for item in items:
        fields = ", ".join(sorted(item["changes"]))
        ctx.say(f"{item['at']}  {item['actor']:12} {item['action']:7} {item['entity']:26} {fields}")


def run_check(ctx: Context) -> None:
    from dpo_desk.services import register as service

    with ctx.read() as session:
        found = service.check(session, include_notices=not ctx.args.warnings_only)
    if ctx.args.json:
        ctx.print_json([f.to_json() for f in found])
        return
    if not found:
        ctx.say("No warnings: every transfer has a safeguard and every entry a signed DPA.")
    for f in found:
        ctx.say(f"{f.reference:8} {f.severity:8} {f.code:32} {f.name}: {f.message}")


def run_adequacy(ctx: Context) -> None:
    from dpo_desk.services import register as service

    if ctx.args.use:
        installed = service.install_adequacy(ctx.args.use)
        with ctx.write() as session:
            changed = service.refresh_warnings_if_stale(session)
        ctx.say(
            f"Using the adequacy list of {installed.as_of.isoformat()} ({service.adequacy_path()}); "
            f"warnings of {changed} entries changed."
        )
        return
    adequacy = service.adequacy_list()
    document = {
        "as_of": adequacy.as_of.isoformat(),
        "path": str(service.adequacy_path()),
        "eea": sorted(adequacy.eea),
        "decisions": [
            {
                "name": d.name,
                "countries": list(d.countries),
                "reference": d.reference,
                "adopted": d.adopted.isoformat() if d.adopted else None,
                "valid_until": d.valid_until.isoformat() if d.valid_until else None,
                "scope": d.scope,
                "scope_note": d.scope_note,
                "challenge": d.challenge,
            }
            for d in adequacy.decisions
        ],
    }
    if ctx.args.json:
        ctx.print_json(document)
        return
    ctx.say(f"Adequacy list as of {document['as_of']} ({document['path']})")
    for d in document["decisions"]:
        mark = "  [under challenge]" if d["challenge"] else ""
        ctx.say(f"{','.join(d['countries']) or '—':6} {d['reference']:36} {d['name']}{mark}")


def run_report(ctx: Context) -> None:
    from dpo_desk.errors import InvalidInput

    a = ctx.args
    if not a.pdf and not a.xlsx:
        raise InvalidInput("--pdf/--xlsx", None, "are both missing: give at least one output file")
    from dpo_desk.reporting import register_pdf
    from dpo_desk.services import reports

    with ctx.read() as session:
        data = reports.gather_register(session, a.lang, include_retired=a.include_retired)
    if a.pdf:
        register_pdf.write_pdf(data, a.pdf)
        ctx.say(f"Wrote {a.pdf}")
    if a.xlsx:
        from dpo_desk.reporting import register_xlsx

        register_xlsx.write_xlsx(data, a.xlsx)
        ctx.say(f"Wrote {a.xlsx}")

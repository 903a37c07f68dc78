"""`audit`, `backup`, `restore`, `rekey`, `attachment` and `retention`: accountability and safety."""

from __future__ import annotations

import os
from typing import Any

from dpo_desk.cli.context import Context
from dpo_desk.errors import DpoDeskError

BACKUP_PASSPHRASE_ENV = "DPO_DESK_BACKUP_PASSPHRASE"


class TrailBroken(DpoDeskError):
    """The audit trail does not verify: exit status 3, naming the first bad entry."""

    exit_code = 3


def _group(commands: Any, name: str, help_text: str) -> Any:
    parser = commands.add_parser(name, help=help_text)
    sub = parser.add_subparsers(dest=f"{name}_command", metavar="ACTION", parser_class=type(parser))
    sub.required = True
    return sub


def register(commands: Any, reports: Any) -> None:
    audit = _group(commands, "audit", "the tamper-evident audit trail")
    verify = audit.add_parser("verify", help="check the whole chain; non-zero and the first bad entry if broken")
    verify.add_argument("--json", action="store_true", help="one JSON document")
    verify.add_argument(
        "--expect-head",
        metavar="HASH",
        help="a newest hash printed earlier: the chain must still end at or pass through it",
    )
    verify.set_defaults(handler=run_audit_verify)
    trail = audit.add_parser("list", help="the trail's entries, newest first")
    trail.add_argument("--record", metavar="REF", default="", help="only entries filed under records matching REF")
    trail.add_argument("--since", metavar="DATE", help="from this day (the organisation's time zone)")
    trail.add_argument("--until", metavar="DATE", help="up to and including this day")
    trail.add_argument("--limit", metavar="N", default="50", help="at most N entries (default 50)")
    trail.add_argument("--json", action="store_true", help="one JSON document")
    trail.set_defaults(handler=run_audit_list)
    profile = audit.add_parser("profile", help="the name the trail records for you (with your OS user)")
    profile.add_argument("name", metavar="NAME", nargs="?", help="set it (empty text clears it); without: show it")
    profile.set_defaults(handler=run_audit_profile)

    backup = commands.add_parser("backup", help="an encrypted, consistent copy of the store (same passphrase)")
    backup.add_argument("out", metavar="OUT", help="the copy's file (a folder gets a dated file name)")
    backup.set_defaults(handler=run_backup, out_may_be_folder=True)
    restore = commands.add_parser(
        "restore",
        help=f"replace the store with a checked backup (its passphrase: ${BACKUP_PASSPHRASE_ENV} or the same)",
    )
    restore.add_argument("backup", metavar="FILE", help="the backup to restore")
    restore.set_defaults(handler=run_restore)
    rekey = commands.add_parser(
        "rekey", help="change the passphrase (new one: $DPO_DESK_NEW_PASSPHRASE or asked twice)"
    )
    rekey.set_defaults(handler=run_rekey)

    attachment = _group(commands, "attachment", "files attached to requests and breaches, kept encrypted")
    add = attachment.add_parser("add", help="attach a file to a case; prints the attachment's reference")
    add.add_argument("case", metavar="REF", help="the request or breach (DSR-2026-0001, BR-2026-0001)")
    add.add_argument("file", metavar="FILE")
    add.add_argument("--kind", default="document", help="id-document, email, document, image or other")
    add.add_argument("--note", default="", help="a short note")
    add.set_defaults(handler=run_attachment_add)
    listing = attachment.add_parser("list", help="a case's attachments")
    listing.add_argument("case", metavar="REF")
    listing.add_argument("--json", action="store_true", help="one JSON document")
    listing.set_defaults(handler=run_attachment_list)
    save = attachment.add_parser("save", help="write an attachment out, in plaintext, where you say")
    save.add_argument("reference", metavar="ATT")
    save.add_argument("out", metavar="OUT", help="the file (or a folder: the attachment's own name is used)")
    save.set_defaults(handler=run_attachment_save, out_may_be_folder=True)
    remove = attachment.add_parser("remove", help="delete an attachment (the audit trail keeps its hash)")
    remove.add_argument("reference", metavar="ATT")
    remove.set_defaults(handler=run_attachment_remove)

    retention = _group(commands, "retention", "purge what is no longer needed, after a preview")
    preview = retention.add_parser("preview", help="what a purge would remove (writes nothing)")
    preview.add_argument("--as-of", metavar="DATE", help="as if today were DATE")
    preview.add_argument("--json", action="store_true", help="one JSON document")
    preview.set_defaults(handler=run_retention_preview)
    purge = retention.add_parser("purge", help="show what goes; with --yes, remove it")
    purge.add_argument("--as-of", metavar="DATE", help="as if today were DATE")
    purge.add_argument("--yes", action="store_true", help="remove what the preview lists")
    purge.set_defaults(handler=run_retention_purge)


# -- audit --------------------------------------------------------------------------------------


def run_audit_verify(ctx: Context) -> None:
    from dpo_desk.services import audit_trail

    expected = audit_trail.check_head(ctx.args.expect_head) if ctx.args.expect_head is not None else None
    with ctx.read() as session:
        result = audit_trail.verify(session, expect_head=expected)
    if ctx.args.json:
        ctx.print_json(
            {
                "ok": result.ok,
                "checked": result.checked,
                "newest_hash": result.newest_hash,
                "faults": [{"entry": f.entry_id, "reason": f.reason} for f in result.faults],
            }
        )
    first = result.first_fault
    if first is not None:
        more = f" ({len(result.faults) - 1} more faults after it)" if len(result.faults) > 1 else ""
        where = f" at entry {first.entry_id}" if first.entry_id else ""
        raise TrailBroken(
            f"The audit trail is broken{where}: {first.reason}{more}. "
            "Keep this store as evidence and compare it with a backup."
        )
    if not ctx.args.json:
        ctx.say(f"The audit trail verifies: {result.checked} entries, each linked to the one before.")
        if expected is not None:
            ctx.say(f"It still passes through the head kept earlier ({expected[:16]}…).")
        if result.newest_hash:
            ctx.say(
                "Newest entry's hash (keep it elsewhere; `audit verify --expect-head HASH` later detects a rewrite): "
                f"{result.newest_hash}"
            )


def _dates(ctx: Context) -> tuple[Any, Any]:
    from dpo_desk.domain.timeparse import parse_date

    since = parse_date("--since", ctx.args.since) if ctx.args.since else None
    until = parse_date("--until", ctx.args.until) if ctx.args.until else None
    return since, until


def _limit(text: str) -> int:
    from dpo_desk.errors import InvalidInput

    if not text.isdigit() or not 1 <= int(text) <= 100000:
        raise InvalidInput("--limit", text, "is not a whole number from 1 to 100000")
    return int(text)


def run_audit_list(ctx: Context) -> None:
    from dpo_desk.domain.timeparse import local_iso
    from dpo_desk.services import audit_trail

    since, until = _dates(ctx)
    limit = _limit(ctx.args.limit)
    tz = ctx.org_timezone()
    where = audit_trail.TrailFilter(record=ctx.args.record, since=since, until=until, timezone=tz)
    with ctx.read() as session:
        entries = audit_trail.fetch(session, 0, limit, "id", True, where)
    if ctx.args.json:
        ctx.print_json([{**e.to_json(), "at": local_iso(e.at, tz)} for e in entries])
        return
    for e in entries:
        ctx.say(f"{e.id:>6}  {local_iso(e.at, tz)}  {e.actor}  {e.action:<7} {e.record}  {e.summary}")


def run_audit_profile(ctx: Context) -> None:
    from dpo_desk.errors import InvalidInput
    from dpo_desk.services import store_lifecycle

    if ctx.args.name is not None:
        try:
            store_lifecycle.set_profile_name(ctx.args.name)
        except InvalidInput as refused:
            raise InvalidInput("NAME", ctx.args.name, refused.reason) from None
    ctx.say(f"The audit trail records you as: {store_lifecycle.actor_name()}")


# -- backup, restore, rekey ---------------------------------------------------------------------


def run_backup(ctx: Context) -> None:
    from dpo_desk.services.store_lifecycle import back_up

    ctx.open_store().refuse_on_server("A backup")
    passphrase = ctx.passphrase()
    made = back_up(ctx.open_store(), ctx.args.out, passphrase)
    ctx.say(f"Backup written and checked (same passphrase as the store): {made}")
    ctx.say(str(made))


def run_restore(ctx: Context) -> None:
    from dpo_desk.services import store_lifecycle

    if ctx.on_server:
        ctx.open_store().refuse_on_server("A restore")
    backup_passphrase = os.environ.get(BACKUP_PASSPHRASE_ENV) or ctx.passphrase()
    if not ctx.store_path.exists():
        store_lifecycle.restore_as_new(ctx.store_path, ctx.args.backup, backup_passphrase)
        ctx.say(f"There was no store at {ctx.store_path}: the checked backup is now the store.")
        return
    # The current store is not opened: a damaged one is exactly what a restore is for.
    restored, kept = store_lifecycle.restore_file(ctx.store_path, ctx.args.backup, backup_passphrase, clock=ctx.clock)
    ctx.adopt_store(restored)
    ctx.say(f"Restored {ctx.args.backup}; the store's previous file is kept, unread and unchanged, as {kept}.")
    ctx.say("The store now opens with the backup's passphrase.")


def run_rekey(ctx: Context) -> None:
    from dpo_desk.services.store_lifecycle import change_passphrase

    ctx.open_store().refuse_on_server("Changing the passphrase")
    new = ctx.new_passphrase()
    ctx.replace_store(lambda store: change_passphrase(store, new))
    ctx.say("Passphrase changed. Backups made before keep the old passphrase.")


# -- attachments --------------------------------------------------------------------------------


def run_attachment_add(ctx: Context) -> None:
    from dpo_desk.services import attachments

    attachments.check_case_reference(ctx.args.case)
    with ctx.write() as session:
        name, data = attachments.read_source(session, ctx.args.file)
        view = attachments.add(session, ctx.args.case, name, data, kind=ctx.args.kind, note=ctx.args.note)
    ctx.created(view.reference)


def run_attachment_list(ctx: Context) -> None:
    from dpo_desk.domain.timeparse import local_iso
    from dpo_desk.services import attachments

    tz = ctx.org_timezone()
    with ctx.read() as session:
        views = attachments.list_for(session, ctx.args.case)
    if ctx.args.json:
        ctx.print_json([{**v.to_json(), "added_at": local_iso(v.added_at, tz)} for v in views])
        return
    for v in views:
        ctx.say(f"{v.reference}  {v.kind:<11}  {v.size:>10}  {v.filename}")


def run_attachment_save(ctx: Context) -> None:
    from dpo_desk.services import attachments

    with ctx.read() as session:
        written = attachments.save_to(session, ctx.args.reference, ctx.args.out)
    ctx.say(f"Wrote {written} (plaintext: keep it safe, delete it when done).")


def run_attachment_remove(ctx: Context) -> None:
    from dpo_desk.services import attachments

    with ctx.write() as session:
        view = attachments.remove(session, ctx.args.reference)
    ctx.say(f"Removed {view.reference} ({view.filename}) from {view.case_reference}.")


# -- retention ----------------------------------------------------------------------------------


def _as_of(ctx: Context) -> Any:
    from dpo_desk.domain.timeparse import parse_date, today_in

    return parse_date("--as-of", ctx.args.as_of) if ctx.args.as_of else today_in(ctx.org_timezone(), ctx.clock.now())


def run_retention_preview(ctx: Context) -> None:
    from dpo_desk.services import retention

    as_of = _as_of(ctx)
    with ctx.read() as session:
        plan = retention.preview(session, as_of)
    if ctx.args.json:
        ctx.print_json(plan.to_json())
        return
    for line in plan.lines():
        ctx.say(line)


def run_retention_purge(ctx: Context) -> None:
    from dpo_desk.services import retention

    as_of = _as_of(ctx)
    if not ctx.args.yes:
        with ctx.read() as session:
            plan = retention.preview(session, as_of)
        for line in plan.lines():
            ctx.say(line)
        if plan.items:
            ctx.say("Nothing was removed: run again with --yes to remove the above.")
        return
    with ctx.write() as session:
        plan = retention.purge(session, as_of)
    for line in plan.lines():
        ctx.say(line)
    if not plan.items:
        return
    ctx.say(
        f"Removed closed cases: {len(plan.cases)}, ID documents: {len(plan.documents)} ({plan.total_bytes} bytes "
        f"attached); the values of {plan.redacted_entries} audit entries went with them, and the trail records it."
    )

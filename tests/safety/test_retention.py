"""Retention: closed cases go whole after N years, ID documents once identity is verified; a preview
first, one purge entry after, and nothing of a purged case left in the file, its audit trail included."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from dpo_desk.errors import NotFound, RuleRefused
from dpo_desk.services import attachments, audit_trail, breaches, records, requests, retention, settings
from dpo_desk.store import Store, search
from dpo_desk.store.models import AuditEntry
from tests.conftest import PASSPHRASE
from tests.safety import sqlcipher_pages

pytestmark = pytest.mark.both_engines

PROBE = "Retentia Purgeström"
AS_OF = dt.date(2025, 3, 1)  # 5 years (the default) before is 2020-03-01


def _cases(store: Store) -> dict[str, str]:
    """An old closed request and breach (they go), a recent closed request with a verified identity (it stays)."""
    with store.write() as session:
        old = requests.add(
            session,
            type="access",
            received="2019-03-01",
            subject=PROBE,
            email="retentia@example.invalid",
            details=f"{PROBE} asks for a copy of her data",
        )
        requests.add_note(session, old, f"Called {PROBE} back", on="2019-03-04")
        requests.close(session, old, "fulfilled", replied_on="2019-03-20")
        attachments.add(session, old, "reply.eml", f"To: {PROBE}".encode(), kind="email")
        activity = records.add_activity(session, name="Customer support", role="controller", purposes=[])
        records.link_case(session, activity, old)

        kept = requests.add(session, type="erasure", received="2024-11-01", subject="Kept Person")
        requests.record_identity(session, kept, "requested", on="2024-11-02")
        requests.record_identity(session, kept, "verified", on="2024-11-05")
        requests.close(session, kept, "fulfilled", replied_on="2024-11-20")
        scan = attachments.add(session, kept, "passport.jpg", b"face of Kept Person", kind="id-document")
        letter = attachments.add(session, kept, "reply.pdf", b"reply to Kept Person")

        breach = breaches.add(
            session,
            title=f"Laptop of {PROBE} stolen",
            aware_at="2018-06-01T09:00:00+03:00",
            nature="confidentiality",
            risk="none",
            risk_reasoning="Disk encrypted, key not with it",
        ).reference
        breaches.close(session, breach, "Device wiped remotely", at="2018-06-03T12:00:00+03:00")
    return {
        "old": old,
        "breach": breach,
        "kept": kept,
        "scan": scan.reference,
        "letter": letter.reference,
        "activity": activity,
    }


def test_the_preview_lists_closed_cases_and_verified_id_documents_and_writes_nothing(store) -> None:
    refs = _cases(store)
    with store.read() as session:
        before = audit_trail.count(session)
        plan = retention.preview(session, AS_OF)
        assert audit_trail.count(session) == before
    assert plan.closed_before == dt.date(2020, 3, 1)
    assert [(i.what, i.reference) for i in plan.items] == [
        ("case", refs["breach"]),
        ("case", refs["old"]),
        ("id-document", refs["scan"]),
    ]
    old = next(i for i in plan.items if i.reference == refs["old"])
    assert old.size == len(f"To: {PROBE}".encode()) and "replied 2019-03-20" in old.detail
    with store.write() as session:
        settings.put(session, "retention.closed_case_years", 10)
    with store.read() as session:
        assert [i.reference for i in retention.preview(session, AS_OF).items] == [refs["scan"]]


def test_a_purge_removes_closed_cases_whole_and_keeps_their_history_without_values(store) -> None:
    refs = _cases(store)
    with store.read() as session:
        shown = [i.reference for i in retention.preview(session, AS_OF).items]
        history = [e.id for e in audit_trail.for_record(session, refs["old"])]
    with store.write() as session, pytest.raises(RuleRefused):
        retention.purge(session, AS_OF, confirmed=shown[:1])
    with store.write() as session:
        done = retention.purge(session, AS_OF, confirmed=shown)
    assert done.cases == [refs["breach"], refs["old"]] and done.documents == [refs["scan"]]

    with store.read() as session:
        for gone in (refs["old"], refs["breach"]):
            with pytest.raises(NotFound):
                (requests.show if gone == refs["old"] else breaches.get)(session, gone)
            assert attachments.list_for(session, gone) == []
        assert records.activities_for_case(session, refs["old"]) == []
        assert search.search_references(session, "request", "Purgeström") == []
        assert search.search_references(session, "breach", "Laptop") == []
        # the recent case stays, without its ID scan
        assert requests.show(session, refs["kept"]).reference == refs["kept"]
        assert [a.reference for a in attachments.list_for(session, refs["kept"])] == [refs["letter"]]

        *trail, removal = audit_trail.for_record(session, refs["old"])
        assert [e.id for e in trail] == history  # who did what, and when, stays
        assert (removal.action, removal.entity, removal.changes, removal.redacted) == ("purge", "request", (), False)
        assert trail and all(e.redacted for e in trail)
        assert all(c.before is None and c.after is None for e in trail for c in e.changes)
        assert "subject_name" in {c.field for c in trail[0].changes}
        stored = session.scalars(select(AuditEntry.changes)).all()
        assert not [text for text in stored if PROBE in text or "Laptop of" in text]
        kept_history = audit_trail.for_record(session, refs["kept"])
        assert kept_history and not any(e.redacted for e in kept_history)

        summary = audit_trail.fetch(session, 0, 1)[0]
        assert (summary.action, summary.record) == ("purge", "retention")
        said = json.loads(session.get(AuditEntry, summary.id).changes)
        shown = {c.field: (c.before, c.after) for c in summary.changes}  # a summary: what it says, not pairs
        assert shown["cases"] == (None, [refs["breach"], refs["old"]])
        assert said["cases"] == [refs["breach"], refs["old"]]
        breach_trail = audit_trail.for_record(session, refs["breach"])[:-1]
        assert said["redacted_entries"] == sorted(e.id for e in trail + breach_trail)
        unlinked = audit_trail.for_record(session, refs["activity"])[-1]
        assert (unlinked.action, unlinked.changes[0].before) == ("delete", refs["old"])
        assert audit_trail.verify(session).ok


def test_nothing_of_a_purged_case_stays_in_any_page_of_the_file(store_path: Path, engine: str) -> None:
    if engine != "sqlite":
        pytest.skip("reads the encrypted file's pages (a server's disk is the server's: SECURITY.md)")
    needle = PROBE.encode("utf-8")
    with Store.open(store_path, PASSPHRASE, actor="tester") as store:
        _cases(store)
    assert sqlcipher_pages.holds(store_path, PASSPHRASE, needle)  # the reader sees it before the purge
    with Store.open(store_path, PASSPHRASE, actor="tester") as store, store.write() as session:
        retention.purge(session, AS_OF)
    assert not Path(f"{store_path}-wal").exists()
    assert not sqlcipher_pages.holds(store_path, PASSPHRASE, needle)
    assert not sqlcipher_pages.holds(store_path, PASSPHRASE, b"Laptop of")
    assert sqlcipher_pages.holds(store_path, PASSPHRASE, b"Kept Person")


def test_values_removed_outside_a_purge_are_found(store, store_path: Path, cli, engine: str) -> None:
    if engine != "sqlite":
        pytest.skip("drops the trigger through the file's own connection")
    refs = _cases(store)
    store.close()
    from dpo_desk.store import keying

    conn = keying.connect(store_path, PASSPHRASE)
    # The trigger lets a removal of values through (a purge needs it); verify then asks for the purge naming it.
    conn.execute("UPDATE audit_log SET changes = '{}', salt = NULL WHERE record = ?", (refs["kept"],))
    conn.close()
    failed = cli("audit", "verify", "--json", ok=False).json()
    assert "without a retention purge naming it" in failed["faults"][0]["reason"]


def test_the_trigger_lets_nothing_but_a_removal_of_values_through(store) -> None:
    _cases(store)
    from sqlalchemy import text

    with store.engine.begin() as conn:
        for statement in (
            "UPDATE audit_log SET record = 'elsewhere' WHERE id = 1",
            "UPDATE audit_log SET changes = '{}' WHERE id = 1",
            "UPDATE audit_log SET salt = NULL, hash = 'x' WHERE id = 1",
        ):
            with pytest.raises(Exception, match="append-only"), conn.begin_nested():
                conn.execute(text(statement))


def test_the_command_line_previews_then_purges(cli, store) -> None:
    refs = _cases(store)
    store.close()
    shown = cli("retention", "purge", "--as-of", AS_OF.isoformat())
    assert refs["old"] in shown.out and "--yes" in shown.out
    preview = cli("retention", "preview", "--as-of", AS_OF.isoformat(), "--json").json()
    assert [i["reference"] for i in preview["items"]] == [refs["breach"], refs["old"], refs["scan"]]
    cli("request", "show", refs["old"], "--json")  # still there
    done = cli("retention", "purge", "--as-of", AS_OF.isoformat(), "--yes")
    assert "Removed closed cases: 2, ID documents: 1" in done.out
    assert cli("request", "show", refs["old"], ok=False).code != 0
    entries = cli("audit", "list", "--record", refs["old"], "--json").json()
    assert entries[0]["action"] == "purge" and all(e["redacted"] for e in entries[1:])
    assert json.dumps(entries).find(PROBE) == -1
    assert cli("audit", "verify").code == 0

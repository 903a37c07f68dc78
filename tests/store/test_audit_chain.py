"""Every change leaves a hashed, chained audit entry; tampering is found."""

from __future__ import annotations

import json
from contextlib import nullcontext

import pytest
from sqlalchemy import select, text

from dpo_desk.services import organisation
from dpo_desk.store.audit import verify_chain
from dpo_desk.store.models import AuditEntry

pytestmark = pytest.mark.both_engines


def _entries(store) -> list[AuditEntry]:
    with store.read() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_a_change_records_who_what_before_and_after(store) -> None:
    with store.write() as session:
        organisation.update(session, name="First Oy")
    with store.write() as session:
        organisation.update(session, name="Second Oy")
    last = _entries(store)[-1]
    # On a server the entry also names the database user who wrote it.
    actor = "tester" if not store.is_server else f"tester as {store.db_user}"
    assert (last.actor, last.action, last.entity, last.record) == (actor, "update", "organisation", "organisation")
    assert json.loads(last.changes) == {"name": ["First Oy", "Second Oy"]}
    assert list(verify_chain(_entries(store))) == []


def test_the_trail_refuses_updates_and_deletes(store) -> None:
    with store.write() as session:
        organisation.update(session, name="First Oy")
    with store.engine.connect() as conn:
        for statement in ("UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log"):
            try:
                with conn.begin_nested() if store.is_server else nullcontext():
                    conn.execute(text(statement))
                raise AssertionError("the trigger should refuse: " + statement)
            except Exception as refused:
                assert "append-only" in str(refused)


def test_altered_removed_and_reordered_entries_are_found(store) -> None:
    for name in ("A Oy", "B Oy", "C Oy", "D Oy"):
        with store.write() as session:
            organisation.update(session, name=name)
    entries = _entries(store)
    altered = [*entries]
    altered[1] = _copy(entries[1], changes=entries[1].changes.replace("B Oy", "X Oy"))
    assert next(iter(verify_chain(altered))).entry_id == entries[1].id
    removed = entries[:1] + entries[2:]
    assert next(iter(verify_chain(removed))).entry_id == entries[2].id
    reordered = [entries[0], entries[2], entries[1], entries[3]]
    assert next(iter(verify_chain(reordered))).entry_id == entries[2].id


def _copy(entry: AuditEntry, **changes: object) -> AuditEntry:
    fields = {
        c: getattr(entry, c)
        for c in (
            "id",
            "at",
            "actor",
            "action",
            "entity",
            "record",
            "changes",
            "salt",
            "changes_digest",
            "prev_hash",
            "hash",
        )
    }
    fields.update(changes)
    return AuditEntry(**fields)


def test_a_link_hashes_exactly_the_json_text_it_always_has() -> None:
    """Existing stores' chains must still verify: the fast text is json.dumps(..., ensure_ascii=False)."""
    import hashlib

    from dpo_desk.store.audit import entry_hash

    awkward = ["plain", 'quote " and \\ backslash', "tab\tnew\nline\x00nul\x1f", "åäö €", "\u2028\u2029", "😀", ""]
    for text_value in awkward:
        values = [7, "2026-11-25T10:00:00.000000Z", text_value, "update", "request", text_value, text_value, "0" * 64]
        expected = hashlib.sha256(json.dumps(values, ensure_ascii=False).encode("utf-8")).hexdigest()
        assert entry_hash(*values) == expected
    legacy = [3, "2026-11-25T10:00:00.000000Z", "dpo", "create", "request", "DSR-2026-0001", None, "0" * 64]
    assert entry_hash(*legacy) == hashlib.sha256(json.dumps(legacy, ensure_ascii=False).encode()).hexdigest()

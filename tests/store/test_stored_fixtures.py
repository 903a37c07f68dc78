"""Stores written by earlier versions, kept as files, open and upgrade with today's code.

`tests/fixtures/store-0001.dpodesk` was written on 2026-11-25 by SQLCipher 4 (sqlcipher3 0.6.4) at
schema revision 0001, with an organisation in it. Its passphrase is below. Never regenerate it:
its worth is that it was made by an older program.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from sqlalchemy import select

from dpo_desk.services import audit_trail, organisation
from dpo_desk.store import Store, keying, migrations
from dpo_desk.store.audit import GENESIS, entry_hash
from dpo_desk.store.models import AuditEntry

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PASSPHRASE_0001 = "fixture passphrase ÅÄÖ 'quoted'"


def test_a_revision_0001_store_opens_upgrades_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.dpodesk"
    shutil.copyfile(FIXTURES / "store-0001.dpodesk", path)
    with Store.open(path, PASSPHRASE_0001) as store:
        assert store.schema_revision == migrations.HEAD
        with store.read() as session:
            org = organisation.get(session)
    assert (org.name, org.business_id, org.dpo_email) == ("Fixture Oy", "1234567-8", "dpo@fixture.example")
    (copy,) = tmp_path.glob("old.dpodesk.before-*.bak")
    conn = keying.connect(copy, PASSPHRASE_0001)  # the copy made before upgrading is still at 0001
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    finally:
        conn.close()


def test_the_fixture_is_a_plain_sqlcipher4_file(tmp_path: Path) -> None:
    path = tmp_path / "raw.dpodesk"
    shutil.copyfile(FIXTURES / "store-0001.dpodesk", path)
    assert not path.read_bytes().startswith(b"SQLite format 3")
    conn = keying.connect(path, PASSPHRASE_0001)
    try:
        assert conn.execute("SELECT name FROM organisation").fetchone()[0] == "Fixture Oy"
    finally:
        conn.close()


def _trail_after_upgrade(path: Path) -> tuple[list[audit_trail.EntryView], dict, bool]:
    with Store.open(path, PASSPHRASE_0001) as store, store.read() as session:
        entries = audit_trail.for_record(session, "audit")
        note = json.loads(session.get(AuditEntry, entries[-1].id).changes)
        sealed = all(row.changes_digest and row.salt for row in session.scalars(select(AuditEntry)))
        return audit_trail.fetch(session, 0, 1000, descending=False), note, sealed and audit_trail.verify(session).ok


def _legacy_trail(path: Path, names: tuple[str, ...], altered: str = "") -> str:
    """Entries as revision 0001 wrote them (the hash over the values themselves); returns the newest hash."""
    shutil.copyfile(FIXTURES / "store-0001.dpodesk", path)
    conn = keying.connect(path, PASSPHRASE_0001)
    prev = GENESIS
    for number, name in enumerate(names, start=1):
        at = f"2026-11-0{number}T10:00:00.000000Z"
        changes = json.dumps({"name": ["", name]})
        digest = entry_hash(number, at, "dpo", "update", "organisation", "organisation", changes, prev)
        written = changes.replace(name, altered) if altered and number == 1 else changes
        conn.execute(
            "INSERT INTO audit_log VALUES (?, ?, 'dpo', 'update', 'organisation', 'organisation', ?, ?, ?)",
            (number, at, written, prev, digest),
        )
        prev = digest
    conn.close()
    return prev


def test_the_upgrade_reseals_a_legacy_trail_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "old.dpodesk"
    newest = _legacy_trail(path, ("Fixture Oy", "Fixture Group Oy"))
    trail, note, sound = _trail_after_upgrade(path)
    assert sound
    assert [(e.id, e.action) for e in trail] == [(1, "update"), (2, "update"), (3, "reseal")]
    assert trail[1].changes[0].after == "Fixture Group Oy"
    assert note == {"resealed_entries": 2, "previous_newest_hash": newest, "faults_found_before": []}


def test_a_legacy_trail_altered_before_the_upgrade_keeps_the_fault_on_record(tmp_path: Path) -> None:
    path = tmp_path / "old.dpodesk"
    _legacy_trail(path, ("Fixture Oy", "Fixture Group Oy"), altered="Forged Oy")
    _, note, sound = _trail_after_upgrade(path)
    assert sound  # resealed: the chain verifies from here on...
    assert note["faults_found_before"] == ["1: its content does not match its hash (it was altered)"]  # ...on record

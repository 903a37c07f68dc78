"""Stores written by earlier versions, kept as files, open and upgrade with today's code.

`tests/fixtures/store-0001.dpodesk` was written on 2026-11-25 by SQLCipher 4 (sqlcipher3 0.6.4) at
schema revision 0001, with an organisation in it. Its passphrase is below. Never regenerate it:
its worth is that it was made by an older program.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from dpo_desk.services import organisation
from dpo_desk.store import Store, keying, migrations

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

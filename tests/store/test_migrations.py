"""Every earlier schema revision upgrades to the current one when a store is opened."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from dpo_desk.errors import StoreTooNew
from dpo_desk.store import Store, keying, migrations
from dpo_desk.store.engine import _make_engine
from tests.conftest import PASSPHRASE


def test_revision_list_matches_alembic_scripts() -> None:
    scripts = ScriptDirectory.from_config(migrations.alembic_config())
    chain = [rev.revision for rev in reversed(list(scripts.walk_revisions()))]
    assert chain == migrations.REVISIONS
    assert scripts.get_current_head() == migrations.HEAD


def _store_at(path: Path, revision: str) -> None:
    conn = keying.connect(path, PASSPHRASE)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    engine = _make_engine(path, PASSPHRASE)
    migrations.upgrade(engine, revision)
    engine.dispose()


@pytest.mark.parametrize("revision", migrations.REVISIONS[:-1])
def test_store_at_an_earlier_revision_upgrades_with_a_copy_first(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "old.dpodesk"
    _store_at(path, revision)
    with Store.open(path, PASSPHRASE) as store:
        assert store.schema_revision == migrations.HEAD
    copies = list(tmp_path.glob("old.dpodesk.before-*.bak"))
    assert len(copies) == 1
    conn = keying.connect(copies[0], PASSPHRASE)  # the copy is encrypted under the same key
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision
    conn.close()


def test_a_schema_newer_than_the_code_is_refused(store_path: Path) -> None:
    conn = keying.connect(store_path, PASSPHRASE)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    with pytest.raises(StoreTooNew):
        Store.open(store_path, PASSPHRASE)


def test_store_records_its_id_and_schema(store) -> None:
    assert len(store.store_id) == 36
    assert store.schema_revision == migrations.HEAD

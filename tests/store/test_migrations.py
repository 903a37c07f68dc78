"""Every earlier schema revision upgrades to the current one when a store is opened."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text

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


def test_0014_gives_the_cases_a_version_keeping_their_data(tmp_path: Path) -> None:
    """Working at the same time (issue 20 §3): requests and breaches existing before 0014 start at version 1."""
    path = tmp_path / "at-0013.dpodesk"
    _store_at(path, "0013")
    conn = keying.connect(path, PASSPHRASE)
    conn.execute(
        "INSERT INTO request (reference, type, channel, received_on, subject_name, subject_email, subject_contact, "
        "details, language, role, controller_name, forward_term_agreed, identity_status, identity_clock, status, "
        "outcome_reason, search_key, created_at) VALUES ('DSR-2026-0007', 'access', 'email', '2026-11-02', "
        "'Asta Example', 'asta@example.fi', '', 'old details', 'fi', 'controller', '', 0, 'not-needed', 'restart', "
        "'open', '', 'dsr-2026-0007 asta example asta@example.fi', '2026-11-02T08:00:00.000000Z')"
    )
    conn.close()
    with Store.open(path, PASSPHRASE) as store, store.read() as session:
        from dpo_desk.services import requests

        view = requests.show(session, "DSR-2026-0007")
        assert (view.subject_name, view.details, view.version) == ("Asta Example", "old details", 1)
        columns = {row[1]: row for row in session.execute(text("PRAGMA table_info(breach)"))}
        assert columns["version"][3] == 1 and columns["version"][4] == "1"  # NOT NULL DEFAULT 1

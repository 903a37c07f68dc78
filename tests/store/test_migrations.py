"""Every earlier schema revision upgrades to the current one when a store is opened.

On the server, every store of the suite is built from an empty database through every revision (the
`pg_template` fixture), and tests/server/test_server_upgrade.py upgrades a server at each earlier revision.
No revision downgrades, on either engine (each `downgrade()` refuses): a file's way back is the copy made
before the upgrade."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from dpo_desk.errors import StoreTooNew
from dpo_desk.store import Store, keying, migrations, server
from dpo_desk.store.engine import _make_engine
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.both_engines


def test_revision_list_matches_alembic_scripts() -> None:
    scripts = ScriptDirectory.from_config(migrations.alembic_config())
    chain = [rev.revision for rev in reversed(list(scripts.walk_revisions()))]
    assert chain == migrations.REVISIONS
    assert scripts.get_current_head() == migrations.HEAD


def _engine_of(location: Path | str):
    """A keyed engine on a store file, or one logged in as the owner of a server database."""
    if isinstance(location, str):
        return server.make_engine(server.server_url(location, PASSPHRASE), keying.BUSY_TIMEOUT_SECONDS)
    return _make_engine(location, PASSPHRASE)


def _store_at(location: Path | str, revision: str) -> None:
    if isinstance(location, str):
        engine = _engine_of(location)
        with engine.begin() as conn:
            server.create_schema_prerequisites(conn)
    else:
        conn = keying.connect(location, PASSPHRASE)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.close()
        engine = _engine_of(location)
    migrations.upgrade(engine, revision)
    engine.dispose()


def _execute(location: Path | str, statement: str, **values: object) -> None:
    engine = _engine_of(location)
    try:
        with engine.begin() as conn:
            conn.execute(text(statement), values)
    finally:
        engine.dispose()


@pytest.fixture
def new_location(engine: str, tmp_path: Path, request: pytest.FixtureRequest):
    """Where a store at an earlier revision is built: a new file, or an empty database of the test server."""
    if engine == "sqlite":
        yield tmp_path / "old.dpodesk"
        return
    cluster = request.getfixturevalue("pg_cluster")
    name = cluster.new_database()
    yield cluster.url(name)
    cluster.drop_database(name)


@pytest.mark.parametrize("revision", migrations.REVISIONS[:-1])
def test_a_store_file_at_an_earlier_revision_upgrades_with_a_copy_first(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "old.dpodesk"
    _store_at(path, revision)
    with Store.open(path, PASSPHRASE) as store:
        assert store.schema_revision == migrations.HEAD
    copies = list(tmp_path.glob("old.dpodesk.before-*.bak"))
    assert len(copies) == 1
    conn = keying.connect(copies[0], PASSPHRASE)  # the copy is encrypted under the same key
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision
    conn.close()


def test_a_schema_newer_than_the_code_is_refused(store_path) -> None:
    _execute(store_path, "UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreTooNew):
        Store.open(store_path, PASSPHRASE)


def test_store_records_its_id_and_schema(store) -> None:
    assert len(store.store_id) == 36
    assert store.schema_revision == migrations.HEAD


def test_0014_gives_the_cases_a_version_keeping_their_data(new_location) -> None:
    """Working at the same time (issue 20 §3): requests and breaches existing before 0014 start at version 1."""
    _store_at(new_location, "0013")
    _execute(
        new_location,
        "INSERT INTO request (reference, type, channel, received_on, subject_name, subject_email, subject_contact, "
        "details, language, role, controller_name, forward_term_agreed, identity_status, identity_clock, status, "
        "outcome_reason, search_key, created_at) VALUES ('DSR-2026-0007', 'access', 'email', '2026-11-02', "
        "'Asta Example', 'asta@example.fi', '', 'old details', 'fi', 'controller', '', :agreed, 'not-needed', "
        "'restart', 'open', '', 'dsr-2026-0007 asta example asta@example.fi', '2026-11-02T08:00:00.000000Z')",
        agreed=False,
    )
    with Store.open(new_location, PASSPHRASE) as store, store.read() as session:
        from dpo_desk.services import requests

        view = requests.show(session, "DSR-2026-0007")
        assert (view.subject_name, view.details, view.version) == ("Asta Example", "old details", 1)
        columns = {column["name"]: column for column in inspect(session.connection()).get_columns("breach")}
        assert not columns["version"]["nullable"] and columns["version"]["default"].strip("'") == "1"

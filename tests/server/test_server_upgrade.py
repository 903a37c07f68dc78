"""Issue 20: an office's server set up by an older version is upgraded by its owner's `server init`, keeps its
data and users, and until then refuses everyone else with one line that says what to do."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text

from dpo_desk.store import migrations, server
from tests.conftest import PASSPHRASE

NEW_PASSWORD = "an analyst's long password"


def _server_at(pg_cluster, revision: str) -> str:
    """A database as `server init` of the version at `revision` left it: schema, the store's identity, the
    roles and one analyst; the organisation's name set by hand (the models of today don't fit the old schema)."""
    database = pg_cluster.new_database()
    engine = server.make_engine(server.server_url(pg_cluster.url(database), PASSPHRASE), 15)
    try:
        with engine.begin() as conn:
            server.create_schema_prerequisites(conn)
        migrations.upgrade(engine, revision)
        with engine.begin() as conn:
            conn.execute(
                text("INSERT INTO store_meta (key, value) VALUES ('store_id', :id), ('created_at', :at)"),
                {"id": str(uuid.uuid4()), "at": "2026-01-05T09:00:00+02:00"},
            )
            conn.execute(text("INSERT INTO organisation (id, name) VALUES (1, 'Vanha Pilvi Oy')"))
            server.set_up_roles(conn)
            server.add_user(conn, f"ana_{database}", "analyst", NEW_PASSWORD)
    finally:
        engine.dispose()
    return database


@pytest.fixture
def run(pg_cluster, capsys, monkeypatch, clock):
    from dpo_desk.cli.main import main

    def command(url: str, *args: str, password: str = PASSPHRASE) -> tuple[int, str, str]:
        monkeypatch.setenv("DPO_DESK_PASSPHRASE", password)
        capsys.readouterr()
        code = main(["--store", url, *args], clock=clock)
        out, err = capsys.readouterr()
        assert "Traceback" not in err and "internal error" not in err, err
        return code, out, err

    return command


@pytest.mark.parametrize("revision", migrations.REVISIONS[:-1])
def test_an_older_server_is_upgraded_by_its_owner_and_keeps_its_data_and_users(pg_cluster, run, revision) -> None:
    database = _server_at(pg_cluster, revision)
    owner = pg_cluster.url(database)
    analyst = pg_cluster.url(database, f"ana_{database}")
    try:
        code, _, err = run(analyst, "request", "list", password=NEW_PASSWORD)
        assert code == 1 and len(err.strip().splitlines()) == 1, err
        assert f"at revision {revision}" in err and "server init" in err
        with pg_cluster.admin(database) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision

        code, out, err = run(owner, "server", "init", owner)
        assert code == 0, err
        assert f"schema revision {migrations.HEAD}" in out

        code, out, err = run(
            analyst,
            "request",
            "add",
            "--type",
            "access",
            "--received",
            "2026-11-20",
            "--subject",
            "Aino Virtanen",
            password=NEW_PASSWORD,
        )
        assert code == 0, err
        assert out.strip() == "DSR-2026-0001"
        code, out, _ = run(analyst, "request", "list", "--search", "VIRTA", password=NEW_PASSWORD)  # revision 0015
        assert code == 0 and "DSR-2026-0001" in out
        code, out, _ = run(analyst, "org", "show", password=NEW_PASSWORD)
        assert code == 0 and "Vanha Pilvi Oy" in out
        code, out, _ = run(owner, "server", "user", "list")
        assert out.split() == [f"ana_{database}", "analyst"]
        code, _, err = run(owner, "audit", "verify")
        assert code == 0, err
    finally:
        pg_cluster.drop_database(database)
        with pg_cluster.admin() as conn:
            for (role,) in conn.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (f"%{database}%",)):
                conn.execute(f'DROP ROLE IF EXISTS "{role}"')

"""`server init` and `server user`: roles the database itself enforces, whatever client connects."""

from __future__ import annotations

import psycopg
import pytest

from tests.conftest import PASSPHRASE

NEW_PASSWORD = "a long password for a colleague, 'quoted' ÅÄÖ"


@pytest.fixture
def server(pg_cluster, capsys, monkeypatch, clock):
    """An empty database set up with `server init` by its owner, and a runner of the command line."""
    from dpo_desk.cli.main import main

    database = pg_cluster.new_database()
    owner_url = pg_cluster.url(database)

    def run(*args: object, user: str | None = None, password: str = PASSPHRASE, ok: bool | None = True):
        monkeypatch.setenv("DPO_DESK_PASSPHRASE", password)
        monkeypatch.setenv("DPO_DESK_NEW_PASSPHRASE", NEW_PASSWORD)
        capsys.readouterr()
        url = pg_cluster.url(database, user) if user else owner_url
        code = main(["--store", url, *map(str, args)], clock=clock)
        out, err = capsys.readouterr()
        assert "Traceback" not in err and "internal error" not in err, err
        if ok is True:
            assert code == 0, err
        elif ok is False:
            assert code != 0, out
            assert len(err.strip().splitlines()) == 1, err
        return code, out, err

    run("server", "init", owner_url)
    for name, role in (("ana", "analyst"), ("aud", "auditor"), ("boss", "dpo")):
        run("server", "user", "add", f"{name}_{database}", "--role", role)
    run.database = database
    run.url = owner_url
    run.connect = lambda name: psycopg.connect(
        host="127.0.0.1", port=pg_cluster.port, dbname=database, user=f"{name}_{database}", password=NEW_PASSWORD
    )
    yield run
    pg_cluster.drop_database(database)
    with pg_cluster.admin() as conn:
        for name in ("ana", "aud", "boss"):
            conn.execute(f"DROP ROLE IF EXISTS {name}_{database}")
        for role in ("dpo", "analyst", "auditor"):
            conn.execute(f"DROP ROLE IF EXISTS {database}_{role}")


def _refused(conn: psycopg.Connection, statement: str) -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(statement)
    conn.rollback()


def test_users_are_listed_with_their_roles(server) -> None:
    db = server.database
    _, out, _ = server("server", "user", "list")
    assert out.split() == [f"ana_{db}", "analyst", f"aud_{db}", "auditor", f"boss_{db}", "dpo"]
    server("server", "user", "remove", f"aud_{db}")
    _, out, _ = server("server", "user", "list")
    assert f"aud_{db}" not in out
    _, _, err = server("server", "user", "remove", "nobody_here", ok=False)
    assert "not a user" in err


def test_an_auditor_reads_but_cannot_write_even_with_raw_sql(server) -> None:
    server("request", "add", "--type", "access", "--received", "2026-03-02", "--subject", "Väinö Mäkinen")
    with server.connect("aud") as conn:
        assert conn.execute("SELECT count(*) FROM request").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] >= 1
        _refused(
            conn,
            "INSERT INTO audit_log (id, at, actor, action, entity, record, changes, prev_hash, hash) "
            "VALUES (99999, 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x')",
        )
        _refused(conn, "UPDATE request SET subject_name = 'x'")
        _refused(conn, "DELETE FROM request")
        _refused(conn, "INSERT INTO setting (key, value) VALUES ('x', '1')")
        _refused(conn, "UPDATE store_meta SET value = 'x'")
    # The program as an auditor: reads and verifies; a write is refused in one line.
    user = f"aud_{server.database}"
    _, out, _ = server("request", "list", user=user, password=NEW_PASSWORD)
    assert "Väinö" in out
    server("audit", "verify", user=user, password=NEW_PASSWORD)
    _, _, err = server(
        "request", "add", "--type", "access", "--received", "2026-03-02", "--subject", "X Y",
        user=user, password=NEW_PASSWORD, ok=False,
    )  # fmt: skip
    assert "refused" in err and "permission denied" in err


def test_an_analyst_works_cases_but_cannot_rewrite_the_trail_or_settings(server) -> None:
    user = f"ana_{server.database}"
    _, out, _ = server(
        "request", "add", "--type", "erasure", "--received", "2026-03-02", "--subject", "Åsa Söderström",
        user=user, password=NEW_PASSWORD,
    )  # fmt: skip
    reference = out.strip().splitlines()[-1]
    with server.connect("ana") as conn:
        actor = conn.execute("SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0]
        assert actor.endswith(f" as {user}")  # the database user who made the entry
        _refused(conn, "UPDATE audit_log SET actor = 'someone else'")
        _refused(conn, "DELETE FROM audit_log")
        _refused(conn, "UPDATE setting SET value = '1'")
        _refused(conn, "UPDATE organisation SET name = 'x'")
        # The store's identity is out of reach (row-level security: only the trail's head moves).
        assert conn.execute("UPDATE store_meta SET value = 'x' WHERE key = 'store_id'").rowcount == 0
        _refused(conn, "CREATE ROLE sneaky LOGIN")
        # An entry that does not name its database user is refused by the server, not only by the program.
        with pytest.raises(psycopg.errors.RaiseException):
            conn.execute(
                "INSERT INTO audit_log (id, at, actor, action, entity, record, changes, prev_hash, hash) "
                "VALUES (99999, 'x', 'the DPO', 'x', 'x', 'x', 'x', 'x', 'x')"
            )
        conn.rollback()
    _, _, err = server("org", "set", "--name", "Analyst Oy", user=user, password=NEW_PASSWORD, ok=False)
    assert "permission denied" in err
    _, _, err = server("server", "user", "add", "friend", "--role", "dpo", user=user, password=NEW_PASSWORD, ok=False)
    assert "permission denied" in err
    # The DPO reads what the analyst did; the chain verifies.
    _, out, _ = server("request", "show", reference, user=f"boss_{server.database}", password=NEW_PASSWORD)
    assert "Söderström" in out
    server("audit", "verify")


def test_the_dpo_manages_users_and_settings(server) -> None:
    boss = f"boss_{server.database}"
    server("org", "set", "--name", "Toimisto Oy", user=boss, password=NEW_PASSWORD)
    server("server", "user", "add", f"new_{server.database}", "--role", "auditor", user=boss, password=NEW_PASSWORD)
    _, out, _ = server("server", "user", "list", user=boss, password=NEW_PASSWORD)
    assert f"new_{server.database}\tauditor" in out
    server("server", "user", "remove", f"new_{server.database}", user=boss, password=NEW_PASSWORD)
    server("audit", "verify", user=boss, password=NEW_PASSWORD)


def test_a_wrong_password_is_one_clear_line(server) -> None:
    _, _, err = server("request", "list", user=f"ana_{server.database}", password="not it", ok=False)
    assert "refused the password" in err and "not it" not in err


def test_only_the_dpo_purges_and_an_auditor_exports(server, tmp_path) -> None:
    _, out, _ = server("request", "add", "--type", "access", "--received", "2026-03-02", "--subject", "Old Case")
    reference = out.strip().splitlines()[-1]
    server("request", "close", reference, "--outcome", "fulfilled", "--replied", "2026-03-10")
    analyst, boss, auditor = (f"{n}_{server.database}" for n in ("ana", "boss", "aud"))
    _, _, err = server(
        "retention", "purge", "--as-of", "2040-01-01", "--yes", user=analyst, password=NEW_PASSWORD, ok=False
    )
    assert "permission denied" in err
    server("request", "show", reference, user=analyst, password=NEW_PASSWORD)  # nothing was removed
    server("export", "--json", tmp_path / "audit.json", user=auditor, password=NEW_PASSWORD)
    assert reference in (tmp_path / "audit.json").read_text(encoding="utf-8")
    server("retention", "purge", "--as-of", "2040-01-01", "--yes", user=boss, password=NEW_PASSWORD)
    server("request", "show", reference, ok=False)
    server("audit", "verify", user=auditor, password=NEW_PASSWORD)


def test_init_again_is_harmless_and_keeps_users(server) -> None:
    server("server", "init", server.url)
    _, out, _ = server("server", "user", "list")
    assert len(out.strip().splitlines()) == 3
    server("request", "list", user=f"ana_{server.database}", password=NEW_PASSWORD)

"""The store on a PostgreSQL server: opened by URL, the same schema, writes and the audit chain."""

from __future__ import annotations

import pytest

from tests.conftest import PASSPHRASE


def test_a_server_store_opens_by_url_and_keeps_cases(pg_cluster, pg_database, clock) -> None:
    from dpo_desk.services import requests
    from dpo_desk.store import Store

    store = Store.open(pg_cluster.url(pg_database), PASSPHRASE, actor="tester", clock=clock)
    try:
        assert store.is_server
        with store.write() as session:
            reference = requests.add(session, type="access", received="2026-03-02", subject="Väinö Mäkinen")
        with store.read() as session:
            assert requests.show(session, reference).subject_name == "Väinö Mäkinen"
    finally:
        store.close()


def test_the_url_follows_libpq_conventions() -> None:
    from dpo_desk.store import server

    remote = server.server_url("postgresql://ana@db.example.fi:5433/office", "pw")
    assert remote.drivername == "postgresql+psycopg" and remote.query["sslmode"] == "require"
    assert remote.password == "pw" and remote.port == 5433 and remote.database == "office"
    assert "sslmode" not in server.server_url("postgresql://ana@localhost/office").query
    assert server.server_url("postgresql://ana@db.example.fi/office?sslmode=verify-full").query["sslmode"] == (
        "verify-full"
    )
    assert server.server_url("postgresql://ana@db.example.fi/office").password is None  # libpq: PGPASSWORD, .pgpass
    assert server.display(server.server_url("postgresql://ana:secret@db.example.fi/office")) == (
        "postgresql://ana@db.example.fi/office"
    )
    assert server.is_server_url("postgres://a@b/c") and not server.is_server_url("/home/ana/store.dpodesk")


def test_libpq_finds_the_password_in_pgpassword(pg_cluster, pg_database, monkeypatch) -> None:
    from dpo_desk.store import Store

    monkeypatch.setenv("PGPASSWORD", PASSPHRASE)
    with Store.open(pg_cluster.url(pg_database), None) as store:
        assert store.db_user == "dpo_owner"


@pytest.mark.both_engines
def test_file_operations_are_refused_on_a_server_in_one_line(cli, engine, tmp_path) -> None:
    if engine != "postgresql":
        pytest.skip("the file store's backups, restores and rekeys have their own tests")
    for args in (("backup", tmp_path / "b.dpodesk"), ("rekey",), ("restore", tmp_path / "b.dpodesk")):
        result = cli(*args, ok=False, env={"DPO_DESK_NEW_PASSPHRASE": "a new long passphrase 123"})
        assert "is for a store file" in result.err
    assert not (tmp_path / "b.dpodesk").exists()


@pytest.mark.both_engines
def test_concurrent_writers_lose_nothing_and_references_stay_unique(store_path, engine, clock) -> None:
    """Several connections add requests at once: every one stored, references gap-free, the chain sound."""
    import threading

    from sqlalchemy import select

    from dpo_desk.services import audit_trail, requests
    from dpo_desk.store import Store
    from dpo_desk.store.models.requests import Request

    writers, each = 4, 10
    errors: list[BaseException] = []

    def write(number: int) -> None:
        try:
            with Store.open(store_path, PASSPHRASE, actor=f"writer{number}", clock=clock) as mine:
                for i in range(each):
                    with mine.write() as session:
                        requests.add(session, type="access", received="2026-03-02", subject=f"W{number} R{i}")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with Store.open(store_path, PASSPHRASE, clock=clock) as store, store.read() as session:
        references = sorted(session.scalars(select(Request.reference)))
        assert len(references) == len(set(references)) == writers * each
        numbers = sorted(int(r.rsplit("-", 1)[1]) for r in references)
        assert numbers == list(range(1, writers * each + 1))
        assert audit_trail.verify(session).faults == []


def test_the_window_opens_a_server_store_from_its_url(pg_cluster, pg_database, monkeypatch) -> None:
    import argparse

    from dpo_desk.ui.app import obtain_store

    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    store, banner = obtain_store(argparse.Namespace(store=pg_cluster.url(pg_database), demo=False))
    try:
        assert store.is_server and banner == ""
    finally:
        store.close()


def test_no_password_anywhere_is_one_clear_line(pg_cluster, pg_database, monkeypatch, capsys, tmp_path) -> None:
    from dpo_desk.cli.main import main

    for name in ("DPO_DESK_PASSPHRASE", "PGPASSWORD"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    assert main(["--store", pg_cluster.url(pg_database), "request", "list"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "refused the password" in err[0] and "PGPASSWORD" in err[0]
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    (tmp_path / "pgpass").write_text(f"127.0.0.1:{pg_cluster.port}:*:dpo_owner:{PASSPHRASE}\n", encoding="utf-8")
    (tmp_path / "pgpass").chmod(0o600)
    assert main(["--store", pg_cluster.url(pg_database), "request", "list"]) == 0  # libpq read ~/.pgpass

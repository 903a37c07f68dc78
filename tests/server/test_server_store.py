"""The store on a PostgreSQL server: opened by URL, the same schema, writes and the audit chain."""

from __future__ import annotations

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

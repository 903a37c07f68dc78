"""The whole demo company (every module's cases, timelines, notifications, register, records and the
audit trail) goes out as JSON and comes back exactly, and a second import of it changes nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dpo_desk import demo
from dpo_desk.services import exchange
from dpo_desk.store import Store
from tests.conftest import PASSPHRASE
from tests.core.test_exchange import _export, assert_same_content

pytestmark = pytest.mark.both_engines


def test_the_demo_store_round_trips_exactly(store, tmp_path: Path) -> None:
    with store.write() as session:
        demo.populate(session, dt.date(2026, 11, 25))
    first = _export(store, tmp_path / "first.json")
    filled = {name: len(rows) for name, rows in first["tables"].items() if rows}
    assert filled["organisation"] == 1 and filled["audit_log"] > 0

    target = Store.create(tmp_path / "target.dpodesk", PASSPHRASE)
    try:
        document = exchange.read_document(tmp_path / "first.json")
        with target.write() as session:
            assert exchange.apply_import(session, document).exact
        second = _export(target, tmp_path / "second.json")
        assert_same_content(first, second)
        with target.read() as session:
            again = exchange.plan_import(session, document)
        assert {name: (p.added, p.changed) for name, p in again.tables.items() if p.added or p.changed} == {}
    finally:
        target.close()

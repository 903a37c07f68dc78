"""The shared lazy table model: pages arrive through Ops, sorting and filters start again from page one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from dpo_desk.store.models import Setting
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.widgets.paged_table import Column, PagedTableModel

pytestmark = pytest.mark.both_engines


def _fill(store, n: int) -> None:
    with store.write() as session:
        session.add_all(Setting(key=f"probe.{i:04d}", value=str(i)) for i in range(n))


def _fetch(prefix: str):
    def fetch(session, offset, limit, sort_key, descending):
        column = getattr(Setting, sort_key)
        query = select(Setting.key, Setting.value).where(Setting.key.startswith(prefix))
        query = query.order_by(column.desc() if descending else column).offset(offset).limit(limit)
        return [{"key": k, "value": v} for k, v in session.execute(query)]

    def count(session):
        return session.scalar(select(func.count()).select_from(Setting).where(Setting.key.startswith(prefix)))

    return fetch, count


def _model(qtbot, store, prefix: str = "probe.") -> PagedTableModel:
    ops = Ops(store)
    fetch, count = _fetch(prefix)
    model = PagedTableModel(
        ops,
        [Column("key", "Key"), Column("value", "Value", display=lambda row: f"#{row['value']}")],
        fetch,
        count,
        page_size=100,
        tone=lambda row: "overdue" if row["value"] == "0" else None,
    )
    with qtbot.waitSignal(model.rows_did_load, timeout=10000):
        model.reload()
    ops.wait_idle()
    return model


def test_first_page_then_more_on_demand(qtbot, store) -> None:
    _fill(store, 250)
    model = _model(qtbot, store)
    assert model.total == 250
    assert model.rowCount() == 100
    assert model.data(model.index(0, 0)) == "probe.0000"
    assert model.data(model.index(3, 1)) == "#3"  # a column may render from the whole row
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert model.canFetchMore()
    with qtbot.waitSignal(model.rows_did_load, timeout=10000):
        model.fetchMore()
    assert model.rowCount() == 200
    with qtbot.waitSignal(model.rows_did_load, timeout=10000):
        model.fetchMore()
    assert model.rowCount() == 250
    assert not model.canFetchMore()
    assert model.data(model.index(249, 0)) == "probe.0249"


def test_sorting_and_a_new_query_start_again(qtbot, store) -> None:
    _fill(store, 120)
    model = _model(qtbot, store)
    with qtbot.waitSignal(model.rows_did_load, timeout=10000):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0)) == "probe.0119"
    assert model.rowCount() == 100
    with qtbot.waitSignal(model.rows_did_load, timeout=10000):
        model.set_query(*_fetch("probe.011"))
    assert [row["key"] for row in model.rows()] == [f"probe.{i:04d}" for i in range(119, 109, -1)]
    assert model.total == 10


def test_a_page_of_an_abandoned_query_is_dropped(qtbot, store) -> None:
    _fill(store, 30)
    model = _model(qtbot, store)
    model.set_query(*_fetch("probe.000"))  # still in flight when the next query replaces it
    with qtbot.waitSignal(model.rows_did_load, timeout=10000):
        model.set_query(*_fetch("probe.002"))
    model.ops.wait_idle()
    assert [row["key"] for row in model.rows()] == [f"probe.{i:04d}" for i in range(20, 30)]


def test_reload_in_place_keeps_the_selection_by_reference_as_rows_come_and_go(qtbot, store) -> None:
    from PySide6.QtWidgets import QTableView

    shown = ["R1", "R2", "R3", "R4", "R5"]

    def fetch(session, offset, limit, sort_key, descending):
        return [{"reference": r} for r in shown[offset : offset + limit]]

    ops = Ops(store)
    model = PagedTableModel(ops, [Column("reference", "Reference")], fetch, lambda session: len(shown))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    with qtbot.waitSignal(model.rows_did_load, timeout=10000):
        model.reload()
    view.selectRow(3)  # R4

    def selected() -> list[str]:
        return [model.row_at(index.row())["reference"] for index in view.selectionModel().selectedRows()]

    shown[:] = ["R0", "R1", "R2", "R3", "R4", "R5", "R6"]  # more rows, two of them above
    with qtbot.waitSignal(model.rows_did_load, timeout=10000):
        model.reload_in_place()
    assert [row["reference"] for row in model.rows()] == shown and model.total == 7
    assert selected() == ["R4"] and view.currentIndex().row() == 4

    shown[:] = ["R4", "R6"]  # fewer rows: the selected one moves up, the rest go
    with qtbot.waitSignal(model.rows_did_load, timeout=10000):
        model.reload_in_place()
    assert [row["reference"] for row in model.rows()] == shown and model.rowCount() == 2
    assert selected() == ["R4"] and view.currentIndex().row() == 0

    shown[:] = ["R6"]  # the selected row is gone: nothing is selected, nothing breaks
    with qtbot.waitSignal(model.rows_did_load, timeout=10000):
        model.reload_in_place()
    assert selected() == [] and model.rowCount() == 1
    ops.wait_idle()

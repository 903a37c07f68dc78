"""The home page and the deadlines page under pytest-qt, on a store with the stand-in case modules."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCharts import QHorizontalBarSeries, QPieSeries, QStackedBarSeries
from PySide6.QtCore import Qt

from dpo_desk.ui.app import build_window
from tests.fake_cases import SAMPLE_NOW, SAMPLE_ORDER, fill_sample, install


class Recorder:
    """Stands in for the window as a page's navigator: remembers what the page asked to open."""

    def __init__(self, window) -> None:
        self.window = window
        self.opened: list[str] = []
        self.shown: list[str] = []

    def open_case(self, reference: str) -> None:
        self.opened.append(reference)

    def show_page(self, key: str) -> None:
        self.shown.append(key)

    def notify(self, message: str) -> None:
        pass


@pytest.fixture
def window(qtbot, store):
    made = build_window(store)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made
    made.close()


def _load(window, key: str, now: dt.datetime = SAMPLE_NOW):
    page = window.pages[key]
    page.clock = lambda: now
    recorder = Recorder(window)
    page.navigator = recorder
    window.show_page(key)
    window.wait_loaded()
    page.refresh()  # again, now with the test's clock
    window.wait_loaded()
    return page, recorder


def test_home_cards_lists_and_charts(window, monkeypatch, qtbot) -> None:
    fill_sample(install(monkeypatch))
    page, recorder = _load(window, "home")
    assert page.stack.currentWidget() is page.dashboard_view
    assert {k: c.number.text() for k, c in page.cards.items()} == {
        "requests": "5",
        "breaches": "2",
        "register": "1",
        "records": "0",
    }
    overdue = [page.overdue_list.item(i) for i in range(page.overdue_list.count())]
    assert [i.data(Qt.ItemDataRole.UserRole + 1) for i in overdue] == ["BR-2026-0001", "DSR-2026-0003"]
    assert all(i.foreground().color().name() == "#b42318" for i in overdue)
    assert "10 days late" in overdue[0].text()
    soon = [page.soon_list.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(page.soon_list.count())]
    assert soon == ["BR-2026-0002", "SP-0001", "DSR-2026-0004", "SP-0003"]

    rect = page.overdue_list.visualItemRect(overdue[1])
    qtbot.mouseClick(page.overdue_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert recorder.opened == ["DSR-2026-0003"]

    (stacked,) = page.requests_chart.chart().series()
    assert isinstance(stacked, QStackedBarSeries)
    sets = {s.label(): [s.at(i) for i in range(s.count())] for s in stacked.barSets()}
    assert set(sets) == {"Access", "Erasure", "Objection"}
    assert sets["Access"][-1] == 3 and sets["Access"][-3] == 2 and sum(sets["Access"]) == 5
    (pie,) = page.on_time_chart.chart().series()
    assert isinstance(pie, QPieSeries)
    assert [s.value() for s in pie.slices()] == [5, 1]
    assert "83 %" in page.on_time_chart.chart().title()
    (causes,) = page.causes_chart.chart().series()
    assert isinstance(causes, QHorizontalBarSeries)
    bars = causes.barSets()[0]
    assert sorted(bars.at(i) for i in range(bars.count())) == [1, 2]


def test_home_card_click_shows_the_module(window, monkeypatch, qtbot) -> None:
    fill_sample(install(monkeypatch))
    page, recorder = _load(window, "home")
    qtbot.mouseClick(page.cards["breaches"], Qt.MouseButton.LeftButton)
    assert recorder.shown == ["breaches"]


def test_home_empty_state_when_nothing_is_there(window, monkeypatch) -> None:
    install(monkeypatch, ("requests",))
    page, _ = _load(window, "home")
    assert page.stack.currentWidget() is page.empty
    assert page.empty.isVisible()


def test_home_marks_an_absent_module_not_in_use(window, monkeypatch) -> None:
    cases = fill_sample(install(monkeypatch, ("requests", "breaches")))
    assert cases.counts["requests"] == 5
    page, _ = _load(window, "home")
    assert page.cards["register"].number.text() == "—"
    assert page.cards["register"].note.text() == "not in use"


def test_deadlines_table_sorts_filters_and_opens(window, monkeypatch, qtbot) -> None:
    fill_sample(install(monkeypatch))
    page, recorder = _load(window, "deadlines")
    assert page.visible_references() == SAMPLE_ORDER
    first = page.proxy.index(0, 0)
    assert first.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#fde2e1"  # overdue in red
    assert page.proxy.index(2, 0).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#fff4ce"

    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # by reference
    assert page.visible_references()[:2] == ["BR-2026-0001", "BR-2026-0002"]
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert page.visible_references() == list(reversed(SAMPLE_ORDER))
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    page.module_filter.setCurrentIndex(page.module_filter.findData("register"))
    assert page.visible_references() == ["SP-0001", "SP-0003"]
    page.module_filter.setCurrentIndex(0)
    page.show_filter.setCurrentIndex(page.show_filter.findData("overdue"))
    assert page.visible_references() == ["BR-2026-0001", "DSR-2026-0003"]
    page.show_filter.setCurrentIndex(page.show_filter.findData("within"))
    page.days.setValue(2)
    assert page.visible_references() == ["BR-2026-0002", "SP-0001", "DSR-2026-0004"]

    row = page.table.visualRect(page.proxy.index(2, 2))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    assert recorder.opened == ["DSR-2026-0004"]


def test_deadlines_export_writes_the_calendar(window, monkeypatch, tmp_path, qtbot) -> None:
    import icalendar

    fill_sample(install(monkeypatch))
    page, _ = _load(window, "deadlines")
    target = tmp_path / "from-window.ics"
    page.choose_ics_path = lambda: str(target)
    page.export_calendar()
    window.wait_loaded()
    qtbot.waitUntil(lambda: "Wrote 7" in page.message.text(), timeout=10000)
    assert len(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")) == 7


def test_deadlines_empty_state(window, monkeypatch) -> None:
    install(monkeypatch)
    page, _ = _load(window, "deadlines")
    assert page.body.currentWidget() is page.empty
    assert not page.export_button.isEnabled()


def test_home_enter_on_a_due_soon_item_opens_it(window, monkeypatch, qtbot) -> None:
    fill_sample(install(monkeypatch))
    page, recorder = _load(window, "home")
    page.soon_list.setFocus()
    page.soon_list.setCurrentRow(1)
    qtbot.keyClick(page.soon_list, Qt.Key.Key_Return)
    assert recorder.opened == ["SP-0001"]

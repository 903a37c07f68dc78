"""The home page and the deadlines page under pytest-qt, on a store holding the sample company."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCharts import QHorizontalBarSeries, QPieSeries, QStackedBarSeries
from PySide6.QtCore import Qt

from dpo_desk.ui.app import build_window
from dpo_desk.ui.pages.deadlines import REFERENCE_ROLE
from tests.sample_company import SAMPLE_NOW, SAMPLE_ORDER, SAMPLE_OVERDUE, fill_sample

pytestmark = pytest.mark.both_engines


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


def test_home_cards_lists_and_charts(window, store, qtbot) -> None:
    fill_sample(store)
    page, recorder = _load(window, "home")
    assert page.stack.currentWidget() is page.dashboard_view
    assert {k: c.number.text() for k, c in page.cards.items()} == {
        "requests": "2",
        "breaches": "2",
        "register": "1",
        "records": "1",
    }
    # small tables: when first, then case, what, title; never scrolling sideways
    assert page.overdue_list.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    overdue = [page.overdue_list.item(row, 0) for row in range(page.overdue_list.rowCount())]
    assert [i.data(Qt.ItemDataRole.UserRole + 1) for i in overdue] == SAMPLE_OVERDUE
    assert all(i.foreground().color().name() == "#b42318" for i in overdue)
    assert overdue[0].text() == "10 days late"
    assert page.overdue_list.item(0, 1).text() == SAMPLE_OVERDUE[0]
    soon = [page.soon_list.item(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(page.soon_list.rowCount())]
    assert soon == ["BR-2026-0002", "SP-0001", "DSR-2026-0004", "SP-0003"]
    # the cards count what is overdue in their module
    assert page.cards["breaches"].overdue.text() == "1 overdue"
    assert page.cards["register"].overdue.text() == ""

    rect = page.overdue_list.visualItemRect(page.overdue_list.item(1, 2))
    qtbot.mouseClick(page.overdue_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert recorder.opened == ["DSR-2026-0003"]

    (stacked,) = page.requests_chart.chart().series()
    assert isinstance(stacked, QStackedBarSeries)
    sets = {s.label(): [s.at(i) for i in range(s.count())] for s in stacked.barSets()}
    assert set(sets) == {"Access", "Erasure", "Objection"}
    assert sets["Access"][-1] == 2 and sets["Access"][-3] == 1 and sum(sets["Access"]) == 5
    (pie,) = page.on_time_chart.chart().series()
    assert isinstance(pie, QPieSeries)
    assert [s.value() for s in pie.slices()] == [6, 1]
    assert "86 %" in page.chart_titles[page.on_time_chart].text()  # the title says over which months
    (causes,) = page.causes_chart.chart().series()
    assert isinstance(causes, QHorizontalBarSeries)
    assert sorted(bars.at(0) for bars in causes.barSets()) == [1, 2]
    # names in wrapping legends under the charts, never cut short on an axis
    assert "Misdelivery&nbsp;(2)" in page.chart_legends[page.causes_chart].text()
    assert "Objection" in page.chart_legends[page.requests_chart].text()


def test_home_card_click_shows_the_module(window, store, qtbot) -> None:
    fill_sample(store)
    page, recorder = _load(window, "home")
    qtbot.mouseClick(page.cards["breaches"], Qt.MouseButton.LeftButton)
    assert recorder.shown == ["breaches"]


def test_home_empty_state_when_nothing_is_there(window) -> None:
    page, _ = _load(window, "home")
    assert page.stack.currentWidget() is page.empty
    assert page.empty.isVisible()


def test_deadlines_table_sorts_filters_and_opens(window, store, qtbot) -> None:
    fill_sample(store)
    page, recorder = _load(window, "deadlines")
    assert page.visible_references() == SAMPLE_ORDER
    first = page.proxy.index(0, 0)
    assert first.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#fde2e1"  # overdue in red
    # the breach notification inside its 72 hours: "urgent" on the scale every module shares
    assert page.proxy.index(2, 0).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#ffdcb8"

    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # by reference
    assert page.visible_references()[:2] == ["BR-2026-0001", "BR-2026-0002"]
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert page.visible_references() == list(reversed(SAMPLE_ORDER))
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    page.module_filter.setCurrentIndex(page.module_filter.findData("register"))
    assert page.visible_references() == ["SP-0001", "SP-0003"]
    page.module_filter.setCurrentIndex(0)
    page.show_filter.setCurrentIndex(page.show_filter.findData("overdue"))
    assert page.visible_references() == SAMPLE_OVERDUE
    page.show_filter.setCurrentIndex(page.show_filter.findData("within"))
    page.days.setValue(2)
    assert page.visible_references() == ["BR-2026-0002", "SP-0001", "DSR-2026-0004"]

    row = page.table.visualRect(page.proxy.index(2, 2))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    assert recorder.opened == ["DSR-2026-0004"]


def test_deadlines_export_writes_the_calendar(window, store, tmp_path, qtbot) -> None:
    import icalendar

    fill_sample(store)
    page, _ = _load(window, "deadlines")
    target = tmp_path / "from-window.ics"
    page.choose_ics_path = lambda: str(target)
    page.export_calendar()
    window.wait_loaded()
    qtbot.waitUntil(lambda: "Wrote 8" in page.message.text(), timeout=10000)
    assert len(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")) == 8


def test_deadlines_empty_state(window) -> None:
    page, _ = _load(window, "deadlines")
    assert page.body.currentWidget() is page.empty
    assert not page.export_button.isEnabled()


def test_home_enter_on_a_due_soon_item_opens_it(window, store, qtbot) -> None:
    fill_sample(store)
    page, recorder = _load(window, "home")
    page.soon_list.setFocus()
    page.soon_list.setCurrentCell(1, 0)
    qtbot.keyClick(page.soon_list, Qt.Key.Key_Return)
    assert recorder.opened == ["SP-0001"]


def test_home_lists_the_most_urgent_hundred_and_leads_to_the_rest(window, store, qtbot) -> None:
    from dpo_desk.services import requests
    from dpo_desk.ui.pages.home import LIST_LIMIT

    with store.write() as session:
        for number in range(LIST_LIMIT + 5):  # each received a day apart, all long overdue
            received = SAMPLE_NOW.date() - dt.timedelta(days=200 + number)
            requests.add(session, type="access", received=received.isoformat(), subject=f"Subject {number}")
    page, recorder = _load(window, "home")
    table = page.overdue_list
    assert page.overdue_heading.text() == f"Overdue ({LIST_LIMIT + 5})"  # the heading counts them all
    assert table.rowCount() == LIST_LIMIT + 1
    assert table.item(0, 1).text().startswith("DSR-")
    last = table.item(LIST_LIMIT, 0)
    assert last.text() == "5 more: all of them on the Deadlines page"
    assert table.columnSpan(LIST_LIMIT, 0) == 4
    assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance(table.item(0, 0).text())  # not cut
    table.scrollToItem(last)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(last).center())
    assert recorder.shown == ["deadlines"] and recorder.opened == []


def test_deadlines_sorted_by_the_model_keep_the_selected_case_selected(window, store, qtbot) -> None:
    fill_sample(store)
    page, _recorder = _load(window, "deadlines")
    page.table.selectRow(3)
    chosen = page.table.currentIndex().data(REFERENCE_ROLE)
    page.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # by reference, Z to A
    references = page.visible_references()
    assert references == sorted(references, key=str.casefold, reverse=True)
    assert page.model.sort_column == 2 and page.proxy.sortColumn() == -1  # the model sorts, the proxy filters
    selected = page.table.selectionModel().selectedRows()
    assert [index.data(REFERENCE_ROLE) for index in selected] == [chosen]
    page.show_filter.setCurrentIndex(page.show_filter.findData("overdue"))  # still sorted once filtered
    overdue = page.visible_references()
    assert overdue == sorted(overdue, key=str.casefold, reverse=True) and set(overdue) == set(SAMPLE_OVERDUE)

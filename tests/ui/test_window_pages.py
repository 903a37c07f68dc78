"""The pages as a new user reads them at 1280×800: words not codes, tables that fit, panes that never clip,
the Reports page's year, Settings' countries by name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from dpo_desk import demo
from dpo_desk.ui.app import build_window

pytestmark = pytest.mark.both_engines


@pytest.fixture
def window(qtbot, store):
    with store.write() as session:
        demo.populate(session)
    made = build_window(store)
    qtbot.addWidget(made)
    made.resize(1280, 800)
    made.show()
    made.wait_loaded()
    yield made
    made.close()


def _shown(window, key: str):
    window.show_page(key)
    window.wait_loaded()
    return window.pages[key]


def _column(page, title: str) -> list[str]:
    model = page.table.model()
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == title)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _fits(table) -> bool:
    header = table.horizontalHeader()
    return header.length() <= table.viewport().width() + 1


def test_tables_show_words_and_need_no_sideways_scrolling(window) -> None:
    register = _shown(window, "register")
    countries = _column(register, "Country")
    assert "Finland" in countries and "FI" not in countries
    assert set(_column(register, "Status")) <= {"Planned", "Announced", "Active", "Retired"}
    assert _fits(register.table)
    requests = _shown(window, "requests")
    assert "Access" in _column(requests, "Type")
    assert all(status[:1].isupper() for status in _column(requests, "Status"))
    for key in ("requests", "breaches", "register", "records", "deadlines"):
        page = _shown(window, key)
        assert _fits(page.table), key


def test_the_request_detail_never_clips(window) -> None:
    page = _shown(window, "requests")
    scroll = page.detail.findChild(QScrollArea)
    inner = scroll.widget()
    assert inner.minimumSizeHint().width() <= scroll.viewport().width()
    assert page.detail.due_rule.wordWrap() and page.detail.facts["details"].wordWrap()


def test_reports_year_is_the_current_one(window) -> None:
    page = _shown(window, "reports")
    assert page.year.value() == window.ops.today().year


def test_settings_name_the_holiday_country(window) -> None:
    page = _shown(window, "settings")
    holiday = page.fields["holiday_country"]
    assert holiday.currentText() == "Finland" and holiday.currentData() == "FI"
    assert page.values()[0]["holiday_country"] == "FI"


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_tables_need_no_sideways_scrolling_in_finnish_and_swedish(qtbot, store, language: str) -> None:
    """Their headers are longer than English ones: the table takes the width its key columns need."""
    from dpo_desk.ui import i18n

    i18n.install(language)
    try:
        with store.write() as session:
            demo.populate(session)
        made = build_window(store)
        qtbot.addWidget(made)
        made.resize(1280, 800)
        made.show()
        made.wait_loaded()
        for key in ("requests", "breaches", "register", "records", "deadlines"):
            page = _shown(made, key)
            header = page.table.horizontalHeader()
            assert _fits(page.table), (key, header.length(), page.table.viewport().width())
        made.close()
    finally:
        i18n.install("en")

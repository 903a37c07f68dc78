"""The window by keyboard and by memory: one meaning per key, every key in a menu, pages built when shown,
what the window remembers between runs, and what a lock keeps."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMenu, QMessageBox

from dpo_desk.services import requests
from dpo_desk.ui.app import build_window
from dpo_desk.ui.commands import SLOTS
from dpo_desk.ui.pages import PAGE_KEYS
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.both_engines


def _menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found += _menu_actions(action.menu())
        elif not action.isSeparator():
            found.append(action)
    return found


def _all_menu_actions(window) -> list[QAction]:
    found = []
    for action in window.menuBar().actions():
        found += _menu_actions(action.menu())
    return found


def _key(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def _window(qtbot, store, page: str | None = None):
    window = build_window(store, first_page=page)
    qtbot.addWidget(window)
    window.wait_loaded()
    return window


def _seed_request(store) -> str:
    today = store.clock.now().date()
    with store.write() as session:
        return requests.add(session, type="access", received=(today - dt.timedelta(days=3)).isoformat(), subject="Aino")


def _window_on_a_request(qtbot, store):
    """A window showing one request in detail, opened as a link would open it."""
    reference = _seed_request(store)
    window = _window(qtbot, store)
    window.open_case(reference)
    window.wait_loaded()
    return window, reference


def test_pages_are_built_when_first_shown(qtbot, store) -> None:
    window = _window(qtbot, store)
    assert set(window.pages) == {"home"}
    assert window.nav.count() == len(PAGE_KEYS)  # the navigation lists every page all the same
    window.show_page("register")
    window.wait_loaded()
    assert set(window.pages) == {"home", "register"}
    assert window.current_page().key == "register"
    window.close()


def test_opening_a_case_builds_only_its_page(qtbot, store) -> None:
    window, reference = _window_on_a_request(qtbot, store)
    assert set(window.pages) == {"home", "requests"}
    assert window.current_page().selected_reference() == reference
    window.close()


def test_every_key_is_unique_and_in_a_menu_on_every_page(qtbot, store) -> None:
    window = _window(qtbot, store)
    for key in PAGE_KEYS:
        window.show_page(key)
        window.wait_loaded()
        keys = [_key(a.shortcut()) for a in _all_menu_actions(window) if a.isVisible() and not a.shortcut().isEmpty()]
        assert len(keys) == len(set(keys)), f"a key is given twice on {key}: {sorted(keys)}"
        # a page's own keyboard shortcuts would be outside the menus (and could clash with them)
        loose = [
            _key(s.key())
            for s in window.findChildren(QShortcut)
            if s.context() not in (Qt.ShortcutContext.WidgetShortcut,) and s.isEnabled()
        ]
        assert loose == [], f"shortcuts outside the menus on {key}: {loose}"
        offered = set(window.current_page().commands())
        assert offered <= {slot.key for slot in SLOTS}
        shown = {k for k, action in window.case_actions.items() if action.isVisible()}
        assert shown == offered
    window.close()


def test_the_old_clashes_are_gone(qtbot, store) -> None:
    window = _window(qtbot, store, page="register")
    window.wait_loaded()
    by_key: dict[str, list[str]] = {}
    for action in _all_menu_actions(window):
        if action.isVisible() and not action.shortcut().isEmpty():
            by_key.setdefault(_key(action.shortcut()), []).append(action.text())
    assert len(by_key["Ctrl+Shift+E"]) == 1 and "whole store" in by_key["Ctrl+Shift+E"][0]
    assert len(by_key["Ctrl+Shift+A"]) == 1 and "Audit" in by_key["Ctrl+Shift+A"][0]
    assert "Announce" in by_key["Ctrl+Shift+U"][0]
    window.close()


def test_a_case_menu_command_acts_on_the_current_page(qtbot, store) -> None:
    window = _window(qtbot, store, page="requests")
    page = window.pages["requests"]
    window.case_actions["new"].trigger()
    qtbot.waitUntil(lambda: page.new_dialog is not None and page.new_dialog.isVisible(), timeout=5000)
    page.new_dialog.reject()
    window.case_actions["find"].trigger()
    qtbot.waitUntil(lambda: page.search.hasFocus() or not window.isActiveWindow(), timeout=2000)
    window.close()


def test_window_remembers_page_geometry_columns_and_sort(qtbot, store) -> None:
    window = _window(qtbot, store, page="requests")
    window.resize(1100, 700)
    page = window.pages["requests"]
    page.table.setColumnWidth(1, 222)
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    window.wait_loaded()
    window.close()

    again = build_window(store)
    qtbot.addWidget(again)
    again.wait_loaded()
    assert again.current_page().key == "requests"
    # restoreGeometry fits the width to the small offscreen screen (never below the minimum); the height shows
    assert again.height() == 700 and again.width() >= 1000
    table = again.pages["requests"].table
    assert table.columnWidth(1) == 222
    assert table.horizontalHeader().sortIndicatorSection() == 0
    assert again.pages["requests"].model.sort_key == "reference"
    assert not again.pages["requests"].model.descending
    again.close()


def test_window_fits_a_small_laptop(qtbot, store) -> None:
    window = _window(qtbot, store)
    assert window.minimumSize().width() <= 1000 and window.minimumSize().height() <= 640
    assert window.minimumSizeHint().width() <= 1093  # 1366×768 at 125 %
    window.close()


def test_after_unlocking_the_page_and_case_come_back(qtbot, store) -> None:
    window, reference = _window_on_a_request(qtbot, store)
    window.lock()
    assert window.pages == {}
    assert window.unlock(PASSPHRASE)
    window.wait_loaded()
    assert window.current_page().key == "requests"
    assert window.current_page().selected_reference() == reference
    window.close()
    window.ops.store.close()


def test_unlock_from_the_lock_screen_shows_progress_and_returns(qtbot, store) -> None:
    window = _window(qtbot, store, page="deadlines")
    window.show()
    window.lock()
    texts = [label.text() for label in window.lock_screen.findChildren(QLabel)]
    assert any("DPO Desk" in text for text in texts)  # the lock screen says whose it is
    assert any(not label.pixmap().isNull() for label in window.lock_screen.findChildren(QLabel))
    qtbot.keyClicks(window.unlock_edit, PASSPHRASE)
    window._unlock_from_screen()
    assert window.unlock_progress.isVisibleTo(window.lock_screen)
    qtbot.waitUntil(lambda: not window.locked, timeout=20000)
    assert not window.unlock_progress.isVisibleTo(window.lock_screen)
    assert window.current_page().key == "deadlines"
    window.close()
    window.ops.store.close()


def test_lock_asks_before_discarding_typed_input(qtbot, store, monkeypatch) -> None:
    window = _window(qtbot, store, page="requests")
    window.show()
    page = window.pages["requests"]
    page.new_request()
    qtbot.waitUntil(lambda: page.new_dialog.isVisible(), timeout=5000)
    field = next(e for e in page.new_dialog.findChildren(QLineEdit) if e.isVisible() and e.isEnabled())
    qtbot.keyClicks(field, "Half-typed")
    asked = []

    def answer(*args, **kwargs):
        asked.append(args)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.lock()
    assert asked and not window.locked and page.new_dialog.isVisible()
    window._lock_when_idle()  # the idle lock waits for the dialog instead of throwing it away
    assert not window.locked and page.new_dialog.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.lock()
    assert window.locked
    window.close()


def test_tab_leaves_tables_and_text_fields_and_skips_charts(qtbot, store) -> None:
    from PySide6.QtCharts import QChartView
    from PySide6.QtWidgets import QPlainTextEdit, QScrollArea

    _seed_request(store)
    window = _window(qtbot, store, page="requests")
    window.show()
    qtbot.waitExposed(window)
    page = window.pages["requests"]
    assert not page.table.tabKeyNavigation()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert not page.table.hasFocus()

    note = QPlainTextEdit(page)
    note.show()
    qtbot.waitUntil(note.tabChangesFocus, timeout=2000)
    note.setFocus()
    qtbot.keyClick(note, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert note.toPlainText() == "\t"

    window.show_page("home")
    window.wait_loaded()
    home = window.pages["home"]
    for view in home.findChildren(QChartView) + home.findChildren(QScrollArea):
        assert view.focusPolicy() == Qt.FocusPolicy.NoFocus, view.objectName()
    window.close()


def test_the_detail_pane_actions_are_reached_by_tab_from_the_table(qtbot, store) -> None:
    window, _reference = _window_on_a_request(qtbot, store)
    window.show()
    qtbot.waitExposed(window)
    page = window.pages["requests"]
    window.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus, timeout=5000)
    reached = set()
    for _ in range(40):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget())
    assert page.detail.buttons["close"] in reached and page.detail.buttons["note"] in reached
    window.close()


def test_only_input_restarts_the_idle_lock_countdown(qtbot, store) -> None:
    window = _window(qtbot, store, page="requests")
    window.show()
    search = window.pages["requests"].search
    window.idle_timer.stop()
    search.resize(search.width() + 10, search.height())  # a resize, a repaint: not the DPO at work
    search.update()
    QApplication.processEvents()
    assert not window.idle_timer.isActive()
    qtbot.keyClick(search, Qt.Key.Key_A)  # a keystroke is
    assert window.idle_timer.isActive()
    assert search.text() == "a"  # and still reaches its field
    qtbot.wait(300)  # the search it starts answers before the window closes
    window.wait_loaded()
    window.close()

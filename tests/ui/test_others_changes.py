"""The window sees what others write to its store (another process on the file, a colleague on the server)
within a poll, without losing the user's place: the selected request stays selected, the scroll stays."""

from __future__ import annotations

import datetime as dt

import pytest

from dpo_desk.services import requests
from dpo_desk.store import Store
from dpo_desk.ui.app import build_window
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.both_engines

TIMEOUT = 30_000  # generous: the machine may be slow; nothing here measures time


def _seed(store, count: int) -> None:
    today = store.clock.now().date()
    with store.write() as session:
        for number in range(count):
            received = (today - dt.timedelta(days=1 + number)).isoformat()
            requests.add(session, type="access", received=received, subject=f"Person {number:02d}")


def _write_elsewhere(store_path, clock, subject: str) -> str:
    """A second Store on the same file or database, as a CLI script or a colleague would open it."""
    other = Store.open(store_path, PASSPHRASE, actor="colleague", clock=clock)
    try:
        with other.write() as session:
            return requests.add(session, type="erasure", received=clock.now().date().isoformat(), subject=subject)
    finally:
        other.close()


def _window(qtbot, store):
    window = build_window(store, first_page="requests")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.wait_loaded()
    return window, window.pages["requests"]


def _references(page) -> list[str]:
    return [row.reference for row in page.model.rows()]


def _poll_until(qtbot, window, condition) -> None:
    """Asks for a poll (a no-op while one is running) until the condition holds; the timer polls too."""

    def check() -> bool:
        window.poll_changes()
        window.wait_loaded()
        return condition()

    qtbot.waitUntil(check, timeout=TIMEOUT)


def test_a_request_written_elsewhere_appears_and_the_selection_and_scroll_stay(qtbot, store, store_path, clock):
    _seed(store, 40)
    window, page = _window(qtbot, store)
    assert len(_references(page)) == 40
    table = page.table
    bar = table.verticalScrollBar()
    table.selectRow(30)
    table.scrollTo(page.model.index(30, 0))
    window.wait_loaded()
    chosen = page.current_reference
    assert chosen == page.model.row_at(30).reference
    assert bar.value() > 0  # the test means something only if the table has scrolled
    top = page.model.row_at(table.rowAt(0)).reference

    new = _write_elsewhere(store_path, clock, "Written Elsewhere")
    _poll_until(qtbot, window, lambda: new in _references(page))

    assert _references(page)[0] == new  # received today: first by the newest received
    assert len(_references(page)) == 41
    current = table.selectionModel().currentIndex()
    assert page.model.row_at(current.row()).reference == chosen
    assert [page.model.row_at(index.row()).reference for index in table.selectionModel().selectedRows()] == [chosen]
    assert page.current_reference == chosen
    assert page.model.row_at(table.rowAt(0)).reference == top  # the rows in view stay in view
    assert window.updates_label.text() == "Updated: 1 change by others"


def test_the_windows_own_change_is_not_reported_as_others(qtbot, store):
    _seed(store, 2)
    window, page = _window(qtbot, store)
    reference = page.current_reference
    window.ops.change(lambda session: requests.add_note(session, reference, "A call"))
    window.wait_loaded()
    marker = window._marker
    _poll_until(qtbot, window, lambda: window._marker != marker)
    assert window.updates_label.text() == ""


def test_nothing_reloads_under_a_dialog_being_typed_into(qtbot, store, store_path, clock):
    _seed(store, 2)
    window, page = _window(qtbot, store)
    page.new_request()
    dialog = page.new_dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.widgets["subject"], "Half typed")
    marker = window._marker

    new = _write_elsewhere(store_path, clock, "Written Elsewhere")
    _poll_until(qtbot, window, lambda: window._marker != marker)
    assert new not in _references(page)  # seen, but held back while the form holds unsaved input
    assert dialog.widgets["subject"].text() == "Half typed"

    dialog.reject()
    _poll_until(qtbot, window, lambda: new in _references(page))
    assert window.updates_label.text() == "Updated: 1 change by others"


def test_no_poll_while_locked_and_a_fresh_marker_after_unlocking(qtbot, store, store_path, clock):
    _seed(store, 1)
    window, _page = _window(qtbot, store)
    window.lock()
    assert window.locked and not window.poll_timer.isActive()
    _write_elsewhere(store_path, clock, "While Locked")
    window.poll_changes()  # nothing happens: the store is closed
    window.wait_loaded()
    assert window.unlock(PASSPHRASE)
    window.wait_loaded()
    assert window.poll_timer.isActive()
    page = window.pages["requests"]
    assert any(row.subject_name == "While Locked" for row in page.model.rows())  # the pages were built anew
    assert window.updates_label.text() == ""

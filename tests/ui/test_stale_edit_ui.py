"""Working at the same time in the window (issue 20 §3): an edit based on what the pane showed, after
someone else changed the case, is refused with who and when, and "Reload" shows their change."""

from __future__ import annotations

import pytest

from dpo_desk.services import breaches, requests
from dpo_desk.store import Store
from dpo_desk.ui.app import build_window
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.both_engines


@pytest.fixture
def other(store_path, clock):
    """A colleague's store on the same file: analyst1, the same clock."""
    opened = Store.open(store_path, PASSPHRASE, actor="analyst1", clock=clock)
    yield opened
    opened.close()


def _window(qtbot, store, page: str):
    window = build_window(store)
    qtbot.addWidget(window)
    window.show_page(page)
    window.wait_loaded()
    return window, window.pages[page]


def _wait(window, qtbot, condition) -> None:
    qtbot.waitUntil(lambda: (window.wait_loaded(), condition())[1], timeout=10000)


def _button(box, name: str):
    return next(b for b in box.buttons() if b.objectName() == name)


def test_a_stale_request_correction_offers_to_reload_and_reloading_shows_the_change(qtbot, store, other, clock) -> None:
    with store.write() as session:
        ref = requests.add(session, type="access", received="2026-11-02", subject="Asta Example")
        requests.add(session, type="erasure", received="2026-11-03", subject="Bert Example")
    window, page = _window(qtbot, store, "requests")
    page.open_reference(ref)
    _wait(window, qtbot, lambda: page.detail.view is not None and page.detail.view.reference == ref)
    assert page.detail.view.version == 1
    clock.set("2026-11-25T12:03:00+00:00")  # 14:03 in Helsinki
    with other.write() as session:
        requests.correct(session, ref, subject="Asta Toinen", email="asta@example.com")

    page.detail.ask_correct()
    dialog = page.detail.last_dialog
    dialog.fields["details"].widget.setPlainText("my change")
    dialog.submit()
    _wait(window, qtbot, lambda: page.detail.stale_box is not None and page.detail.stale_box.isVisible())
    box = page.detail.stale_box
    assert f"{ref} was changed by analyst1" in box.text() and "14:03" in box.text()
    assert "Your change was not saved" in box.text()
    with store.read() as session:  # nothing of the stale edit stored
        view = requests.show(session, ref)
        assert (view.subject_name, view.details, view.version) == ("Asta Toinen", "", 2)
    assert page.detail.facts["requester"].text() == "Asta Example"  # still what was shown

    _button(box, "stale_edit_reload").click()
    _wait(window, qtbot, lambda: page.detail.view.version == 2)
    assert page.detail.facts["requester"].text() == "Asta Toinen"
    assert not dialog.isVisible()
    assert page.selected_reference() == ref  # the selection kept
    page.detail.ask_correct()  # redone on the reloaded version, it is stored
    dialog = page.detail.last_dialog
    dialog.fields["details"].widget.setPlainText("my change")
    dialog.submit()
    _wait(window, qtbot, lambda: page.detail.view.version == 3)
    assert page.detail.view.details == "my change" and page.detail.view.subject_name == "Asta Toinen"
    window.close()


def test_cancel_keeps_the_dialog_and_stores_nothing(qtbot, store, other) -> None:
    with store.write() as session:
        ref = requests.add(session, type="access", received="2026-11-02", subject="Asta Example")
    window, page = _window(qtbot, store, "requests")
    page.open_reference(ref)
    _wait(window, qtbot, lambda: page.detail.view is not None and page.detail.view.reference == ref)
    with other.write() as session:
        requests.add_note(session, ref, "called")
    page.detail.ask_note()
    dialog = page.detail.last_dialog
    dialog.fields["text"].widget.setPlainText("my note")
    dialog.submit()
    _wait(window, qtbot, lambda: page.detail.stale_box is not None and page.detail.stale_box.isVisible())
    _button(page.detail.stale_box, "stale_edit_cancel").click()
    window.wait_loaded()
    assert dialog.isVisible() and "was changed by analyst1" in dialog.message.text()
    assert page.detail.view.version == 1
    with store.read() as session:
        assert [e.text for e in requests.show(session, ref).timeline][1:] == ["called"]
    window.close()


def test_a_stale_breach_edit_offers_to_reload_and_reloading_shows_the_change(qtbot, store, other) -> None:
    with store.write() as session:
        ref = breaches.add(session, title="Laptop lost", aware_at="2026-11-24T09:00").reference
    window, page = _window(qtbot, store, "breaches")
    page.open_reference(ref)
    detail = page.detail
    _wait(window, qtbot, lambda: detail.view is not None and detail.view.reference == ref)
    with other.write() as session:
        breaches.update(session, ref, title="Laptop stolen")
    detail.facts.fields["title"].widget.setText("Laptop lost on a train")
    detail.save_facts()
    _wait(window, qtbot, lambda: detail.stale_box is not None and detail.stale_box.isVisible())
    assert f"{ref} was changed by analyst1" in detail.stale_box.text()
    with store.read() as session:
        assert (breaches.get(session, ref).title, breaches.get(session, ref).version) == ("Laptop stolen", 2)
    _button(detail.stale_box, "stale_edit_reload").click()
    _wait(window, qtbot, lambda: detail.view.version == 2)
    assert detail.facts.fields["title"].widget.text() == "Laptop stolen"
    assert "Laptop stolen" in detail.heading.text()
    window.close()

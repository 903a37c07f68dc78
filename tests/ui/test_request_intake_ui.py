"""Requests from e-mail in the window: a message dropped on the Requests page (or chosen from File) opens
the new-request form filled from it; saving stores the case with the message and its attachments."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from dpo_desk.services import attachments, requests
from tests.requests.test_email_intake import PDF, _message, _write
from tests.ui.test_requests_page import _page

pytestmark = pytest.mark.both_engines


def _drop(page, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    page.dropEvent(event)


def test_a_dropped_message_opens_a_prefilled_form_and_is_stored_with_its_files(qtbot, store, tmp_path: Path) -> None:
    path = _write(tmp_path / "pyynto.eml", _message(attach=("kortti.pdf", "application/pdf", PDF)))
    _window, page = _page(qtbot, store)
    _drop(page, tmp_path / "notes.txt", path)
    qtbot.waitUntil(lambda: page.intake.dialog is not None, timeout=10000)
    dialog = page.intake.dialog
    assert dialog.windowTitle() == "New request from e-mail"
    assert dialog.widgets["subject"].text() == "Matti Meikäläinen"
    assert dialog.widgets["email"].text() == "matti@example.fi"
    assert dialog.widgets["received"].text() == "2026-12-02"  # sent 23:30 UTC on 1 December
    assert dialog.widgets["type"].currentData() == "access"
    assert dialog.widgets["language"].currentData() == "fi"
    assert "kopion tiedoistani" in dialog.widgets["details"].toPlainText()
    assert "Attached to the case, encrypted: pyynto.eml, kortti.pdf." in dialog.source.text()
    assert not dialog.type_confirmed.isChecked()
    assert dialog.save_button.isEnabled()

    dialog.widgets["subject"].setText("Matti M. Meikäläinen")  # the DPO corrects what was read
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.current_reference == "DSR-2026-0001", timeout=10000)
    with store.read() as session:
        view = requests.show(session, "DSR-2026-0001")
        files = [(a.kind, a.filename) for a in attachments.list_for(session, "DSR-2026-0001")]
    assert (view.subject_name, view.type, view.type_guessed, view.channel) == (
        "Matti M. Meikäläinen",
        "access",
        True,
        "email",
    )
    assert files == [("email", "pyynto.eml"), ("document", "kortti.pdf")]


def test_file_menu_takes_a_message_in_and_a_second_time_says_it_was_taken(qtbot, store, tmp_path: Path) -> None:
    path = _write(tmp_path / "x.eml", _message(subject="Hello", text="Who are you?", message_id="<x@y>"))
    window, page = _page(qtbot, store)
    window.ask_message_paths = lambda: [str(path)]
    window.new_request_from_email()
    qtbot.waitUntil(lambda: page.intake.dialog is not None, timeout=10000)
    dialog = page.intake.dialog
    assert dialog.widgets["type"].currentData() == "unclassified"
    assert not dialog.type_confirmed.isVisibleTo(dialog)
    dialog.widgets["type"].setCurrentIndex(dialog.widgets["type"].findData("objection"))
    assert dialog.type_confirmed.isChecked()  # choosing the type is confirming it
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.intake.dialog is None, timeout=10000)
    with store.read() as session:
        view = requests.show(session, "DSR-2026-0001")
    assert (view.type, view.type_guessed) == ("objection", False)

    window.new_request_from_email()
    qtbot.waitUntil(lambda: page.intake.dialog is not None, timeout=10000)
    again = page.intake.dialog
    assert "This message was already taken in as DSR-2026-0001." in again.source.text()
    assert not again.save_button.isEnabled()
    again.reject()


def test_a_file_that_is_not_a_message_is_said_on_the_page_and_nothing_is_stored(qtbot, store, tmp_path: Path) -> None:
    fake = tmp_path / "scan.eml"
    fake.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    window, page = _page(qtbot, store)
    _drop(page, fake)
    qtbot.waitUntil(lambda: "is not an e-mail message" in window.statusBar().currentMessage(), timeout=10000)
    assert page.intake.dialog is None
    with store.read() as session:
        assert requests.total(session) == 0

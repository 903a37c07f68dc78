"""The window: create a store through the dialog, save the organisation, lock, reopen and find it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from dpo_desk.store import Store
from dpo_desk.ui.app import build_window
from dpo_desk.ui.dialogs.passphrase import CreateStoreDialog
from dpo_desk.ui.pages import PAGE_KEYS

pytestmark = pytest.mark.both_engines


def test_create_store_save_organisation_reopen(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "made-in-dialog.dpodesk"
    dialog = CreateStoreDialog(path)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.first, "correct horse battery")
    assert not ok.isEnabled()  # the second field is still empty
    qtbot.keyClicks(dialog.second, "correct horse battery")
    assert ok.isEnabled()
    store = Store.create(dialog.path, dialog.passphrase)

    window = build_window(store)
    qtbot.addWidget(window)
    window.show_page("settings")
    window.wait_loaded()
    page = window.pages["settings"]
    page.fields["name"].setText("Dialogi Oy")
    page.fields["dpo_email"].setText("dpo@dialogi.example")
    qtbot.mouseClick(page.save_button, qtbot_button())
    qtbot.waitUntil(lambda: page.message.text() == "Saved.", timeout=10000)
    window.close()
    store.close()

    with Store.open(path, "correct horse battery") as reopened:
        window = build_window(reopened)
        qtbot.addWidget(window)
        window.show_page("settings")
        window.wait_loaded()
        assert window.pages["settings"].fields["name"].text() == "Dialogi Oy"
        window.close()


def test_bad_email_is_refused_in_settings_and_nothing_saved(qtbot, store) -> None:
    window = build_window(store)
    qtbot.addWidget(window)
    window.show_page("settings")
    window.wait_loaded()
    page = window.pages["settings"]
    page.fields["name"].setText("Named Oy")
    page.fields["dpo_email"].setText("nonsense")
    page.save()
    assert "e-mail" in page.message.text()
    window.close()


def test_lock_closes_the_store_and_unlock_reopens(qtbot, store) -> None:
    window = build_window(store)
    qtbot.addWidget(window)
    window.wait_loaded()
    window.lock()
    assert not store.is_open
    assert window.pages == {}
    assert not window.unlock("wrong passphrase")
    assert "passphrase" in window.unlock_error.text().lower()
    from tests.conftest import PASSPHRASE

    assert window.unlock(PASSPHRASE)
    assert window.ops.store.is_open
    assert set(window.pages) == {"home"}  # the page that was open; the others are built when shown
    window.close()
    window.ops.store.close()


def test_every_page_can_be_shown(qtbot, store) -> None:
    window = build_window(store)
    qtbot.addWidget(window)
    for key in PAGE_KEYS:
        window.show_page(key)
        window.wait_loaded()
        assert window.current_page().key == key
    window.close()


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton

"""The passphrase fields: a real strength estimate (not a count of character kinds) and an eye to show them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit

from dpo_desk.ui.dialogs.passphrase import CreateStoreDialog, UnlockDialog
from dpo_desk.ui.dialogs.rekey import RekeyDialog
from dpo_desk.ui.widgets.passphrase_strength import PassphraseStrength, estimate

pytestmark = pytest.mark.both_engines


def test_common_patterns_are_weak_and_several_words_strong() -> None:
    assert estimate("Password1!").score <= 1  # every kind of character, and still guessed at once
    assert estimate("qwertyuiop123").score <= 1
    strong = estimate("otter marmalade lighthouse quietly")
    assert strong.score == 4 and strong.seconds > 100 * 365 * 86400


def test_the_meter_follows_the_field_in_words(qtbot) -> None:
    edit = QLineEdit()
    meter = PassphraseStrength(edit)
    qtbot.addWidget(edit)
    qtbot.addWidget(meter)
    qtbot.keyClicks(edit, "Password1!")
    assert meter.meter.value() <= 1 and meter.words.text().startswith(("Very weak", "Weak"))
    edit.setText("otter marmalade lighthouse quietly")
    assert meter.meter.value() == 4 and meter.words.text() == "Very strong: centuries to guess."


def _eye(edit: QLineEdit):
    (action,) = [a for a in edit.actions() if a.objectName() == "show_passphrase"]
    return action


def test_create_unlock_and_rekey_dialogs_show_the_passphrase_on_request(qtbot, tmp_path: Path) -> None:
    create = CreateStoreDialog(tmp_path / "new.dpodesk")
    unlock = UnlockDialog(tmp_path / "new.dpodesk")
    rekey = RekeyDialog()
    for dialog in (create, unlock, rekey):
        qtbot.addWidget(dialog)
    for edit in (create.first, create.second, unlock.edit, rekey.current, rekey.first, rekey.second):
        assert edit.echoMode() == QLineEdit.EchoMode.Password
        _eye(edit).trigger()
        assert edit.echoMode() == QLineEdit.EchoMode.Normal
        _eye(edit).trigger()
        assert edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(create.first, "otter marmalade lighthouse quietly")
    assert create.new_fields.strength.meter.value() == 4
    qtbot.keyClicks(rekey.first, "Password1!")
    assert rekey.new_fields.strength.meter.value() <= 1


def test_opening_at_start_runs_off_the_gui_thread_and_hands_back_the_answer(qtbot, store_path, engine: str) -> None:
    import threading

    import pytest

    from dpo_desk.errors import WrongPassphrase
    from dpo_desk.store import Store
    from dpo_desk.store.server import PasswordRefused
    from dpo_desk.ui.app import with_progress
    from tests.conftest import PASSPHRASE

    threads = []

    def open_it():
        threads.append(threading.current_thread())
        return Store.open(store_path, PASSPHRASE)

    opened = with_progress(open_it, "Opening the store…")
    assert opened.is_open and threads[0] is not threading.main_thread()
    opened.close()
    with pytest.raises(WrongPassphrase if engine == "sqlite" else PasswordRefused):  # the file's, the server's
        with_progress(lambda: Store.open(store_path, "not it"), "Opening the store…")

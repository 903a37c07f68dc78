"""Export and import from the window: the file is written off the GUI thread; the import asks first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from dpo_desk.services import organisation
from dpo_desk.ui.app import build_window
from dpo_desk.ui.dialogs import exchange as exchange_dialogs

pytestmark = pytest.mark.both_engines


def test_export_then_import_from_the_window(qtbot, store, tmp_path: Path, monkeypatch) -> None:
    with store.write() as session:
        organisation.update(session, name="Window Export Oy")
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window = build_window(store)
    qtbot.addWidget(window)
    target = tmp_path / "out.json"
    exchange_dialogs.export_store(window.ops, window, str(target))
    window.wait_loaded()
    assert json.loads(target.read_text(encoding="utf-8"))["tables"]["organisation"][0]["name"] == "Window Export Oy"

    with store.write() as session:
        organisation.update(session, name="Renamed Oy")
    shown: list[list[str]] = []

    def fake_exec(dialog: exchange_dialogs.ImportPlanDialog) -> bool:
        shown.append(dialog.findChild(exchange_dialogs.QPlainTextEdit).toPlainText().splitlines())
        return True

    monkeypatch.setattr(exchange_dialogs.ImportPlanDialog, "exec", fake_exec)
    exchange_dialogs.import_store(window.ops, window, str(target))
    window.wait_loaded()
    QApplication.processEvents()
    assert any("organisation: 0 to add, 1 to change" in line for line in shown[0])
    with store.read() as session:
        assert organisation.get(session).name == "Window Export Oy"
    window.close()

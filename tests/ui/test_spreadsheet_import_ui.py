"""The import dialog: guessed mapping, a preview with errors by row, remapping, skip, import, rows stored."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from dpo_desk.services import import_targets
from dpo_desk.ui.dialogs.spreadsheet_import import SpreadsheetImportDialog
from dpo_desk.ui.ops import Ops
from tests.core.test_spreadsheet_import import TARGET, _stored

pytestmark = pytest.mark.both_engines


def probe_target():
    return TARGET


@pytest.fixture(autouse=True)
def with_probe(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_targets, "BUILDERS", (probe_target,))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)


def _dialog(qtbot, store, path: Path) -> SpreadsheetImportDialog:
    dialog = SpreadsheetImportDialog(Ops(store), str(path))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    return dialog


def test_preview_remap_skip_and_import(qtbot, store, tmp_path: Path) -> None:
    path = tmp_path / "toimittajat.csv"
    path.write_text("Toimittaja;Maa;Allekirjoitettu\nPilvi Oy;Suomi;5.3.2026\nHuono Oy;Atlantis;1.1.2026\n", "utf-8")
    dialog = _dialog(qtbot, store, path)
    assert dialog.preview.missing_required == ["name"]  # "Toimittaja" is not a known header
    assert "Choose the column for: Name" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.preview_did_load, timeout=10000):
        dialog.set_column(0, "name")
    assert dialog.mapping() == {0: "name", 1: "country", 2: "signed"}
    assert dialog.summary.text() == "1 row ready to import. 1 row with errors."
    assert "Row 3, column B (Maa)" in dialog.errors.toPlainText()
    assert dialog.rows.item(1, 0).toolTip().startswith("“Atlantis” is not a country")
    assert dialog.rows.item(1, 2).text() == "Atlantis"  # what the user typed, beside its error
    assert not dialog.import_button.isEnabled()

    dialog.skip_box.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported == ["probe:Pilvi Oy"], timeout=10000)
    assert set(_stored(store)) == {"Pilvi Oy"}


def test_the_preview_is_worded_in_finnish_with_plurals(qtbot, store, tmp_path: Path) -> None:
    from tests.ui.finnish import english_in, language

    path = tmp_path / "toimittajat.csv"
    path.write_text("Name;Maa\nPilvi Oy;Suomi\nSade Oy;Ruotsi\nHuono Oy;Atlantis\n", "utf-8")
    with language("fi"):
        dialog = _dialog(qtbot, store, path)
        summary = dialog.summary.text()
        errors = dialog.errors.toPlainText()
    assert summary == "2 riviä valmiina tuotavaksi. 1 rivissä virheitä.", summary
    assert errors.startswith("Rivi 4, sarake B (Maa): "), errors
    assert not english_in(summary), summary


def test_a_file_that_cannot_be_read_says_so(qtbot, store, tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"not a workbook")
    dialog = SpreadsheetImportDialog(Ops(store), str(path))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "could not be read" in dialog.summary.text(), timeout=10000)
    assert not dialog.import_button.isEnabled()

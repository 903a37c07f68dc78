"""The window words why a spreadsheet import refuses a cell in its own language, from the error's code and values."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QMessageBox

from dpo_desk.domain import timeparse, validation
from dpo_desk.errors import DpoDeskError, RuleRefused
from dpo_desk.services import spreadsheet_import as imp
from dpo_desk.services.import_fields import Field
from dpo_desk.services.import_targets import request_log_target
from dpo_desk.services.sheet_reader import Sheet
from dpo_desk.ui.cell_error_text import cell_error_reason, worded_codes
from dpo_desk.ui.dialogs.spreadsheet_import import SpreadsheetImportDialog
from dpo_desk.ui.ops import Ops
from tests.ui.finnish import english_in, language


def _refused(call) -> DpoDeskError:
    with pytest.raises(DpoDeskError) as caught:
        call()
    return caught.value


def _cell(kind: str, value, **field):
    f = Field("cell", "Cell", kind, **field)
    return lambda: imp.parse_cell(f, value, tz_name="Europe/Helsinki")


def _every_error() -> list[imp.CellError]:
    """Real refusals of the import's cell reading, of timeparse and of validation: one or more for each code."""
    kind = request_log_target().field("type")
    cases = [
        ("", _cell("text", None, required=True)),
        ("45000", _cell("date", 45000)),
        ("about ten", _cell("integer", "about ten")),
        ("lahjoitus", lambda: imp.parse_cell(kind, "lahjoitus")),
        ("Atlantis", _cell("country", "Atlantis")),
        ("ehkä", _cell("boolean", "ehkä")),
        ("", lambda: timeparse.parse_date("received_on", "")),
        ("5/3/2026", _cell("date", "5/3/2026")),
        ("31.2.2026", _cell("date", "31.2.2026")),
        ("huomenna", _cell("date", "huomenna")),
        ("1.1.1800", _cell("date", "1.1.1800")),
        ("", lambda: timeparse.parse_time("aware_at", "")),
        ("iltapäivällä", _cell("time", "iltapäivällä")),
        ("2026-03-27", _cell("time", dt.date(2026, 3, 27))),
        ("2026-03-29 03:30", _cell("time", "2026-03-29 03:30")),
        ("", lambda: validation.text("title", " ", required=True)),
        ("x" * 30, lambda: validation.text("title", "x" * 30, limit=20)),
        ("a\x07b", lambda: validation.text("title", "a\x07b")),
        ("Kaikki", lambda: validation.one_of("status", "Kaikki", ("active", "ended"))),
        ("", lambda: (_ for _ in ()).throw(RuleRefused("a late notification needs its reason"))),
        ("", lambda: (_ for _ in ()).throw(RuleRefused("late", code="late-reason-first"))),
    ]
    errors = []
    for raw, call in cases:
        error = _refused(call)
        code, values = imp._reason(raw, error)
        errors.append(imp.CellError(2, "A (Cell)", "cell", str(error), code=code, values=values))
    return errors


def _codes_of(exception: str, source: Path) -> set[str]:
    """The `code="…"` given to `exception` in a module's source (a RuleRefused's codes are refusal_text's)."""
    tree = ast.parse(source.read_text(encoding="utf-8"))
    return {
        keyword.value.value
        for call in ast.walk(tree)
        if isinstance(call, ast.Call) and getattr(call.func, "id", None) == exception
        for keyword in call.keywords
        if keyword.arg == "code" and isinstance(keyword.value, ast.Constant)
    }


def test_every_cell_error_code_of_the_core_has_a_window_wording() -> None:
    assert worded_codes() == set(imp.CELL_ERROR_CODES), sorted(worded_codes() ^ set(imp.CELL_ERROR_CODES))
    raised = set()
    for module in (imp, timeparse, validation):
        raised |= _codes_of("InvalidInput", Path(module.__file__))
    # the import's refusals of the file as a whole (a column mapped that it lacks, required columns not mapped) are
    # no cell's: the window words them as it words a form's (refusal_text, input_reasons.imports)
    raised -= {"not-a-column-of-file", "required-columns-missing"}
    assert raised and raised <= set(imp.CELL_ERROR_CODES), sorted(raised - set(imp.CELL_ERROR_CODES))
    assert {e.code for e in _every_error()} == set(imp.CELL_ERROR_CODES)  # the cases reach every code


def test_every_cell_error_is_worded_in_finnish_and_swedish(qapp) -> None:
    errors = _every_error()
    for code in ("fi", "sv"):
        with language(code):
            for error in errors:
                text = cell_error_reason(error)
                assert text != error.message, (code, error.code)
                assert "{" not in text and "}" not in text, text
                if error.code != "refused" or error.values.get("refusal"):  # uncoded: the service's English reason
                    assert not english_in(text), (code, error.code, text)
    shown: dict[str, str] = {}
    with language("fi"):
        for error in errors:  # the first case of each code
            shown.setdefault(error.code, cell_error_reason(error))
    assert shown["not-a-country"].startswith("”Atlantis” ei ole maa"), shown["not-a-country"]
    assert shown["not-a-choice"] == (
        "”lahjoitus” ei ole mikään näistä: pääsy tietoihin, tietojen oikaiseminen, tietojen poistaminen, "
        "käsittelyn rajoittaminen, siirto järjestelmästä toiseen, vastustaminen, suostumuksen peruuttaminen, "
        "automatisoitu päätöksenteko, luokittelematon"
    )
    assert shown["too-long"] == "on pidempi kuin 20 merkkiä"
    assert shown["year-out-of-range"] == "”1.1.1800” ei ole vuosien 1900–2199 välillä"
    assert "Europe/Helsinki" in shown["time-skipped"]
    english = [cell_error_reason(e) for e in errors]
    assert english[0] == "a value is required"
    assert english[3].startswith("“lahjoitus” is not one of: access, rectification")


def test_the_core_keeps_its_english_message_and_gives_the_reason_as_data() -> None:
    sheet = Sheet("maat.csv", ["Maa"], [["Atlantis"]], 2)
    target = imp.Target("t", "T", (Field("country", "Country", "country", headers=("Maa",)),), lambda s, v: "")
    cell = imp.parse_rows(sheet, target, {0: "country"}, tz_name="Europe/Helsinki")[0].errors[0]
    assert cell.message == "Country: 'Atlantis' is not a country (use its two-letter code, e.g. FI, or its name)"
    assert (cell.code, dict(cell.values)) == ("not-a-country", {"value": "Atlantis"})
    assert str(cell) == "row 2, column A (Maa): " + cell.message  # the command line's words, as before


@pytest.fixture
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)


def _dialog(qtbot, store, path: Path) -> SpreadsheetImportDialog:
    dialog = SpreadsheetImportDialog(Ops(store), str(path))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    return dialog


def test_a_finnish_window_says_why_cells_of_a_request_log_are_refused(qtbot, store, tmp_path, no_message_boxes):
    path = tmp_path / "pyynnot.csv"
    path.write_text(
        "Vastaanotettu;Pyyntö;Nimi\n31.2.2026;pääsy tietoihin;Ulla Uusi\n5/3/2026;lahjoitus;Eero Esimerkki\n"
        "2026-03-06;pääsy tietoihin;\n",
        "utf-8",
    )
    with language("fi"):
        dialog = _dialog(qtbot, store, path)
        lines = dialog.errors.toPlainText().splitlines()
        tooltip = dialog.rows.item(0, 1).toolTip()
    assert lines == [
        "Rivi 2, sarake A (Vastaanotettu): ”31.2.2026” ei ole kalenterin päivä",
        "Rivi 3, sarake A (Vastaanotettu): ”5/3/2026” voi tarkoittaa kahta eri päivää: kerro yllä, miten "
        "kauttaviivoin kirjoitetut päivämäärät luetaan, tai kirjoita se muodossa 2026-03-05",
        "Rivi 3, sarake B (Pyyntö): ”lahjoitus” ei ole mikään näistä: pääsy tietoihin, tietojen oikaiseminen, "
        "tietojen poistaminen, käsittelyn rajoittaminen, siirto järjestelmästä toiseen, vastustaminen, "
        "suostumuksen peruuttaminen, automatisoitu päätöksenteko, luokittelematon",
        "Rivi 4, sarake C (Nimi): arvo on pakollinen",
    ], lines
    assert tooltip == "”31.2.2026” ei ole kalenterin päivä", tooltip


def test_a_finnish_window_says_why_cells_of_a_register_workbook_are_refused(qtbot, store, tmp_path, no_message_boxes):
    book = Workbook()
    for row in (["Nimi", "Palvelu", "Maa"], ["Pilvi Oy", "Pilvipalvelu", "Atlantis"], ["Sade Oy", "Varmistus", "FI"]):
        book.active.append(row)
    path = tmp_path / "alihankkijat.xlsx"
    book.save(path)
    with language("fi"):
        dialog = _dialog(qtbot, store, path)
        errors = dialog.errors.toPlainText()
        summary = dialog.summary.text()
    assert errors == (
        "Rivi 2, sarake C (Maa): ”Atlantis” ei ole maa: kirjoita maan kaksikirjaiminen koodi (esimerkiksi FI) "
        "tai sen nimi"
    ), errors
    assert summary == "1 rivi valmiina tuotavaksi. 1 rivissä virheitä.", summary

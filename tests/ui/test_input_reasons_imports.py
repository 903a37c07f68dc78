"""The window words the refusals of imports (JSON exports and spreadsheets) in its own language.

Each refusal is provoked through the real services on a real encrypted store; the command line's English
(`str(error)`) stays exactly as it was, the window's Finnish and Swedish carry no English, and nothing is stored.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from dpo_desk.errors import InvalidInput
from dpo_desk.services import exchange, organisation, requests
from dpo_desk.services import spreadsheet_import as sheets
from dpo_desk.services.sheet_reader import SheetLimits, read_workbook
from dpo_desk.ui.app import build_window
from dpo_desk.ui.dialogs import exchange as exchange_dialogs
from dpo_desk.ui.dialogs.spreadsheet_import import SpreadsheetImportDialog
from dpo_desk.ui.refusal_text import error_text, invalid_input_reason
from tests.ui.finnish import english_in, language


def _worded(error: InvalidInput) -> tuple[str, str]:
    """The window's sentence for the refusal in Finnish and in Swedish."""
    with language("fi"):
        finnish = error_text(error)
    with language("sv"):
        swedish = error_text(error)
    for text in (finnish, swedish):
        assert not english_in(text) and "{" not in text, text
    return finnish, swedish


def _nothing_stored(store) -> None:
    with store.read() as session:
        assert requests.count(session) == 0


def _export(store, path: Path) -> dict:
    """A real export of the store (the test then spoils a copy of it)."""
    with store.write() as session:
        exchange.write_export(session, path)
    return json.loads(path.read_text(encoding="utf-8"))


def _refused_import(store, path: Path) -> InvalidInput:
    """The JSON import as the command line and the window run it: read and checked whole, then applied."""
    with pytest.raises(InvalidInput) as caught:
        document = exchange.read_document(path)
        with store.write() as session:
            exchange.apply_import(session, document)
    return caught.value


def test_a_file_that_is_no_export_is_refused_in_finnish_and_swedish(store, tmp_path: Path) -> None:
    path = tmp_path / "muistio.json"
    path.write_text('{"title": "Muistio", "tables": {}}', encoding="utf-8")
    error = _refused_import(store, path)
    assert str(error) == f'file: {str(path)!r} is not a DPO Desk export (no "format": "dpo-desk-export")'
    finnish, swedish = _worded(error)
    assert finnish == 'tiedosto: ei ole DPO Desk -vienti (siitä puuttuu "format": "dpo-desk-export")', finnish
    assert swedish == 'fil: är inte en DPO Desk-export ("format": "dpo-desk-export" saknas)', swedish
    _nothing_stored(store)


def test_broken_json_names_its_line_and_column_in_finnish(store, tmp_path: Path) -> None:
    path = tmp_path / "vienti.json"
    path.write_text('{"format": "dpo-desk-export",\n  "tables": {"request": [}\n}', encoding="utf-8")
    error = _refused_import(store, path)
    assert str(error) == f"file: {str(path)!r} is not valid JSON (line 2, column 26)"
    finnish, swedish = _worded(error)
    assert finnish == "tiedosto: ei ole kelvollista JSONia (rivi 2, sarake 26)", finnish
    assert swedish == "fil: är inte giltig JSON (rad 2, kolumn 26)", swedish
    _nothing_stored(store)


def test_a_table_this_version_does_not_know_is_named_in_finnish(store, tmp_path: Path) -> None:
    path = tmp_path / "vienti.json"
    document = _export(store, path)
    document["tables"]["asiakkaat"] = []
    path.write_text(json.dumps(document), encoding="utf-8")
    error = _refused_import(store, path)
    assert str(error) == "tables: 'asiakkaat' is not a table of this DPO Desk version"
    finnish, swedish = _worded(error)
    assert finnish == "taulut: ”asiakkaat” ei ole tämän DPO Desk -version taulu", finnish
    assert swedish == "tabeller: ”asiakkaat” är inte en tabell i den här versionen av DPO Desk", swedish
    _nothing_stored(store)


def test_a_format_version_that_is_no_number_is_refused_in_finnish(store, tmp_path: Path) -> None:
    path = tmp_path / "vienti.json"
    document = _export(store, path)
    document["format_version"] = "yksi"
    path.write_text(json.dumps(document), encoding="utf-8")
    error = _refused_import(store, path)
    assert str(error) == "format version: 'yksi' is not a format version"
    finnish, swedish = _worded(error)
    assert finnish == "muotoversio: ”yksi” ei ole muotoversio", finnish
    assert swedish == "formatversion: ”yksi” är inte en formatversion", swedish
    _nothing_stored(store)


def test_a_closed_request_without_its_outcome_is_refused_with_the_reason_in_finnish(store, tmp_path: Path) -> None:
    # A request of the store, exported, its outcome then removed by hand: the file no longer agrees with itself.
    with store.write() as session:
        reference = requests.add(session, type="access", received="2026-03-03", subject="Asta Esimerkki")
        requests.close(session, reference, outcome="fulfilled", replied_on="2026-03-10")
    path = tmp_path / "vienti.json"
    document = _export(store, path)
    (row,) = document["tables"]["request"]
    row["outcome"] = None
    path.write_text(json.dumps(document), encoding="utf-8")
    with store.read() as session:
        version = requests.show(session, reference).version
    error = _refused_import(store, path)
    assert str(error) == "request row 1 column outcome is required for a closed request"
    with language("fi"):
        finnish = invalid_input_reason(error)
    with language("sv"):
        swedish = invalid_input_reason(error)
    # the reason is the window's; the place (table, row and column) keeps the core's words, as the file has them
    assert finnish == "on pakollinen suljetulle pyynnölle", finnish
    assert swedish == "krävs för en avslutad begäran", swedish
    with store.read() as session:
        stored = requests.show(session, reference)
    assert (stored.outcome, stored.version) == ("fulfilled", version)  # the import changed nothing


def test_a_spreadsheet_of_another_kind_is_refused_in_finnish(store, tmp_path: Path) -> None:
    path = tmp_path / "pyynnot.pdf"
    path.write_bytes(b"%PDF-1.4")
    with pytest.raises(InvalidInput) as caught:
        read_workbook(path)
    error = caught.value
    assert str(error) == "file: 'pyynnot.pdf' is not a spreadsheet: use .xlsx or .csv"
    finnish, swedish = _worded(error)
    assert finnish == "tiedosto: ei ole taulukko: käytä .xlsx- tai .csv-tiedostoa", finnish
    assert swedish == "fil: är inte ett kalkylblad: använd .xlsx eller .csv", swedish
    _nothing_stored(store)


def test_a_quote_never_closed_in_a_csv_names_its_line_in_finnish(store, tmp_path: Path) -> None:
    path = tmp_path / "pyynnot.csv"
    path.write_text('Tyyppi;Saapunut;Nimi\naccess;2026-03-03;"Asta\nerasure;2026-03-04;Eero\n', encoding="utf-8")
    with store.read() as session:
        limits = SheetLimits.of(session)
    with pytest.raises(InvalidInput) as caught:
        read_workbook(path, limits)
    error = caught.value
    assert str(error) == "file: 'pyynnot.csv' has a quote opened on line 2 that is never closed; nothing was read"
    finnish, swedish = _worded(error)
    assert finnish == "tiedosto: ei ole kelvollista CSV:tä rivillä 2 (tarkista lainausmerkit); mitään ei luettu", (
        finnish
    )
    assert swedish == "fil: är inte giltig CSV på rad 2 (kontrollera citattecknen); inget lästes", swedish
    _nothing_stored(store)


def test_more_rows_than_the_import_limit_are_refused_in_finnish(store, tmp_path: Path) -> None:
    path = tmp_path / "pyynnot.csv"
    path.write_text("Type;Received;Name\n" + "access;2026-03-03;Asta\n" * 4, encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        read_workbook(path, SheetLimits(max_rows=3))
    error = caught.value
    assert str(error) == "file: 'pyynnot.csv' has more than 3 rows, the import limit; nothing was read"
    finnish, swedish = _worded(error)
    assert finnish == "tiedosto: sisältää yli 3 riviä, tuonnin enimmäismäärän; mitään ei luettu", finnish
    assert swedish == "fil: har fler än 3 rader, importgränsen; inget lästes", swedish
    _nothing_stored(store)


def _request_sheet(tmp_path: Path):
    path = tmp_path / "pyynnot.csv"
    path.write_text("Type;Received;Subject;Huomio\naccess;2026-03-03;Asta Esimerkki;kiire\n", encoding="utf-8")
    return read_workbook(path)[0], sheets.targets()["requests"]


def test_a_column_mapped_that_the_file_lacks_is_refused_in_finnish(store, tmp_path: Path) -> None:
    sheet, target = _request_sheet(tmp_path)
    with pytest.raises(InvalidInput) as caught:
        sheets.apply_overrides(sheet, target, sheets.match_columns(sheet.headers, target), {"Saapunut": "received"})
    error = caught.value
    assert str(error) == "map: 'Saapunut' is not a column of pyynnot.csv (columns: Type, Received, Subject, Huomio)"
    finnish, swedish = _worded(error)
    assert finnish == (
        "sarakkeiden valinta: ”Saapunut” ei ole tiedoston pyynnot.csv sarake (sarakkeet: Type, Received, Subject, "
        "Huomio)"
    ), finnish
    assert swedish.startswith("kolumnval: ”Saapunut” är inte en kolumn i pyynnot.csv (kolumner: "), swedish
    _nothing_stored(store)


def test_a_date_order_not_known_is_refused_in_finnish_as_a_cell_would_be(store, tmp_path: Path) -> None:
    sheet, target = _request_sheet(tmp_path)
    mapping = sheets.match_columns(sheet.headers, target)
    with store.write() as session:
        tz_name = organisation.get(session).timezone
        with pytest.raises(InvalidInput) as caught:
            sheets.run(session, sheet, target, mapping, date_order="ymd", tz_name=tz_name)
    error = caught.value
    assert str(error) == "date order: 'ymd' is not one of dmy, mdy"
    finnish, swedish = _worded(error)
    assert finnish == "päivämäärien järjestys: ”ymd” ei ole mikään näistä: dmy, mdy", finnish
    assert swedish == "datumordning: ”ymd” är inte något av: dmy, mdy", swedish
    _nothing_stored(store)


def test_a_finnish_window_says_in_finnish_why_an_export_file_is_refused(qtbot, store, tmp_path, monkeypatch) -> None:
    path = tmp_path / "muistio.json"
    path.write_text('{"title": "Muistio", "tables": {}}', encoding="utf-8")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: warnings.append(text))
    with language("fi"):
        window = build_window(store)
        qtbot.addWidget(window)
        window.wait_loaded()
        exchange_dialogs.import_store(window.ops, window, str(path))
        qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
        window.close()
    assert warnings == ['tiedosto: ei ole DPO Desk -vienti (siitä puuttuu "format": "dpo-desk-export")'], warnings
    assert not english_in(warnings[0])
    _nothing_stored(store)


def test_a_finnish_window_says_in_finnish_why_a_spreadsheet_is_refused(qtbot, store, tmp_path) -> None:
    path = tmp_path / "tyhja.csv"
    path.write_text(";;\n;;\n", encoding="utf-8")  # only empty rows: no table to import
    with language("fi"):
        window = build_window(store)
        qtbot.addWidget(window)
        window.wait_loaded()
        dialog = SpreadsheetImportDialog(window.ops, str(path), window)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.summary.text() != "Luetaan tiedostoa…", timeout=10000)
        shown = dialog.summary.text()
        importable = dialog.import_button.isEnabled()
        dialog.close()
        window.close()
    assert shown == "tiedosto: ei sisällä rivejä", shown
    assert not english_in(shown) and not importable
    _nothing_stored(store)

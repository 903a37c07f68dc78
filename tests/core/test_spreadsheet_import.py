"""Spreadsheet import: headers matched in three languages, typed cells, errors by row and column,
all-or-nothing unless rows in error are skipped, and the service's own refusals in the preview."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from dpo_desk.errors import InvalidInput, RuleRefused
from dpo_desk.services import spreadsheet_import as imp
from dpo_desk.services.sheet_reader import read_sheet
from dpo_desk.store.models import StoreMeta

pytestmark = pytest.mark.both_engines


def _create(session: Any, values: dict[str, Any]) -> str:
    """A stand-in service: refuses like a real one, stores a row that the test reads back."""
    if values["name"].startswith("Refused"):
        raise InvalidInput("name", values["name"], "is refused by the service")
    key = f"probe:{values['name']}"
    session.add(StoreMeta(key=key, value=json.dumps(values, default=str)))
    return key


TARGET = imp.Target(
    "probe",
    "Probe register",
    (
        imp.Field("name", "Name", required=True, headers=("Nimi", "Namn")),
        imp.Field("country", "Country", "country", headers=("Maa", "Land")),
        imp.Field("signed", "DPA signed", "date", headers=("Allekirjoitettu", "Undertecknat")),
        imp.Field("subjects", "Data subjects", "integer", headers=("Rekisteröityjä", "Registrerade")),
        imp.Field("kind", "Kind", "choice", choices={"processor": ("käsittelijä", "biträde")}, headers=("Laji",)),
        imp.Field("locations", "Locations", "countries", headers=("Sijainnit",)),
    ),
    _create,
)


def _xlsx(path: Path, rows: list[list[Any]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _stored(store) -> dict[str, dict[str, Any]]:
    with store.read() as session:
        rows = session.execute(select(StoreMeta).where(StoreMeta.key.startswith("probe:"))).scalars()
        return {r.key.removeprefix("probe:"): json.loads(r.value) for r in rows}


def _preview(store, path: Path, **kwargs: Any) -> imp.ImportPreview:
    sheet = read_sheet(path)
    mapping = imp.match_columns(sheet.headers, TARGET)
    with store.read() as session:
        return imp.preview(session, sheet, TARGET, mapping, **kwargs)


def test_finnish_headers_and_values_are_read_and_imported(store, tmp_path: Path) -> None:
    path = _xlsx(
        tmp_path / "rekisteri.xlsx",
        [
            ["Nimi", "Maa", "Allekirjoitettu", "Rekisteröityjä", "Laji", "Sijainnit", "Huomautus"],
            ["Pilvi Oy", "Suomi", "5.3.2026", "1 200", "käsittelijä", "Saksa; Ruotsi", "ei tuoda"],
            ["Ångström AB", "SE", dt.datetime(2026, 1, 31), 7, "processor", "FI", ""],
        ],
    )
    result = _preview(store, path)
    assert result.errors == []
    assert result.unmapped_columns == ["G (Huomautus)"]
    assert [row.number for row in result.rows] == [2, 3]
    assert result.rows[0].values == {
        "name": "Pilvi Oy",
        "country": "FI",
        "signed": dt.date(2026, 3, 5),
        "subjects": 1200,
        "kind": "processor",
        "locations": ["DE", "SE"],
    }
    assert _stored(store) == {}  # the preview tried each row and kept nothing
    with store.write() as session:
        done = imp.apply(session, result)
    assert done.created == ["probe:Pilvi Oy", "probe:Ångström AB"]
    stored = _stored(store)
    assert stored["Ångström AB"]["signed"] == "2026-01-31"
    assert stored["Pilvi Oy"]["locations"] == ["DE", "SE"]


def test_errors_name_row_and_column_and_nothing_is_imported(store, tmp_path: Path) -> None:
    path = _xlsx(
        tmp_path / "bad.xlsx",
        [
            ["Name", "Country", "DPA signed", "Data subjects"],
            ["Good Oy", "FI", "2026-03-05", 3],
            ["Bad Date Oy", "FI", "31.2.2026", 3],
            [None, None, None, None],
            ["Bad Country Oy", "ZZ", "2026-03-05", "many"],
            ["Refused Oy", "FI", "2026-03-05", 1],
        ],
    )
    result = _preview(store, path)
    assert [str(e) for e in result.errors] == [
        "row 3, column C (DPA signed): DPA signed: '31.2.2026' is not a valid date",
        "row 5, column B (Country): Country: 'ZZ' is not a country (use its two-letter code, e.g. FI, or its name)",
        "row 5, column D (Data subjects): Data subjects: 'many' is not a whole number",
        "row 6, column A (Name): Name: 'Refused Oy' is refused by the service",
    ]
    with store.write() as session, pytest.raises(RuleRefused, match="3 rows with errors"):
        imp.apply(session, result)
    assert _stored(store) == {}
    with store.write() as session:
        done = imp.apply(session, result, skip_errors=True)
    assert done.created == ["probe:Good Oy"]
    assert done.skipped_rows == [3, 5, 6]
    assert set(_stored(store)) == {"Good Oy"}


def test_slashed_dates_need_their_order_said(store, tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_bytes("Namn;Land;Undertecknat\nBiträde AB;Tyskland;05/03/2026\n".encode("cp1252"))
    unsaid = _preview(store, path)
    assert [e.column for e in unsaid.errors] == ["C (Undertecknat)"]
    assert "ambiguous" in unsaid.errors[0].message
    assert _preview(store, path, date_order="dmy").rows[0].values["signed"] == dt.date(2026, 3, 5)
    assert _preview(store, path, date_order="mdy").rows[0].values["signed"] == dt.date(2026, 5, 3)
    assert unsaid.rows[0].values["name"] == "Biträde AB"  # Windows-1252 read as such


def test_a_missing_required_column_stops_the_import(store, tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "nameless.xlsx", [["Country"], ["FI"]])
    result = _preview(store, path)
    assert result.missing_required == ["name"]
    with store.write() as session, pytest.raises(InvalidInput, match="lacks required columns: Name"):
        imp.apply(session, result)


def test_columns_mapped_by_hand(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "own.xlsx", [["Supplier", "Nimi"], ["Own Header Oy", "ignored"]])
    sheet = read_sheet(path)
    mapping = imp.apply_overrides(sheet, TARGET, imp.match_columns(sheet.headers, TARGET), {"Supplier": "name"})
    assert mapping == {0: "name"}  # the field moved to the column the user chose
    with pytest.raises(InvalidInput, match="not a column"):
        imp.apply_overrides(sheet, TARGET, mapping, {"Nope": "name"})
    with pytest.raises(InvalidInput, match="not a field"):
        imp.apply_overrides(sheet, TARGET, mapping, {"Supplier": "nonsense"})


def test_formula_text_from_a_safe_export_comes_back_as_typed(store, tmp_path: Path) -> None:
    path = tmp_path / "safe.csv"
    path.write_text("Name,Country\n'=1+1,FI\n\"'-2+3\",SE\n", encoding="utf-8")
    result = _preview(store, path)
    assert [row.values["name"] for row in result.rows] == ["=1+1", "-2+3"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.pdf", b"%PDF-1.7", "is not a spreadsheet"),
        ("broken.xlsx", b"PK\x03\x04 not really a zip", "could not be read as an Excel workbook"),
        ("empty.csv", b"\n\n", "holds no rows"),
        ("binary.csv", b"a,b\x00\n", "is not a text file"),
    ],
)
def test_malformed_files_get_one_clear_error(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match=message):
        read_sheet(path)


def test_the_target_is_guessed_from_the_headers() -> None:
    other = imp.Target("other", "Other", (imp.Field("title", "Title"), imp.Field("aware_at", "Aware at")), _create)
    assert imp.guess_target(["Nimi", "Maa", "Laji"], [TARGET, other]) is TARGET
    assert imp.guess_target(["Title", "Aware at"], [TARGET, other]) is other
    assert imp.guess_target(["Nothing", "Known"], [TARGET, other]) is None

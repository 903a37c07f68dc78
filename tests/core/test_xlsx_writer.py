"""The workbook writer (issue 21): SpreadsheetML written directly, read back with openpyxl.

Every guarantee of the openpyxl-based writer it replaced: no formula from data, the quote prefix on
text a spreadsheet could read as one, typed dates and numbers, refused lengths and control characters
(named by cell, never by value), a bold filled header, frozen and filtered, and columns sized from
the first rows.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook

from dpo_desk.errors import InvalidInput
from dpo_desk.reporting.xlsx import MAX_CELL_LENGTH, WorkbookWriter, column_letter, write_rows


def test_every_kind_of_value_reads_back_as_written(tmp_path: Path) -> None:
    helsinki = dt.timezone(dt.timedelta(hours=2))
    values = [
        "a & b < c > d \"q\" 'x'",
        "two\nlines",
        "=SUM(A1)\nsecond line",
        "  padded  ",
        "\rCR",
        "",
        42,
        -7,
        2.5,
        True,
        dt.date(2026, 3, 5),
        dt.datetime(2026, 3, 5, 10, 30, tzinfo=helsinki),
        None,
        ["x", "y"],
        "Åsa Ωμέγα 😀",
    ]
    book = WorkbookWriter()
    sheet = book.sheet("Kinds", [f"h{n}" for n in range(len(values))])
    sheet.append(values)
    out = tmp_path / "kinds.xlsx"
    book.save(out)
    ws = load_workbook(out)["Kinds"]
    read = [c.value for c in ws[2]]
    expected = [*values]
    expected[5] = None  # an empty text is an empty cell
    expected[10] = dt.datetime(2026, 3, 5)
    expected[11] = dt.datetime(2026, 3, 5, 10, 30)  # wall time, the zone dropped
    expected[13] = "x, y"
    assert read == expected
    cells = ws[2]
    assert cells[1].alignment.wrap_text and not cells[1].quotePrefix
    assert cells[2].alignment.wrap_text and cells[2].quotePrefix and cells[2].data_type == "s"
    assert cells[4].quotePrefix and cells[0].data_type == "s" and not cells[0].quotePrefix
    assert cells[10].is_date and cells[10].number_format == "yyyy-mm-dd"
    assert cells[11].is_date and cells[11].number_format == "yyyy-mm-dd hh:mm"
    assert cells[9].data_type == "b" and cells[6].data_type == "n"


def test_no_formula_anywhere_in_the_parts(tmp_path: Path) -> None:
    book = WorkbookWriter()
    sheet = book.sheet("It's & <odd>", ["=Header", "+b"])
    for value in ("=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tTab", '=HYPERLINK("http://x")'):
        sheet.append([value, value])
    out = tmp_path / "f.xlsx"
    book.save(out)
    with zipfile.ZipFile(out) as archive:
        for name in archive.namelist():
            root = ElementTree.fromstring(archive.read(name))  # every part is well-formed XML
            assert not [e for e in root.iter() if e.tag.endswith("}f")], name
    ws = load_workbook(out)["It's & <odd>"]
    assert [c.value for c in ws[1]] == ["=Header", "+b"]
    assert not [c.coordinate for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert all(ws.cell(row=r, column=1).quotePrefix for r in range(2, 8))


def test_header_is_bold_filled_frozen_filtered_and_columns_are_sized(tmp_path: Path) -> None:
    book = WorkbookWriter()
    sheet = book.sheet("Log", ["Reference", "Notes", "Day"], max_width=30)
    write_rows(sheet, ([f"R-{n}", "word " * (n % 20), dt.date(2026, 1, 1)] for n in range(1000)))
    second = book.sheet("Second", ["Only"])
    second.append(["x"])
    out = tmp_path / "log.xlsx"
    book.save(out)
    loaded = load_workbook(out)
    assert loaded.sheetnames == ["Log", "Second"]
    ws = loaded["Log"]
    assert ws["A1"].font.b and ws["A1"].fill.fgColor.rgb.endswith("E8EEF5")
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:C1001"
    assert loaded["Second"].auto_filter.ref == "A1:A2"
    assert ws.column_dimensions["A"].width == len("Reference") + 4
    assert ws.column_dimensions["B"].width == 30  # the longest notes, capped
    assert ws.column_dimensions["C"].width == len("2026-01-01 00:00") + 2
    assert ws.max_row == 1001 and ws["A1001"].value == "R-999"


def test_cell_limits_name_the_cell_never_the_value(tmp_path: Path) -> None:
    book = WorkbookWriter()
    sheet = book.sheet("Limits", ["Text", "More"])
    sheet.append(["x" * MAX_CELL_LENGTH, "ok"])
    with pytest.raises(InvalidInput, match="longer than a spreadsheet cell holds") as refused:
        sheet.append(["fine", "secret" + "y" * MAX_CELL_LENGTH])
    assert "row 3" in str(refused.value) and "column B" in str(refused.value)
    assert "secret" not in str(refused.value)
    with pytest.raises(InvalidInput, match="control characters") as refused:
        sheet.append(["secret\x0bvalue", ""])
    assert "row 3, column A" in str(refused.value) and "secret" not in str(refused.value)
    assert sheet.rows == 1  # the refused rows were not written
    out = tmp_path / "limits.xlsx"
    book.save(out)
    ws = load_workbook(out)["Limits"]
    assert len(ws["A2"].value) == MAX_CELL_LENGTH and ws.max_row == 2


def test_sheet_titles_and_column_letters() -> None:
    assert [column_letter(n) for n in (1, 26, 27, 31, 702, 703)] == ["A", "Z", "AA", "AE", "ZZ", "AAA"]
    book = WorkbookWriter()
    assert book.sheet("x" * 40, ["a"]).title == "x" * 31
    with pytest.raises(ValueError, match="not a sheet title"):
        book.sheet("a/b", ["a"])
    with pytest.raises(ValueError, match="two sheets"):
        book.sheet("X" * 31, ["a"])

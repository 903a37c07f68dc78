"""The workbook's cells are read as openpyxl's read-only reader reads them: the same rows, padding and values."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.utils.datetime import MAC_EPOCH

from dpo_desk.reporting.xlsx import WorkbookWriter
from dpo_desk.services.sheet_reader import _sheet_values


def _openpyxl_and_ours(path: Path) -> list[tuple[list[tuple], list[tuple]]]:
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        return [(list(s.iter_rows(values_only=True)), list(_sheet_values(s))) for s in book.worksheets]
    finally:
        book.close()


def _assert_same(path: Path) -> None:
    for theirs, ours in _openpyxl_and_ours(path):
        assert ours == theirs
        assert [[type(v) for v in row] for row in ours] == [[type(v) for v in row] for row in theirs]


@pytest.mark.parametrize("epoch", ["1900", "1904"])
def test_cells_of_every_kind_read_as_openpyxl_reads_them(tmp_path: Path, epoch: str) -> None:
    book = Workbook()
    if epoch == "1904":
        book.epoch = MAC_EPOCH
    sheet = book.active
    sheet.append(["Name", "When", "Count", "Ok", "Formula", "Time", "Float", "Duration"])
    sheet.append(["Äö 'x", dt.datetime(2026, 1, 2, 3, 4), 5, True, "=1+1", dt.time(12, 30), 2.5, dt.timedelta(hours=5)])
    sheet.append([None, dt.date(2026, 2, 3), 10**12, False, None, None, 1e-7, None])
    sheet["A6"] = "after a gap of two rows"
    sheet["J6"] = "past the header's columns"
    sheet.cell(row=8, column=3, value="=A1")
    book.create_sheet("Second").append(["only a header"])
    book.save(tmp_path / "awkward.xlsx")
    _assert_same(tmp_path / "awkward.xlsx")


def test_the_apps_own_workbooks_inline_strings_read_as_openpyxl_reads_them(tmp_path: Path) -> None:
    book = WorkbookWriter()
    sheet = book.sheet("Log", ["Reference", "Received", "Text", "Days", "Late"])
    sheet.append(["DSR-2026-0001", dt.date(2026, 1, 5), "Line 1\nLine 2 <b>&amp;</b> Łódź 🙂", 12, False])
    sheet.append(["DSR-2026-0002", None, "=1+1 as text", 3.5, True])
    sheet.append([None, None, None, None, None])
    sheet.append(["DSR-2026-0003", dt.datetime(2026, 1, 6, 10, 30, tzinfo=dt.UTC), "  spaced  ", 0, None])
    book.save(tmp_path / "log.xlsx")
    _assert_same(tmp_path / "log.xlsx")

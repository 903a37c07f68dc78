"""Issue 22, point 6: an import refuses, quickly and in one line, a workbook that unpacks past the
limit, a file with more rows than the limit, and a csv whose quote is never closed."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from dpo_desk.errors import InvalidInput
from dpo_desk.services import settings
from dpo_desk.services.sheet_reader import SheetLimits, read_sheet

pytestmark = pytest.mark.both_engines


def _bomb(path: Path, unpacked_mb: int) -> Path:
    """A real workbook with one extra part that deflates to almost nothing and unpacks to `unpacked_mb`."""
    book = Workbook()
    book.active.append(["Name", "Country"])
    book.save(path)
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", b"\0" * (unpacked_mb * 1024 * 1024))
    return path


def test_a_workbook_unpacking_past_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = _bomb(tmp_path / "bomb.xlsx", 3)
    assert path.stat().st_size < 100_000
    with pytest.raises(InvalidInput, match=r"unpacks to 3 MB, past the import limit of 2 MB"):
        read_sheet(path, SheetLimits(max_unpacked_bytes=2 * 1024 * 1024))
    assert read_sheet(path, SheetLimits(max_unpacked_bytes=4 * 1024 * 1024)).headers == ["Name", "Country"]


def test_more_rows_than_the_limit_are_refused_in_a_workbook_and_a_csv(tmp_path: Path) -> None:
    book = Workbook()
    for number in range(12):
        book.active.append(["Name" if number == 0 else f"Entry {number}"])
    book.save(tmp_path / "rows.xlsx")
    (tmp_path / "rows.csv").write_text("Name\n" + "".join(f"Entry {n}\n" for n in range(11)), encoding="utf-8")
    for name in ("rows.xlsx", "rows.csv"):
        with pytest.raises(InvalidInput, match="has more than 10 rows, the import limit"):
            read_sheet(tmp_path / name, SheetLimits(max_rows=10))
        assert len(read_sheet(tmp_path / name, SheetLimits(max_rows=11)).rows) == 11


def test_a_far_away_row_counts_against_the_limit_without_filling_the_gap(tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["Name"])
    book.active["A1000000"] = "far away"
    book.save(tmp_path / "far.xlsx")
    with pytest.raises(InvalidInput, match="has more than 200,000 rows"):
        read_sheet(tmp_path / "far.xlsx")


def test_a_csv_larger_than_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("Name\n" + "x" * 2000 + "\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="is larger than the import limit"):
        read_sheet(path, SheetLimits(max_unpacked_bytes=1000))


def test_an_unterminated_quote_names_the_line_it_opens_on(tmp_path: Path) -> None:
    path = tmp_path / "quote.csv"
    path.write_text('Name,Country\nPilvi Oy,FI\n"Broken Oy,SE\nThird Oy,NO\n', encoding="utf-8")
    with pytest.raises(InvalidInput, match="a quote opened on line 3 that is never closed"):
        read_sheet(path)


def test_a_quoted_value_spanning_lines_is_still_one_row(tmp_path: Path) -> None:
    path = tmp_path / "multiline.csv"
    path.write_text('Name,Notes\nPilvi Oy,"two\nlines"\nThird Oy,x\n', encoding="utf-8")
    sheet = read_sheet(path)
    assert sheet.rows == [["Pilvi Oy", "two\nlines"], ["Third Oy", "x"]]


def test_the_limits_are_settings_of_the_store(store) -> None:
    with store.write() as session:
        settings.put(session, "import.max_rows", 5)
        settings.put(session, "import.max_unpacked_megabytes", 7)
    with store.read() as session:
        assert SheetLimits.of(session) == SheetLimits(max_unpacked_bytes=7 * 1024 * 1024, max_rows=5)
    with store.read() as session, pytest.raises(InvalidInput):
        settings.put(session, "import.max_rows", 0)

"""Writing workbooks that never hold a formula made from user text.

openpyxl turns a string starting with `=` into a formula, and Excel or LibreOffice may do the same
with `+ - @`, tab or carriage return when a user edits the cell (OWASP "CSV injection"). Such text
is stored as a plain string with the quote prefix set: the visible value stays exactly what the user
typed. Lengths and control characters are checked first; an error names the sheet, row and column,
never the value (which may be personal data).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from dpo_desk.errors import InvalidInput
from dpo_desk.outputs import atomic_output

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
MAX_CELL_LENGTH = 32_767
_WIDTH_SAMPLE = 200
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="E8EEF5")
_WRAP = Alignment(wrap_text=True, vertical="top")


def needs_neutralising(value: str) -> bool:
    return value.startswith(FORMULA_TRIGGERS)


class SheetWriter:
    """Appends rows to one write-only sheet: header frozen and filtered, columns sized from the first rows."""

    def __init__(self, sheet: Worksheet, headers: Sequence[str], max_width: int = 60) -> None:
        self._sheet = sheet
        self._headers = list(headers)
        self._max_width = max_width
        self._buffer: list[list[Any]] = []
        self._started = False
        self.rows = 0

    def append(self, values: Sequence[Any]) -> None:
        row = [self._cell(value, self.rows + 2, column) for column, value in enumerate(values, start=1)]
        self.rows += 1
        if self._started:
            self._sheet.append(row)
        else:
            self._buffer.append(row)
            if len(self._buffer) >= _WIDTH_SAMPLE:
                self._start()

    def extend(self, rows: Iterable[Sequence[Any]]) -> None:
        for values in rows:
            self.append(values)

    def _start(self) -> None:
        widths = [len(h) + 4 for h in self._headers]
        for row in self._buffer:
            for i, cell in enumerate(row[: len(widths)]):
                shown = cell.value if not isinstance(cell.value, dt.date) else "2026-01-01 00:00"
                longest = max((len(line) for line in str(shown or "").splitlines()), default=0)
                widths[i] = max(widths[i], min(longest + 2, self._max_width))
        for i, width in enumerate(widths, start=1):
            self._sheet.column_dimensions[get_column_letter(i)].width = width
        self._sheet.freeze_panes = "A2"
        header = []
        for title in self._headers:
            cell = WriteOnlyCell(self._sheet, value=title)
            cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
            header.append(cell)
        self._sheet.append(header)
        for row in self._buffer:
            self._sheet.append(row)
        self._buffer.clear()
        self._started = True

    def finish(self) -> None:
        if not self._started:
            self._start()
        last = get_column_letter(max(1, len(self._headers)))
        self._sheet.auto_filter.ref = f"A1:{last}{self.rows + 1}"

    def _cell(self, value: Any, row: int, column: int) -> Any:
        where = f"sheet {self._sheet.title!r}, row {row}, column {get_column_letter(column)}"
        if isinstance(value, dt.datetime):
            value = value.replace(tzinfo=None)  # callers pass wall time in the organisation's zone
            cell = WriteOnlyCell(self._sheet, value=value)
            cell.number_format = "yyyy-mm-dd hh:mm"
            return cell
        if isinstance(value, dt.date):
            cell = WriteOnlyCell(self._sheet, value=value)
            cell.number_format = "yyyy-mm-dd"
            return cell
        if isinstance(value, bool) or value is None or isinstance(value, int | float):
            return WriteOnlyCell(self._sheet, value=value)
        if isinstance(value, list | tuple | set):
            value = ", ".join(str(v) for v in value)
        text = str(value)
        if len(text) > MAX_CELL_LENGTH:
            raise InvalidInput(where, None, f"is longer than a spreadsheet cell holds ({MAX_CELL_LENGTH} characters)")
        if ILLEGAL_CHARACTERS_RE.search(text):
            raise InvalidInput(where, None, "holds control characters a spreadsheet cannot store")
        cell = WriteOnlyCell(self._sheet, value=text)
        if needs_neutralising(text):
            cell.data_type = "s"
            cell.quotePrefix = True
        if "\n" in text:
            cell.alignment = _WRAP
        return cell


class WorkbookWriter:
    """A write-only workbook (lxml-backed when installed) saved atomically."""

    def __init__(self) -> None:
        self._book = Workbook(write_only=True)
        self._sheets: list[SheetWriter] = []

    def sheet(self, title: str, headers: Sequence[str], max_width: int = 60) -> SheetWriter:
        writer = SheetWriter(self._book.create_sheet(title=title[:31]), headers, max_width)
        self._sheets.append(writer)
        return writer

    def save(self, target: str | os.PathLike[str]) -> None:
        for sheet in self._sheets:
            sheet.finish()
        with atomic_output(target) as partial:
            self._book.save(str(partial))


def write_rows(
    sheet: SheetWriter,
    rows: Iterable[Sequence[Any]],
    progress: Callable[[int, int], None] | None = None,
    total: int = 0,
    every: int = 500,
) -> None:
    """Appends rows, reporting progress now and then (a cancelled progress raises and stops the export)."""
    for count, values in enumerate(rows, start=1):
        sheet.append(values)
        if progress and count % every == 0:
            progress(count, total)
    if progress:
        progress(total or sheet.rows, total or sheet.rows)

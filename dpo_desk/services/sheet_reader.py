"""Reading the first table of an .xlsx or .csv file as headers and rows of plain values.

Spreadsheets come from other tools and other people, so nothing in them is trusted: formulas are
read as their last computed value (never evaluated), a leading apostrophe that a formula-safe
export added before = + - @ is taken off again, and every error names the file and the row.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dpo_desk.errors import InvalidInput

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".txt")
_NEUTRALISED = ("'=", "'+", "'-", "'@")


@dataclass(frozen=True)
class Sheet:
    """A table read from a file: `rows[i]` is spreadsheet row `first_row + i`, a value per header."""

    source: str
    headers: list[str]
    rows: list[list[Any]]
    first_row: int

    def column_name(self, index: int) -> str:
        """The column as the user sees it: its letter and its header ("C (Received)")."""
        return f"{_column_letter(index)} ({self.headers[index]})" if self.headers[index] else _column_letter(index)


def read_sheet(path: str | os.PathLike[str]) -> Sheet:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SPREADSHEET_SUFFIXES:
        raise InvalidInput("file", path.name, "is not a spreadsheet: use .xlsx or .csv")
    if not path.is_file():
        raise InvalidInput("file", str(path), "does not exist")
    raw_rows = _xlsx_rows(path) if suffix in (".xlsx", ".xlsm") else _csv_rows(path)
    return _table(path.name, raw_rows)


def _table(source: str, raw_rows: list[tuple[int, list[Any]]]) -> Sheet:
    filled = [(number, [_clean(v) for v in row]) for number, row in raw_rows]
    filled = [(number, row) for number, row in filled if any(v not in (None, "") for v in row)]
    if not filled:
        raise InvalidInput("file", source, "holds no rows")
    header_number, header_row = filled[0]
    width = max(len(row) for _, row in filled)
    headers = [str(v).strip() if v is not None else "" for v in header_row] + [""] * (width - len(header_row))
    while headers and not headers[-1]:
        headers.pop()
    if not any(headers):
        raise InvalidInput("file", source, "has no header row: its first row must name the columns")
    rows: list[list[Any]] = []
    first = header_number + 1
    for number, row in filled[1:]:
        while first + len(rows) < number:  # keep row numbers true to the file across empty rows
            rows.append([None] * len(headers))
        rows.append((row + [None] * len(headers))[: len(headers)])
    return Sheet(source, headers, rows, first)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        if value.startswith(_NEUTRALISED):
            value = value[1:]
        return value
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _xlsx_rows(path: Path) -> list[tuple[int, list[Any]]]:
    from openpyxl import load_workbook

    try:
        # data_only: a formula is read as the value it last had, never as a formula to evaluate.
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception:
        raise InvalidInput("file", path.name, "could not be read as an Excel workbook") from None
    try:
        sheet = book.worksheets[0]
        return [(number, list(row)) for number, row in enumerate(sheet.iter_rows(values_only=True), start=1)]
    finally:
        book.close()


def _csv_rows(path: Path) -> list[tuple[int, list[Any]]]:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # cp1252 decodes nearly anything; this is for completeness
        raise InvalidInput("file", path.name, "is not text in UTF-8 or Windows-1252")
    if "\x00" in text:
        raise InvalidInput("file", path.name, "is not a text file")
    # Only the delimiter is guessed (Finnish Excel writes ';'); quoting stays standard, since a
    # sniffer would take the apostrophe of a neutralised formula for a quote character.
    header_line = text.lstrip("\r\n").split("\n", 1)[0]
    delimiter = max(",;\t", key=header_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return list(enumerate(reader, start=1))  # a record is a row, even when a quoted value spans lines
    except csv.Error as error:
        raise InvalidInput("file", path.name, f"is not valid CSV near line {reader.line_num}: {error}") from None


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters

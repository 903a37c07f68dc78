"""Reading the first table of an .xlsx or .csv file as headers and rows of plain values.

Spreadsheets come from other tools and other people, so nothing in them is trusted: formulas are
read as their last computed value (never evaluated), a leading apostrophe that a formula-safe
export added before = + - @ is taken off again, and every error names the file and the row.
A file is read as a stream under limits (`SheetLimits`): a workbook whose parts would unpack past
the size limit is refused from its zip directory before anything is unpacked, and reading stops at
the first row past the row limit, so a hostile file costs neither minutes nor gigabytes.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import os
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dpo_desk.errors import InvalidInput

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".txt")
_NEUTRALISED = ("'=", "'+", "'-", "'@")
_MB = 1024 * 1024


@dataclass(frozen=True)
class SheetLimits:
    """How much a file may unpack to and how many rows (below the header) it may hold."""

    max_unpacked_bytes: int = 200 * _MB
    max_rows: int = 200_000

    @classmethod
    def of(cls, session: Any) -> SheetLimits:
        """The limits the store's settings give (`import.max_unpacked_megabytes`, `import.max_rows`)."""
        from dpo_desk.services import settings

        return cls(
            settings.get(session, "import.max_unpacked_megabytes") * _MB, settings.get(session, "import.max_rows")
        )


@dataclass(frozen=True)
class Sheet:
    """A table read from a file: `rows[i]` is spreadsheet row `first_row + i`, a value per header."""

    source: str
    headers: list[str]
    rows: list[list[Any]]
    first_row: int
    name: str = ""  # the worksheet's title; "" for a csv

    def column_name(self, index: int) -> str:
        """The column as the user sees it: its letter and its header ("C (Received)")."""
        return f"{_column_letter(index)} ({self.headers[index]})" if self.headers[index] else _column_letter(index)


def read_sheet(path: str | os.PathLike[str], limits: SheetLimits | None = None) -> Sheet:
    """The first table of the file (a workbook's first worksheet)."""
    return read_workbook(path, limits, first_only=True)[0]


def read_workbook(
    path: str | os.PathLike[str], limits: SheetLimits | None = None, *, first_only: bool = False
) -> list[Sheet]:
    """Every table of the file: each worksheet that holds rows (a csv is one); the row limit counts them all."""
    path = Path(path)
    limits = limits or SheetLimits()
    suffix = path.suffix.lower()
    if suffix not in SPREADSHEET_SUFFIXES:
        raise InvalidInput("file", path.name, "is not a spreadsheet: use .xlsx or .csv", code="not-a-spreadsheet")
    if not path.is_file():
        raise InvalidInput("file", str(path), "does not exist", code="file-not-found")
    if suffix not in (".xlsx", ".xlsm"):
        if path.stat().st_size > limits.max_unpacked_bytes:
            raise InvalidInput(
                "file",
                path.name,
                f"is larger than the import limit of {_megabytes(limits)}",
                code="larger-than-import-limit",
                values={"megabytes": limits.max_unpacked_bytes // _MB},
            )
        return [_table(path.name, _csv_rows(path), limits)]
    _check_unpacked_size(path, limits)
    sheets: list[Sheet] = []
    for title, rows in _xlsx_sheets(path, first_only):
        left = SheetLimits(limits.max_unpacked_bytes, limits.max_rows - sum(len(s.rows) for s in sheets))
        try:
            sheets.append(_table(path.name, rows, left if sheets else limits, title))
        except InvalidInput as error:
            if sheets and ("holds no rows" in error.reason or "no header row" in error.reason):
                continue  # a later sheet without a table (notes, a chart) is not what is imported
            raise
    return sheets


def _megabytes(limits: SheetLimits) -> str:
    return f"{limits.max_unpacked_bytes // _MB} MB"


def _check_unpacked_size(path: Path, limits: SheetLimits) -> None:
    # zipfile never yields more than a part's declared size (a part that lies fails its CRC), so the
    # directory's declared sizes bound what reading the workbook can unpack.
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        raise InvalidInput("file", path.name, "could not be read as an Excel workbook", code="not-a-workbook") from None
    if unpacked > limits.max_unpacked_bytes:
        raise InvalidInput(
            "file",
            path.name,
            f"unpacks to {unpacked // _MB} MB, past the import limit of {_megabytes(limits)}; nothing was read",
            code="unpacks-past-import-limit",
            values={"unpacked": unpacked // _MB, "megabytes": limits.max_unpacked_bytes // _MB},
        )


def _table(source: str, raw_rows: Iterable[tuple[int, list[Any]]], limits: SheetLimits, name: str = "") -> Sheet:
    header_number, header_row = 0, None
    rows: list[list[Any]] = []
    headers: list[str] = []
    for number, raw in raw_rows:
        row = [v if v is None else _clean(v, apostrophe=not name) for v in raw]  # a csv's table has no name
        if not any(v not in (None, "") for v in row):
            continue
        if header_row is None:
            header_number, header_row = number, row
            headers = _headers(source, row)
            continue
        if number - header_number > limits.max_rows:
            raise InvalidInput(
                "file",
                source,
                f"has more than {limits.max_rows:,} rows, the import limit; nothing was read",
                code="more-rows-than-import-limit",
                values={"rows": limits.max_rows},
            )
        while header_number + 1 + len(rows) < number:  # keep row numbers true to the file across empty rows
            rows.append([None] * len(headers))
        rows.append((row + [None] * len(headers))[: len(headers)])
    if header_row is None:
        raise InvalidInput("file", source, "holds no rows", code="holds-no-rows")
    return Sheet(source, headers, rows, header_number + 1, name)


def _headers(source: str, row: list[Any]) -> list[str]:
    headers = [str(v).strip() if v is not None else "" for v in row]
    while headers and not headers[-1]:
        headers.pop()
    if not any(headers):
        raise InvalidInput(
            "file", source, "has no header row: its first row must name the columns", code="no-header-row"
        )
    return headers


def _clean(value: Any, *, apostrophe: bool = False) -> Any:
    """A cell as a plain value; `apostrophe`: a csv's leading ' before = + - @ is a formula-safe export's, taken off.

    A workbook marks such text with the cell's quote prefix instead, so its apostrophes are the user's own.
    """
    if isinstance(value, str):
        value = value.strip()
        if apostrophe and value.startswith(_NEUTRALISED):
            value = value[1:]
        return value
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _xlsx_sheets(path: Path, first_only: bool) -> Iterator[tuple[str, Iterator[tuple[int, list[Any]]]]]:
    from openpyxl import load_workbook

    try:
        # data_only: a formula is read as the value it last had, never as a formula to evaluate.
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception:
        raise InvalidInput("file", path.name, "could not be read as an Excel workbook", code="not-a-workbook") from None
    try:
        for sheet in book.worksheets[:1] if first_only else book.worksheets:
            yield sheet.title, _numbered(_sheet_values(sheet))
    finally:
        book.close()


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _VALUE, _INLINE, _TEXT, _RUN = (_MAIN + tag for tag in ("row", "v", "is", "t", "r"))
_DIGITS = "0123456789"


def _sheet_values(sheet: Any) -> Iterator[tuple[Any, ...]]:
    """The worksheet's rows of values as openpyxl's read-only `iter_rows(values_only=True)` gives them (the same
    rows and padding, types, dates, shared and inline strings), from the sheet's XML through lxml.

    openpyxl builds an object per cell (and per inline string, which is how DPO Desk's own workbooks hold
    text): reading a 10,000-row request log took 2.6 s of CPU. The workbook's parts (sheets, shared
    strings, date styles, its epoch) still come from openpyxl's reader; only the cells are read here.
    """
    from lxml import etree
    from openpyxl.utils.cell import column_index_from_string, coordinate_to_tuple
    from openpyxl.utils.datetime import from_excel, from_ISO8601

    book = sheet.parent
    shared, epoch, dates, durations = sheet._shared_strings, book.epoch, book._date_formats, book._timedelta_formats
    max_col, max_row = sheet.max_column, sheet.max_row
    empty_row = (None,) * max_col if max_col is not None else ()
    columns: dict[str, int] = {}
    counter = number = 1
    row_counter = 0
    with sheet._get_source() as source:
        rows = etree.iterparse(source, events=("end",), tag=_ROW, resolve_entities=False, no_network=True)
        for _, row in rows:
            found = row.get("r")
            if found is None:
                row_counter += 1
            else:
                try:
                    row_counter = int(found)
                except ValueError:
                    if not float(found).is_integer():
                        raise ValueError(f"{found} is not a valid row number") from None
                    row_counter = int(float(found))
            number = row_counter
            cells: list[tuple[int, Any]] = []
            column = 0
            for cell in row:
                if not isinstance(cell.tag, str):  # a comment, which openpyxl's parser never sees
                    continue
                kind, ref, style = cell.get("t", "n"), cell.get("r"), cell.get("s", 0)
                if style:
                    style = int(style)
                if ref:
                    letters = ref.rstrip(_DIGITS)
                    if letters not in columns or len(letters) == len(ref):
                        column = coordinate_to_tuple(ref)[1]
                        columns[letters] = column_index_from_string(letters) if len(letters) < len(ref) else column
                    column = columns[letters]
                else:
                    column += 1
                value = None
                wanted = _INLINE if kind == "inlineStr" else _VALUE
                for child in cell:  # the first <v> (or <is>): iterating is cheaper than lxml's find per cell
                    if child.tag == wanted:
                        value = _inline_text(child) if wanted is _INLINE else (child.text or None)
                        break
                if value is not None and wanted is _VALUE:
                    if kind == "n":
                        value = float(value) if "." in value or "E" in value or "e" in value else int(value)
                        if style in dates:
                            try:
                                value = from_excel(value, epoch, timedelta=style in durations)
                            except (OverflowError, ValueError):
                                value = "#VALUE!"  # as openpyxl reads a date cell whose serial no date has
                    elif kind == "s":
                        value = shared[int(value)]
                    elif kind == "b":
                        value = bool(int(value))
                    elif kind == "d":
                        value = from_ISO8601(value)
                cells.append((column, value))
            row.clear()
            while row.getprevious() is not None:
                del row.getparent()[0]
            if max_row is not None and number > max_row:
                break
            while counter < number:
                counter += 1
                yield empty_row
            if counter <= number:
                counter += 1
                yield _padded(cells, max_col)
    if max_row is not None and max_row < number:
        for _ in range(counter, max_row + 1):
            yield empty_row


def _inline_text(element: Any) -> str:
    """An inline string's text: its plain text and its rich-text runs' (not its phonetic runs')."""
    parts = []
    for child in element:
        if child.tag == _TEXT:
            parts.append(child.text or "")
        elif child.tag == _RUN:
            parts.append(child.findtext(_TEXT) or "")
    return "".join(parts)


def _padded(cells: list[tuple[int, Any]], max_col: int | None) -> tuple[Any, ...]:
    if not cells and not max_col:
        return ()
    width = max_col or cells[-1][0]
    values: list[Any] = [None] * width
    for column, value in cells:
        if 1 <= column <= width:
            values[column - 1] = value
    return tuple(values)


def _numbered(rows: Iterable[tuple[Any, ...]]) -> Iterator[tuple[int, list[Any]]]:
    for number, row in enumerate(rows, start=1):
        yield number, list(row)


def _csv_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    encoding = _csv_encoding(path)
    with open(path, encoding=encoding, newline="") as text:
        header_line = ""
        for line in text:
            if line.strip("\r\n"):
                header_line = line
                break
        text.seek(0)
        # Only the delimiter is guessed (Finnish Excel writes ';'); quoting stays standard, since a
        # sniffer would take the apostrophe of a neutralised formula for a quote character.
        delimiter = max(",;\t", key=header_line.count)
        reader = csv.reader(text, delimiter=delimiter, strict=True)
        number = 0
        while True:
            starts_on = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except UnicodeDecodeError:
                raise InvalidInput(
                    "file", path.name, "is not text in UTF-8 or Windows-1252", code="not-utf8-or-windows-1252"
                ) from None
            except csv.Error as error:
                raise InvalidInput(
                    "file",
                    path.name,
                    _csv_problem(starts_on, reader.line_num, error),
                    code="not-valid-csv",
                    values={"line": starts_on if "unexpected end of data" in str(error) else reader.line_num},
                ) from None
            number += 1  # a record is a row, even when a quoted value spans lines
            if any("\x00" in value for value in row):
                raise InvalidInput("file", path.name, "is not a text file", code="not-a-text-file")
            yield number, row


def _csv_problem(starts_on: int, stopped_on: int, error: csv.Error) -> str:
    if "unexpected end of data" in str(error):
        return f"has a quote opened on line {starts_on} that is never closed; nothing was read"
    return f"is not valid CSV on line {stopped_on}: {error}; nothing was read"


def _csv_encoding(path: Path) -> str:
    """UTF-8 (with or without its byte-order mark) when the whole file decodes so; else Windows-1252."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with open(path, "rb") as raw:
        head = raw.read(4096)
        if b"\x00" in head:
            raise InvalidInput("file", path.name, "is not a text file", code="not-a-text-file")
        chunk = head
        try:
            while chunk:
                decoder.decode(chunk)
                chunk = raw.read(1 << 20)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"  # decodes nearly any byte, which is what a Finnish Excel's csv needs
    return "utf-8-sig"


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters

"""Writing workbooks that never hold a formula made from user text.

A spreadsheet program may read text starting with `=`, `+`, `-`, `@`, tab or carriage return as a
formula when a user edits the cell (OWASP "CSV injection"). This writer never writes a formula at
all: every text is an inline string, and such text also carries the quote prefix (a cell style), so
the visible value stays exactly what the user typed. Lengths and control characters are checked
first; an error names the sheet, row and column, never the value (which may be personal data).

The workbook is written here as SpreadsheetML (ECMA-376) rather than through openpyxl or XlsxWriter:
their per-cell objects made the request log's writer 24× (openpyxl write-only with lxml) and 16×
(XlsxWriter, constant memory) `csv.writer` on the same rows, against a limit of 12× (issue 21). Each
sheet streams its rows to an unnamed temporary file, so memory stays flat at any size; the parts
are zipped when the workbook is saved, atomically. The workbooks are read back with openpyxl in
the tests (values, types, quote prefixes, frozen header, filter, widths).
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Sequence
from typing import IO, Any

from dpo_desk.errors import InvalidInput
from dpo_desk.outputs import atomic_output

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
MAX_CELL_LENGTH = 32_767
_WIDTH_SAMPLE = 200
# What XML 1.0 cannot hold (openpyxl refuses the same characters).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# One search per text finds everything that needs a second look: markup, line breaks, control characters.
_SPECIAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f&<>\r\n]")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_EPOCH = dt.date(1899, 12, 30)  # day 0 of Excel's 1900 date system (1 March 1900 onwards is exact)
_EPOCH_TIME = dt.datetime(1899, 12, 30)
_SHEET_TITLE_REFUSED = re.compile(r"[\\*?:/\[\]]")

# Cell styles: indexes into styles.xml's cellXfs below.
_HEADER, _DATE, _DATETIME, _QUOTED, _WRAPPED, _QUOTED_WRAPPED = 1, 2, 3, 4, 5, 6

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_STYLES = (
    f'{_XML}<styleSheet xmlns="{_NS}">'
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>'
    '<numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="00E8EEF5"/><bgColor indexed="64"/></patternFill></fill>'
    "</fills>"
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="7">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1" applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)


def needs_neutralising(value: str) -> bool:
    return value.startswith(FORMULA_TRIGGERS)


def column_letter(number: int) -> str:
    """1 → A, 27 → AA."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _escape(text: str) -> str:
    return text.translate(_ESCAPES)


def _attribute(text: str) -> str:
    return text.translate(_ESCAPES).replace('"', "&quot;")


class SheetWriter:
    """Appends rows to one sheet: header frozen and filtered, columns sized from the first rows."""

    def __init__(self, title: str, headers: Sequence[str], max_width: int = 60) -> None:
        self.title = title
        self._headers = list(headers)
        self._max_width = max_width
        self._letters = [column_letter(n) for n in range(1, max(1, len(self._headers)) + 1)]
        self._widths = [len(str(h)) + 4 for h in self._headers]
        # Unnamed (unlinked at once), closed by save(); rows never sit in memory.
        self._rows: IO[str] = tempfile.TemporaryFile("w+", encoding="utf-8", newline="")  # noqa: SIM115
        self.rows = 0
        self._write_row(list(self._headers), "1", header=True)

    def append(self, values: Sequence[Any]) -> None:
        self._write_row(values, str(self.rows + 2))
        self.rows += 1  # only once the row is written: a refused row is not counted

    def extend(self, rows: Iterable[Sequence[Any]]) -> None:
        for values in rows:
            self.append(values)

    def _write_row(self, values: Sequence[Any], number: str, header: bool = False) -> None:
        letters = self._letters
        while len(letters) < len(values):
            letters.append(column_letter(len(letters) + 1))
        sampled = not header and self.rows < _WIDTH_SAMPLE
        cells = [f'<row r="{number}">']
        add = cells.append
        for column, value in enumerate(values):
            kind = type(value)
            if kind is str:
                if not value and not header:
                    continue  # an empty text is an empty cell, as openpyxl wrote it
                text = value
            elif value is None:
                if header:
                    add(f'<c r="{letters[column]}{number}" s="{_HEADER}"/>')
                continue
            elif kind is int:
                add(f'<c r="{letters[column]}{number}"><v>{value}</v></c>')
                if sampled:
                    self._measure(column, str(value))
                continue
            elif kind is dt.date:
                add(f'<c r="{letters[column]}{number}" s="{_DATE}"><v>{(value - _EPOCH).days}</v></c>')
                if sampled:
                    self._measure(column, "2026-01-01 00:00")
                continue
            else:
                text = self._other(value, number, column, letters, add, sampled)
                if text is None or not (text or header):
                    continue
            self._write_text(text, number, column, letters, add, sampled, header)
        add("</row>")
        self._rows.write("".join(cells))

    def _write_text(
        self,
        text: str,
        number: str,
        column: int,
        letters: list[str],
        add: Callable[[str], None],
        sampled: bool,
        header: bool,
    ) -> None:
        style = _HEADER if header else _QUOTED if text.startswith(FORMULA_TRIGGERS) else 0
        if len(text) > MAX_CELL_LENGTH:
            too_long = f"is longer than a spreadsheet cell holds ({MAX_CELL_LENGTH} characters)"
            raise InvalidInput(
                self._where(number, column),
                None,
                too_long,
                code="longer-than-a-cell",
                values={"limit": MAX_CELL_LENGTH},
            )
        if _SPECIAL.search(text):
            if _ILLEGAL.search(text):
                refused = "holds control characters a spreadsheet cannot store"
                raise InvalidInput(self._where(number, column), None, refused, code="not-storable-in-cell")
            if "\n" in text and not header:
                style = _QUOTED_WRAPPED if style == _QUOTED else _WRAPPED
            shown = _escape(text)
        else:
            shown = text
        if sampled:
            self._measure(column, text)
        space = ' xml:space="preserve"' if text != text.strip() else ""
        styled = f' s="{style}"' if style else ""
        add(f'<c r="{letters[column]}{number}"{styled} t="inlineStr"><is><t{space}>{shown}</t></is></c>')

    def _other(
        self, value: Any, number: str, column: int, letters: list[str], add: Callable[[str], None], sampled: bool
    ) -> str | None:
        """Writes a cell of a type other than text, whole number or date; returns the text to write instead."""
        where = f'<c r="{letters[column]}{number}"'
        if isinstance(value, bool):
            add(f'{where} t="b"><v>{int(value)}</v></c>')
            return None
        if isinstance(value, dt.datetime):
            wall = value.replace(tzinfo=None)  # callers pass wall time in the organisation's zone
            serial = (wall - _EPOCH_TIME) / dt.timedelta(days=1)
            add(f'{where} s="{_DATETIME}"><v>{serial!r}</v></c>')
            if sampled:
                self._measure(column, "2026-01-01 00:00")
            return None
        if isinstance(value, dt.date):
            add(f'{where} s="{_DATE}"><v>{(value - _EPOCH).days}</v></c>')
            if sampled:
                self._measure(column, "2026-01-01 00:00")
            return None
        if isinstance(value, int | float) and math.isfinite(value):
            add(f"{where}><v>{value!r}</v></c>" if isinstance(value, float) else f"{where}><v>{int(value)}</v></c>")
            if sampled:
                self._measure(column, str(value))
            return None
        if isinstance(value, list | tuple | set):
            return ", ".join(str(v) for v in value)
        return str(value)

    def _measure(self, column: int, text: str) -> None:
        longest = max(len(line) for line in text.splitlines()) if "\n" in text else len(text)
        widths = self._widths
        while len(widths) <= column:
            widths.append(4)
        widths[column] = max(widths[column], min(longest + 2, self._max_width))

    def _where(self, number: str, column: int) -> str:
        return f"sheet {self.title!r}, row {number}, column {column_letter(column + 1)}"

    def _part(self) -> Iterable[str]:
        """The sheet's XML, in pieces: head, the rows streamed back, tail."""
        last = column_letter(max(1, len(self._letters)))
        end = f"{last}{self.rows + 1}"
        filtered = column_letter(max(1, len(self._headers)))
        cols = "".join(
            f'<col min="{n}" max="{n}" width="{width}" customWidth="1"/>'
            for n, width in enumerate(self._widths, start=1)
        )
        yield (
            f'{_XML}<worksheet xmlns="{_NS}" xmlns:r="{_REL_NS}"><dimension ref="A1:{end}"/>'
            '<sheetViews><sheetView workbookViewId="0">'
            '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
            '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
            '<sheetFormatPr defaultRowHeight="15"/>' + (f"<cols>{cols}</cols>" if cols else "") + "<sheetData>"
        )
        self._rows.seek(0)
        while chunk := self._rows.read(1 << 20):
            yield chunk
        yield f'</sheetData><autoFilter ref="A1:{filtered}{self.rows + 1}"/></worksheet>'

    def filter_range(self) -> str:
        last = column_letter(max(1, len(self._headers)))
        return f"$A$1:${last}${self.rows + 1}"

    def close(self) -> None:
        self._rows.close()


class WorkbookWriter:
    """A workbook whose sheets stream to temporary files, saved atomically as one .xlsx."""

    def __init__(self) -> None:
        self._sheets: list[SheetWriter] = []

    def sheet(self, title: str, headers: Sequence[str], max_width: int = 60) -> SheetWriter:
        title = title[:31]
        if not title or _SHEET_TITLE_REFUSED.search(title) or title.startswith("'") or title.endswith("'"):
            raise ValueError(f"not a sheet title: {title!r}")
        if title.casefold() in {s.title.casefold() for s in self._sheets}:
            raise ValueError(f"two sheets titled {title!r}")
        writer = SheetWriter(title, headers, max_width)
        self._sheets.append(writer)
        return writer

    def save(self, target: str | os.PathLike[str]) -> None:
        try:
            with atomic_output(target) as partial, zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
                for name, text in self._package():
                    archive.writestr(name, text)
                for number, sheet in enumerate(self._sheets, start=1):
                    with archive.open(f"xl/worksheets/sheet{number}.xml", "w", force_zip64=True) as part:
                        for piece in sheet._part():
                            part.write(piece.encode("utf-8"))
        finally:
            for sheet in self._sheets:
                sheet.close()

    def _package(self) -> list[tuple[str, str]]:
        sheets = self._sheets or [SheetWriter("Sheet", [])]
        self._sheets = sheets
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{n}.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for n in range(1, len(sheets) + 1)
        )
        types = (
            f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            f"{overrides}</Types>"
        )
        package_rels = (
            f'{_XML}<Relationships xmlns="{_PKG_REL_NS}">'
            f'<Relationship Id="rId1" Type="{_REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        )
        book_rels = "".join(
            f'<Relationship Id="rId{n}" Type="{_REL_NS}/worksheet" Target="worksheets/sheet{n}.xml"/>'
            for n in range(1, len(sheets) + 1)
        )
        book_rels += f'<Relationship Id="rId{len(sheets) + 1}" Type="{_REL_NS}/styles" Target="styles.xml"/>'
        entries = "".join(
            f'<sheet name="{_attribute(s.title)}" sheetId="{n}" r:id="rId{n}"/>' for n, s in enumerate(sheets, start=1)
        )
        names = "".join(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{n}" hidden="1">'
            f"{_escape(_quoted(s.title))}!{s.filter_range()}</definedName>"
            for n, s in enumerate(sheets)
        )
        workbook = (
            f'{_XML}<workbook xmlns="{_NS}" xmlns:r="{_REL_NS}"><bookViews><workbookView/></bookViews>'
            f"<sheets>{entries}</sheets><definedNames>{names}</definedNames></workbook>"
        )
        return [
            ("[Content_Types].xml", types),
            ("_rels/.rels", package_rels),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", f'{_XML}<Relationships xmlns="{_PKG_REL_NS}">{book_rels}</Relationships>'),
            ("xl/styles.xml", _STYLES),
        ]


def _quoted(title: str) -> str:
    return "'" + title.replace("'", "''") + "'"


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

"""Shared PDF building blocks: embedded fonts, escaped text, page x of y, tables that wrap and repeat.

User text never reaches ReportLab's markup parser unescaped: `para()` escapes it, so `<b>`, `&` and
`<img src=...>` print as the characters typed and never read a local file. DejaVu Sans is embedded
so every name prints and extracts (Łódź, Ørsted, Дмитрий).

Long registers (thousands of rows) use `paged_table()`: plain text broken into lines here, with the
embedded face's own widths, and one small table per page, so the cost grows with the rows and not
with their square (ReportLab's Paragraph parses and wraps every cell on every split of one big table).
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from dpo_desk.outputs import atomic_output
from dpo_desk.paths import resources_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#9e9e9e")
HEADER_FILL = colors.HexColor("#e8eef5")


@lru_cache(maxsize=1)
def register_fonts() -> str:
    folder = resources_dir() / "fonts"
    for name, file in (
        (FONT, "DejaVuSans.ttf"),
        (FONT_BOLD, "DejaVuSans-Bold.ttf"),
        (FONT_ITALIC, "DejaVuSans-Oblique.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)
    return FONT


class Styles:
    """The paragraph styles every report uses."""

    def __init__(self, base_size: float = 9.5) -> None:
        register_fonts()
        self.body = ParagraphStyle(
            "body", fontName=FONT, fontSize=base_size, leading=base_size * 1.3, alignment=TA_LEFT
        )
        self.small = ParagraphStyle(
            "small", parent=self.body, fontSize=base_size - 1.5, leading=(base_size - 1.5) * 1.3
        )
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=base_size - 1.5, leading=(base_size - 1.5) * 1.25)
        self.cell_head = ParagraphStyle("cell_head", parent=self.cell, fontName=FONT_BOLD)
        self.label = ParagraphStyle("label", parent=self.body, fontName=FONT_BOLD, textColor=GREY)
        self.title = ParagraphStyle(
            "title",
            parent=self.body,
            fontName=FONT_BOLD,
            fontSize=base_size + 7,
            leading=(base_size + 7) * 1.25,
            spaceAfter=4,
        )
        self.subtitle = ParagraphStyle("subtitle", parent=self.body, textColor=GREY, spaceAfter=8)
        self.heading = ParagraphStyle(
            "heading",
            parent=self.body,
            fontName=FONT_BOLD,
            fontSize=base_size + 2.5,
            leading=(base_size + 2.5) * 1.3,
            spaceBefore=10,
            spaceAfter=4,
        )


def text(value: Any) -> str:
    """User text made safe for a Paragraph: escaped, line breaks kept."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        value = value.isoformat()
    escaped = escape(str(value))
    return escaped.replace("\r\n", "\n").replace("\n", "<br/>")


def para(value: Any, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text, printed literally."""
    return Paragraph(text(value), style)


def trusted(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of our own markup (labels from reports/); never pass user text here."""
    return Paragraph(markup, style)


def fields_table(rows: Iterable[tuple[str, Any]], styles: Styles, width: float, label_share: float = 0.32) -> Table:
    """Label/value pairs as a two-column table whose values wrap and may flow across pages."""
    data = [
        [para(label, styles.label), para(value if value not in (None, "") else "—", styles.body)]
        for label, value in rows
    ]
    table = Table(data, colWidths=[width * label_share, width * (1 - label_share)], splitByRow=True)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def data_table(
    headers: Sequence[str], rows: Iterable[Sequence[Any]], styles: Styles, col_widths: Sequence[float]
) -> Table:
    """A register table: the header row repeats on every page, long text wraps inside its cell."""
    data = [[para(h, styles.cell_head) for h in headers]]
    data += [[para(cell, styles.cell) for cell in row] for row in rows]
    table = Table(data, colWidths=list(col_widths), repeatRows=1, splitByRow=True)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("GRID", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


class TextFitter:
    """Breaks plain text into lines that fit a width, measured with the widths of one embedded face.

    Text is never parsed as markup (it goes to the table as a plain string). Lines break at spaces;
    a word wider than the column breaks after `@ / . - _` where it can, else between letters;
    soft hyphens (U+00AD, as in the Finnish column labels) are break points that print a hyphen.
    """

    BREAK_AFTER = frozenset("@/.-_&?=")

    def __init__(self, font: str, size: float) -> None:
        register_fonts()
        face = pdfmetrics.getFont(font).face
        self.font, self.size = font, size
        self._char_width, self._default = face.charWidths.get, face.defaultWidth
        self._scale = size / 1000
        self._widths: dict[str, float] = {}
        self.space = self.width(" ")

    def width(self, text: str) -> float:
        found = self._widths.get(text)
        if found is None:
            get, default = self._char_width, self._default
            found = self._widths[text] = sum(get(ord(c), default) for c in text) * self._scale
        return found

    def lines(self, text: Any, width: float) -> list[str]:
        """`text` (line breaks kept) as lines of at most `width` points."""
        if text is None:
            return [""]
        out: list[str] = []
        for paragraph in str(text).replace("\r\n", "\n").split("\n"):
            out += self._fill(paragraph.split(), width)
        return out

    def fit(self, text: Any, width: float) -> str:
        return "\n".join(self.lines(text, width))

    def _fill(self, words: list[str], width: float) -> list[str]:
        lines: list[str] = []
        line, used = "", 0.0
        for word in words:
            shown = word.replace("\xad", "")
            needed = self.width(shown) + (self.space if line else 0)
            if used + needed <= width:
                line, used = (f"{line} {shown}" if line else shown), used + needed
                continue
            if "\xad" in word:  # hyphenate at a soft hyphen: as much as fits on this line
                head, rest = self._hyphenate(word, width - used - (self.space if line else 0))
                if head:
                    lines.append(f"{line} {head}" if line else head)
                    line, used = "", 0.0
                    word, shown = rest, rest.replace("\xad", "")
            if line:
                lines.append(line)
            pieces = self._break_word(word, width)
            lines += pieces[:-1]
            line, used = pieces[-1], self.width(pieces[-1])
        lines.append(line)
        return lines

    def _hyphenate(self, word: str, room: float) -> tuple[str, str]:
        """The longest soft-hyphen prefix of `word` (printed with a hyphen) within `room`, and the rest."""
        parts = word.split("\xad")
        for cut in range(len(parts) - 1, 0, -1):
            head = "".join(parts[:cut]) + "-"
            if self.width(head) <= room:
                return head, "\xad".join(parts[cut:])
        return "", word

    def _break_word(self, word: str, width: float) -> list[str]:
        """A word as pieces that each fit `width`: after punctuation where that costs no extra line."""
        tidy = self._pieces(word, width, at_punctuation=True)
        if len(tidy) == 1:
            return tidy
        dense = self._pieces(word, width, at_punctuation=False)
        return tidy if len(tidy) <= len(dense) else dense

    def _pieces(self, word: str, width: float, at_punctuation: bool) -> list[str]:
        pieces: list[str] = []
        while True:
            shown = word.replace("\xad", "")
            if self.width(shown) <= width:
                return [*pieces, shown]
            if "\xad" in word:
                head, rest = self._hyphenate(word, width)
                if head:
                    pieces.append(head)
                    word = rest
                    continue
                word = shown
            fits = 1
            running = self.width(word[0])
            while fits < len(word) and running + self.width(word[fits]) <= width:
                running += self.width(word[fits])
                fits += 1
            cut = fits
            if at_punctuation:
                cut = next((i + 1 for i in range(fits - 1, fits // 3, -1) if word[i] in self.BREAK_AFTER), fits)
            pieces.append(word[:cut])
            word = word[cut:]


@dataclass(frozen=True)
class _TableLook:
    size: float
    leading: float
    padding: float
    side_padding: float
    frame_height: float
    total: int = 0
    progress: Callable[[int, int], None] | None = None

    def height(self, row: Sequence[str]) -> float:
        return max(cell.count("\n") + 1 for cell in row) * self.leading + 2 * self.padding


class PagedTable(Flowable):
    """Rows of plain text under a header that repeats on every page, laid out in time linear in the rows.

    The cells are broken into lines in advance (`paged_table`), so every row's height is known: a
    split takes the rows that fit and leaves the rest for the next page, and drawing writes one
    text object per page instead of one per line. A row taller than a whole frame is cut between
    lines and continues on the next page.
    """

    def __init__(self, header: list[str], rows: list[list[str]], heights: list[float], col_widths: Sequence[float],
                 look: _TableLook, first: int = 0) -> None:  # fmt: skip
        super().__init__()
        self.header, self.rows, self.heights, self.look, self.first = header, rows, heights, look, first
        self.hAlign = "CENTER"  # as Table: a table as wide as the page's margins overlaps the frame's padding
        self.col_widths = list(col_widths)
        self.header_height = look.height(header)
        self._ends = list(itertools.accumulate(heights, initial=0.0))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (ReportLab's names)
        self.width = sum(self.col_widths)
        self.height = self.header_height + self._ends[-1]
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        room = availHeight - self.header_height
        fitting = bisect_right(self._ends, room + 1e-6) - 1
        rows, heights = self.rows[: max(fitting, 0)], self.heights[: max(fitting, 0)]
        left = room - self._ends[max(fitting, 0)]
        too_tall = 0 <= fitting < len(self.rows) and self.header_height + self.heights[fitting] > self.look.frame_height
        if too_tall and left >= 3 * self.look.leading:  # no page holds it whole: start it here, go on overleaf
            head, rest = self._cut(self.rows[fitting], left)
            return [self._part([*rows, head], [*heights, self.look.height(head)]), self._rest([rest], fitting)]
        if fitting <= 0:
            return []  # not even one row: the next page
        return [self._part(rows, heights), self._rest([], fitting)]

    def draw(self) -> None:
        look, canvas = self.look, self.canv
        xs = list(itertools.accumulate(self.col_widths, initial=0.0))
        tops = [self.height - end for end in itertools.accumulate([self.header_height, *self.heights], initial=0.0)]
        canvas.saveState()
        canvas.setFillColor(HEADER_FILL)
        canvas.rect(0, tops[1], xs[-1], self.header_height, stroke=0, fill=1)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.25)
        canvas.lines([(0, y, xs[-1], y) for y in tops] + [(x, tops[-1], x, tops[0]) for x in xs])
        text = canvas.beginText()
        text.setFillColor(colors.black)
        for index, (row, top) in enumerate(zip([self.header, *self.rows], tops, strict=False)):
            if index < 2:
                text.setFont(FONT_BOLD if index == 0 else FONT, look.size, look.leading)
            baseline = top - look.padding - look.size
            for cell, x in zip(row, xs, strict=False):
                if cell:
                    text.setTextOrigin(x + look.side_padding, baseline)
                    for line in cell.split("\n"):
                        text.textLine(line)
        canvas.drawText(text)
        canvas.restoreState()
        if look.progress:  # a cancelled job's progress raises here, and the partial file is removed
            look.progress(self.first + len(self.rows), look.total)

    def _part(self, rows: list[list[str]], heights: list[float], first: int | None = None) -> PagedTable:
        first = self.first if first is None else first
        return PagedTable(self.header, rows, heights, self.col_widths, self.look, first)

    def _rest(self, continued: list[list[str]], skip: int) -> Flowable:
        """The rows after the first `skip`, led by `continued` (what is left of a row cut in two)."""
        rows = continued + self.rows[skip + len(continued) :]
        if not rows:
            return Spacer(0, 0)
        heights = [self.look.height(r) for r in continued] + self.heights[skip + len(continued) :]
        return self._part(rows, heights, self.first + skip)

    def _cut(self, row: list[str], room: float) -> tuple[list[str], list[str]]:
        keep = max(1, int((room - 2 * self.look.padding) // self.look.leading))
        head, rest = [], []
        for cell in row:
            lines = cell.split("\n")
            head.append("\n".join(lines[:keep]))
            rest.append("\n".join(lines[keep:]))
        rest[0] = rest[0] or row[0].split("\n")[0]  # the continued row still says whose it is
        return head, rest


def paged_table(
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    col_widths: Sequence[float],
    *,
    size: float = 7.5,
    padding: float = 2,
    side_padding: float = 3,
    wide: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> PagedTable:
    """A register table for many rows: plain text only (never parsed as markup), wrapped to its columns.

    Looks like `data_table` (DejaVu, the header row filled, bold and repeated on every page, a grid,
    text at the top of its cell). `progress(rows drawn, rows)` is called after each page.
    """
    body, bold = TextFitter(FONT, size), TextFitter(FONT_BOLD, size)
    inner = [w - 2 * side_padding for w in col_widths]
    header = [bold.fit(h, w) for h, w in zip(headers, inner, strict=True)]
    data = [[body.fit(cell, w) for cell, w in zip(row, inner, strict=True)] for row in rows]
    look = _TableLook(size, size * 1.25, padding, side_padding, frame_height(wide), len(data), progress)
    return PagedTable(header, data, [look.height(r) for r in data], col_widths, look)


def section(heading: str, body: Sequence[Flowable], styles: Styles) -> list[Flowable]:
    """A heading kept with the start of its content."""
    if not body:
        return [para(heading, styles.heading)]
    return [KeepTogether([para(heading, styles.heading), body[0]]), *body[1:]]


def spacer(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


_EMBEDDED_FOR = {
    "Helvetica": FONT,
    "Helvetica-Bold": FONT_BOLD,
    "Helvetica-Oblique": FONT_ITALIC,
    "Helvetica-BoldOblique": FONT_BOLD,
    "Times-Roman": FONT,
    "Times-Bold": FONT_BOLD,
    "Times-Italic": FONT_ITALIC,
    "Courier": FONT,
}


def _numbered_canvas(footer: Callable[[int, int], str], header: str) -> type[pdf_canvas.Canvas]:
    class NumberedCanvas(pdf_canvas.Canvas):
        """Holds each page until the end, so every page can say 'page x of y'."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Without this, every page names an unused, unembedded Helvetica as its starting font.
            kwargs["initialFontName"] = FONT  # the doc template passes Helvetica explicitly
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:
            # Tables and other flowables fall back to the standard fonts, which are not embedded and
            # lack most scripts: whatever asks for one gets the embedded face of the same weight.
            super().setFont(_EMBEDDED_FOR.get(psfontname, psfontname), size, leading)

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            width = self._pagesize[0]
            self.setFont(FONT, 7.5)
            self.setFillColor(GREY)
            self.drawString(15 * mm, 8 * mm, footer(number, total))
            self.drawRightString(width - 15 * mm, 8 * mm, header)
            self.setStrokeColor(RULE)
            self.line(15 * mm, 11.5 * mm, width - 15 * mm, 11.5 * mm)

    return NumberedCanvas


def build_pdf(
    target: str | os.PathLike[str],
    story: list[Flowable],
    *,
    title: str,
    reference: str,
    page_label: str = "Page {page} of {pages}",
    wide: bool = False,
    author: str = "",
) -> None:
    """Writes the story to `target` atomically; every page carries `reference` and 'page x of y'.

    `page_label` comes from the report's labels, with {page} and {pages} placeholders.
    """
    register_fonts()
    size = landscape(A4) if wide else A4
    with atomic_output(target) as partial:
        doc = SimpleDocTemplate(
            str(partial),
            pagesize=size,
            leftMargin=15 * mm,
            rightMargin=15 * mm,
            topMargin=15 * mm,
            bottomMargin=18 * mm,
            title=title,
            author=author,
            subject=reference,
            creator="DPO Desk",
        )
        canvas_class = _numbered_canvas(lambda n, t: page_label.format(page=n, pages=t), reference)
        doc.build(story, canvasmaker=canvas_class)


def frame_width(wide: bool = False) -> float:
    size = landscape(A4) if wide else A4
    return size[0] - 30 * mm


def frame_height(wide: bool = False) -> float:
    """The height a flowable gets on a page of `build_pdf` (margins and the frame's own padding off)."""
    size = landscape(A4) if wide else A4
    return size[1] - 33 * mm - 12

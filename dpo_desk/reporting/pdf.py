"""Shared PDF building blocks: embedded fonts, escaped text, page x of y, tables that wrap and repeat.

User text never reaches ReportLab's markup parser unescaped: `para()` escapes it, so `<b>`, `&` and
`<img src=...>` print as the characters typed and never read a local file. DejaVu Sans is embedded
so every name prints and extracts (Łódź, Ørsted, Дмитрий).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Sequence
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

from dpo_desk.paths import resources_dir
from dpo_desk.reporting.files import atomic_output

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

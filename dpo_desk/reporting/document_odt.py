"""A `document.Document` as OpenDocument text (.odt, odfpy): headings, paragraphs and tables LibreOffice edits.

The organisation's lines sit in the master page's header, "page x of y" (page-number and page-count
fields) in its footer. Text goes in through odfpy's teletype (plain text, line breaks and tabs kept),
never as XML.
"""

from __future__ import annotations

import os

from odf import teletype
from odf.opendocument import OpenDocumentText
from odf.style import (
    Footer,
    Header,
    MasterPage,
    PageLayout,
    PageLayoutProperties,
    ParagraphProperties,
    Style,
    TableCellProperties,
    TableColumnProperties,
    TextProperties,
)
from odf.table import Table, TableCell, TableColumn, TableHeaderRows, TableRow
from odf.text import H, P, PageCount, PageNumber

from dpo_desk.outputs import atomic_output
from dpo_desk.reporting.document import Document, Fields, Gap, Grid, Heading, Paragraph, page_parts, xml_text

_COUNTRIES = {"fi": "FI", "sv": "FI", "en": "GB"}


class _Styles:
    """The named paragraph styles of the file (so a DPO restyles all headings at once)."""

    def __init__(self, book: OpenDocumentText, lang: str) -> None:
        def paragraph_style(name: str, size: str, bold: bool = False, family_name: str = "") -> Style:
            style = Style(name=name, family="paragraph", displayname=family_name or name)
            style.addElement(
                TextProperties(
                    fontsize=size, fontweight="bold" if bold else "normal", language=lang, country=_COUNTRIES[lang]
                )
            )
            style.addElement(ParagraphProperties(margintop="0.1cm", marginbottom="0.15cm"))
            book.styles.addElement(style)
            return style

        self.body = paragraph_style("Text_20_body", "10pt", family_name="Text body")
        self.small = paragraph_style("Small", "8pt")
        self.label = paragraph_style("Label", "10pt", bold=True)
        self.title = paragraph_style("Title", "17pt", bold=True)
        self.subtitle = paragraph_style("Subtitle", "11pt")
        self.heading = paragraph_style("Heading_20_1", "12.5pt", bold=True, family_name="Heading 1")
        self.cell = Style(name="Cell", family="table-cell")
        self.cell.addElement(TableCellProperties(border="0.5pt solid #9e9e9e", padding="0.08cm"))
        book.automaticstyles.addElement(self.cell)

    def of(self, block: Paragraph) -> Style:
        return {"small": self.small, "label": self.label, "strong": self.label}.get(block.style, self.body)


def _paragraph(style: Style, text: str) -> P:
    made = P(stylename=style)
    teletype.addTextToElement(made, xml_text(text))
    return made


def _table(book: OpenDocumentText, name: str, widths: list[float], page_cm: float) -> Table:
    made = Table(name=name)
    for index, share in enumerate(widths):
        column = Style(name=f"{name}.{index}", family="table-column")
        column.addElement(TableColumnProperties(columnwidth=f"{page_cm * share:.2f}cm"))
        book.automaticstyles.addElement(column)
        made.addElement(TableColumn(stylename=column))
    return made


def _row(styles: _Styles, values: tuple[str, ...], bold_first: bool = False, bold_all: bool = False) -> TableRow:
    row = TableRow()
    for index, value in enumerate(values):
        cell = TableCell(valuetype="string", stylename=styles.cell)
        cell.addElement(_paragraph(styles.label if bold_all or (bold_first and index == 0) else styles.body, value))
        row.addElement(cell)
    return row


def _page(book: OpenDocumentText, document: Document, styles: _Styles) -> None:
    layout = PageLayout(name="Page")
    width, height = ("29.7cm", "21cm") if document.wide else ("21cm", "29.7cm")
    layout.addElement(
        PageLayoutProperties(
            pagewidth=width,
            pageheight=height,
            printorientation="landscape" if document.wide else "portrait",
            margintop="1.2cm",
            marginbottom="1.2cm",
            marginleft="1.5cm",
            marginright="1.5cm",
        )
    )
    book.automaticstyles.addElement(layout)
    master = MasterPage(name="Standard", pagelayoutname=layout)
    header = Header()
    for index, line in enumerate(document.letterhead):
        header.addElement(_paragraph(styles.label if index == 0 else styles.small, line))
    master.addElement(header)
    footer = Footer()
    line = _paragraph(styles.small, document.reference + "    ")
    for part in page_parts(document.page_label):
        if part == "{page}":
            line.addElement(PageNumber(selectpage="current", text="1"))
        elif part == "{pages}":
            line.addElement(PageCount(text="1"))
        else:
            teletype.addTextToElement(line, xml_text(part))
    footer.addElement(line)
    master.addElement(footer)
    book.masterstyles.addElement(master)


def write_odt(document: Document, target: str | os.PathLike[str]) -> None:
    book = OpenDocumentText()
    from odf.dc import Creator, Title
    from odf.meta import InitialCreator

    book.meta.addElement(Title(text=xml_text(document.title)))
    book.meta.addElement(InitialCreator(text=xml_text(document.author)))
    book.meta.addElement(Creator(text="DPO Desk"))
    styles = _Styles(book, document.lang if document.lang in _COUNTRIES else "en")
    _page(book, document, styles)
    page_cm = (29.7 if document.wide else 21.0) - 3.0
    tables = 0
    for block in document.blocks:
        if isinstance(block, Heading):
            if block.level == 0:
                book.text.addElement(_paragraph(styles.title, block.text))
            elif block.level == 1:
                book.text.addElement(_paragraph(styles.subtitle, block.text))
            else:
                heading = H(outlinelevel=1, stylename=styles.heading)
                teletype.addTextToElement(heading, xml_text(block.text))
                book.text.addElement(heading)
        elif isinstance(block, Paragraph):
            book.text.addElement(_paragraph(styles.of(block), block.text))
        elif isinstance(block, Fields):
            tables += 1
            table = _table(book, f"Table{tables}", [0.32, 0.68], page_cm)
            for label, value in block.rows:
                table.addElement(_row(styles, (label, value), bold_first=True))
            book.text.addElement(table)
        elif isinstance(block, Grid):
            tables += 1
            shares = list(block.widths) or [1 / len(block.headers)] * len(block.headers)
            table = _table(book, f"Table{tables}", shares, page_cm)
            head = TableHeaderRows()  # repeated on every page
            head.addElement(_row(styles, block.headers, bold_all=True))
            table.addElement(head)
            for values in block.rows:
                table.addElement(_row(styles, values))
            book.text.addElement(table)
        else:
            assert isinstance(block, Gap)  # word processors space paragraphs by their styles
    with atomic_output(target) as partial:
        book.save(str(partial))

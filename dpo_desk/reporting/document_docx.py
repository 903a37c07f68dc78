"""A `document.Document` as an editable Word file (.docx, python-docx): real headings, paragraphs and tables.

The organisation's lines sit in the page header, "page x of y" (PAGE and NUMPAGES fields) in the
footer. Every text goes in as a run's plain text, so nothing the user typed becomes a field or markup.
"""

from __future__ import annotations

import os
from typing import Any

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from dpo_desk.outputs import atomic_output
from dpo_desk.reporting.document import Document, Fields, Gap, Grid, Heading, Paragraph, page_parts, xml_text

_LANGUAGE_TAGS = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}


def _field(paragraph: Any, instruction: str) -> None:
    """A simple field (PAGE, NUMPAGES) the word processor fills in on every page."""
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    shown = OxmlElement("w:t")
    shown.text = "1"
    run.append(shown)
    simple.append(run)
    paragraph._p.append(simple)


def _language(book: Any, lang: str) -> None:
    """The proofing language of the text, so the DPO's spelling checker reads Finnish as Finnish."""
    properties = book.styles["Normal"].element.get_or_add_rPr()
    tag = OxmlElement("w:lang")
    tag.set(qn("w:val"), _LANGUAGE_TAGS.get(lang, lang))
    properties.append(tag)


def _repeat_header(row: Any) -> None:
    properties = row._tr.get_or_add_trPr()
    mark = OxmlElement("w:tblHeader")
    mark.set(qn("w:val"), "true")
    properties.append(mark)


def write_docx(document: Document, target: str | os.PathLike[str]) -> None:
    book = docx.Document()
    book.core_properties.title = xml_text(document.title)
    book.core_properties.author = xml_text(document.author)
    book.core_properties.subject = xml_text(document.reference)
    book.core_properties.language = _LANGUAGE_TAGS.get(document.lang, document.lang)
    book.styles["Normal"].font.name = "DejaVu Sans"
    book.styles["Normal"].font.size = Pt(10)
    _language(book, document.lang)
    section = book.sections[0]
    if document.wide:
        from docx.enum.section import WD_ORIENT

        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width

    header = section.header.paragraphs[0]
    for index, line in enumerate(document.letterhead):
        if index:
            header.add_run().add_break()
        run = header.add_run(xml_text(line))
        run.bold = index == 0
        run.font.size = Pt(9 if index == 0 else 8)
    footer = section.footer.paragraphs[0]
    footer.add_run(xml_text(document.reference) + "    ").font.size = Pt(8)
    for part in page_parts(document.page_label):
        if part == "{page}":
            _field(footer, "PAGE")
        elif part == "{pages}":
            _field(footer, "NUMPAGES")
        else:
            footer.add_run(xml_text(part)).font.size = Pt(8)

    for block in document.blocks:
        if isinstance(block, Heading):
            if block.level == 0:
                book.add_heading(xml_text(block.text), 0)
            elif block.level == 1:
                book.add_paragraph(xml_text(block.text), style="Subtitle")
            else:
                book.add_heading(xml_text(block.text), 1)
        elif isinstance(block, Paragraph):
            run = book.add_paragraph().add_run(xml_text(block.text))
            run.bold = block.style in ("label", "strong")
            if block.style == "small":
                run.font.size = Pt(8)
        elif isinstance(block, Fields):
            table = book.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for label, value in block.rows:
                cells = table.add_row().cells
                cells[0].paragraphs[0].add_run(xml_text(label)).bold = True
                cells[1].paragraphs[0].add_run(xml_text(value))
            book.add_paragraph()
        elif isinstance(block, Grid):
            table = book.add_table(rows=1, cols=len(block.headers))
            table.style = "Table Grid"
            for cell, title in zip(table.rows[0].cells, block.headers, strict=True):
                cell.paragraphs[0].add_run(xml_text(title)).bold = True
            _repeat_header(table.rows[0])
            for values in block.rows:
                for cell, value in zip(table.add_row().cells, values, strict=True):
                    cell.paragraphs[0].add_run(xml_text(value))
            book.add_paragraph()
        else:
            assert isinstance(block, Gap)  # word processors space paragraphs by their styles
    with atomic_output(target) as partial:
        book.save(str(partial))

"""A letter or notice as plain blocks (headings, paragraphs, label/value rows, tables), written to any format.

Each letter builds one `Document` from its gathered data; `write(document, target)` renders it as
PDF, .docx or .odt by the target's suffix, so the three formats say the same thing in the same
language and a new format is one new renderer here, not a copy of every letter. Every text is
plain: renderers print it literally (never as markup, never as a field or formula).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from dpo_desk.errors import InvalidInput

if TYPE_CHECKING:
    from dpo_desk.services.organisation import OrganisationView

FORMATS = ("pdf", "docx", "odt")
EMPTY = "—"


@dataclass(frozen=True)
class Heading:
    """`level` 0 is the document's title, 1 a subtitle line under it, 2 a section."""

    text: str
    level: int = 2


@dataclass(frozen=True)
class Paragraph:
    """`style`: body, small (notes, letterhead lines), label (a bold lead-in), strong (a bold sentence)."""

    text: str
    style: str = "body"


@dataclass(frozen=True)
class Fields:
    """Label/value rows, two columns; an empty value prints as a dash."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Grid:
    """A table with a header row repeated on every page."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()  # shares of the width, adding up to 1; even when empty


@dataclass(frozen=True)
class Gap:
    """Vertical room in millimetres (the PDF keeps its spacing; word processors use paragraph spacing)."""

    mm: float = 4


Block = Heading | Paragraph | Fields | Grid | Gap


@dataclass(frozen=True)
class Document:
    """`letterhead`: the organisation's lines, in the page header of .docx/.odt and atop the PDF's first page.

    `page_label` has {page} and {pages}; `reference` is printed on every page.
    """

    title: str
    reference: str
    page_label: str
    author: str
    letterhead: tuple[str, ...] = ()
    blocks: tuple[Block, ...] = field(default_factory=tuple)
    wide: bool = False
    lang: str = "en"


def shown(value: object) -> str:
    """A value as printed: text as is, nothing as a dash."""
    if value is None or value == "":
        return EMPTY
    return str(value)


def fields(rows: list[tuple[str, object]] | tuple[tuple[str, object], ...]) -> Fields:
    return Fields(tuple((label, shown(value)) for label, value in rows))


def section(heading: str, *blocks: Block) -> list[Block]:
    return [Heading(heading, 2), *blocks]


def labelled(label: str, value: object) -> list[Block]:
    """A label over a long text that may flow across pages (a table row could not)."""
    return [Paragraph(label, "label"), Paragraph(shown(value)), Gap(1.5)]


def format_of(target: str | os.PathLike[str]) -> str:
    suffix = Path(target).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        suffixes = f".{', .'.join(FORMATS)}"
        raise InvalidInput(
            "output file",
            str(target),
            f"does not end in {suffixes}",
            code="wrong-suffix",
            values={"suffixes": suffixes},
        )
    return suffix


def write(document: Document, target: str | os.PathLike[str]) -> Path:
    """Writes the document atomically in the format its suffix names; returns the path."""
    kind = format_of(target)
    if kind == "pdf":
        from dpo_desk.reporting.document_pdf import write_pdf

        write_pdf(document, target)
    elif kind == "docx":
        from dpo_desk.reporting.document_docx import write_docx

        write_docx(document, target)
    else:
        from dpo_desk.reporting.document_odt import write_odt

        write_odt(document, target)
    return Path(target)


_NOT_XML = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32), 0xFFFE, 0xFFFF])


def xml_text(text: str) -> str:
    """Text an XML document can hold: control characters XML forbids are dropped (tabs and line breaks kept)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_NOT_XML)


def page_parts(page_label: str) -> list[str]:
    """The page label split around its fields: "Page {page} of {pages}" → ["Page ", "{page}", " of ", "{pages}"]."""
    import re

    return [part for part in re.split(r"(\{page\}|\{pages\})", page_label) if part]


def organisation_lines(org: OrganisationView) -> tuple[str, ...]:
    """The letterhead of a notice or record: the organisation's name, business ID and address (those given)."""
    return tuple(line for line in (org.name, org.business_id, org.address) if line)

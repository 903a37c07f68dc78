"""Every letter and notice as .docx and .odt: the PDF's content, real headings and tables, a header and page numbers.

Files are read back as a word processor would: python-docx for .docx, the ODF's content.xml and
styles.xml for .odt; one of each is converted by LibreOffice (when installed) to prove a real office
suite opens them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import docx
import pytest
from pypdf import PdfReader

from dpo_desk import demo
from dpo_desk.reporting import (
    breach_letter,
    breach_notification,
    change_notice,
    document,
    records_document,
    request_letters,
)
from dpo_desk.services import organisation, register, reports, requests

pytestmark = pytest.mark.both_engines

NASTY = "<b>Åsa</b> & {name} =SUM(A1) \\par Ström"
ODF = {
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
}


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, document.Document]:
    """Each kind of letter and notice, built from the demo company's cases."""
    from dpo_desk.clock import FixedClock
    from dpo_desk.store import Store
    from tests.conftest import PASSPHRASE, TEST_NOW

    store = Store.create(tmp_path_factory.mktemp("demo") / "demo.dpodesk", PASSPHRASE, clock=FixedClock(TEST_NOW))
    try:
        with store.write() as session:
            demo.populate(session, store.clock.now().date())
        with store.read() as session:
            request = requests.list_views(session, requests.Filters(), limit=1)[0]
            breach = session_breach = reports.gather_breach(session, _first_breach(session), "fi")
            announcement = register.announcements(session)[0].reference
            made = {
                "request-letter": request_letters.letter_document(
                    reports.gather_request_letter(session, request.reference, "acknowledgement", "sv")
                ),
                "breach-letter": breach_letter.letter_document(breach),
                "breach-report": breach_notification.notification_document(session_breach),
                "change-notice": change_notice.notice_document(
                    reports.gather_change_notice(session, announcement, "en")
                ),
                "records": records_document.record_document(reports.gather_records(session, "controller", "fi")),
            }
    finally:
        store.close()
    return made


def _first_breach(session) -> str:
    from dpo_desk.services import breaches

    return breaches.all_views(session)[0].reference


def _docx_text(path: Path) -> tuple[str, list[str], int]:
    """All text (body and tables), the heading texts, and the number of tables."""
    book = docx.Document(str(path))
    parts = [p.text for p in book.paragraphs]
    for table in book.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    headings = [p.text for p in book.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    return "\n".join(parts), headings, len(book.tables)


def _odt_text(path: Path) -> tuple[str, list[str], int, str]:
    with zipfile.ZipFile(path) as packed:
        content = ElementTree.fromstring(packed.read("content.xml"))
        styles = ElementTree.fromstring(packed.read("styles.xml"))
    body = content.find("office:body/office:text", ODF)
    headings = ["".join(h.itertext()) for h in body.iter(f"{{{ODF['text']}}}h")]
    titles = [
        "".join(p.itertext())
        for p in body.iter(f"{{{ODF['text']}}}p")
        if p.get(f"{{{ODF['text']}}}style-name") == "Title"
    ]
    tables = len(list(body.iter(f"{{{ODF['table']}}}table")))
    return "\n".join(body.itertext()), titles + headings, tables, ElementTree.tostring(styles, encoding="unicode")


def _sections(made: document.Document) -> list[str]:
    return [b.text for b in made.blocks if isinstance(b, document.Heading) and b.level in (0, 2)]


def _paragraphs(made: document.Document) -> list[str]:
    return [b.text for b in made.blocks if isinstance(b, document.Paragraph)]


def _field_values(made: document.Document) -> list[str]:
    return [value for b in made.blocks if isinstance(b, document.Fields) for _, value in b.rows]


KINDS = ("request-letter", "breach-letter", "breach-report", "change-notice", "records")


@pytest.mark.parametrize("kind", KINDS)
def test_docx_and_odt_say_what_the_pdf_says(documents, kind: str, tmp_path: Path) -> None:
    made = documents[kind]
    pdf, word, odt = (document.write(made, tmp_path / f"{kind}.{fmt}") for fmt in ("pdf", "docx", "odt"))
    pdf_text = _squash("".join(page.extract_text() for page in PdfReader(str(pdf)).pages))
    word_text, word_headings, word_tables = _docx_text(word)
    odt_text, odt_headings, odt_tables, odt_styles = _odt_text(odt)

    assert word_headings == odt_headings == _sections(made)  # real headings, in order, in both
    assert word_tables == odt_tables == sum(isinstance(b, document.Fields | document.Grid) for b in made.blocks)
    for value in [*_sections(made), *_field_values(made), *_paragraphs(made)]:
        assert _squash(value) in pdf_text, value
        assert _squash(value) in _squash(word_text), value
        assert _squash(value) in _squash(odt_text), value

    book = docx.Document(str(word))
    organisation_name = made.letterhead[0]
    assert organisation_name in book.sections[0].header.paragraphs[0].text
    footer = book.sections[0].footer._element.xml
    assert 'w:instr="PAGE"' in footer and 'w:instr="NUMPAGES"' in footer
    assert organisation_name in odt_styles  # the master page's header
    assert "page-number" in odt_styles and "page-count" in odt_styles  # the master page's footer fields


def test_user_text_is_literal_in_every_format(store, tmp_path: Path) -> None:
    with store.write() as session:
        organisation.update(session, name="Kirjepilvi & <Oy>", address="Testikatu 1")
        reference = requests.add(session, type="erasure", received="2026-11-02", subject=NASTY)
    with store.read() as session:
        letter = reports.gather_request_letter(session, reference, "acknowledgement", "en")
    word, odt = (request_letters.write_letter(letter, tmp_path / f"letter.{fmt}") for fmt in ("docx", "odt"))
    assert NASTY in _docx_text(word)[0]
    assert NASTY in _odt_text(odt)[0]
    assert "Kirjepilvi & <Oy>" in docx.Document(str(word)).sections[0].header.paragraphs[0].text


def test_a_file_without_a_known_suffix_is_refused_and_nothing_written(documents, tmp_path: Path) -> None:
    from dpo_desk.errors import InvalidInput

    with pytest.raises(InvalidInput, match="does not end in"):
        document.write(documents["request-letter"], tmp_path / "letter.rtf")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_docx_and_the_odt(documents, tmp_path: Path) -> None:
    """LibreOffice turns one of each into a PDF that holds the letter's text and its page numbers."""
    made = documents["breach-letter"]
    sources = [document.write(made, tmp_path / f"letter.{fmt}") for fmt in ("docx", "odt")]
    for source in sources:
        out = tmp_path / source.suffix.lstrip(".")
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(source)],
            check=True,
            capture_output=True,
            timeout=180,
            env={"HOME": str(tmp_path / "profile"), "PATH": "/usr/bin:/bin"},
        )
        converted = PdfReader(str(out / "letter.pdf"))
        text = _squash("".join(page.extract_text() for page in converted.pages))
        for heading in _sections(made):
            assert _squash(heading) in text, (source.suffix, heading)
        assert made.letterhead[0].replace(" ", "") in text
        pages = len(converted.pages)
        assert _squash(made.page_label.format(page=pages, pages=pages)) in text

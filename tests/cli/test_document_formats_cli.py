"""`--pdf OUT | --docx OUT | --odt OUT` on the letter and notice commands; a suffix naming another format is refused."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

pytestmark = pytest.mark.both_engines


def _docx_text(path: Path) -> str:
    book = docx.Document(str(path))
    cells = [cell.text for table in book.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in book.paragraphs] + cells)


def _odt_content(path: Path) -> str:
    with zipfile.ZipFile(path) as packed:
        return packed.read("content.xml").decode("utf-8")


def test_each_command_writes_the_format_asked(cli, tmp_path: Path) -> None:
    cli("org", "set", "--name", "Muoto Oy", "--dpo-email", "dpo@muoto.example")
    request = cli("request", "add", "--type", "access", "--received", "2026-11-02", "--subject", "Teemu <T>").last_line
    cli("request", "letter", request, "--kind", "acknowledgement", "--docx", tmp_path / "ack.docx", "--lang", "en")
    assert "Teemu <T>" in _docx_text(tmp_path / "ack.docx") and request in _docx_text(tmp_path / "ack.docx")

    breach = cli(
        "breach",
        "add",
        "--title",
        "Lost laptop",
        "--aware-at",
        "2026-11-20T10:00:00+02:00",
        "--nature",
        "availability",
        # the letter to the data subjects needs every Art. 34(2) item (issue 17)
        "--description",
        "A laptop was lost.",
        "--consequences",
        "Names may be seen.",
        "--measures-taken",
        "The disk was wiped remotely.",
    ).last_line
    cli("breach", "letter", breach, "--odt", tmp_path / "letter.odt", "--lang", "fi")
    cli("breach", "report", breach, "--docx", tmp_path / "report.docx", "--lang", "sv")
    assert breach in _odt_content(tmp_path / "letter.odt")
    assert "Lost laptop" in _docx_text(tmp_path / "report.docx")

    cli("records", "add", "--name", "Payroll", "--role", "controller", "--purpose", "Pay", "--legal-basis", "contract")
    cli("report", "records", "--odt", tmp_path / "record.odt", "--docx", tmp_path / "record.docx", "--lang", "en")
    assert "Record of processing activities" in _docx_text(tmp_path / "record.docx")
    assert "table:table" in _odt_content(tmp_path / "record.odt") and "Payroll" in _odt_content(tmp_path / "record.odt")


def test_one_format_at_a_time_and_the_suffix_must_match(cli, tmp_path: Path) -> None:
    request = cli("request", "add", "--type", "access", "--received", "2026-11-02", "--subject", "Aino").last_line
    both = cli(
        "request", "letter", request, "--kind", "acknowledgement", "--pdf", tmp_path / "a.pdf", "--docx",
        tmp_path / "a.docx", ok=False,
    )  # fmt: skip
    assert "not allowed with" in both.err
    wrong = cli("request", "letter", request, "--kind", "acknowledgement", "--docx", tmp_path / "a.pdf", ok=False)
    assert "--docx" in wrong.err and "does not end in .docx" in wrong.err
    assert not list(tmp_path.glob("a.*"))
    letters = [e for e in cli("request", "show", request, "--json").json()["timeline"] if e["kind"] == "letter"]
    assert letters == []  # a refused letter notes nothing

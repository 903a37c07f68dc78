"""The shared report helpers: literal text in PDFs, no formulas in workbooks, atomic files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from dpo_desk.errors import InvalidInput
from dpo_desk.outputs import atomic_output, safe_filename
from dpo_desk.reporting import pdf
from dpo_desk.reporting.xlsx import WorkbookWriter

AWKWARD = [
    "<b>bold?</b> & <para>",
    "<img src='/etc/passwd'/>",
    "<a href='x'>link",
    "unbalanced <i",
    "Łódź Ørsted Дмитрий",
]


def _text(path: Path) -> str:
    return "".join("".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def test_pdf_prints_user_text_literally_and_numbers_pages(tmp_path: Path) -> None:
    styles = pdf.Styles()
    story = [pdf.para(value, styles.body) for value in AWKWARD]
    story += [pdf.para("Long paragraph " * 400, styles.body)]
    out = tmp_path / "r.pdf"
    pdf.build_pdf(out, story, title="T", reference="REF-1", page_label="Sivu {page} / {pages}")
    reader = PdfReader(out)
    assert len(reader.pages) >= 2
    text = _text(out)
    for value in AWKWARD:
        assert "".join(value.split()) in text
    assert "REF-1" in (reader.pages[-1].extract_text() or "")
    assert f"Sivu{len(reader.pages)}/{len(reader.pages)}" in text
    fonts = [f.get_object() for page in reader.pages for f in page["/Resources"]["/Font"].values()]
    names = {str(f["/BaseFont"]) for f in fonts}
    assert names and all("DejaVu" in name for name in names), names  # no unembedded Helvetica anywhere
    assert all("/FontFile2" in f["/FontDescriptor"] for f in fonts)  # every font travels with the file
    assert out.stat().st_mode & 0o077 == 0


def test_table_repeats_its_header_on_every_page(tmp_path: Path) -> None:
    styles = pdf.Styles()
    rows = [[f"SP-{i:04d}", "A long description that wraps inside its cell " * 3] for i in range(120)]
    table = pdf.data_table(["Reference", "Description"], rows, styles, [40 * 2.83, 200 * 2.83])
    out = tmp_path / "t.pdf"
    pdf.build_pdf(out, [table], title="T", reference="R", wide=True)
    pages = PdfReader(out).pages
    assert len(pages) > 1
    assert all("Reference" in (page.extract_text() or "") for page in pages)


def test_workbook_never_holds_a_formula_and_keeps_the_typed_value(tmp_path: Path) -> None:
    book = WorkbookWriter()
    sheet = book.sheet("Register", ["Name", "Service", "Since"])
    typed = ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tTab", "\rCR", "Normal Oy"]
    for value in typed:
        sheet.append([value, value, dt.date(2026, 3, 5)])
    out = tmp_path / "r.xlsx"
    book.save(out)
    ws = load_workbook(out).active
    cells = [c for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert [ws.cell(row=i + 2, column=1).value for i in range(len(typed))] == typed
    assert ws.cell(row=2, column=3).value == dt.datetime(2026, 3, 5)
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:C{len(typed) + 1}"


def test_workbook_refuses_control_characters_naming_the_cell_not_the_value(tmp_path: Path) -> None:
    book = WorkbookWriter()
    sheet = book.sheet("Log", ["Text"])
    with pytest.raises(InvalidInput) as refused:
        sheet.append(["secret\x01value"])
    assert "row 2" in str(refused.value) and "secret" not in str(refused.value)


def test_atomic_output_leaves_nothing_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_output(target, force=True) as partial:
        partial.write_text("half")
        raise RuntimeError("crash")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        ("../../etc/passwd", "etc_passwd"),
        ("Ångström AB: report?", "Angstrom AB_ report"),
        ("", "file"),
        ("CON", "_CON"),
    ],
)
def test_file_names_from_user_text_are_made_safe(raw: str, safe: str) -> None:
    assert safe_filename(raw) == safe

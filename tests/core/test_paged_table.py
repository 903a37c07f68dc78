"""The register's fast table: plain text broken to its columns, a header on every page, progress and cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from dpo_desk.reporting import pdf

AWKWARD = "<img src='/etc/passwd'/> & <b>Ørsted</b> Łódź Дмитрий"


def _pages(path: Path) -> list[str]:
    return ["".join((p.extract_text() or "").split()) for p in PdfReader(path).pages]


@settings(max_examples=200, deadline=None)
@given(text=st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\xad"), max_size=200))
def test_fitted_lines_fit_their_column_and_keep_every_character(text: str) -> None:
    fitter = pdf.TextFitter(pdf.FONT, 7.5)
    width = 60.0
    lines = fitter.lines(text, width)
    for line in lines:
        assert fitter.width(line) <= width or len(line) == 1  # a single glyph wider than the column stands alone
    assert "".join("".join(lines).split()) == "".join(text.split())


def test_soft_hyphens_break_with_a_hyphen_and_vanish_elsewhere() -> None:
    fitter = pdf.TextFitter(pdf.FONT_BOLD, 7.5)
    label = "Käsittely\xadsopimus alle\xadkirjoitettu"
    assert fitter.lines(label, 1000) == ["Käsittelysopimus allekirjoitettu"]
    assert fitter.lines(label, fitter.width("sopimus alle-") + 0.5) == ["Käsittely-", "sopimus alle-", "kirjoitettu"]


def test_an_address_too_long_for_its_column_breaks_after_its_punctuation() -> None:
    fitter = pdf.TextFitter(pdf.FONT, 7.5)
    lines = fitter.lines("privacy@bittidata.example", fitter.width("privacy@bittidata.exa"))
    assert lines == ["privacy@bittidata.", "example"]


def _rows(count: int) -> list[list[str]]:
    description = "A long description that wraps inside its cell " * 3
    return [[f"SP-{i:04d}", f"{AWKWARD} {i}", description] for i in range(count)]


def test_paged_table_repeats_its_header_prints_text_literally_and_reports_progress(tmp_path: Path) -> None:
    rows = _rows(300)
    tall = "\n".join(f"line {n:03d}" for n in range(150))  # taller than a page: cut and continued
    rows.insert(10, ["SP-TALL", tall, "x"])
    seen: list[tuple[int, int]] = []
    table = pdf.paged_table(
        ["Reference", "Subprocessor", "Description"],
        rows,
        [60, 200, 300],
        wide=True,
        progress=lambda done, total: seen.append((done, total)),
    )
    out = tmp_path / "t.pdf"
    pdf.build_pdf(out, [pdf.para("Title", pdf.Styles().title), table], title="T", reference="R", wide=True)
    pages = _pages(out)
    assert len(pages) > 5
    assert all("ReferenceSubprocessorDescription" in page for page in pages)
    everything = "".join(pages)
    for i in (0, 150, 299):
        assert f"SP-{i:04d}{''.join(AWKWARD.split())}{i}" in everything  # literal, whole, in its row
    assert all(f"line{n:03d}" in everything for n in range(150))
    assert everything.index("line149") > everything.index("line000")
    spanned = [page for page in pages if "line" in page]
    assert len(spanned) >= 3  # the tall row goes on over the page ends
    assert all(page.count("SP-TALL") == 1 for page in spanned)  # and says whose it is on every page
    assert seen[-1] == (301, 301) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    reader = PdfReader(out)
    fonts = [f.get_object() for page in reader.pages for f in page["/Resources"]["/Font"].values()]
    assert fonts and all("DejaVu" in str(f["/BaseFont"]) and "/FontFile2" in f["/FontDescriptor"] for f in fonts)


class Stop(Exception):
    pass


def test_a_cancelled_table_leaves_no_file(tmp_path: Path) -> None:
    def cancel_on_the_third_page(done: int, total: int) -> None:
        if done > 60:
            raise Stop

    table = pdf.paged_table(["A", "B", "C"], _rows(400), [60, 200, 300], wide=True, progress=cancel_on_the_third_page)
    out = tmp_path / "t.pdf"
    with pytest.raises(Stop):
        pdf.build_pdf(out, [table], title="T", reference="R", wide=True)
    assert list(tmp_path.iterdir()) == []

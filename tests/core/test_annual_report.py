"""The annual report: figures gathered for the calendar year, the PDF read back in each language."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from dpo_desk.errors import InvalidInput
from dpo_desk.reporting.annual_report import write_annual_report
from dpo_desk.services import annual_report, organisation
from tests.fake_cases import fill_sample, install


@pytest.fixture
def cases(monkeypatch):
    cases = fill_sample(install(monkeypatch))
    with_org = {"name": "Pilvinen Esimerkki Oy", "business_id": "1234567-8", "dpo_name": "Tiina Tietosuoja"}
    return cases, with_org


def _text(path) -> str:
    """The text of every page, whitespace folded (a table cell's label and value come out on separate lines)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def test_figures_ask_each_module_for_the_calendar_year(store, cases) -> None:
    fakes, _ = cases
    with store.read() as session:
        data = annual_report.figures(session, 2026)
    assert {(module, start, end) for module, start, end in fakes.asked} == {
        ("requests", dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
        ("breaches", dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
        ("register", dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    }
    assert data.requests.by_month == {"2026-03": 3, "2026-05": 6}
    assert data.breaches.notified_late == 1
    assert data.register.announced == 3


def test_english_pdf_has_every_figure(store, cases, tmp_path) -> None:
    _, org = cases
    with store.write() as session:
        organisation.update(session, **org)
    out = tmp_path / "annual-en.pdf"
    with store.read() as session:
        write_annual_report(session, out, "en", 2026, dt.date(2027, 1, 15))
    text = _text(out)
    assert "Annual data protection report 2026" in text
    assert "Pilvinen Esimerkki Oy" in text and "1234567-8" in text
    assert "1 January 2026 – 31 December 2026" in text  # one date form per language (issue 17)
    assert "Share answered on time 83.3 %" in text
    assert "Median days from receipt to reply 17.5" in text
    assert "Right of access 5" in text and "Right to erasure 3" in text
    assert "Mail or data sent to the wrong recipient 2" in text
    assert "of which notified after 72 hours 1" in text
    assert "Changes announced to customers 3" in text
    assert "May 6 2" in text  # month by month: six requests and two breaches in May
    reader = PdfReader(str(out))
    assert all(
        "Page" in page.extract_text() and "Pilvinen Esimerkki Oy" in page.extract_text() for page in reader.pages
    )


def test_finnish_and_swedish_use_their_own_words(store, cases, tmp_path) -> None:
    for lang, words in {
        "fi": [
            "Tietosuojan vuosiraportti 2026",
            "Määräajassa vastattujen osuus 83,3 %",
            "Oikeus saada pääsy tietoihin 5",
            "Sivu 1 /",
        ],
        "sv": ["Årsrapport om dataskydd 2026", "Andel besvarade i tid 83,3 %", "Rätt till tillgång 5", "Sida 1 av"],
    }.items():
        out = tmp_path / f"annual-{lang}.pdf"
        with store.read() as session:
            write_annual_report(session, out, lang, 2026)
        text = _text(out)
        for word in words:
            assert word in text, (lang, word)


def test_a_module_not_in_use_is_said_so_not_printed_as_zero(store, monkeypatch, tmp_path) -> None:
    fill_sample(install(monkeypatch, ("requests",)))
    out = tmp_path / "partial.pdf"
    with store.read() as session:
        data = write_annual_report(session, out, "en", 2026)
    assert data.breaches is None and data.register is None
    text = _text(out)
    assert text.count("This part of DPO Desk is not in use") == 2


def test_a_bad_year_or_language_is_refused_and_nothing_written(store, cases, tmp_path) -> None:
    out = tmp_path / "never.pdf"
    with store.read() as session:
        with pytest.raises(InvalidInput, match="--year"):
            write_annual_report(session, out, "en", 1899)
        with pytest.raises(InvalidInput, match="--lang"):
            write_annual_report(session, out, "de", 2026)
    assert not out.exists()

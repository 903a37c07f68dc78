"""The annual report: figures gathered for the calendar year, the PDF read back in each language."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from dpo_desk.errors import InvalidInput
from dpo_desk.reporting.annual_report import write_annual_report
from dpo_desk.services import annual_report, organisation, reports
from tests.sample_company import fill_sample

pytestmark = pytest.mark.both_engines


@pytest.fixture
def cases(store):
    fill_sample(store)
    return {"name": "Pilvinen Esimerkki Oy", "business_id": "1234567-8", "dpo_name": "Tiina Tietosuoja"}


def _text(path) -> str:
    """The text of every page, whitespace folded (a table cell's label and value come out on separate lines)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def test_figures_cover_the_calendar_year(store, cases) -> None:
    with store.read() as session:
        data = annual_report.figures(session, 2026)
        last_year = annual_report.figures(session, 2025)
    assert data.requests.by_month == {"2026-01": 1, "2026-03": 2, "2026-04": 2, "2026-05": 4}
    assert data.breaches.notified_late == 1
    assert (data.register.added, data.register.retired, data.register.announced) == (2, 1, 1)
    assert last_year.requests.total == 0 and last_year.breaches.total == 0


def test_english_pdf_has_every_figure(store, cases, tmp_path) -> None:
    with store.write() as session:
        organisation.update(session, **cases)
    out = tmp_path / "annual-en.pdf"
    with store.read() as session:
        write_annual_report(reports.gather_annual(session, 2026, "en"), out)
    text = _text(out)
    assert "Annual data protection report 2026" in text
    assert "Pilvinen Esimerkki Oy" in text and "1234567-8" in text
    assert "1 January 2026 – 31 December 2026" in text  # one date form per language (issue 17)
    assert "Share answered on time 85.7 %" in text
    assert "Median days from receipt to reply 3" in text
    assert "Right of access 5" in text and "Right to erasure 3" in text
    assert "Mail or data sent to the wrong recipient 2" in text
    assert "of which notified after 72 hours 1" in text
    assert "Changes announced to customers 1" in text
    assert "May 4 2" in text  # month by month: four requests and two breaches in May
    reader = PdfReader(str(out))
    assert all(
        "Page" in page.extract_text() and "Pilvinen Esimerkki Oy" in page.extract_text() for page in reader.pages
    )


def test_finnish_and_swedish_use_their_own_words(store, cases, tmp_path) -> None:
    for lang, words in {
        "fi": [
            "Tietosuojan vuosiraportti 2026",
            "Määräajassa vastattujen osuus 85,7 %",
            "Oikeus saada pääsy tietoihin 5",
            "Sivu 1 /",
        ],
        "sv": ["Årsrapport om dataskydd 2026", "Andel besvarade i tid 85,7 %", "Rätt till tillgång 5", "Sida 1 av"],
    }.items():
        out = tmp_path / f"annual-{lang}.pdf"
        with store.read() as session:
            write_annual_report(reports.gather_annual(session, 2026, lang), out)
        text = _text(out)
        for word in words:
            assert word in text, (lang, word)


def test_a_year_without_cases_prints_zeros(store, cases, tmp_path) -> None:
    out = tmp_path / "quiet.pdf"
    with store.read() as session:
        data = write_annual_report(reports.gather_annual(session, 2025, "en"), out)
    assert data.requests.total == 0 and data.breaches.total == 0 and data.register.announced == 0
    text = _text(out)
    assert "Annual data protection report 2025" in text and "Requests received 0" in text


def test_a_bad_year_or_language_is_refused_and_nothing_written(store, cases, tmp_path) -> None:
    out = tmp_path / "never.pdf"
    with store.read() as session:
        with pytest.raises(InvalidInput, match="year"):
            write_annual_report(reports.gather_annual(session, 1899, "en"), out)
        with pytest.raises(InvalidInput, match="lang"):
            write_annual_report(reports.gather_annual(session, 2026, "de"), out)
    assert not out.exists()

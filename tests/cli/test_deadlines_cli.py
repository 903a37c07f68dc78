"""`deadlines --json [--as-of]`, `deadlines --ics OUT` and `report annual` on the command line."""

from __future__ import annotations

import icalendar
import pytest
from pypdf import PdfReader

from tests.sample_company import SAMPLE_ORDER, SAMPLE_OVERDUE, fill_sample

pytestmark = pytest.mark.both_engines


@pytest.fixture
def cases(store):
    fill_sample(store)


def test_deadlines_json_as_of_a_date(cli, cases) -> None:
    # --as-of 2026-05-10 is the start of that day in Helsinki: the limit due on 10 May is not yet late
    items = cli("deadlines", "--json", "--as-of", "2026-05-10").json()
    assert [i["reference"] for i in items] == SAMPLE_ORDER
    assert [i["reference"] for i in items if i["overdue"]] == SAMPLE_OVERDUE
    breach = next(i for i in items if i["reference"] == "BR-2026-0002")
    assert breach == {
        "reference": "BR-2026-0002",
        "kind": "authority-notification",
        "due": "2026-05-10T18:00:00+03:00",
        "overdue": False,
        "title": "Misdirected invoice e-mails",
        "module": "breaches",
        "rule": "GDPR Art. 33(1): 72 hours from awareness",
        "aware_at": "2026-05-07T18:00:00+03:00",
    }
    later = cli("deadlines", "--json", "--as-of", "2026-05-11").json()
    assert {i["reference"] for i in later if i["overdue"]} == {
        "BR-2026-0001",
        "DSR-2026-0003",
        "BR-2026-0002",
        "SP-0001",
    }


def test_deadlines_with_nothing_open(cli) -> None:
    assert cli("deadlines", "--json").json() == []
    assert "No open deadlines." in cli("deadlines").out


def test_deadlines_ics_writes_the_calendar(cli, cases, tmp_path) -> None:
    out = tmp_path / "due.ics"
    result = cli("deadlines", "--ics", out, "--as-of", "2026-05-10")
    assert f"Wrote 8 deadline(s) to {out}" in result.out
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert sorted(str(e["summary"]).split(":")[0] for e in events) == sorted(SAMPLE_ORDER)


def test_deadlines_ics_into_a_missing_folder_fails_in_one_line(cli, cases, tmp_path) -> None:
    result = cli("deadlines", "--ics", tmp_path / "nowhere" / "due.ics", ok=False)
    assert "does not exist" in result.err


def test_bad_as_of_names_the_option(cli, cases) -> None:
    assert "--as-of" in cli("deadlines", "--json", "--as-of", "10/05/2026", ok=False).err


def test_report_annual_writes_the_pdf(cli, cases, tmp_path) -> None:
    out = tmp_path / "annual.pdf"
    result = cli("report", "annual", "--pdf", out, "--year", "2026", "--lang", "sv")
    assert "annual report 2026 (sv)" in result.out
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(out)).pages).split())
    assert "Årsrapport om dataskydd 2026" in text and "Mottagna begäranden 9" in text


def test_report_annual_refuses_a_bad_year_and_language(cli, cases, tmp_path) -> None:
    out = tmp_path / "annual.pdf"
    assert "--year" in cli("report", "annual", "--pdf", out, "--year", "twenty", ok=False).err
    assert "--lang" in cli("report", "annual", "--pdf", out, "--year", "2026", "--lang", "de", ok=False).err
    assert not out.exists()


def test_report_annual_defaults_to_last_year_in_the_organisations_language(cli, cases, tmp_path) -> None:
    out = tmp_path / "annual.pdf"
    result = cli("report", "annual", "--pdf", out)
    assert "(fi)" in result.out
    assert "Tietosuojan vuosiraportti" in PdfReader(str(out)).pages[0].extract_text()

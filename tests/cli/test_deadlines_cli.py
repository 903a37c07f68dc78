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


# `deadlines --json` reads the providers through the Core (services/open_limits) without the ORM, the
# window through services.deadlines.overview on its session: the two must print the same document.
AS_OF_DAYS = ("2026-05-10", "2026-05-11", "2026-06-01", "2026-11-02", "2027-03-01")


def _overview_document(store, day: str) -> str:
    import datetime as dt
    import json
    from zoneinfo import ZoneInfo

    from dpo_desk.cli.context import _json_default
    from dpo_desk.services import deadlines

    moment = dt.datetime.combine(dt.date.fromisoformat(day), dt.time(), tzinfo=ZoneInfo("Europe/Helsinki"))
    with store.read() as session:
        items = deadlines.overview(session, moment.astimezone(dt.UTC))
    document = [item.to_json() for item in items]
    return json.dumps(document, ensure_ascii=False, indent=2, default=_json_default) + "\n"


def test_deadlines_json_prints_the_services_overview_byte_for_byte(cli, store, cases) -> None:
    for day in AS_OF_DAYS:
        printed = cli("deadlines", "--json", "--as-of", day).out
        assert printed == _overview_document(store, day), day
    assert {i["module"] for i in cli("deadlines", "--json", "--as-of", "2026-05-10").json()} == {
        "requests",
        "breaches",
        "register",
        "records",
    }


def test_deadlines_json_on_a_generated_store_is_the_services_overview(cli, store) -> None:
    cli("generate", "--requests", "400", "--seed", "21", "--as-of", "2026-11-02")
    for day in AS_OF_DAYS:
        printed = cli("deadlines", "--json", "--as-of", day).out
        assert printed == _overview_document(store, day), day
    kinds = {i["kind"] for i in cli("deadlines", "--json", "--as-of", "2026-11-02").json()}
    assert {"reply", "forward", "extension-notice", "tia-review", "dpa-missing"} <= kinds, kinds

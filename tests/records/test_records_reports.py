"""The record of processing (PDF and workbook) and the impact assessment PDF, read back."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from dpo_desk.paths import reports_dir
from dpo_desk.reporting.labels import labels
from dpo_desk.reporting.wording import article, date_text
from dpo_desk.services import dpia, organisation, records, register, reports
from dpo_desk.services.records import PurposeInput, TransferInput

pytestmark = pytest.mark.both_engines

AWKWARD = "<img src='/etc/passwd'/> & Łódź =1+1"


def _text(path: Path) -> str:
    return re.sub(r"\s+", " ", "\n".join(page.extract_text() for page in PdfReader(str(path)).pages))


def _fill(store) -> dict[str, str]:
    with store.write() as session:
        organisation.update(
            session,
            name="Pilvipalvelu Demo Oy",
            business_id="1234567-8",
            address="Esimerkkikatu 1, 00100 Helsinki",
            dpo_name="Tiina Tietosuoja",
            dpo_email="dpo@pilvi.example",
            dpo_phone="+358 40 000 0000",
        )
        sp = register.add(
            session,
            name="Helpdesk Inc",
            service="Tickets",
            country="US",
            safeguard=register.SafeguardInput(safeguard="scc", scc_module=3),
        )
        controller = records.add_activity(
            session,
            name="Customer support",
            role="controller",
            purposes=[
                PurposeInput("Answering tickets", "contract"),
                PurposeInput("Satisfaction surveys", "legitimate-interests", "", "2026-02-01", "Opt-out offered"),
            ],
            subject_categories="customers' users",
            data_categories="name, e-mail, ticket text",
            special_categories="health (volunteered)",
            sources="the data subject",
            recipients="support staff",
            subprocessors=[sp],
            transfers=[TransferInput("IN", "scc", "SCC module 2", "Dev Pvt")],
            retention="2 years after closing",
            security_measures="MFA, encryption at rest",
            systems="Helpdesk",
            owner="Head of Support",
        )
        processor = records.add_activity(
            session,
            name=AWKWARD,
            role="processor",
            controllers=["Asiakas Oy"],
            purposes=[PurposeInput("Hosting customer workloads", "contract")],
            data_categories="whatever customers store",
            security_measures="ISO 27001 controls",
            retention="Contract term + 30 days",
        )
        dpia.screen_activity(session, controller, "large-scale,systematic-monitoring")
        dpia.record_assessment(
            session,
            controller,
            description="Ticket analytics",
            necessity="Only aggregate figures",
            risks=[dpia.RiskInput("Re-identification", "possible", "significant", "Aggregation")],
            dpo_advice="Aggregate",
            dpo_advice_followed=True,
            residual_risk="low",
        )
    return {"sp": sp, "controller": controller, "processor": processor}


def test_every_label_file_has_the_same_keys() -> None:
    for report in ("records", "dpia"):
        keys = [set(json.loads((reports_dir() / report / f"{lang}.json").read_text())) for lang in ("fi", "sv", "en")]
        assert keys[0] == keys[1] == keys[2]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_controllers_record_pdf_holds_every_art_30_1_item(store, tmp_path: Path, lang: str) -> None:
    refs = _fill(store)
    with store.read() as session:
        report = reports.gather_records(session, "controller", lang)
    from dpo_desk.reporting.records_document import write_record

    out = tmp_path / "record.pdf"
    write_record(report, out)
    text = _text(out)
    lab = labels("records", lang)
    for key in (
        "controller_contact",
        "dpo_contact",
        "purposes",
        "subject_categories",
        "data_categories",
        "recipients",
        "transfers",
        "retention",
    ):
        assert lab[key].split(" (")[0][:20] in text, key
    for fact in (
        "Pilvipalvelu Demo Oy",
        "1234567-8",
        "Tiina Tietosuoja",
        "dpo@pilvi.example",
        refs["controller"],
        "Answering tickets",
        article("6(1)(b)", lang),  # cited in the document's language (issue 17)
        article("6(1)(f)", lang),
        "customers' users",
        "ticket text",
        "health (volunteered)",
        "support staff",
        "Helpdesk Inc",
        "US",
        "IN",
        "2 years after closing",
        "MFA, encryption at rest",
        date_text(report.document.as_of, lang),
        "DPIA-0001",
    ):
        assert fact in text, fact
    assert lab["legal_bases"]["contract"] in text
    assert lab["page"].format(page=1, pages=len(PdfReader(str(out)).pages)) in text
    assert refs["processor"] not in text  # a processor's activity belongs to the other record


def test_processors_record_is_grouped_by_controller_and_prints_user_text_literally(store, tmp_path: Path) -> None:
    refs = _fill(store)
    with store.read() as session:
        report = reports.gather_records(session, "processor", "en")
    from dpo_desk.reporting.records_document import write_record

    out = tmp_path / "processor.pdf"
    write_record(report, out)
    text = _text(out)
    for fact in (
        "Record of processing activities — processor",
        "Article 30(2)",
        "Controller: Asiakas Oy",
        "Categories of processing",
        "Hosting customer workloads",
        "ISO 27001 controls",
        "No transfers outside the EEA",
        AWKWARD,
        refs["processor"],
    ):
        assert fact in text, fact
    assert refs["controller"] not in text


def test_workbook_has_one_row_per_activity_every_item_and_no_formula(store, tmp_path: Path) -> None:
    refs = _fill(store)
    from dpo_desk.reporting.records_xlsx import COLUMNS, write_record_xlsx

    with store.read() as session:
        controller_report = reports.gather_records(session, "controller", "en")
        processor_report = reports.gather_records(session, "processor", "fi")
    write_record_xlsx(controller_report, tmp_path / "c.xlsx")
    write_record_xlsx(processor_report, tmp_path / "p.xlsx")
    book = openpyxl.load_workbook(tmp_path / "c.xlsx")
    sheet = book["Record"]
    rows = list(sheet.iter_rows(values_only=True))
    lab = labels("records", "en")
    assert rows[0] == tuple(lab[c] for c in COLUMNS)
    assert len(rows) == 2
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Reference"] == refs["controller"]
    assert "Answering tickets — Contract (Art. 6(1)(b))" in row["Purposes (b)"]
    assert row["Legal bases (Art. 6(1))"] == "Contract\nLegitimate interests"
    assert row["Data subjects (c)"] == "customers' users"
    assert row["Personal data (c)"] == "name\ne-mail\nticket text"
    assert row["Recipients (d)"] == "support staff"
    assert row["Subprocessors"] == f"Helpdesk Inc ({refs['sp']})"
    assert "US — Standard contractual clauses" in row["Transfers (e)"]
    assert row["Erasure time limits (f)"] == "2 years after closing"
    assert row["Security measures (g)"] == "MFA, encryption at rest"
    about = dict(book["Organisation"].iter_rows(min_row=2, values_only=True))
    assert about["(a) Controller and contact details"] == "Pilvipalvelu Demo Oy"
    assert about["Data protection officer"] == "Tiina Tietosuoja"
    processor_book = openpyxl.load_workbook(tmp_path / "p.xlsx")
    cell = processor_book["Seloste"]["B2"]
    assert cell.value == AWKWARD and cell.data_type == "s"
    assert processor_book["Seloste"]["C2"].value == "Henkilötietojen käsittelijä"


def test_report_command_writes_both_and_refuses_a_bad_kind(cli, store_path: Path, tmp_path: Path) -> None:
    ref = cli(
        "records", "add", "--name", "CRM", "--role", "controller", "--purpose", "Customers", "--legal-basis", "contract"
    ).last_line
    out = cli("report", "records", "--pdf", tmp_path / "r.pdf", "--xlsx", tmp_path / "r.xlsx", "--lang", "sv")
    assert "r.xlsx" in out.last_line
    assert "Register över behandling" in _text(tmp_path / "r.pdf")
    assert ref in _text(tmp_path / "r.pdf")
    assert "--kind" in cli("report", "records", "--pdf", tmp_path / "x.pdf", "--kind", "boss", ok=False).err
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_dpia_pdf_shows_screening_art_35_7_contents_and_advice(store, tmp_path: Path, lang: str) -> None:
    refs = _fill(store)
    from dpo_desk.reporting.dpia_pdf import write_dpia_pdf

    with store.read() as session:
        report = reports.gather_dpia(session, refs["controller"], lang)
    write_dpia_pdf(report, tmp_path / "dpia.pdf")
    text = _text(tmp_path / "dpia.pdf")
    lab = labels("dpia", lang)
    for key in (
        "title",
        "description",
        "necessity",
        "risks",
        "measures",
        "dpo_advice",
        "residual_risk",
        "prior_consultation",
        "required",
    ):
        assert lab[key].split(" (")[0][:25] in text, key
    for fact in (
        "DPIA-0001",
        "Ticket analytics",
        "Only aggregate figures",
        "Re-identification",
        "Aggregation",
        date_text(dt.date(2018, 12, 21), lang),  # the document's date form (issue 17)
        lab["levels"]["low"],
        lab["criteria"]["large-scale"][:20],
    ):
        assert fact in text, fact

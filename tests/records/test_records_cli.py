"""The records and dpia commands, as scripts use them."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.both_engines


def _subprocessor(cli, name: str, country: str, *extra: str) -> str:
    return cli("subprocessor", "add", "--name", name, "--service", "Service", "--country", country, *extra).last_line


def test_add_show_list_check_with_derived_transfers(cli) -> None:
    sp = _subprocessor(cli, "Helpdesk Inc", "US", "--mechanism", "scc", "--scc-module", "3", "--tia", "2026-01-10")
    ref = cli(
        "records",
        "add",
        "--name",
        "Customer support",
        "--role",
        "controller",
        "--purpose",
        "Answering tickets",
        "--legal-basis",
        "contract",
        "--data-categories",
        "name,e-mail",
        "--subject-categories",
        "users",
        "--retention",
        "2 years",
        "--subprocessors",
        sp,
    ).last_line
    assert ref == "PA-0001"
    shown = cli("records", "show", ref, "--json").json()
    assert shown["reference"] == ref
    assert shown["role"] == "controller"
    assert shown["legal_basis"] == "contract"
    assert shown["subprocessors"] == [sp]
    assert [(t["country"], t["safeguard"]) for t in shown["transfers"]] == [("US", "scc")]
    listed = cli("records", "list", "--json").json()
    assert [a["reference"] for a in listed] == [ref]
    assert cli("records", "check", "--json").json() == []


def test_several_purposes_and_a_processor_activity(cli) -> None:
    ref = cli(
        "records",
        "add",
        "--name",
        "Cloud service",
        "--role",
        "processor",
        "--controller",
        "Asiakas Oy",
        "--controller",
        "Kunta Ab",
        "--purpose",
        "Hosting",
        "--purpose",
        "Backups",
        "--legal-basis",
        "contract",
        "--retention",
        "Contract term + 30 days",
    ).last_line
    shown = cli("records", "show", ref, "--json").json()
    assert shown["controllers"] == ["Asiakas Oy", "Kunta Ab"]
    assert [p["legal_basis"] for p in shown["purposes"]] == ["contract", "contract"]


def test_check_reports_each_warning_with_reference_code_and_message(cli) -> None:
    ref = cli(
        "records",
        "add",
        "--name",
        "Health",
        "--role",
        "controller",
        "--purpose",
        "Occupational health",
        "--legal-basis",
        "legal-obligation",
        "--special-categories",
        "health",
    ).last_line
    warnings = cli("records", "check", "--json").json()
    assert {(w["reference"], w["code"]) for w in warnings} == {
        (ref, "special-without-condition"),
        (ref, "no-retention"),
    }
    assert all(w["message"] for w in warnings)
    cli(
        "records",
        "edit",
        ref,
        "--purpose",
        "Occupational health",
        "--legal-basis",
        "legal-obligation",
        "--special-condition",
        "b",
        "--retention",
        "As the law requires",
    )
    assert cli("records", "check", "--json").json() == []


def test_refusals_are_one_line_and_store_nothing(cli) -> None:
    assert (
        "--role"
        in cli(
            "records", "add", "--name", "X", "--role", "boss", "--purpose", "p", "--legal-basis", "contract", ok=False
        ).err
    )
    assert (
        "--legal-basis"
        in cli(
            "records", "add", "--name", "X", "--role", "controller", "--purpose", "p", "--legal-basis", "whim", ok=False
        ).err
    )
    assert (
        "SP-0042"
        in cli(
            "records",
            "add",
            "--name",
            "X",
            "--role",
            "controller",
            "--purpose",
            "p",
            "--legal-basis",
            "contract",
            "--subprocessors",
            "SP-0042",
            ok=False,
        ).err
    )
    assert cli("records", "list", "--json").json() == []
    assert "PA-0404" in cli("records", "show", "PA-0404", "--json", ok=False).err


def test_dpia_screen_and_record_and_show(cli) -> None:
    ref = cli(
        "records",
        "add",
        "--name",
        "Location",
        "--role",
        "controller",
        "--purpose",
        "Fleet",
        "--legal-basis",
        "legitimate-interests",
    ).last_line
    screened = cli("dpia", "screen", ref, "--criteria", "location,large-scale", "--json").json()
    assert screened["required"] is True
    assert [r["code"] for r in screened["reasons"] if r["fired"]] == ["ombudsman-location"]
    not_needed = cli("dpia", "screen", ref, "--criteria", "large-scale", "--json").json()
    assert not_needed["required"] is False and not_needed["reasons"]
    assert "telepathy" in cli("dpia", "screen", ref, "--criteria", "telepathy", ok=False).err
    number = cli(
        "dpia",
        "record",
        ref,
        "--description",
        "Vehicle positions",
        "--necessity",
        "Routing only",
        "--risk",
        "Tracking private trips|possible|serious|Private mode",
        "--dpo-advice",
        "Private mode",
        "--advice-followed",
        "yes",
        "--residual-risk",
        "medium",
        "--assessed-on",
        "2026-03-01",
    ).last_line
    assert number == "DPIA-0001"
    shown = cli("dpia", "show", ref, "--json").json()
    assert shown["assessment"]["reference"] == number
    assert shown["assessment"]["risks"][0]["level"] == "medium"
    assert shown["assessment"]["next_review_on"] == "2027-03-01"
    assert "advice-reason" in cli("dpia", "record", ref, "--advice-followed", "no", ok=False).err


def test_link_a_request_and_list_activities_for_it(cli) -> None:
    ref = cli(
        "records", "add", "--name", "CRM", "--role", "controller", "--purpose", "Customers", "--legal-basis", "contract"
    ).last_line
    cli("records", "link", ref, "DSR-2026-0007")
    assert cli("records", "for-case", "DSR-2026-0007", "--json").json() == [{"reference": ref, "name": "CRM"}]
    assert cli("records", "show", ref, "--json").json()["cases"] == ["DSR-2026-0007"]
    cli("records", "unlink", ref, "DSR-2026-0007")
    assert cli("records", "for-case", "DSR-2026-0007", "--json").json() == []


def test_review_moves_the_deadline(cli) -> None:
    ref = cli(
        "records",
        "add",
        "--name",
        "CRM",
        "--role",
        "controller",
        "--purpose",
        "Customers",
        "--legal-basis",
        "contract",
        "--retention",
        "5 years",
    ).last_line
    cli("records", "review", ref, "--on", "2026-01-15")
    items = [i for i in cli("deadlines", "--json", "--as-of", "2027-01-16").json() if i["reference"] == ref]
    assert [(i["kind"], i["due"], i["overdue"]) for i in items] == [("review", "2027-01-15", True)]


def test_report_dpia_writes_the_assessment_pdf(cli, tmp_path) -> None:
    from pypdf import PdfReader

    ref = cli(
        "records",
        "add",
        "--name",
        "Whistle",
        "--role",
        "controller",
        "--purpose",
        "Reports of misconduct",
        "--legal-basis",
        "legal-obligation",
    ).last_line
    cli("dpia", "screen", ref, "--criteria", "whistleblowing")
    cli("dpia", "record", ref, "--description", "Channel for reports", "--residual-risk", "low")
    cli("report", "dpia", ref, "--pdf", tmp_path / "dpia.pdf", "--lang", "sv")
    text = " ".join(p.extract_text() for p in PdfReader(str(tmp_path / "dpia.pdf")).pages)
    assert "Konsekvensbedömning avseende dataskydd" in text
    assert "Channel for reports" in text and "DPIA-0001" in text
    assert "visselblåsarsystem" in text.lower()

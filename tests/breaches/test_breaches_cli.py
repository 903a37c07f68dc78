"""The breach commands in-process: the spec's names, one-line refusals, and the reports read back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from dpo_desk.paths import reports_dir

pytestmark = pytest.mark.both_engines

AWKWARD = ["<b>bold?</b> & <para>", "<img src='/etc/passwd'/>", "Łódź Ørsted Дмитрий"]
ORG = (
    "--name",
    "Testi Pilvi Oy",
    "--business-id",
    "7654321-0",
    "--address",
    "Aleksanterinkatu 1, 00100 Helsinki",
    "--dpo-name",
    "Matti Meikäläinen",
    "--dpo-email",
    "tietosuoja@example.fi",
    "--dpo-phone",
    "+358 9 000 0000",
)


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _pdf_pages(path: Path) -> list[str]:
    return [_squeezed(p.extract_text() or "") for p in PdfReader(path).pages]


def _dejavu_embedded(path: Path) -> bool:
    """The text fonts are DejaVu subsets with their font file inside the PDF (so any name prints and extracts)."""
    fonts = [f.get_object() for p in PdfReader(path).pages for f in p["/Resources"]["/Font"].values()]
    dejavu = [f for f in fonts if "DejaVu" in str(f["/BaseFont"])]
    return bool(fonts) and dejavu == fonts and all("/FontFile2" in f["/FontDescriptor"].get_object() for f in fonts)


@pytest.fixture
def org(cli):
    cli("org", "set", *ORG)
    return cli


def _breach(cli, *extra: str) -> str:
    return cli(
        "breach",
        "add",
        "--title",
        "Newsletter to wrong list",
        "--aware-at",
        "2026-06-01T10:00:00+03:00",
        "--nature",
        "confidentiality",
        *extra,
    ).last_line


def test_add_show_list_and_json(org) -> None:
    ref = _breach(org, "--risk", "risk", "--cause", "misdelivery", "--subjects-approx", "321")
    assert ref == "BR-2026-0001"
    shown = org("breach", "show", ref, "--json").json()
    assert shown["authority_deadline"] == "2026-06-04T10:00:00+03:00"
    assert (shown["risk"], shown["status"], shown["cause"], shown["subjects_approx"]) == (
        "risk",
        "open",
        "misdelivery",
        321,
    )
    listed = org("breach", "list", "--json", "--status", "open").json()
    assert [row["reference"] for row in listed] == [ref]
    assert org("breach", "list", "--json", "--risk", "high").json() == []


def test_values_beginning_with_dashes_and_refusals_in_one_line(org) -> None:
    ref = _breach(org, "--description", "-2+3 =cmd", "--risk", "none")
    assert org("breach", "show", ref, "--json").json()["description"] == "-2+3 =cmd"
    for args in (
        ("breach", "add", "--title", "X", "--aware-at", "2026-13-01T10:00"),
        ("breach", "add", "--title", "X", "--aware-at", "2026-06-01T10:00", "--nature", "secrecy"),
        ("breach", "notify", ref, "--at", "2026-05-01T10:00"),
        ("breach", "notify", ref, "--at", "2026-06-09T10:00"),
        ("breach", "communicate", ref, "--exemption", "a"),
        ("breach", "close", ref, "--summary", "Done"),
        ("breach", "show", "BR-2026-0042"),
    ):
        result = org(*args, ok=False)
        assert result.code != 0
    assert len(org("breach", "list", "--json").json()) == 1
    assert org("breach", "show", ref, "--json").json()["notifications"] == []


def test_full_life_of_a_breach_on_the_command_line(org, tmp_path: Path) -> None:
    ref = _breach(org, "--risk", "high", "--risk-reasoning", "Health data of customers")
    org(
        "breach",
        "notify",
        ref,
        "--at",
        "2026-06-05T09:00:00+03:00",
        "--late-reason",
        "Forensics took 4 days",
        "--authority-reference",
        "TSV/1/2026",
    )
    org("breach", "notify", ref, "--at", "2026-06-08T09:00:00+03:00", "--content", "Numbers confirmed")
    org("breach", "communicate", ref, "--at", "2026-06-05T12:00", "--method", "Letter", "--count", "321")
    org("breach", "close", ref, "--summary", "Process changed")
    shown = org("breach", "show", ref, "--json").json()
    assert [n["phase"] for n in shown["notifications"]] == ["initial", "supplementary"]
    assert shown["notified_late"] is True and shown["status"] == "closed"
    assert shown["notifications"][0]["late_reason"] == "Forensics took 4 days"


def test_enisa_helper_computes_and_stores(org) -> None:
    ref = _breach(org)
    result = org(
        "breach", "enisa", ref, "--dpc", "3", "--ei", "0.75", "--confidentiality", "0.5", "--malicious", "--json"
    ).json()
    assert (result["score"], result["band"]) == (3.25, "high")
    assert org("breach", "show", ref, "--json").json()["enisa"]["score"] == 3.25
    org("breach", "enisa", "--dpc", "3", "--ei", "0.6", ok=False)


@pytest.mark.parametrize(
    ("lang", "title", "addressee", "heading"),
    [
        (
            "fi",
            "Ilmoitus henkilötietojen tietoturvaloukkauksesta",
            "Tietosuojavaltuutetun toimisto",
            "Rekisterinpitäjä ja yhteystiedot",
        ),
        ("sv", "Anmälan om personuppgiftsincident", "Dataombudsmannens byrå", "Personuppgiftsansvarig"),
        (
            "en",
            "Personal data breach notification",
            "Office of the Data Protection Ombudsman",
            "Controller and contacts",
        ),
    ],
)
def test_notification_pdf_in_each_language(org, tmp_path: Path, lang, title, addressee, heading) -> None:
    long_text = " ".join(AWKWARD) + " " + "Long account of events. " * 700
    ref = _breach(
        org,
        "--description",
        long_text,
        "--consequences",
        AWKWARD[0],
        "--measures-taken",
        AWKWARD[1],
        "--data-categories",
        AWKWARD[2],
        "--subjects-approx",
        "321",
        "--records-approx",
        "654",
        "--risk",
        "risk",
        "--risk-reasoning",
        "Addresses visible to 300 people",
        "--cause",
        "misdelivery",
    )
    org("breach", "notify", ref, "--at", "2026-06-05T09:00:00+03:00", "--late-reason", "Weekend & <holiday>")
    out = tmp_path / f"n-{lang}.pdf"
    org("breach", "report", ref, "--pdf", out, "--lang", lang)
    pages = _pdf_pages(out)
    text = "".join(pages)
    assert len(pages) >= 3  # the long description flowed over pages
    for number, page in enumerate(pages, start=1):
        assert ref in page
        assert str(number) in page and str(len(pages)) in page
    for value in (
        title,
        addressee,
        heading,
        *AWKWARD,
        "321",
        "654",
        "Matti Meikäläinen",
        "tietosuoja@example.fi",
        "7654321-0",
        "Weekend & <holiday>",
        "Addresses visible to 300 people",
    ):
        assert _squeezed(value) in text, value
    labels = json.loads((reports_dir() / "breach-notification" / f"{lang}.json").read_text("utf-8"))
    positions = [text.index(_squeezed(labels[f"s{i}"])) for i in range(1, 13)]
    assert positions == sorted(positions)  # the sections in the order of breach-notification.md
    assert _squeezed(labels["phase_initial"]) in text
    assert _squeezed(labels["page"].format(page=len(pages), pages=len(pages))) in pages[-1]
    assert _dejavu_embedded(out)


def test_supplementary_phase_and_draft(org, tmp_path: Path) -> None:
    ref = _breach(org, "--risk", "risk")
    draft = tmp_path / "draft.pdf"
    org("breach", "report", ref, "--pdf", draft, "--lang", "en")
    assert "Draft–notyetsent" in "".join(_pdf_pages(draft))
    org("breach", "notify", ref, "--at", "2026-06-02T09:00:00+03:00", "--authority-reference", "TSV/77/2026")
    org("breach", "notify", ref, "--at", "2026-06-06T09:00:00+03:00", "--content", "Root cause found")
    out = tmp_path / "supp.pdf"
    org("breach", "report", ref, "--pdf", out, "--lang", "en")
    text = "".join(_pdf_pages(out))
    for value in ("Supplementary notification", "Notification 2 of 2", "TSV/77/2026", "Root cause found"):
        assert _squeezed(value) in text
    org("breach", "report", ref, "--pdf", out, "--lang", "en", "--phase", "3", ok=False)


def test_letter_to_data_subjects(org, tmp_path: Path) -> None:
    ref = _breach(
        org,
        "--risk",
        "high",
        "--description",
        "A newsletter went to the wrong list",  # Art. 34(2): the letter is refused without it (issue 17)
        "--consequences",
        "Phishing & <spam>",
        "--measures-taken",
        "Reset passwords",
    )
    out = tmp_path / "letter.pdf"
    org("breach", "letter", ref, "--pdf", out, "--lang", "fi")
    text = "".join(_pdf_pages(out))
    for value in (
        "Tiedote sinua koskevasta",
        "Phishing & <spam>",
        "Reset passwords",
        "tietosuoja@example.fi",
        "tietosuojavaltuutetun toimistolle",
        ref,
    ):
        assert _squeezed(value) in text, value


def test_breach_register_workbook(org, tmp_path: Path) -> None:
    notified = _breach(org, "--risk", "risk", "--risk-reasoning", "Names and e-mails", "--cause", "misdelivery")
    org("breach", "notify", notified, "--at", "2026-06-05T09:00:00+03:00", "--late-reason", "Scope unclear")
    quiet = org(
        "breach",
        "add",
        "--title",
        '=HYPERLINK("x")',
        "--aware-at",
        "2026-06-10T10:00",
        "--risk",
        "none",
        "--risk-reasoning",
        "Encrypted laptop, key not lost",
        "--cause",
        "lost-or-stolen",
    ).last_line
    out = tmp_path / "register.xlsx"
    org("report", "breaches", "--xlsx", out, "--lang", "en")
    book = load_workbook(out)
    sheet = book["Breaches"]
    header = [c.value for c in sheet[1]]
    rows = {r[0]: dict(zip(header, r, strict=True)) for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert set(rows) == {notified, quiet}
    assert rows[notified]["Late"] == "yes" and rows[notified]["Reasons for the delay"] == "Scope unclear"
    assert rows[notified]["Cause"].startswith("misdelivery")
    assert rows[quiet]["Risk decision"] == "no risk"
    assert rows[quiet]["Reasoning of the risk decision"] == "Encrypted laptop, key not lost"
    assert rows[quiet]["Notification required"] == "no" and rows[quiet]["Notified to the authority"] is None
    title_cell = next(c for c in sheet["B"] if c.value == '=HYPERLINK("x")')
    assert title_cell.data_type == "s"  # text, never a formula
    assert rows[notified]["Became aware"].isoformat() == "2026-06-01T10:00:00"
    phases = list(book["Notifications"].iter_rows(min_row=2, values_only=True))
    assert [(p[0], p[2]) for p in phases] == [(notified, "preliminary")]
    finnish = tmp_path / "rekisteri.xlsx"
    org("report", "breaches", "--xlsx", finnish, "--lang", "fi")
    assert load_workbook(finnish).sheetnames[0] == "Tietoturvaloukkaukset"

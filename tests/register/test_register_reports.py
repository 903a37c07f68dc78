"""The printed register, its workbook and the change notice, read back from the files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from dpo_desk.reporting import change_notice, register_pdf, register_xlsx
from dpo_desk.reporting.wording import date_text
from dpo_desk.services import organisation, reports
from dpo_desk.services import register as service

pytestmark = pytest.mark.both_engines

AWKWARD = "<img src='/etc/passwd'/> & Ørsted Łódź"


def _flat(path: Path) -> list[str]:
    return ["".join((p.extract_text() or "").split()) for p in PdfReader(path).pages]


def _squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def filled(store):
    with store.write() as session:
        organisation.update(
            session, name="Testi Pilvi Oy", business_id="7654321-0", dpo_name="Matti Meikäläinen", dpo_email="dpo@t.fi"
        )
        service.add(
            session,
            name=AWKWARD,
            service='=HYPERLINK("http://x")',
            country="US",
            processing_countries="US,IE",
            dpf_certified=True,
            dpa_signed_on="2026-02-03",
            safeguard=service.check_safeguard("adequacy", fallback_safeguard="scc", fallback_scc_module="3"),
        )
        service.add(
            session,
            name="Tukipalvelu Ltd",
            service="Helpdesk",
            country="IN",
            safeguard=service.check_safeguard(
                "scc", scc_module="2", tia_on="2025-01-10", tia_review_on="2026-01-10", supplementary_measures="-x"
            ),
        )
        for i in range(40):
            service.add(
                session,
                name=f"Palvelin {i:02d} Oy",
                service="Virtual servers " * 6,
                country="FI",
                processing_countries="FI,SE",
                dpa_signed_on="2025-05-01",
            )
    return store


def test_register_pdf_is_landscape_with_header_on_every_page(filled, tmp_path: Path) -> None:
    out = tmp_path / "register.pdf"
    with filled.read() as session:
        register_pdf.write_pdf(reports.gather_register(session, "fi"), out)
    reader = PdfReader(out)
    pages = _flat(out)
    assert len(pages) >= 2
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert width > height  # landscape
    assert "Alikäsittelijärekisteri" in pages[0] and "TestiPilviOy" in pages[0]
    assert f"Tilanne{date_text(filled.clock.now().date(), 'fi')}" in pages[0]  # fi date form (issue 17)
    for number, text in enumerate(pages, start=1):
        assert f"Sivu{number}/{len(pages)}" in text
        assert "Siirrotjasiirto" in text  # the header row, repeated
    everything = "".join(pages)
    assert _squash(AWKWARD) in everything  # printed literally, nothing read from a file
    assert "Yhdysvallat(US)" in everything
    assert "siirtovaikutustenarvioinnintarkistuspäiväonohitettu" in everything  # the warning, in Finnish
    dejavu = [
        font.get_object()
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
        if "DejaVu" in str(font.get_object()["/BaseFont"])
    ]
    assert dejavu
    assert all("/FontFile2" in font["/FontDescriptor"] for font in dejavu)  # embedded, so every name prints


def test_register_workbook_sheets_dates_and_no_formulas(filled, tmp_path: Path) -> None:
    out = tmp_path / "register.xlsx"
    with filled.read() as session:
        register_xlsx.write_xlsx(reports.gather_register(session, "en"), out)
    book = load_workbook(out)
    assert book.sheetnames == ["Register", "Transfers"]
    register, transfers = book["Register"], book["Transfers"]
    assert register.freeze_panes == "A2" and transfers.freeze_panes == "A2"
    assert register.auto_filter.ref.startswith("A1:") and transfers.auto_filter.ref.startswith("A1:")
    headers = [c.value for c in register[1]]
    assert headers[:3] == ["Ref.", "Subprocessor", "Business ID"]
    rows = {row[0].value: row for row in register.iter_rows(min_row=2)}
    first = rows["SP-0001"]
    assert first[1].value == AWKWARD
    service_cell = first[5]
    assert service_cell.value == '=HYPERLINK("http://x")' and service_cell.data_type == "s"
    dpa = first[headers.index("DPA signed")]
    assert dpa.value == dt.datetime(2026, 2, 3) and dpa.is_date
    assert register.column_dimensions["B"].width > 10
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    trows = [[c.value for c in row] for row in transfers.iter_rows(min_row=2)]
    assert [r[0] for r in trows] == ["SP-0001", "SP-0002"]
    us, india = trows
    assert us[2] == "United States (US)" and us[3] == "Adequacy decision" and us[5] == "(EU) 2023/1795"
    assert "C-703/25 P" in us[11] and us[10] == "SCCs 2021/914, module 3"  # the fallback beside the decision
    assert india[4] == "SCCs 2021/914, module 2" and india[7] == dt.datetime(2025, 1, 10)
    assert india[9] == "-x" and "past its review date" in india[12]


def test_change_notice_pdf_and_email_in_each_language(filled, tmp_path: Path) -> None:
    with filled.write() as session:
        service.add(session, name="Uusi Analytiikka Oy", service="Analytics", country="FI", status="planned")
        announcement = service.announce(
            session, "SP-0043", announced_on="2026-11-02", replaces="SP-0003", message="<b>Tervetuloa</b>"
        )
    expected = {
        "fi": ("Ilmoitusalikäsittelijöidenmuutoksesta", "2.12.2026mennessä", "Palvelin00Oy"),
        "sv": ("Meddelandeomändringavunderbiträden", "senast2.12.2026", "Palvelin00Oy"),
        "en": ("Noticeofachangeofsubprocessors", "until2December2026", "Palvelin00Oy"),
    }
    for lang, (title, deadline, replaced) in expected.items():
        with filled.read() as session:
            data = reports.gather_change_notice(session, announcement.reference, lang)
        out = tmp_path / f"notice-{lang}.pdf"
        change_notice.write_document(data, out)
        text = "".join(_flat(out))
        assert title in text and deadline in text and replaced in text
        assert "<b>Tervetuloa</b>" in text and "Uusi" in text and announcement.reference in text
        body = change_notice.email_text(data)
        assert (
            _squash(body).count(_squash(date_text(dt.date(2026, 12, 2), lang))) >= 2 and "Uusi Analytiikka Oy" in body
        )
        assert "<b>Tervetuloa</b>" in body and "Matti Meikäläinen" in body
        assert announcement.reference in change_notice.email_subject(data)


def _keys(value, prefix=""):
    if isinstance(value, dict):
        return {k for key, inner in value.items() for k in _keys(inner, f"{prefix}{key}.")} | {prefix}
    return {prefix}


def test_label_files_agree_and_name_every_finding() -> None:
    from dpo_desk.reporting.labels import labels
    from dpo_desk.rules.transfers import FINDING_CODES

    for report in ("subprocessor-register", "change-notice"):
        shapes = {lang: _keys(dict(labels(report, lang))) for lang in ("fi", "sv", "en")}
        assert shapes["fi"] == shapes["sv"] == shapes["en"], report
    for lang in ("fi", "sv", "en"):
        assert set(labels("subprocessor-register", lang)["warning"]) == set(FINDING_CODES)

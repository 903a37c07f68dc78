"""The request log and the breach register come in from spreadsheets through the modules' own services."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from dpo_desk.services import breaches, requests
from dpo_desk.services import spreadsheet_import as sheets
from dpo_desk.services.sheet_reader import read_sheet

pytestmark = pytest.mark.both_engines


def _import(store, path: Path, key: str, **options):
    sheet = read_sheet(path)
    target = sheets.targets()[key]
    with store.write() as session:
        preview = sheets.preview(session, sheet, target, sheets.match_columns(sheet.headers, target), **options)
        done = sheets.apply(session, preview, skip_errors=True)
    return preview, done


def test_a_finnish_request_log_keeps_its_history(store, tmp_path: Path) -> None:
    book = Workbook()
    for row in (
        ["Vastaanotettu", "Laji", "Nimi", "Sähköposti", "Tulos", "Perustelut", "Vastattu", "Jatkon syy"],
        ["15.1.2026", "pääsy", "Asta Esimerkki", "asta@example.fi", "toteutettu", None, "2.2.2026", None],
        [dt.datetime(2026, 3, 3), "poisto", "Bertil Åberg", None, "hylätty", "Ilmeisen perusteeton", "20.3.2026", None],
        ["17.2.2026", "siirrettävyys", "Cecilia", None, None, None, None, "Useita varmuuskopioita"],
        ["5.5.2026", "telepatia", "Nope", None, None, None, None, None],
        ["6.5.2026", "hylätty", "Refusal Without Reasons", None, "hylätty", None, None, None],
    ):
        book.active.append(row)
    book.save(tmp_path / "pyynnot.xlsx")
    preview, done = _import(store, tmp_path / "pyynnot.xlsx", "requests")
    assert [(e.row, e.column) for e in preview.errors] == [(5, "B (Laji)"), (6, "B (Laji)")]
    assert done.skipped_rows == [5, 6]
    with store.read() as session:
        shown = {ref: requests.show(session, ref) for ref in done.created}
    first, refused, extended = shown.values()
    assert (first.type, first.outcome, first.replied_on, first.due_on) == (
        "access",
        "fulfilled",
        dt.date(2026, 2, 2),
        dt.date(2026, 2, 16),
    )
    assert (refused.outcome, refused.outcome_reason) == ("refused", "Ilmeisen perusteeton")
    assert extended.due_on == dt.date(2026, 5, 18)  # extended: three months, 17 May is a Sunday


def test_a_swedish_breach_register_and_its_late_notification(store, tmp_path: Path) -> None:
    path = tmp_path / "incidenter.csv"
    path.write_text(
        "Rubrik\tBlev medveten\tArt\tOrsak\tAntal registrerade\tRisknivå\tAnmäld\tSkäl för dröjsmål\n"
        "Felskickad lönelista\t2026-03-02 08:00\tsekretess\tfel mottagare\t12\trisk\t"
        "2026-03-06 09:00\tOklar omfattning\n"
        "Sen anmälan utan skäl\t2026-03-02 08:00\tsekretess\tannan\t1\trisk\t2026-03-06 09:00\t\n",
        encoding="utf-8",
    )
    preview, done = _import(store, path, "breaches")
    assert len(preview.errors) == 1 and preview.errors[0].row == 3  # the service refused a late one without reasons
    with store.read() as session:
        view = breaches.get(session, done.created[0])
    assert view.aware_at == dt.datetime(2026, 3, 2, 6, 0, tzinfo=dt.UTC)
    assert (view.cause, view.nature, view.subjects_approx, view.risk) == (
        "misdelivery",
        ("confidentiality",),
        12,
        "risk",
    )
    assert [n.late_reason for n in view.notifications] == ["Oklar omfattning"]


def test_a_finnish_subprocessor_register_with_safeguards(store, tmp_path: Path) -> None:
    from dpo_desk.services import register

    path = tmp_path / "alihankkijat.csv"
    path.write_text(
        "Alihankkija;Palvelu;Maa;Käsittelymaat;Siirtoperuste;SCC moduuli;Käsittelysopimus;Tila\n"
        "Pilvipalvelu Oy;Palvelinkapasiteetti;Suomi;FI;ETA;;1.2.2024;käytössä\n"
        "Mail Inc.;Sähköposti;Yhdysvallat;US;vakiolausekkeet;3;15.3.2025;käytössä\n"
        "Nowhere;X;Atlantis;;;;;\n"
        "=HYPERLINK();Tuki;Ruotsi;SE;;;;\n",
        encoding="utf-8",
    )
    preview, done = _import(store, path, "register")
    assert [(e.row, e.column) for e in preview.errors] == [(4, "C (Maa)")]
    with store.read() as session:
        mail = register.get(session, done.created[1])
        formula = register.get(session, done.created[2])
    assert (mail.country, mail.dpa_signed_on) == ("US", dt.date(2025, 3, 15))
    assert [(t.country, t.safeguard, t.scc_module) for t in mail.transfers] == [("US", "scc", 3)]
    assert formula.name == "=HYPERLINK()"  # kept as typed, never a formula

"""Issue 17, point 8: the processor's record of processing (Art. 30(2))."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from dpo_desk.services import records

pytestmark = pytest.mark.both_engines


def _add_processor(cli, *extra: str) -> str:
    return cli(
        "records", "add", "--name", "Hosting", "--role", "processor",
        "--controller", "Asiakas Oy", "--controller-contact", "tietosuoja@asiakas.fi, Katu 1, Helsinki",
        "--controller", "Kunta Ab", "--purpose", "Hosting customer workloads", "--security", "ISO 27001",
        *extra,
    ).last_line  # fmt: skip


def test_a_processor_activity_needs_no_legal_basis_nor_retention_but_each_controllers_contact(cli) -> None:
    ref = _add_processor(cli)  # no --legal-basis and no --retention: refused before issue 17
    shown = cli("records", "show", ref, "--json").json()
    assert shown["controllers"] == ["Asiakas Oy", "Kunta Ab"]
    assert shown["controller_contacts"] == ["tietosuoja@asiakas.fi, Katu 1, Helsinki"]
    codes = [w["code"] for w in shown["warnings"]]
    assert codes == ["controller-contact-missing"]
    assert "Kunta Ab" in shown["warnings"][0]["message"] and "30(2)(a)" in shown["warnings"][0]["message"]
    check = cli("records", "check", "--json").json()
    assert {(f["reference"], f["code"]) for f in check} == {(ref, "controller-contact-missing")}
    text = cli("records", "show", ref).out
    assert "controller: Asiakas Oy — tietosuoja@asiakas.fi, Katu 1, Helsinki" in text and "NO LEGAL BASIS" not in text
    cli("records", "edit", ref, "--controller", "Asiakas Oy", "--controller-contact", "dpo@asiakas.fi")
    assert cli("records", "check", "--json").json() == []


def test_a_controllers_record_still_demands_basis_and_retention_and_has_no_controller_contacts(cli) -> None:
    refused = cli(
        "records", "add", "--name", "CRM", "--role", "controller", "--purpose", "Customers", ok=False
    ).err  # fmt: skip
    assert "--legal-basis" in refused
    refused = cli(
        "records", "add", "--name", "CRM", "--role", "controller", "--purpose", "Customers",
        "--legal-basis", "contract", "--controller-contact", "x@y.fi", ok=False,
    ).err  # fmt: skip
    assert "--controller-contact" in refused
    assert "--controller-contact" in cli(
        "records", "add", "--name", "H", "--role", "processor", "--purpose", "Hosting",
        "--controller-contact", "x@y.fi", ok=False,
    ).err  # fmt: skip


def test_the_printed_and_excel_records_use_article_30_2s_letters(cli, tmp_path: Path) -> None:
    _add_processor(cli, "--retention", "Contract term", "--recipients", "support staff")
    cli("report", "records", "--kind", "processor", "--pdf", tmp_path / "p.pdf", "--xlsx", tmp_path / "p.xlsx",
        "--lang", "en")  # fmt: skip
    text = " ".join(p.extract_text() for p in PdfReader(str(tmp_path / "p.pdf")).pages)
    flat = " ".join(text.split())
    assert "(a) Controllers on whose behalf we process, with their contact details" in flat
    assert "Asiakas Oy — tietosuoja@asiakas.fi, Katu 1, Helsinki" in flat
    assert "Kunta Ab — contact details not recorded" in flat
    for lettered in ("(b) Categories of processing", "(c) Transfers to third countries", "(d) Technical and"):
        assert lettered in flat, lettered
    # the items Art. 30(2) does not list carry no letter of Art. 30(1)
    for unlettered in ("(c) Categories of data subjects", "(d) Categories of recipients", "(f) Time limits"):
        assert unlettered not in flat, unlettered
    header = next(openpyxl.load_workbook(tmp_path / "p.xlsx")["Record"].iter_rows(values_only=True))
    assert header[3:7] == (
        "(a) Controllers and their contact details",
        "(b) Categories of processing",
        "(c) Transfers",
        "(d) Security measures",
    )
    assert "Legal bases (Art. 6(1))" not in header and "Erasure time limits (f)" not in header


def test_the_records_page_shows_the_controllers_contacts_and_the_warning(store, page_showing) -> None:
    with store.write() as session:
        ref = records.add_activity(
            session,
            name="Hosting",
            role="processor",
            purposes=[records.PurposeInput("Hosting")],
            controllers=["Asiakas Oy", "Kunta Ab"],
            controller_contacts=["dpo@asiakas.fi"],
        )
    window, page = page_showing("records", ref)
    assert "Asiakas Oy (dpo@asiakas.fi)" in page.detail.text()
    assert "Kunta Ab (no contact details)" in page.detail.text()
    warnings = [page.warnings.item(i).text() for i in range(page.warnings.count())]
    assert len(warnings) == 1 and "Kunta Ab" in warnings[0]
    window.close()


def test_the_activity_editor_records_each_controllers_contact(qtbot, store) -> None:
    from dpo_desk.ui.dialogs.records_activity import ActivityDialog
    from dpo_desk.ui.ops import Ops

    with store.write() as session:
        ref = records.add_activity(
            session,
            name="Hosting",
            role="processor",
            purposes=[records.PurposeInput("Hosting")],
            controllers=["Asiakas Oy", "Kunta Ab"],
        )
    ops = Ops(store)
    dialog = ActivityDialog(ops, ref)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    dialog.controller_contacts.setPlainText("dpo@asiakas.fi, Katu 1\nkirjaamo@kunta.fi")
    with qtbot.waitSignal(dialog.activity_did_save, timeout=10000):
        dialog.save()
    with store.read() as session:
        view = records.get(session, ref)
    assert view.controller_contacts == ("dpo@asiakas.fi, Katu 1", "kirjaamo@kunta.fi")
    assert [w.code for w in view.warnings] == []
    ops.wait_idle()

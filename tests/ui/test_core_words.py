"""Words the core gives as English sentences or codes, shown in a Finnish window in Finnish.

The core keeps its English for the command line and the JSON; it hands the window the parts, and the
window words them (issue 16, "nothing English in a Finnish window").
"""

from __future__ import annotations

import datetime as dt

import pytest

from dpo_desk.services import requests
from dpo_desk.ui.app import build_window
from tests.ui.finnish import english_in, language


def _timeline(qtbot, store, reference: str, code: str) -> list[tuple[str, str]]:
    with language(code):
        window = build_window(store)
        qtbot.addWidget(window)
        window.show_page("requests")
        window.wait_loaded()
        page = window.pages["requests"]
        assert page.open_reference(reference)
        window.wait_loaded()
        tree = page.detail.timeline
        rows = [(tree.topLevelItem(i).text(1), tree.topLevelItem(i).text(2)) for i in range(tree.topLevelItemCount())]
        window.close()
    return rows


def test_the_request_timeline_words_its_events_in_finnish_and_keeps_typed_text(qtbot, store) -> None:
    with store.write() as session:
        reference = requests.add(session, type="access", received="2026-03-03", subject="Ulla Uusi", channel="web-form")
        requests.correct(session, reference, on="2026-03-04", subject="Ulla Uusitalo")
        requests.record_letter(session, reference, "acknowledgement", "fi", dt.date(2026, 3, 4))
        requests.add_note(session, reference, "Soitettu, ei vastausta", on="2026-03-05")
        requests.close(session, reference, "refused", "ilmeisen perusteeton", replied_on="2026-03-10")
    rows = _timeline(qtbot, store, reference, "fi")
    details = [text for _, text in rows]
    assert details[0] == "pyyntö: pääsy tietoihin, kanava: verkkolomake", details
    assert details[1] == "pyytäjä: ”Ulla Uusi” → ”Ulla Uusitalo”", details
    assert details[2] == "vastaanottoilmoitus (suomi)", details
    assert details[3] == "Soitettu, ei vastausta", details  # the DPO's note as typed
    assert details[4] == "hylätty: ilmeisen perusteeton", details  # the outcome worded, the reason as typed
    for what, text in rows:
        assert not english_in(what) and not english_in(text), (what, text)
    # the core keeps its sentence for the command line and the JSON
    with store.read() as session:
        stored = [e.text for e in requests.show(session, reference).timeline]
    assert stored[0] == "access request received by web-form"
    assert stored[-1] == "refused: ilmeisen perusteeton"


def test_the_retention_dialog_says_what_each_case_is_in_finnish(qtbot, store) -> None:
    from dpo_desk.ui.dialogs.retention import RetentionDialog
    from dpo_desk.ui.ops import Ops
    from tests.safety.test_retention import AS_OF, _cases

    refs = _cases(store)
    with language("fi"):
        dialog = RetentionDialog(Ops(store), as_of=AS_OF)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
        shown = {dialog.table.item(row, 1).text(): dialog.table.item(row, 2).text() for row in range(3)}
    assert shown[refs["old"]] == "pyyntö (pääsy tietoihin), vastattu 20.3.2019", shown
    assert shown[refs["breach"]].startswith("tietoturvaloukkaus ”Laptop of"), shown
    assert shown[refs["scan"]] == "passport.jpg", shown
    assert "closed" not in shown[refs["breach"]] and not english_in(shown[refs["old"]]), shown


def test_the_import_plan_is_worded_in_finnish_with_table_names_and_plurals(qapp, store, tmp_path) -> None:
    from dpo_desk.services import exchange, organisation
    from dpo_desk.ui.dialogs.exchange import ImportPlanDialog

    target = tmp_path / "export.json"
    with store.write() as session:
        organisation.update(session, name="Vienti Oy")
        exchange.write_export(session, target)
        organisation.update(session, name="Uusi nimi Oy")
    with store.read() as session:
        plan = exchange.plan_import(session, exchange.read_document(target))
    english = "\n".join(plan.summary_lines())  # the command line's, unchanged
    assert "Import mode: exact copy into an empty store" in english and "organisation: 0 to add, 1 to change" in english
    with language("fi"):
        dialog = ImportPlanDialog(str(target), plan)
        text = dialog.text.toPlainText()
        dialog.deleteLater()
    lines = text.splitlines()
    assert lines[0] == "Tuontitapa: tarkka kopio tyhjään tietokantaan", lines
    assert lines[1].startswith("tapahtumaloki: 0 lisättävää, 0 muutettavaa, 1 ennallaan (tiedoston tapahtumalokista"), (
        lines
    )
    assert "organisaatio: 0 lisättävää, 1 muutettava, 0 ennallaan" in lines, lines
    for raw in ("audit_log", "organisation", "to add", "unchanged", "rows"):
        assert raw not in text, (raw, text)
    assert not english_in(text), text


def test_the_import_plan_leaves_out_tables_of_records_with_no_rows_written(qapp) -> None:
    from dpo_desk.services.exchange import ImportPlan, TablePlan
    from dpo_desk.ui.dialogs.exchange import ImportPlanDialog

    def written(count: int) -> TablePlan:
        return TablePlan(
            note=f"{count} rows of imported records written", note_facts={"kind": "children-written", "count": count}
        )

    plan = ImportPlan(False, {"activity_purpose": written(0), "activity_transfer": written(2)})
    with language("fi"):
        dialog = ImportPlanDialog("export.json", plan)
        lines = dialog.text.toPlainText().splitlines()
        dialog.deleteLater()
    assert len(lines) == 2, lines  # the mode, and the one table something was written to
    assert lines[1].endswith("(2 tuotujen tietueiden riviä kirjoitetaan)"), lines


def test_every_audited_column_and_every_table_has_a_word() -> None:
    from dpo_desk.store.models import Base
    from dpo_desk.ui.field_words import field_words, table_words

    fields, tables = field_words(), table_words()
    audited = {
        attr.key
        for mapper in Base.registry.mappers
        if getattr(mapper.class_, "__audited__", False)
        for attr in mapper.column_attrs
    }
    assert sorted(audited - set(fields)) == []
    assert sorted(set(Base.metadata.tables) - set(tables)) == []


def test_the_audit_trail_and_the_register_history_word_fields_and_actions_in_finnish(qtbot, store) -> None:
    from dpo_desk.services import register
    from dpo_desk.ui.dialogs.audit_trail import AuditTrailDialog
    from dpo_desk.ui.dialogs.register_detail import RegisterDetailPanel
    from dpo_desk.ui.ops import Ops

    with store.write() as session:
        reference = requests.add(session, type="access", received="2026-03-03", subject="Ulla Uusi")
        requests.correct(session, reference, on="2026-03-04", subject="Ulla Uusitalo")
        entry = register.add(session, name="Nordic Hosting Oy", service="Hosting", country="FI")
        history = register.history(session, entry)
    ops = Ops(store)
    with language("fi"):
        trail = AuditTrailDialog(ops, record=reference)
        qtbot.addWidget(trail)
        qtbot.waitUntil(lambda: trail.model.rowCount() > 0 and not trail.model.loading, timeout=10000)
        fields = [trail.model.index(row, 5).data() for row in range(trail.model.rowCount())]
        trail.table.selectRow(fields.index("pyytäjä"))  # the correction of the name
        shown = {
            trail.details.item(i, 0).toolTip(): trail.details.item(i, 0).text() for i in range(trail.details.rowCount())
        }
        panel = RegisterDetailPanel(ops)
        qtbot.addWidget(panel)
        panel.show_history(history)
        what = panel.history.item(0, 2).text()
        changes = panel.history.item(0, 3).text()
    assert any("pyytäjä" in text for text in fields), fields
    for text in fields:
        assert "_" not in text and "subject" not in text, fields
    assert shown.get("subject_name") == "pyytäjä", (shown, fields)  # the stored name in the tooltip
    assert what == "Luonti: merkintä", what
    assert "nimi: Nordic Hosting Oy" in changes and "name" not in changes, changes


def test_the_enisa_helper_bends_the_nature_and_writes_a_decimal_comma_in_finnish(qapp) -> None:
    from PySide6.QtWidgets import QFormLayout, QLabel

    from dpo_desk.ui.dialogs.breach_enisa import EnisaHelper

    natures = {"confidentiality": "Luottamuksellisuus", "integrity": "Eheys", "availability": "Saatavuus"}
    with language("fi"):
        helper = EnisaHelper(natures, {"low": "matala", "medium": "keskitaso", "high": "korkea", "very-high": "x"})
        helper.ei.setCurrentIndex(helper.ei.findData(0.75))
        form = helper.layout()
        assert isinstance(form, QFormLayout)
        labels = [
            form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().text()
            for row in range(form.rowCount())
            if form.itemAt(row, QFormLayout.ItemRole.LabelRole) is not None
            and isinstance(form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget(), QLabel)
        ]
        result = helper.result.text()
        steps = [helper.losses["confidentiality"].itemText(i) for i in range(helper.losses["confidentiality"].count())]
        helper.deleteLater()
    assert "Luottamuksellisuuden menetys" in labels and "Eheyden menetys" in labels, labels
    assert "1 × 0,75 + 0 = 0,75" in result, result
    assert "+0,5" in steps and not any("." in step for step in steps), steps


def test_the_adequacy_list_names_countries_and_frameworks_in_finnish(qtbot, store) -> None:
    from dpo_desk.ui.dialogs.register_adequacy import AdequacyDialog
    from dpo_desk.ui.ops import Ops

    with language("fi"):
        dialog = AdequacyDialog(Ops(store))
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10000)
        rows = {
            dialog.table.item(row, 2).text(): [dialog.table.item(row, c).text() for c in range(6)]
            for row in range(dialog.table.rowCount())
        }
    assert rows["2000/518/EC"][1] == "Sveitsi", rows["2000/518/EC"]
    dpf = rows["(EU) 2023/1795"]
    assert dpf[1].startswith("EU:n ja Yhdysvaltojen tietosuojakehys"), dpf
    assert dpf[4].startswith("Vain Data Privacy Framework -luetteloon") and dpf[5].startswith("Oikeudellisesti"), dpf
    assert rows["(EU) 2025/1382"][1] == "Euroopan patenttijärjestö"
    for row in rows.values():
        assert not english_in(row[1]) and not english_in(row[4]), row


def test_the_audit_trail_says_when_in_finnish_in_the_organisations_zone(qtbot, store, clock) -> None:
    """A Finnish window reads "5.12.2026 9.16" in Helsinki's time; the tooltip keeps the ISO moment."""

    from PySide6.QtCore import Qt

    from dpo_desk.ui.dialogs.audit_trail import AuditTrailDialog
    from dpo_desk.ui.ops import Ops

    clock.set(dt.datetime(2026, 12, 5, 7, 16, 31, tzinfo=dt.UTC))  # 9.16 in Helsinki (UTC+2 in December)
    with store.write() as session:
        reference = requests.add(session, type="access", received="2026-12-04", subject="Ulla Uusi")
    ops = Ops(store)
    with language("fi"):
        trail = AuditTrailDialog(ops, record=reference)
        qtbot.addWidget(trail)
        qtbot.waitUntil(lambda: trail.model.rowCount() > 0 and not trail.model.loading, timeout=10000)
        when = trail.model.index(0, 1)
        shown, exact = when.data(), when.data(Qt.ItemDataRole.ToolTipRole)
        trail.table.selectRow(0)
        title, title_tip = trail.details_title.text(), trail.details_title.toolTip()
        until = trail.until_edit.text()
    assert shown == "5.12.2026 9.16", shown
    assert until == "5.12.2026", until  # the date filter: the same form, and today by the store's clock
    assert exact == "2026-12-05T09:16:31+02:00", exact
    assert title.endswith("5.12.2026 9.16") and title_tip == exact, (title, title_tip)


def test_a_refused_part_of_a_list_or_a_file_is_named_in_finnish(qapp, store) -> None:
    from dpo_desk.errors import InvalidInput
    from dpo_desk.services import records
    from dpo_desk.services.records import PurposeInput
    from dpo_desk.ui.field_words import field_word
    from dpo_desk.ui.refusal_text import error_text

    with pytest.raises(InvalidInput) as caught, store.write() as session:
        records.add_activity(
            session,
            name="Support",
            role="controller",
            purposes=[PurposeInput("Tickets", "contract"), PurposeInput("Surveys", "whim")],
            retention="2 years",
        )
    assert caught.value.field == "purpose 2: legal_basis"  # the core names the place, the window words it
    with language("fi"):
        shown = error_text(caught.value)
        cell = field_word("request row 3 column outcome")
        sheet = field_word("sheet 'Pyynnöt', row 4, column B")
    assert shown.startswith("käyttötarkoitus 2: oikeusperuste: "), shown
    assert cell == "pyynnöt, rivi 3, sarake lopputulos"
    assert sheet == "taulukko 'Pyynnöt', rivi 4, sarake B"
    assert not english_in(shown + cell + sheet), shown
    with store.read() as session:
        assert records.count(session) == 0  # nothing stored

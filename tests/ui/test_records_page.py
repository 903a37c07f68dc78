"""The Records page: the table, the editor with its pickers, the screening checklist, the panel for cases."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from dpo_desk.demo import organisation as demo_organisation
from dpo_desk.demo import records as demo_records
from dpo_desk.services import dpia, records, register
from dpo_desk.ui.app import build_window
from dpo_desk.ui.dialogs.records_activity import ActivityDialog
from dpo_desk.ui.dialogs.records_screening import ScreeningDialog
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.widgets.linked_activities import LinkedActivitiesPanel

pytestmark = pytest.mark.both_engines

TODAY = dt.date(2026, 11, 25)


def _demo(store) -> None:
    with store.write() as session:
        demo_organisation.populate(session, TODAY)
        demo_records.populate(session, TODAY)


def _page(qtbot, store):
    window = build_window(store)
    qtbot.addWidget(window)
    window.show()
    window.show_page("records")
    window.wait_loaded()
    return window, window.pages["records"]


def test_empty_store_shows_the_empty_state(qtbot, store) -> None:
    window, page = _page(qtbot, store)
    assert page.table_stack.currentWidget() is page.empty
    assert "Ctrl+N" in page.empty.text()
    window.close()


def test_table_detail_and_warnings_of_the_demo(qtbot, store) -> None:
    _demo(store)
    window, page = _page(qtbot, store)
    assert page.model.total == 6
    assert page.table_stack.currentWidget() is page.table
    assert "6 activities" in page.summary.text()
    assert page.open_reference("PA-0006")
    window.wait_loaded()
    assert page.current.reference == "PA-0006"
    assert "Customer support" in page.detail.text()
    warnings = [page.warnings.item(i).text() for i in range(page.warnings.count())]
    assert any("balancing test" in w for w in warnings)
    page.search.setText("recruit")
    window.wait_loaded()
    assert [r.reference for r in page.model.rows()] == ["PA-0005"]
    window.close()


def test_editor_refuses_next_to_the_field_then_saves_with_picked_categories(qtbot, store) -> None:
    with store.write() as session:
        sp = register.add(session, name="Nordic Hosting Oy", service="Hosting", country="FI")
        records.add_activity(
            session, name="Existing", role="controller", data_categories=["e-mail address"], purposes=[]
        )
    ops = Ops(store)
    dialog = ActivityDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    dialog.purposes.item(0, 0).setText("Answering tickets")
    dialog.purposes.cellWidget(0, 1).setCurrentIndex(dialog.purposes.cellWidget(0, 1).findData("contract"))
    dialog.save()  # no name yet
    qtbot.waitUntil(lambda: dialog.errors["name"].isVisible(), timeout=10000)
    assert dialog.errors["name"].text().endswith(" must not be empty") and "--" not in dialog.errors["name"].text()
    dialog.name.setText("Support")
    dialog.data_categories.set_checked("e-mail address")
    dialog.data_categories.new_item.setText("ticket text")
    dialog.data_categories._add_typed()
    dialog.subprocessors.set_checked(sp)
    dialog.retention.setPlainText("2 years")
    with qtbot.waitSignal(dialog.activity_did_save, timeout=10000) as saved:
        dialog.save()
    reference = saved.args[0]
    with store.read() as session:
        view = records.get(session, reference)
    assert view.name == "Support"
    assert view.data_categories == ("e-mail address", "ticket text")
    assert [s.reference for s in view.subprocessors] == [sp]
    assert view.purposes[0].legal_basis == "contract"
    ops.wait_idle()


def test_screening_checklist_shows_conclusion_and_reasons_and_saves(qtbot, store) -> None:
    with store.write() as session:
        ref = records.add_activity(session, name="Fleet", role="controller", purposes=[])
    ops = Ops(store)
    dialog = ScreeningDialog(ops, ref)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.boxes), timeout=10000)
    assert "not likely" in dialog.conclusion.text()
    dialog.boxes["location"].setChecked(True)
    assert "not likely" in dialog.conclusion.text()
    assert "further WP248 criterion" in dialog.reasons.text()
    dialog.boxes["large-scale"].setChecked(True)
    assert "likely required" in dialog.conclusion.text() and "not" not in dialog.conclusion.text()
    assert "Location data with a further criterion" in dialog.reasons.text()
    with qtbot.waitSignal(dialog.screening_did_save, timeout=10000):
        dialog.save()
    with store.read() as session:
        assert dpia.show(session, ref).screening.criteria == ("large-scale", "location")
    ops.wait_idle()


def test_linked_activities_panel_links_and_unlinks_a_case(qtbot, store) -> None:
    with store.write() as session:
        ref = records.add_activity(session, name="CRM", role="controller", purposes=[], data_categories="name")
    ops = Ops(store)
    panel = LinkedActivitiesPanel(ops)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.categories_did_load, timeout=10000):
        panel.set_case("BR-2026-0003")
    assert panel.linked_references() == []
    assert panel.choice.currentData() == ref
    with qtbot.waitSignal(panel.categories_did_load, timeout=10000) as loaded:
        panel.link_selected()
    qtbot.waitUntil(lambda: panel.linked_references() == [ref], timeout=10000)
    assert panel.categories == ["name"]
    assert loaded.args is not None
    with store.read() as session:
        assert [a.reference for a in records.activities_for_case(session, "BR-2026-0003")] == [ref]
    panel.list.setCurrentRow(0)
    panel.unlink_current()
    qtbot.waitUntil(lambda: panel.linked_references() == [], timeout=10000)
    ops.wait_idle()


def test_writing_the_record_from_the_page(qtbot, store, tmp_path: Path) -> None:
    _demo(store)
    window, page = _page(qtbot, store)
    target = tmp_path / "record.pdf"
    page.choose_file = lambda suggested, pattern: str(target)
    page.write_report("controller", "pdf")
    qtbot.waitUntil(lambda: target.exists(), timeout=20000)
    window.wait_loaded()
    text = " ".join(p.extract_text() for p in PdfReader(str(target)).pages)
    assert "Seloste käsittelytoimista" in text and "PA-0001" in text
    assert str(target) in page.status_line.text()
    window.close()


def test_table_rows_are_toned_by_overdue_review_and_warnings(qtbot, store) -> None:
    _demo(store)
    window, page = _page(qtbot, store)
    rows = {r.reference: i for i, r in enumerate(page.model.rows())}
    overdue = page.model.data(page.model.index(rows["PA-0005"], 0), Qt.ItemDataRole.BackgroundRole)
    clean = page.model.data(page.model.index(rows["PA-0001"], 0), Qt.ItemDataRole.BackgroundRole)
    assert overdue is not None and clean is None
    window.close()


def test_assessment_dialog_refuses_ignored_advice_without_reasons_then_saves(qtbot, store) -> None:
    from dpo_desk.ui.dialogs.records_assessment import AssessmentDialog

    with store.write() as session:
        ref = records.add_activity(session, name="Fleet", role="controller", purposes=[])
    ops = Ops(store)
    dialog = AssessmentDialog(ops, ref)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    dialog.description.setPlainText("Vehicle positions")
    dialog.risks.item(0, 0).setText("Tracking private trips")
    dialog.followed.setCurrentIndex(dialog.followed.findData(False))
    dialog.residual.setCurrentIndex(dialog.residual.findData("high"))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors["dpo_advice_reason"].isVisible(), timeout=10000)
    with store.read() as session:
        assert dpia.show(session, ref).assessment is None
    dialog.reason.setText("Cost of the alternative")
    dialog.consulted_on.setText("2026-01-01")
    dialog.assessed_on.setText("2026-02-01")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors["prior_consultation_on"].isVisible(), timeout=10000)
    dialog.consulted_on.setText("2026-02-10")
    with qtbot.waitSignal(dialog.assessment_did_save, timeout=10000) as saved:
        dialog.save()
    assert saved.args == ["DPIA-0001"]
    with store.read() as session:
        a = dpia.show(session, ref).assessment
    assert a.residual_risk == "high" and a.dpo_advice_followed is False
    assert a.risks[0].description == "Tracking private trips"
    assert a.prior_consultation_on == dt.date(2026, 2, 10)
    ops.wait_idle()

"""The Breaches page under pytest-qt: table and filters, the live countdown, errors beside the field,
notification phases, and a generated PDF with its preview."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from dpo_desk.services import breaches, organisation
from dpo_desk.store.models.breaches import Breach, BreachNotification
from dpo_desk.ui.app import build_window

pytestmark = pytest.mark.both_engines


@pytest.fixture(autouse=True)
def _errors_fail_the_test(monkeypatch):
    from dpo_desk.ui import main_window

    seen: list[str] = []
    monkeypatch.setattr(main_window.MainWindow, "show_error", lambda self, message: seen.append(message))
    yield
    assert seen == []


def _seed(store) -> tuple[str, str]:
    with store.write() as session:
        organisation.update(session, name="Ikkuna Oy", dpo_name="Aino Virtanen", dpo_email="dpo@ikkuna.example")
        first = breaches.add(
            session,
            title="Lost USB stick",
            aware_at="2026-03-02T08:00",
            cause="lost-or-stolen",
            risk="none",
            risk_reasoning="Encrypted",
        ).reference
        second = breaches.add(
            session,
            title="Phishing <b>&</b> mailbox",
            aware_at="2026-03-04T10:00",
            cause="social-engineering",
            risk="risk",
        ).reference
    return first, second


def _page(qtbot, store):
    window = build_window(store)
    qtbot.addWidget(window)
    window.show_page("breaches")
    window.wait_loaded()
    return window, window.pages["breaches"]


def _wait(window, qtbot, condition) -> None:
    qtbot.waitUntil(lambda: (window.wait_loaded(), condition())[1], timeout=10000)


def test_empty_state_then_table_filters_and_open_reference(qtbot, store) -> None:
    window, page = _page(qtbot, store)
    assert page.table_stack.currentWidget() is page.empty
    assert "Ctrl+N" in page.empty.text()
    window.close()
    first, second = _seed(store)
    window, page = _page(qtbot, store)
    assert page.model.total == 2
    assert [r.reference for r in page.model.rows()] == [second, first]  # newest awareness first
    assert page.detail.view is not None and page.detail.view.reference == second  # first row opened
    page.risk_filter.setCurrentIndex(page.risk_filter.findData("none"))
    _wait(window, qtbot, lambda: page.model.total == 1)
    assert page.model.rows()[0].reference == first
    page.search.setText("zzz")
    page.apply_filters()
    _wait(window, qtbot, lambda: page.model.total == 0)
    assert "filters" in page.empty.text()
    assert page.open_reference(second)
    _wait(window, qtbot, lambda: page.model.total == 2 and page.detail.view.reference == second)
    assert page.table.currentIndex().row() == 0
    assert page.detail.heading.text() == f"{second}  Phishing <b>&</b> mailbox"
    assert not page.open_reference("DSR-2026-0001")
    window.close()


def test_countdown_runs_in_real_hours_and_turns_red_when_past(qtbot, store) -> None:
    _seed(store)
    window, page = _page(qtbot, store)
    detail = page.detail
    assert detail.timer.isActive() and detail.timer.interval() == 1000
    deadline = dt.datetime(2026, 3, 7, 8, 0, tzinfo=dt.UTC)  # 10:00 +02:00 plus 72 h
    assert detail.view.authority_deadline == deadline
    detail.tick(deadline - dt.timedelta(hours=30, minutes=5))
    assert "30 h 05 min 00 s" in detail.countdown.text() and detail.countdown.property("tone") == "running"
    detail.tick(deadline - dt.timedelta(hours=2))
    assert detail.countdown.property("tone") == "soon"
    detail.tick(deadline + dt.timedelta(minutes=1))
    assert detail.countdown.property("tone") == "past"
    assert "#b00020" in detail.countdown.styleSheet() and "0 h 01 min" in detail.countdown.text()
    window.close()


def test_errors_show_beside_the_field_and_nothing_is_stored(qtbot, store) -> None:
    _, second = _seed(store)
    window, page = _page(qtbot, store)
    detail = page.detail
    detail.facts.fields["aware_at"].widget.setText("tomorrow-ish")
    detail.save_facts()
    _wait(window, qtbot, lambda: detail.facts.fields["aware_at"].error.text() != "")
    assert "is not a time" in detail.facts.fields["aware_at"].error.text()
    assert not detail.facts.fields["aware_at"].error.isHidden()
    detail.notify_form.fields["at"].widget.setText("2026-03-09 10:00")  # after the 72 hours
    assert "reasons for the delay are required" in detail.late_hint.text()
    detail.record_notification()
    _wait(window, qtbot, lambda: "give the reasons for the delay" in detail.message.text())  # no command-line option
    with store.read() as session:
        assert session.scalar(select(func.count(BreachNotification.id))) == 0
        assert session.scalar(select(Breach.aware_at).where(Breach.reference == second)).hour == 8
    detail.notify_form.fields["late_reason"].widget.setPlainText("Vendor logs arrived late")
    detail.record_notification()
    _wait(window, qtbot, lambda: detail.phases.rowCount() == 1)
    assert detail.phases.item(0, 3).text() == "Vendor logs arrived late"
    assert detail.countdown.property("tone") == "soon" and "late, with reasons" in detail.countdown.text()
    assert "supplementary" in detail.next_phase.text()
    window.close()


def test_risk_with_enisa_and_subject_exemption(qtbot, store) -> None:
    _seed(store)
    window, page = _page(qtbot, store)
    detail = page.detail
    detail.risk_form.fields["risk"].widget.setCurrentIndex(detail.risk_form.fields["risk"].widget.findData("high"))
    detail.risk_form.fields["risk_reasoning"].widget.setPlainText("Credentials of 600 customers")
    helper = detail.enisa_helper
    helper.dpc_base.setCurrentIndex(helper.dpc_base.findData(3))
    helper.ei.setCurrentIndex(helper.ei.findData(0.75))
    helper.losses["confidentiality"].setCurrentIndex(2)
    helper.malicious.setChecked(True)
    assert "3.25" in helper.result.text()
    helper.use.setChecked(True)
    detail.save_risk()
    _wait(window, qtbot, lambda: detail.view.risk == "high")
    assert detail.view.severity.score == 3.25 and detail.view.severity.band == "high"
    assert (detail.view.enisa_cb_confidentiality, detail.view.enisa_malicious) == (0.5, True)
    form = detail.subjects_form
    assert form.fields["status"].widget.currentData() == ""  # nothing recorded yet, not a false "told"
    detail.save_subjects()
    _wait(window, qtbot, lambda: form.fields["status"].error.text() != "")
    form.fields["status"].widget.setCurrentIndex(form.fields["status"].widget.findData("exempt"))
    form.fields["exemption"].widget.setCurrentIndex(form.fields["exemption"].widget.findData("a"))
    detail.save_subjects()
    _wait(window, qtbot, lambda: form.fields["reason"].error.text() != "")
    form.fields["reason"].widget.setPlainText("Passwords were salted bcrypt hashes")
    detail.save_subjects()
    _wait(window, qtbot, lambda: detail.view.communication == "exempt")
    assert detail.view.exemption_reason == "Passwords were salted bcrypt hashes"
    window.close()


def test_notification_pdf_is_written_in_the_background_and_previewed(qtbot, store, tmp_path: Path) -> None:
    _, second = _seed(store)
    window, page = _page(qtbot, store)
    detail = page.detail
    target = tmp_path / "notification.pdf"
    detail.write_document("notification", target, "sv")
    _wait(window, qtbot, lambda: detail.last_pdf == target)
    assert not detail.preview.pixmap().isNull()
    text = "".join((p.extract_text() or "") for p in PdfReader(target).pages)
    assert "Anmälan om personuppgiftsincident" in text and second in text
    with store.write() as session:  # the letter needs every Art. 34(2) item (issue 17)
        breaches.update(
            session, second, description="A phishing e-mail", consequences="Spam", measures_taken="Password reset"
        )
    letter = tmp_path / "letter.pdf"
    detail.write_document("letter", letter, "en")
    _wait(window, qtbot, lambda: detail.last_pdf == letter)
    assert "dpo@ikkuna.example" in "".join((p.extract_text() or "") for p in PdfReader(letter).pages)
    editable = tmp_path / "letter.odt"
    detail.write_document("letter", editable, "fi")  # to finish in a word processor: no preview, opened on asking
    _wait(window, qtbot, lambda: detail.last_pdf == editable)
    assert editable.read_bytes().startswith(b"PK") and "open it in its application" in detail.preview.text()
    assert detail.open_button.isEnabled()
    window.close()


def test_new_breach_dialog_logs_one_and_refuses_an_empty_title(qtbot, store) -> None:
    from dpo_desk.ui.dialogs.breach_new import NewBreachDialog

    window, page = _page(qtbot, store)
    dialog = NewBreachDialog(page.ops, "Europe/Helsinki", page.detail.titles["cause"], page.detail.titles["nature"])
    qtbot.addWidget(dialog)
    dialog.submit()
    _wait(window, qtbot, lambda: dialog.form.fields["title"].error.text() != "")
    with store.read() as session:
        assert breaches.count(session) == 0
    dialog.form.fields["title"].widget.setText("Wrong attachment sent")
    dialog.form.fields["nature"].widget.boxes["confidentiality"].setChecked(True)
    dialog.submit()
    _wait(window, qtbot, lambda: dialog.reference != "")
    with store.read() as session:
        view = breaches.get(session, dialog.reference)
    assert view.title == "Wrong attachment sent" and view.nature == ("confidentiality",)
    window.close()


def test_register_workbook_from_the_page(qtbot, store, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    first, second = _seed(store)
    window, page = _page(qtbot, store)
    target = tmp_path / "register.xlsx"
    page.write_register(target, "fi")
    _wait(window, qtbot, lambda: page.register_button.isEnabled() and target.exists())
    rows = list(load_workbook(target)["Tietoturvaloukkaukset"].iter_rows(min_row=2, values_only=True))
    assert sorted(r[0] for r in rows) == [first, second]
    assert str(target) in page.register_status.text()
    window.close()


def test_export_evidence_bundle_from_the_breach_view(qtbot, store, tmp_path) -> None:
    from dpo_desk.reporting import evidence_bundle

    with store.write() as session:
        reference = breaches.add(session, title="Bundle me", aware_at="2026-11-20T10:00:00+02:00").reference
    window, page = _page(qtbot, store)
    page.open_reference(reference)
    window.wait_loaded()
    detail = page.detail
    target = tmp_path / "evidence.zip"
    detail.export_bundle(str(target))
    _wait(window, qtbot, lambda: bool(detail.last_bundle_hash))
    verdict = evidence_bundle.verify(target, detail.last_bundle_hash)
    assert verdict.ok and verdict.case == reference and detail.last_bundle_hash in detail.document_status.text()
    window.close()

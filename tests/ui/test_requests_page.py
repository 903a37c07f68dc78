"""The Requests page as a user works it: filter and search the table, log a request, act on one."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from dpo_desk.services import requests, settings
from dpo_desk.store.models.requests import Request
from dpo_desk.ui.app import build_window
from dpo_desk.ui.widgets.paged_table import TONES

pytestmark = pytest.mark.both_engines


def _seed(store) -> dict[str, str]:
    today = store.clock.now().date()
    with store.write() as session:
        settings.put(session, "requests.due_soon_days", 20)  # "soon" whatever holidays move its limit by
        refs = {
            "late": requests.add(
                session, type="access", received=(today - dt.timedelta(days=60)).isoformat(), subject="Late Lauri"
            ),
            "soon": requests.add(
                session,
                type="erasure",
                received=(today - dt.timedelta(days=27)).isoformat(),
                subject="Soon Saara",
                email="saara@example.fi",
            ),
            "done": requests.add(session, type="objection", received=today.isoformat(), subject="Done Daniel"),
        }
        requests.close(session, refs["done"], "fulfilled")
    return refs


def _page(qtbot, store):
    window = build_window(store)
    qtbot.addWidget(window)
    window.show_page("requests")
    window.wait_loaded()
    return window, window.pages["requests"]


def test_table_filters_search_and_tones(qtbot, store) -> None:
    refs = _seed(store)
    window, page = _page(qtbot, store)
    model = page.model
    assert model.rowCount() == 3
    tones = {model.row_at(r).reference: model.data(model.index(r, 0), Qt.ItemDataRole.BackgroundRole) for r in range(3)}
    assert tones[refs["late"]].color() == TONES["overdue"]
    assert tones[refs["soon"]].color() == TONES["soon"]
    assert tones[refs["done"]].color() == TONES["done"]

    page.overdue_filter.setChecked(True)
    window.wait_loaded()
    assert [r.reference for r in model.rows()] == [refs["late"]]
    page.overdue_filter.setChecked(False)
    page.type_filter.setCurrentIndex(page.type_filter.findData("objection"))
    window.wait_loaded()
    assert [r.reference for r in model.rows()] == [refs["done"]]
    page.type_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData("closed"))
    window.wait_loaded()
    assert [r.reference for r in model.rows()] == [refs["done"]]
    page.status_filter.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "SAARA@")
    page.apply_filters()  # what the search's short pause triggers
    window.wait_loaded()
    assert [r.reference for r in model.rows()] == [refs["soon"]]
    page.search.setText("nobody at all")
    page.apply_filters()
    window.wait_loaded()
    assert page.table_stack.currentWidget() is page.empty
    assert "No request matches" in page.empty.text()

    page.search.clear()
    page.apply_filters()
    window.wait_loaded()
    model.sort(1, Qt.SortOrder.AscendingOrder)  # by type, in SQL
    window.wait_loaded()
    assert [r.type for r in model.rows()] == ["access", "erasure", "objection"]
    window.close()


def test_empty_store_says_how_to_start(qtbot, store) -> None:
    window, page = _page(qtbot, store)
    assert page.table_stack.currentWidget() is page.empty
    assert "Ctrl+N" in page.empty.text()
    window.close()


def test_new_request_form_checks_as_typed_and_stores_nothing_refused(qtbot, store) -> None:
    window, page = _page(qtbot, store)
    page.new_request()
    dialog = page.new_dialog
    assert not dialog.save_button.isEnabled()  # no requester yet
    assert "Requester" in dialog.hint.text()
    dialog.widgets["received"].setText("31.2.2026")
    assert dialog.errors["received"].isVisible()
    assert dialog.errors["received"].text() == "“31.2.2026” is not a day of the calendar"  # the window's wording
    dialog.widgets["email"].setText("not-an-address")
    assert "e-mail" in dialog.errors["email"].text()
    qtbot.keyClicks(dialog.widgets["subject"], "Uusi Ulla")
    assert not dialog.save_button.isEnabled()
    dialog.submit()  # refused before anything reaches the store
    window.wait_loaded()
    with store.read() as session:
        assert session.scalar(select(func.count(Request.id))) == 0

    dialog.widgets["received"].setText("2026-03-03")
    dialog.widgets["email"].setText("ulla@example.fi")
    assert dialog.save_button.isEnabled()
    window.wait_loaded()
    assert "7 Apr 2026" in dialog.due_preview.text() and "Good Friday" in dialog.due_preview.text()
    with qtbot.waitSignal(dialog.request_did_add, timeout=10000) as added:
        dialog.submit()
    window.wait_loaded()
    reference = added.args[0]
    assert page.current_reference == reference
    assert page.detail.due_title.text() == "Due Tuesday 7 Apr 2026"
    assert "3 Apr 2026 is Good Friday" in page.detail.due_rule.text()  # the window's dates
    with store.read() as session:
        assert requests.show(session, reference).subject_email == "ulla@example.fi"
    window.close()


def test_detail_actions_extend_close_and_refusals_next_to_the_field(qtbot, store) -> None:
    with store.write() as session:
        ref = requests.add(session, type="erasure", received="2026-02-17", subject="<b>Bold</b> Bea")
    window, page = _page(qtbot, store)
    assert page.open_reference(ref.lower()) and not page.open_reference("BR-2026-0001")
    window.wait_loaded()
    detail = page.detail
    assert detail.heading.text() == f"{ref} · Erasure"
    assert detail.facts["requester"].text() == "<b>Bold</b> Bea"  # shown as typed, never as markup
    assert detail.facts["requester"].textFormat() == Qt.TextFormat.PlainText

    detail.ask_extend()
    dialog = detail.last_dialog
    assert not dialog.ok_button.isEnabled()  # reasons are needed
    dialog.fields["reason"].widget.setPlainText("Back-ups in several generations")
    dialog.fields["on"].widget.setText("2026-02-20")
    dialog.fields["told"].widget.setText("2026-02-19")  # before the decision: the core refuses it
    assert dialog.ok_button.isEnabled()
    dialog.submit()
    window.wait_loaded()
    assert dialog.fields["told"].error.isVisible() and "before the extension" in dialog.fields["told"].error.text()
    with store.read() as session:
        assert requests.show(session, ref).extended_on is None  # nothing stored
    dialog.fields["told"].widget.setText("2026-02-21")
    dialog.submit()
    window.wait_loaded()
    assert detail.view.due_on == dt.date(2026, 5, 18)
    assert "17 May 2026 is a Sunday" in detail.due_rule.text()
    assert not detail.buttons["extend"].isEnabled()

    detail.ask_close()
    dialog = detail.last_dialog
    dialog.fields["outcome"].widget.setCurrentIndex(dialog.fields["outcome"].widget.findData("refused"))
    dialog.fields["replied"].widget.setText("2026-05-18")
    assert dialog.fields["reason"].error.isVisible() and not dialog.ok_button.isEnabled()
    dialog.fields["reason"].widget.setPlainText("Manifestly unfounded")
    dialog.submit()
    window.wait_loaded()
    assert detail.view.status == "closed" and detail.view.answered_on_time
    assert [detail.timeline.topLevelItem(i).text(1) for i in range(detail.timeline.topLevelItemCount())] == [
        "Received",
        "Time limit extended",
        "Requester told of the extension",
        "Closed",
    ]
    assert not detail.buttons["close"].isEnabled()
    window.close()


def test_export_request_log_runs_as_a_job(qtbot, store, tmp_path) -> None:
    _seed(store)
    window, page = _page(qtbot, store)
    target = tmp_path / "log"
    page.ask_save_path = lambda *_args: str(target)
    page.export_log()
    window.wait_loaded()
    assert (tmp_path / "log.xlsx").exists()
    assert "Wrote 3 requests" in page.message.text()
    window.close()


def test_letter_from_the_detail_view(qtbot, store, tmp_path) -> None:
    with store.write() as session:
        ref = requests.add(session, type="access", received="2026-03-03", subject="Kirje Kalle", language="en")
    window, page = _page(qtbot, store)
    page.open_reference(ref)
    window.wait_loaded()
    identity = page.detail.identity_actions
    assert identity["requested"].isEnabled() and not identity["received"].isEnabled()
    letters = page.detail.letter_actions
    assert letters["acknowledgement"].isEnabled() and not letters["refusal"].isEnabled()
    page.ask_save_path = lambda *_args: str(tmp_path / "ack")
    page.detail._ask_letter("acknowledgement")
    window.wait_loaded()
    assert (tmp_path / "ack.pdf").exists()
    assert "Wrote" in page.message.text()
    events = [page.detail.timeline.topLevelItem(i).text(1) for i in range(page.detail.timeline.topLevelItemCount())]
    assert events[-1] == "Letter written"
    page.detail._ask_letter("refusal")  # not refused: said plainly, nothing written
    window.wait_loaded()
    assert "not closed as refused" in page.message.text()
    window.close()


def test_correcting_details_shows_refusal_next_to_the_field(qtbot, store) -> None:
    with store.write() as session:
        ref = requests.add(session, type="access", received="2026-03-03", subject="Typo Tiina")
    window, page = _page(qtbot, store)
    page.open_reference(ref)
    window.wait_loaded()
    page.detail.ask_correct()
    dialog = page.detail.last_dialog
    dialog.fields["subject"].widget.setText("")
    assert not dialog.ok_button.isEnabled() and dialog.fields["subject"].error.isVisible()
    dialog.fields["subject"].widget.setText("Tiina Tietoinen")
    dialog.fields["email"].widget.setText("no-at-sign")
    dialog.submit()
    window.wait_loaded()
    assert "e-mail" in dialog.fields["email"].error.text()
    with store.read() as session:
        assert requests.show(session, ref).subject_name == "Typo Tiina"  # nothing stored
    dialog.fields["email"].widget.setText("tiina@example.fi")
    dialog.submit()
    window.wait_loaded()
    assert page.detail.facts["requester"].text() == "Tiina Tietoinen"
    window.close()

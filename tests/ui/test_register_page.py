"""The Register page under pytest-qt: filters, the editor with its countries, warnings, history, notices, print."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QLineEdit

from dpo_desk.demo import register as demo_register
from dpo_desk.services import register as service
from dpo_desk.ui.app import build_window

pytestmark = pytest.mark.both_engines


def _window(qtbot, store):
    window = build_window(store)
    qtbot.addWidget(window)
    window.show_page("register")
    window.wait_loaded()
    return window, window.pages["register"]


def test_empty_register_says_what_to_do(qtbot, store) -> None:
    window, page = _window(qtbot, store)
    assert page.list_stack.currentWidget() is page.empty
    assert "No subprocessors yet" in page.empty.text()
    assert not page.edit_button.isEnabled()
    window.close()


def test_filters_warnings_and_history(qtbot, store) -> None:
    with store.write() as session:
        demo_register.populate(session, store.clock.now().date())
    window, page = _window(qtbot, store)
    assert page.model.total == 25
    assert "1 with warnings" in page.summary.text()
    # The first entry with warnings is shown, its warning first.
    assert page.current is not None and page.current.warnings
    assert "transfer impact assessment" in page.detail.findings.text()

    page.warning_filter.setCurrentIndex(page.warning_filter.findData(True))
    window.wait_loaded()
    assert [row.reference for row in page.model.rows()] == [page.current.reference]
    page.warning_filter.setCurrentIndex(0)
    page.safeguard_filter.setCurrentIndex(page.safeguard_filter.findData("scc"))
    window.wait_loaded()
    assert page.model.total == 4 and all("scc" in row.safeguards for row in page.model.rows())
    page.safeguard_filter.setCurrentIndex(0)
    page.country_filter.set_code("US")
    window.wait_loaded()
    assert {row.reference for row in page.model.rows()} == {"SP-0012", "SP-0018", "SP-0021", "SP-0022"}
    page.country_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData("retired"))
    window.wait_loaded()
    assert [row.name for row in page.model.rows()] == ["Vanha Varmuuskopio Oy"]
    page.status_filter.setCurrentIndex(0)
    window.wait_loaded()

    assert page.open_reference("SP-0012")
    window.wait_loaded()
    assert page.current.reference == "SP-0012"
    assert page.detail.transfers.rowCount() == 1 and "Data Privacy Framework" in page.detail.transfers.item(0, 1).text()
    assert "under legal challenge" in page.detail.findings.text()
    assert page.detail.history.rowCount() >= 1 and page.detail.history.item(0, 2).text().startswith("Created")

    assert page.open_reference("SPN-2026-0001")  # an announcement opens its entry
    window.wait_loaded()
    assert page.current.reference == "SP-0024"
    assert not page.open_reference("DSR-2026-0001")
    window.close()


def test_editor_refuses_a_bad_date_beside_the_field_then_saves(qtbot, store) -> None:
    window, page = _window(qtbot, store)
    dialog = page.new_entry()
    window.wait_loaded()
    dialog.fields["name"].setText("Ikkuna Oy")
    dialog.fields["service"].setText("Mail")
    dialog.fields["country"].set_code("US")
    dialog.fields["processing_countries"].set_codes(["US", "IE"])
    assert "US" in dialog.outside.text() and "IE" not in dialog.outside.text()
    dpa = dialog.fields["dpa_signed_on"]
    assert isinstance(dpa, QLineEdit)
    dpa.setText("31.2.2026")
    dialog.fields["mechanism"].setCurrentIndex(dialog.fields["mechanism"].findData("scc"))
    dialog.fields["scc_module"].setValue(2)
    dialog.save()
    window.wait_loaded()
    # the refusal lands under its field, and the line below names the field as the window labels it
    assert dialog.errors["dpa_signed_on"].isVisibleTo(dialog)
    assert dialog.errors["dpa_signed_on"].text() == "“31.2.2026” is not a day of the calendar"
    assert dialog.message.text() == "DPA signed on: “31.2.2026” is not a day of the calendar"
    with store.read() as session:
        assert service.count(session) == 0
    dpa.setText("2026-03-05")
    with qtbot.waitSignal(dialog.entry_did_save, timeout=10000):
        dialog.save()
    window.wait_loaded()
    with store.read() as session:
        entry = service.get(session, "SP-0001")
    assert (entry.name, entry.processing_countries, entry.dpa_signed_on) == (
        "Ikkuna Oy",
        ["US", "IE"],
        dt.date(2026, 3, 5),
    )
    assert [(t.country, t.detail) for t in entry.transfers] == [("US", "SCC module 2")]
    assert page.current.reference == "SP-0001"
    window.close()


def test_notice_and_print_pdf(qtbot, store, tmp_path: Path) -> None:
    with store.write() as session:
        demo_register.populate(session, store.clock.now().date())
    window, page = _window(qtbot, store)
    page.open_reference("SP-0024")
    window.wait_loaded()
    assert page.detail.announcements.rowCount() == 1 and page.detail.objections.rowCount() == 1
    assert page.detail.objection_button.isEnabled()
    page.detail.notice_language.setCurrentIndex(page.detail.notice_language.findData("sv"))
    page.save_notice(str(tmp_path / "notice.pdf"))
    window.wait_loaded()
    assert "Underbiträdet" in "".join(p.extract_text() for p in PdfReader(tmp_path / "notice.pdf").pages)
    assert "Kuitu Compute Oy" in (tmp_path / "notice.txt").read_text(encoding="utf-8")

    written: list[str] = []
    page.write_register(str(tmp_path / "r.pdf"), str(tmp_path / "r.xlsx"), written.extend)
    window.wait_loaded()
    assert written == [str(tmp_path / "r.pdf"), str(tmp_path / "r.xlsx")]

    from PySide6.QtPrintSupport import QPrinter

    from dpo_desk.ui.dialogs.register_print import landscape_printer, load_pdf, paint_pdf

    document = load_pdf((tmp_path / "r.pdf").read_bytes())
    printer = landscape_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert paint_pdf(document, printer) == document.pageCount() >= 1
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == document.pageCount()
    assert printed.pages[0].mediabox.width > printed.pages[0].mediabox.height
    window.close()


def test_print_opens_a_preview_of_the_register_and_leaves_no_file(qtbot, store, tmp_path, monkeypatch) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with store.write() as session:
        demo_register.populate(session, store.clock.now().date())
    window, page = _window(qtbot, store)
    page.print_register()
    window.wait_loaded()
    qtbot.waitUntil(lambda: getattr(page, "preview", None) is not None, timeout=20000)
    preview = page.preview
    assert preview.document.pageCount() >= 2  # the register PDF, held in memory
    assert preview.isVisible()
    assert not list(tmp_path.glob("dpo-desk-*"))  # the personal data left no copy behind
    preview.reject()
    window.close()


def test_a_failed_print_removes_its_temporary_folder(qtbot, store, tmp_path, monkeypatch) -> None:
    """Issue 22 point 7: a print that fails (or is cancelled) leaves no folder with names in it."""
    import tempfile

    from PySide6.QtWidgets import QMessageBox

    from dpo_desk.errors import DpoDeskError
    from dpo_desk.reporting import register_pdf

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: None)  # the window's error box would block the test

    def half_written(data, target, **kwargs):
        Path(target).write_text("a half-written register with names")
        raise DpoDeskError("The disk is full.")

    monkeypatch.setattr(register_pdf, "write_pdf", half_written)
    window, page = _window(qtbot, store)
    errors: list[str] = []
    page.ops.error_did_happen.connect(errors.append)
    page.print_register()
    qtbot.waitUntil(lambda: bool(errors), timeout=20000)
    assert not list(tmp_path.glob("dpo-desk-*"))
    window.close()


def test_announce_then_object_from_the_window(qtbot, store) -> None:
    with store.write() as session:
        demo_register.populate(session, store.clock.now().date())
    window, page = _window(qtbot, store)
    page.open_reference("SP-0025")
    window.wait_loaded()
    assert page.current.status == "planned" and page.announce_button.isEnabled()
    dialog = page.announce()
    window.wait_loaded()
    assert dialog.replaces.findData("SP-0013") >= 0 and dialog.replaces.findData("SP-0025") < 0
    dialog.replaces.setCurrentIndex(dialog.replaces.findData("SP-0013"))
    dialog.effective.setText(store.clock.now().date().isoformat())  # inside the objection period: refused
    dialog.submit()
    window.wait_loaded()
    assert (
        dialog.errors["effective_on"].isVisibleTo(dialog) and "objection period" in dialog.errors["effective_on"].text()
    )
    dialog.effective.clear()
    with qtbot.waitSignal(dialog.action_did_finish, timeout=10000):
        dialog.submit()
    window.wait_loaded()
    assert page.current.status == "announced" and page.detail.tabs.currentIndex() == 2
    (announcement,) = page.current.announcements
    assert announcement.replaces == "SP-0013"
    objection = page.record_objection()
    objection.customer.setText("Asiakas Ab")
    objection.received.setText("yesterday")
    objection.submit()
    window.wait_loaded()
    assert objection.errors["received_on"].isVisibleTo(objection)
    assert objection.message.text().startswith("Received on: “yesterday” is not a date")
    objection.received.setText(store.clock.now().date().isoformat())
    with qtbot.waitSignal(objection.action_did_finish, timeout=10000):
        objection.submit()
    window.wait_loaded()
    assert page.detail.objections.rowCount() == 1 and page.detail.objections.item(0, 0).text() == "Asiakas Ab"
    window.close()


def test_the_records_panel_lists_the_activities_linking_the_entry(qtbot, store) -> None:
    from dpo_desk.services import records
    from dpo_desk.services.records import PurposeInput

    with store.write() as session:
        service.add(session, name="Linkattu Oy", service="Mail", country="FI")
        records.add_activity(
            session,
            name="Newsletters",
            role="controller",
            purposes=[PurposeInput("Sending newsletters", "consent")],
            subprocessors="SP-0001",
        )
    window, page = _window(qtbot, store)
    assert page.detail.tabs.tabText(page.detail.tabs.count() - 1) == "Activities"
    page.open_reference("SP-0001")
    window.wait_loaded()
    qtbot.waitUntil(lambda: page.detail.activities.list.count() == 1, timeout=10000)
    assert "PA-0001" in page.detail.activities.list.item(0).text()
    window.close()


def test_adequacy_dialog_lists_the_decisions_and_refuses_a_broken_list(
    qtbot, store, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("DPO_DESK_ADEQUACY", raising=False)
    window, page = _window(qtbot, store)
    dialog = page.show_adequacy()
    window.wait_loaded()
    assert dialog.table.rowCount() == len(service.adequacy_list().decisions)
    assert "30 Jun 2026" in dialog.heading.text()
    broken = tmp_path / "broken.json"
    broken.write_text("{}", encoding="utf-8")
    dialog.use_file(str(broken))
    window.wait_loaded()
    assert "not usable" in dialog.message.text()
    assert not (tmp_path / "data" / "dpo-desk" / "adequacy.json").exists()
    dialog.close()
    window.close()


def test_typing_in_search_narrows_the_table(qtbot, store) -> None:
    with store.write() as session:
        demo_register.populate(session, store.clock.now().date())
    window, page = _window(qtbot, store)
    qtbot.keyClicks(page.search, "fjord")
    qtbot.waitUntil(lambda: [row.name for row in page.model.rows()] == ["Fjordmøte AS"], timeout=10000)
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.total == 25, timeout=10000)
    window.close()

"""The Register page: the subprocessors, their transfers and warnings, announcements and history.

The table pages through the core (`services.register.fetch/count`, sorted and filtered in SQL);
the panel beside it shows the selected entry: its warnings first, then its details, transfers,
announcements with objections, and its history from the audit trail. Reports run as jobs.
"""

from __future__ import annotations

import datetime as dt
import shutil
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.paths import private_temp_folder
from dpo_desk.ui.commands import PageCommand, shortcut_text
from dpo_desk.ui.dialogs.register_countries import CountryPicker, country_name, country_names
from dpo_desk.ui.dialogs.register_detail import RegisterDetailPanel
from dpo_desk.ui.formatting import date_samples, format_date
from dpo_desk.ui.icons import icon
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.pages.base import Navigator, Page, page_toolbar
from dpo_desk.ui.refusal_text import error_text
from dpo_desk.ui.widgets.documents import file_filters, with_suffix
from dpo_desk.ui.widgets.paged_table import Column, PagedTableModel, capitalised, fit_columns
from dpo_desk.ui.widgets.tables import case_table, empty_state


class RegisterPage(Page):
    key = "register"
    concerns = frozenset(
        {
            "subprocessor",
            "subprocessor_transfer",
            "subprocessor_announcement",
            "subprocessor_objection",
            "organisation",
            "setting",
        }
    )

    def __init__(self, ops: Ops, navigator: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(ops, navigator, parent)
        from dpo_desk.services import register as service

        self._service = service
        self.today = ops.today()
        self.timezone = "Europe/Helsinki"
        self._checked_adequacy = False
        self._pending_reference = ""

        heading = QLabel(f"<h2>{escape(self.title())}</h2>")
        self.summary = QLabel()
        self.summary.setObjectName("register_summary")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.summary)

        self.status_filter = QComboBox()
        self.status_filter.setObjectName("register_filter_status")
        for code, label in (
            ("", self.tr("Every status")),
            ("planned", self.tr("Planned")),
            ("announced", self.tr("Announced")),
            ("active", self.tr("Active")),
            ("retired", self.tr("Retired")),
        ):
            self.status_filter.addItem(label, code)
        self.country_filter = CountryPicker(allow_none=self.tr("Every country"))
        self.country_filter.setObjectName("register_filter_country")
        self.country_filter.setMinimumWidth(180)
        self.country_filter.setMaximumWidth(260)
        self.safeguard_filter = QComboBox()
        self.safeguard_filter.setObjectName("register_filter_safeguard")
        for code, label in (
            ("", self.tr("Every safeguard")),
            ("eea", self.tr("EEA only")),
            ("adequacy", self.tr("Adequacy decision")),
            ("scc", self.tr("SCCs")),
            ("bcr", self.tr("BCRs")),
            ("derogation", self.tr("Derogation")),
            ("none", self.tr("No safeguard")),
        ):
            self.safeguard_filter.addItem(label, code)
        self.warning_filter = QComboBox()
        self.warning_filter.setObjectName("register_filter_warnings")
        self.warning_filter.addItem(self.tr("With or without warnings"), None)
        self.warning_filter.addItem(self.tr("With warnings"), True)
        self.warning_filter.addItem(self.tr("Without warnings"), False)
        self.search = QLineEdit()
        self.search.setObjectName("register_search")
        self.search.setPlaceholderText(self.tr("Search reference, name or service (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        for combo in (self.status_filter, self.safeguard_filter, self.warning_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.country_filter.country_did_change.connect(lambda _c: self.apply_filters())
        # Typing searches after a short pause, so each keystroke does not start a new query.
        self._search_pause = QTimer(self)
        self._search_pause.setSingleShot(True)
        self._search_pause.setInterval(300)
        self._search_pause.timeout.connect(self.apply_filters)
        self.search.returnPressed.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self._search_pause.start())

        self.new_button = self._button(
            self.tr("New…"), self.tr("Add a subprocessor ({0})").format(shortcut_text("new")), self.new_entry
        )
        self.edit_button = self._button(
            self.tr("Edit…"), self.tr("Edit the entry ({0})").format(shortcut_text("edit")), self.edit_entry
        )
        self.announce_button = self._button(
            self.tr("Announce…"),
            self.tr("Announce the change to customers ({0})").format(shortcut_text("announce")),
            self.announce,
        )
        self.retire_button = self._button(self.tr("Retire…"), self.tr("Retire the entry"), self.retire)
        self.adequacy_button = self._button(
            self.tr("Adequacy list…"), self.tr("The adequacy decisions in use, and a newer list"), self.show_adequacy
        )
        self.print_button = self._button(
            self.tr("Print…"),
            self.tr("Print the register with a preview ({0})").format(shortcut_text("print")),
            self.print_register,
        )
        self.print_button.setIcon(icon("mdi6.printer-outline"))
        self.export_button = self._button(
            self.tr("Export…"),
            self.tr("Save the register as PDF or Excel ({0})").format(shortcut_text("export")),
            self.export_register,
        )
        # four filters fill the first row at 1280 px in Swedish and Finnish: printing and export go to the second
        filters = page_toolbar(
            self.new_button,
            [self.status_filter, self.country_filter, self.safeguard_filter, self.warning_filter],
            self.search,
            [],
        )
        self.export_button.setIcon(icon("mdi6.export"))
        actions = QHBoxLayout()
        for button in (self.edit_button, self.announce_button, self.retire_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.adequacy_button, self.print_button, self.export_button):
            actions.addWidget(button)

        self.model = PagedTableModel(
            ops,
            [
                Column("reference", self.tr("Ref.")),
                Column("name", self.tr("Subprocessor")),
                Column("country", self.tr("Country"), format=country_name),
                Column("service", self.tr("Service")),
                Column("status", self.tr("Status"), format=lambda v: capitalised(self._status_text(v))),
                Column("processing_countries", self.tr("Processing"), sort_key="country", format=country_names),
                Column(
                    "safeguards",
                    self.tr("Safeguards"),
                    sort_key="reference",
                    format=lambda v: capitalised(self._safeguard_text(v)),
                ),
                Column("dpa_signed_on", self.tr("DPA signed"), format=lambda d: format_date(d, "—")),
                Column("warning_count", self.tr("Warnings"), align_right=True, format=lambda n: str(n) if n else ""),
            ],
            self._fetch_with(self._filters()),
            self._count_with(self._filters()),
            page_size=200,
            tone=lambda row: "done" if row.status == "retired" else ("overdue" if row.warning_count else None),
            parent=self,
        )
        self.model.total_did_change.connect(self._on_total)
        self.table = case_table("register_table", self.model)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        fit_columns(
            self.table,
            {0: "SP-0000", 4: self.tr("Announced"), 7: date_samples(), 8: "00"},
            elastic=(1, 2, 3, 5, 6),  # name, countries, service and safeguards share the room, and elide
        )
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.model.rows_did_load.connect(self._choose_first)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._row_chosen(current))
        self.table.doubleClicked.connect(lambda _index: self.edit_entry())
        self.empty = empty_state("register_empty")
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list_stack)
        self.detail = RegisterDetailPanel(ops)
        self.detail.selection_did_change.connect(self._enable_actions)
        self.detail.transfer_did_activate.connect(self.edit_transfer)
        self.detail.activity_did_open.connect(self.navigator.open_case)
        self.detail.transfer_button.clicked.connect(lambda _checked=False: self.edit_transfer())
        self.detail.objection_button.clicked.connect(lambda _checked=False: self.record_objection())
        self.detail.close_button.clicked.connect(lambda _checked=False: self.close_announcement())
        self.detail.notice_button.clicked.connect(lambda _checked=False: self.save_notice())
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([900, 360])  # the table has nine columns; the detail wraps

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        self._enable_actions()

    def title(self) -> str:
        return self.tr("Register")

    def commands(self) -> dict[str, PageCommand]:
        return {
            "new": PageCommand(self.tr("&New subprocessor…"), self.new_entry),
            "edit": PageCommand(self.tr("&Edit the entry…"), self.edit_entry),
            "find": PageCommand(self.tr("&Find a subprocessor"), self.search.setFocus),
            "refresh": PageCommand(self.tr("&Reload"), self.refresh),
            "announce": PageCommand(self.tr("&Announce the change to customers…"), self.announce),
            "print": PageCommand(self.tr("&Print the register…"), self.print_register),
            "export": PageCommand(self.tr("E&xport the register…"), self.export_register),
        }

    def selected_reference(self) -> str | None:
        current = self.current
        return getattr(current, "reference", None) if current is not None else None

    @property
    def current(self) -> Any:
        """The entry shown in the detail panel (a SubprocessorView), or None."""
        return self.detail.current if hasattr(self, "detail") else None

    def _button(self, text: str, tip: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _safeguard_text(self, kinds: str) -> str:
        names = {
            "eea": self.tr("EEA"),
            "adequacy": self.tr("adequacy"),
            "scc": self.tr("SCC"),
            "bcr": self.tr("BCR"),
            "derogation": self.tr("derogation"),
            "none": self.tr("none"),
        }
        return ", ".join(names.get(kind, kind) for kind in (kinds or "").split(",") if kind)

    def _status_text(self, status: str) -> str:
        return {
            "planned": self.tr("planned"),
            "announced": self.tr("announced"),
            "active": self.tr("active"),
            "retired": self.tr("retired"),
        }.get(status, status)

    # -- the detail panel ---------------------------------------------------------------------

    # -- querying -------------------------------------------------------------------------------

    def _filters(self) -> Any:
        return self._service.RegisterFilter(
            status=self.status_filter.currentData() or None,
            country=self.country_filter.code() or None if len(self.country_filter.code()) == 2 else None,
            safeguard=self.safeguard_filter.currentData() or None,
            has_warnings=self.warning_filter.currentData(),
            search=self.search.text().strip(),
        )

    def _fetch_with(self, filters: Any) -> Any:
        service = self._service
        return lambda session, offset, limit, key, descending: service.fetch(
            session, offset, limit, key, descending, filters
        )

    def _count_with(self, filters: Any) -> Any:
        service = self._service
        return lambda session: service.count(session, filters)

    def filtering(self) -> bool:
        f = self._filters()
        return bool(f.status or f.country or f.safeguard or f.has_warnings is not None or f.search)

    def apply_filters(self) -> None:
        filters = self._filters()
        self.model.set_query(self._fetch_with(filters), self._count_with(filters))

    def refresh(self) -> None:
        service = self._service
        if not self._checked_adequacy:
            self._checked_adequacy = True
            # Warning counts made with an older adequacy list are redone once per session.
            self.ops.change(service.refresh_warnings_if_stale)

        def summary(session: Any) -> tuple[int, int, dt.date, str, dt.date]:
            from dpo_desk.clock import today_of
            from dpo_desk.services import organisation

            tz_name = organisation.get(session).timezone
            as_of = service.adequacy_list().as_of
            return service.count(session), service.open_count(session), today_of(session, tz_name), tz_name, as_of

        self.ops.query(summary, self._on_summary)
        self.model.reload()
        if self.current is not None:
            self._load_entry(self.current.reference)

    def _on_summary(self, result: tuple[int, int, dt.date, str, dt.date]) -> None:
        total, warned, self.today, self.timezone, as_of = result
        self.detail.timezone = self.timezone
        self.summary.setText(
            self.tr("%n entries, {0} with warnings · adequacy decisions as of {1}", "", total).format(
                warned, format_date(as_of)
            )
        )

    def _on_total(self, total: int) -> None:
        if total:
            self.list_stack.setCurrentWidget(self.table)
            if self._pending_reference:
                self._select_row(self._pending_reference)
            return
        if self.filtering():
            self.empty.setText(self.tr("No entry matches these filters."))
        else:
            self.empty.setText(
                self.tr(
                    "<h3>No subprocessors yet</h3><p>Add the first one with <b>New…</b> (Ctrl+N): who it is, "
                    "the service it provides, and every country where it processes.</p>"
                )
            )
        self.list_stack.setCurrentWidget(self.empty)

    def _choose_first(self) -> None:
        """Select the entry asked for; with nothing chosen yet, the first with warnings (else the first)."""
        if self._pending_reference:
            self._select_row(self._pending_reference)
            return
        if self.current is not None or self.table.currentIndex().isValid():
            return
        rows = self.model.rows()
        if rows:
            first = next((i for i, row in enumerate(rows) if row.warning_count), 0)
            self.table.selectRow(first)

    def _select_row(self, reference: str) -> None:
        for row, item in enumerate(self.model.rows()):
            if item.reference == reference:
                self.table.selectRow(row)
                self._pending_reference = ""
                return

    def _row_chosen(self, index: Any) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self._load_entry(row.reference)

    def _load_entry(self, reference: str) -> None:
        service = self._service

        def load(session: Any) -> tuple[Any, list[Any]]:
            return service.get(session, reference), service.history(session, reference)

        self.ops.query(load, self._show_loaded, lambda _error: self.detail.show_entry(None))

    def _show_loaded(self, loaded: tuple[Any, list[Any]]) -> None:
        entry, history = loaded
        self.detail.show_entry(entry)
        self.detail.show_history(history)

    def open_reference(self, reference: str) -> bool:
        ref = (reference or "").strip().upper()
        if ref.startswith("SPN-"):
            service = self._service
            self.ops.query(lambda session: service.get_announcement(session, ref).subprocessor, self.open_reference)
            return True
        if not ref.startswith("SP-"):
            return False
        self._pending_reference = ref
        self._select_row(ref)
        self._load_entry(ref)
        return True

    # -- showing an entry -------------------------------------------------------------------------

    def _enable_actions(self) -> None:
        entry = self.current
        live = entry is not None and entry.status != "retired"
        self.edit_button.setEnabled(entry is not None)
        self.announce_button.setEnabled(live)
        self.retire_button.setEnabled(live)
        self.detail.update_buttons()

    # -- actions --------------------------------------------------------------------------------

    def new_entry(self) -> Any:
        from dpo_desk.ui.dialogs.register_editor import RegisterEditorDialog

        dialog = RegisterEditorDialog(self.ops, None, self)
        dialog.entry_did_save.connect(self._saved)
        dialog.open()
        return dialog

    def edit_entry(self) -> Any:
        if self.current is None:
            return None
        from dpo_desk.ui.dialogs.register_editor import RegisterEditorDialog

        dialog = RegisterEditorDialog(self.ops, self.current.reference, self)
        dialog.entry_did_save.connect(self._saved)
        dialog.open()
        return dialog

    def edit_transfer(self) -> Any:
        if self.current is None or not self.current.transfers:
            return None
        from dpo_desk.ui.dialogs.register_transfer import TransferDialog

        row = max(0, self.detail.transfers.currentRow())
        dialog = TransferDialog(self.ops, self.current.reference, self.current.transfers[row], self)
        dialog.transfer_did_save.connect(self._saved)
        dialog.open()
        return dialog

    def announce(self) -> Any:
        if self.current is None or self.current.status == "retired":
            return None
        from dpo_desk.ui.dialogs.register_actions import AnnounceDialog

        service, reference = self._service, self.current.reference

        def others(session: Any) -> list[tuple[str, str]]:
            return [(e.reference, e.name) for e in service.fetch(session, 0, 10_000, "reference", False)]

        dialog = AnnounceDialog(self.ops, reference, [], self.today, self)
        self.ops.query(others, lambda found: _fill_replaces(dialog, found, reference))
        dialog.action_did_finish.connect(self._announced)
        dialog.open()
        return dialog

    def show_adequacy(self) -> Any:
        from dpo_desk.ui.dialogs.register_adequacy import AdequacyDialog

        dialog = AdequacyDialog(self.ops, self)
        dialog.list_did_change.connect(lambda _as_of: self.refresh())
        dialog.open()
        return dialog

    def _announced(self, announcement: Any) -> None:
        self._load_entry(announcement.subprocessor)
        self.detail.tabs.setCurrentIndex(2)  # where the customer notice is saved
        self.navigator.notify(
            self.tr("Announced {0}: customers may object until {1}. Save the customer notice next.").format(
                announcement.reference, format_date(announcement.objection_until)
            )
        )

    def record_objection(self) -> Any:
        announcement = self.detail.selected_announcement()
        if announcement is None:
            return None
        from dpo_desk.ui.dialogs.register_actions import ObjectionDialog

        dialog = ObjectionDialog(self.ops, announcement.reference, self.today, self)
        dialog.action_did_finish.connect(lambda a: self._load_entry(a.subprocessor))
        dialog.open()
        return dialog

    def close_announcement(self) -> None:
        announcement = self.detail.selected_announcement()
        if announcement is None:
            return
        service, reference = self._service, announcement.reference
        self.ops.change(
            lambda session: service.close_announcement(session, reference, "closed"),
            lambda done: self._load_entry(done.subprocessor),
        )

    def retire(self) -> Any:
        if self.current is None:
            return None
        from dpo_desk.ui.dialogs.register_actions import RetireDialog

        dialog = RetireDialog(self.ops, self.current.reference, self.today, self)
        dialog.action_did_finish.connect(lambda entry: self._load_entry(entry.reference))
        dialog.open()
        return dialog

    def _saved(self, reference: str) -> None:
        self._pending_reference = reference
        self.navigator.notify(self.tr("Saved {0}.").format(reference))
        self._load_entry(reference)

    # -- reports --------------------------------------------------------------------------------

    def write_register(
        self, pdf_path: str | None, xlsx_path: str | None, on_done: Any = None, on_failed: Any = None
    ) -> Any:
        """Writes the register report(s) as a job with progress; `on_done(paths)` or `on_failed()` on the GUI thread."""

        def work(store: Any, progress: Any) -> list[str]:
            from dpo_desk.services import reports

            progress(0, 3)
            with store.read() as session:
                data = reports.gather_register(session)
            progress(1, 3)
            written = []
            if pdf_path:
                from dpo_desk.reporting import register_pdf

                # Asked after every page, so a cancel stops a long register at once.
                register_pdf.write_pdf(data, self.ops.output(pdf_path), progress=lambda _done, _total: progress(1, 3))
                written.append(pdf_path)
            progress(2, 3)
            if xlsx_path:
                from dpo_desk.reporting import register_xlsx

                register_xlsx.write_xlsx(data, self.ops.output(xlsx_path))
                written.append(xlsx_path)
            progress(3, 3)
            return written

        waiting = QProgressDialog(self.tr("Writing the register…"), self.tr("Cancel"), 0, 3, self)
        waiting.setWindowModality(Qt.WindowModality.WindowModal)
        waiting.setMinimumDuration(400)

        def finished(paths: list[str]) -> None:
            waiting.reset()
            if on_done:
                on_done(paths)

        def failed(error: BaseException) -> None:
            waiting.reset()
            if on_failed:
                on_failed()
            self.ops.error_did_happen.emit(error_text(error))

        handle = self.ops.job(work, finished, failed, lambda done, total: waiting.setValue(done))
        waiting.canceled.connect(lambda: setattr(handle, "cancelled", True))
        return handle

    def print_register(self) -> Any:
        folder = private_temp_folder("print")  # a failed or cancelled print removes it too
        target = folder / "register.pdf"
        return self.write_register(
            str(target), None, lambda _paths: self._preview(target), lambda: shutil.rmtree(folder, ignore_errors=True)
        )

    def _preview(self, path: Path) -> None:
        from dpo_desk.ui.dialogs.register_print import preview_pdf

        try:
            data = path.read_bytes()
        finally:
            shutil.rmtree(path.parent, ignore_errors=True)
        self.preview = preview_pdf(data, self)
        self.preview.open()

    def export_register(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the register"),
            str(Path.home() / "subprocessors.pdf"),
            self.tr("PDF (*.pdf);;Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        is_xlsx = path.lower().endswith(".xlsx") or "xlsx" in chosen
        if is_xlsx and not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self.write_register(
            None if is_xlsx else path,
            path if is_xlsx else None,
            lambda paths: self.navigator.notify(self.tr("Saved {0}.").format(", ".join(paths))),
        )

    def save_notice(self, path: str | None = None) -> Any:
        announcement = self.detail.selected_announcement()
        if announcement is None:
            return None
        if path is None:
            path, chosen = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the customer notice"),
                str(Path.home() / f"{announcement.reference}.pdf"),
                file_filters(),
            )
            if not path:
                return None
            path = with_suffix(path, chosen)
        reference, lang = announcement.reference, self.detail.notice_language.currentData()
        text_path = str(Path(path).with_suffix(".txt"))

        def work(store: Any, progress: Any) -> list[str]:
            from dpo_desk.reporting import change_notice
            from dpo_desk.services import reports

            with store.read() as session:
                data = reports.gather_change_notice(session, reference, lang)
            return change_notice.write(data, self.ops.output(path), self.ops.output(text_path))

        return self.ops.job(
            work,
            lambda paths: self.navigator.notify(self.tr("Saved {0}.").format(", ".join(paths))),
            lambda error: self.ops.error_did_happen.emit(error_text(error)),
        )


def _fill_replaces(dialog: Any, found: list[tuple[str, str]], reference: str) -> None:
    for ref, name in found:
        if ref != reference:
            dialog.replaces.addItem(f"{ref} {name}", ref)

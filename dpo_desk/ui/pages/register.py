"""The Register page: the subprocessors, their transfers and warnings, announcements and history.

The table pages through the core (`services.register.fetch/count`, sorted and filtered in SQL);
the panel beside it shows the selected entry: its warnings first, then its details, transfers,
announcements with objections, and its history from the audit trail. Reports run as jobs.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.ui.dialogs.register_countries import CountryPicker, country_label
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.pages.base import Navigator, Page
from dpo_desk.ui.widgets.paged_table import Column, PagedTableModel

WARNING_COLOUR = "#b00020"
NOTICE_COLOUR = "#8a5300"


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else "—"


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
        self.current: Any = None
        self.today = dt.date.today()
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
        filters = QHBoxLayout()
        for widget in (self.status_filter, self.country_filter, self.safeguard_filter, self.warning_filter):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        for combo in (self.status_filter, self.safeguard_filter, self.warning_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.country_filter.country_did_change.connect(lambda _c: self.apply_filters())
        self.search.returnPressed.connect(self.apply_filters)
        self.search.textChanged.connect(lambda text: self.apply_filters() if not text else None)

        self.new_button = self._button(self.tr("New…"), self.tr("Add a subprocessor (Ctrl+N)"), self.new_entry)
        self.edit_button = self._button(self.tr("Edit…"), self.tr("Edit the entry (Ctrl+E)"), self.edit_entry)
        self.announce_button = self._button(
            self.tr("Announce…"), self.tr("Announce the change to customers (Ctrl+Shift+A)"), self.announce
        )
        self.retire_button = self._button(self.tr("Retire…"), self.tr("Retire the entry"), self.retire)
        self.print_button = self._button(
            self.tr("Print…"), self.tr("Print the register with a preview (Ctrl+P)"), self.print_register
        )
        self.export_button = self._button(
            self.tr("Export…"), self.tr("Save the register as PDF or Excel (Ctrl+Shift+E)"), self.export_register
        )
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.announce_button, self.retire_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.print_button)
        actions.addWidget(self.export_button)
        for keys, slot in (
            (QKeySequence.StandardKey.New, self.new_entry),
            (QKeySequence("Ctrl+E"), self.edit_entry),
            (QKeySequence("Ctrl+Shift+A"), self.announce),
            (QKeySequence.StandardKey.Print, self.print_register),
            (QKeySequence("Ctrl+Shift+E"), self.export_register),
            (QKeySequence.StandardKey.Find, self.search.setFocus),
        ):
            QShortcut(keys, self, activated=slot)

        self.model = PagedTableModel(
            ops,
            [
                Column("reference", self.tr("Ref.")),
                Column("name", self.tr("Subprocessor")),
                Column("country", self.tr("Country")),
                Column("service", self.tr("Service")),
                Column("status", self.tr("Status"), format=self._status_text),
                Column("processing_countries", self.tr("Processing"), sort_key="country"),
                Column("safeguards", self.tr("Safeguards"), sort_key="reference", format=self._safeguard_text),
                Column("dpa_signed_on", self.tr("DPA signed"), format=lambda d: d.isoformat() if d else "—"),
                Column("warning_count", self.tr("Warnings"), align_right=True, format=lambda n: str(n) if n else ""),
            ],
            self._fetch_with(self._filters()),
            self._count_with(self._filters()),
            page_size=200,
            tone=lambda row: "done" if row.status == "retired" else ("overdue" if row.warning_count else None),
            parent=self,
        )
        self.model.total_did_change.connect(self._on_total)
        self.table = QTableView()
        self.table.setObjectName("register_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((62, 165, 58, 135, 74, 70, 78, 80, 62)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the name takes the room left
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.model.rows_did_load.connect(self._choose_first)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._row_chosen(current))
        self.table.doubleClicked.connect(lambda _index: self.edit_entry())
        self.empty = QLabel()
        self.empty.setObjectName("register_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list_stack)
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([800, 400])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        self._enable_actions()

    def title(self) -> str:
        return self.tr("Register")

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

    def _build_detail(self) -> QWidget:
        panel = QWidget()
        panel.setMinimumWidth(340)
        self.detail_title = QLabel()
        self.detail_title.setObjectName("register_detail_title")
        self.detail_title.setWordWrap(True)
        self.findings = QLabel()
        self.findings.setObjectName("register_findings")
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.details = QLabel()
        self.details.setObjectName("register_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.transfers = self._table(
            "register_transfers",
            [self.tr("Country"), self.tr("Safeguard"), self.tr("Assessed"), self.tr("Review"), self.tr("Fallback")],
        )
        self.transfers.doubleClicked.connect(lambda _index: self.edit_transfer())
        self.transfer_button = self._button(
            self.tr("Edit safeguard…"), self.tr("Record the safeguard of the selected transfer"), self.edit_transfer
        )
        transfers_tab = QWidget()
        box = QVBoxLayout(transfers_tab)
        box.addWidget(self.transfers, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.transfer_button)
        box.addLayout(row)

        self.announcements = self._table(
            "register_announcements",
            [self.tr("Announcement"), self.tr("Announced"), self.tr("Objections until"), self.tr("Status")],
        )
        self.objections = self._table(
            "register_objections", [self.tr("Customer"), self.tr("Received"), self.tr("Reason")]
        )
        self.announcements.itemSelectionChanged.connect(self._show_objections)
        self.objection_button = self._button(
            self.tr("Record objection…"), self.tr("A customer objects to the announcement"), self.record_objection
        )
        self.close_button = self._button(
            self.tr("Change took effect"),
            self.tr("Close the announcement: the change went ahead"),
            self.close_announcement,
        )
        self.notice_language = QComboBox()
        for code, label in (("fi", self.tr("Finnish")), ("sv", self.tr("Swedish")), ("en", self.tr("English"))):
            self.notice_language.addItem(label, code)
        self.notice_button = self._button(
            self.tr("Customer notice…"), self.tr("Save the notice as PDF and e-mail text"), self.save_notice
        )
        announcements_tab = QWidget()
        box = QVBoxLayout(announcements_tab)
        box.addWidget(self.announcements, 2)
        box.addWidget(QLabel(self.tr("Objections to the selected announcement")))
        box.addWidget(self.objections, 1)
        row = QHBoxLayout()
        row.addWidget(self.objection_button)
        row.addWidget(self.close_button)
        row.addStretch(1)
        row.addWidget(self.notice_language)
        row.addWidget(self.notice_button)
        box.addLayout(row)

        self.history = self._table(
            "register_history", [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Changes")]
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("register_tabs")
        self.tabs.addTab(self._scrolling(self.details), self.tr("Details"))
        self.tabs.addTab(transfers_tab, self.tr("Transfers"))
        self.tabs.addTab(announcements_tab, self.tr("Announcements"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.activities = _linked_activities_panel(self.ops)
        if self.activities is not None:
            self.activities.activity_did_open.connect(self.navigator.open_case)
            self.tabs.addTab(self.activities, self.tr("Activities"))

        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.detail_title)
        layout.addWidget(self.findings)
        layout.addWidget(self.tabs, 1)
        self._show_entry(None)
        return panel

    def _scrolling(self, widget: QWidget) -> QWidget:
        from PySide6.QtWidgets import QScrollArea

        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(widget)
        return area

    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.setWordWrap(True)
        return table

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
            from dpo_desk.domain.timeparse import today_in
            from dpo_desk.services import organisation

            tz_name = organisation.get(session).timezone
            as_of = service.adequacy_list().as_of
            return service.count(session), service.open_count(session), today_in(tz_name), tz_name, as_of

        self.ops.query(summary, self._on_summary)
        self.model.reload()
        if self.current is not None:
            self._load_entry(self.current.reference)

    def _on_summary(self, result: tuple[int, int, dt.date, str, dt.date]) -> None:
        total, warned, self.today, self.timezone, as_of = result
        self.summary.setText(
            self.tr("{0} entries, {1} with warnings · adequacy decisions as of {2}").format(
                total, warned, as_of.isoformat()
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

        self.ops.query(load, self._show_loaded, lambda _error: self._show_entry(None))

    def _show_loaded(self, loaded: tuple[Any, list[Any]]) -> None:
        entry, history = loaded
        self._show_entry(entry)
        self._show_history(history)

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

    def _show_entry(self, entry: Any) -> None:
        self.current = entry
        self._enable_actions()
        if entry is None:
            self.detail_title.setText(self.tr("<h3>No entry selected</h3>"))
            self.findings.setText(self.tr("Select an entry to see its transfers, warnings, announcements and history."))
            self.details.clear()
            for table in (self.transfers, self.announcements, self.objections, self.history):
                table.setRowCount(0)
            return
        if self.activities is not None:
            self.activities.set_case(entry.reference)
        self.detail_title.setText(
            f"<h3>{escape(entry.reference)} · {escape(entry.name)}</h3>"
            f"<span style='color:#555'>{escape(self._status_text(entry.status))} · "
            f"{escape(country_label(entry.country))}</span>"
        )
        self.findings.setText(self._findings_html(entry))
        self.details.setText(self._details_html(entry))
        self._fill(
            self.transfers,
            [
                [
                    country_label(t.country),
                    t.detail,
                    _date(t.tia_on),
                    _date(t.tia_review_on),
                    (t.fallback_safeguard.upper() + (f" {t.fallback_scc_module}" if t.fallback_scc_module else ""))
                    if t.fallback_safeguard
                    else "",
                ]
                for t in entry.transfers
            ],
        )
        self._fill(
            self.announcements,
            [
                [
                    a.reference + (f" ({self.tr('replaces {0}').format(a.replaces)})" if a.replaces else ""),
                    a.announced_on.isoformat(),
                    a.objection_until.isoformat(),
                    {"open": self.tr("open"), "closed": self.tr("took effect"), "withdrawn": self.tr("withdrawn")}.get(
                        a.status, a.status
                    ),
                ]
                for a in entry.announcements
            ],
        )
        if entry.announcements:
            self.announcements.selectRow(len(entry.announcements) - 1)
        self._show_objections()

    def _findings_html(self, entry: Any) -> str:
        if not entry.findings:
            return f"<span style='color:#1b5e20'>{escape(self.tr('No warnings.'))}</span>"
        lines = []
        for f in entry.findings:
            colour = WARNING_COLOUR if f.severity == "warning" else NOTICE_COLOUR
            mark = self.tr("Warning") if f.severity == "warning" else self.tr("Notice")
            lines.append(f"<span style='color:{colour}'><b>{escape(mark)}:</b> {escape(f.message)}</span>")
        return "<br>".join(lines)

    def _details_html(self, entry: Any) -> str:
        rows = [
            (self.tr("Business ID"), entry.legal_entity_id),
            (self.tr("Address"), entry.address),
            (self.tr("Established in"), country_label(entry.country)),
            (self.tr("Processing countries"), ", ".join(country_label(c) for c in entry.processing_countries)),
            (self.tr("Service"), entry.service),
            (self.tr("Purpose"), entry.purpose),
            (self.tr("Personal data"), ", ".join(entry.data_categories)),
            (self.tr("Data subjects"), ", ".join(entry.subject_categories)),
            (self.tr("Serves"), entry.serves),
            (self.tr("DPA signed"), _date(entry.dpa_signed_on)),
            (self.tr("DPF certified"), self.tr("yes") if entry.dpf_certified else self.tr("no")),
            (self.tr("Planned on"), _date(entry.planned_on)),
            (self.tr("Announced on"), _date(entry.announced_on)),
            (self.tr("Active from"), _date(entry.active_from)),
            (self.tr("Retired on"), _date(entry.retired_on)),
            (self.tr("Contact"), entry.contact),
            (self.tr("Web address"), entry.website),
            (self.tr("Notes"), entry.notes),
        ]
        cells = "".join(
            f"<tr><td style='color:#555; padding-right:12px'>{escape(label)}</td>"
            f"<td>{escape(value or '—').replace(chr(10), '<br>')}</td></tr>"
            for label, value in rows
        )
        return f"<table cellspacing='3'>{cells}</table>"

    def _show_history(self, history: list[Any]) -> None:
        from dpo_desk.domain.timeparse import local_iso

        noise = {"updated_at", "created_at", "id", "warning_count", "subprocessor_id", "announcement_id"}
        rows = []
        for h in reversed(history):
            changes = []
            for field, (before, after) in sorted(h.changes.items()):
                if field in noise:
                    continue
                if h.action == "create":
                    if after not in ("", [], None, False):
                        changes.append(f"{field}: {_short(after)}")
                else:
                    changes.append(f"{field}: {_short(before)} → {_short(after)}")
            what = f"{h.action} {h.entity.replace('subprocessor_', '').replace('_', ' ')}"
            rows.append(
                [(local_iso(h.at, self.timezone) or "")[:16].replace("T", " "), h.actor, what, "; ".join(changes)]
            )
        self._fill(self.history, rows)

    def _show_objections(self) -> None:
        announcement = self.selected_announcement()
        rows = [
            [o.customer, o.received_on.isoformat(), o.reason] for o in (announcement.objections if announcement else [])
        ]
        self._fill(self.objections, rows)
        self._enable_actions()

    def _fill(self, table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)

    def selected_announcement(self) -> Any:
        if self.current is None or not self.current.announcements:
            return None
        row = self.announcements.currentRow()
        if not 0 <= row < len(self.current.announcements):
            return None
        return self.current.announcements[row]

    def _enable_actions(self) -> None:
        entry = getattr(self, "current", None)
        has = entry is not None
        live = has and entry.status != "retired"
        for button, enabled in (
            (getattr(self, "edit_button", None), has),
            (getattr(self, "announce_button", None), live),
            (getattr(self, "retire_button", None), live),
            (getattr(self, "transfer_button", None), live and bool(entry.transfers)),
        ):
            if button is not None:
                button.setEnabled(bool(enabled))
        announcement = self.selected_announcement() if hasattr(self, "announcements") else None
        is_open = announcement is not None and announcement.status == "open"
        for button, enabled in (
            (getattr(self, "objection_button", None), is_open),
            (getattr(self, "close_button", None), is_open),
            (getattr(self, "notice_button", None), announcement is not None),
        ):
            if button is not None:
                button.setEnabled(enabled)

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

        row = max(0, self.transfers.currentRow())
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

    def _announced(self, announcement: Any) -> None:
        self._load_entry(announcement.subprocessor)
        self.tabs.setCurrentIndex(2)  # where the customer notice is saved
        self.navigator.notify(
            self.tr("Announced {0}: customers may object until {1}. Save the customer notice next.").format(
                announcement.reference, announcement.objection_until.isoformat()
            )
        )

    def record_objection(self) -> Any:
        announcement = self.selected_announcement()
        if announcement is None:
            return None
        from dpo_desk.ui.dialogs.register_actions import ObjectionDialog

        dialog = ObjectionDialog(self.ops, announcement.reference, self.today, self)
        dialog.action_did_finish.connect(lambda a: self._load_entry(a.subprocessor))
        dialog.open()
        return dialog

    def close_announcement(self) -> None:
        announcement = self.selected_announcement()
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

    def write_register(self, pdf_path: str | None, xlsx_path: str | None, on_done: Any = None) -> Any:
        """Writes the register report(s) as a job with progress; `on_done(paths)` on the GUI thread."""

        def work(store: Any, progress: Any) -> list[str]:
            from dpo_desk.reporting import register_data

            progress(0, 3)
            with store.read() as session:
                data = register_data.gather(session, None)
            progress(1, 3)
            written = []
            if pdf_path:
                from dpo_desk.reporting import register_pdf

                register_pdf.write_pdf(data, pdf_path)
                written.append(pdf_path)
            progress(2, 3)
            if xlsx_path:
                from dpo_desk.reporting import register_xlsx

                register_xlsx.write_xlsx(data, xlsx_path)
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
            self.ops.error_did_happen.emit(str(error))

        handle = self.ops.job(work, finished, failed, lambda done, total: waiting.setValue(done))
        waiting.canceled.connect(lambda: setattr(handle, "cancelled", True))
        return handle

    def print_register(self) -> None:
        folder = Path(tempfile.mkdtemp(prefix="dpo-desk-print-"))
        target = folder / "register.pdf"
        self.write_register(str(target), None, lambda _paths: self._preview(target))

    def _preview(self, path: Path) -> None:
        from dpo_desk.ui.dialogs.register_print import preview_pdf

        try:
            data = path.read_bytes()
        finally:
            path.unlink(missing_ok=True)
            path.parent.rmdir()
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
        announcement = self.selected_announcement()
        if announcement is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the customer notice"),
                str(Path.home() / f"{announcement.reference}.pdf"),
                self.tr("PDF (*.pdf)"),
            )
            if not path:
                return None
        reference, lang = announcement.reference, self.notice_language.currentData()
        text_path = str(Path(path).with_suffix(".txt"))

        def work(store: Any, progress: Any) -> list[str]:
            from dpo_desk.reporting import change_notice
            from dpo_desk.reporting.files import atomic_output

            with store.read() as session:
                data = change_notice.gather(session, reference, lang)
            change_notice.write_pdf(data, path)
            with atomic_output(text_path) as partial:
                partial.write_text(change_notice.email_text(data), encoding="utf-8")
            return [path, text_path]

        return self.ops.job(
            work,
            lambda paths: self.navigator.notify(self.tr("Saved {0}.").format(", ".join(paths))),
            lambda error: self.ops.error_did_happen.emit(str(error)),
        )


def _linked_activities_panel(ops: Ops) -> Any:
    """The records module's panel of processing activities linking this entry, when that module is there."""
    import importlib

    name = "dpo_desk.ui.widgets.linked_activities"
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as missing:
        if missing.name != name:
            raise
        return None
    return module.LinkedActivitiesPanel(ops)


def _fill_replaces(dialog: Any, found: list[tuple[str, str]], reference: str) -> None:
    for ref, name in found:
        if ref != reference:
            dialog.replaces.addItem(f"{ref} {name}", ref)


def _short(value: Any) -> str:
    if value in (None, ""):
        return "—"
    if isinstance(value, list):
        value = ", ".join(map(str, value))
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"

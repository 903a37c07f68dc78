"""The register page's detail panel: the chosen entry's warnings, details, transfers, announcements and history.

Shows plain views only; the page reaches the core and connects the panel's buttons to its actions.

Signals:
    selection_did_change(): the entry or the selected announcement changed (the page enables its actions).
    transfer_did_activate(): a transfer was double-clicked (the page opens its safeguard).
    activity_did_open(str): a linked processing activity was asked for.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.ui.dialogs.register_countries import country_label
from dpo_desk.ui.field_words import field_word, field_words
from dpo_desk.ui.finding_text import finding_text
from dpo_desk.ui.formatting import format_date
from dpo_desk.ui.i18n import translate
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.widgets.flow_layout import flow_of
from dpo_desk.ui.widgets.linked_activities import LinkedActivitiesPanel
from dpo_desk.ui.widgets.paged_table import capitalised
from dpo_desk.ui.widgets.palette import ERROR, NOTICE, SUCCESS
from dpo_desk.ui.widgets.tables import fit_headers, read_only_table, scrolling


def _date(value: dt.date | None) -> str:
    return format_date(value, "—")


def _button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    return button


def _status_text(widget: QWidget, status: str) -> str:
    return {
        "planned": translate("RegisterDetailPanel", "planned"),
        "announced": translate("RegisterDetailPanel", "announced"),
        "active": translate("RegisterDetailPanel", "active"),
        "retired": translate("RegisterDetailPanel", "retired"),
    }.get(status, status)


def _short(value: Any) -> str:
    if value in (None, ""):
        return "—"
    if isinstance(value, list):
        value = ", ".join(map(str, value))
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


class RegisterDetailPanel(QWidget):
    selection_did_change = Signal()
    transfer_did_activate = Signal()
    activity_did_open = Signal(str)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(340)
        self.current: Any = None
        self.timezone = "Europe/Helsinki"
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

        self.transfers = read_only_table(
            "register_transfers",
            [self.tr("Country"), self.tr("Safeguard"), self.tr("Assessed"), self.tr("Review"), self.tr("Fallback")],
        )
        self.transfers.doubleClicked.connect(lambda _index: self.transfer_did_activate.emit())
        self.transfer_button = _button(
            self.tr("Edit safeguard…"), self.tr("Record the safeguard of the selected transfer")
        )
        transfers_tab = QWidget()
        box = QVBoxLayout(transfers_tab)
        box.addWidget(self.transfers, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.transfer_button)
        box.addLayout(row)

        self.announcements = read_only_table(
            "register_announcements",
            [self.tr("Announcement"), self.tr("Announced"), self.tr("Objections until"), self.tr("Status")],
        )
        self.objections = read_only_table(
            "register_objections", [self.tr("Customer"), self.tr("Received"), self.tr("Reason")]
        )
        self.announcements.itemSelectionChanged.connect(self._show_objections)
        self.objection_button = _button(self.tr("Record objection…"), self.tr("A customer objects to the announcement"))
        self.close_button = _button(
            self.tr("Change took effect"), self.tr("Close the announcement: the change went ahead")
        )
        self.notice_language = QComboBox()
        for code, label in (("fi", self.tr("Finnish")), ("sv", self.tr("Swedish")), ("en", self.tr("English"))):
            self.notice_language.addItem(label, code)
        self.notice_button = _button(
            self.tr("Customer notice…"), self.tr("Save the notice as PDF, .docx or .odt, and its e-mail text")
        )
        announcements_tab = QWidget()
        box = QVBoxLayout(announcements_tab)
        box.addWidget(self.announcements, 2)
        box.addWidget(QLabel(self.tr("Objections to the selected announcement")))
        box.addWidget(self.objections, 1)
        # the buttons wrap in the narrow pane (1280 px, Finnish) instead of squeezing their words
        box.addWidget(flow_of([self.objection_button, self.close_button, self.notice_language, self.notice_button]))

        self.history = read_only_table(
            "register_history", [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Changes")]
        )
        self.tabs = QTabWidget()
        self.tabs.tabBar().setStyleSheet("QTabBar::tab { padding: 4px 7px; }")  # every tab fits beside the table
        self.tabs.setObjectName("register_tabs")
        self.tabs.addTab(scrolling(self.details), self.tr("Details"))
        self.tabs.addTab(transfers_tab, self.tr("Transfers"))
        self.tabs.addTab(announcements_tab, self.tr("Announcements"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.activities = LinkedActivitiesPanel(ops)
        self.activities.activity_did_open.connect(self.activity_did_open.emit)
        self.tabs.addTab(self.activities, self.tr("Activities"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.detail_title)
        layout.addWidget(self.findings)
        layout.addWidget(self.tabs, 1)
        self.show_entry(None)

    def show_entry(self, entry: Any) -> None:
        self.current = entry
        self.selection_did_change.emit()
        if entry is None:
            self.detail_title.setText(self.tr("<h3>No entry selected</h3>"))
            self.findings.setText(self.tr("Select an entry to see its transfers, warnings, announcements and history."))
            self.details.clear()
            for table in (self.transfers, self.announcements, self.objections, self.history):
                table.setRowCount(0)
            return
        self.activities.set_case(entry.reference)
        self.detail_title.setText(
            f"<h3>{escape(entry.reference)} · {escape(entry.name)}</h3>"
            f"<span style='color:#555'>{escape(capitalised(_status_text(self, entry.status)))} · "
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
                    a.reference + (" (" + self.tr("replaces {0}").format(a.replaces) + ")" if a.replaces else ""),
                    format_date(a.announced_on),
                    format_date(a.objection_until),
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
            return f"<span style='color:{SUCCESS}'>" + escape(self.tr("No warnings.")) + "</span>"
        lines = []
        for f in entry.findings:
            colour = ERROR if f.severity == "warning" else NOTICE
            mark = self.tr("Warning") if f.severity == "warning" else self.tr("Notice")
            lines.append(f"<span style='color:{colour}'><b>{escape(mark)}:</b> {escape(finding_text(f))}</span>")
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

    def show_history(self, history: list[Any]) -> None:
        from dpo_desk.ui.dialogs.audit_trail import action_words
        from dpo_desk.ui.formatting import format_moment

        noise = {"updated_at", "created_at", "id", "warning_count", "subprocessor_id", "announcement_id"}
        actions, words = action_words(), field_words()
        parts = {
            "subprocessor": self.tr("entry"),
            "subprocessor_transfer": self.tr("transfer"),
            "subprocessor_announcement": self.tr("announcement"),
            "subprocessor_objection": self.tr("objection"),
            "activity_subprocessor": self.tr("link to a processing activity"),
        }
        rows = []
        for h in reversed(history):
            changes = []
            for field, (before, after) in sorted(h.changes.items()):
                if field in noise:
                    continue
                if h.action == "create":
                    if after not in ("", [], None, False):
                        changes.append(f"{field_word(field, words)}: {_short(after)}")
                else:
                    changes.append(f"{field_word(field, words)}: {_short(before)} → {_short(after)}")
            what = self.tr("{0}: {1}").format(
                actions.get(h.action, h.action), parts.get(h.entity) or field_word(h.entity)
            )
            rows.append([format_moment(h.at, self.timezone), h.actor, what, "; ".join(changes)])
        self._fill(self.history, rows)

    def _show_objections(self) -> None:
        announcement = self.selected_announcement()
        rows = [
            [o.customer, format_date(o.received_on), o.reason]
            for o in (announcement.objections if announcement else [])
        ]
        self._fill(self.objections, rows)
        self.selection_did_change.emit()

    def _fill(self, table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        fit_headers(table)  # an empty table's "Maa" or "Kund" keeps its header whole
        header = table.horizontalHeader()
        widths = sum(header.sectionSize(c) for c in range(header.count()))
        # the last column fills a wide pane; in a narrow one it keeps its header whole and the table scrolls
        header.setStretchLastSection(widths < table.viewport().width())

    def selected_announcement(self) -> Any:
        if self.current is None or not self.current.announcements:
            return None
        row = self.announcements.currentRow()
        if not 0 <= row < len(self.current.announcements):
            return None
        return self.current.announcements[row]

    def update_buttons(self) -> None:
        entry = self.current
        live = entry is not None and entry.status != "retired"
        self.transfer_button.setEnabled(bool(live and entry.transfers))
        announcement = self.selected_announcement()
        is_open = announcement is not None and announcement.status == "open"
        self.objection_button.setEnabled(is_open)
        self.close_button.setEnabled(is_open)
        self.notice_button.setEnabled(announcement is not None)

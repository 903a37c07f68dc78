"""One breach in the window: the live 72-hour countdown, its facts, risk with the ENISA helper, the
notification phases, the communication to data subjects, and its documents with a preview.

Everything reaches the core through `Ops`; a change answers with the breach's new view, which refills
the forms. The countdown is a QTimer ticking each second against the deadline held in the view.
Each change names the version shown; one refused because someone changed the breach since offers to
reload it (widgets/stale_edit.py).

Signals:
    breach_did_change(str): a change to this breach was stored (its reference).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.errors import StaleEdit
from dpo_desk.outputs import safe_filename
from dpo_desk.rules import breach_clock
from dpo_desk.services.breaches import BreachView
from dpo_desk.ui.breach_warning_text import breach_warnings
from dpo_desk.ui.dialogs.breach_enisa import EnisaHelper
from dpo_desk.ui.dialogs.breach_forms import FieldForm, local_text
from dpo_desk.ui.formatting import format_moment
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.refusal_text import error_text
from dpo_desk.ui.widgets.attachments import AttachmentsPanel
from dpo_desk.ui.widgets.documents import bundle_change, file_filters, open_in_application, with_suffix
from dpo_desk.ui.widgets.linked_activities import LinkedActivitiesPanel
from dpo_desk.ui.widgets.palette import ERROR, ERROR_STYLE
from dpo_desk.ui.widgets.stale_edit import offer_reload
from dpo_desk.ui.widgets.tables import read_only_table, scrolling

_TONES = {
    "past": f"background: {ERROR}; color: white;",
    "soon": "background: #fff4ce; color: #5c4400;",
    "running": "background: #e6f0fa; color: #0b3a66;",
    "done": "background: #e7f4e8; color: #1e4620;",
    "quiet": "background: #f2f2f2; color: #333333;",
}


class BreachDetail(QWidget):
    breach_did_change = Signal(str)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.view: BreachView | None = None
        self.stale_box: QMessageBox | None = None  # the last offer to reload after a stale edit
        self.last_pdf: Path | None = None  # the last document written (PDF, .docx or .odt)
        self.last_bundle_hash = ""
        self.titles = self._titles()

        self.heading = QLabel()
        self.heading.setObjectName("breach_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.status_line = QLabel()
        self.status_line.setObjectName("breach_status")
        self.status_line.setWordWrap(True)
        self.countdown = QLabel()
        self.countdown.setObjectName("breach_countdown")
        self.countdown.setWordWrap(True)
        self.countdown.setMargin(8)
        big = self.countdown.font()
        big.setPointSizeF(big.pointSizeF() * 1.15)
        big.setBold(True)
        self.countdown.setFont(big)
        self.warnings = QLabel()
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote user text
        self.warnings.setObjectName("breach_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a4b00")
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote user text
        self.message.setObjectName("breach_message")
        self.message.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Close breach…"))
        self.close_button.clicked.connect(self.close_breach)

        self.tabs = QTabWidget()
        self.tabs.tabBar().setStyleSheet("QTabBar::tab { padding: 4px 7px; }")  # all six tabs fit beside the table
        self.tabs.addTab(self._facts_tab(), self.tr("Facts"))
        self.tabs.addTab(self._risk_tab(), self.tr("Risk"))
        self.tabs.addTab(self._notifications_tab(), self.tr("Notifications"))
        self.tabs.addTab(self._subjects_tab(), self.tr("Data subjects"))
        self.tabs.addTab(self._documents_tab(), self.tr("Documents"))
        self.tabs.addTab(self._activities_tab(), self.tr("Activities"))

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.status_line)
        layout.addWidget(self.countdown)
        layout.addWidget(self.warnings)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)

    # -- words ----------------------------------------------------------------------------------

    def _titles(self) -> dict[str, dict[str, str]]:
        return {
            "cause": {
                "ransomware": self.tr("Ransomware"),
                "data-exfiltration": self.tr("Data exfiltration"),
                "internal-human-error": self.tr("Internal human error"),
                "lost-or-stolen": self.tr("Lost or stolen device or paper"),
                "misdelivery": self.tr("Misdelivery"),
                "social-engineering": self.tr("Social engineering"),
                "other": self.tr("Other"),
            },
            "nature": {
                "confidentiality": self.tr("Confidentiality"),
                "integrity": self.tr("Integrity"),
                "availability": self.tr("Availability"),
            },
            "risk": {
                "": self.tr("Not decided"),
                "none": self.tr("No risk"),
                "risk": self.tr("Risk"),
                "high": self.tr("High risk"),
            },
            "intent": {
                "unknown": self.tr("Not yet known"),
                "accidental": self.tr("Accidental"),
                "deliberate": self.tr("Deliberate"),
            },
            "role": {"controller": self.tr("Controller"), "processor": self.tr("Processor")},
            "status": {"open": self.tr("Open"), "closed": self.tr("Closed")},
            "band": {
                "low": self.tr("low"),
                "medium": self.tr("medium"),
                "high": self.tr("high"),
                "very-high": self.tr("very high"),
            },
        }

    # -- tabs -----------------------------------------------------------------------------------

    def _save_row(self, button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        return row

    def _facts_tab(self) -> QWidget:
        f = FieldForm()
        self.facts = f
        t = self.titles
        f.heading(self.tr("When"))
        f.add("title", self.tr("Title"), "line")
        f.add("occurred_from", self.tr("Began"), "time")
        f.add("occurred_to", self.tr("Ended"), "time")
        f.add("ongoing", "", "check", text=self.tr("Still ongoing"))
        f.add("discovered_at", self.tr("Discovered"), "time")
        f.add("aware_at", self.tr("Became aware"), "time")
        f.add("how_found", self.tr("How it was found"), "text", height=48)
        f.heading(self.tr("What happened"))
        f.add("nature", self.tr("Nature"), "nature", titles=t["nature"])
        f.add("cause", self.tr("Cause (EDPB 01/2021)"), "combo", [(v, k) for k, v in t["cause"].items()])
        f.add("intent", self.tr("Accidental or deliberate"), "combo", [(v, k) for k, v in t["intent"].items()])
        f.add("systems", self.tr("System or processing"), "line")
        f.add("description", self.tr("Description"), "text", height=90)
        f.heading(self.tr("People and data"))
        f.add("data_categories", self.tr("Data categories"), "text", height=48)
        f.add("special_categories", "", "check", text=self.tr("Special categories (Art. 9)"))
        f.add("criminal_data", "", "check", text=self.tr("Criminal convictions and offences (Art. 10)"))
        f.add("identity_codes", "", "check", text=self.tr("Personal identity codes"))
        f.add("vulnerable_subjects", "", "check", text=self.tr("Children or vulnerable people"))
        f.add("subject_categories", self.tr("Data subject categories"), "line")
        f.add("subjects_approx", self.tr("Data subjects (approx.)"), "count")
        f.add("subjects_estimated", "", "check", text=self.tr("The number of data subjects is an estimate"))
        f.add("records_approx", self.tr("Records (approx.)"), "count")
        f.add("records_estimated", "", "check", text=self.tr("The number of records is an estimate"))
        f.add("member_states", self.tr("Other member states"), "line")
        f.heading(self.tr("Effects and measures"))
        f.add("consequences", self.tr("Likely consequences"), "text")
        f.add("measures_before", self.tr("Security before the breach"), "text")
        f.add("measures_taken", self.tr("Measures taken after detection"), "text")
        f.add("measures_proposed", self.tr("Measures proposed"), "text")
        f.heading(self.tr("Role and contacts"))
        f.add("role", self.tr("Our role"), "combo", [(v, k) for k, v in self.titles["role"].items()])
        f.add("controller_name", self.tr("Controller (when we are processor)"), "line")
        f.add("controller_told_at", self.tr("Controller told"), "time")
        f.add("processor_name", self.tr("Processor involved"), "line")
        f.add("processor_told_at", self.tr("Processor told us"), "time")
        f.add("joint_controllers", self.tr("Joint controllers"), "line")
        f.add("notifier_name", self.tr("Person notifying"), "line")
        f.add("lead_authority", self.tr("Lead authority"), "line")
        f.add("other_authorities", self.tr("Other authorities notified"), "line")
        f.add("other_notifications", self.tr("Police, NIS2, NCSC-FI…"), "text", height=48)
        f.add("attachments_note", self.tr("Attachments, secure messages"), "text", height=48)
        self.facts_save = QPushButton(self.tr("Save facts"))
        self.facts_save.setObjectName("breach_save_facts")
        self.facts_save.setToolTip(self.tr("Save (Ctrl+S)"))
        self.facts_save.clicked.connect(self.save_facts)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(scrolling(f, framed=False, horizontal=False), 1)
        layout.addLayout(self._save_row(self.facts_save))
        return page

    def _risk_tab(self) -> QWidget:
        f = FieldForm()
        self.risk_form = f
        f.add("risk", self.tr("Risk to data subjects"), "combo", [(v, k) for k, v in self.titles["risk"].items()])
        f.add("risk_reasoning", self.tr("Reasoning (kept in the register)"), "text", height=90)

        self.enisa_helper = EnisaHelper(self.titles["nature"], self.titles["band"])
        helper = self.enisa_helper

        self.risk_save = QPushButton(self.tr("Save risk decision"))
        self.risk_save.setObjectName("breach_save_risk")
        self.risk_save.clicked.connect(self.save_risk)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(f)
        layout.addWidget(helper)
        layout.addStretch(1)
        layout.addLayout(self._save_row(self.risk_save))
        return scrolling(page, framed=False, horizontal=False)

    def _notifications_tab(self) -> QWidget:
        self.phases = read_only_table(
            "breach_phases",
            [
                self.tr("No."),
                self.tr("Phase"),
                self.tr("Sent"),
                self.tr("Late: reasons"),
                self.tr("Authority ref."),
                self.tr("Contents"),
            ],
            stretch_last=False,
        )
        self.phases.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.phases.setMaximumHeight(150)
        f = FieldForm()
        self.notify_form = f
        at = f.add("at", self.tr("Sent at"), "time")
        at.widget.textChanged.connect(self.update_late_hint)
        f.add("content", self.tr("What it contained or changed"), "text")
        f.add("authority_reference", self.tr("Authority's case number"), "line")
        f.add("late_reason", self.tr("Reasons for the delay"), "text")
        self.late_hint = QLabel()
        self.late_hint.setWordWrap(True)
        self.notify_button = QPushButton(self.tr("Record notification"))
        self.notify_button.setObjectName("breach_notify")
        self.notify_button.clicked.connect(self.record_notification)
        self.case_button = QPushButton(self.tr("Set case number…"))
        self.case_button.clicked.connect(self.set_case_number)
        buttons = QHBoxLayout()
        buttons.addWidget(self.late_hint, 1)
        buttons.addWidget(self.case_button)
        buttons.addWidget(self.notify_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel(self.tr("Notifications to the supervisory authority, in phases (Art. 33(4))"))
        heading.setWordWrap(True)  # the pane is narrow at 1280 px; the tab has no sideways scrolling
        layout.addWidget(heading)
        layout.addWidget(self.phases)
        self.next_phase = QLabel()
        self.next_phase.setStyleSheet("font-weight: bold")
        layout.addWidget(self.next_phase)
        layout.addWidget(f)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return scrolling(page, framed=False, horizontal=False)

    def _subjects_tab(self) -> QWidget:
        f = FieldForm()
        self.subjects_form = f
        f.add(
            "status",
            self.tr("Data subjects"),
            "combo",
            [
                (self.tr("Nothing recorded yet"), ""),
                (self.tr("Told"), "done"),
                (self.tr("Planned"), "planned"),
                (self.tr("Not told: Art. 34(3) exemption"), "exempt"),
            ],
        )
        f.add("at", self.tr("When told"), "time")
        f.add("method", self.tr("How (e-mail, letter, public notice)"), "line")
        f.add("count", self.tr("How many"), "count")
        exemption = f.add(
            "exemption",
            self.tr("Exemption"),
            "combo",
            [
                (self.tr("—"), ""),
                (self.tr("(a) data protected, e.g. encrypted"), "a"),
                (self.tr("(b) later measures remove the high risk"), "b"),
                (self.tr("(c) disproportionate effort: public communication"), "c"),
            ],
        )
        # the longest exemption does not widen the narrow pane (its list still shows it whole)
        exemption.widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        exemption.widget.setMinimumContentsLength(24)
        f.add("reason", self.tr("Why the exemption applies"), "text")
        self.subjects_note = QLabel()
        self.subjects_note.setWordWrap(True)
        self.subjects_save = QPushButton(self.tr("Save communication"))
        self.subjects_save.setObjectName("breach_save_subjects")
        self.subjects_save.clicked.connect(self.save_subjects)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.subjects_note)
        layout.addWidget(f)
        layout.addStretch(1)
        layout.addLayout(self._save_row(self.subjects_save))
        return scrolling(page, framed=False, horizontal=False)

    def _activities_tab(self) -> QWidget:
        self.linked = LinkedActivitiesPanel(self.ops)
        self.use_categories = QPushButton(self.tr("Add their data categories to the facts"))
        self.use_categories.setObjectName("use_activity_categories")
        self.use_categories.setEnabled(False)
        self.use_categories.clicked.connect(self.use_activity_categories)
        self.linked.categories_did_load.connect(lambda found: self.use_categories.setEnabled(bool(found)))
        row = QHBoxLayout()
        row.addWidget(self.use_categories)
        row.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.linked)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def use_activity_categories(self) -> None:
        """Adds the linked activities' data categories to the facts (not yet saved: the DPO reviews them)."""
        box = self.facts.fields["data_categories"].widget
        present = [part.strip() for part in re.split(r"[,;\n]", box.toPlainText()) if part.strip()]
        known = {part.casefold() for part in present}
        added = [c for c in self.linked.categories if c.casefold() not in known]
        if added:
            box.setPlainText(", ".join(present + added))
        self.tabs.setCurrentIndex(0)
        self.message.setText(
            self.tr("Added %n data categories from the activities; save the facts to keep them.", "", len(added))
        )

    def _documents_tab(self) -> QWidget:
        self.language = QComboBox()
        for name, code in ((self.tr("Finnish"), "fi"), (self.tr("Swedish"), "sv"), (self.tr("English"), "en")):
            self.language.addItem(name, code)
        self.phase_choice = QComboBox()
        self.pdf_button = QPushButton(self.tr("Notification to the Ombudsman…"))
        self.pdf_button.setObjectName("breach_pdf")
        self.pdf_button.setToolTip(self.tr("Ctrl+P"))
        self.pdf_button.clicked.connect(lambda: self.choose_and_write("notification"))
        self.letter_button = QPushButton(self.tr("Letter to data subjects…"))
        for button in (self.pdf_button, self.letter_button):
            button.setToolTip(self.tr("As PDF, or as .docx or .odt to finish it in a word processor"))
        self.letter_button.clicked.connect(lambda: self.choose_and_write("letter"))
        self.bundle_button = QPushButton(self.tr("Export evidence bundle…"))
        self.bundle_button.setToolTip(self.tr("A zip the authority can check without DPO Desk, with a manifest hash"))
        self.bundle_button.clicked.connect(self.choose_bundle)
        self.open_button = QPushButton(self.tr("Open in its application"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_pdf)
        self.document_status = QLabel()
        self.document_status.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote user text
        self.document_status.setWordWrap(True)
        self.document_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the hash
        self.preview = QLabel(self.tr("The first page of a generated document shows here."))
        self.preview.setObjectName("breach_preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview.setStyleSheet("color: #666")
        options = QFormLayout()
        options.addRow(self.tr("Language"), self.language)
        options.addRow(self.tr("Phase"), self.phase_choice)
        buttons = QVBoxLayout()
        for button in (self.pdf_button, self.letter_button, self.open_button, self.bundle_button):
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            buttons.addLayout(row)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(options)
        layout.addLayout(buttons)
        layout.addWidget(self.document_status)
        layout.addWidget(scrolling(self.preview, framed=False, horizontal=False), 1)
        self.attachments = AttachmentsPanel(self.ops, own_shortcut=False)
        self.attachments.setMaximumHeight(220)
        layout.addWidget(self.attachments)
        # scrolls like the other tabs: at 1280x800 the buttons, the preview and the attachments' wrapped row
        # need more height than the pane has, and a squeezed wrapping row is cut at the bottom
        return scrolling(page, framed=False, horizontal=False)

    # -- showing ----------------------------------------------------------------------------------

    def load(self, reference: str) -> None:
        from dpo_desk.services import breaches

        self.ops.query(lambda session: breaches.get(session, reference), self.show_view, self._load_failed)

    def reload(self, reference: str) -> None:
        """The breach as it is now (someone else changed it): the pane, and the table keeping its selection."""
        self.load(reference)
        self.breach_did_change.emit(reference)

    def _load_failed(self, error: BaseException) -> None:
        self.message.setText(error_text(error))

    def show_view(self, view: BreachView) -> None:
        same = self.view is not None and self.view.reference == view.reference
        if not same:
            self.linked.set_case(view.reference)
            self.attachments.set_case(view.reference)
        self.view = view
        tz = view.timezone
        self.heading.setText(f"{view.reference}  {view.title}")
        cause = self.titles["cause"].get(view.cause, view.cause)
        self.status_line.setText(
            self.tr("{status} · {cause} · aware {aware} ({zone}) · risk: {risk}").format(
                status=self.titles["status"][view.status],
                cause=cause,
                aware=format_moment(view.aware_at, tz),
                zone=tz,
                risk=self.titles["risk"][view.risk or ""],
            )
        )
        self.warnings.setText("\n".join(f"⚠ {w}" for w in breach_warnings(view)))
        self.warnings.setVisible(bool(view.warnings))
        self.close_button.setText(self.tr("Reopen") if view.status == "closed" else self.tr("Close breach…"))
        if not same:
            self.message.clear()
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("The first page of a generated document shows here."))
            self.open_button.setEnabled(False)
            self.document_status.clear()
        self.facts.fill(view, tz)
        self.risk_form.fill(view, tz)
        self.enisa_helper.fill(view)
        self._fill_phases(view)
        self._fill_subjects(view)
        self.tick()
        self.timer.start()

    def _fill_phases(self, view: BreachView) -> None:
        tz = view.timezone
        self.phases.setRowCount(len(view.notifications))
        phase_names = {"initial": self.tr("Initial (preliminary)"), "supplementary": self.tr("Supplementary")}
        for row, note in enumerate(view.notifications):
            values = [
                str(note.number),
                phase_names[note.phase],
                format_moment(note.sent_at, tz),
                note.late_reason if note.late else self.tr("in time") if note.phase == "initial" else "",
                note.authority_reference,
                note.content,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.phases.setItem(row, column, item)
        self.phases.resizeColumnsToContents()
        for column in range(5):  # long reasons and contents stay readable in their tooltips
            self.phases.setColumnWidth(column, min(self.phases.columnWidth(column), 170))
        self.phases.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.next_phase.setText(
            self.tr("Next: supplementary notification") if view.notifications else self.tr("Next: initial notification")
        )
        self.notify_form.fill(None, tz)
        self.notify_form.fields["at"].widget.setText(local_text(self.ops.clock.now(), tz))
        for name in ("content", "authority_reference", "late_reason"):
            self.notify_form.fields[name].fill("", tz)
        self.case_button.setEnabled(bool(view.notifications))
        late_row = self.notify_form.fields["late_reason"].widget.parentWidget()
        self.notify_form.layout_.setRowVisible(late_row, not view.notifications)  # only the initial one can be late
        self.phase_choice.clear()
        if view.notifications:
            for note in reversed(view.notifications):
                self.phase_choice.addItem(
                    f"{note.number}: {phase_names[note.phase]} {format_moment(note.sent_at, tz)}", note.number
                )
        else:
            self.phase_choice.addItem(self.tr("Draft of the initial notification"), None)
        self.update_late_hint()

    def _fill_subjects(self, view: BreachView) -> None:
        f = self.subjects_form
        tz = view.timezone
        f.fields["status"].fill(view.communication, tz)
        f.fields["at"].fill(view.communicated_at, tz)
        f.fields["method"].fill(view.communication_method, tz)
        f.fields["count"].fill(view.communicated_count, tz)
        f.fields["exemption"].fill(view.exemption, tz)
        f.fields["reason"].fill(view.exemption_reason, tz)
        f.clear_errors()
        if view.communication_required:
            text = self.tr("High risk: tell the data subjects without undue delay (Art. 34), or record the exemption.")
        else:
            text = self.tr("Not required unless the risk is high; you may still tell them.")
        self.subjects_note.setText(text)

    # -- the clock ----------------------------------------------------------------------------------

    def tick(self, now: dt.datetime | None = None) -> None:
        view = self.view
        if view is None:
            return
        now = now or self.ops.clock.now()
        tz = view.timezone
        deadline = format_moment(view.authority_deadline, tz)
        hours = view.rule.window_hours
        if view.role == "processor":
            told = view.controller_told_at
            text = (
                self.tr("As processor: controller told {0}").format(format_moment(told, tz))
                if told
                else self.tr("As processor: tell the controller without undue delay (Art. 33(2))")
            )
            tone = "done" if told else "soon"
        elif view.notified:
            first = view.notifications[0]
            state = self.tr("late, with reasons") if first.late else self.tr("within the {0} hours").format(hours)
            text = self.tr("Authority notified {0} ({1})").format(format_moment(first.sent_at, tz), state)
            tone = "soon" if first.late else "done"
        elif not view.notification_required:
            text = self.tr("No notification to the authority: no risk (the reasoning is kept in the register)")
            tone = "quiet"
        else:
            left = breach_clock.remaining(view.authority_deadline, now)
            if left.past:
                text = self.tr("Deadline passed {0} ago ({1}); notify now and give reasons for the delay").format(
                    left.hours_text(), deadline
                )
                tone = "past"
            else:
                text = self.tr("Notify the authority within {0} — by {1} ({2})").format(left.hours_text(), deadline, tz)
                tone = "soon" if left.seconds < 24 * 3600 else "running"
        self.countdown.setText(text)
        self.countdown.setProperty("tone", tone)
        self.countdown.setStyleSheet(_TONES[tone])

    def update_late_hint(self) -> None:
        view = self.view
        if view is None:
            return
        from dpo_desk.domain.timeparse import parse_time
        from dpo_desk.errors import InvalidInput

        if view.notifications:
            self.late_hint.setText(self.tr("Supplementary notifications follow without undue further delay."))
            self.late_hint.setStyleSheet("")
            return
        try:
            sent = parse_time("at", self.notify_form.fields["at"].widget.text(), view.timezone)
        except InvalidInput:
            self.late_hint.clear()
            return
        if breach_clock.is_late(sent, view.authority_deadline):
            self.late_hint.setText(
                self.tr("After the {0} hours: reasons for the delay are required.").format(view.rule.window_hours)
            )
            self.late_hint.setStyleSheet(ERROR_STYLE)
        else:
            self.late_hint.setText(self.tr("Within the {0} hours.").format(view.rule.window_hours))
            self.late_hint.setStyleSheet("color: #1e4620")

    # -- changes ------------------------------------------------------------------------------------

    def _change(self, work: Any, form: FieldForm | None, done_message: str) -> None:
        if self.view is None:
            return
        reference = self.view.reference
        tz_name = self.view.timezone

        def done(result: Any) -> None:
            self.message.setStyleSheet("color: #1e4620")
            self.message.setText(done_message)
            self.breach_did_change.emit(reference)
            self.load(reference)

        def failed(error: BaseException) -> None:
            if isinstance(error, StaleEdit):
                self.message.setStyleSheet(ERROR_STYLE)
                self.message.setText(error_text(error))
                self.stale_box = offer_reload(self, error, tz_name, lambda: self.reload(reference))
                return
            if form is None or not form.show_error(error):
                self.message.setStyleSheet(ERROR_STYLE)
                self.message.setText(error_text(error))
            else:
                self.message.clear()

        self.ops.change(work, done, failed)

    def _shown(self) -> tuple[str, int | None]:
        """The breach shown and the version shown: an edit is refused if someone has changed it since."""
        return (self.view.reference, self.view.version) if self.view else ("", None)

    def save_current_tab(self) -> None:
        [self.save_facts, self.save_risk, self.record_notification, self.save_subjects, lambda: None][
            self.tabs.currentIndex()
        ]()

    def save_facts(self) -> None:
        from dpo_desk.services import breaches

        values = self.facts.values()
        reference, seen = self._shown()
        self._change(
            lambda s: breaches.update(s, reference, expected_version=seen, **values),
            self.facts,
            self.tr("Facts saved."),
        )

    def save_risk(self) -> None:
        from dpo_desk.services import breaches

        values = self.risk_form.values()
        values.update(self.enisa_helper.values())
        reference, seen = self._shown()
        self._change(
            lambda s: breaches.update(s, reference, expected_version=seen, **values),
            self.risk_form,
            self.tr("Risk decision saved."),
        )

    def record_notification(self) -> None:
        from dpo_desk.services import breaches

        v = self.notify_form.values()
        reference, seen = self._shown()
        self._change(
            lambda s: breaches.notify(
                s,
                reference,
                v["at"],
                content=v["content"],
                authority_reference=v["authority_reference"],
                late_reason=v["late_reason"],
                expected_version=seen,
            ),
            self.notify_form,
            self.tr("Notification recorded."),
        )

    def set_case_number(self) -> None:
        from dpo_desk.services import breaches

        if self.view is None or not self.view.notifications:
            return
        row = max(0, self.phases.currentRow())
        number = self.view.notifications[min(row, len(self.view.notifications) - 1)].number
        value, ok = QInputDialog.getText(
            self, self.tr("Authority's case number"), self.tr("Case number of notification {0}:").format(number)
        )
        if ok:
            reference, seen = self._shown()
            self._change(
                lambda s: breaches.set_authority_reference(s, reference, number, value, expected_version=seen),
                None,
                self.tr("Case number saved."),
            )

    def save_subjects(self) -> None:
        from dpo_desk.services import breaches

        v = self.subjects_form.values()
        reference, seen = self._shown()
        self._change(
            lambda s: breaches.communicate(
                s,
                reference,
                status=v["status"],
                at=v["at"],
                method=v["method"],
                count=v["count"],
                exemption=v["exemption"],
                reason=v["reason"],
                expected_version=seen,
            ),
            self.subjects_form,
            self.tr("Communication saved."),
        )

    def close_breach(self) -> None:
        from dpo_desk.services import breaches

        if self.view is None:
            return
        reference, seen = self._shown()
        if self.view.status == "closed":
            self._change(lambda s: breaches.reopen(s, reference, expected_version=seen), None, self.tr("Reopened."))
            return
        summary, ok = QInputDialog.getMultiLineText(
            self, self.tr("Close {0}").format(reference), self.tr("Closing summary (what was done, what was learnt):")
        )
        if ok:
            self._change(
                lambda s: breaches.close(s, reference, summary, expected_version=seen), None, self.tr("Closed.")
            )

    # -- documents ----------------------------------------------------------------------------------

    def choose_and_write(self, kind: str) -> None:
        if self.view is None:
            return
        lang = self.language.currentData()
        stem = "notification" if kind == "notification" else "letter"
        suggested = safe_filename(f"{self.view.reference}-{stem}-{lang}") + ".pdf"
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the document"), str(Path.home() / suggested), file_filters()
        )
        if path:
            self.write_document(kind, Path(with_suffix(path, chosen)), lang)

    def write_document(self, kind: str, target: Path, lang: str) -> None:
        """Writes the chosen document in the background (ops.job), then shows its first page."""
        if self.view is None:
            return
        reference = self.view.reference
        phase = self.phase_choice.currentData() if kind == "notification" else None
        out = self.ops.output(target)

        def work(store: Any, progress: Any) -> Path:
            from dpo_desk.reporting import breach_letter, breach_notification
            from dpo_desk.services import reports

            progress(0, 2)
            with store.read() as session:
                # the letter is refused while an Art. 34(2) item is empty, as on the command line
                case = (
                    reports.gather_breach(session, reference, lang, phase)
                    if kind == "notification"
                    else reports.gather_breach_letter(session, reference, lang)
                )
            progress(1, 2)
            if kind == "notification":
                breach_notification.write(case, out)
            else:
                breach_letter.write(case, out)
            progress(2, 2)
            return target

        self.document_status.setStyleSheet("")
        self.document_status.setText(self.tr("Writing {0}…").format(target.name))
        self.pdf_button.setEnabled(False)
        self.letter_button.setEnabled(False)
        self.ops.job(work, self._document_done, self._document_failed)

    def _document_done(self, path: Path) -> None:
        self.pdf_button.setEnabled(True)
        self.letter_button.setEnabled(True)
        self.last_pdf = path
        self.open_button.setEnabled(True)
        self.document_status.setText(self.tr("Saved {0}").format(path))
        if path.suffix.lower() == ".pdf":
            self.show_preview(path)
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("Saved for editing: open it in its application to finish it."))

    def _document_failed(self, error: BaseException) -> None:
        self.pdf_button.setEnabled(True)
        self.letter_button.setEnabled(True)
        self.document_status.setStyleSheet(ERROR_STYLE)
        self.document_status.setText(error_text(error))

    def choose_bundle(self) -> None:
        if self.view is None:
            return
        suggested = safe_filename(f"{self.view.reference}-evidence") + ".zip"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export evidence bundle"), str(Path.home() / suggested), self.tr("Zip archive (*.zip)")
        )
        if path:
            self.export_bundle(path if path.lower().endswith(".zip") else path + ".zip")

    def export_bundle(self, path: str) -> None:
        """Writes the breach's evidence bundle (in the report language chosen) and shows the manifest hash."""
        if self.view is None:
            return

        def done(digest: str) -> None:
            self.bundle_button.setEnabled(True)
            self.last_bundle_hash = digest
            self.document_status.setText(
                self.tr("Wrote {0}. Give its manifest hash to the recipient separately: {1}").format(path, digest)
            )

        def failed(error: BaseException) -> None:
            self.bundle_button.setEnabled(True)
            self._document_failed(error)

        self.bundle_button.setEnabled(False)
        self.document_status.setStyleSheet("")
        self.document_status.setText(self.tr("Writing the evidence bundle…"))
        change = bundle_change("breach", self.view.reference, self.ops.output(path), self.language.currentData())
        self.ops.change(change, done, failed)

    def show_preview(self, path: Path) -> None:
        from PySide6.QtPdf import QPdfDocument

        document = QPdfDocument(self)
        document.load(str(path))
        if document.pageCount() < 1:
            self.preview.setText(self.tr("No preview: the document could not be read."))
            return
        size = document.pagePointSize(0)
        width = 560
        image = document.render(0, QSize(width, int(width * size.height() / max(1.0, size.width()))))
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.preview.setToolTip(self.tr("%n page(s)", "", document.pageCount()))
        document.close()

    def open_pdf(self) -> None:
        if self.last_pdf is not None:
            open_in_application(self.last_pdf)

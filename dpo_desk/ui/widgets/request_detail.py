"""One request in detail: its due date and the rule that produced it, its facts, actions and timeline.

User text is shown as plain text (never as Qt rich text, which would interpret markup). Each action
opens a RequestActionDialog that checks its input as typed and runs the change through `Ops`.

Signals:
    action_did_finish(object): an action changed the request (carries the fresh RequestView).
    letter_was_asked(str, str): the user wants a reply letter (kind, language).
    bundle_was_asked(str): the user wants the request's evidence bundle (reference).
    recipients_were_asked(str): the user wants the Art. 19 notices to the recipients written (reference).
    reload_was_asked(str): an edit was refused as based on a stale version and the user chose Reload
        (reference): the page shows the request as it is now, keeping the selection.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QFormLayout,
    QFrame,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.errors import StaleEdit
from dpo_desk.services import requests
from dpo_desk.services.requests import RequestView
from dpo_desk.ui.dialogs.request_action import RequestActionDialog
from dpo_desk.ui.event_text import event_details
from dpo_desk.ui.formatting import format_date, format_long_date
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.rule_text import rule_text
from dpo_desk.ui.widgets.attachments import AttachmentsPanel
from dpo_desk.ui.widgets.flow_layout import flow_of
from dpo_desk.ui.widgets.linked_activities import LinkedActivitiesPanel
from dpo_desk.ui.widgets.paged_table import capitalised
from dpo_desk.ui.widgets.palette import ERROR_STYLE
from dpo_desk.ui.widgets.stale_edit import offer_reload


def plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _day(value: dt.date | None) -> str:
    return format_date(value, "—")


class RequestDetail(QWidget):
    action_did_finish = Signal(object)
    letter_was_asked = Signal(str, str)
    bundle_was_asked = Signal(str)
    recipients_were_asked = Signal(str)
    reload_was_asked = Signal(str)

    def __init__(self, ops: Ops, labels: dict[str, dict[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.labels = labels
        self.view: RequestView | None = None
        self.last_dialog: RequestActionDialog | None = None
        self.stale_box: QMessageBox | None = None

        self.heading = QLabel()
        self.heading.setObjectName("request_heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = plain_label()
        self.subheading.setStyleSheet("color: #555555")

        self.due_box = QFrame()
        self.due_box.setObjectName("request_due_box")
        self.due_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.due_title = QLabel()
        self.due_title.setObjectName("request_due")
        self.due_title.setTextFormat(Qt.TextFormat.PlainText)
        due_font = self.due_title.font()
        due_font.setBold(True)
        due_font.setPointSizeF(due_font.pointSizeF() * 1.2)
        self.due_title.setFont(due_font)
        self.due_rule = plain_label()
        self.due_rule.setObjectName("request_due_rule")
        self.flags = plain_label()
        self.flags.setObjectName("request_flags")
        self.flags.setStyleSheet(f"{ERROR_STYLE}; font-weight: bold")
        due_layout = QVBoxLayout(self.due_box)
        for widget in (self.due_title, self.due_rule, self.flags):
            due_layout.addWidget(widget)

        self.facts: dict[str, QLabel] = {}
        facts_form = QFormLayout()
        facts_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for key, title in (
            ("requester", self.tr("Requester")),
            ("contact", self.tr("Contact")),
            ("received", self.tr("Received")),
            ("role", self.tr("We act as")),
            ("identity", self.tr("Identity")),
            ("extension", self.tr("Extension")),
            ("outcome", self.tr("Outcome")),
            ("details", self.tr("What they ask")),
        ):
            self.facts[key] = plain_label()
            self.facts[key].setObjectName(f"request_fact_{key}")
            facts_form.addRow(f"<b>{title}</b>", self.facts[key])

        self.buttons: dict[str, QAbstractButton] = {}
        identity = QToolButton()
        identity.setText(self.tr("Identity"))
        identity.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        identity_menu = QMenu(identity)
        self.identity_actions = {
            step: identity_menu.addAction(shown, lambda s=step: self.ask_identity(s))
            for step, shown in (
                ("requested", self.tr("Information asked…")),
                ("received", self.tr("Information received…")),
                ("verified", self.tr("Verified…")),
                ("failed", self.tr("Could not be verified…")),
            )
        }
        identity.setMenu(identity_menu)
        self.buttons["identity"] = identity
        for key, text, slot, tip in (
            ("extend", self.tr("Extend…"), self.ask_extend, self.tr("Two further months, once, with reasons")),
            ("told", self.tr("Extension told…"), self.ask_extension_told, self.tr("When the requester was told")),
            ("forward", self.tr("Forward to controller…"), self.ask_forward, self.tr("Received as processor")),
            ("close", self.tr("Close…"), self.ask_close, self.tr("Outcome and reply date (Ctrl+Shift+C)")),
            ("note", self.tr("Add note…"), self.ask_note, self.tr("A note on the timeline (Ctrl+Shift+N)")),
            ("correct", self.tr("Correct details…"), self.ask_correct, self.tr("Name, contact, what they ask")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"request_action_{key}")
            button.setToolTip(tip)
            button.clicked.connect(slot)
            self.buttons[key] = button
        letter = QToolButton()
        letter.setText(self.tr("Letters and evidence"))
        letter.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        letter_menu = QMenu(letter)
        self.letter_actions = {
            kind: letter_menu.addAction(shown, lambda k=kind: self._ask_letter(k))
            for kind, shown in self.letter_names().items()
        }
        letter_menu.addSeparator()
        self.bundle_action = letter_menu.addAction(self.tr("Export evidence bundle…"), self._ask_bundle)
        self.recipients_action = letter_menu.addAction(self.tr("Tell the recipients (Art. 19)…"), self._ask_recipients)
        letter.setMenu(letter_menu)
        self.buttons["letter"] = letter
        order = ("identity", "extend", "told", "forward", "close", "note", "correct", "letter")
        actions = flow_of([self.buttons[key] for key in order])  # wraps in a narrow pane instead of clipping

        self.timeline = QTreeWidget()
        self.timeline.setObjectName("request_timeline")
        self.timeline.setHeaderLabels([self.tr("Date"), self.tr("What"), self.tr("Details")])
        self.timeline.setRootIsDecorated(False)
        self.timeline.setColumnWidth(0, 84)
        self.timeline.setColumnWidth(1, 150)
        self.timeline.header().setStretchLastSection(True)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # details wrap instead
        self.timeline.setWordWrap(True)
        self.timeline.setUniformRowHeights(False)
        self.timeline.setMinimumHeight(150)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.due_box)
        layout.addLayout(facts_form)
        layout.addWidget(actions)
        layout.addWidget(QLabel("<b>" + self.tr("Timeline") + "</b>"))
        layout.addWidget(self.timeline, 1)
        self.linked = LinkedActivitiesPanel(ops)
        layout.addWidget(self.linked)
        self.attachments = AttachmentsPanel(ops, own_shortcut=False)
        self.attachments.setMinimumHeight(180)
        layout.addWidget(self.attachments)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def letter_names(self) -> dict[str, str]:
        return {
            "acknowledgement": self.tr("Acknowledgement…"),
            "identity-request": self.tr("Request for identity information…"),
            "extension": self.tr("Extension notice…"),
            "refusal": self.tr("Refusal…"),
            "completion": self.tr("Completion…"),
        }

    # -- showing --------------------------------------------------------------------------------

    def warning_text(self, code: str, message: str) -> str:
        """A warning of the core in the window's words (the core's own sentence for one it does not know)."""
        known = {
            "identity-asked-late": self.tr(
                "Identity information was asked for after the first month had ended: the clock does not restart "
                "and the request stays due on its original date (Art. 12(3), 12(6))."
            ),
            "extension-decided-late": self.tr(
                "The extension was recorded after the first month had ended: it does not count, and the reply was "
                "due at the end of the first month (Art. 12(3))."
            ),
            "identity-failed-refusal-due": self.tr(
                "The identity could not be verified, but the time limit still runs: tell the requester within it "
                "that you cannot act and why, with the right to complain (Art. 12(2), 12(4)). Close the request "
                "as refused and send the refusal letter."
            ),
            "extension-not-told": self.tr(
                "The requester was not told of the extension within the first month: the reply was due at the end "
                "of the first month (Art. 12(3))."
            ),
        }
        return known.get(code, message)

    # The request warning codes of the core that warning_text words (a test checks the core has no others).
    WORDED_WARNING_CODES = (
        "identity-asked-late",
        "extension-decided-late",
        "identity-failed-refusal-due",
        "extension-not-told",
    )

    def show_view(self, view: RequestView) -> None:
        if self.view is None or view.reference != self.view.reference:
            self.linked.set_case(view.reference)
            self.attachments.set_case(view.reference)
        self.view = view
        words = self.labels
        self.heading.setText(f"{view.reference} · {capitalised(words['types'][view.type])}")
        self.subheading.setText(
            self.tr("{0}, received by {1} — {2}").format(
                words["statuses"][view.status], words["channels"][view.channel], view.subject_name
            )
        )
        if view.closed:
            self.due_title.setText(
                self.tr("Replied {0} (due {1}) — {2}").format(
                    _day(view.replied_on),
                    _day(view.due_on),
                    self.tr("on time") if view.answered_on_time else self.tr("late"),
                )
            )
        elif view.due_on is None:
            self.due_title.setText(self.tr("No time limit running"))
        elif view.role == "processor":
            self.due_title.setText(self.tr("Forward to the controller by {0}").format(format_long_date(view.due_on)))
        else:
            self.due_title.setText(self.tr("Due {0}").format(format_long_date(view.due_on)))
        self.due_rule.setText(rule_text(view))
        flags = []
        if view.overdue:
            flags.append(self.tr("Overdue: the limit has passed."))
        elif view.due_soon:
            flags.append(self.tr("Due soon."))
        if view.extension_not_told:
            flags.append(self.tr("The requester was not told of the extension within the first month (Art. 12(3))."))
        flags += [self.warning_text(w.code, w.message) for w in view.warnings if w.code != "extension-not-told"]
        self.flags.setText(" ".join(flags))
        self.flags.setVisible(bool(flags))
        tone = "#fde2e1" if view.overdue else "#fff4ce" if view.due_soon else "#eef5ea" if view.closed else "#f4f6f9"
        self.due_box.setStyleSheet(  # a light box keeps dark text in a dark palette too
            f"QFrame#request_due_box {{ background: {tone}; border-radius: 4px; }}"
            "QFrame#request_due_box QLabel { color: #1f1f1f; }"
        )

        self.facts["requester"].setText(view.subject_name)
        contact = [c for c in (view.subject_email, view.subject_contact) if c]
        self.facts["contact"].setText(" · ".join(contact) or "—")
        self.facts["received"].setText(
            self.tr("{0}; letters in {1}").format(format_date(view.received_on), words["languages"][view.language])
        )
        role = words["roles"][view.role]
        if view.role == "processor":
            role += self.tr(" for {0}").format(view.controller_name or self.tr("(controller not named)"))
            if view.forwarded_on:
                role += self.tr("; forwarded {0}").format(format_date(view.forwarded_on))
        self.facts["role"].setText(role)
        identity = words["identity"][view.identity_status]
        steps = [
            (self.tr("asked"), view.identity_requested_on),
            (self.tr("received"), view.identity_received_on),
            (self.tr("checked"), view.identity_checked_on),
        ]
        shown_steps = [f"{name} {format_date(day)}" for name, day in steps if day]
        if shown_steps:
            identity += " (" + ", ".join(shown_steps) + ")"
        if view.clock_start_on and view.clock_start_on != view.received_on:
            identity += self.tr("; the month runs from {0}").format(format_date(view.clock_start_on))
        self.facts["identity"].setText(identity)
        if view.extended:
            told = format_date(view.extension_told_on) if view.extension_told_on else self.tr("not yet told")
            self.facts["extension"].setText(
                self.tr("{0}: {1} (requester told: {2})").format(_day(view.extended_on), view.extension_reason, told)
            )
        else:
            self.facts["extension"].setText(self.tr("not extended"))
        if view.outcome:
            outcome = words["outcomes"][view.outcome]
            if view.outcome_reason:
                outcome += f": {view.outcome_reason}"
            self.facts["outcome"].setText(outcome)
        else:
            self.facts["outcome"].setText(self.tr("not closed"))
        self.facts["details"].setText(view.details or "—")

        closed = view.closed
        self.buttons["identity"].setEnabled(not closed and view.identity_status not in ("verified", "failed"))
        for step, action in self.identity_actions.items():
            action.setEnabled(view.identity_status in requests.IDENTITY_FOLLOWS[step])
        self.buttons["extend"].setEnabled(not closed and not view.extended and view.due_on is not None)
        self.buttons["told"].setEnabled(view.extended and view.extension_told_on is None)
        self.buttons["forward"].setVisible(view.role == "processor")
        self.buttons["forward"].setEnabled(not closed)
        self.buttons["close"].setEnabled(not closed)

        # Offer only the letters whose statements the case supports (the core refuses the others too).
        available = {
            "acknowledgement": True,
            "identity-request": view.identity_status in ("requested", "not-needed") and not closed,
            "extension": view.extended,
            "refusal": view.outcome == "refused",
            "completion": view.outcome in ("fulfilled", "partially-fulfilled", "withdrawn"),
        }
        for kind, action in self.letter_actions.items():
            action.setEnabled(available[kind])

        self.timeline.clear()
        for event in view.timeline:
            details = event_details(event, words)
            item = QTreeWidgetItem([format_date(event.on), words["events"].get(event.kind, event.kind), details])
            item.setToolTip(2, details)
            self.timeline.addTopLevelItem(item)

    # -- actions --------------------------------------------------------------------------------

    def _dialog(self, title: str, explanation: str, run: Any) -> RequestActionDialog:
        dialog = RequestActionDialog(self.ops, title, explanation, run, self)
        dialog.action_did_finish.connect(self._finished)
        dialog.edit_was_stale.connect(lambda error: self._stale(dialog, error))
        self.last_dialog = dialog
        return dialog

    def _stale(self, dialog: RequestActionDialog, error: StaleEdit) -> None:
        """Someone changed the request after it was shown: say who and when, and offer to reload it."""
        if self.view is None:
            return
        reference = self.view.reference

        def reload() -> None:
            dialog.reject()
            self.reload_was_asked.emit(reference)

        self.stale_box = offer_reload(self, error, self.view.timezone, reload)

    def _start(self, dialog: RequestActionDialog) -> None:
        dialog.check()
        dialog.open()

    def _finished(self, view: Any) -> None:
        if isinstance(view, RequestView):
            self.show_view(view)
        self.action_did_finish.emit(view)

    def ask_identity(self, step: str) -> None:
        if self.view is None or self.view.closed:
            return
        ref = self.view.reference
        seen = self.view.version  # the version shown: the edit is refused if it has changed since
        explanations = {
            "requested": self.tr(
                "Ask for the information needed to identify the requester (Art. 12(6)). "
                "Under the default setting the month starts again when it arrives."
            ),
            "received": self.tr("The identity information arrived: the month runs from this day (default setting)."),
            "verified": self.tr("The requester's identity was confirmed."),
            "failed": self.tr("The identity could not be confirmed; close the request with reasons afterwards."),
        }
        dialog = self._dialog(
            self.tr("Identity: {0}").format(self.labels["identity"][step]),
            explanations[step],
            lambda session, v: requests.record_identity(session, ref, step, v["on"], v["note"], expected_version=seen),
        )
        dialog.add_date("on", self.tr("On"), ("on",))
        dialog.add_text("note", self.tr("Note"), ("note",))
        self._start(dialog)

    def ask_extend(self) -> None:
        if self.view is None:
            return
        ref = self.view.reference
        seen = self.view.version  # the version shown: the edit is refused if it has changed since
        dialog = self._dialog(
            self.tr("Extend the time limit"),
            self.tr(
                "The limit becomes three months from the same start (Art. 12(3)), once. The requester must be told "
                "of the extension and its reasons within the first month (by {0})."
            ).format(_day(self.view.first_month_due_on)),
            lambda session, v: requests.extend(
                session, ref, v["reason"], v["on"], v["told"] or None, expected_version=seen
            ),
        )
        dialog.add_text("reason", self.tr("Reasons"), ("reason",), required=True)
        dialog.add_date("on", self.tr("Decided on"), ("on",))
        dialog.add_date("told", self.tr("Requester told on"), ("told_on",), required=False)
        self._start(dialog)

    def ask_extension_told(self) -> None:
        if self.view is None:
            return
        ref = self.view.reference
        seen = self.view.version  # the version shown: the edit is refused if it has changed since
        dialog = self._dialog(
            self.tr("Extension notice"),
            self.tr("When the requester was told of the extension and its reasons."),
            lambda session, v: requests.record_extension_told(session, ref, v["on"], expected_version=seen),
        )
        dialog.add_date("on", self.tr("Told on"), ("on",))
        self._start(dialog)

    def ask_forward(self) -> None:
        if self.view is None or self.view.closed:
            return
        ref = self.view.reference
        seen = self.view.version  # the version shown: the edit is refused if it has changed since
        dialog = self._dialog(
            self.tr("Forward to the controller"),
            self.tr("A request received as a processor goes to the controller (Art. 28(3)(e)); this closes it here."),
            lambda session, v: requests.forward(session, ref, v["controller"], v["on"], expected_version=seen),
        )
        field = dialog.add_text("controller", self.tr("Controller"), ("controller",), required=True, multiline=False)
        field.widget.setText(self.view.controller_name)  # type: ignore[attr-defined]
        dialog.add_date("on", self.tr("Forwarded on"), ("on",))
        self._start(dialog)

    def ask_close(self) -> None:
        if self.view is None or self.view.closed:
            return
        ref = self.view.reference
        seen = self.view.version  # the version shown: the edit is refused if it has changed since
        dialog = self._dialog(
            self.tr("Close the request"),
            self.tr(
                "Record the outcome and the day the reply went out. A refusal needs its reasons; the refusal "
                "letter tells of the right to complain to the Data Protection Ombudsman and to a judicial remedy."
            ),
            lambda session, v: requests.close(
                session, ref, v["outcome"], v["reason"], v["replied"], expected_version=seen
            ),
        )
        choices = [(o, self.labels["outcomes"][o]) for o in requests.OUTCOMES if o != "forwarded-to-controller"]
        dialog.add_choice("outcome", self.tr("Outcome"), ("outcome",), choices)
        dialog.add_text("reason", self.tr("Reasons"), ("reason",))
        dialog.add_date("replied", self.tr("Reply sent on"), ("replied_on",))
        dialog.required_text = lambda key: (  # type: ignore[method-assign]
            lambda values: key == "reason" and values["outcome"] in requests.OUTCOMES_NEEDING_REASONS
        )
        self._start(dialog)

    def ask_note(self) -> None:
        if self.view is None:
            return
        ref = self.view.reference
        seen = self.view.version  # the version shown: the edit is refused if it has changed since
        dialog = self._dialog(
            self.tr("Add a note"),
            self.tr("Notes are added to the timeline and never edited."),
            lambda session, v: requests.add_note(session, ref, v["text"], v["on"], expected_version=seen),
        )
        dialog.add_text("text", self.tr("Note"), ("text",), required=True)
        dialog.add_date("on", self.tr("On"), ("on",))
        self._start(dialog)

    def ask_correct(self) -> None:
        if self.view is None:
            return
        view = self.view
        dialog = self._dialog(
            self.tr("Correct the requester's details"),
            self.tr(
                "Each change is noted on the timeline. The type and the receipt date fix the time limit and "
                "are not corrected: close a wrongly logged request as withdrawn and log it again."
            ),
            lambda session, v: requests.correct(
                session,
                view.reference,
                subject=v["subject"],
                email=v["email"],
                contact=v["contact"],
                details=v["details"],
                expected_version=view.version,
            ),
        )
        for key, label, names, value, multiline in (
            ("subject", self.tr("Requester"), ("subject",), view.subject_name, False),
            ("email", self.tr("E-mail"), ("email",), view.subject_email, False),
            ("contact", self.tr("Other contact"), ("contact",), view.subject_contact, False),
            ("details", self.tr("What they ask"), ("details",), view.details, True),
        ):
            field = dialog.add_text(key, label, names, required=key == "subject", multiline=multiline)
            if multiline:
                field.widget.setPlainText(value)  # type: ignore[attr-defined]
            else:
                field.widget.setText(value)  # type: ignore[attr-defined]
        self._start(dialog)

    def _ask_letter(self, kind: str) -> None:
        if self.view is not None:
            self.letter_was_asked.emit(kind, self.view.language)

    def _ask_bundle(self) -> None:
        if self.view is not None:
            self.bundle_was_asked.emit(self.view.reference)

    def _ask_recipients(self) -> None:
        if self.view is not None:
            self.recipients_were_asked.emit(self.view.reference)

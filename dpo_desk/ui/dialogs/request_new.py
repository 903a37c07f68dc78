"""The new-request form: checks every field as it is typed and shows the due date the request will get.

Problems appear next to their field once it has been touched (or when Save is pressed), Save stays
disabled while anything is wrong, and nothing is stored until the core accepts the whole request.
A receipt date in the future is allowed (planning, migrations) but said plainly.

Given a `Draft` read from an e-mail (`services.email_intake`), the form opens filled with what was
read, says where it came from and what will be attached, and saving takes the message in (the
request with the message and its attachments); a type guessed from the words stays marked as
guessed unless the DPO confirms it here.

Signals:
    request_did_add(str): the new request's reference.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.timeparse import parse_date
from dpo_desk.errors import DpoDeskError, InvalidInput
from dpo_desk.rules.time_limits import RuleFacts
from dpo_desk.services import requests
from dpo_desk.ui.formatting import format_date
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.refusal_text import error_text, invalid_input_reason
from dpo_desk.ui.rule_text import limit_text
from dpo_desk.ui.widgets.palette import error_label


class NewRequestDialog(QDialog):
    request_did_add = Signal(str)

    def __init__(
        self, ops: Ops, labels: dict[str, dict[str, str]], parent: QWidget | None = None, draft: Any = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.draft = draft
        self.setWindowTitle(self.tr("New rights request") if draft is None else self.tr("New request from e-mail"))
        self.setMinimumWidth(560)
        self.touched: set[str] = set()
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._preview_token = 0

        self.widgets["type"] = self._combo(labels["types"])
        self.widgets["received"] = QLineEdit(self.ops.today().isoformat())
        self.widgets["received"].setPlaceholderText(self.tr("2026-03-05 or 5.3.2026"))
        self.widgets["subject"] = QLineEdit()
        self.widgets["subject"].setPlaceholderText(self.tr("The requester's name"))
        self.widgets["email"] = QLineEdit()
        self.widgets["email"].setPlaceholderText(self.tr("name@example.fi"))
        self.widgets["contact"] = QLineEdit()
        self.widgets["contact"].setPlaceholderText(self.tr("Address or phone, if given"))
        self.widgets["channel"] = self._combo(labels["channels"])
        self.widgets["role"] = self._combo(labels["roles"])
        self.widgets["controller"] = QLineEdit()
        self.widgets["controller"].setPlaceholderText(self.tr("The customer for whom we process the data"))
        self.widgets["forward_within"] = QLineEdit()
        self.widgets["forward_within"].setPlaceholderText(
            self.tr("Working days the processing agreement gives; empty: the setting")
        )
        self.widgets["language"] = self._combo(labels["languages"])
        self.widgets["details"] = QPlainTextEdit()
        self.widgets["details"].setFixedHeight(90)
        self.widgets["details"].setPlaceholderText(self.tr("What they ask, in their words"))

        shown = {
            "type": self.tr("Type"),
            "received": self.tr("Received on"),
            "subject": self.tr("Requester"),
            "email": self.tr("E-mail"),
            "contact": self.tr("Other contact"),
            "channel": self.tr("Channel"),
            "role": self.tr("We act as"),
            "controller": self.tr("Controller"),
            "forward_within": self.tr("Forward within"),
            "language": self.tr("Letters in"),
            "details": self.tr("What they ask"),
        }
        self.shown = shown
        form = QFormLayout()
        for key, widget in self.widgets.items():
            widget.setObjectName(f"new_{key}")
            self.errors[key] = error_label(hidden=True)
            self.errors[key].setObjectName(f"new_{key}_error")
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(self.errors[key])
            form.addRow(shown[key], holder)
            self._watch(key, widget)

        self.due_preview = QLabel()
        self.due_preview.setObjectName("new_due_preview")
        self.due_preview.setWordWrap(True)
        self.future_note = QLabel(self.tr("Note: this receipt date is in the future."))
        self.future_note.setStyleSheet("color: #8a5a00")
        self.future_note.setVisible(False)
        self.message = error_label(hidden=True)
        self.hint = QLabel()
        self.hint.setObjectName("new_hint")
        self.hint.setStyleSheet("color: #555555")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.source = QLabel()
        self.source.setObjectName("new_source")
        self.source.setWordWrap(True)
        self.type_confirmed = QCheckBox(self.tr("The type is right (it was guessed from the message's words)"))
        self.type_confirmed.setObjectName("new_type_confirmed")
        layout = QVBoxLayout(self)
        if draft is not None:
            self._fill_from(draft)
            layout.addWidget(self.source)
            layout.addWidget(self.type_confirmed)
        self.source.setVisible(draft is not None)
        self.type_confirmed.setVisible(draft is not None and draft.values["type"] != "unclassified")
        layout.addLayout(form)
        layout.addWidget(self.due_preview)
        layout.addWidget(self.future_note)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.check()

    def _fill_from(self, draft: Any) -> None:
        """The form as read from the message, with where it came from and what will be attached."""
        message = draft.message
        for key, value in draft.values.items():
            widget = self.widgets[key]
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                widget.setText(value.isoformat() if isinstance(value, dt.date) else str(value))  # type: ignore[attr-defined]
        self.widgets["details"].setFixedHeight(160)
        sender = f"{message.sender_name} <{message.sender_email}>" if message.sender_name else message.sender_email
        lines = [self.tr("Read from {0}: from {1}.").format(message.source_name, sender)]
        if draft.sent_local:
            lines.append(
                self.tr("Sent {0}; received on that day in the organisation's time zone.").format(draft.sent_local)
            )
        else:
            lines.append(self.tr("The message has no date: it is logged as received today."))
        if draft.values["type"] == "unclassified":
            lines.append(self.tr("No type could be told from its words: choose one, or keep it unclassified for now."))
        files = [message.source_name, *(f.filename for f in message.files)]
        lines.append(self.tr("Attached to the case, encrypted: {0}.").format(", ".join(files)))
        if draft.existing:
            lines.append(self.tr("This message was already taken in as {0}.").format(draft.existing))
        self.source.setText("\n".join(lines))
        self.widgets["type"].currentIndexChanged.connect(lambda _i: self.type_confirmed.setChecked(True))

    def _combo(self, choices: dict[str, str]) -> QComboBox:
        combo = QComboBox()
        for value, shown in choices.items():
            combo.addItem(shown, value)
        return combo

    def _watch(self, key: str, widget: QWidget) -> None:
        def changed(*_args: Any) -> None:
            self.touched.add(key)
            self.check()

        if isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(changed)
        else:
            widget.textChanged.connect(changed)  # type: ignore[attr-defined]

    @property
    def save_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, widget in self.widgets.items():
            if isinstance(widget, QComboBox):
                result[key] = widget.currentData()
            elif isinstance(widget, QPlainTextEdit):
                result[key] = widget.toPlainText()
            else:
                result[key] = widget.text()  # type: ignore[attr-defined]
        if result["role"] != "processor":  # only a processor forwards: a leftover term is not sent
            result["forward_within"] = ""
        return result

    # -- checking as typed ----------------------------------------------------------------------

    def check(self, show_all: bool = False) -> bool:
        values = self.values()
        self.widgets["controller"].setEnabled(values["role"] == "processor")
        self.widgets["forward_within"].setEnabled(values["role"] == "processor")
        problems = {key: invalid_input_reason(error) for key, error in requests.field_errors(**values).items()}
        for key, label in self.errors.items():
            text = problems.get(key, "") if (show_all or key in self.touched) else ""
            label.setText(text)
            label.setVisible(bool(text))
        self.save_button.setEnabled(not problems and not (self.draft is not None and self.draft.existing))
        waiting = [self.shown[key] for key in problems if key not in self.touched and not show_all]
        self.hint.setText(self.tr("Still needed: {0}").format(", ".join(waiting)) if waiting else "")
        self.message.setVisible(False)
        self._preview(values, "received" in problems)
        return not problems

    def _preview(self, values: dict[str, Any], bad_date: bool) -> None:
        if bad_date:
            self.due_preview.setText("")
            self.future_note.setVisible(False)
            return
        received = parse_date("received", values["received"])
        self.future_note.setVisible(received > self.ops.today())
        self._preview_token += 1
        token = self._preview_token

        def shown(facts: RuleFacts) -> None:
            if token == self._preview_token:  # an older preview arriving late is dropped
                self.due_preview.setText(self.tr("Due {0}: {1}").format(format_date(facts.due), limit_text(facts)))

        role, term = values["role"], values["forward_within"]
        self.ops.query(lambda session: requests.preview_rule(session, received, role, term), shown, lambda _error: None)

    # -- saving ---------------------------------------------------------------------------------

    def submit(self) -> None:
        if not self.check(show_all=True):
            return
        values = self.values()
        if values["role"] != "processor":
            values["controller"] = ""
        self.save_button.setEnabled(False)
        if self.draft is None:
            self.ops.change(lambda session: requests.add(session, **values), self._added, self._failed)
            return
        from dpo_desk.services import email_intake

        message, confirmed = self.draft.message, self.type_confirmed.isChecked()
        self.ops.change(
            lambda session: email_intake.take_in(session, message, changes=values, confirmed=confirmed),
            self._added,
            self._failed,
        )

    def _added(self, result: Any) -> None:
        self.request_did_add.emit(result if isinstance(result, str) else result.reference)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, InvalidInput):
            key = error.field  # the service's name of the field, as the form keys its error lines
            if key in self.errors:
                self.errors[key].setText(invalid_input_reason(error))
                self.errors[key].setVisible(True)
                return
        self.message.setText(error_text(error) if isinstance(error, DpoDeskError) else self.tr("Nothing was saved."))
        self.message.setVisible(True)

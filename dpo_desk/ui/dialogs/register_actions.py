"""Small forms for the register's actions: announce a change, record an objection, retire an entry.

Each validates through the core; an error names its field and appears beside it, and nothing is
stored. Dates are typed as 2026-03-05 (or 5.3.2026).

Signals (every dialog):
    action_did_finish(object): what the core returned (an announcement or an entry view).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
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

from dpo_desk.ui.dialogs.register_editor import show_refusal
from dpo_desk.ui.i18n import translate
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.widgets.field import field_error_label


class _ActionDialog(QDialog):
    action_did_finish = Signal(object)

    def __init__(self, ops: Ops, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(title)
        self.resize(520, 320)
        self.form = QFormLayout()
        self.errors: dict[str, QLabel] = {}
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(self.form)
        layout.addStretch(1)  # the room left goes below the form, not between its rows and the labels
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def showEvent(self, event: Any) -> None:
        self.explanation.setVisible(bool(self.explanation.text()))  # an empty one left a gap above the form
        super().showEvent(event)

    def add_field(self, field: str, label: str, widget: QWidget) -> QWidget:
        """A row of the form; `field` is the service's name of it, as its refusals name it."""
        error = field_error_label(label)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(error)
        self.form.addRow(label, holder)
        self.errors[field] = error
        return widget

    def work(self) -> Callable[[Any], Any]:
        raise NotImplementedError

    def submit(self) -> None:
        for label in self.errors.values():
            label.setVisible(False)
        self.buttons.setEnabled(False)
        self.ops.change(self.work(), self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        self.action_did_finish.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_refusal(error, self.errors, self.message, self.tr("Nothing was saved."))


def _date_edit(value: dt.date | None = None) -> QLineEdit:
    edit = QLineEdit(value.isoformat() if value else "")
    edit.setPlaceholderText("2026-03-05")
    return edit


class AnnounceDialog(_ActionDialog):
    """Announce a new or replacing subprocessor; the objection period follows from the settings."""

    def __init__(
        self, ops: Ops, reference: str, others: list[tuple[str, str]], today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, translate("RegisterActions", "Announce {0} to the customers").format(reference), parent)
        self.reference = reference
        self.explanation.setText(
            self.tr(
                "Customers are told before the change takes effect (Art. 28(2)); they may object until the end "
                "of the objection period, which becomes a deadline."
            )
        )
        self.on = self.add_field("announced_on", self.tr("Announced on"), _date_edit(today))
        self.effective = self.add_field("effective_on", self.tr("Takes effect on (optional)"), _date_edit())
        self.replaces = QComboBox()
        self.replaces.addItem(self.tr("— nothing: a new subprocessor"), "")
        for ref, name in others:
            if ref != reference:
                self.replaces.addItem(f"{ref} {name}", ref)
        self.add_field("replaces", self.tr("Replaces"), self.replaces)
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(80)
        self.note.setTabChangesFocus(True)
        self.add_field("message", self.tr("Note for the customers"), self.note)

    def work(self) -> Callable[[Any], Any]:
        from dpo_desk.services import register as service

        reference, on, effective = self.reference, self.on.text(), self.effective.text().strip() or None
        replaces, message = self.replaces.currentData() or None, self.note.toPlainText()
        return lambda session: service.announce(
            session, reference, announced_on=on, effective_on=effective, replaces=replaces, message=message
        )


class ObjectionDialog(_ActionDialog):
    """Record a customer's objection against an announcement."""

    def __init__(self, ops: Ops, announcement: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(ops, translate("RegisterActions", "Objection to {0}").format(announcement), parent)
        self.announcement = announcement
        self.customer = self.add_field("customer", self.tr("Customer"), QLineEdit())
        self.received = self.add_field("received_on", self.tr("Received on"), _date_edit(today))
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(90)
        self.reason.setTabChangesFocus(True)
        self.add_field("reason", self.tr("Reason given"), self.reason)

    def work(self) -> Callable[[Any], Any]:
        from dpo_desk.services import register as service

        announcement, customer = self.announcement, self.customer.text()
        received, reason = self.received.text(), self.reason.toPlainText()
        return lambda session: service.record_objection(
            session, announcement, customer=customer, received_on=received, reason=reason
        )


class RetireDialog(_ActionDialog):
    """Retire an entry on a date; it stays in the register's history and its reports."""

    def __init__(self, ops: Ops, reference: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(ops, translate("RegisterActions", "Retire {0}").format(reference), parent)
        self.reference = reference
        self.on = self.add_field("on", self.tr("Retired on"), _date_edit(today))
        self.reason = self.add_field("reason", self.tr("Why"), QLineEdit())

    def work(self) -> Callable[[Any], Any]:
        from dpo_desk.services import register as service

        reference, on, reason = self.reference, self.on.text(), self.reason.text()
        return lambda session: service.retire(session, reference, on, reason)

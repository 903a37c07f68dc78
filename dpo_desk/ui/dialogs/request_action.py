"""One small dialog for every action on a request: a date, perhaps a choice and a text, checked as typed.

The page builds it with the fields an action needs and the change to run; the dialog checks what
it can as the user types (a date that parses, a reason that is not empty), runs the change through
`Ops`, and shows a refusal next to the field it names (or at the bottom when it names none).
Nothing is stored from refused input: the core refuses before it writes.

Signals:
    action_did_finish(object): the change succeeded; carries the service's result (a RequestView).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
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

from dpo_desk.domain.timeparse import parse_date
from dpo_desk.errors import DpoDeskError, InvalidInput, StaleEdit
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.refusal_text import error_text, invalid_input_reason
from dpo_desk.ui.widgets.field import FieldWithError
from dpo_desk.ui.widgets.palette import error_label


class Field(FieldWithError):
    """One input of an action: what it is called in the core's messages (`names`) and how it reads."""

    def __init__(
        self, key: str, widget: QWidget, names: Sequence[str], required: bool = False, kind: str = "text"
    ) -> None:
        super().__init__(key, widget, names)
        self.required, self.kind = required, kind


class RequestActionDialog(QDialog):
    action_did_finish = Signal(object)
    edit_was_stale = Signal(object)  # StaleEdit: someone changed the request since it was shown

    def __init__(
        self,
        ops: Ops,
        title: str,
        explanation: str,
        run: Callable[[Any, dict[str, Any]], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self._run = run
        self.fields: dict[str, Field] = {}
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        intro = QLabel(explanation)
        intro.setWordWrap(True)
        self.form = QFormLayout()
        self.message = error_label(hidden=True)
        self.message.setObjectName("action_message")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # -- building -------------------------------------------------------------------------------

    def _add(self, field: Field, label: str) -> Field:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field.widget)
        column.addWidget(field.error)
        field.widget.setObjectName(f"action_{field.key}")
        self.form.addRow(label, holder)
        self.fields[field.key] = field
        return field

    def add_date(
        self, key: str, label: str, names: Sequence[str], default: dt.date | None = None, required: bool = True
    ) -> Field:
        edit = QLineEdit((default or self.ops.today()).isoformat() if required or default else "")
        edit.setPlaceholderText(self.tr("2026-03-05 or 5.3.2026"))
        edit.textChanged.connect(self.check)
        return self._add(Field(key, edit, names, required, "date"), label)

    def add_text(
        self, key: str, label: str, names: Sequence[str], required: bool = False, multiline: bool = True
    ) -> Field:
        edit: QWidget
        if multiline:
            edit = QPlainTextEdit()
            edit.setFixedHeight(90)
        else:
            edit = QLineEdit()
        edit.textChanged.connect(self.check)
        return self._add(Field(key, edit, names, required), label)

    def add_choice(self, key: str, label: str, names: Sequence[str], choices: Sequence[tuple[str, str]]) -> Field:
        combo = QComboBox()
        for value, shown in choices:
            combo.addItem(shown, value)
        combo.currentIndexChanged.connect(self.check)
        return self._add(Field(key, combo, names, kind="choice"), label)

    # -- checking as typed ----------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {key: field.value() for key, field in self.fields.items()}

    def required_text(self, key: str) -> Callable[[dict[str, Any]], bool]:
        """Hook for fields whose need depends on another (a refusal's reasons): replaced by the page."""
        return lambda values: self.fields[key].required

    def check(self) -> bool:
        ok = True
        values = self.values()
        for key, field in self.fields.items():
            problem = ""
            value = values[key]
            if field.kind == "date":
                text = (value or "").strip()
                if text or field.required:
                    try:
                        parse_date(field.names[0], text)
                    except InvalidInput as error:
                        problem = invalid_input_reason(error)
            elif isinstance(value, str) and not value.strip() and self.required_text(key)(values):
                problem = self.tr("This is needed.")
            field.show_error(problem)
            ok = ok and not problem
        self.message.setVisible(False)
        self.ok_button.setEnabled(ok)
        return ok

    # -- running --------------------------------------------------------------------------------

    def submit(self) -> None:
        if not self.check():
            return
        values = self.values()
        self.ok_button.setEnabled(False)
        self.ops.change(lambda session: self._run(session, values), self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.action_did_finish.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(error, InvalidInput):
            for field in self.fields.values():
                if field.refused(error):
                    english = f"{error.value!r} {error.reason}" if error.value is not None else error.reason
                    field.show_error(invalid_input_reason(error, english))
                    return
        text = (
            error_text(error)
            if isinstance(error, DpoDeskError)
            else self.tr("Something went wrong; nothing was changed.")
        )
        self.message.setText(text)
        self.message.setVisible(True)
        if isinstance(error, StaleEdit):
            self.edit_was_stale.emit(error)

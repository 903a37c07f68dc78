"""An input and the line under it where the core's refusal of it is shown."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from dpo_desk.errors import InvalidInput
from dpo_desk.ui.refusal_text import invalid_input_text
from dpo_desk.ui.widgets.palette import error_label

# The property of an error line that holds the label of its field, as the window shows it.
FIELD_LABEL = "field_label"


def field_error_label(field_label: str) -> QLabel:
    """The hidden line under a field where the core's refusal of it is shown; it knows the field's label."""
    error = error_label(hidden=True)
    error.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote user text
    error.setProperty(FIELD_LABEL, field_label)
    return error


def worded_for_window(error: InvalidInput, line: QLabel) -> str:
    """The refusal named by the window's label of its field (kept on its error `line`), not the core's name."""
    label = line.property(FIELD_LABEL)
    return invalid_input_text(error, str(label) if label else None)


class FieldWithError:
    """`widget` with its error label; `names` are what the core calls the field in an InvalidInput.

    The core names a field as its service does ("received", "told_on"), never as the command line
    spells its option, so a refusal is matched to its field by that name alone.
    """

    def __init__(self, key: str, widget: QWidget, names: Sequence[str], label: str = "") -> None:
        self.key, self.widget, self.names = key, widget, tuple(names)
        self.error = field_error_label(label)
        self.error.setObjectName(f"error_{key}")

    def value(self) -> Any:
        w = self.widget
        if isinstance(w, QLineEdit):
            return w.text()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QComboBox):
            return w.currentData()
        return None

    def refused(self, error: InvalidInput) -> bool:
        """Whether the core's refusal names this field."""
        return error.field in self.names

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

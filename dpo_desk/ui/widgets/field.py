"""An input and the line under it where the core's refusal of it is shown."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from dpo_desk.errors import InvalidInput
from dpo_desk.ui.widgets.palette import error_label


class FieldWithError:
    """`widget` with its error label; `names` are what the core calls the field in an InvalidInput."""

    def __init__(self, key: str, widget: QWidget, names: Sequence[str]) -> None:
        self.key, self.widget, self.names = key, widget, tuple(names)
        self.error = error_label(hidden=True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote user text
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

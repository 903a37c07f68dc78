"""Form building blocks of the breach window: fields with their error shown right below, values out.

A field is named by the service's field name, as errors from the core (InvalidInput) name it, so
`show_error` finds the field an error is about.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.timeparse import zone
from dpo_desk.errors import InvalidInput
from dpo_desk.services.breaches import NATURES
from dpo_desk.ui.i18n import translate
from dpo_desk.ui.refusal_text import invalid_input_reason
from dpo_desk.ui.widgets.field import FieldWithError

TIME_HINT = "YYYY-MM-DD HH:MM"


def local_text(moment: dt.datetime | None, tz_name: str) -> str:
    """A stored UTC moment as the wall time people type, in the organisation's zone."""
    if moment is None:
        return ""
    return moment.astimezone(zone(tz_name)).strftime("%Y-%m-%d %H:%M")


class Field(FieldWithError):
    """One editable value: its widget, its error label, and how to read and fill it."""

    def __init__(self, name: str, kind: str, widget: QWidget) -> None:
        super().__init__(name, widget, (name,))
        self.name, self.kind = name, kind

    def value(self) -> Any:
        w = self.widget
        if isinstance(w, QCheckBox) and self.kind == "inverted":
            return not w.isChecked()
        if isinstance(w, NatureBoxes):
            return w.value()
        return super().value()

    def fill(self, value: Any, tz_name: str) -> None:
        w = self.widget
        if isinstance(w, QLineEdit):
            if isinstance(value, dt.datetime) or (value is None and self.kind == "time"):
                w.setText(local_text(value, tz_name))
            elif isinstance(value, list | tuple):
                w.setText(", ".join(value))
            else:
                w.setText("" if value is None else str(value))
            w.setCursorPosition(0)
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(value or "")
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value) if self.kind != "inverted" else not value)
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(max(0, w.findData(value)))
        elif isinstance(w, NatureBoxes):
            w.set_value(value or ())


class NatureBoxes(QWidget):
    """Confidentiality, integrity, availability: any combination."""

    def __init__(self, titles: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes = {n: QCheckBox(titles[n]) for n in NATURES}
        for box in self.boxes.values():
            layout.addWidget(box)
        layout.addStretch(1)

    def value(self) -> list[str]:
        return [n for n, box in self.boxes.items() if box.isChecked()]

    def set_value(self, natures: Sequence[str]) -> None:
        for n, box in self.boxes.items():
            box.setChecked(n in natures)


class FieldForm(QWidget):
    """A form of fields laid out label: widget, each with its error label below the widget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, Field] = {}
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: fits a narrow pane
        self.layout_.setVerticalSpacing(4)

    def heading(self, text: str) -> None:
        label = QLabel(f"<b>{text}</b>")
        label.setContentsMargins(0, 8, 0, 0)
        self.layout_.addRow(label)

    def add(self, name: str, label: str, kind: str, choices: Sequence[tuple[str, Any]] = (), **options: Any) -> Field:
        if kind in ("line", "time", "count"):
            widget: QWidget = QLineEdit()
            if kind == "time":
                widget.setPlaceholderText(translate("FieldForm", "YYYY-MM-DD HH:MM"))
        elif kind == "text":
            widget = QPlainTextEdit()
            widget.setTabChangesFocus(True)
            widget.setMinimumHeight(options.get("height", 64))
            widget.setMaximumHeight(options.get("height", 64) * 2)
        elif kind in ("check", "inverted"):
            widget = QCheckBox(options.get("text", ""))
        elif kind == "combo":
            widget = QComboBox()
            for title, data in choices:
                widget.addItem(title, data)
        elif kind == "nature":
            widget = NatureBoxes(options["titles"])
        else:
            raise ValueError(kind)
        widget.setObjectName(f"field_{name}")
        field = Field(name, kind, widget)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(field.error)
        self.layout_.addRow(label, holder)
        self.fields[name] = field
        return field

    def values(self) -> dict[str, Any]:
        return {name: f.value() for name, f in self.fields.items()}

    def fill(self, source: Any, tz_name: str) -> None:
        for name, f in self.fields.items():
            if hasattr(source, name):
                f.fill(getattr(source, name), tz_name)
        self.clear_errors()

    def clear_errors(self) -> None:
        for f in self.fields.values():
            f.show_error("")

    def show_error(self, error: BaseException) -> bool:
        """Shows an InvalidInput beside its field; False when no field of this form is named."""
        self.clear_errors()
        if not isinstance(error, InvalidInput):
            return False
        for f in self.fields.values():
            if f.refused(error):
                reason = invalid_input_reason(error) or str(error)  # the field is right above: its reason says enough
                f.show_error(reason[:1].upper() + reason[1:])
                f.widget.setFocus()
                return True
        return False

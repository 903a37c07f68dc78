"""Keyboard manners every widget of the window follows, set once as each widget is first shown.

- Tab leaves a table or a multi-line text field for the next field, as everywhere else; Ctrl+Tab
  types a tab into a text field instead.
- Charts and plain scroll areas take no Tab stop: there is nothing to do there with keys.
"""

from __future__ import annotations

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QScrollArea, QTextEdit


def mind_manners(widget: QObject) -> None:
    """Set the manners above on one widget (called on its Polish event)."""
    if isinstance(widget, QAbstractItemView):
        widget.setTabKeyNavigation(False)
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        widget.setTabChangesFocus(True)
    elif isinstance(widget, QChartView | QScrollArea):
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def types_a_tab(watched: QObject, event: QEvent) -> bool:
    """Ctrl+Tab in an editable multi-line field types a tab there; True when it did."""
    if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QTextEdit | QPlainTextEdit):
        return False
    key_event: QKeyEvent = event  # type: ignore[assignment]
    if key_event.key() != Qt.Key.Key_Tab or key_event.modifiers() != Qt.KeyboardModifier.ControlModifier:
        return False
    if watched.isReadOnly():
        return False
    watched.insertPlainText("\t")
    return True

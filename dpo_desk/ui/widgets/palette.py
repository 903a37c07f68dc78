"""The window's few meaningful colours, in one place: what each means, not where it is used."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

ERROR = "#b00020"  # refused input, failed checks, overdue: dark enough on white for WCAG AA
SUCCESS = "#1b5e20"
NOTICE = "#8a5300"  # worth knowing, not wrong

ERROR_STYLE = f"color: {ERROR}"
SUCCESS_STYLE = f"color: {SUCCESS}"


def error_label(text: str = "", *, hidden: bool = False) -> QLabel:
    """A label for a problem, in the error colour, wrapping; hidden until there is something to say if asked."""
    label = QLabel(text)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(not hidden)
    return label

"""Logging a new breach: the few facts needed to start the 72-hour clock; the rest is filled in the detail view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from dpo_desk.ui.dialogs.breach_forms import FieldForm, local_text
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.refusal_text import error_text
from dpo_desk.ui.widgets.palette import ERROR_STYLE


class NewBreachDialog(QDialog):
    """Signals: none; after `accept()`, `reference` holds the new breach's reference."""

    def __init__(
        self,
        ops: Ops,
        tz_name: str,
        cause_titles: dict[str, str],
        nature_titles: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.reference = ""
        self.setWindowTitle(self.tr("Log a breach"))
        self.setMinimumWidth(560)
        self.form = FieldForm()
        self.form.add("title", self.tr("Title"), "line")
        aware = self.form.add("aware_at", self.tr("Became aware"), "time")
        aware.widget.setText(local_text(ops.clock.now(), tz_name))
        aware.widget.setToolTip(self.tr("The 72 hours run from this moment (time in {0})").format(tz_name))
        self.form.add("nature", self.tr("Nature"), "nature", titles=nature_titles)
        cause = self.form.add("cause", self.tr("Cause"), "combo", list((t, k) for k, t in cause_titles.items()))
        cause.fill("other", tz_name)
        self.form.add("description", self.tr("What happened"), "text")
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote user text
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log breach"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Log what is known now; everything can be completed later.")))
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def submit(self) -> None:
        from dpo_desk.services import breaches

        values = self.form.values()
        self.message.clear()
        self.ops.change(lambda session: breaches.add(session, **values), self._done, self._failed)

    def _done(self, view: Any) -> None:
        self.reference = view.reference
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not self.form.show_error(error):
            self.message.setText(error_text(error))

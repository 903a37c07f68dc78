"""A new passphrase typed twice, with a strength hint: the form rows the create and rekey dialogs share."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from dpo_desk.domain.passphrase import MIN_PASSPHRASE_LENGTH, PassphraseProblem, passphrase_problem
from dpo_desk.ui.widgets.passphrase_strength import PassphraseStrength, reveal_toggle


class NewPassphraseFields(QObject):
    """Signals: changed() whenever either edit's text changes."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None, object_prefix: str = "new_passphrase") -> None:
        super().__init__(parent)
        self.first = QLineEdit()
        self.second = QLineEdit()
        for name, edit in (("first", self.first), ("second", self.second)):
            edit.setObjectName(f"{object_prefix}_{name}")
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._on_edit)
            reveal_toggle(edit)
        self.strength = PassphraseStrength(self.first)
        self.hint = self.strength.words
        self._on_edit()

    def add_rows(self, form: QFormLayout, first_label: str, second_label: str) -> None:
        form.addRow(first_label, self.first)
        form.addRow(second_label, self.second)
        form.addRow(self.tr("Strength:"), self.strength)

    def problem(self) -> str:
        """What keeps the two edits from giving a new passphrase, in words for the user; empty when none."""
        found = passphrase_problem(self.first.text())
        if found is PassphraseProblem.TOO_SHORT:
            return self.tr("Use at least {0} characters.").format(MIN_PASSPHRASE_LENGTH)
        if found is PassphraseProblem.CONTAINS_NUL:
            return self.tr("A passphrase cannot contain a NUL character.")
        if not self.second.text():
            return self.tr("Type the passphrase again to confirm it.")
        if self.first.text() != self.second.text():
            return self.tr("The two passphrases differ.")
        return ""

    @property
    def passphrase(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _on_edit(self) -> None:
        self.changed.emit()


def lay_out_passphrase_dialog(
    dialog: QDialog, explanation: str, form: QFormLayout, problem: QLabel, ok_text: str
) -> QDialogButtonBox:
    """The explanation above the form, the problem under it, then OK (called `ok_text`) and Cancel."""
    explain = QLabel(explanation)
    explain.setWordWrap(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(explain)
    layout.addLayout(form)
    layout.addWidget(problem)
    layout.addWidget(buttons)
    return buttons

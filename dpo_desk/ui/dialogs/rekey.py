"""Changing the passphrase from the window: the current one, the new one twice, a strength hint.

The current passphrase is asked again (a passer-by at an unlocked desk cannot change it) and kept
only until the change is done: if the change fails after the store was closed, the window reopens
the store with it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from dpo_desk.cli.context import MIN_PASSPHRASE_LENGTH
from dpo_desk.ui.core_texts import core_text
from dpo_desk.ui.dialogs.passphrase import strength_hint


class RekeyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.current = QLineEdit()
        self.first = QLineEdit()
        self.second = QLineEdit()
        for name, edit in (("current", self.current), ("first", self.first), ("second", self.second)):
            edit.setObjectName(f"rekey_{name}")
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._check)
        self.hint = QLabel()
        self.problem = QLabel()
        self.problem.setObjectName("rekey_problem")
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase:"), self.current)
        form.addRow(self.tr("New passphrase:"), self.first)
        form.addRow(self.tr("New passphrase again:"), self.second)
        form.addRow(self.tr("Strength:"), self.hint)
        explain = QLabel(
            self.tr(
                "The store is copied under the new passphrase, the copy is checked, and only then does it "
                "replace the store: if anything goes wrong, the current passphrase keeps working. Backups "
                "made before keep the passphrase they were made with."
            )
        )
        explain.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        _, word = strength_hint(self.first.text())
        self.hint.setText(core_text(word))
        problem = ""
        if not self.current.text():
            problem = self.tr("Enter the current passphrase.")
        elif len(self.first.text()) < MIN_PASSPHRASE_LENGTH:
            problem = self.tr("Use at least {0} characters.").format(MIN_PASSPHRASE_LENGTH)
        elif self.first.text() != self.second.text():
            problem = self.tr("The two new passphrases differ.")
        elif self.first.text() == self.current.text():
            problem = self.tr("The new passphrase is the current one.")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)

    @property
    def current_passphrase(self) -> str:
        return self.current.text()

    @property
    def new_passphrase(self) -> str:
        return self.first.text()

    def forget(self) -> None:
        for edit in (self.current, self.first, self.second):
            edit.clear()

"""Changing the passphrase from the window: the current one, the new one twice, a strength hint.

The current passphrase is asked again (a passer-by at an unlocked desk cannot change it) and kept
only until the change is done: if the change fails after the store was closed, the window reopens
the store with it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from dpo_desk.ui.widgets.palette import error_label
from dpo_desk.ui.widgets.passphrase_form import NewPassphraseFields, lay_out_passphrase_dialog
from dpo_desk.ui.widgets.passphrase_strength import reveal_toggle


class RekeyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.current = QLineEdit()
        self.current.setObjectName("rekey_current")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.textChanged.connect(self._check)
        self.new_fields = NewPassphraseFields(self, object_prefix="rekey")
        self.first, self.second = self.new_fields.first, self.new_fields.second
        self.new_fields.changed.connect(self._check)
        self.problem = error_label()
        reveal_toggle(self.current)
        self.problem.setObjectName("rekey_problem")
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase:"), self.current)
        self.new_fields.add_rows(form, self.tr("New passphrase:"), self.tr("New passphrase again:"))
        self.buttons = lay_out_passphrase_dialog(
            self,
            self.tr(
                "The store is copied under the new passphrase, the copy is checked, and only then does it "
                "replace the store: if anything goes wrong, the current passphrase keeps working. Backups "
                "made before keep the passphrase they were made with."
            ),
            form,
            self.problem,
            self.tr("Change"),
        )
        self._check()

    def _check(self) -> None:
        problem = self.tr("Enter the current passphrase.") if not self.current.text() else self.new_fields.problem()
        if not problem and self.first.text() == self.current.text():
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
        self.current.clear()
        self.new_fields.clear()

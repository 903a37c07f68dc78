"""Creating a store (passphrase twice, a strength hint, where the file goes) and unlocking one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.cli.context import MIN_PASSPHRASE_LENGTH
from dpo_desk.ui.core_texts import core_text


def strength_hint(passphrase: str) -> tuple[int, str]:
    """A rough score 0-4 and a word for it: length and variety, as a hint only, never a rule."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return 0, "too short"
    kinds = sum(
        any(test(c) for c in passphrase) for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    words = len(passphrase.split())
    score = 1 + (len(passphrase) >= 14) + (len(passphrase) >= 20 or words >= 4) + (kinds >= 3)
    return min(score, 4), ("weak", "fair", "good", "strong", "strong")[min(score, 4)]


class CreateStoreDialog(QDialog):
    """Asks where the new store goes and its passphrase, twice."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a new DPO Desk store"))
        self.setMinimumWidth(560)  # the whole path of the store stays readable
        self.path_edit = QLineEdit(str(path))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit)
        where.addWidget(browse)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("Store file:"), where)
        form.addRow(self.tr("Passphrase:"), self.first)
        form.addRow(self.tr("Passphrase again:"), self.second)
        form.addRow(self.tr("Strength:"), self.hint)
        explain = QLabel(
            self.tr(
                "Everything in the store is encrypted with this passphrase. It cannot be recovered: "
                "keep it in your password manager. Several words make a strong one."
            )
        )
        explain.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for edit in (self.first, self.second, self.path_edit):
            edit.textChanged.connect(self._check)
        self._check()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Where should the store go?"), self.path_edit.text(), self.tr("DPO Desk store (*.dpodesk)")
        )
        if chosen:
            self.path_edit.setText(chosen)

    def _check(self) -> None:
        _, word = strength_hint(self.first.text())
        self.hint.setText(core_text(word))
        problem = ""
        if len(self.first.text()) < MIN_PASSPHRASE_LENGTH:
            problem = self.tr("Use at least {0} characters.").format(MIN_PASSPHRASE_LENGTH)
        elif not self.second.text():
            problem = self.tr("Type the passphrase again to confirm it.")
        elif self.first.text() != self.second.text():
            problem = self.tr("The two passphrases differ.")
        elif Path(self.path_edit.text()).exists():
            problem = self.tr("A file already exists there; choose another name.")
        elif not self.path_edit.text().strip():
            problem = self.tr("Choose where the store goes.")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    @property
    def path(self) -> Path:
        return Path(self.path_edit.text()).expanduser()

    @property
    def passphrase(self) -> str:
        return self.first.text()


class UnlockDialog(QDialog):
    """Asks for the passphrase of an existing store; shows why the last try failed."""

    def __init__(self, path: Path, parent: QWidget | None = None, hint: str = "", error: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock DPO Desk"))
        self.setMinimumWidth(460)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(error)
        self.error.setStyleSheet("color: #b00020")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Passphrase for {0}:").format(path)))
        layout.addWidget(self.edit)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setWordWrap(True)
            layout.addWidget(hint_label)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def passphrase(self) -> str:
        return self.edit.text()

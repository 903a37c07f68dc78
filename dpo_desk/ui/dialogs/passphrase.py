"""Creating a store (passphrase twice, a strength hint, where the file goes) and unlocking one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
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

from dpo_desk.ui.icons import app_icon
from dpo_desk.ui.widgets.palette import error_label
from dpo_desk.ui.widgets.passphrase_form import NewPassphraseFields, lay_out_passphrase_dialog
from dpo_desk.ui.widgets.passphrase_strength import reveal_toggle


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
        self.new_fields = NewPassphraseFields(self)
        self.first, self.second = self.new_fields.first, self.new_fields.second
        self.problem = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Store file:"), where)
        self.new_fields.add_rows(form, self.tr("Passphrase:"), self.tr("Passphrase again:"))
        self.buttons = lay_out_passphrase_dialog(
            self,
            self.tr(
                "Everything in the store is encrypted with this passphrase. It cannot be recovered: "
                "keep it in your password manager. Several words make a strong one."
            ),
            form,
            self.problem,
            self.tr("Create"),
        )
        self.new_fields.changed.connect(self._check)
        self.path_edit.textChanged.connect(self._check)
        self._check()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Where should the store go?"), self.path_edit.text(), self.tr("DPO Desk store (*.dpodesk)")
        )
        if chosen:
            self.path_edit.setText(chosen)

    def _check(self) -> None:
        problem = self.new_fields.problem()
        if not problem and Path(self.path_edit.text()).exists():
            problem = self.tr("A file already exists there; choose another name.")
        elif not problem and not self.path_edit.text().strip():
            problem = self.tr("Choose where the store goes.")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    @property
    def path(self) -> Path:
        return Path(self.path_edit.text()).expanduser()

    @property
    def passphrase(self) -> str:
        return self.new_fields.passphrase


def refusal_text(error: BaseException) -> str:
    """Why the store did not open, in the window's language where the core's English has a translation."""
    from dpo_desk.ui.refusal_text import error_text

    return error_text(error)  # a refused input (an empty passphrase) by its code, a store's error by its class


class UnlockDialog(QDialog):
    """Asks for the passphrase of an existing store; shows why the last try failed."""

    def __init__(self, path: Path, parent: QWidget | None = None, hint: str = "", error: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock DPO Desk"))
        self.setMinimumWidth(460)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        reveal_toggle(self.edit)
        self.error = error_label(error)
        layout = QVBoxLayout(self)
        brand = QLabel()
        brand.setPixmap(app_icon().pixmap(48, 48))
        layout.addWidget(brand, 0, Qt.AlignmentFlag.AlignHCenter)
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

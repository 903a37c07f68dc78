"""Backing up from the window, and restoring a backup after checking it.

A backup runs as a job while the window stays usable (VACUUM INTO is one read transaction). A
restore is checked first (it opens with its passphrase, passes both integrity checks, its schema is
not newer than this program) and shown to the user; only on confirmation does the window hand its
store over to be replaced, then reopens it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.ui.i18n import translate
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.refusal_text import error_text
from dpo_desk.ui.widgets.palette import ERROR_STYLE, SUCCESS_STYLE


def back_up(ops: Ops, parent: QWidget, target: str | None = None, on_done: Any = None) -> None:
    """Asks where (unless given) and writes a consistent encrypted copy under the same passphrase."""
    if target is None:
        suggested = f"{Path(ops.store.path).stem}-backup-{ops.today().isoformat()}.dpodesk"
        target, _ = QFileDialog.getSaveFileName(
            parent,
            translate("Backup", "Back up the store"),
            suggested,
            translate("Backup", "DPO Desk store (*.dpodesk)"),
        )
    if not target:
        return

    def work(store: Any, _progress: Any) -> Path:
        from dpo_desk.services.store_lifecycle import back_up

        # The save dialog asked before replacing a file; the copy is checked under the store's own key.
        return back_up(store, target, force=True)

    def done(made: Path) -> None:
        if on_done is not None:
            on_done(made)
        else:
            QMessageBox.information(
                parent,
                translate("Backup", "Backup"),
                translate("Backup", "Backup written: {0}\nIt opens with the same passphrase as this store.").format(
                    made
                ),
            )

    ops.job(work, done, lambda error: QMessageBox.warning(parent, translate("Backup", "Backup"), error_text(error)))


class RestoreDialog(QDialog):
    """Picks a backup and its passphrase, checks it, and says what a restore would do."""

    def __init__(self, store_path: Path, parent: QWidget | None = None, backup: str = "") -> None:
        super().__init__(parent)
        self.store_path = Path(store_path)
        self.checked: Any = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.file_edit = QLineEdit(backup)
        self.file_edit.setObjectName("restore_file")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.file_edit, 1)
        where.addWidget(browse)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("restore_passphrase")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.check_button = QPushButton(self.tr("Check the backup"))
        self.check_button.clicked.connect(self.check)
        self.result = QLabel()
        self.result.setObjectName("restore_result")
        self.result.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Backup file:"), where)
        form.addRow(self.tr("Its passphrase:"), self.passphrase_edit)
        explain = QLabel(
            self.tr(
                "The backup is checked before anything is replaced: it must open with its passphrase, pass "
                "SQLite's and SQLCipher's integrity checks, and come from this version of DPO Desk or an "
                "earlier one. The store's present content is kept in a copy beside it."
            )
        )
        explain.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.check_button)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        self.file_edit.textChanged.connect(self._forget_check)
        self.passphrase_edit.textChanged.connect(self._forget_check)
        self.resize(620, 300)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), str(self.store_path.parent), self.tr("DPO Desk store (*.dpodesk *.bak)")
        )
        if chosen:
            self.file_edit.setText(chosen)

    def _forget_check(self) -> None:
        self.checked = None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def check(self) -> bool:
        """Opens the backup (key derivation takes a moment) and shows what was found."""
        from dpo_desk.errors import DpoDeskError
        from dpo_desk.services.store_lifecycle import check_backup

        self._forget_check()
        try:
            self.checked = check_backup(self.backup_path, self.passphrase)
        except DpoDeskError as error:
            self.result.setStyleSheet(ERROR_STYLE)
            self.result.setText(error_text(error))
            return False
        self.result.setStyleSheet(SUCCESS_STYLE)
        self.result.setText(
            self.tr("Sound: schema {0}, {1} audit entries, {2} KB. Restore replaces the open store with it.").format(
                self.checked.revision, self.checked.audit_entries, self.checked.size // 1024
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        return True

    @property
    def backup_path(self) -> Path:
        return Path(self.file_edit.text().strip()).expanduser()

    @property
    def passphrase(self) -> str:
        return self.passphrase_edit.text()

"""The main window: navigation, pages, menus, status bar, and the idle lock.

The window receives its store through `Ops` and never opens sessions itself. Locking closes the
store (every connection and the key with it), drops the pages and their models, closes every dialog
and removes every temporary attachment copy, and asks for the passphrase again. Backup, restore and
the change of passphrase also live here: the last two hand the store over to be replaced and take
back the reopened one (or show the lock screen if it could not be reopened).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.errors import DpoDeskError
from dpo_desk.ui.dialogs import backup as backup_dialogs
from dpo_desk.ui.dialogs import exchange as exchange_dialogs
from dpo_desk.ui.dialogs.request_intake import ask_message_paths
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.pages import PAGES, page_class
from dpo_desk.ui.pages.base import Page
from dpo_desk.ui.widgets.attachments import remove_all_copies
from dpo_desk.ui.widgets.palette import ERROR_STYLE

StoreOpener = Callable[[Path, str], Any]
_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class MainWindow(QMainWindow):
    """Signals: none of its own; it listens to `Ops.store_did_change` and refreshes the pages concerned."""

    def __init__(
        self,
        ops: Ops,
        open_store: StoreOpener,
        *,
        lock_minutes: int = 10,
        banner: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self._open_store = open_store
        self._banner_text = banner
        self.pages: dict[str, Page] = {}
        self.locked = False
        self.last_problem = ""
        self.setWindowTitle(self.tr("DPO Desk"))
        self.resize(1280, 800)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet("QListWidget { font-size: 14px; } QListWidget::item { padding: 8px 10px; }")
        self.stack = QStackedWidget()
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff4ce; color: #4a3b00; padding: 6px 10px;")
        self.banner.setVisible(False)
        body = QWidget()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.banner)
        right.addWidget(self.stack, 1)
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addLayout(right, 1)
        self.work_area = body
        self.lock_screen = self._build_lock_screen()
        self.central = QStackedWidget()
        self.central.addWidget(self.work_area)
        self.central.addWidget(self.lock_screen)
        self.setCentralWidget(self.central)

        self.store_label = QLabel()
        self.busy_label = QLabel()
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.store_label)
        self.ask_message_paths = ask_message_paths(self)  # a file dialog; tests put their own chooser here
        self._build_menus()

        self.nav.currentRowChanged.connect(self._on_nav)
        ops.store_did_change.connect(self._on_store_change)
        ops.busy_did_change.connect(lambda busy: self.busy_label.setText(self.tr("Working…") if busy else ""))
        ops.error_did_happen.connect(self.show_error)

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(max(1, lock_minutes) * 60_000)
        self.idle_timer.timeout.connect(self.lock)
        QApplication.instance().installEventFilter(self)
        self._build_pages()
        self._show_store()
        from dpo_desk.ui.reminders import Reminders

        self.reminders = Reminders(ops, self.show_reminder, parent=self)
        self.reminders.start()

    # -- building -------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        export_action = QAction(self.tr("&Export whole store…"), self)
        export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        export_action.triggered.connect(lambda: exchange_dialogs.export_store(self.ops, self))
        file_menu.addAction(export_action)
        import_action = QAction(self.tr("&Import…"), self)
        import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        import_action.triggered.connect(lambda: exchange_dialogs.import_store(self.ops, self))
        file_menu.addAction(import_action)
        intake_action = QAction(self.tr("New request from &e-mail…"), self)
        intake_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        intake_action.triggered.connect(self.new_request_from_email)
        file_menu.addAction(intake_action)
        file_menu.addSeparator()
        backup_action = QAction(self.tr("&Back up now…"), self)
        backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        backup_action.triggered.connect(lambda: backup_dialogs.back_up(self.ops, self))
        file_menu.addAction(backup_action)
        restore_action = QAction(self.tr("&Restore from a backup…"), self)
        restore_action.triggered.connect(self._restore_from_dialog)
        file_menu.addAction(restore_action)
        rekey_action = QAction(self.tr("Change &passphrase…"), self)
        rekey_action.triggered.connect(self._rekey_from_dialog)
        file_menu.addAction(rekey_action)
        file_menu.addSeparator()
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.file_menu = file_menu
        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))
        tools = self.menuBar().addMenu(self.tr("&Tools"))
        trail_action = QAction(self.tr("&Audit trail…"), self)
        trail_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        trail_action.triggered.connect(lambda: self.open_audit_trail())
        tools.addAction(trail_action)
        attachments_action = QAction(self.tr("A&ttachments of a case…"), self)
        attachments_action.triggered.connect(self._attachments_from_dialog)
        tools.addAction(attachments_action)
        retention_action = QAction(self.tr("&Retention…"), self)
        retention_action.triggered.connect(lambda: self.open_retention())
        tools.addAction(retention_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About DPO Desk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_pages(self) -> None:
        self.go_menu.clear()
        for index, (key, _, _) in enumerate(PAGES):
            page = page_class(key)(self.ops, self)
            page.setObjectName(f"page_{key}")
            self.pages[key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(page.title())
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            action = QAction(page.title(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
            self.go_menu.addAction(action)
        self.nav.setCurrentRow(0)

    def _drop_pages(self) -> None:
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()

    def _build_lock_screen(self) -> QWidget:
        screen = QWidget()
        screen.setObjectName("lock_screen")
        self.unlock_edit = QLineEdit()
        self.unlock_edit.setObjectName("unlock_passphrase")
        self.unlock_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.unlock_edit.setMaximumWidth(360)
        self.unlock_edit.returnPressed.connect(self._unlock_from_screen)
        self.unlock_error = QLabel()
        self.unlock_error.setStyleSheet(ERROR_STYLE)
        button = QPushButton(self.tr("Unlock"))
        button.clicked.connect(self._unlock_from_screen)
        layout = QVBoxLayout(screen)
        layout.addStretch(1)
        for widget in (
            QLabel(self.tr("<h2>DPO Desk is locked</h2>")),
            QLabel(self.tr("Enter the passphrase to go on.")),
            self.unlock_edit,
            self.unlock_error,
            button,
        ):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return screen

    # -- navigation -----------------------------------------------------------------------------

    def new_request_from_email(self) -> None:
        """File → New request from e-mail: the chosen messages open on the Requests page, prefilled."""
        page = self.pages.get("requests")
        paths = self.ask_message_paths() if page is not None else []
        if paths and hasattr(page, "take_in_messages"):
            self.show_page("requests")
            page.take_in_messages(paths)

    def show_page(self, key: str) -> None:
        keys = list(self.pages)
        if key in keys:
            self.nav.setCurrentRow(keys.index(key))

    def current_page(self) -> Page:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def open_case(self, reference: str) -> None:
        for key, page in self.pages.items():
            if page.open_reference(reference):
                self.show_page(key)
                return
        self.notify(self.tr("No page shows {0}.").format(reference))

    def notify(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        page = self.pages[key]
        self.stack.setCurrentWidget(page)
        page.refresh()

    def _on_store_change(self, touched: set[str]) -> None:
        for page in self.pages.values():
            if page.concerns & touched and page.isVisible():
                page.refresh()
        if "setting" in touched:
            from dpo_desk.services import settings as settings_service

            self.ops.query(lambda session: settings_service.get(session, "lock.idle_minutes"), self.set_lock_minutes)

    # -- status ---------------------------------------------------------------------------------

    def _show_store(self) -> None:
        path = self.ops.store.path
        self.store_label.setText(self.tr("Store: {0}").format(path))
        self.setWindowTitle(self.tr("DPO Desk — {0}").format(Path(path).name))
        self.banner.setText(self._banner_text)
        self.banner.setVisible(bool(self._banner_text))

    def show_reminder(self, text: str) -> None:
        """A reminder in the banner (where there is no system tray), above any standing banner text."""
        self.banner.setText("\n".join(t for t in (text, self._banner_text) if t))
        self.banner.setVisible(True)

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("DPO Desk"), message)

    def _about(self) -> None:
        from dpo_desk import __version__

        QMessageBox.about(
            self,
            self.tr("About DPO Desk"),
            self.tr("DPO Desk {0}\nA Data Protection Officer's casebook, offline, in one encrypted file.").format(
                __version__
            ),
        )

    # -- locking --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and not self.locked:
            self.idle_timer.start()
        return False

    def set_lock_minutes(self, minutes: int) -> None:
        self.idle_timer.setInterval(max(1, minutes) * 60_000)
        self.idle_timer.start()

    def lock(self) -> None:
        """Hide everything, close the store (and its key), and wait for the passphrase."""
        if self.locked:
            return
        self.ops.wait_idle()
        self._close_dialogs()
        self._drop_pages()
        self.ops.store.close()
        self._show_lock_screen()

    def _close_dialogs(self) -> None:
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
            dialog.deleteLater()
        remove_all_copies()

    def _show_lock_screen(self, message: str = "") -> None:
        self.locked = True
        self.idle_timer.stop()
        self.unlock_edit.clear()
        self.unlock_error.setText(message)
        self.central.setCurrentWidget(self.lock_screen)
        self.menuBar().setEnabled(False)
        self.unlock_edit.setFocus()

    def unlock(self, passphrase: str) -> bool:
        try:
            store = self._open_store(self.ops.store.path, passphrase)
        except DpoDeskError as error:
            self.unlock_error.setText(str(error))
            return False
        self.ops.store = store
        self.locked = False
        self.menuBar().setEnabled(True)
        self.central.setCurrentWidget(self.work_area)
        self._build_pages()
        self.idle_timer.start()
        return True

    def _unlock_from_screen(self) -> None:
        passphrase = self.unlock_edit.text()
        self.unlock_edit.clear()
        self.unlock(passphrase)

    def wait_loaded(self) -> None:
        """Let every pending query answer (used before a screenshot and in tests)."""
        for _ in range(5):
            QApplication.processEvents()
            self.ops.wait_idle()
        QApplication.processEvents()

    # -- safety: backups, restore, passphrase, audit trail, attachments, retention ----------------

    def open_audit_trail(self, record: str = "") -> QDialog:
        from dpo_desk.ui.dialogs.audit_trail import AuditTrailDialog

        dialog = AuditTrailDialog(self.ops, self, record=record)
        dialog.show()
        return dialog

    def open_retention(self) -> QDialog:
        from dpo_desk.ui.dialogs.retention import RetentionDialog

        dialog = RetentionDialog(self.ops, self)
        dialog.show()
        return dialog

    def open_attachments(self, reference: str) -> QDialog:
        from dpo_desk.ui.widgets.attachments import AttachmentsPanel

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Attachments of {0}").format(reference))
        panel = AttachmentsPanel(self.ops, dialog)
        panel.setObjectName("attachments_panel")
        QVBoxLayout(dialog).addWidget(panel)
        dialog.resize(720, 420)
        panel.set_case(reference)
        dialog.show()
        return dialog

    def _attachments_from_dialog(self) -> None:
        from dpo_desk.errors import InvalidInput
        from dpo_desk.services.attachments import check_case_reference
        from dpo_desk.ui.widgets.attachments import AttachmentsDialogHelper

        reference = AttachmentsDialogHelper.ask_reference(self)
        if not reference:
            return
        try:
            self.open_attachments(check_case_reference(reference))
        except InvalidInput as error:
            self.show_error(str(error))

    def daily_backup(self) -> None:
        """Today's copy beside the store unless one exists, keeping the newest `backups.keep`."""
        from dpo_desk.services.store_lifecycle import daily_backup

        self.ops.job(
            lambda store, _progress: daily_backup(store),
            lambda made: made and self.notify(self.tr("Daily backup written: {0}").format(made)),
            lambda error: self.notify(self.tr("The daily backup failed: {0}").format(error)),
        )

    def replace_store(self, work: Callable[[Any], Any], done_message: str, reopen: str | None = None) -> None:
        """Hands the store to `work` (which closes it and returns the reopened one) off the GUI thread.

        If `work` fails with the store still open, nothing changed and the pages come back; if it failed
        after closing the store, the window reopens it with `reopen` or else shows the lock screen.
        """
        self.ops.wait_idle()
        self._close_dialogs()
        self._drop_pages()
        old_store = self.ops.store
        self.menuBar().setEnabled(False)

        def done(new_store: Any) -> None:
            self.ops.store = new_store
            self.menuBar().setEnabled(True)
            self._build_pages()
            self._show_store()
            self.notify(done_message)

        def failed(error: BaseException) -> None:
            message = (
                str(error) if isinstance(error, DpoDeskError) else self.tr("The change failed; nothing was changed.")
            )
            if old_store.is_open:
                self.menuBar().setEnabled(True)
                self._build_pages()
            elif reopen is None or not self.unlock(reopen):
                self._show_lock_screen(message)
                return
            self.last_problem = message
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("DPO Desk"), message, parent=self)
            box.open()  # not modal: the window is usable again at once

        self.ops.job(lambda store, _progress: work(store), done, failed)

    def change_passphrase(self, current: str, new: str) -> None:
        from dpo_desk.services import store_lifecycle

        def work(store: Any) -> Any:
            return store_lifecycle.change_passphrase(store, new, current_passphrase=current)

        self.replace_store(work, self.tr("Passphrase changed."), reopen=current)

    def _rekey_from_dialog(self) -> None:
        from dpo_desk.ui.dialogs.rekey import RekeyDialog

        dialog = RekeyDialog(self)
        if dialog.exec():
            current, new = dialog.current_passphrase, dialog.new_passphrase
            dialog.forget()
            self.change_passphrase(current, new)

    def restore_backup(self, backup: Path, passphrase: str) -> None:
        from dpo_desk.services import store_lifecycle

        def work(store: Any) -> Any:
            restored, _safety = store_lifecycle.restore(store, backup, passphrase)
            return restored

        self.replace_store(work, self.tr("Restored from {0}.").format(backup))

    def _restore_from_dialog(self) -> None:
        dialog = backup_dialogs.RestoreDialog(Path(self.ops.store.path), self)
        if dialog.exec() and dialog.checked is not None:
            self.restore_backup(dialog.backup_path, dialog.passphrase)

    def closeEvent(self, event: Any) -> None:
        self.ops.wait_idle()
        remove_all_copies()
        QApplication.instance().removeEventFilter(self)
        super().closeEvent(event)

"""The main window: navigation, pages, menus, status bar, and the idle lock.

The window receives its store through `Ops` and never opens sessions itself. Locking closes the
store (every connection and the key with it), drops the pages and their models, closes every dialog
and removes every temporary attachment copy, and asks for the passphrase again. Backup, restore and
the change of passphrase also live here: the last two hand the store over to be replaced and take
back the reopened one (or show the lock screen if it could not be reopened).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
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
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.errors import DpoDeskError
from dpo_desk.ui import commands, keyboard, window_memory
from dpo_desk.ui.dialogs import backup as backup_dialogs
from dpo_desk.ui.dialogs import exchange as exchange_dialogs
from dpo_desk.ui.dialogs.request_intake import ask_message_paths
from dpo_desk.ui.icons import app_icon, icon, icon_in, page_icon
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.pages import PAGE_KEYS, page_class, page_for_reference, page_title
from dpo_desk.ui.pages.base import Page
from dpo_desk.ui.refusal_text import error_text
from dpo_desk.ui.widgets.attachments import remove_all_copies
from dpo_desk.ui.widgets.palette import ERROR_STYLE
from dpo_desk.ui.widgets.passphrase_strength import reveal_toggle

StoreOpener = Callable[[Path, str], Any]
MINIMUM_SIZE = QSize(1000, 640)  # a 1366×768 laptop at 125 % leaves about 1093×614 less the panel
_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}
_WATCHED_EVENTS = frozenset(_INPUT_EVENTS | {QEvent.Type.Polish})


class BuiltPages(dict):
    """The pages built so far, by key; asking for one not built yet builds it (pages are built when first shown)."""

    def __init__(self, build: Callable[[str], Page]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> Page:
        if key not in PAGE_KEYS:
            raise KeyError(key)
        return self._build(key)


class MainWindow(QMainWindow):
    """Signals: none of its own; it listens to `Ops.store_did_change` and refreshes the pages concerned."""

    def __init__(
        self,
        ops: Ops,
        open_store: StoreOpener,
        *,
        lock_minutes: int = 10,
        banner: str = "",
        first_page: str | None = None,
        settings: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self._open_store = open_store
        self._banner_text = banner
        self.settings = settings if settings is not None else window_memory.window_settings()
        self.pages = BuiltPages(self._build_page)
        self.locked = False
        self.last_problem = ""
        self._return_to: tuple[str, str | None] | None = None
        self.setWindowTitle(self.tr("DPO Desk"))
        self.setWindowIcon(app_icon())
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(default_size())
        geometry = self.settings.value(window_memory.GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet("QListWidget { font-size: 14px; } QListWidget::item { padding: 8px 10px; }")
        self.stack = QStackedWidget()
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # reminders quote case titles
        self.banner.setStyleSheet("color: #4a3b00; padding: 6px 10px;")
        self.banner_hide = QPushButton(icon_in("mdi6.close", "#4a3b00"), self.tr("Hide for today"))
        self.banner_hide.setObjectName("banner_hide")
        self.banner_hide.setFlat(True)
        self.banner_hide.setStyleSheet("color: #4a3b00;")
        self.banner_hide.setToolTip(self.tr("Hide the reminders until tomorrow; the Deadlines page still lists them."))
        self.banner_hide.clicked.connect(self.hide_banner_for_today)
        self.banner_frame = QWidget()
        self.banner_frame.setObjectName("banner_frame")
        self.banner_frame.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.banner_frame.setStyleSheet("QWidget#banner_frame { background: #fff4ce; }")
        banner_row = QHBoxLayout(self.banner_frame)
        banner_row.setContentsMargins(0, 0, 6, 0)
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.banner_hide, 0, Qt.AlignmentFlag.AlignTop)
        self.banner_frame.setVisible(False)
        body = QWidget()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.banner_frame)
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
        self.updates_label = QLabel()  # "Updated: 2 changes by others", for a while after the poll saw them
        self.updates_label.setObjectName("updates_note")
        self.updates_label.setStyleSheet("color: #555555")
        self.statusBar().addPermanentWidget(self.updates_label)
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
        self.idle_timer.timeout.connect(self._lock_when_idle)
        # Others' changes (another process on the file, colleagues on the server): see `poll_changes`.
        self.poll_timer = QTimer(self)
        self.poll_timer.setObjectName("poll_timer")
        self.poll_timer.setSingleShot(True)  # started again when a poll has answered: polls never overlap
        self.poll_timer.setInterval(self.POLL_INTERVAL_MS)
        self.poll_timer.timeout.connect(self.poll_changes)
        self.updates_timer = QTimer(self)
        self.updates_timer.setSingleShot(True)
        self.updates_timer.setInterval(self.UPDATES_SHOWN_MS)
        self.updates_timer.timeout.connect(self.updates_label.clear)
        self._marker: Any = None  # the audit trail's newest entry seen (services.changes.ChangeMarker)
        self._polling = False
        self._poll_round = 0  # bumped when the store is closed or replaced: an answer from before is dropped
        self._others_touched: set[str] = set()
        self._others_cases = 0
        self._others_reset = False
        QApplication.instance().installEventFilter(self)
        remembered = self.settings.value(window_memory.PAGE)
        self._build_navigation(first_page or (remembered if remembered in PAGE_KEYS else PAGE_KEYS[0]))
        self._show_store()
        self.start_polling()
        from dpo_desk.ui.reminders import Reminders

        self.reminders = Reminders(ops, self.show_reminder, parent=self)
        self.reminders.start()
        self.remind_of_audit_head()

    # -- building -------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        export_action = QAction(icon("mdi6.database-export-outline"), self.tr("&Export whole store…"), self)
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
        backup_action = QAction(icon("mdi6.backup-restore"), self.tr("&Back up now…"), self)
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
        self.lock_action = QAction(icon("mdi6.lock-outline"), self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.file_menu = file_menu
        self._build_case_menu()
        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for index, key in enumerate(PAGE_KEYS):
            action = QAction(page_icon(key), page_title(key), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
            self.go_menu.addAction(action)
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
        about = QAction(app_icon(), self.tr("&About DPO Desk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_case_menu(self) -> None:
        """One action per page command; the current page decides which are shown and what they say."""
        self.case_menu = self.menuBar().addMenu(self.tr("&Case"))
        self.case_actions: dict[str, QAction] = {}
        for slot in commands.SLOTS:
            if slot.separator_before:
                self.case_menu.addSeparator()
            action = QAction(icon(slot.icon), commands.default_text(slot.key), self)
            action.setShortcut(QKeySequence(slot.shortcut))
            action.setObjectName(f"command_{slot.key}")
            action.triggered.connect(lambda _checked=False, k=slot.key: self.run_command(k))
            action.setVisible(False)
            self.case_menu.addAction(action)
            self.case_actions[slot.key] = action

    def _offer_commands(self, page: Page) -> None:
        offered = page.commands()
        for key, action in self.case_actions.items():
            command = offered.get(key)
            action.setVisible(command is not None)
            action.setText(command.text if command else commands.default_text(key))
        self.case_menu.menuAction().setVisible(bool(offered))

    def run_command(self, key: str) -> None:
        command = self.current_page().commands().get(key) if self.current_page() else None
        if command is not None:
            command.run()

    def _build_navigation(self, first: str) -> None:
        """The navigation lists every page; only `first` is built now, the others when first shown."""
        self.nav.blockSignals(True)
        self.nav.clear()
        for key in PAGE_KEYS:
            item = QListWidgetItem(page_icon(key), page_title(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.nav.blockSignals(False)
        self.nav.setCurrentRow(PAGE_KEYS.index(first))
        # As wide as the language's longest page name, so the pages beside it get the rest.
        font = QFont(self.nav.font())
        font.setPixelSize(14)
        widest = max(QFontMetrics(font).horizontalAdvance(page_title(key)) for key in PAGE_KEYS)
        self.nav.setFixedWidth(widest + 20 + 20 + 30)  # icon, item padding, frame and a little air

    def _build_page(self, key: str) -> Page:
        page = page_class(key)(self.ops, self)
        page.setObjectName(f"page_{key}")
        self.pages[key] = page
        window_memory.restore_page_state(self.settings, key, page)
        self.stack.addWidget(page)
        return page

    def _drop_pages(self) -> None:
        self._remember_pages()
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()

    def _remember_pages(self) -> None:
        for key, page in self.pages.items():
            window_memory.save_page_state(self.settings, key, page)
        if self.pages and self.current_page() is not None:
            self.settings.setValue(window_memory.PAGE, self.current_page().key)

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
        self.unlock_edit.setMinimumWidth(320)
        self.unlock_progress = QProgressBar()
        self.unlock_progress.setObjectName("unlock_progress")
        self.unlock_progress.setRange(0, 0)  # the key derivation gives no steps: a busy bar
        self.unlock_progress.setFormat(self.tr("Opening the store…"))
        self.unlock_progress.setTextVisible(True)
        self.unlock_progress.setMaximumWidth(360)
        self.unlock_progress.setVisible(False)
        reveal_toggle(self.unlock_edit)
        button = QPushButton(icon("mdi6.lock-open-variant-outline"), self.tr("Unlock"))
        button.clicked.connect(self._unlock_from_screen)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(96, 96))
        layout = QVBoxLayout(screen)
        layout.addStretch(1)
        for widget in (
            logo,
            QLabel(self.tr("<h1>DPO Desk</h1>")),
            QLabel(self.tr("<h3>The store is locked</h3>")),
            QLabel(self.tr("Enter the passphrase to go on.")),
            self.unlock_edit,
            self.unlock_error,
            self.unlock_progress,
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
        if key in PAGE_KEYS and self.nav.count():
            self.nav.setCurrentRow(PAGE_KEYS.index(key))

    def current_page(self) -> Page | None:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def open_case(self, reference: str) -> None:
        key = page_for_reference(reference)
        if key is not None and self.pages[key].open_reference(reference):
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
        self._offer_commands(page)
        page.refresh()

    def _on_store_change(self, touched: set[str]) -> None:
        for page in self.pages.values():
            if page.concerns & touched and page.isVisible():
                page.refresh()
        if "setting" in touched:
            self._reread_lock_minutes()

    def _reread_lock_minutes(self) -> None:
        from dpo_desk.services import settings as settings_service

        self.ops.query(lambda session: settings_service.get(session, "lock.idle_minutes"), self.set_lock_minutes)

    # -- others' changes ------------------------------------------------------------------------
    # Every change appends to the audit trail, whoever makes it, so its newest entry is a change counter
    # (services/changes.py). A quiet poll off the GUI thread reads it every few seconds; when it moved
    # because of someone else, the visible pages concerned catch up keeping their place, the others reload
    # when next shown (every page reloads when shown), and the status bar says so. This window's own
    # changes are left out: `Ops.store_did_change` already refreshed what they touched.

    POLL_INTERVAL_MS = 3000
    UPDATES_SHOWN_MS = 20_000

    def start_polling(self) -> None:
        """Take the trail's newest entry as seen now and poll from there (after opening, unlocking, replacing)."""
        self._poll_round += 1
        self._marker = None
        self._polling = False
        self._others_touched, self._others_cases, self._others_reset = set(), 0, False
        self.poll_changes()

    def stop_polling(self) -> None:
        self._poll_round += 1
        self._polling = False
        self.poll_timer.stop()

    def poll_changes(self) -> None:
        """One look at the change marker; the answer comes back to `_polled` on the GUI thread."""
        if self.locked or self._polling or not self.ops.store.is_open:
            return
        from dpo_desk.services import changes

        self.poll_timer.stop()
        self._polling = True
        marker, round_ = self._marker, self._poll_round

        def look(store: Any) -> Any:
            return changes.change_marker(store) if marker is None else changes.changed_since(store, marker)

        self.ops.poll(look, lambda seen: self._polled(round_, seen), lambda error: self._poll_failed(round_, error))

    def _polled(self, round_: int, seen: Any) -> None:
        if round_ != self._poll_round:
            return
        from dpo_desk.services.changes import ChangeMarker

        self._polling = False
        if isinstance(seen, ChangeMarker):
            self._marker = seen
        else:
            self._marker = seen.marker
            if seen.by_others:
                self._others_touched |= seen.touched
                self._others_cases += seen.cases
                self._others_reset = self._others_reset or seen.reset
        self.catch_up_with_others()
        self._next_poll()

    def _poll_failed(self, round_: int, _error: BaseException) -> None:
        """A poll that failed (the store busy, the server out of reach) is tried again later, quietly."""
        if round_ != self._poll_round:
            return
        self._polling = False
        self._next_poll(self.POLL_INTERVAL_MS * 10)

    def _next_poll(self, interval: int | None = None) -> None:
        if not self.locked and self.ops.store.is_open:
            self.poll_timer.start(interval if interval is not None else self.POLL_INTERVAL_MS)

    def catch_up_with_others(self) -> bool:
        """Shows what others changed, unless a dialog holds unsaved input (then after a later poll). True if
        the pages caught up."""
        if not (self._others_touched or self._others_reset) or not self.pages:
            return False
        if self.dialogs_with_input():
            return False  # nothing reloads under a form being typed into; the poll tries again
        touched, cases, reset = self._others_touched, self._others_cases, self._others_reset
        self._others_touched, self._others_cases, self._others_reset = set(), 0, False
        for page in self.pages.values():
            if page.isVisible() and (reset or page.concerns & touched):
                page.catch_up()
        if reset or "setting" in touched:
            self._reread_lock_minutes()
        if reset or not cases:
            self.updates_label.setText(self.tr("Updated: changed elsewhere"))
        else:
            self.updates_label.setText(self.tr("Updated: %n change(s) by others", "", cases))
        self.updates_timer.start()
        return True

    # -- status ---------------------------------------------------------------------------------

    def _show_store(self) -> None:
        path = self.ops.store.path
        self.store_label.setText(self.tr("Store: {0}").format(path))
        self.setWindowTitle(self.tr("DPO Desk — {0}").format(Path(path).name))
        self._show_banner(self._banner_text)

    def show_reminder(self, text: str) -> None:
        """A reminder in the banner (where there is no system tray), above any standing banner text.

        Once the banner is hidden for the day, reminders go to the status bar until tomorrow.
        """
        if self.banner_hidden_today():
            self.notify(text)
            return
        self._show_banner("\n".join(t for t in (text, self._banner_text) if t))

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner_frame.setVisible(bool(text) and not self.banner_hidden_today())

    def banner_hidden_today(self) -> bool:
        return self.settings.value(window_memory.BANNER_HIDDEN_ON) == self.ops.today().isoformat()

    def hide_banner_for_today(self) -> None:
        self.settings.setValue(window_memory.BANNER_HIDDEN_ON, self.ops.today().isoformat())
        self.banner_frame.setVisible(False)

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("DPO Desk"), message)

    def _about(self) -> None:
        from dpo_desk import __version__

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About DPO Desk"))
        box.setIconPixmap(app_icon().pixmap(64, 64))
        box.setText(
            self.tr("DPO Desk {0}\nA Data Protection Officer's casebook, offline, in one encrypted file.").format(
                __version__
            )
        )
        box.exec()

    # -- locking --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here (thousands while a page is built): ask its type once.
        kind = event.type()
        if kind not in _WATCHED_EVENTS:
            return False
        if kind == QEvent.Type.Polish:
            keyboard.mind_manners(watched)
            return False
        if not self.locked:
            self.idle_timer.start()
        return kind == QEvent.Type.KeyPress and keyboard.types_a_tab(watched, event)

    def set_lock_minutes(self, minutes: int) -> None:
        self.idle_timer.setInterval(max(1, minutes) * 60_000)
        self.idle_timer.start()

    def lock(self) -> None:
        """Hide everything, close the store (and its key), and wait for the passphrase.

        A dialog holding input not yet saved is never thrown away unasked: the lock asks first.
        """
        if self.locked:
            return
        if self.dialogs_with_input() and not self._confirm_discard():
            return
        self._lock_now()

    def _lock_when_idle(self) -> None:
        """The idle lock waits while a dialog holds unsaved input (as a password manager's editor does)."""
        if self.locked:
            return
        if self.dialogs_with_input():
            self.notify(self.tr("Not locked: a dialog holds input that is not saved yet."))
            self.idle_timer.start()
            return
        self._lock_now()

    def _lock_now(self) -> None:
        self.ops.wait_idle()
        page = self.current_page() if self.pages else None
        self._return_to = (page.key, page.selected_reference()) if page is not None else None
        self._close_dialogs()
        self._drop_pages()
        self.ops.store.close()
        self._show_lock_screen()

    def dialogs_with_input(self) -> list[QDialog]:
        """Open dialogs in which the user has typed something not saved yet."""
        return [dialog for dialog in self.findChildren(QDialog) if dialog.isVisible() and has_typed_input(dialog)]

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Lock DPO Desk"),
            self.tr("An open dialog holds input that is not saved. Lock anyway and discard it?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _close_dialogs(self) -> None:
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
            dialog.deleteLater()
        remove_all_copies()

    def _show_lock_screen(self, message: str = "") -> None:
        self.locked = True
        self.idle_timer.stop()
        self.stop_polling()
        self.unlock_edit.clear()
        self.unlock_error.setText(message)
        self.unlock_progress.setVisible(False)
        self.unlock_edit.setEnabled(True)
        self.central.setCurrentWidget(self.lock_screen)
        self.menuBar().setEnabled(False)
        self.unlock_edit.setFocus()

    def unlock(self, passphrase: str) -> bool:
        """Open the store again at once (the lock screen does it off the GUI thread, see `_unlock_from_screen`)."""
        try:
            store = self._open_store(self.ops.store.location, passphrase)
        except DpoDeskError as error:
            self.unlock_error.setText(error_text(error))
            return False
        self._unlocked(store)
        return True

    def _unlocked(self, store: Any) -> None:
        self.ops.store = store
        self.locked = False
        self.unlock_progress.setVisible(False)
        self.unlock_edit.setEnabled(True)
        self.menuBar().setEnabled(True)
        self.central.setCurrentWidget(self.work_area)
        key, reference = self._return_to or (self.settings.value(window_memory.PAGE) or PAGE_KEYS[0], None)
        self._return_to = None
        self._build_navigation(key if key in PAGE_KEYS else PAGE_KEYS[0])
        if reference:
            self.current_page().open_reference(reference)
        self.idle_timer.start()
        self.start_polling()

    def _unlock_from_screen(self) -> None:
        """The key derivation takes a moment: it runs on the worker while the lock screen shows progress."""
        passphrase = self.unlock_edit.text()
        self.unlock_edit.clear()
        if not passphrase:
            return
        path = self.ops.store.location
        self.unlock_error.setText("")
        self.unlock_progress.setVisible(True)
        self.unlock_edit.setEnabled(False)

        def failed(error: BaseException) -> None:
            from dpo_desk.ui.dialogs.passphrase import refusal_text

            self.unlock_progress.setVisible(False)
            self.unlock_edit.setEnabled(True)
            self.unlock_error.setText(
                refusal_text(error) if isinstance(error, DpoDeskError) else self.tr("Could not unlock.")
            )
            self.unlock_edit.setFocus()

        self.ops.job(lambda _store, _progress: self._open_store(path, passphrase), self._unlocked, failed)

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
        dialog.head_was_copied.connect(
            lambda _head: self.settings.setValue(self._head_key(), self.ops.today().isoformat())
        )
        dialog.show()
        return dialog

    # Only a head kept outside this file shows a rewritten trail (SECURITY.md): ask for one now and then.
    HEAD_REMINDER_DAYS = 30

    def _head_key(self) -> str:
        import hashlib

        return f"{window_memory.HEAD_NOTED_ON}/{hashlib.sha256(self.ops.store.location.encode()).hexdigest()[:16]}"

    def _head_noted(self, _head: str) -> None:
        self.settings.setValue(self._head_key(), self.ops.today().isoformat())

    def remind_of_audit_head(self) -> bool:
        """Says in the banner when the audit trail's head has not been copied out for a month; True if it did."""
        noted = self.settings.value(self._head_key())
        today = self.ops.today()
        if noted and (today - dt.date.fromisoformat(str(noted))).days < self.HEAD_REMINDER_DAYS:
            return False
        self.show_reminder(
            self.tr(
                "Keep the audit trail's head outside this computer (printed, or e-mailed to yourself): Tools → "
                "Audit trail → Verify the chain, then Copy the head. A head kept elsewhere shows any later rewrite."
            )
        )
        return True

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
            self.show_error(error_text(error))

    def daily_backup(self) -> None:
        """Today's copy beside the store unless one exists, keeping the newest `backups.keep`."""
        from dpo_desk.services.store_lifecycle import daily_backup

        self.ops.job(
            lambda store, _progress: daily_backup(store),
            lambda made: made and self.notify(self.tr("Daily backup written: {0}").format(made)),
            lambda error: self.notify(self.tr("The daily backup failed: {0}").format(error_text(error))),
        )

    def replace_store(self, work: Callable[[Any], Any], done_message: str, reopen: str | None = None) -> None:
        """Hands the store to `work` (which closes it and returns the reopened one) off the GUI thread.

        If `work` fails with the store still open, nothing changed and the pages come back; if it failed
        after closing the store, the window reopens it with `reopen` or else shows the lock screen.
        """
        self.ops.wait_idle()
        page = self.current_page() if self.pages else None
        self._return_to = (page.key, page.selected_reference()) if page is not None else None
        self.stop_polling()
        self._close_dialogs()
        self._drop_pages()
        old_store = self.ops.store
        self.menuBar().setEnabled(False)

        def done(new_store: Any) -> None:
            self.ops.store = new_store
            self.menuBar().setEnabled(True)
            self._build_navigation(self._return_to[0] if self._return_to else PAGE_KEYS[0])
            self._return_to = None
            self._show_store()
            self.notify(done_message)
            self.start_polling()

        def failed(error: BaseException) -> None:
            message = (
                error_text(error)
                if isinstance(error, DpoDeskError)
                else self.tr("The change failed; nothing was changed.")
            )
            if old_store.is_open:
                self.menuBar().setEnabled(True)
                self._build_navigation(self._return_to[0] if self._return_to else PAGE_KEYS[0])
                self.start_polling()
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
        self.stop_polling()
        self.ops.wait_idle()
        self._remember_pages()
        self.settings.setValue(window_memory.GEOMETRY, self.saveGeometry())
        self.settings.sync()
        remove_all_copies()
        QApplication.instance().removeEventFilter(self)
        super().closeEvent(event)


def default_size() -> QSize:
    """1280×800, or less on a smaller screen (a 1366×768 laptop at 125 % has about 1093×614 to give)."""
    screen = QApplication.primaryScreen()
    wanted = QSize(1280, 800)
    if screen is None:
        return wanted
    room = screen.availableGeometry().size()
    return wanted.boundedTo(QSize(room.width() - 16, room.height() - 48)).expandedTo(MINIMUM_SIZE)


def has_typed_input(dialog: QDialog) -> bool:
    """Whether the user has typed into any of the dialog's text fields since it opened."""
    if any(
        edit.isModified() for edit in dialog.findChildren(QLineEdit) if edit.echoMode() == QLineEdit.EchoMode.Normal
    ):
        return True
    return any(
        edit.document().isModified() for edit in dialog.findChildren(QTextEdit) + dialog.findChildren(QPlainTextEdit)
    )

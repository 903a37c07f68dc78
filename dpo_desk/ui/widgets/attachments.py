"""A case's attachments, for the request and breach detail views: add, open, save as, remove.

Opening writes a temporary copy into a private folder (0700) and hands it to the desktop's viewer;
every copy is removed when the window locks or closes (`remove_all_copies`), since a viewer may keep
a file open for as long as it likes. Saving a file out happens only through "Save as…".

Signals:
    attachments_did_load(int): the list arrived (how many).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.ui.formatting import format_datetime
from dpo_desk.ui.i18n import translate
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.refusal_text import error_text
from dpo_desk.ui.widgets.flow_layout import flow_of
from dpo_desk.ui.widgets.palette import ERROR_STYLE

_PANELS: list[AttachmentsPanel] = []


def remove_all_copies() -> None:
    """Removes every temporary copy any panel made (on lock and on closing the window)."""
    for panel in list(_PANELS):
        panel.copies.cleanup()


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1048576:.1f} MB"


class AttachmentsPanel(QWidget):
    attachments_did_load = Signal(int)

    def __init__(
        self,
        ops: Ops,
        parent: QWidget | None = None,
        *,
        open_external: Callable[[Path], Any] | None = None,
        temp_base: str | None = None,
        own_shortcut: bool = True,
    ) -> None:
        """`own_shortcut=False` where the window's Case menu already gives Ctrl+Shift+O (a page's panel)."""
        from dpo_desk.services.attachments import KINDS, PrivateCopies

        super().__init__(parent)
        self.ops = ops
        self.case_reference = ""
        self.views: list[Any] = []
        self.copies = PrivateCopies(temp_base)
        self._open_external = open_external or (lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        _PANELS.append(self)
        self.destroyed.connect(lambda *_: self._forget())

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("attachments_table")
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Kind"), self.tr("Size"), self.tr("Added")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        self.kind_box = QComboBox()
        labels = {
            "id-document": self.tr("ID document"),
            "email": self.tr("E-mail"),
            "document": self.tr("Document"),
            "image": self.tr("Image"),
            "other": self.tr("Other"),
        }
        self.kind_labels = {kind: labels[kind] for kind in KINDS}
        for kind in KINDS:
            self.kind_box.addItem(self.kind_labels[kind], kind)
        self.kind_box.setCurrentIndex(KINDS.index("document"))
        self.add_button = QPushButton(self.tr("Add…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.save_button = QPushButton(self.tr("Save as…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(lambda: self.add_files())
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(lambda: self.save_selected())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.message = QLabel()
        self.message.setObjectName("attachments_message")
        self.message.setWordWrap(True)
        self.empty = QLabel(self.tr("No attachments yet. Add e-mails, letters, scans or images with “Add…”."))
        self.empty.setStyleSheet("color: #666")
        self.empty.setWordWrap(True)
        # the kind and the buttons wrap in a narrow detail pane instead of widening it past its edge
        buttons = flow_of([self.kind_box, self.add_button, self.open_button, self.save_button, self.remove_button])
        title = QLabel(self.tr("<b>Attachments</b> (kept encrypted in the store)"))
        title.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        layout.addWidget(self.message)
        if own_shortcut:
            opener = QShortcut(QKeySequence("Ctrl+Shift+O"), self, activated=self.open_selected)
            opener.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # several panels may share a window
        self.table.itemSelectionChanged.connect(self._enable)
        self._enable()
        self.setEnabled(False)

    def _forget(self) -> None:
        self.copies.cleanup()
        if self in _PANELS:
            _PANELS.remove(self)

    # -- the case -------------------------------------------------------------------------------

    def set_case(self, reference: str) -> None:
        self.case_reference = reference
        self.setEnabled(bool(reference))
        self.refresh()

    def refresh(self) -> None:
        from dpo_desk.services import attachments

        reference = self.case_reference
        if not reference:
            self._show([])
            return
        self.ops.query(lambda session: attachments.list_for(session, reference), self._show)

    def _show(self, views: list[Any]) -> None:
        self.views = list(views)
        self.table.setRowCount(len(self.views))
        for row, view in enumerate(self.views):
            added = format_datetime(view.added_at.astimezone() if view.added_at else None)
            values = (view.filename, self.kind_labels.get(view.kind, view.kind), _size(view.size), added)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(f"{view.reference} · SHA-256 {view.sha256}" + (f"\n{view.note}" if view.note else ""))
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(self.views))
        self.empty.setVisible(not self.views)
        self._enable()
        self.attachments_did_load.emit(len(self.views))

    def selected(self) -> Any:
        row = self.table.currentRow()
        return self.views[row] if 0 <= row < len(self.views) and self.table.selectedItems() else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(chosen)

    # -- actions --------------------------------------------------------------------------------

    def add_files(self, paths: list[str] | None = None) -> None:
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files to {0}").format(self.case_reference))
        if not paths or not self.case_reference:
            return
        from dpo_desk.services import attachments

        reference, kind = self.case_reference, self.kind_box.currentData()

        def add(session: Any) -> list[Any]:
            added = []
            for path in paths:
                name, data = attachments.read_source(session, path)
                added.append(attachments.add(session, reference, name, data, kind=kind))
            return added

        self.ops.change(add, lambda added: self._done(self.tr("Attached %n file(s).", "", len(added))), self._failed)

    def open_selected(self) -> None:
        view = self.selected()
        if view is None:
            return
        copies = self.copies
        self.ops.query(lambda session: copies.open_copy(session, view.reference), self._open_external, self._failed)

    def save_selected(self, target: str | None = None) -> None:
        view = self.selected()
        if view is None:
            return
        if target is None:
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the attachment as"), view.filename)
        if not target:
            return
        from dpo_desk.services import attachments

        self.ops.query(
            lambda session: attachments.save_to(session, view.reference, self.ops.output(target)),
            lambda path: self.message.setText(
                self.tr("Saved to {0}. It is not encrypted there: delete it when done.").format(path)
            ),
            self._failed,
        )

    def remove_selected(self, confirm: bool = True) -> None:
        view = self.selected()
        if view is None:
            return
        if confirm and (
            QMessageBox.question(self, self.tr("Remove"), self.tr("Remove {0} for good?").format(view.filename))
            != QMessageBox.StandardButton.Yes
        ):
            return
        from dpo_desk.services import attachments

        self.ops.change(
            lambda session: attachments.remove(session, view.reference),
            lambda _: self._done(self.tr("Removed {0}.").format(view.filename)),
            self._failed,
        )

    def _done(self, message: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(message)
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(error))


class AttachmentsDialogHelper:
    """Asks for a case reference (until the case pages embed the panel, the window opens it this way)."""

    @staticmethod
    def ask_reference(parent: QWidget) -> str:
        text, ok = QInputDialog.getText(
            parent,
            translate("AttachmentsPanel", "Attachments"),
            translate("AttachmentsPanel", "Case reference (e.g. DSR-2026-0001):"),
        )
        return text.strip() if ok else ""

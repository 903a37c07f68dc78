"""Small editors the records dialogs are built from: a checkable picker of categories, an error line,
and a table of rows with Add and Remove buttons.

Signals:
    CategoryPicker.selection_did_change(): an item was checked, unchecked or added.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.ui.widgets.palette import ERROR_STYLE


class CategoryPicker(QWidget):
    """Pick from the categories already used in the store, or type a new one and add it."""

    selection_did_change = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setMaximumHeight(110)
        self.list.itemChanged.connect(lambda _item: self.selection_did_change.emit())
        self.new_item = QLineEdit()
        self.new_item.setPlaceholderText(placeholder)
        self.new_item.returnPressed.connect(self._add_typed)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self._add_typed)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.new_item, 1)
        row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def set_items(self, offered: Sequence[str], chosen: Sequence[str]) -> None:
        self.list.clear()
        for text in [*chosen, *(o for o in offered if o not in chosen)]:
            self._append(text, text in chosen)

    def _append(self, text: str, checked: bool, data: str | None = None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, data if data is not None else text)
        self.list.addItem(item)
        return item

    def _add_typed(self) -> None:
        text = self.new_item.text().strip()
        if not text:
            return
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == text:
                item.setCheckState(Qt.CheckState.Checked)
                break
        else:
            self._append(text, True)
        self.new_item.clear()
        self.selection_did_change.emit()

    def add_choice(self, text: str, data: str, checked: bool) -> None:
        self._append(text, checked, data)

    def value(self) -> list[str]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, data: str, checked: bool = True) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == data:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class ErrorLine(QLabel):
    """The message shown right under a field that was refused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


def rows_with_buttons(table: QTableWidget, add_text: str, on_add: Callable[[], object], remove_text: str) -> QWidget:
    """The table with an Add button (calls `on_add`) and a Remove button (removes the current row) below it."""
    add = QPushButton(add_text)
    add.clicked.connect(lambda: on_add())
    remove = QPushButton(remove_text)
    remove.clicked.connect(lambda: table.removeRow(table.currentRow()))
    buttons = QHBoxLayout()
    buttons.addWidget(add)
    buttons.addWidget(remove)
    buttons.addStretch(1)
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(table)
    layout.addLayout(buttons)
    return holder

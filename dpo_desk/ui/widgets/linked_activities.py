"""The processing activities a request, breach or subprocessor concerns, for embedding in their detail views.

`LinkedActivitiesPanel(ops)`; `set_case(reference)` shows that case's activities, lets the DPO link
another or unlink one, and offers the linked activities' data categories (a breach picks its
categories from these). Reaches the core only through `Ops`.

Signals:
    activity_did_open(str): the DPO asked to open an activity (double click).
    categories_did_load(list): the data categories of the linked activities, after each load.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.ui.ops import Ops
from dpo_desk.ui.refusal_text import error_text
from dpo_desk.ui.widgets.palette import ERROR_STYLE

WATCHED = frozenset({"processing_activity", "activity_case", "activity_subprocessor"})


class LinkedActivitiesPanel(QGroupBox):
    activity_did_open = Signal(str)
    categories_did_load = Signal(list)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Processing activities concerned"))
        self.ops = ops
        self.case_reference = ""
        self.categories: list[str] = []
        self.list = QListWidget()
        self.list.setObjectName("linked_activities")
        self.list.setMaximumHeight(120)
        self.list.itemDoubleClicked.connect(self._open)
        self.empty = QLabel(self.tr("No activity linked yet."))
        self.choice = QComboBox()
        self.choice.setObjectName("activity_choice")
        self.link_button = QPushButton(self.tr("Link"))
        self.link_button.clicked.connect(self.link_selected)
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.unlink_button.clicked.connect(self.unlink_current)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        row = QHBoxLayout()
        row.addWidget(self.choice, 1)
        row.addWidget(self.link_button)
        row.addWidget(self.unlink_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.ops.store_did_change.connect(self._on_store_change)
        self.setEnabled(False)

    def set_case(self, reference: str) -> None:
        self.case_reference = (reference or "").strip().upper()
        self.setEnabled(bool(self.case_reference))
        self.reload()

    def reload(self) -> None:
        case = self.case_reference
        if not case:
            self.list.clear()
            return

        def query(session: Any) -> dict[str, Any]:
            from dpo_desk.services import records

            return {
                "linked": records.activities_for_case(session, case),
                "all": [(v.reference, v.name) for v in records.list_activities(session)],
                "categories": records.data_categories_for_case(session, case),
            }

        self.ops.query(query, lambda data: self._on_loaded(case, data), self._show_error)

    def _on_loaded(self, case: str, data: dict[str, Any]) -> None:
        if case != self.case_reference:  # another case was chosen meanwhile
            return
        self.list.clear()
        linked = {a.reference for a in data["linked"]}
        for activity in data["linked"]:
            item = QListWidgetItem(f"{activity.reference} · {activity.name}")
            item.setData(Qt.ItemDataRole.UserRole, activity.reference)
            self.list.addItem(item)
        self.empty.setVisible(not linked)
        self.choice.clear()
        for reference, name in data["all"]:
            if reference not in linked:
                self.choice.addItem(f"{reference} · {name}", reference)
        self.link_button.setEnabled(self.choice.count() > 0)
        self.unlink_button.setEnabled(bool(linked))
        self.categories = list(data["categories"])
        self.categories_did_load.emit(self.categories)
        self.message.clear()

    def linked_references(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def link_selected(self) -> None:
        activity = self.choice.currentData()
        if activity:
            self._change("link_case", activity)

    def unlink_current(self) -> None:
        item = self.list.currentItem() or (self.list.item(0) if self.list.count() == 1 else None)
        if item is not None:
            self._change("unlink_case", item.data(Qt.ItemDataRole.UserRole))

    def _change(self, operation: str, activity: str) -> None:
        case = self.case_reference

        def change(session: Any) -> None:
            from dpo_desk.services import records

            getattr(records, operation)(session, activity, case)

        self.ops.change(change, lambda _result: self.reload(), self._show_error)

    def _show_error(self, error: BaseException) -> None:
        self.message.setText(error_text(error))

    def _on_store_change(self, touched: set[str]) -> None:
        if self.case_reference and touched & WATCHED and self.isVisible():
            self.reload()

    def _open(self, item: QListWidgetItem) -> None:
        self.activity_did_open.emit(item.data(Qt.ItemDataRole.UserRole))

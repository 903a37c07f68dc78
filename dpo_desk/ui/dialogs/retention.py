"""Retention from the window: the preview first, the purge only on confirmation, of exactly what was shown."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.ui.ops import Ops


class RetentionDialog(QDialog):
    """Signals: none. `plan` holds the preview shown; Purge removes exactly its items."""

    def __init__(self, ops: Ops, parent: QWidget | None = None, as_of: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.as_of = as_of or dt.date.today()
        self.plan: Any = None
        self.setWindowTitle(self.tr("Retention"))
        self.summary = QLabel(self.tr("Looking for what may go…"))
        self.summary.setObjectName("retention_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("retention_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Attachment"), self.tr("Case"), self.tr("Kind"), self.tr("File"), self.tr("Why")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.purge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.purge_button.setText(self.tr("Purge these"))
        self.purge_button.setEnabled(False)
        self.buttons.accepted.connect(self.purge)
        self.buttons.rejected.connect(self.reject)
        explain = QLabel(
            self.tr(
                "ID documents of requests whose identity has been verified, and the attachments of cases closed "
                "longer ago than the retention setting, can be purged. Nothing goes before you confirm; the "
                "audit trail records what went."
            )
        )
        explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 460)
        self.refresh()

    def refresh(self) -> None:
        from dpo_desk.services import retention

        as_of = self.as_of
        self.ops.query(lambda session: retention.preview(session, as_of), self._show)

    def _show(self, plan: Any) -> None:
        self.plan = plan
        self.table.setRowCount(len(plan.items))
        for row, item in enumerate(plan.items):
            for column, value in enumerate(
                (item.attachment, item.case_reference, item.kind, item.filename, item.reason)
            ):
                self.table.setItem(row, column, QTableWidgetItem(value))
        if plan.items:
            self.summary.setText(
                self.tr("{0} attachments ({1} KB) may be purged as of {2}.").format(
                    len(plan.items), plan.total_bytes // 1024, plan.as_of.isoformat()
                )
            )
        else:
            self.summary.setText(self.tr("Nothing needs purging as of {0}.").format(plan.as_of.isoformat()))
        self.table.setVisible(bool(plan.items))
        self.purge_button.setEnabled(bool(plan.items))

    def purge(self, confirm: bool = True) -> None:
        if self.plan is None or not self.plan.items:
            return
        if confirm and (
            QMessageBox.question(
                self,
                self.tr("Purge"),
                self.tr("Remove these {0} attachments for good?").format(len(self.plan.items)),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        from dpo_desk.services import retention

        shown = [item.attachment for item in self.plan.items]
        as_of = self.as_of
        self.purge_button.setEnabled(False)
        self.ops.change(
            lambda session: retention.purge(session, as_of, confirmed=shown),
            lambda plan: self._purged(plan),
            lambda error: (self.summary.setText(str(error)), self.refresh()),
        )

    def _purged(self, plan: Any) -> None:
        self.summary.setText(self.tr("Purged {0} attachments.").format(len(plan.items)))
        self.table.setRowCount(0)
        self.plan = None

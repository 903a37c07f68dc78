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

from dpo_desk.ui.formatting import format_date
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.refusal_text import error_text


class RetentionDialog(QDialog):
    """Signals: none. `plan` holds the preview shown; Purge removes exactly its items."""

    def __init__(self, ops: Ops, parent: QWidget | None = None, as_of: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.as_of = as_of or ops.today()
        self.plan: Any = None
        self.setWindowTitle(self.tr("Retention"))
        self.summary = QLabel(self.tr("Looking for what may go…"))
        self.summary.setObjectName("retention_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("retention_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Goes"), self.tr("Reference"), self.tr("What it is"), self.tr("Attached"), self.tr("Why")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for column in (0, 1, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.purge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.purge_button.setText(self.tr("Purge these"))
        self.purge_button.setEnabled(False)
        self.buttons.accepted.connect(self.purge)
        self.buttons.rejected.connect(self.reject)
        explain = QLabel(
            self.tr(
                "Cases closed longer ago than the retention setting go whole: the case, its timeline, its "
                "attachments and the values in its audit entries. ID documents of requests whose identity has "
                "been verified go too. Nothing goes before you confirm; the audit trail records what went. "
                "Backups and exports made earlier keep their copies until you delete them."
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

    def detail_text(self, item: Any) -> str:
        """What the item is, in the window's words from the core's facts (the core's English without them)."""
        facts = getattr(item, "facts", None) or {}
        kind = facts.get("kind")
        if kind == "request":
            from dpo_desk.ui.pages.requests import labels_for

            request_type = labels_for(None)["types"].get(facts["type"], facts["type"])
            return self.tr("{0} request, replied {1}").format(request_type, format_date(facts["replied"]))
        if kind == "breach":
            return self.tr("breach “{0}”, closed {1}").format(facts["title"], format_date(facts["closed"]))
        if kind == "id-document":
            return facts["filename"]
        return item.detail

    def _show(self, plan: Any) -> None:
        self.plan = plan
        self.table.setRowCount(len(plan.items))
        goes = {"case": self.tr("the whole case"), "id-document": self.tr("ID document")}
        years = plan.as_of.year - plan.closed_before.year
        why = {  # the core words its reasons in English
            "case": self.tr("closed before {0} (%n year(s))", "", years).format(format_date(plan.closed_before)),
            "id-document": self.tr("an ID document; the identity has been verified"),
        }
        for row, item in enumerate(plan.items):
            size = self._size(item.size)
            for column, value in enumerate(
                (
                    goes.get(item.what, item.what),
                    item.reference,
                    self.detail_text(item),
                    size,
                    why.get(item.what, item.reason),
                )
            ):
                self.table.setItem(row, column, QTableWidgetItem(value))
        if plan.items:
            self.summary.setText(
                self.tr("May be purged as of {0}: closed cases {1}, ID documents {2}.").format(
                    format_date(plan.as_of), len(plan.cases), len(plan.documents)
                )
            )
        else:
            self.summary.setText(self.tr("Nothing needs purging as of {0}.").format(format_date(plan.as_of)))
        self.table.setVisible(bool(plan.items))
        self.purge_button.setEnabled(bool(plan.items))

    def purge(self, confirm: bool = True) -> None:
        if self.plan is None or not self.plan.items:
            return
        if confirm and (
            QMessageBox.question(
                self,
                self.tr("Purge"),
                self.tr(
                    "Remove for good: closed cases {0}, ID documents {1}? This cannot be undone, "
                    "except by restoring a backup made before."
                ).format(len(self.plan.cases), len(self.plan.documents)),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        from dpo_desk.services import retention

        shown = [item.reference for item in self.plan.items]
        as_of = self.as_of
        self.purge_button.setEnabled(False)
        self.ops.change(
            lambda session: retention.purge(session, as_of, confirmed=shown),
            lambda plan: self._purged(plan),
            lambda error: (self.summary.setText(error_text(error)), self.refresh()),
        )

    def _size(self, size: int) -> str:
        if not size:
            return "–"
        if size < 1024:
            return self.tr("%n byte(s)", "", size)
        return self.tr("{0} KB").format(round(size / 1024, 1))

    def _purged(self, plan: Any) -> None:
        self.summary.setText(
            self.tr(
                "Purged closed cases {0}, ID documents {1}; the values of {2} audit entries went with them."
            ).format(len(plan.cases), len(plan.documents), plan.redacted_entries)
        )
        self.table.setRowCount(0)
        self.plan = None

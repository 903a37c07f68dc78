"""Exporting the whole store to JSON and importing an export, off the GUI thread with progress.

The import is shown first as a plan (what would be added or changed) and written only when the
user confirms it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.ui.field_words import table_word
from dpo_desk.ui.i18n import plurals, translate
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.refusal_text import error_text


def export_store(ops: Ops, parent: QWidget, target: str | None = None) -> None:
    """Asks where (unless given), then writes the export with a cancellable progress dialog."""
    if target is None:
        target, _ = QFileDialog.getSaveFileName(
            parent,
            translate("Exchange", "Export the whole store"),
            "dpo-desk-export.json",
            translate("Exchange", "JSON (*.json)"),
        )
    if not target:
        return
    progress = QProgressDialog(translate("Exchange", "Exporting…"), translate("Exchange", "Cancel"), 0, 100, parent)
    progress.setMinimumDuration(300)

    def work(store: Any, report: Any) -> int:
        from dpo_desk.services import exchange

        with store.read() as session:
            counts = exchange.write_export(
                session,
                ops.output(target),
                store_id=store.store_id,
                schema_revision=store.schema_revision,
                progress=report,
            )
        return sum(counts.values())

    def done(rows: int) -> None:
        progress.close()
        QMessageBox.information(
            parent,
            translate("Exchange", "Export"),
            plurals().rows_written(rows).format(target),
        )

    def failed(error: BaseException) -> None:
        progress.close()
        QMessageBox.warning(parent, translate("Exchange", "Export"), error_text(error))

    handle = ops.job(work, done, failed, lambda d, t: progress.setValue(int(100 * d / t) if t else 100))
    progress.canceled.connect(lambda: setattr(handle, "cancelled", True))


class ImportPlanDialog(QDialog):
    """Shows what an import would add or change (an `exchange.ImportPlan`, worded here); Import writes it."""

    def __init__(self, source: str, plan: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import {0}").format(Path(source).name))
        self.text = QPlainTextEdit("\n".join(self.plan_lines(plan)))
        self.text.setObjectName("import_plan_text")
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Nothing has been written yet. This is what the import would do:")))
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def plan_lines(self, plan: Any) -> list[str]:
        """The plan in the window's words: the mode, then per table what it adds and changes, and the
        references (the core's `summary_lines()` says the same in English for the command line)."""
        mode = self.tr("exact copy into an empty store") if plan.exact else self.tr("merge by reference")
        lines = [self.tr("Import mode: {0}").format(mode)]
        for name, table in plan.tables.items():
            note = self.note_text(table)
            if not (table.added or table.changed or note):
                continue
            counts = ", ".join(
                (
                    self.tr("%n to add", "", len(table.added)),
                    self.tr("%n to change", "", len(table.changed)),
                    self.tr("%n unchanged", "", table.unchanged),
                )
            )
            lines.append(f"{table_word(name)}: {counts}" + (f" ({note})" if note else ""))
            lines += [f"  + {ref}" for ref in table.added[:50]] + [f"  ~ {ref}" for ref in table.changed[:50]]
        return lines

    def note_text(self, table: Any) -> str:
        facts = getattr(table, "note_facts", None) or {}
        kind, count = facts.get("kind"), facts.get("count", 0)
        if kind in ("rows", "rows-to-add"):
            return self.tr("%n row(s) to add", "", count) if kind == "rows-to-add" else self.tr("%n row(s)", "", count)
        if kind == "children-written":
            if not count:  # every table of records says it; nothing was written for this one
                return ""
            return self.tr("%n row(s) of imported records written", "", count)
        if kind == "trail-kept-out":
            return self.tr("%n entries of the file's audit trail kept out: this store's own trail has begun", "", count)
        if kind == "trail-restored":
            text = self.tr("%n entries restored as they were", "", count)
            if facts.get("resealed"):
                text += "; " + self.tr(
                    "%n of them sealed anew (written before DPO Desk sealed values)", "", facts["resealed"]
                )
            return text
        return table.note


def import_store(ops: Ops, parent: QWidget, source: str | None = None) -> None:
    """A DPO Desk JSON export (shown as a plan first), or a register from a spreadsheet (mapped first)."""
    if source is None:
        source, _ = QFileDialog.getOpenFileName(
            parent,
            translate("Exchange", "Import"),
            "",
            translate(
                "Exchange",
                "DPO Desk export or register (*.json *.xlsx *.csv);;JSON (*.json);;Spreadsheet (*.xlsx *.csv)",
            ),
        )
    if not source:
        return
    if Path(source).suffix.lower() != ".json":
        from dpo_desk.ui.dialogs.spreadsheet_import import SpreadsheetImportDialog

        SpreadsheetImportDialog(ops, source, parent).exec()
        return
    from dpo_desk.services import exchange

    def plan(store: Any, _report: Any) -> tuple[Any, Any]:
        document = exchange.read_document(source)
        with store.read() as session:
            return document, exchange.plan_import(session, document)

    def confirm(result: tuple[Any, Any]) -> None:
        document, planned = result
        if ImportPlanDialog(source, planned, parent).exec():
            ops.change(
                lambda session: exchange.apply_import(session, document),
                lambda _plan: QMessageBox.information(
                    parent, translate("Exchange", "Import"), translate("Exchange", "Imported.")
                ),
                lambda error: QMessageBox.warning(parent, translate("Exchange", "Import"), error_text(error)),
            )

    ops.job(
        plan, confirm, lambda error: QMessageBox.warning(parent, translate("Exchange", "Import"), error_text(error))
    )

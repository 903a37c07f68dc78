"""Importing a register from a spreadsheet: choose what it holds, map the columns, see every row.

The file is read (within the store's import limits) and imported off the GUI thread as a dry run:
the real import, rolled back, so the preview's errors are the import's own; it is made again
whenever a choice changes. Import is
possible only when nothing is in error, or when the user chose to skip the rows in error.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.ui.cell_error_text import cell_error_reason
from dpo_desk.ui.i18n import current_language
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.refusal_text import error_text
from dpo_desk.ui.widgets.palette import ERROR_STYLE

PREVIEW_ROWS = 500
_ERROR = QColor("#fde2e1")


class SpreadsheetImportDialog(QDialog):
    """Signals: preview_did_load() when a new preview is shown (tests wait for it)."""

    preview_did_load = Signal()

    def __init__(self, ops: Ops, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.source = source
        self.sheet: Any = None
        self.details: list[Any] = []  # the workbook's other sheets (a register's transfers)
        self.targets: dict[str, Any] = {}
        self.preview: Any = None
        self.imported: list[str] = []
        self._generation = 0
        self.setWindowTitle(self.tr("Import {0}").format(Path(source).name))
        self.resize(980, 680)

        self.target_box = QComboBox()
        self.date_order_box = QComboBox()
        self.date_order_box.addItem(self.tr("Not used in this file"), None)
        self.date_order_box.addItem(self.tr("day/month/year (05/03/2026 is 5 March)"), "dmy")
        self.date_order_box.addItem(self.tr("month/day/year (05/03/2026 is 3 May)"), "mdy")
        choices = QFormLayout()
        choices.addRow(self.tr("Import into:"), self.target_box)
        choices.addRow(self.tr("Dates written with slashes:"), self.date_order_box)
        hint = QLabel(self.tr("Say how to read dates like 05/03/2026; 2026-03-05 and 5.3.2026 are always clear."))
        hint.setStyleSheet("color: #555")
        choices.addRow("", hint)

        self.columns = QTableWidget(0, 2)
        self.columns.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Read as")])
        self.columns.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.columns.verticalHeader().setVisible(False)
        self.rows = QTableWidget(0, 0)
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rows.verticalHeader().setVisible(False)  # the file's own row numbers are the first column
        self.errors = QPlainTextEdit()
        self.errors.setReadOnly(True)
        self.errors.setPlaceholderText(self.tr("No errors."))
        split = QSplitter(Qt.Orientation.Vertical)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.columns)
        top.addWidget(self.rows)
        top.setSizes([320, 660])
        split.addWidget(top)
        split.addWidget(self.errors)
        split.setSizes([480, 140])

        self.summary = QLabel(self.tr("Reading the file…"))
        self.skip_box = QCheckBox(self.tr("Skip the rows in error and import the others"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.skip_box)
        layout.addWidget(self.buttons)

        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(150)  # one preview after a burst of changes, not one per change
        self._again.timeout.connect(self.refresh_preview)
        self.target_box.currentIndexChanged.connect(self._target_changed)
        self.date_order_box.currentIndexChanged.connect(self._again.start)
        self.skip_box.toggled.connect(self._update_button)
        self._load()

    # -- reading the file ---------------------------------------------------------------------

    def _load(self) -> None:
        source = self.source

        def read(store: Any, _progress: Any) -> tuple[Any, list[Any], dict[str, Any], str | None]:
            from dpo_desk.services import spreadsheet_import as sheets
            from dpo_desk.services.sheet_reader import SheetLimits, read_workbook

            with store.read() as session:
                limits = SheetLimits.of(session)
            sheet, *details = read_workbook(source, limits)
            targets = sheets.targets()
            guessed = sheets.guess_target(sheet.headers, list(targets.values()))
            return sheet, details, targets, guessed.key if guessed else None

        self.ops.job(read, self._loaded, self._failed)

    def _loaded(self, result: tuple[Any, list[Any], dict[str, Any], str | None]) -> None:
        self.sheet, self.details, self.targets, guessed = result
        if not self.targets:
            self._failed(self.tr("No register of this version can be imported from a spreadsheet yet."))
            return
        self.target_box.blockSignals(True)
        for key, target in self.targets.items():
            self.target_box.addItem(self._target_titles().get(key, target.title), key)
        if guessed:
            self.target_box.setCurrentIndex(self.target_box.findData(guessed))
        self.target_box.blockSignals(False)
        self._target_changed()

    def _target_titles(self) -> dict[str, str]:
        """The registers a file can go into, in the window's words (the core names them in English)."""
        return {
            "requests": self.tr("Request log"),
            "breaches": self.tr("Breach register"),
            "register": self.tr("Subprocessor register"),
            "records": self.tr("Record of processing activities"),
        }

    def _failed(self, error: Any) -> None:
        self.summary.setText(error_text(error))
        self.summary.setStyleSheet(ERROR_STYLE)
        self.import_button.setEnabled(False)

    # -- the mapping --------------------------------------------------------------------------

    def target(self) -> Any:
        return self.targets.get(self.target_box.currentData())

    def _target_changed(self) -> None:
        from dpo_desk.services import spreadsheet_import as sheets

        target = self.target()
        if target is None or self.sheet is None:
            return
        guessed = sheets.match_columns(self.sheet.headers, target)
        self.columns.setRowCount(len(self.sheet.headers))
        for row in range(len(self.sheet.headers)):
            self.columns.setItem(row, 0, QTableWidgetItem(self.sheet.column_name(row)))
            box = QComboBox()
            box.addItem(self.tr("— leave out —"), "")
            for f in target.fields:
                title = f.title(current_language())
                box.addItem(f"{title} *" if f.required else title, f.key)
            box.setCurrentIndex(max(0, box.findData(guessed.get(row, ""))))
            box.currentIndexChanged.connect(lambda _i, r=row: self._mapping_changed(r))
            self.columns.setCellWidget(row, 1, box)
        self.refresh_preview()

    def set_column(self, row: int, key: str) -> None:
        """Read column `row` as field `key` ("" leaves it out)."""
        box: QComboBox = self.columns.cellWidget(row, 1)  # type: ignore[assignment]
        box.setCurrentIndex(box.findData(key))

    def _mapping_changed(self, changed_row: int) -> None:
        chosen: QComboBox = self.columns.cellWidget(changed_row, 1)  # type: ignore[assignment]
        key = chosen.currentData()
        if key:  # a field is read from one column: the one chosen last
            for row in range(self.columns.rowCount()):
                box: QComboBox = self.columns.cellWidget(row, 1)  # type: ignore[assignment]
                if row != changed_row and box.currentData() == key:
                    box.blockSignals(True)
                    box.setCurrentIndex(0)
                    box.blockSignals(False)
        self._again.start()

    def mapping(self) -> dict[int, str]:
        result = {}
        for row in range(self.columns.rowCount()):
            box: QComboBox = self.columns.cellWidget(row, 1)  # type: ignore[assignment]
            if box is not None and box.currentData():
                result[row] = box.currentData()
        return result

    # -- the preview --------------------------------------------------------------------------

    def refresh_preview(self) -> None:
        target, sheet, mapping, details = self.target(), self.sheet, self.mapping(), self.details
        if target is None or sheet is None:
            return
        self._generation += 1
        generation = self._generation
        order = self.date_order_box.currentData()
        self.summary.setText(self.tr("Checking every row…"))
        self.import_button.setEnabled(False)

        def check(store: Any, _progress: Any) -> Any:
            from dpo_desk.services import organisation
            from dpo_desk.services import spreadsheet_import as sheets

            with store.read() as session:
                tz_name = organisation.get(session).timezone
                return sheets.preview(
                    session, sheet, target, mapping, date_order=order, tz_name=tz_name, details=details
                )

        self.ops.job(check, lambda result: self._show(generation, result), self._failed)

    def _show(self, generation: int, preview: Any) -> None:
        if generation != self._generation:
            return
        self.preview = preview
        fields = [f for f in preview.target.fields if f.key in preview.mapping.values()]
        self.rows.clear()
        self.rows.setColumnCount(len(fields) + 1)
        self.rows.setHorizontalHeaderLabels([self.tr("Row"), *(f.title(current_language()) for f in fields)])
        shown = preview.rows[:PREVIEW_ROWS]
        self.rows.setRowCount(len(shown))
        for r, row in enumerate(shown):
            faults = {e.field: cell_error_reason(e) for e in row.errors}
            number = QTableWidgetItem(str(row.number))
            if row.errors:
                number.setBackground(QBrush(_ERROR))
                number.setToolTip("\n".join(cell_error_reason(e) for e in row.errors))
            self.rows.setItem(r, 0, number)
            for c, f in enumerate(fields, start=1):
                value = row.values.get(f.key)
                text = ", ".join(map(str, value)) if isinstance(value, list) else ("" if value is None else str(value))
                item = QTableWidgetItem(row.raw.get(f.key, "") if f.key in faults else text)
                if f.key in faults:
                    item.setBackground(QBrush(_ERROR))
                    item.setToolTip(faults[f.key])
                self.rows.setItem(r, c, item)
        self.rows.resizeColumnsToContents()
        self.errors.setPlainText("\n".join(self.error_line(e) for e in preview.errors))
        self.summary.setText(self.summary_text(preview))
        self.summary.setStyleSheet(ERROR_STYLE if preview.missing_required or preview.bad_rows else "")
        self._update_button()
        self.preview_did_load.emit()

    def summary_text(self, preview: Any) -> str:
        """The preview in the window's words (the core's `summary_lines()` says it in English for the command
        line): the columns still to choose, or how many rows are ready and how many are in error."""
        missing = [preview.target.field(k).title(current_language()) for k in preview.missing_required]
        if missing:
            return self.tr("Choose the column for: {0}.").format(", ".join(missing))
        return " ".join(
            (
                self.tr("%n row(s) ready to import.", "", len(preview.good_rows)),
                self.tr("%n row(s) with errors.", "", len(preview.bad_rows)),
            )
        )

    def error_line(self, error: Any) -> str:
        """Where a cell error is and why, in the window's words (the core's `message` says it in English)."""
        if error.sheet:
            where = self.tr("Row {0} of sheet {1}, column {2}").format(error.row, error.sheet, error.column)
        else:
            where = self.tr("Row {0}, column {1}").format(error.row, error.column)
        return f"{where}: {cell_error_reason(error)}"

    def _update_button(self) -> None:
        p = self.preview
        ready = p is not None and not p.missing_required and p.good_rows
        self.import_button.setEnabled(bool(ready and (not p.bad_rows or self.skip_box.isChecked())))

    # -- importing ----------------------------------------------------------------------------

    def run_import(self) -> None:
        from dpo_desk.services import spreadsheet_import as sheets

        preview, skip = self.preview, self.skip_box.isChecked()
        if preview is None:
            return
        self.import_button.setEnabled(False)
        self.ops.change(lambda session: sheets.apply(session, preview, skip_errors=skip), self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.imported = list(result.created)
        skipped = len(result.skipped_rows)
        message = self.tr("%n row(s) imported.", "", len(result.created))
        if skipped:
            message += " " + self.tr("%n row(s) in error skipped.", "", skipped)
        QMessageBox.information(self, self.tr("Import"), message)
        self.accept()

"""The adequacy list in use: its date, where it comes from, every decision; and using a newer list.

A newer list (a JSON file in the shipped format) is checked by the core before it is used; the
stored warning counts are then redone.

Signals:
    list_did_change(str): the new list's "as of" date, after it was taken into use.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.errors import DpoDeskError
from dpo_desk.ui.dialogs.register_countries import decision_name
from dpo_desk.ui.formatting import format_date
from dpo_desk.ui.i18n import current_language
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.refusal_text import error_text
from dpo_desk.ui.widgets.palette import ERROR_STYLE, SUCCESS_STYLE
from dpo_desk.ui.widgets.tables import fit_headers, read_only_table


class AdequacyDialog(QDialog):
    list_did_change = Signal(str)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Adequacy decisions"))
        self.resize(980, 560)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.table = read_only_table(
            "adequacy_table",
            [
                self.tr("Countries"),
                self.tr("Decision"),
                self.tr("Reference"),
                self.tr("Valid until"),
                self.tr("Scope"),
                self.tr("Legal challenge"),
            ],
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.use_button = QPushButton(self.tr("Use a newer list…"))
        self.use_button.setToolTip(self.tr("Check an adequacy list file and use it from now on"))
        self.use_button.clicked.connect(lambda _checked=False: self.choose_file())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        self.ops.query(lambda _session: _current(), self._show)

    def _show(self, current: tuple[Any, str]) -> None:
        adequacy, path = current
        self.heading.setText(
            self.tr("Adequacy decisions as of {0}, from {1}. The EEA: {2}.").format(
                format_date(adequacy.as_of), path, ", ".join(sorted(adequacy.eea))
            )
        )
        self.table.setRowCount(len(adequacy.decisions))
        language = current_language()
        for row, d in enumerate(adequacy.decisions):
            values = [
                ", ".join(d.countries) or "—",
                decision_name(d),
                d.reference,
                format_date(d.valid_until),
                d.scope_in(language),
                d.challenge_in(language),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        fit_headers(self.table)  # a header wider than its column's codes ("Maat" over "FI")
        for column in (4, 5):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))
        self.table.resizeRowsToContents()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("A newer adequacy list"), str(Path.home()), self.tr("Adequacy list (*.json)")
        )
        if path:
            self.use_file(path)

    def use_file(self, path: str) -> None:
        from dpo_desk.services import register as service

        def work(session: Any) -> str:
            installed = service.install_adequacy(path)
            service.refresh_warnings_if_stale(session)
            return format_date(installed.as_of)

        self.use_button.setEnabled(False)
        self.ops.change(work, self._used, self._failed)

    def _used(self, as_of: str) -> None:
        self.use_button.setEnabled(True)
        self.message.setStyleSheet(SUCCESS_STYLE)
        self.message.setText(self.tr("Using the adequacy list of {0}.").format(as_of))
        self.list_did_change.emit(as_of)
        self.load()

    def _failed(self, error: BaseException) -> None:
        self.use_button.setEnabled(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(
            error_text(error) if isinstance(error, DpoDeskError) else self.tr("The list was not changed.")
        )


def _current() -> tuple[Any, str]:
    from dpo_desk.services import register as service

    return service.adequacy_list(), str(service.adequacy_path())

"""Reports: every report DPO Desk writes, in one place, with its language and a Generate button.

The list comes from `reporting.catalogue`; a report whose module is not in this build is shown
disabled with a note. Generating runs as an `Ops.job` with progress and can be cancelled.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.reporting import catalogue
from dpo_desk.ui.core_texts import core_text
from dpo_desk.ui.icons import icon
from dpo_desk.ui.ops import Ops, Progress
from dpo_desk.ui.pages.base import Navigator, Page
from dpo_desk.ui.refusal_text import error_text

FILE_TYPES = {
    "pdf": "PDF (*.pdf)",
    "xlsx": "Excel (*.xlsx)",
    "ics": "iCalendar (*.ics)",
    "json": "JSON (*.json)",
}


class ReportsPage(Page):
    key = "reports"
    concerns = frozenset({"organisation"})

    def __init__(self, ops: Ops, navigator: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(ops, navigator, parent)
        self.choose_path: Callable[[catalogue.ReportKind, str], str] = self._ask_path
        self.running: Progress | None = None
        self.buttons: dict[str, QPushButton] = {}

        heading = QLabel("<h2>" + self.tr("Reports") + "</h2>")
        intro = QLabel(self.tr("Every report and export DPO Desk writes. Files are written only where you choose."))
        intro.setStyleSheet("color: #555;")

        self.language = QComboBox()
        self.language.setObjectName("report_language")
        for code, name in (("fi", self.tr("Finnish")), ("sv", self.tr("Swedish")), ("en", self.tr("English"))):
            self.language.addItem(name, code)
        self.year = QSpinBox()
        self.year.setObjectName("report_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(ops.today().year)  # the year under way (the report says "so far" until it ends)
        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("Language of the reports:")))
        choices.addWidget(self.language)
        choices.addSpacing(16)
        choices.addWidget(QLabel(self.tr("Year of the annual report:")))
        choices.addWidget(self.year)
        choices.addStretch(1)

        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setColumnStretch(0, 1)
        grid.setVerticalSpacing(10)
        for row, entry in enumerate(catalogue.CATALOGUE):
            self._add_row(grid, row, entry)
        grid.setRowStretch(len(catalogue.CATALOGUE), 1)  # rows keep their height; the room left goes below
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)

        self.progress = QProgressBar()
        self.progress.setObjectName("report_progress")
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.message = QLabel()
        self.message.setObjectName("report_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status = QHBoxLayout()
        status.addWidget(self.message, 1)
        status.addWidget(self.progress)
        status.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(choices)
        layout.addWidget(scroll, 1)
        layout.addLayout(status)

    def title(self) -> str:
        return self.tr("Reports")

    def _add_row(self, grid: QGridLayout, row: int, entry: catalogue.ReportKind) -> None:
        title = QLabel(f"<b>{core_text(entry.title)}</b> <span style='color:#777'>(.{entry.suffix})</span>")
        description = QLabel(core_text(entry.description))
        description.setWordWrap(True)
        button = QPushButton(icon("mdi6.file-document-outline"), self.tr("Generate…"))
        button.setObjectName(f"generate_{entry.key}")
        button.clicked.connect(lambda _checked=False, e=entry: self.generate(e))
        heading = QHBoxLayout()  # the button beside the report's name
        heading.addWidget(title)
        heading.addSpacing(8)
        heading.addWidget(button)
        heading.addStretch(1)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addLayout(heading)
        text.addWidget(description)
        grid.addLayout(text, row, 0)
        self.buttons[entry.key] = button

    def refresh(self) -> None:
        from dpo_desk.services import organisation

        def chosen(lang: str) -> None:
            index = self.language.findData(lang)
            if index >= 0:
                self.language.setCurrentIndex(index)

        self.ops.query(lambda session: organisation.get(session).report_language, chosen)

    # -- generating -----------------------------------------------------------------------------

    def _ask_path(self, entry: catalogue.ReportKind, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save {0}").format(core_text(entry.title)), suggested, FILE_TYPES.get(entry.suffix, "")
        )
        return path

    def generate(self, entry: catalogue.ReportKind) -> None:
        if self.running is not None:
            self.message.setText(self.tr("Another report is being written; wait for it or cancel it."))
            return
        lang = self.language.currentData()
        year = self.year.value()
        suggested = catalogue.default_filename(entry, lang, year)
        target = self.choose_path(entry, suggested)
        if not target:
            return

        def work(store: Any, progress: Progress) -> str:
            from dpo_desk.services import reports

            reports.produce(
                store,
                entry.key,
                catalogue.writer(entry),
                self.ops.output(target),
                lang=lang,
                year=year,
                progress=progress,
            )
            return target

        self._set_running(True)
        self.message.setText(self.tr("Writing {0}…").format(core_text(entry.title)))
        self.running = self.ops.job(work, self._done, self._failed, self._progressed)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / total) if total else 0)

    def _done(self, target: str) -> None:
        self._set_running(False)
        self.progress.setValue(100)
        self.message.setText(self.tr("Wrote {0}").format(Path(target)))

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        self.message.setText(error_text(error))

    def cancel(self) -> None:
        if self.running is not None:
            self.running.cancelled = True

    def _set_running(self, running: bool) -> None:
        if not running:
            self.running = None
        self.progress.setVisible(running)
        self.progress.setValue(0)
        self.cancel_button.setVisible(running)

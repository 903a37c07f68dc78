"""The Breaches page: the table of every breach (paged, sorted and filtered by the core) beside one breach's
detail with its live 72-hour countdown. Ctrl+N logs a new breach; Ctrl+F goes to the search field."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.ui.commands import PageCommand, shortcut_text
from dpo_desk.ui.dialogs.breach_detail import BreachDetail
from dpo_desk.ui.formatting import datetime_samples, format_moment
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.pages.base import Navigator, Page, page_toolbar
from dpo_desk.ui.refusal_text import error_text
from dpo_desk.ui.widgets.paged_table import Column, PagedTableModel, fit_columns, table_first
from dpo_desk.ui.widgets.palette import ERROR_STYLE
from dpo_desk.ui.widgets.tables import case_table, empty_state


class BreachesPage(Page):
    key = "breaches"
    concerns = frozenset({"breach", "breach_notification", "organisation"})

    def __init__(self, ops: Ops, navigator: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(ops, navigator, parent)
        self.timezone = "Europe/Helsinki"
        self._pending_reference: str | None = None
        self._sized = False
        self.detail = BreachDetail(ops)
        self.detail.breach_did_change.connect(self._on_breach_changed)
        self.detail.linked.activity_did_open.connect(self.navigator.open_case)
        titles = self.detail.titles

        self.search = QLineEdit()
        self.search.setObjectName("breach_search")
        self.search.setPlaceholderText(self.tr("Search reference or title (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = self._combo(
            [(self.tr("Open and closed"), ""), (self.tr("Open"), "open"), (self.tr("Closed"), "closed")]
        )
        self.risk_filter = self._combo(
            [(self.tr("Any risk"), ""), (self.tr("Not decided"), "undecided")]
            + [(v, k) for k, v in titles["risk"].items() if k]
        )
        self.cause_filter = self._combo([(self.tr("Any cause"), "")] + [(v, k) for k, v in titles["cause"].items()])
        self.new_button = QPushButton(self.tr("New breach"))
        self.new_button.setObjectName("breach_new")
        self.new_button.setToolTip(self.tr("Log a new breach ({0})").format(shortcut_text("new")))
        self.new_button.clicked.connect(self.new_breach)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        for combo in (self.status_filter, self.risk_filter, self.cause_filter):
            combo.currentIndexChanged.connect(self.apply_filters)

        from dpo_desk.services import breaches

        self.service = breaches
        columns = [
            Column("reference", self.tr("Reference")),
            Column("title", self.tr("Title")),
            Column(
                "aware_text",
                self.tr("Became aware"),
                sort_key="aware_at",
                display=lambda row: format_moment(row.aware_at, row.timezone),
            ),
            Column(
                "deadline_text",
                self.tr("Deadline (72 h)"),
                sort_key="authority_deadline",
                display=lambda row: (
                    self.tr("controller's")
                    if row.role == "processor"
                    else format_moment(row.authority_deadline, row.timezone)
                ),
            ),
            Column(
                "notified_text",
                self.tr("Notified"),
                sort_key="authority_deadline",
                display=lambda row: format_moment(row.first_notified_at, row.timezone),
            ),
            Column("risk", self.tr("Risk"), format=lambda v: titles["risk"].get(v or "", "")),
            Column("status", self.tr("Status"), format=lambda v: titles["status"].get(v, v)),
        ]
        fetch, count = self._query()
        self.model = PagedTableModel(ops, columns, fetch, count, tone=lambda row: row.tone(ops.clock.now()))
        self.model.sort_key, self.model.descending = "aware_at", True
        self.model.rows_did_load.connect(self._on_rows)
        self.model.total_did_change.connect(self._on_total)
        self.table = case_table("breach_table", self.model, 2, Qt.SortOrder.DescendingOrder)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(False)
        # Key columns sized from the font (no date is ever cut); the title gives way and elides.
        fit_columns(
            self.table,
            {
                0: "BR-2026-0000",
                2: datetime_samples(),
                3: datetime_samples(),
                4: datetime_samples(),
                5: max(titles["risk"].values(), key=len),  # the longest word of the language
                6: max(titles["status"].values(), key=len),
            },
            elastic=(1,),
        )
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

        self.total_label = QLabel()
        self.total_label.setObjectName("breach_total")
        self.register_button = QPushButton(self.tr("Breach register (xlsx)…"))
        self.register_button.setObjectName("breach_register")
        self.register_button.setToolTip(self.tr("Every breach, notified or not, with the reasoning of each decision"))
        self.register_button.clicked.connect(self.choose_register_file)
        self.register_status = QLabel()
        self.register_status.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote user text
        self.register_status.setObjectName("breach_register_status")
        self.empty = empty_state("breach_empty")
        self.empty.setStyleSheet("color: #555; font-size: 15px")
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty)

        self.detail_empty = QLabel(self.tr("Select a breach to see its clock, facts and notifications."))
        self.detail_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_empty.setStyleSheet("color: #555")
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self.detail_empty)
        self.detail_stack.addWidget(self.detail)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table_stack, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total_label)
        bottom.addWidget(self.register_status, 1)
        left_layout.addLayout(bottom)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail_stack)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 520])
        self.splitter = splitter
        heading = QLabel(f"<h2>{self.title()}</h2>")
        subtitle = QLabel(self.tr("Every breach, notified or not, is kept here as the register of Art. 33(5)."))
        subtitle.setStyleSheet("color: #555")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(subtitle)
        layout.addLayout(
            page_toolbar(
                self.new_button, [self.status_filter, self.risk_filter, self.cause_filter], self.search,
                [self.register_button],
            )
        )  # fmt: skip
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("Breaches")

    def commands(self) -> dict[str, PageCommand]:
        return {
            "new": PageCommand(self.tr("&New breach…"), self.new_breach),
            "find": PageCommand(self.tr("&Find a breach"), self.search.setFocus),
            "refresh": PageCommand(self.tr("&Reload"), self.refresh),
            "open_attachment": PageCommand(
                self.tr("&Open the selected attachment"), self._on_detail(self.detail.attachments.open_selected)
            ),
            "save": PageCommand(self.tr("&Save the breach's open tab"), self._on_detail(self.detail.save_current_tab)),
            "print": PageCommand(
                self.tr("Write the &notification to the authority (PDF)…"),
                self._on_detail(lambda: self.detail.choose_and_write("notification")),
            ),
            "export": PageCommand(self.tr("E&xport the breach register…"), self.choose_register_file),
        }

    def _on_detail(self, action: Callable[[], object]) -> Callable[[], None]:
        """A detail action from the menu: only while a breach is shown."""

        def run() -> None:
            if self.detail.view is not None and self.detail_stack.currentWidget() is self.detail:
                action()

        return run

    def selected_reference(self) -> str | None:
        return self.detail.view.reference if self.detail.view is not None else None

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._sized:  # the first real width is known only once shown: give the table the larger part
            self._sized = True
            table_first(self.splitter, self.table, 0.6)

    def _combo(self, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        for title, data in items:
            combo.addItem(title, data)
        return combo

    # -- the table ----------------------------------------------------------------------------------

    def filters(self) -> dict[str, Any]:
        return {
            "status": self.status_filter.currentData() or None,
            "risk": self.risk_filter.currentData() or None,
            "cause": self.cause_filter.currentData() or None,
            "search": self.search.text().strip() or None,
        }

    def _query(self) -> tuple[Any, Any]:
        filters = self.filters()
        service = self.service

        def fetch(session: Any, offset: int, limit: int, sort_key: str, descending: bool) -> list[Any]:
            return service.fetch(session, offset, limit, sort_key, descending, **filters)

        def count(session: Any) -> int:
            return service.count(session, **filters)

        return fetch, count

    def apply_filters(self) -> None:
        self.model.set_query(*self._query())

    def refresh(self) -> None:
        from dpo_desk.services import organisation

        self.ops.query(lambda session: organisation.get(session).timezone, self._set_timezone)
        self.model.reload()
        if self.detail.view is not None:
            self.detail.load(self.detail.view.reference)

    def _set_timezone(self, tz_name: str) -> None:
        self.timezone = tz_name

    def _on_total(self, total: int) -> None:
        self.total_label.setText(self.tr("%n breach(es)", "", total))
        if total:
            self.table_stack.setCurrentWidget(self.table)
            return
        if any(self.filters().values()):
            self.empty.setText(self.tr("No breach matches these filters."))
        else:
            self.empty.setText(
                self.tr(
                    "No breaches recorded.\n\nPress Ctrl+N to log one the moment you become aware:\n"
                    "the 72 hours to notify the Data Protection Ombudsman start then."
                )
            )
        self.table_stack.setCurrentWidget(self.empty)

    def _on_rows(self) -> None:
        if self._pending_reference:
            if self._select(self._pending_reference):
                self._pending_reference = None
            return
        if self.detail.view is None and self.model.rowCount():
            self.table.selectRow(0)

    def _select(self, reference: str) -> bool:
        for row, item in enumerate(self.model.rows()):
            if item.reference == reference:
                index = self.model.index(row, 0)
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )
                self.table.scrollTo(index)
                return True
        return False

    def _on_current(self, current: Any, _previous: Any) -> None:
        row = self.model.row_at(current.row())
        if row is not None:
            self.detail_stack.setCurrentWidget(self.detail)
            self.detail.load(row.reference)

    def _on_breach_changed(self, reference: str) -> None:
        self._pending_reference = reference
        self.model.reload()

    # -- actions ------------------------------------------------------------------------------------

    def new_breach(self) -> None:
        from dpo_desk.ui.dialogs.breach_new import NewBreachDialog

        dialog = NewBreachDialog(
            self.ops, self.timezone, self.detail.titles["cause"], self.detail.titles["nature"], self
        )
        if dialog.exec() and dialog.reference:
            self.open_reference(dialog.reference)

    def choose_register_file(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the breach register"), str(Path.home() / "breach-register.xlsx"), "Excel (*.xlsx)"
        )
        if path:
            self.write_register(Path(path))

    def write_register(self, target: Any, lang: str | None = None) -> None:
        """Writes the Art. 33(5) register in the background, with progress."""

        def work(store: Any, progress: Any) -> Any:
            from dpo_desk.reporting import breach_register
            from dpo_desk.services import reports

            with store.read() as session:
                data = reports.gather_breach_register(session, lang)
            breach_register.write(data, self.ops.output(target), progress)
            return target

        self.register_button.setEnabled(False)
        self.register_status.setStyleSheet("")
        self.register_status.setText(self.tr("Writing the register…"))
        self.ops.job(
            work,
            self._register_done,
            self._register_failed,
            lambda done, total: self.register_status.setText(
                self.tr("Writing the register… {0}/{1}").format(done, total)
            ),
        )

    def _register_done(self, path: Any) -> None:
        self.register_button.setEnabled(True)
        self.register_status.setText(self.tr("Saved {0}").format(path))

    def _register_failed(self, error: BaseException) -> None:
        self.register_button.setEnabled(True)
        self.register_status.setStyleSheet(ERROR_STYLE)
        self.register_status.setText(error_text(error))

    def open_reference(self, reference: str) -> bool:
        if not reference.upper().startswith("BR-"):
            return False
        reference = reference.upper()
        self.detail_stack.setCurrentWidget(self.detail)
        self.detail.load(reference)
        if not self._select(reference):
            self._pending_reference = reference
            widgets = (self.search, self.status_filter, self.risk_filter, self.cause_filter)
            for widget in widgets:  # clear every filter, then query once
                widget.blockSignals(True)
            self.search.clear()
            for combo in widgets[1:]:
                combo.setCurrentIndex(0)
            for widget in widgets:
                widget.blockSignals(False)
            self._search_timer.stop()
            self.apply_filters()
        return True

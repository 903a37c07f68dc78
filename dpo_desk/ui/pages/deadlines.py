"""Deadlines: every open limit across the modules as one sortable, filterable table.

Overdue rows are red, rows due within the reminder window yellow; double-clicking a row opens its
case. The calendar export writes the same overview as an .ics file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.services import deadlines
from dpo_desk.ui.commands import PageCommand, shortcut_text
from dpo_desk.ui.core_texts import core_text
from dpo_desk.ui.formatting import datetime_samples, format_due
from dpo_desk.ui.i18n import current_language, plurals, translate
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.pages.base import Navigator, Page, page_toolbar
from dpo_desk.ui.refusal_text import error_text
from dpo_desk.ui.widgets.paged_table import TONED_TEXT, TONES, capitalised, fit_columns
from dpo_desk.ui.widgets.tables import case_table, empty_state

Index = QModelIndex | QPersistentModelIndex
Clock = Callable[[], dt.datetime]
OVERDUE_TEXT = QColor("#9b1c1c")
REFERENCE_ROLE = Qt.ItemDataRole.UserRole + 1


def module_titles(widget: QWidget) -> dict[str, str]:
    return {
        "requests": translate("DeadlinesPage", "Requests"),
        "breaches": translate("DeadlinesPage", "Breaches"),
        "register": translate("DeadlinesPage", "Register"),
        "records": translate("DeadlinesPage", "Records"),
    }


def deadline_title(deadline: Any) -> str:
    """What the limit is about, in the window's language: "Erasure: Liisa Korhonen" for a request (the
    core's title is English); the case's own name otherwise (a breach's title, an entry's name)."""
    request_type = deadline.extra.get("request_type")
    if request_type is None:  # a case's own name, else the core's title (a breach's is the DPO's words)
        return deadline.extra.get("subject") or deadline.title
    type_text = _request_type_words(current_language()).get(request_type, request_type)
    return f"{capitalised(type_text)}: {deadline.extra.get('subject', '')}"


@lru_cache(maxsize=3)
def _request_type_words(language: str) -> dict[str, str]:
    """The request types' words in one language (asked for once per language, not once per cell)."""
    from dpo_desk.ui.pages.requests import labels_for

    return labels_for(None)["types"]


def when_text(widget: QWidget, item: deadlines.OverviewItem, now: dt.datetime, tz_name: str) -> str:
    """'3 days late', 'today', 'in 5 h', 'in 12 days': how near the limit is, in words."""
    due = item.deadline.due
    if isinstance(due, dt.datetime) and not item.overdue and due - now < dt.timedelta(hours=24):
        return translate("DeadlinesPage", "in {0} h").format(max(0, int((due - now).total_seconds() // 3600)))
    days = deadlines.days_left(item, now, tz_name)
    if item.overdue:
        return plurals().days_late(max(1, -days)) if days < 0 else translate("DeadlinesPage", "late")
    if days == 0:
        return translate("DeadlinesPage", "today")
    if days == 1:
        return translate("DeadlinesPage", "tomorrow")
    return plurals().in_days(days)


class DeadlineTableModel(QAbstractTableModel):
    """The overview's items as rows; sort values are the due moment, so dates and times sort together."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self._page = page
        self.items: list[deadlines.OverviewItem] = []
        self.now = page.ops.clock.now()
        self.tz_name = "Europe/Helsinki"
        self.warning = deadlines.WarningWindow(7, 24)
        self.headers = [
            translate("DeadlinesPage", "Due"),
            translate("DeadlinesPage", "When"),
            translate("DeadlinesPage", "Case"),
            translate("DeadlinesPage", "What is due"),
            translate("DeadlinesPage", "Title"),
            translate("DeadlinesPage", "Module"),
            translate("DeadlinesPage", "Rule"),
        ]
        self._modules = module_titles(page)

    def set_items(
        self,
        items: list[deadlines.OverviewItem],
        now: dt.datetime,
        tz_name: str,
        warning: deadlines.WarningWindow,
    ) -> None:
        self.beginResetModel()
        self.now, self.tz_name, self.warning = now, tz_name, warning
        self.items = self._sorted(items)
        self.endResetModel()

    # The model sorts itself, in one `sorted()` over a key per row: the proxy's own sort asked `data()` for
    # both sides of every comparison (some 70,000 calls into Python for 5,000 deadlines, over a second of
    # the GUI thread each time the page filled).
    sort_column = 0
    sort_order = Qt.SortOrder.AscendingOrder

    def _sort_key(self, item: deadlines.OverviewItem, column: int) -> Any:
        if column in (0, 1):
            return item.deadline.due_moment(self.tz_name).timestamp()
        return self._cell(item, column).casefold()

    def _sorted(self, items: list[deadlines.OverviewItem]) -> list[deadlines.OverviewItem]:
        column, descending = self.sort_column, self.sort_order == Qt.SortOrder.DescendingOrder
        return sorted(items, key=lambda item: self._sort_key(item, column), reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0:
            return
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = {id(item): row for row, item in enumerate(self.items)}
        self.items = self._sorted(self.items)
        moved = {before[id(item)]: row for row, item in enumerate(self.items)}
        kept = self.persistentIndexList()  # the selection follows its row
        self.changePersistentIndexList(kept, [self.index(moved[index.row()], index.column()) for index in kept])
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def _cell(self, item: deadlines.OverviewItem, column: int) -> str:
        d = item.deadline
        if column == 0:
            return format_due(d.due, self.tz_name)
        if column == 1:
            return when_text(self._page, item, self.now, self.tz_name)
        if column == 2:
            return d.reference
        if column == 3:
            return core_text(deadlines.kind_label(d.kind))
        if column == 4:
            return deadline_title(d)
        if column == 5:
            return self._modules.get(d.module, d.module)
        return core_text(d.rule)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("DeadlinesPage", "Double-click to open {0}").format(item.deadline.reference)
        if role == REFERENCE_ROLE:
            return item.deadline.reference
        if role == Qt.ItemDataRole.UserRole:  # sort value
            return self._sort_key(item, index.column())
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            tone = deadlines.urgency_of(item, self.now, self.tz_name).tone  # one scale for every module
            if tone is None:
                return None
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(TONES[tone])
            return QBrush(OVERDUE_TEXT if item.overdue else TONED_TEXT)
        return None


class DeadlineFilter(QSortFilterProxyModel):
    """Filters by module and by "overdue" or "due within N days" (N counted in the organisation's zone)."""

    def __init__(self, source: DeadlineTableModel) -> None:
        super().__init__(source)
        self.setSourceModel(source)
        self.setSortRole(Qt.ItemDataRole.UserRole)
        self.module = ""
        self.show_what = "all"  # all | overdue | within
        self.within_days = 14

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The rows come sorted from the model (see DeadlineTableModel.sort); the proxy only filters them."""
        self.sourceModel().sort(column, order)

    def set_filter(self, module: str, show: str, within_days: int) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self.module, self.show_what, self.within_days = module, show, within_days
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.module, self.show_what, self.within_days = module, show, within_days
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model: DeadlineTableModel = self.sourceModel()  # type: ignore[assignment]
        item = model.items[row]
        if self.module and item.deadline.module != self.module:
            return False
        if self.show_what == "overdue":
            return item.overdue
        if self.show_what == "within":
            return not item.overdue and deadlines.days_left(item, model.now, model.tz_name) <= self.within_days
        return True


class DeadlinesPage(Page):
    key = "deadlines"

    def __init__(self, ops: Ops, navigator: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(ops, navigator, parent)
        self.concerns = deadlines.watched_tables()
        self.clock: Clock = ops.clock.now
        self.choose_ics_path: Callable[[], str] = self._ask_ics_path

        heading = QLabel("<h2>" + self.tr("Deadlines") + "</h2>")
        self.summary = QLabel()
        self.summary.setObjectName("deadlines_summary")

        self.module_filter = QComboBox()
        self.module_filter.setObjectName("module_filter")
        self.module_filter.addItem(self.tr("All modules"), "")
        for key, title in module_titles(self).items():
            self.module_filter.addItem(title, key)
        self.show_filter = QComboBox()
        self.show_filter.setObjectName("show_filter")
        self.show_filter.addItem(self.tr("Every open deadline"), "all")
        self.show_filter.addItem(self.tr("Overdue only"), "overdue")
        self.show_filter.addItem(self.tr("Due within…"), "within")
        self.days = QSpinBox()
        self.days.setObjectName("within_days")
        self.days.setRange(0, 365)
        self.days.setValue(14)
        self.days.setSuffix(self.tr(" days"))
        self.days.setEnabled(False)
        self.export_button = QPushButton(self.tr("Export calendar (.ics)…"))
        self.export_button.setObjectName("export_ics")
        self.export_button.setToolTip(
            self.tr("Every open deadline as calendar events ({0})").format(shortcut_text("export"))
        )
        self.export_button.clicked.connect(self.export_calendar)
        filters = page_toolbar(
            None,
            [QLabel(self.tr("Module:")), self.module_filter, QLabel(self.tr("Show:")), self.show_filter, self.days],
            None,
            [self.export_button],
        )

        self.model = DeadlineTableModel(self)
        self.proxy = DeadlineFilter(self.model)
        self.table = case_table("deadlines_table", self.proxy)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().setVisible(False)
        metrics = self.table.fontMetrics()
        when = max(self.tr("in %n day(s)", "", 365), plurals().days_late(365), key=metrics.horizontalAdvance)
        module = max(module_titles(self).values(), key=metrics.horizontalAdvance)  # "Loukkaukset", not "Pyynnöt"
        fit_columns(
            self.table,
            {0: datetime_samples(), 1: when, 2: "DSR-2026-0000", 5: module},
            elastic=(3, 4, 6),  # what is due, the title and the rule give way and elide
        )
        self.table.activated.connect(self._open_row)  # a double-click, or Enter on the selected row

        self.empty = empty_state(
            "deadlines_empty",
            self.tr(
                "<h3>Nothing is due</h3><p>No request, breach, register entry or processing activity has an open "
                "deadline. Limits appear here as soon as cases are logged.</p>"
            ),
        )
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)

        self.message = QLabel()
        self.message.setObjectName("deadlines_message")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.message)

        self.module_filter.currentIndexChanged.connect(self._apply_filter)
        self.show_filter.currentIndexChanged.connect(self._apply_filter)
        self.days.valueChanged.connect(self._apply_filter)

    def title(self) -> str:
        return self.tr("Deadlines")

    def commands(self) -> dict[str, PageCommand]:
        return {
            "refresh": PageCommand(self.tr("&Reload"), self.refresh),
            "export": PageCommand(self.tr("E&xport the calendar (.ics)…"), self.export_calendar),
        }

    # -- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        now = self.clock()

        def load(session: Any) -> tuple[list[deadlines.OverviewItem], str, deadlines.WarningWindow]:
            from dpo_desk.services import organisation

            return (
                deadlines.overview(session, now),
                organisation.get(session).timezone,
                deadlines.warning_window(session),
            )

        self.ops.query(load, lambda result: self._show(now, *result))

    def _show(
        self, now: dt.datetime, items: list[deadlines.OverviewItem], tz_name: str, warning: deadlines.WarningWindow
    ) -> None:
        self.model.set_items(items, now, tz_name, warning)
        late = sum(1 for i in items if i.overdue)
        self.summary.setText(
            self.tr("%n open deadline(s), {0} overdue. Double-click a row to open its case.", "", len(items)).format(
                late
            )
        )
        self.body.setCurrentWidget(self.empty if not items else self.table)
        self.export_button.setEnabled(bool(items))

    def _apply_filter(self) -> None:
        show = self.show_filter.currentData()
        self.days.setEnabled(show == "within")
        self.proxy.set_filter(self.module_filter.currentData(), show, self.days.value())

    def visible_references(self) -> list[str]:
        """The references in the order shown (tests and keyboard users read the table this way)."""
        return [self.proxy.index(row, 0).data(REFERENCE_ROLE) for row in range(self.proxy.rowCount())]

    # -- acting ---------------------------------------------------------------------------------

    def _open_row(self, index: QModelIndex) -> None:
        reference = index.data(REFERENCE_ROLE)
        if reference:
            self.navigator.open_case(reference)

    def _ask_ics_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export deadlines as a calendar"), "dpo-desk-deadlines.ics", self.tr("iCalendar (*.ics)")
        )
        return path

    def export_calendar(self) -> None:
        target = self.choose_ics_path()
        if not target:
            return
        now = self.clock()

        def work(store: Any, progress: Any) -> int:
            from dpo_desk.reporting.deadlines_ics import write_deadlines_ics
            from dpo_desk.services import reports

            progress(0, 1)
            with store.read() as session:
                data = reports.gather_deadlines(session, now)
            return write_deadlines_ics(data, self.ops.output(target))

        def done(count: int) -> None:
            self.message.setText(self.tr("Wrote %n deadline(s) to {0}.", "", count).format(target))

        def failed(error: BaseException) -> None:
            self.message.setText(error_text(error))

        self.message.setText(self.tr("Writing the calendar…"))
        self.ops.job(work, done, failed)

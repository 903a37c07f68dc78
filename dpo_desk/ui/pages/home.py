"""Home: what is open, what is late, what falls due in the next 14 days, and the year in charts.

Everything shown comes from one core call, `services.dashboard.snapshot`; this page only draws it.
Every case in the lists opens with a click.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import lru_cache
from html import escape
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.timeparse import zone
from dpo_desk.services import dashboard, deadlines
from dpo_desk.ui.commands import PageCommand
from dpo_desk.ui.core_texts import core_text
from dpo_desk.ui.formatting import format_datetime, format_due
from dpo_desk.ui.i18n import current_language, translate
from dpo_desk.ui.look import is_dark
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.pages.base import Navigator, Page
from dpo_desk.ui.pages.deadlines import deadline_title, module_titles, when_text
from dpo_desk.ui.widgets.paged_table import TONED_TEXT, TONES

OVERDUE_RED = QColor("#b42318")
OVERDUE_RED_ON_DARK = QColor("#ff8a80")  # the same warning, readable on a dark panel
PALETTE = ("#2e6fbd", "#e07b39", "#3a9a6c", "#9b59b6", "#c0392b", "#16a085", "#7f8c8d", "#d4ac0d")
REFERENCE_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_HEIGHT = 24
LIST_ROWS = 6  # a case list shows this many rows before it scrolls
# Home is an overview: the most urgent cases, then a row that leads to all of them on the Deadlines page.
# (At 100,000 requests some 4,000 are overdue; a row of widgets each took the GUI thread minutes.)
LIST_LIMIT = 100
MORE_ROW = "more"  # the REFERENCE_ROLE of the row leading to the Deadlines page
# What the months chart's axis and margins take besides the twelve columns (measured at 1280 px).
CHART_FRAME_WIDTH = 90
CARD_STYLE = (
    "QFrame#card { background: #f6f8fb; border: 1px solid #d9e1ec; border-radius: 8px; }"
    "QFrame#card:hover { border-color: #2e6fbd; }"
)


class CountCard(QFrame):
    """A module's open cases as one big number; clicking it shows the module's page."""

    def __init__(self, title: str, on_click: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(CARD_STYLE)
        self.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        self.setMinimumHeight(84)
        self._on_click = on_click
        self.number = QLabel("…")
        font = QFont()
        font.setPointSize(20)
        font.setBold(True)
        self.number.setFont(font)
        self.title = QLabel(title)
        self.title.setStyleSheet("font-weight: bold; color: #1f1f1f;")
        self.note = QLabel()
        self.note.setStyleSheet("color: #555;")
        self.overdue = QLabel()
        self.overdue.setObjectName("card_overdue")
        self.overdue.setStyleSheet(f"color: {OVERDUE_RED.name()}; font-weight: bold;")
        self.number.setStyleSheet("color: #1f1f1f;")
        figures = QHBoxLayout()
        figures.addWidget(self.number)
        figures.addStretch(1)
        figures.addWidget(self.overdue, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addLayout(figures)
        layout.addWidget(self.note)

    def mouseReleaseEvent(self, event: Any) -> None:
        self._on_click()
        super().mouseReleaseEvent(event)


class HomePage(Page):
    key = "home"

    def __init__(self, ops: Ops, navigator: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(ops, navigator, parent)
        self.concerns = deadlines.watched_tables()
        self.clock: Callable[[], dt.datetime] = ops.clock.now
        self.snapshot: dashboard.DashboardSnapshot | None = None
        self._narrow_months = False
        self.modules = module_titles(self)

        heading = QLabel("<h2>" + self.tr("Home") + "</h2>")
        self.as_of = QLabel()
        self.as_of.setStyleSheet("color: #555;")

        self.cards: dict[str, CountCard] = {}
        cards = QHBoxLayout()
        for key in deadlines.MODULE_KEYS:
            card = CountCard(self.modules[key], lambda k=key: self.navigator.show_page(k))
            card.setObjectName("card")
            card.setAccessibleName(f"card_{key}")
            self.cards[key] = card
            cards.addWidget(card)

        self.overdue_list = self._case_table("overdue_list")
        self.soon_list = self._case_table("due_soon_list")
        self.overdue_heading = QLabel()
        self.overdue_heading.setStyleSheet(f"color: {OVERDUE_RED.name()}; font-weight: bold;")
        self.soon_heading = QLabel()
        self.soon_heading.setStyleSheet("font-weight: bold;")
        all_deadlines = QPushButton(self.tr("All deadlines…"))
        all_deadlines.clicked.connect(lambda: self.navigator.show_page("deadlines"))
        lists = QGridLayout()
        lists.addWidget(self.overdue_heading, 0, 0)
        soon_top = QHBoxLayout()
        soon_top.addWidget(self.soon_heading, 1)
        soon_top.addWidget(all_deadlines)
        lists.addLayout(soon_top, 0, 1)
        lists.addWidget(self.overdue_list, 1, 0, Qt.AlignmentFlag.AlignTop)
        lists.addWidget(self.soon_list, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.requests_chart = self._chart_view("chart_requests_by_month")
        self.on_time_chart = self._chart_view("chart_on_time")
        self.causes_chart = self._chart_view("chart_breaches_by_cause")
        self.chart_titles: dict[QChartView, QLabel] = {}
        self.chart_legends: dict[QChartView, QLabel] = {}
        charts = QHBoxLayout()
        charts.addWidget(self._chart_card(self.requests_chart), 4)
        charts.addWidget(self._chart_card(self.on_time_chart), 2)
        charts.addWidget(self._chart_card(self.causes_chart), 2)

        content = QWidget()
        body = QVBoxLayout(content)
        body.addLayout(cards)
        body.addSpacing(8)
        body.addLayout(lists)
        body.addSpacing(8)
        body.addLayout(charts, 1)  # the charts take the room the lists leave
        body.setContentsMargins(0, 0, 0, 0)

        self.empty = self._empty_state()
        self.stack = QStackedWidget()
        self.stack.addWidget(content)  # no scroll area: everything fits the smallest window (1000×640)
        self.stack.addWidget(self.empty)
        self.dashboard_view = content

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.as_of)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    def title(self) -> str:
        return self.tr("Home")

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.snapshot is None or self.snapshot.is_empty:
            return
        narrow = self._months_must_be_narrow(self.snapshot)
        if narrow != self._narrow_months:
            self._draw_requests_chart(self.snapshot)  # month names or initials, as the width allows

    def commands(self) -> dict[str, PageCommand]:
        return {"refresh": PageCommand(self.tr("&Reload"), self.refresh)}

    # -- building -------------------------------------------------------------------------------

    def _case_table(self, name: str) -> QTableWidget:
        """A small table of cases: when first ("3 days late", "in 2 days"), then case, what, title.

        The title gives way and elides; the table never scrolls sideways. A click or Enter opens the case.
        """
        table = QTableWidget(0, 4)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Case"), self.tr("What"), self.tr("Title")])
        table.verticalHeader().setVisible(False)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(2, 150)
        header.setHighlightSections(False)
        table.itemClicked.connect(self._open_item)  # the rows read as links: one click opens the case
        table.activated.connect(lambda index: self._open_item(table.item(index.row(), 0)))  # Enter
        return table

    def _chart_view(self, name: str) -> QChartView:
        chart = QChart()
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.setBackgroundVisible(False)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        if is_dark(self.palette()):
            chart.setTheme(QChart.ChartTheme.ChartThemeDark)
            chart.setBackgroundVisible(False)
        view = QChartView(chart)
        view.setObjectName(name)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(150)
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        view.setStyleSheet("background: transparent;")
        return view

    def _chart_card(self, view: QChartView) -> QFrame:
        """A chart with its title above and its legend below as wrapping text, so neither is ever cut short."""
        card = QFrame()
        card.setObjectName("chart_card")
        card.setStyleSheet(
            "QFrame#chart_card { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"
        )
        title = QLabel()
        title.setWordWrap(True)
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        title.setStyleSheet("font-weight: bold; border: none;")
        legend = QLabel()
        legend.setWordWrap(True)
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setStyleSheet("border: none;")
        legend.setVisible(False)
        self.chart_titles[view] = title
        self.chart_legends[view] = legend
        layout = QVBoxLayout(card)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(title)
        layout.addWidget(view, 1)
        layout.addWidget(legend)
        return card

    def _show_legend(self, view: QChartView, entries: list[tuple[str, str]]) -> None:
        """(colour, name) pairs as a wrapping line of coloured squares and names."""
        label = self.chart_legends[view]
        label.setText(
            " &nbsp; ".join(
                f"<span style='color:{colour}'>■</span>&nbsp;{escape(name).replace(' ', '&nbsp;')}"
                for colour, name in entries
            )
        )
        label.setVisible(bool(entries))

    def _empty_state(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("home_empty")
        heading = QLabel("<h3>" + self.tr("Nothing to show yet") + "</h3>")
        text = QLabel(
            self.tr(
                "When you log a rights request or a breach, or fill the register of subprocessors and the "
                "records of processing, this page shows what is open, what is late and what falls due in the "
                "next two weeks, with the year's figures in charts."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(620)  # a wrapped label needs its width and height given, or a layout squeezes it
        text.setMinimumHeight(text.heightForWidth(620))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for key, label in (
            ("requests", self.tr("Log a request")),
            ("breaches", self.tr("Log a breach")),
            ("register", self.tr("Open the register")),
            ("settings", self.tr("Organisation settings")),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _checked=False, k=key: self.navigator.show_page(k))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(panel)
        layout.addStretch(1)
        layout.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return panel

    # -- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        now = self.clock()
        self.ops.query(lambda session: dashboard.snapshot(session, now), self.show_snapshot)

    def show_snapshot(self, snap: dashboard.DashboardSnapshot) -> None:
        self.snapshot = snap
        local = snap.now.astimezone(zone(snap.timezone))
        self.as_of.setText(self.tr("As of {0}").format(format_datetime(local)))
        if snap.is_empty:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.dashboard_view)
        self._show_counts(snap)
        self._fill_list(self.overdue_list, snap.overdue, snap, overdue=True)
        self._fill_list(self.soon_list, snap.due_soon, snap, overdue=False)
        self.overdue_heading.setText(self.tr("Overdue ({0})").format(len(snap.overdue)))
        self.soon_heading.setText(
            self.tr("Due in the next %n day(s) ({0})", "", dashboard.SOON_DAYS).format(len(snap.due_soon))
        )
        self._draw_requests_chart(snap)
        self._draw_on_time_chart(snap)
        self._draw_causes_chart(snap)

    def _show_counts(self, snap: dashboard.DashboardSnapshot) -> None:
        notes = {
            "requests": self.tr("open requests"),
            "breaches": self.tr("open breaches"),
            "register": self.tr("entries with warnings"),
            "records": self.tr("activities with warnings"),
        }
        late = {key: 0 for key in self.cards}
        for item in snap.overdue:
            late[item.deadline.module] = late.get(item.deadline.module, 0) + 1
        for key, card in self.cards.items():
            card.number.setText(str(snap.open_counts[key]))
            card.note.setText(notes[key])
            card.overdue.setText(self.tr("%n overdue", "", late[key]) if late[key] else "")
            card.setToolTip(self.tr("Show the {0} page").format(self.modules[key]))

    def _fill_list(
        self,
        widget: QTableWidget,
        items: list[deadlines.OverviewItem],
        snap: dashboard.DashboardSnapshot,
        overdue: bool,
    ) -> None:
        if not overdue:  # the one urgency scale: a breach notification due in 2 days before a request due in 4
            items = deadlines.most_urgent_first(items, snap.now, snap.timezone)
        more = max(0, len(items) - LIST_LIMIT)
        items = items[:LIST_LIMIT]
        header = widget.horizontalHeader()
        # Sized once when filled, not at every cell (ResizeToContents would measure every row each time).
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        widget.clearContents()
        widget.clearSpans()
        widget.setRowCount(max(1, len(items) + (1 if more else 0)))
        red = OVERDUE_RED_ON_DARK if is_dark(self.palette()) else OVERDUE_RED
        for row, entry in enumerate(items):
            d = entry.deadline
            tone = deadlines.urgency_of(entry, snap.now, snap.timezone).tone
            cells = (
                when_text(self, entry, snap.now, snap.timezone),
                d.reference,
                core_text(deadlines.kind_label(d.kind)),
                deadline_title(d),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(REFERENCE_ROLE, d.reference)
                cell.setToolTip(
                    self.tr("Open {0} (due {1})").format(d.reference, format_due(d.due, snap.timezone))
                    + f"\n{deadline_title(d)}"
                )
                if overdue:
                    cell.setForeground(QBrush(red))
                elif tone is not None:
                    cell.setBackground(QBrush(TONES[tone]))
                    cell.setForeground(QBrush(TONED_TEXT))
                if column == 0:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                widget.setItem(row, column, cell)
        if not items:
            placeholder = QTableWidgetItem(self.tr("Nothing overdue.") if overdue else self.tr("Nothing falls due."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            placeholder.setForeground(QBrush(QColor("#777")))
            widget.setItem(0, 0, placeholder)
            widget.setSpan(0, 0, 1, 4)
        if more:
            link = QTableWidgetItem(self.tr("%n more: all of them on the Deadlines page", "", more))
            link.setData(REFERENCE_ROLE, MORE_ROW)
            link.setToolTip(self.tr("Show the Deadlines page"))
            widget.setItem(len(items), 0, link)
            widget.setSpan(len(items), 0, 1, 4)
        for column in (0, 1):
            widget.resizeColumnToContents(column)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # as tall as its rows (up to a few; then it scrolls), so the charts below keep their room
        shown = min(max(len(items) + (1 if more else 0), 1), LIST_ROWS)
        widget.setFixedHeight(
            widget.horizontalHeader().sizeHint().height() + shown * ROW_HEIGHT + 2 * widget.frameWidth()
        )

    def _open_item(self, item: QTableWidgetItem | None) -> None:
        reference = item.data(REFERENCE_ROLE) if item is not None else None
        if reference == MORE_ROW:
            self.navigator.show_page("deadlines")
        elif reference:
            self.navigator.open_case(reference)

    # -- charts ---------------------------------------------------------------------------------

    def _reset(self, view: QChartView, title: str) -> QChart:
        chart = view.chart()
        chart.removeAllSeries()
        for axis in list(chart.axes()):
            chart.removeAxis(axis)
        self.chart_titles[view].setText(title)
        self.chart_legends[view].setVisible(False)
        return chart

    def _draw_requests_chart(self, snap: dashboard.DashboardSnapshot) -> None:
        chart = self._reset(self.requests_chart, self.tr("Requests per month by type, {0}").format(chart_period(snap)))
        series = QStackedBarSeries()
        legend = []
        for number, (kind, counts) in enumerate(snap.requests_by_month.items()):
            bars = QBarSet(request_type_label(self, kind))
            bars.append([float(c) for c in counts])
            colour = PALETTE[number % len(PALETTE)]
            bars.setColor(QColor(colour))
            series.append(bars)
            legend.append((colour, bars.label()))
        chart.addSeries(series)
        months = QBarCategoryAxis()
        months.setLabelsFont(self._month_font(months))  # twelve month names side by side
        narrow = self._months_must_be_narrow(snap)
        months.append([month_label(m, narrow) for m in snap.months])
        self._narrow_months = narrow
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(months)
        peak = max((sum(column) for column in zip(*snap.requests_by_month.values(), strict=False)), default=0)
        values = count_axis(peak)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        chart.legend().setVisible(False)
        self._show_legend(self.requests_chart, legend)

    @staticmethod
    def _month_font(axis: QBarCategoryAxis) -> QFont:
        small = QFont(axis.labelsFont())
        small.setPointSizeF(max(6.5, small.pointSizeF() - 1.5))
        return small

    def _months_must_be_narrow(self, snap: dashboard.DashboardSnapshot) -> bool:
        """Numbers where the language's short month names ("maalis", "marras") would be cut short."""
        column = (self.requests_chart.width() - CHART_FRAME_WIDTH) / max(1, len(snap.months))
        return _widest_month_name(current_language()) + 8 > column

    def _draw_on_time_chart(self, snap: dashboard.DashboardSnapshot) -> None:
        share = snap.on_time_share
        period = chart_period(snap)
        # the closed requests of the chart's 12 months: the overdue count on the card is about open ones, today
        title = (
            self.tr("Requests closed {0}: answered on time").format(period)
            if share is None
            else self.tr("Requests closed {0}: {1} % answered on time").format(period, round(100 * share))
        )
        chart = self._reset(self.on_time_chart, title)
        series = QPieSeries()
        series.setHoleSize(0.45)
        if snap.answered_on_time or snap.answered_late:
            on_time = series.append(self.tr("On time ({0})").format(snap.answered_on_time), snap.answered_on_time)
            late = series.append(self.tr("Late ({0})").format(snap.answered_late), snap.answered_late)
            on_time.setColor(QColor("#3a9a6c"))
            late.setColor(OVERDUE_RED)
            chart.legend().setVisible(False)
            self._show_legend(self.on_time_chart, [("#3a9a6c", on_time.label()), (OVERDUE_RED.name(), late.label())])
        else:
            self.chart_titles[self.on_time_chart].setText(self.tr("Requests closed {0}: none yet").format(period))
        chart.addSeries(series)

    def _draw_causes_chart(self, snap: dashboard.DashboardSnapshot) -> None:
        chart = self._reset(self.causes_chart, self.tr("Breaches by cause"))
        series = QHorizontalBarSeries()
        series.setBarWidth(0.9)
        legend = []
        for number, cause in enumerate(reversed(snap.breaches_by_cause)):  # largest at the top
            bars = QBarSet(f"{cause_label(self, cause)} ({snap.breaches_by_cause[cause]})")
            bars.append([float(snap.breaches_by_cause[cause])])
            colour = PALETTE[number % len(PALETTE)]
            bars.setColor(QColor(colour))
            series.append(bars)
            legend.insert(0, (colour, bars.label()))
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        axis.append([""])
        axis.setVisible(False)  # the names are in the legend below, where none is cut short
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        values = count_axis(max(snap.breaches_by_cause.values(), default=0))
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        chart.legend().setVisible(False)
        self._show_legend(self.causes_chart, legend)
        if not snap.breaches_by_cause:
            self.chart_titles[self.causes_chart].setText(self.tr("Breaches by cause: none in the last 12 months"))


def count_axis(peak: float) -> QValueAxis:
    """A value axis for counts: whole-number ticks, one per unit while the numbers are small."""
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    top = max(1, int(peak))
    if top <= 8:
        axis.setRange(0, top)
        axis.setTickCount(top + 1)
    else:
        axis.setRange(0, top)
        axis.applyNiceNumbers()
    return axis


def chart_period(snap: dashboard.DashboardSnapshot) -> str:
    """The charts' 12 months as words: "Jun 2025 – May 2026"."""
    first, last = snap.months[0], snap.months[-1]
    return f"{month_label(first)} {first[:4]} – {month_label(last)} {last[:4]}"


@lru_cache(maxsize=3)
def _widest_month_name(language: str) -> int:
    """The widest short month name of the language in the chart's label font (measured once)."""
    metrics = QFontMetrics(HomePage._month_font(QBarCategoryAxis()))
    return max(metrics.horizontalAdvance(month_label(f"2026-{number:02d}")) for number in range(1, 13))


def month_label(month: str, narrow: bool = False) -> str:
    """ "2026-05" as the locale's short month name, or its number where room is short (the title gives the
    years; initials would repeat, and a category axis keeps only one of each)."""
    if narrow:
        return str(int(month[5:]))
    return QLocale().monthName(int(month[5:]), QLocale.FormatType.ShortFormat)


def request_type_label(widget: QWidget, kind: str) -> str:
    known = {
        "access": translate("HomePage", "Access"),
        "rectification": translate("HomePage", "Rectification"),
        "erasure": translate("HomePage", "Erasure"),
        "restriction": translate("HomePage", "Restriction"),
        "portability": translate("HomePage", "Portability"),
        "objection": translate("HomePage", "Objection"),
        "consent-withdrawal": translate("HomePage", "Consent withdrawal"),
        "automated-decision": translate("HomePage", "Automated decision"),
    }
    return known.get(kind, kind.replace("-", " ").capitalize())


def cause_label(widget: QWidget, cause: str) -> str:
    known = {
        "ransomware": translate("HomePage", "Ransomware"),
        "data-exfiltration": translate("HomePage", "Data exfiltration"),
        "exfiltration": translate("HomePage", "Data exfiltration"),
        "internal-human-error": translate("HomePage", "Human error"),
        "human-error": translate("HomePage", "Human error"),
        "lost-stolen": translate("HomePage", "Lost or stolen"),
        "lost-or-stolen": translate("HomePage", "Lost or stolen"),
        "lost-device": translate("HomePage", "Lost or stolen"),
        "misdelivery": translate("HomePage", "Misdelivery"),
        "social-engineering": translate("HomePage", "Social engineering"),
        "other": translate("HomePage", "Other"),
    }
    return known.get(cause, cause.replace("-", " ").capitalize())

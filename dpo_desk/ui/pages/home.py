"""Home: what is open, what is late, what falls due in the next 14 days, and the year in charts.

Everything shown comes from one core call, `services.dashboard.snapshot`; this page only draws it.
Every case in the lists opens with a click.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
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
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.timeparse import zone
from dpo_desk.services import dashboard, deadlines
from dpo_desk.ui.core_texts import core_text
from dpo_desk.ui.formatting import format_datetime, format_due
from dpo_desk.ui.i18n import translate
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.pages.base import Navigator, Page
from dpo_desk.ui.pages.deadlines import module_titles, when_text

OVERDUE_RED = QColor("#b42318")
PALETTE = ("#2e6fbd", "#e07b39", "#3a9a6c", "#9b59b6", "#c0392b", "#16a085", "#7f8c8d", "#d4ac0d")
REFERENCE_ROLE = Qt.ItemDataRole.UserRole + 1
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
        self.setMinimumHeight(96)
        self._on_click = on_click
        self.number = QLabel("…")
        font = QFont()
        font.setPointSize(26)
        font.setBold(True)
        self.number.setFont(font)
        self.title = QLabel(title)
        self.note = QLabel()
        self.note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.number)
        layout.addWidget(self.title)
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

        self.overdue_list = self._case_list("overdue_list")
        self.soon_list = self._case_list("due_soon_list")
        self.overdue_heading = QLabel()
        self.overdue_heading.setStyleSheet(f"color: {OVERDUE_RED.name()}; font-weight: bold;")
        self.soon_heading = QLabel()
        self.soon_heading.setStyleSheet("font-weight: bold;")
        lists = QGridLayout()
        lists.addWidget(self.overdue_heading, 0, 0)
        lists.addWidget(self.soon_heading, 0, 1)
        lists.addWidget(self.overdue_list, 1, 0)
        lists.addWidget(self.soon_list, 1, 1)
        all_deadlines = QPushButton(self.tr("All deadlines…"))
        all_deadlines.clicked.connect(lambda: self.navigator.show_page("deadlines"))
        lists.addWidget(all_deadlines, 2, 1, Qt.AlignmentFlag.AlignRight)

        self.requests_chart = self._chart_view("chart_requests_by_month")
        self.on_time_chart = self._chart_view("chart_on_time")
        self.causes_chart = self._chart_view("chart_breaches_by_cause")
        charts = QHBoxLayout()
        charts.addWidget(self.requests_chart, 3)
        charts.addWidget(self.on_time_chart, 2)
        charts.addWidget(self.causes_chart, 2)

        content = QWidget()
        body = QVBoxLayout(content)
        body.addLayout(cards)
        body.addSpacing(8)
        body.addLayout(lists)
        body.addSpacing(8)
        body.addLayout(charts, 1)  # the charts take the room the lists leave
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        self.empty = self._empty_state()
        self.stack = QStackedWidget()
        self.stack.addWidget(scroll)
        self.stack.addWidget(self.empty)
        self.dashboard_view = scroll

        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, activated=self.refresh)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.as_of)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    def title(self) -> str:
        return self.tr("Home")

    # -- building -------------------------------------------------------------------------------

    def _case_list(self, name: str) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        widget.setMinimumHeight(120)
        widget.setMaximumHeight(190)
        widget.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        widget.setStyleSheet("QListWidget::item { padding: 4px 2px; }")
        widget.itemClicked.connect(self._open_item)  # the items read as links: one click opens the case
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), widget, context=Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(lambda: widget.currentItem() and self._open_item(widget.currentItem()))
        return widget

    def _chart_view(self, name: str) -> QChartView:
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(6)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        view = QChartView(chart)
        view.setObjectName(name)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(300)
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        return view

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
        for key, card in self.cards.items():
            count = snap.open_counts.get(key)
            card.number.setText("—" if count is None else str(count))
            card.note.setText(self.tr("not in use") if count is None else notes[key])

    def _fill_list(
        self, widget: QListWidget, items: list[deadlines.OverviewItem], snap: dashboard.DashboardSnapshot, overdue: bool
    ) -> None:
        widget.clear()
        for entry in items:
            d = entry.deadline
            what = core_text(deadlines.kind_label(d.kind))
            text = f"{d.reference}  ·  {what}  ·  {d.title}  —  {when_text(self, entry, snap.now, snap.timezone)}"
            item = QListWidgetItem(text)
            item.setData(REFERENCE_ROLE, d.reference)
            item.setToolTip(self.tr("Open {0} (due {1})").format(d.reference, format_due(d.due, snap.timezone)))
            if overdue:
                item.setForeground(QBrush(OVERDUE_RED))
            widget.addItem(item)
        if not items:
            placeholder = QListWidgetItem(self.tr("Nothing overdue.") if overdue else self.tr("Nothing falls due."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            placeholder.setForeground(QBrush(QColor("#777")))
            widget.addItem(placeholder)

    def _open_item(self, item: QListWidgetItem) -> None:
        reference = item.data(REFERENCE_ROLE)
        if reference:
            self.navigator.open_case(reference)

    # -- charts ---------------------------------------------------------------------------------

    def _reset(self, view: QChartView, title: str) -> QChart:
        chart = view.chart()
        chart.removeAllSeries()
        for axis in list(chart.axes()):
            chart.removeAxis(axis)
        chart.setTitle(title)
        return chart

    def _draw_requests_chart(self, snap: dashboard.DashboardSnapshot) -> None:
        period = (
            f"{month_label(snap.months[0])} {snap.months[0][:4]} – {month_label(snap.months[-1])} {snap.months[-1][:4]}"
        )
        chart = self._reset(self.requests_chart, self.tr("Requests per month by type, {0}").format(period))
        series = QStackedBarSeries()
        for number, (kind, counts) in enumerate(snap.requests_by_month.items()):
            bars = QBarSet(request_type_label(self, kind))
            bars.append([float(c) for c in counts])
            bars.setColor(QColor(PALETTE[number % len(PALETTE)]))
            series.append(bars)
        chart.addSeries(series)
        months = QBarCategoryAxis()
        months.append([month_label(m) for m in snap.months])
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(months)
        peak = max((sum(column) for column in zip(*snap.requests_by_month.values(), strict=False)), default=0)
        values = count_axis(peak)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        chart.legend().setVisible(bool(snap.requests_by_month))

    def _draw_on_time_chart(self, snap: dashboard.DashboardSnapshot) -> None:
        share = snap.on_time_share
        title = (
            self.tr("Answered on time")
            if share is None
            else self.tr("Answered on time: {0} %").format(round(100 * share))
        )
        chart = self._reset(self.on_time_chart, title)
        series = QPieSeries()
        series.setHoleSize(0.45)
        if snap.answered_on_time or snap.answered_late:
            on_time = series.append(self.tr("On time ({0})").format(snap.answered_on_time), snap.answered_on_time)
            late = series.append(self.tr("Late ({0})").format(snap.answered_late), snap.answered_late)
            on_time.setColor(QColor("#3a9a6c"))
            late.setColor(OVERDUE_RED)
        else:
            chart.setTitle(self.tr("Answered on time: no closed requests yet"))
        chart.addSeries(series)

    def _draw_causes_chart(self, snap: dashboard.DashboardSnapshot) -> None:
        chart = self._reset(self.causes_chart, self.tr("Breaches by cause"))
        series = QHorizontalBarSeries()
        bars = QBarSet(self.tr("Breaches"))
        causes = list(reversed(snap.breaches_by_cause))  # largest at the top
        bars.append([float(snap.breaches_by_cause[c]) for c in causes])
        bars.setColor(QColor("#e07b39"))
        series.append(bars)
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        axis.append([cause_label(self, c) for c in causes])
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        values = count_axis(max(snap.breaches_by_cause.values(), default=0))
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        chart.legend().setVisible(False)
        if not causes:
            chart.setTitle(self.tr("Breaches by cause: none in the last 12 months"))


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


def month_label(month: str) -> str:
    """ "2026-05" as the locale's short month name (the chart's title gives the years)."""
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

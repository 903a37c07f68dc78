"""The window's tables and scroll areas, made one way: read-only, whole rows selected, no row numbers."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QScrollArea, QTableView, QTableWidget, QWidget


def make_read_only(view: QTableView, *, single_row: bool = True) -> None:
    """Cells are not edited in place (a dialog edits); a click selects the whole row; no row numbers."""
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single_row:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)


def case_table(
    name: str,
    model: QAbstractItemModel,
    sort_column: int = 0,
    order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
) -> QTableView:
    """A page's table of cases over `model`, read-only, sorted by `sort_column` from the start."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    make_read_only(table)
    table.horizontalHeader().setSortIndicator(sort_column, order)
    table.setSortingEnabled(True)  # sorts by the indicator at once
    return table


def empty_state(name: str, text: str = "") -> QLabel:
    """What a page shows instead of its table when there is nothing to list: centred, wrapping."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


def read_only_table(name: str, headers: Sequence[str], *, wrap: bool = True, stretch_last: bool = True) -> QTableWidget:
    """An empty read-only table with these column headers, named for tests and styles."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    make_read_only(table)
    table.horizontalHeader().setStretchLastSection(stretch_last)
    table.setWordWrap(wrap)
    return table


def fit_headers(table: QTableView, widths: dict[int, int] | None = None) -> None:
    """Columns at least as wide as their header's text (Finnish and Swedish headers are long): `widths` gives
    some columns a width of their own first; the others keep theirs (say, from `resizeColumnsToContents`)."""
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    model = table.model()
    for column in range(model.columnCount()):
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = (widths or {}).get(column, header.sectionSize(column))
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
            header.resizeSection(column, max(width, metrics.horizontalAdvance(text) + 16))


def scrolling(widget: QWidget, *, framed: bool = True, horizontal: bool = True) -> QScrollArea:
    """`widget` in a scroll area that resizes it to the area's width."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    if not framed:
        area.setFrameShape(QScrollArea.Shape.NoFrame)
    if not horizontal:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area

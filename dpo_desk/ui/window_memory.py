"""What the window remembers between runs: its size and place, the page, and each page's splitters and tables.

Kept with QSettings under the application's name (organisation and application "DPO Desk"), so on
Linux in ~/.config/DPO Desk/DPO Desk.conf. Nothing of the store's content is kept here: column
widths, sort columns and splitter sizes only.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QSplitter, QTableView, QTreeView, QWidget

GEOMETRY = "window/geometry"
STATE = "window/state"
PAGE = "window/page"
BANNER_HIDDEN_ON = "window/banner_hidden_on"  # the day (ISO) the reminders banner was hidden
HEAD_NOTED_ON = "audit/head_noted_on"  # the day (ISO) the audit trail's head was last copied out, per store


def window_settings() -> QSettings:
    return QSettings()


def _named_parts(root: QWidget) -> list[tuple[str, QSplitter | QHeaderView]]:
    """Every splitter and table header under `root`, each with a stable name (its own, or its place)."""
    parts: list[tuple[str, QSplitter | QHeaderView]] = []
    for index, splitter in enumerate(root.findChildren(QSplitter)):
        parts.append((f"splitter/{splitter.objectName() or index}", splitter))
    for index, view in enumerate(root.findChildren(QTableView) + root.findChildren(QTreeView)):
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        parts.append((f"columns/{view.objectName() or index}", header))
    return parts


def save_page_state(settings: QSettings, key: str, page: QWidget) -> None:
    for name, part in _named_parts(page):
        settings.setValue(f"pages/{key}/{name}", part.saveState())


def restore_page_state(settings: QSettings, key: str, page: QWidget) -> None:
    """Splitter sizes, column widths and order, and the sort column, as last left.

    A restored sort indicator is handed to a paged model without a query of its own: the page's
    first refresh loads in the remembered order.
    """
    for name, part in _named_parts(page):
        state = settings.value(f"pages/{key}/{name}")
        if not isinstance(state, QByteArray | bytes) or not part.restoreState(QByteArray(state)):
            continue
        if isinstance(part, QHeaderView):
            _follow_sort_indicator(part)


def _follow_sort_indicator(header: QHeaderView) -> None:
    model = header.model()
    section = header.sortIndicatorSection()
    columns = getattr(model, "columns", None)
    if columns is not None and hasattr(model, "sort_key") and 0 <= section < len(columns):
        model.sort_key = columns[section].sorts_by
        model.descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    elif model is not None and header.isSortIndicatorShown() and 0 <= section < model.columnCount():
        model.sort(section, header.sortIndicatorOrder())

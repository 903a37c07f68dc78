"""A table model that fetches its rows page by page through `Ops`, sorted and filtered by the core.

Every big table of the window (requests, breaches, register, records) uses this one model: the
page's service offers `fetch(session, offset, limit, sort_key, descending) -> list[row]` and
`count(session) -> int`, doing the sorting and filtering in SQL, and the view shows the rows as
they arrive. Rows are plain values (dataclasses or dicts), never ORM objects.

Threads: fetching runs on the Ops worker; results are applied on the GUI thread. A reset (new
filter, new sort) bumps a generation number so that a page still in flight for the old query is
dropped when it arrives.

Signals:
    rows_did_load(): a page of rows was added (tests and screenshots wait for it).
    total_did_change(int): how many rows the whole query has.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QSplitter, QTableView

from dpo_desk.domain.text import hidden_characters, visible
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.refusal_text import error_text

Fetch = Callable[[Any, int, int, str, bool], Sequence[Any]]
Count = Callable[[Any], int]
Index = QModelIndex | QPersistentModelIndex

# Row tones a page may give a row: overdue stands out most, due soon a little.
HIDDEN_TEXT_COLOUR = QColor("#b00020")  # a value holding bidi overrides or control characters
TONES = {  # the one urgency scale's colours (rules/urgency.py), readable under dark text in either palette
    "overdue": QColor("#fde2e1"),
    "urgent": QColor("#ffdcb8"),
    "soon": QColor("#fff4ce"),
    "done": QColor("#f2f2f2"),
}
TONED_TEXT = QColor("#1f1f1f")


@dataclass(frozen=True)
class Column:
    """One column: the row attribute (or dict key) it shows, its title, and what it sorts by."""

    key: str
    title: str
    sort_key: str | None = None
    align_right: bool = False
    format: Callable[[Any], str] | None = None
    display: Callable[[Any], str] | None = None  # the whole row in, the cell's text out (for row-dependent text)
    tooltip: Callable[[Any], str] | None = None  # the value in, the cell's tooltip out (by default its text)

    @property
    def sorts_by(self) -> str:
        return self.sort_key or self.key


def value_of(row: Any, key: str) -> Any:
    return row.get(key) if isinstance(row, dict) else getattr(row, key, None)


class PagedTableModel(QAbstractTableModel):
    rows_did_load = Signal()
    total_did_change = Signal(int)

    def __init__(
        self,
        ops: Ops,
        columns: Sequence[Column],
        fetch: Fetch,
        count: Count,
        *,
        page_size: int = 200,
        tone: Callable[[Any], str | None] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.columns = list(columns)
        self._fetch, self._count = fetch, count
        self.page_size = page_size
        self._tone = tone
        self._rows: list[Any] = []
        self.total = 0
        self._last_page_full = False
        self._generation = 0
        self._loading = False
        self.sort_key = self.columns[0].sorts_by if self.columns else ""
        self.descending = False
        # Set while a page catches up with others' changes (`Page.catch_up`): the next reload keeps its place,
        # and then calls `after_kept_place` (which scrolls the view back to the row it had at its top).
        self.keep_place = False
        self.after_kept_place: Callable[[], None] | None = None

    # -- what is shown ------------------------------------------------------------------------

    def set_query(self, fetch: Fetch, count: Count) -> None:
        """New filters: forget every row and start again from the first page."""
        self._fetch, self._count = fetch, count
        self.reload()

    def reload(self) -> None:
        if self.keep_place and self._rows:
            self.reload_in_place(self.after_kept_place)
            return
        self._generation += 1
        self._loading = False
        self.beginResetModel()
        self._rows = []
        self.total = 0
        self._last_page_full = False
        self.endResetModel()
        generation = self._generation
        self.ops.query(self._count, lambda total: self._on_total(generation, total))
        self._load_page(generation)

    def reload_in_place(self, then: Callable[[], None] | None = None) -> None:
        """Fetch again every row loaded so far, in one query, and put the new rows in place of the old ones
        without a reset: the selection follows its row (by its reference); `then()` once they are in."""
        self._generation += 1
        self._loading = True  # no page is fetched meanwhile: its offset would be the old rows'
        generation = self._generation
        limit = max(len(self._rows), self.page_size)
        key, descending, fetch, count = self.sort_key, self.descending, self._fetch, self._count
        self.ops.query(
            lambda session: (count(session), fetch(session, 0, limit, key, descending)),
            lambda answer: self._on_reloaded(generation, *answer, then=then),
            lambda error: self._on_failed(generation, error),
        )

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[Any]:
        return list(self._rows)

    @property
    def loading(self) -> bool:
        return self._loading

    # -- Qt's model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(value_of(row, column.key))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            shown = self._shown(row, column)
            hidden = hidden_characters(shown) if isinstance(shown, str) else []
            if not hidden:
                return shown
            if role == Qt.ItemDataRole.DisplayRole:
                return visible(shown)
            # Flagged: a bidi override or control character would make the value read as something else.
            return self.tr("Holds hidden characters ({0}) that change how it reads: {1}").format(
                ", ".join(hidden), visible(shown)
            )
        if role == Qt.ItemDataRole.ForegroundRole:
            shown = self._shown(row, column)
            if isinstance(shown, str) and hidden_characters(shown):
                return QBrush(HIDDEN_TEXT_COLOUR)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and self._tone is not None:
            colour = TONES.get(self._tone(row) or "")
            if colour is None:
                return None
            # a toned row is light: its text stays dark in a dark palette too
            return QBrush(colour if role == Qt.ItemDataRole.BackgroundRole else TONED_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    @staticmethod
    def _shown(row: Any, column: Column) -> Any:
        if column.display is not None:
            return column.display(row)
        value = value_of(row, column.key)
        if column.format is not None:
            return column.format(value)
        if value is None:
            return ""
        if isinstance(value, list | tuple):
            return ", ".join(map(str, value))
        return str(value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        # A count may stop short ("1,000+" of a search): while pages come back full, there may be more.
        more = len(self._rows) < self.total or self._last_page_full
        return not parent.isValid() and not self._loading and more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._load_page(self._generation)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.sort_key = self.columns[column].sorts_by
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- answers from the worker --------------------------------------------------------------

    def _load_page(self, generation: int) -> None:
        self._loading = True
        offset, limit = len(self._rows), self.page_size
        key, descending, fetch = self.sort_key, self.descending, self._fetch
        self.ops.query(
            lambda session: fetch(session, offset, limit, key, descending),
            lambda rows: self._on_page(generation, offset, rows, limit),
            lambda error: self._on_failed(generation, error),
        )

    def _on_total(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self.total = total
            self.total_did_change.emit(total)

    def _on_page(self, generation: int, offset: int, rows: Sequence[Any], limit: int = 0) -> None:
        if generation != self._generation or offset != len(self._rows):
            return
        self._loading = False
        self._last_page_full = bool(limit) and len(rows) >= limit
        if rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.rows_did_load.emit()

    def _on_reloaded(
        self, generation: int, total: int, rows: Sequence[Any], then: Callable[[], None] | None = None
    ) -> None:
        if generation != self._generation:
            return
        self._loading = False
        new = list(rows)
        if len(new) > len(self._rows):  # the count changes outside the layout change, as Qt asks
            self.beginInsertRows(QModelIndex(), len(self._rows), len(new) - 1)
            self._rows = self._rows + new[len(self._rows) :]
            self.endInsertRows()
        self.layoutAboutToBeChanged.emit()
        position = {}
        for index, row in enumerate(new):
            position.setdefault(row_identity(row), index)
        before = self.persistentIndexList()
        after = []
        for index in before:
            old = self.row_at(index.row())
            moved = position.get(row_identity(old)) if old is not None and row_identity(old) is not None else None
            after.append(self.index(moved, index.column()) if moved is not None else QModelIndex())
        self._rows = new + self._rows[len(new) :]  # the old tail stays until removed below
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
        if len(self._rows) > len(new):
            self.beginRemoveRows(QModelIndex(), len(new), len(self._rows) - 1)
            self._rows = new
            self.endRemoveRows()
        self.total = total
        self.total_did_change.emit(total)
        if then is not None:
            then()
        self.rows_did_load.emit()

    def row_of(self, identity: Any) -> int | None:
        """The row loaded with this reference (or id), if any."""
        return next((index for index, row in enumerate(self._rows) if row_identity(row) == identity), None)

    def _on_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            self.ops.error_did_happen.emit(error_text(error))


def row_identity(row: Any) -> Any:
    """What names a row across reloads: its reference (every case row has one), else its id."""
    found = value_of(row, "reference")
    return found if found is not None else value_of(row, "id")


def fit_columns(table: QTableView, key_samples: dict[int, str | list[str]], elastic: tuple[int, ...]) -> None:
    """Key columns as wide as their widest sample (one text, or several) in the table's font; the `elastic`
    columns (free text) share what is left and elide, so the table needs no sideways scrolling at 1280 px."""
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(60)
    for column in range(table.model().columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    for column, sample in key_samples.items():
        title = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
        texts = [sample] if isinstance(sample, str) else sample
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        width = max(widest, header.fontMetrics().horizontalAdvance(title) + 16)
        header.resizeSection(column, width + 10)  # the cell's own margins, no more
    for column in elastic:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a narrow header says "Proces…", not "rocessin"
    table.setWordWrap(False)


DETAIL_MIN_WIDTH = 380  # the detail pane beside a table still wraps its lines and buttons at this width


def table_first(splitter: QSplitter, table: QTableView, share: float) -> None:
    """Split the page at its first real width: the table gets `share` of it, or more where its key
    columns need it (Finnish and Swedish headers are longer), so it never scrolls sideways."""
    header = table.horizontalHeader()
    elastic = sum(1 for c in range(header.count()) if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch)
    fixed = sum(
        header.sectionSize(c)
        for c in range(header.count())
        if header.sectionResizeMode(c) != QHeaderView.ResizeMode.Stretch and not header.isSectionHidden(c)
    )
    chrome = 40  # the scroll bar, the frame and the page's margins around the table
    needed = fixed + elastic * header.minimumSectionSize() + chrome
    width = splitter.width()
    left = min(max(int(width * share), needed), width - DETAIL_MIN_WIDTH)
    splitter.setSizes([left, width - left])


def capitalised(text: str) -> str:
    """A value's word as a table shows it: "access" → "Access" (the word itself stays translatable)."""
    return text[:1].upper() + text[1:]

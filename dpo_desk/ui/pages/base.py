"""What every page of the main window offers the window."""

from __future__ import annotations

from functools import partial
from typing import Any, Protocol

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.ui.commands import PageCommand
from dpo_desk.ui.icons import icon
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.widgets.paged_table import PagedTableModel, row_identity


class Navigator(Protocol):
    """How a page asks the window to show another page or a case."""

    def show_page(self, key: str) -> None: ...

    def open_case(self, reference: str) -> None: ...

    def notify(self, message: str) -> None: ...


class Page(QWidget):
    """A page of the navigation. `concerns` names the tables whose changes make it reload."""

    key = ""
    concerns: frozenset[str] = frozenset()

    def __init__(self, ops: Ops, navigator: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.navigator = navigator

    def title(self) -> str:
        return self.key.title()

    def refresh(self) -> None:
        """Reload what the page shows (through `self.ops`, never directly)."""

    def catch_up(self) -> None:
        """Others changed what this page shows (the window's poll, `services/changes.py`): reload it as
        `refresh` does, but with its tables keeping their place (rows fetched again and put in place: the
        selected row stays selected, the scroll stays). A page holding input of its own not yet saved
        overrides this to wait."""
        views = [view for view in self.findChildren(QTableView) if isinstance(view.model(), PagedTableModel)]
        for view in views:
            model = view.model()
            model.keep_place = True
            top = view.rowAt(0)
            if top > 0:  # scrolled down: the row at the top stays at the top (rows added above push nothing)
                model.after_kept_place = partial(_back_to_top_row, view, row_identity(model.row_at(top)))
        try:
            self.refresh()
        finally:
            for view in views:
                view.model().keep_place = False
                view.model().after_kept_place = None

    def open_reference(self, reference: str) -> bool:
        """Show the case with this reference, if it belongs to this page."""
        return False

    def selected_reference(self) -> str | None:
        """The case shown in detail, to come back to after a lock (None where the page has no selection)."""
        return None

    def commands(self) -> dict[str, PageCommand]:
        """What this page does for the Case menu's commands (keys of `ui.commands.SLOTS`)."""
        return {}


def _back_to_top_row(view: QTableView, identity: Any) -> None:
    row = view.model().row_of(identity) if identity is not None else None
    if row is not None:
        view.scrollTo(view.model().index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)


def page_toolbar(
    new: QWidget | None, filters: list[QWidget], search: QWidget | None, exports: list[QWidget]
) -> QHBoxLayout:
    """The one toolbar of every page: new first, then the filters, the search taking the room, exports last."""
    bar = QHBoxLayout()
    if new is not None:
        _give_icon(new, "mdi6.plus-circle-outline")
        bar.addWidget(new)
        bar.addSpacing(12)
    for widget in filters:
        bar.addWidget(widget)
    if search is not None:
        search.setMinimumWidth(180)
        if isinstance(search, QLineEdit):
            search.addAction(icon("mdi6.magnify"), QLineEdit.ActionPosition.LeadingPosition)
        bar.addWidget(search, 1)
    else:
        bar.addStretch(1)
    for widget in exports:
        _give_icon(widget, "mdi6.export")
        bar.addWidget(widget)
    return bar


def _give_icon(widget: QWidget, name: str) -> None:
    if isinstance(widget, QAbstractButton) and widget.icon().isNull():
        widget.setIcon(icon(name))


class PlaceholderPage(Page):
    """A page whose module has not been built yet says so plainly."""

    def __init__(self, ops: Ops, navigator: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(ops, navigator, parent)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{self.title()}</h2>")
        layout.addWidget(heading)
        layout.addWidget(QLabel(self.tr("This part of DPO Desk is not built yet.")))
        layout.addStretch(1)

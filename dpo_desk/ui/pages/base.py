"""What every page of the main window offers the window."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dpo_desk.ui.ops import Ops


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

    def open_reference(self, reference: str) -> bool:
        """Show the case with this reference, if it belongs to this page."""
        return False


class PlaceholderPage(Page):
    """A page whose module has not been built yet says so plainly."""

    def __init__(self, ops: Ops, navigator: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(ops, navigator, parent)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{self.title()}</h2>")
        layout.addWidget(heading)
        layout.addWidget(QLabel(self.tr("This part of DPO Desk is not built yet.")))
        layout.addStretch(1)

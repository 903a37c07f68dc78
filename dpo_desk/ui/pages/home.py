"""The Home page (to be built by its module's issue)."""

from __future__ import annotations

from dpo_desk.ui.pages.base import PlaceholderPage


class HomePage(PlaceholderPage):
    key = "home"

    def title(self) -> str:
        return self.tr("Home")

"""The Breaches page (to be built by its module's issue)."""

from __future__ import annotations

from dpo_desk.ui.pages.base import PlaceholderPage


class BreachesPage(PlaceholderPage):
    key = "breaches"

    def title(self) -> str:
        return self.tr("Breaches")

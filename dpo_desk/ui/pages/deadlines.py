"""The Deadlines page (to be built by its module's issue)."""

from __future__ import annotations

from dpo_desk.ui.pages.base import PlaceholderPage


class DeadlinesPage(PlaceholderPage):
    key = "deadlines"

    def title(self) -> str:
        return self.tr("Deadlines")

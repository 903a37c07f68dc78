"""The Reports page (to be built by its module's issue)."""

from __future__ import annotations

from dpo_desk.ui.pages.base import PlaceholderPage


class ReportsPage(PlaceholderPage):
    key = "reports"

    def title(self) -> str:
        return self.tr("Reports")

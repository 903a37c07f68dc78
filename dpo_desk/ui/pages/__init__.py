"""The pages of the navigation, in order: key, module, class."""

from __future__ import annotations

import importlib

from dpo_desk.ui.pages.base import Page

PAGES: tuple[tuple[str, str, str], ...] = (
    ("home", "dpo_desk.ui.pages.home", "HomePage"),
    ("requests", "dpo_desk.ui.pages.requests", "RequestsPage"),
    ("breaches", "dpo_desk.ui.pages.breaches", "BreachesPage"),
    ("register", "dpo_desk.ui.pages.register", "RegisterPage"),
    ("records", "dpo_desk.ui.pages.records", "RecordsPage"),
    ("deadlines", "dpo_desk.ui.pages.deadlines", "DeadlinesPage"),
    ("reports", "dpo_desk.ui.pages.reports", "ReportsPage"),
    ("settings", "dpo_desk.ui.pages.settings", "SettingsPage"),
)
PAGE_KEYS = tuple(key for key, _, _ in PAGES)


def page_class(key: str) -> type[Page]:
    for page_key, module, name in PAGES:
        if page_key == key:
            return getattr(importlib.import_module(module), name)
    raise KeyError(key)

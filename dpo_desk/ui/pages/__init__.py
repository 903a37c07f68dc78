"""The pages of the navigation, in order: key, module, class, title; and which page shows a reference.

A page's module is imported only when the page is first shown (the window opens on one page), so
everything the navigation needs before that (the titles) is here.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication

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
# The prefix of a case reference names the page that shows it (longest prefixes first).
REFERENCE_PAGES = (
    ("DPIA-", "records"),
    ("DSR-", "requests"),
    ("SPN-", "register"),
    ("BR-", "breaches"),
    ("SP-", "register"),
    ("PA-", "records"),
)


def page_class(key: str) -> type[Page]:
    for page_key, module, name in PAGES:
        if page_key == key:
            return getattr(importlib.import_module(module), name)
    raise KeyError(key)


def page_title(key: str) -> str:
    """The page's title as its own `title()` says it (same translation context), without building the page."""
    titles = {
        "home": QCoreApplication.translate("HomePage", "Home"),
        "requests": QCoreApplication.translate("RequestsPage", "Requests"),
        "breaches": QCoreApplication.translate("BreachesPage", "Breaches"),
        "register": QCoreApplication.translate("RegisterPage", "Register"),
        "records": QCoreApplication.translate("RecordsPage", "Records"),
        "deadlines": QCoreApplication.translate("DeadlinesPage", "Deadlines"),
        "reports": QCoreApplication.translate("ReportsPage", "Reports"),
        "settings": QCoreApplication.translate("SettingsPage", "Settings"),
    }
    return titles[key]


def page_for_reference(reference: str) -> str | None:
    wanted = reference.strip().upper()
    return next((key for prefix, key in REFERENCE_PAGES if wanted.startswith(prefix)), None)

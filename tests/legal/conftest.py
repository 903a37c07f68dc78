"""The organisation the legal tests set, and the window opened on one page showing one case."""

from __future__ import annotations

import pytest

ORG = ("--name", "Testi Oy", "--dpo-name", "Aino", "--dpo-email", "dpo@testi.fi")


@pytest.fixture
def org(cli):
    """The command line with an organisation and its DPO set (letters and notifications name them)."""
    cli("org", "set", *ORG)
    return cli


@pytest.fixture
def page_showing(qtbot, store):
    """`page_showing("requests", "DSR-2026-0001")` -> (window, page) with that case open (None: no case)."""
    from dpo_desk.ui.app import build_window

    def open_on(key: str, reference: str | None = None):
        window = build_window(store)
        qtbot.addWidget(window)
        window.show_page(key)
        window.wait_loaded()
        page = window.pages[key]
        if reference is not None:
            assert page.open_reference(reference)
            window.wait_loaded()
        return window, page

    return open_on

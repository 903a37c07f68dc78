"""The Requests page's count of a search stops at COUNT_CAP ("More than 1,000 requests"), and the table
still scrolls through every hit: pages are fetched while they come back full."""

from __future__ import annotations

import pytest

from dpo_desk.services import requests
from dpo_desk.ui.app import build_window

pytestmark = pytest.mark.both_engines

CAP = 10


def test_a_capped_count_reads_more_than_and_every_hit_still_scrolls_in(qtbot, store, monkeypatch) -> None:
    monkeypatch.setattr(requests, "COUNT_CAP", CAP)
    with store.write() as session:
        for n in range(23):
            requests.add(session, type="access", received="2026-03-02", subject=f"Paula {n}", email=f"p{n}@many.fi")
        requests.add(session, type="access", received="2026-03-03", subject="Olli Other", email="olli@few.fi")
    window = build_window(store)
    qtbot.addWidget(window)
    window.show_page("requests")
    window.wait_loaded()
    page = window.pages["requests"]
    model = page.model
    assert page.count_label.text() == "24 requests"  # no search: counted exactly
    model.page_size = 4
    page.search.setText("@many.fi")
    page.apply_filters()
    window.wait_loaded()
    assert page.count_label.text() == "More than 10 requests"
    while model.canFetchMore():  # as the view asks while the user scrolls down
        model.fetchMore()
        window.wait_loaded()
    assert len({row.reference for row in model.rows()}) == model.rowCount() == 23
    page.search.setText("few.fi")
    page.apply_filters()
    window.wait_loaded()
    assert page.count_label.text() == "1 request"
    assert not model.canFetchMore()
    window.close()

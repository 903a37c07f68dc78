"""The demo company's requests: every state, some overdue, some extended, some forwarded as processor."""

from __future__ import annotations

import datetime as dt

import pytest

from dpo_desk.demo import requests as demo_requests
from dpo_desk.services import requests

pytestmark = pytest.mark.both_engines


def test_demo_requests_cover_every_state(store) -> None:
    today = dt.date(2026, 11, 25)
    with store.write() as session:
        demo_requests.populate(session, today)
    with store.read() as session:
        rows = requests.fetch(session, today=today)
        assert {r.status for r in rows} == set(requests.STATUSES)
        assert {r.outcome for r in rows if r.outcome} == set(requests.OUTCOMES)
        assert any(r.overdue for r in rows) and any(r.due_soon for r in rows)
        assert any(r.role == "processor" and r.outcome == "forwarded-to-controller" for r in rows)
        views = requests.list_views(session, requests.Filters(status="extended"), today=today)
        assert len(views) == 2 and any(v.extension_not_told for v in views)

"""The demo's breaches show the module working: several causes, late with reasons, not notified, high risk told."""

from __future__ import annotations

import datetime as dt

import pytest

from dpo_desk.demo import breaches as demo_breaches
from dpo_desk.demo import organisation as demo_organisation
from dpo_desk.services import breaches

pytestmark = pytest.mark.both_engines


def test_demo_breaches_cover_the_cases_a_dpo_meets(store) -> None:
    today = dt.date(2026, 3, 29)  # the day summer time begins: the demo's clock must still be right
    with store.write() as session:
        demo_organisation.populate(session, today)
        demo_breaches.populate(session, today)
    with store.read() as session:
        views = breaches.all_views(session)
        now = dt.datetime.combine(today, dt.time(12), tzinfo=dt.UTC)
        kinds = {d.kind for d in breaches.deadlines(session, now)}
    assert len({v.cause for v in views}) >= 4
    late = [v for v in views if v.notified_late]
    assert late and all(v.notifications[0].late_reason for v in late)
    quiet = [v for v in views if v.risk == "none"]
    assert quiet and not quiet[0].notified and quiet[0].risk_reasoning and quiet[0].status == "closed"
    told = [v for v in views if v.risk == "high" and v.communication == "done"]
    assert told and len(told[0].notifications) == 2  # initial and supplementary
    running = [v for v in views if v.status == "open" and v.notification_required and not v.notified]
    assert running and running[0].authority_deadline > now
    assert "authority-notification" in kinds

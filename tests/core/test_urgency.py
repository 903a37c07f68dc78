"""One urgency scale across modules: time left decides, whatever the module."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from dpo_desk.rules.urgency import Urgency, end_of_day, most_urgent_first, urgency

NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)
HELSINKI = dt.timezone(dt.timedelta(hours=2))


def test_a_breach_notification_due_in_two_days_outranks_a_request_due_in_four() -> None:
    breach = NOW + dt.timedelta(days=2)
    request = end_of_day((NOW + dt.timedelta(days=4)).date(), HELSINKI)
    assert urgency(breach, NOW) == Urgency.URGENT
    assert urgency(request, NOW) == Urgency.SOON
    ordered = sorted([("request", request), ("breach", breach)], key=lambda item: most_urgent_first(item[1], NOW))
    assert [name for name, _ in ordered] == ["breach", "request"]


def test_levels_at_their_edges() -> None:
    assert urgency(NOW - dt.timedelta(seconds=1), NOW) == Urgency.OVERDUE
    assert urgency(NOW, NOW) == Urgency.URGENT
    assert urgency(NOW + dt.timedelta(hours=72), NOW) == Urgency.URGENT
    assert urgency(NOW + dt.timedelta(hours=72, seconds=1), NOW) == Urgency.SOON
    assert urgency(NOW + dt.timedelta(days=7), NOW) == Urgency.SOON
    assert urgency(NOW + dt.timedelta(days=7, seconds=1), NOW) == Urgency.NONE
    assert Urgency.OVERDUE.tone == "overdue" and Urgency.NONE.tone is None


@given(st.integers(min_value=-(10**7), max_value=10**7), st.integers(min_value=-(10**7), max_value=10**7))
def test_less_time_left_is_never_less_urgent(a: int, b: int) -> None:
    first, second = NOW + dt.timedelta(seconds=a), NOW + dt.timedelta(seconds=b)
    if first <= second:
        assert urgency(first, NOW) >= urgency(second, NOW)
        assert most_urgent_first(first, NOW) <= most_urgent_first(second, NOW)

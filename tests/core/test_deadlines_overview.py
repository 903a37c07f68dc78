"""The deadline overview across modules: content, order, overdue marks, windows and the last session."""

from __future__ import annotations

import datetime as dt

import pytest

from dpo_desk.services import deadlines, settings
from tests.sample_company import SAMPLE_NOW, SAMPLE_ORDER, SAMPLE_OVERDUE, fill_sample

pytestmark = pytest.mark.both_engines


@pytest.fixture
def cases(store):
    fill_sample(store)


def test_overview_is_soonest_first_across_modules_with_overdue_marked(store, cases) -> None:
    with store.read() as session:
        items = deadlines.overview(session, SAMPLE_NOW)
    assert [i.deadline.reference for i in items] == SAMPLE_ORDER
    assert [i.deadline.reference for i in items if i.overdue] == SAMPLE_OVERDUE
    by_ref = {i.deadline.reference: i for i in items}
    # a breach's limit is a moment, printed in Helsinki time; a request's is a date
    assert by_ref["BR-2026-0002"].due_text == "2026-05-10T18:00:00+03:00"
    assert by_ref["DSR-2026-0003"].due_text == "2026-05-08"
    assert by_ref["DSR-2026-0003"].to_json()["rule"] == "GDPR Art. 12(3); Reg. 1182/71 Art. 3"


def test_a_date_limit_is_met_until_the_end_of_that_day_in_the_organisations_zone(store, cases) -> None:
    # 23:30 in Helsinki on 10 May: SP-0001 (due 10 May) is still on time; ten minutes after midnight it is late
    with store.read() as session:
        before = {
            i.deadline.reference: i.overdue
            for i in deadlines.overview(session, dt.datetime(2026, 5, 10, 20, 30, tzinfo=dt.UTC))
        }
        after = {
            i.deadline.reference: i.overdue
            for i in deadlines.overview(session, dt.datetime(2026, 5, 10, 21, 10, tzinfo=dt.UTC))
        }
    assert before["SP-0001"] is False and after["SP-0001"] is True


def test_every_case_module_answers_through_the_same_contract(store, cases) -> None:
    assert set(deadlines.offered("deadlines")) == set(deadlines.MODULE_KEYS)
    assert set(deadlines.offered("open_count")) == set(deadlines.MODULE_KEYS)
    with store.read() as session:
        modules = {i.deadline.module for i in deadlines.overview(session, SAMPLE_NOW)}
    assert modules == set(deadlines.MODULE_KEYS)


def test_due_within_takes_the_not_yet_overdue_up_to_the_last_day(store, cases) -> None:
    with store.read() as session:
        items = deadlines.overview(session, SAMPLE_NOW)
    soon = deadlines.due_within(items, SAMPLE_NOW, "Europe/Helsinki", 10)
    # 10 days from 10 May is 20 May: SP-0003 is in, PA-0001 (1 July) is not, nor the overdue ones
    assert [i.deadline.reference for i in soon] == ["BR-2026-0002", "SP-0001", "DSR-2026-0004", "SP-0003"]
    assert [i.deadline.reference for i in deadlines.due_within(items, SAMPLE_NOW, "Europe/Helsinki", 9)][-1] == (
        "DSR-2026-0004"
    )


def test_reminder_state_uses_days_for_dates_and_hours_for_breaches(store, cases) -> None:
    five_days_before = SAMPLE_NOW - dt.timedelta(days=5)  # every open limit more than 72 hours away
    with store.write() as session:
        settings.put(session, "reminders.request_days", 1)
        settings.put(session, "reminders.breach_hours", 4)
    with store.read() as session:
        early = deadlines.reminder_state(session, five_days_before)
        later = deadlines.reminder_state(session, five_days_before + dt.timedelta(hours=20))
        now = deadlines.reminder_state(session, SAMPLE_NOW)
    with store.write() as session:
        settings.put(session, "reminders.request_days", 6)
        settings.put(session, "reminders.breach_hours", 72)
    with store.read() as session:
        wide = deadlines.reminder_state(session, five_days_before)
    assert [i.deadline.reference for i in early.warning] == []
    assert [i.deadline.reference for i in wide.warning] == ["DSR-2026-0003", "SP-0001"]  # days for dates
    # the one urgency scale: whatever the windows say, a limit 72 hours or less away is announced, soonest first
    assert [i.deadline.reference for i in later.warning] == ["DSR-2026-0003"]
    assert [i.deadline.reference for i in now.warning] == ["BR-2026-0002", "SP-0001", "DSR-2026-0004"]
    assert [i.deadline.reference for i in now.overdue] == ["BR-2026-0001", "DSR-2026-0003"]


def test_last_seen_round_trips_and_never_moves_backwards(store) -> None:
    with store.read() as session:
        assert deadlines.last_seen(session) is None
    first = dt.datetime(2026, 5, 9, 8, 0, tzinfo=dt.UTC)
    with store.write() as session:
        deadlines.mark_seen(session, first)
    with store.write() as session:
        deadlines.mark_seen(session, first - dt.timedelta(days=1))
    with store.read() as session:
        assert deadlines.last_seen(session) == first
    with store.write() as session:
        deadlines.mark_seen(session, first + dt.timedelta(hours=5))
        with pytest.raises(ValueError):
            deadlines.mark_seen(session, dt.datetime(2026, 5, 9))
    with store.read() as session:
        assert deadlines.last_seen(session) == first + dt.timedelta(hours=5)


def test_overdue_since_lists_only_what_became_overdue_after_the_last_session(store, cases) -> None:
    # last session on 5 May: DSR-2026-0003 (due 8 May) became overdue since; BR-2026-0001 (30 April) was already
    since = dt.datetime(2026, 5, 5, 12, 0, tzinfo=dt.UTC)
    with store.read() as session:
        fresh = deadlines.overdue_since(session, since, SAMPLE_NOW)
        everything = deadlines.overdue_since(session, None, SAMPLE_NOW)
    assert [i.deadline.reference for i in fresh] == ["DSR-2026-0003"]
    assert [i.deadline.reference for i in everything] == ["BR-2026-0001", "DSR-2026-0003"]


def test_kind_labels_and_module_of_reference() -> None:
    assert deadlines.kind_label("authority-notification") == "Notify the supervisory authority (72 h)"
    assert deadlines.kind_label("brand-new-kind") == "Brand new kind"
    assert deadlines.module_of("DSR-2026-0001") == "requests"
    assert deadlines.module_of("SP-0004") == "register"
    assert deadlines.MODULE_KEYS == ("requests", "breaches", "register", "records")

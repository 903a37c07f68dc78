"""The time limit of a rights request: worked examples, then properties that hold for every date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dpo_desk.rules.time_limits import add_months, clock_start, flags, period_end, reply_limit
from dpo_desk.rules.working_days import HolidayCalendar, midsummer_eve

FINLAND = HolidayCalendar()
D = dt.date.fromisoformat

WORKED = [
    # received, due, why
    ("2026-01-15", "2026-02-16", "15 Feb is a Sunday"),
    ("2026-05-31", "2026-06-30", "June has no 31st"),
    ("2026-12-06", "2027-01-07", "6 Jan is Epiphany"),
    ("2025-12-01", "2026-01-02", "1 Jan is New Year's Day"),
    ("2027-04-29", "2027-05-31", "29 May is a Saturday"),
    ("2026-03-03", "2026-04-07", "3 Apr Good Friday, then Saturday, Easter Sunday, Easter Monday"),
    ("2026-01-31", "2026-03-02", "no 31 Feb; 28 Feb is a Saturday"),
    ("2024-01-31", "2024-02-29", "leap year: 29 Feb 2024, a Thursday"),
    ("2026-05-19", "2026-06-22", "19 Jun 2026 is Midsummer Eve, 20 Midsummer Day, 21 Sunday"),
    ("2026-11-24", "2026-12-28", "24 Dec Christmas Eve, 25, 26, 27"),
    ("2026-03-05", "2026-04-07", "5 Apr Easter Sunday, 6 Apr Easter Monday (the CJEU Toeters example's shape)"),
    ("2026-02-10", "2026-03-10", "a plain Tuesday"),
]


@pytest.mark.parametrize("received,due,why", WORKED)
def test_worked_examples_of_one_month(received: str, due: str, why: str) -> None:
    assert reply_limit(D(received), FINLAND).due == D(due), why


def test_christmas_eve_is_a_setting() -> None:
    without = HolidayCalendar(christmas_eve=False)
    assert reply_limit(D("2026-11-24"), FINLAND).due == D("2026-12-28")
    assert reply_limit(D("2026-11-24"), without).due == D("2026-12-24")  # a Thursday, a working day then


def test_midsummer_eve_is_a_setting_and_always_a_friday() -> None:
    assert midsummer_eve(2026) == D("2026-06-19")
    assert midsummer_eve(2027) == D("2027-06-25")
    assert reply_limit(D("2026-05-19"), HolidayCalendar(midsummer_eve=False)).due == D("2026-06-19")


def test_another_holiday_country() -> None:
    sweden = HolidayCalendar(country="SE")
    assert reply_limit(D("2026-05-06"), sweden).due == D("2026-06-08")  # 6 June Sweden's national day (Sat)
    assert reply_limit(D("2026-05-06"), FINLAND).due == D("2026-06-08")  # a Saturday in Finland too


def test_extension_is_three_months_from_the_same_start() -> None:
    limit = reply_limit(D("2026-02-17"), FINLAND, extended=True)
    assert (limit.nominal_end, limit.due) == (D("2026-05-17"), D("2026-05-18"))
    assert reply_limit(D("2025-11-30"), FINLAND, extended=True).due == D("2026-03-02")  # no 30 Feb; 28 Feb Sat


def test_identity_clock_restart_and_none() -> None:
    received, asked, arrived = D("2026-02-02"), D("2026-02-03"), D("2026-03-03")
    waiting = reply_limit(received, FINLAND, identity_requested=asked)
    assert waiting is None  # the request waits; no limit runs
    restarted = reply_limit(received, FINLAND, identity_requested=asked, identity_received=arrived)
    assert restarted.due == D("2026-04-07") and restarted.start_is_identity
    kept = reply_limit(received, FINLAND, identity_requested=asked, identity_received=arrived, identity_clock="none")
    assert kept.due == D("2026-03-02")
    assert clock_start(received, None, "restart") == received
    with pytest.raises(ValueError):
        clock_start(received, arrived, "sometimes")


def test_the_rule_in_words() -> None:
    assert reply_limit(D("2026-03-03"), FINLAND).explain() == (
        "one month from 3 March 2026; 3 April is Good Friday, 4 April is a Saturday, 5 April is Easter Sunday, "
        "6 April is Easter Monday, so 7 April 2026"
    )
    assert (
        reply_limit(D("2026-05-31"), FINLAND).explain()
        == "one month from 31 May 2026; June has no 31st, so 30 June 2026"
    )
    assert reply_limit(D("2026-02-10"), FINLAND).explain() == "one month from 10 February 2026: 10 March 2026"
    assert "Pitkäperjantai" in reply_limit(D("2026-03-03"), FINLAND).explain("fi")
    assert "7.4.2026" in reply_limit(D("2026-03-03"), FINLAND).explain("sv")


def test_flags() -> None:
    due, first = D("2026-05-18"), D("2026-03-17")
    assert flags(due, D("2026-05-19"), closed=False, soon_days=7).overdue
    assert not flags(due, D("2026-05-19"), closed=True, soon_days=7).overdue
    assert not flags(due, D("2026-05-18"), closed=False, soon_days=7).overdue  # the due day itself is in time
    assert flags(due, D("2026-05-11"), closed=False, soon_days=7).due_soon
    assert not flags(due, D("2026-05-10"), closed=False, soon_days=7).due_soon
    late = flags(due, D("2026-03-18"), closed=False, soon_days=7, extended=True, first_month_due=first)
    assert late.extension_not_told
    told = flags(
        due, D("2026-04-01"), closed=False, soon_days=7, extended=True, extension_told=first, first_month_due=first
    )
    assert not told.extension_not_told
    told_late = flags(
        due,
        D("2026-04-01"),
        closed=False,
        soon_days=7,
        extended=True,
        extension_told=D("2026-03-18"),
        first_month_due=first,
    )
    assert told_late.extension_not_told


# -- properties ----------------------------------------------------------------------------------

days = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2060, 12, 31))
calendars = st.builds(HolidayCalendar, st.sampled_from(["FI", "SE", "DE"]), st.booleans(), st.booleans())


@settings(max_examples=300, deadline=None)
@given(received=days, holidays=calendars)
def test_one_month_ends_on_a_working_day_between_28_and_35_days(received: dt.date, holidays: HolidayCalendar) -> None:
    due = reply_limit(received, holidays).due
    assert holidays.is_working_day(due)
    assert received + dt.timedelta(days=28) <= due <= received + dt.timedelta(days=35)


@settings(max_examples=300, deadline=None)
@given(received=days, holidays=calendars)
def test_an_extension_never_shortens(received: dt.date, holidays: HolidayCalendar) -> None:
    one = reply_limit(received, holidays).due
    three = reply_limit(received, holidays, extended=True).due
    assert three > one
    assert received + dt.timedelta(days=89) <= three <= received + dt.timedelta(days=96)
    assert holidays.is_working_day(three)


@settings(max_examples=300, deadline=None)
@given(received=days)
def test_the_moved_end_is_the_first_working_day_on_or_after_the_nominal_end(received: dt.date) -> None:
    limit = period_end(received, 1, FINLAND)
    assert limit.nominal_end == add_months(received, 1)
    between = [limit.nominal_end + dt.timedelta(days=n) for n in range((limit.due - limit.nominal_end).days)]
    assert list(limit.skipped) == between
    assert not any(FINLAND.is_working_day(day) for day in between)


@settings(max_examples=300, deadline=None)
@given(start=days, months=st.integers(min_value=1, max_value=24))
def test_add_months_keeps_the_date_or_takes_the_months_last_day(start: dt.date, months: int) -> None:
    end = add_months(start, months)
    assert (end.year * 12 + end.month) - (start.year * 12 + start.month) == months
    assert end.day == start.day or (end.day < start.day and (end + dt.timedelta(days=1)).day == 1)


@settings(max_examples=200, deadline=None)
@given(received=days, wait=st.integers(min_value=0, max_value=90), clock=st.sampled_from(["restart", "none"]))
def test_identity_never_brings_the_limit_earlier(received: dt.date, wait: int, clock: str) -> None:
    plain = reply_limit(received, FINLAND).due
    arrived = received + dt.timedelta(days=wait)
    with_identity = reply_limit(
        received, FINLAND, identity_requested=received, identity_received=arrived, identity_clock=clock
    ).due
    assert with_identity >= plain

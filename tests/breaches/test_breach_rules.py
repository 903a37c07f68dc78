"""The breach clock and ENISA severity: worked examples and properties (pure, no store)."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dpo_desk.rules import breach_clock, enisa
from dpo_desk.rules.breach_clock import BreachRule

pytestmark = pytest.mark.both_engines

HELSINKI = zoneinfo.ZoneInfo("Europe/Helsinki")
GDPR = BreachRule(dt.date(2018, 5, 25), 72, "risk")
OMNIBUS = BreachRule(dt.date(2027, 1, 1), 96, "high")

aware_times = st.datetimes(
    min_value=dt.datetime(2018, 1, 1), max_value=dt.datetime(2035, 12, 31), timezones=st.just(dt.UTC)
)


def test_72_hours_across_the_spring_change_are_real_hours() -> None:
    aware = dt.datetime(2026, 3, 27, 15, 0, tzinfo=HELSINKI)  # +02:00
    due = breach_clock.authority_deadline(aware, GDPR)
    assert due == dt.datetime(2026, 3, 30, 13, 0, tzinfo=dt.UTC)
    assert due.astimezone(HELSINKI).isoformat() == "2026-03-30T16:00:00+03:00"


def test_72_hours_across_the_autumn_change() -> None:
    aware = dt.datetime(2026, 10, 23, 9, 0, tzinfo=HELSINKI)  # +03:00; winter time from 25 October
    due = breach_clock.authority_deadline(aware, GDPR)
    assert due.astimezone(HELSINKI).isoformat() == "2026-10-26T08:00:00+02:00"


def test_next_hour_reading_starts_at_the_next_full_hour() -> None:
    rule = BreachRule(dt.date(2018, 5, 25), 72, "risk", count_from="next-hour")
    aware = dt.datetime(2026, 6, 1, 10, 20, tzinfo=dt.UTC)
    assert breach_clock.authority_deadline(aware, rule) == dt.datetime(2026, 6, 4, 11, 0, tzinfo=dt.UTC)
    on_the_hour = dt.datetime(2026, 6, 1, 10, 0, tzinfo=dt.UTC)
    assert breach_clock.authority_deadline(on_the_hour, rule) == dt.datetime(2026, 6, 4, 10, 0, tzinfo=dt.UTC)


def test_rule_in_force_is_chosen_by_the_day_of_awareness() -> None:
    rules = [GDPR, OMNIBUS]
    assert breach_clock.rule_for(rules, dt.datetime(2026, 12, 31, 23, 0, tzinfo=dt.UTC)).window_hours == 72
    later = breach_clock.rule_for(rules, dt.datetime(2027, 1, 1, 0, 0, tzinfo=dt.UTC))
    assert later.window_hours == 96
    assert not breach_clock.notification_required("risk", later)
    assert breach_clock.notification_required("high", later)


def test_shipped_rule_data_parses_and_holds_72_hours() -> None:
    from dpo_desk.services.breach_rules import rules

    shipped = rules()
    assert shipped[0].window_hours == 72 and shipped[0].notify_threshold == "risk"


def test_threshold_and_undecided_risk() -> None:
    assert breach_clock.notification_required(None, GDPR)  # the safe reading
    assert not breach_clock.notification_required("none", GDPR)
    assert breach_clock.notification_required("risk", GDPR)
    with pytest.raises(ValueError):
        breach_clock.notification_required("medium", GDPR)


@given(aware_times)
def test_deadline_is_always_exactly_the_window_in_real_time(aware: dt.datetime) -> None:
    local = aware.astimezone(HELSINKI)
    due = breach_clock.authority_deadline(local, GDPR)
    assert due - aware == dt.timedelta(hours=72)
    assert due.tzinfo == dt.UTC


@given(aware_times, st.integers(min_value=-10_000, max_value=10_000))
def test_late_exactly_when_after_the_deadline(aware: dt.datetime, offset_minutes: int) -> None:
    due = breach_clock.authority_deadline(aware, GDPR)
    sent = due + dt.timedelta(minutes=offset_minutes)
    assert breach_clock.is_late(sent, due) == (offset_minutes > 0)
    left = breach_clock.remaining(due, sent)
    assert left.past == (offset_minutes > 0)
    assert abs(left.seconds) == abs(offset_minutes) * 60


def test_remaining_text() -> None:
    due = dt.datetime(2026, 6, 4, 10, 0, tzinfo=dt.UTC)
    left = breach_clock.remaining(due, dt.datetime(2026, 6, 1, 10, 0, 1, tzinfo=dt.UTC))
    assert left.hours_text() == "71 h 59 min 59 s"
    assert left.parts() == (2, 23, 59, 59)


# -- ENISA -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dpc", "ei", "cb", "score", "band"),
    [
        (1, 1, 0.25, 1.25, "low"),
        (2, 0.75, 0.5, 2.0, "medium"),
        (3, 0.75, 1.0, 3.25, "high"),
        (4, 1, 1.25, 5.25, "very-high"),
        (4, 0.75, 0, 3.0, "high"),
        (4, 1, 0, 4.0, "very-high"),
    ],
)
def test_enisa_worked_examples(dpc: float, ei: float, cb: float, score: float, band: str) -> None:
    severity = enisa.assess(dpc, ei, cb)
    assert severity.score == score
    assert severity.band == band


def test_enisa_band_limits() -> None:
    assert [enisa.band(x) for x in (1.99, 2, 2.99, 3, 3.99, 4)] == [
        "low",
        "medium",
        "medium",
        "high",
        "high",
        "very-high",
    ]


def test_enisa_refuses_values_off_the_scales() -> None:
    for bad in ((0.5, 1, 0), (5, 1, 0), (2, 0.6, 0), (2, 1, 2.1), (2, 1, 0.3)):
        with pytest.raises(ValueError):
            enisa.assess(*bad)
    with pytest.raises(ValueError):
        enisa.circumstances(0.75, 0, 0, False)


dpcs = st.sampled_from([1, 1.5, 2, 2.5, 3, 3.5, 4])
eis = st.sampled_from(sorted(enisa.EI_LEVELS))
steps = st.sampled_from(enisa.CB_STEPS)


@given(dpcs, eis, steps, steps, steps, st.booleans())
def test_enisa_score_is_the_formula_and_within_range(dpc, ei, c, i, a, malicious) -> None:
    cb = enisa.circumstances(c, i, a, malicious)
    severity = enisa.assess(dpc, ei, cb)
    assert severity.score == pytest.approx(dpc * ei + cb)
    assert 0.25 <= severity.score <= 6
    assert severity.band in enisa.BANDS


@given(dpcs, dpcs, eis, steps, steps, st.booleans())
def test_enisa_never_falls_when_a_component_grows(dpc1, dpc2, ei, c, a, malicious) -> None:
    low, high = sorted((dpc1, dpc2))
    cb = enisa.circumstances(c, 0, a, malicious)
    assert enisa.assess(low, ei, cb).score <= enisa.assess(high, ei, cb).score
    assert enisa.BANDS.index(enisa.assess(low, ei, cb).band) <= enisa.BANDS.index(enisa.assess(high, ei, cb).band)
    assert enisa.assess(low, ei, cb).score <= enisa.assess(low, ei, enisa.circumstances(c, 0, a, True)).score


@given(st.sampled_from(list(enisa.DPC_BASES)), st.floats(min_value=-3, max_value=3, allow_nan=False))
def test_adjusted_dpc_stays_within_1_and_4(base: int, adjustment: float) -> None:
    assert 1 <= enisa.adjusted_dpc(base, adjustment) <= 4


@given(st.text(max_size=40))
def test_nature_is_refused_naming_the_field_or_kept_in_canonical_order(text: str) -> None:
    from dpo_desk.errors import InvalidInput
    from dpo_desk.services.breaches import NATURES, clean

    try:
        natures = clean({"nature": text}, "Europe/Helsinki")["nature"]
    except InvalidInput as refused:
        assert refused.field == "nature"
        return
    assert natures == [n for n in NATURES if n in natures]


@given(
    st.sampled_from(["confidentiality", "integrity", "availability"]),
    st.lists(
        st.sampled_from(["confidentiality", "integrity", "availability", " Integrity ", "AVAILABILITY"]), max_size=5
    ),
)
def test_nature_accepts_any_combination_in_any_order_and_case(first: str, more: list[str]) -> None:
    from dpo_desk.services.breaches import clean

    natures = clean({"nature": ",".join([first, *more])}, "Europe/Helsinki")["nature"]
    assert first in natures and len(natures) == len(set(natures))

"""The deadline overview's shortcuts list exactly what the plain rules would (issue 21).

The overview takes three shortcuts for speed: a due date's last moment is computed once per day and
zone (and kept between calls), the breaches' query leaves out the open breaches that cannot have a
limit, and the requests' query gives the extension notice's date only while it is untold. Each test
here puts the shortcut beside the rule it stands for, on the cases where they could part: days of a
clock change (one zone changes at midnight), month ends, the two zones asked in turn; and every
combination of a breach's role, risk, notification and communication.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from sqlalchemy import select

from dpo_desk.domain.deadline import Deadline
from dpo_desk.rules import breach_clock
from dpo_desk.services import breaches, deadlines, open_limits, requests
from dpo_desk.services.breach_rules import rule_for
from dpo_desk.store.models.breaches import Breach

# Days where a zone's offset changes (Helsinki at 03:00/04:00; Havana at midnight, so the day's last
# moment has another offset than its first), month and year ends, a leap day, and ordinary days.
DAYS = [
    dt.date(2026, 3, 7),  # Havana: 8 March begins at 01:00
    dt.date(2026, 3, 8),
    dt.date(2026, 3, 28),
    dt.date(2026, 3, 29),  # Helsinki: summer time from 03:00
    dt.date(2026, 3, 31),
    dt.date(2026, 4, 30),
    dt.date(2026, 10, 24),
    dt.date(2026, 10, 25),  # Helsinki: back to winter time at 04:00
    dt.date(2026, 10, 31),
    dt.date(2026, 11, 1),  # Havana: back to standard time at 01:00
    dt.date(2026, 12, 31),
    dt.date(2028, 2, 29),
]
ZONES = ["Europe/Helsinki", "America/Havana", "Pacific/Kiritimati", "UTC"]


def _fixed(found: list[Deadline]):
    return lambda rows, now, tz_name: list(found)


def _by_the_rule(found: list[Deadline], now: dt.datetime, tz_name: str) -> list[tuple[str, str, str, bool]]:
    """What the overview must show, from Deadline.due_moment and a stable sort, as before the shortcuts."""
    ordered = sorted(found, key=lambda d: (d.due_moment(tz_name), d.reference, d.kind))
    return [(d.reference, d.kind, d.title, d.is_overdue(now, tz_name)) for d in ordered]


def _shown(items) -> list[tuple[str, str, str, bool]]:
    return [(i.deadline.reference, i.deadline.kind, i.deadline.title, i.overdue) for i in items]


@pytest.fixture
def fixed_limits(monkeypatch):
    """Every day of DAYS as a date limit (twice, so equal keys keep their order), with a few moments."""
    found = []
    for n, day in enumerate(DAYS):
        found.append(Deadline(f"DSR-2026-{n:04}", "reply", day, "t", "requests"))
        found.append(Deadline(f"DSR-2026-{n:04}", "reply", day, "second, same key", "requests"))
    for n, day in enumerate(DAYS[:4]):
        moment = dt.datetime.combine(day, dt.time(21, 59, 59, 999999), tzinfo=dt.UTC)
        found.append(Deadline(f"BR-2026-{n:04}", "authority-notification", moment, "t", "breaches"))
    for key in list(open_limits.PROVIDERS):
        monkeypatch.setitem(open_limits.PROVIDERS, key, _fixed(found if key == "requests" else []))
    return found


@pytest.mark.parametrize("tz_name", ZONES)
def test_date_limits_end_and_sort_as_due_moment_says_in_every_zone(fixed_limits, tz_name) -> None:
    # Just before, at and after each day's last moment in the zone, with the other zones asked in
    # between: the moments kept from one call and one zone must never answer for another.
    for day in DAYS:
        end = Deadline("X", "reply", day, "t", "requests").due_moment(tz_name)
        for now in (end - dt.timedelta(microseconds=1), end, end + dt.timedelta(microseconds=1)):
            for other in ZONES:
                open_limits.overview(None, now, other)
            items = open_limits.overview(None, now, tz_name)
            assert _shown(items) == _by_the_rule(fixed_limits, now, tz_name)
            texts = {i.deadline.due: i.due_text for i in items if not isinstance(i.deadline.due, dt.datetime)}
            assert texts == {d: d.isoformat() for d in DAYS}


@pytest.mark.both_engines
def test_the_breach_query_leaves_out_only_breaches_without_a_limit(store) -> None:
    """Every role, risk, notification and communication: the provider lists what the rules give on
    every open breach read whole through the ORM, so the query's filter drops none that has a limit."""
    now = dt.datetime(2026, 3, 4, tzinfo=dt.UTC)
    with store.write() as session:
        for n, (risk, notified, communication) in enumerate(
            itertools.product((None, "none", "risk", "high"), (False, True), ("", "planned", "done", "exempt"))
        ):
            ref = breaches.add(session, title=f"C{n}", aware_at="2026-03-02T08:00", nature="confidentiality").reference
            if risk:
                breaches.update(session, ref, risk=risk, risk_reasoning="Assessed")
            if notified:
                breaches.notify(session, ref, "2026-03-03T10:00")
            session.scalars(select(Breach).where(Breach.reference == ref)).one().communication = communication
        for n, (risk, told) in enumerate(itertools.product((None, "high"), (False, True))):
            ref = breaches.add(
                session,
                title=f"P{n}",
                aware_at="2026-03-02T08:00",
                nature="confidentiality",
                role="processor",
                controller_name="Asiakas Oy",
                **({"risk": risk, "risk_reasoning": "Assessed"} if risk else {}),
            ).reference
            if told:
                breaches.update(session, ref, controller_told_at="2026-03-02T09:00")
        closed = breaches.add(
            session,
            title="Closed",
            aware_at="2026-03-02T08:00",
            nature="confidentiality",
            risk="risk",
            risk_reasoning="Assessed",
        ).reference
        breaches.notify(session, closed, "2026-03-03T10:00")
        breaches.close(session, closed, "Done", at="2026-03-03T12:00")

    with store.read() as session:
        expected = set()
        for b in session.scalars(select(Breach).where(Breach.status == "open")):
            if b.role == "processor":
                if b.controller_told_at is None:
                    expected.add((b.reference, "controller-notification"))
                continue
            if not b.notifications and breach_clock.notification_required(b.risk, rule_for(b.aware_at)):
                expected.add((b.reference, "authority-notification"))
            if b.risk == "high" and b.communication not in ("done", "exempt"):
                expected.add((b.reference, "subject-communication"))
        listed = [(d.reference, d.kind) for d in breaches.deadlines(session, now)]
    assert len(listed) == len(set(listed))
    assert set(listed) == expected
    assert {kind for _, kind in expected} == {
        "controller-notification",
        "authority-notification",
        "subject-communication",
    }


@pytest.mark.both_engines
def test_the_extension_notice_is_listed_only_while_the_extension_is_untold(store) -> None:
    now = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    fields = {"type": "access", "received": "2026-02-17", "subject": "Asta Example", "email": "asta@example.fi"}
    with store.write() as session:
        untold = requests.add(session, **fields)
        requests.extend(session, untold, "Complex", on="2026-02-20")
        told = requests.add(session, **fields)
        requests.extend(session, told, "Complex", on="2026-02-20", told_on="2026-02-21")
        later = requests.add(session, **fields)
        requests.extend(session, later, "Complex", on="2026-02-20")
        requests.record_extension_told(session, later, on="2026-02-25")
        plain = requests.add(session, **fields)
        processor = requests.add(session, **fields, role="processor", controller="Asiakas Oy")
    with store.read() as session:
        listed = sorted((d.reference, d.kind) for d in requests.deadlines(session, now))
        notice = [d.due for d in requests.deadlines(session, now) if d.kind == "extension-notice"]
        first_month = requests.show(session, untold).first_month_due_on
        overview = sorted((i.deadline.reference, i.deadline.kind) for i in deadlines.overview(session, now))
    assert listed == sorted(
        [
            (untold, "reply"),
            (untold, "extension-notice"),
            (told, "reply"),
            (later, "reply"),
            (plain, "reply"),
            (processor, "forward"),
        ]
    )
    assert notice == [first_month] and first_month is not None
    assert overview == listed

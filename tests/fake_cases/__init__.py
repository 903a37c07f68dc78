"""Stand-ins for the case modules' contract functions (CONTRACTS.md), for the dashboard's tests.

The real `services.requests`, `breaches`, `register` and `records` are built in other branches;
`install(monkeypatch)` points `services.deadlines.PROVIDERS` at these modules instead, each of
which answers from the returned `FakeCases` (deadlines, open counts, statistics, changes), so the
overview, the dashboard and the annual report are tested on known figures through the very same
lookup the real modules will go through.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

MODULES = ("requests", "breaches", "register", "records")


@dataclass
class FakeCases:
    deadlines: dict[str, list[Any]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    statistics: dict[str, Any] = field(default_factory=dict)
    changes: Any = None
    asked: list[tuple[str, dt.date, dt.date]] = field(default_factory=list)


STATE = FakeCases()


def install(monkeypatch: Any, modules: tuple[str, ...] = MODULES) -> FakeCases:
    from dpo_desk.services import deadlines

    state = FakeCases()
    monkeypatch.setattr(sys.modules[__name__], "STATE", state)
    monkeypatch.setattr(deadlines, "PROVIDERS", tuple(f"tests.fake_cases.{m}" for m in modules))
    return state


def state() -> FakeCases:
    import tests.fake_cases as me

    return me.STATE


def request_statistics(**values: Any) -> SimpleNamespace:
    base: dict[str, Any] = {
        "total": 0,
        "by_type": {},
        "by_outcome": {},
        "closed": 0,
        "answered_on_time": 0,
        "on_time_share": None,
        "median_days_to_close": None,
        "by_month": {},
    }
    return SimpleNamespace(**{**base, **values})


def breach_statistics(**values: Any) -> SimpleNamespace:
    base: dict[str, Any] = {
        "total": 0,
        "by_cause": {},
        "by_risk": {},
        "notified": 0,
        "notified_late": 0,
        "not_notified": 0,
        "by_month": {},
    }
    return SimpleNamespace(**{**base, **values})


# The moment the sample is looked at: 10 May 2026, 12:00 in Helsinki.
SAMPLE_NOW = dt.datetime(2026, 5, 10, 9, 0, tzinfo=dt.UTC)


def fill_sample(cases: FakeCases) -> FakeCases:
    """A small company's week: two overdue limits, four due within 14 days, one later."""
    from dpo_desk.services.deadlines import Deadline

    cases.deadlines = {
        "requests": [
            Deadline("DSR-2026-0004", "extension-notice", dt.date(2026, 5, 12), "Erasure: A. Virtanen", "requests"),
            Deadline("DSR-2026-0003", "reply", dt.date(2026, 5, 8), "Access: M. Korhonen", "requests", "Art. 12(3)"),
        ],
        "breaches": [
            Deadline(
                "BR-2026-0002",
                "authority-notification",
                dt.datetime(2026, 5, 10, 15, 0, tzinfo=dt.UTC),
                "Misdirected invoice e-mails",
                "breaches",
                "Art. 33(1): 72 hours",
            ),
            Deadline("BR-2026-0001", "subject-communication", dt.date(2026, 4, 30), "Lost laptop", "breaches"),
        ],
        "register": [
            Deadline("SP-0003", "objection-period", dt.date(2026, 5, 20), "Pilvi Backup Oy", "register"),
            Deadline("SP-0001", "dpa-missing", dt.date(2026, 5, 10), "Kirjepalvelu Oy", "register"),
        ],
        "records": [Deadline("PA-0002", "review", dt.date(2026, 7, 1), "Customer support", "records")],
    }
    cases.counts = {"requests": 5, "breaches": 2, "register": 1, "records": 0}
    cases.statistics = {
        "requests": request_statistics(
            total=9,
            by_type={"access": 5, "erasure": 3, "objection": 1},
            by_outcome={"fulfilled": 5, "refused": 1},
            closed=6,
            answered_on_time=5,
            on_time_share=5 / 6,
            median_days_to_close=17.5,
            by_month={"2026-03": {"access": 2, "erasure": 1}, "2026-05": {"access": 3, "erasure": 2, "objection": 1}},
        ),
        "breaches": breach_statistics(
            total=3,
            by_cause={"misdelivery": 2, "lost-device": 1},
            by_risk={"risk": 2, "high": 1},
            notified=2,
            notified_late=1,
            not_notified=1,
            by_month={"2026-04": 1, "2026-05": 2},
        ),
    }
    cases.changes = SimpleNamespace(added=2, retired=1, announced=3)
    return cases


SAMPLE_ORDER = ["BR-2026-0001", "DSR-2026-0003", "BR-2026-0002", "SP-0001", "DSR-2026-0004", "SP-0003", "PA-0002"]

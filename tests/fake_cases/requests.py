"""A stand-in for `dpo_desk.services.requests` (see tests/fake_cases/__init__.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.fake_cases import request_statistics, state

KEY = "requests"


def deadlines(session: Any, now: dt.datetime) -> list[Any]:
    return list(state().deadlines.get(KEY, []))


def open_count(session: Any) -> int:
    return state().counts.get(KEY, 0)


def statistics(session: Any, start: dt.date, end: dt.date) -> Any:
    state().asked.append((KEY, start, end))
    return state().statistics.get(KEY) or request_statistics()

"""A stand-in for `dpo_desk.services.records` (see tests/fake_cases/__init__.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.fake_cases import state

KEY = "records"


def deadlines(session: Any, now: dt.datetime) -> list[Any]:
    return list(state().deadlines.get(KEY, []))


def open_count(session: Any) -> int:
    return state().counts.get(KEY, 0)

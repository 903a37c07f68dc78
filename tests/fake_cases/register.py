"""A stand-in for `dpo_desk.services.register` (see tests/fake_cases/__init__.py)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from tests.fake_cases import state

KEY = "register"


def deadlines(session: Any, now: dt.datetime) -> list[Any]:
    return list(state().deadlines.get(KEY, []))


def open_count(session: Any) -> int:
    return state().counts.get(KEY, 0)


def changes(session: Any, start: dt.date, end: dt.date) -> Any:
    state().asked.append((KEY, start, end))
    return state().changes or SimpleNamespace(added=0, retired=0, announced=0)

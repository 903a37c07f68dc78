"""The one clock the core reads the time from.

Every "now" and "today" of services, rules, reports and the window comes from a `Clock` handed in
from outside, the way Anki hands its collection around: the store carries the clock it was opened
with and puts it on each session (`session.info["clock"]`), the window's `Ops` passes the store's on,
and the command line opens the store with the clock `main()` was given. Tests hand in a
`FixedClock`, so nothing they assert depends on the day they run or the speed of the machine.

This module is the only one that reads the system time (`tests/core/test_layering.py` checks it).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The current moment, aware and in UTC."""
        ...


class SystemClock:
    """The real time of the machine."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    def __repr__(self) -> str:
        return "SystemClock()"


class FixedClock:
    """A clock that stands still until told to move: for tests, demos and `--as-of` runs."""

    def __init__(self, moment: dt.datetime | str) -> None:
        self._moment = _aware(moment)

    def now(self) -> dt.datetime:
        return self._moment

    def set(self, moment: dt.datetime | str) -> None:
        self._moment = _aware(moment)

    def advance(self, **delta: float) -> dt.datetime:
        """Moves the clock on by a `timedelta`'s keywords (days=1, hours=3) and returns the new moment."""
        self._moment += dt.timedelta(**delta)
        return self._moment

    def __repr__(self) -> str:
        return f"FixedClock({self._moment.isoformat()})"


SYSTEM: Clock = SystemClock()


def of(holder: Any) -> Clock:
    """The clock a session (or a store, or anything with a `clock`) carries; the system's when none."""
    info = getattr(holder, "info", None)
    if isinstance(info, dict) and "clock" in info:
        return info["clock"]
    return getattr(holder, "clock", None) or SYSTEM


def now_of(holder: Any) -> dt.datetime:
    """The current moment by the clock `holder` carries (a session, a store, Ops)."""
    return of(holder).now()


def today_of(holder: Any, tz_name: str) -> dt.date:
    """Today's date in the given zone by the clock `holder` carries."""
    from dpo_desk.domain.timeparse import zone

    return now_of(holder).astimezone(zone(tz_name)).date()


def _aware(moment: dt.datetime | str) -> dt.datetime:
    if isinstance(moment, str):
        moment = dt.datetime.fromisoformat(moment.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError("a clock's moment needs its UTC offset")
    return moment.astimezone(dt.UTC)

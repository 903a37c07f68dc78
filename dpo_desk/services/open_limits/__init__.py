"""Every open limit of every module, read through SQLAlchemy's Core on plain columns.

One provider per case module (`deadlines(rows, now, tz_name) -> list[Deadline]`, `rows` a Core
connection), and `overview`, which gathers, sorts and marks them. Nothing here imports the ORM, the
models or the case services, so `dpo-desk deadlines --json` runs without them; the window and the
other callers reach the same code through `services.deadlines.overview(session)`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection

from dpo_desk.domain.deadline import Deadline, day_end
from dpo_desk.domain.timeparse import local_iso, zone
from dpo_desk.services.open_limits import breaches, records, register, requests
from dpo_desk.services.open_limits.facts import timezone

__all__ = ["PROVIDERS", "OverviewItem", "overview", "timezone"]

# The case modules by page key (also `Deadline.module`), in the order the window lists them.
PROVIDERS: dict[str, Callable[[Connection, dt.datetime, str], list[Deadline]]] = {
    "requests": requests.deadlines,
    "breaches": breaches.deadlines,
    "register": register.deadlines,
    "records": records.deadlines,
}


@dataclass(slots=True)
class OverviewItem:
    """One open limit as the overview lists it. Not `frozen`, for the reason `Deadline` gives (one per
    open limit; a frozen `__init__` is several times slower); nothing changes one after it is made."""

    deadline: Deadline
    overdue: bool
    due_text: str

    def to_json(self) -> dict[str, Any]:
        d = self.deadline
        return {
            "reference": d.reference,
            "kind": d.kind,
            "due": self.due_text,
            "overdue": self.overdue,
            "title": d.title,
            "module": d.module,
            "rule": d.rule,
            **d.extra,
        }


@lru_cache(maxsize=4096)
def _day(day: dt.date, tz_name: str) -> tuple[float, str]:
    """A due date's last moment in the zone (`Deadline.due_moment`) as POSIX seconds, and its text.

    Kept between calls (as `zoneinfo` keeps its zones): the window asks for the overview again at
    every change, and the same few hundred days come back; working out a day's end in a zone took
    half the time of the loop below at 10,000 requests. 4,096 days are some eleven years of limits."""
    return day_end(day, zone(tz_name)).timestamp(), day.isoformat()


def overview(rows: Connection, now: dt.datetime, tz_name: str) -> list[OverviewItem]:
    """Every open deadline, soonest first, overdue marked as of `now`."""
    # Thousands of open limits fall on a few hundred days: each day's last moment and text once, and
    # moments as POSIX seconds, since comparing datetimes of different zones asks the zone each time.
    # Sorted by (moment, reference, kind, position): the position keeps the providers' order among
    # equal keys, as the stable sort on (key, item) pairs did, with one tuple per item instead of two.
    days: dict[dt.date, tuple[float, str]] = {}
    now_seconds = now.timestamp()
    items: list[OverviewItem] = []
    keys: list[tuple[float, str, str, int]] = []
    add_item, add_key, datetime = items.append, keys.append, dt.datetime
    position = 0
    for provider in PROVIDERS.values():
        for d in provider(rows, now, tz_name):
            due = d.due
            if isinstance(due, datetime):
                found = (due.timestamp(), local_iso(due, tz_name) or "")
            else:
                found = days.get(due)
                if found is None:
                    found = days[due] = _day(due, tz_name)
            seconds = found[0]
            add_key((seconds, d.reference, d.kind, position))
            add_item(OverviewItem(d, now_seconds > seconds, found[1]))
            position += 1
    keys.sort()
    return [items[key[3]] for key in keys]

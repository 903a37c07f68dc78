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
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection

from dpo_desk.domain.deadline import Deadline
from dpo_desk.domain.timeparse import iso_date, local_iso
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


@dataclass(frozen=True, slots=True)
class OverviewItem:
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


def overview(rows: Connection, now: dt.datetime, tz_name: str) -> list[OverviewItem]:
    """Every open deadline, soonest first, overdue marked as of `now`."""
    # Thousands of open limits fall on a few hundred days: each day's last moment and text once, and
    # moments as POSIX seconds, since comparing datetimes of different zones asks the zone each time.
    days: dict[dt.date, tuple[float, str]] = {}
    now_seconds = now.timestamp()
    keyed = []
    for provider in PROVIDERS.values():
        for d in provider(rows, now, tz_name):
            due = d.due
            if isinstance(due, dt.datetime):
                seconds, due_text = due.timestamp(), local_iso(due, tz_name) or ""
            else:
                found = days.get(due)
                if found is None:
                    found = days[due] = (d.due_moment(tz_name).timestamp(), iso_date(due) or "")
                seconds, due_text = found
            keyed.append(((seconds, d.reference, d.kind), OverviewItem(d, now_seconds > seconds, due_text)))
    keyed.sort(key=itemgetter(0))
    return [item for _, item in keyed]

"""A limit on one case, as every module reports it to the deadline overview."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from dpo_desk.domain.timeparse import zone


@dataclass(frozen=True, slots=True)
class Deadline:
    """A limit on one case. `due` is a date for day-based limits, an aware datetime for hour-based ones."""

    reference: str
    kind: str
    due: dt.date | dt.datetime
    title: str
    module: str
    rule: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def due_moment(self, tz_name: str) -> dt.datetime:
        """The last moment the limit is still met: the end of a due date in the organisation's zone."""
        if isinstance(self.due, dt.datetime):
            return self.due
        end = dt.datetime.combine(self.due + dt.timedelta(days=1), dt.time(), tzinfo=zone(tz_name))
        return end - dt.timedelta(microseconds=1)

    def is_overdue(self, now: dt.datetime, tz_name: str) -> bool:
        return now > self.due_moment(tz_name)

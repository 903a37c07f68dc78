"""A limit on one case, as every module reports it to the deadline overview."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from dpo_desk.domain.timeparse import zone

_ONE_DAY = dt.timedelta(days=1)
_ONE_MICROSECOND = dt.timedelta(microseconds=1)
_MIDNIGHT = dt.time()


def day_end(day: dt.date, tz: dt.tzinfo) -> dt.datetime:
    """The last moment of `day` in the zone `tz` (a date limit is met until then)."""
    return dt.datetime.combine(day + _ONE_DAY, _MIDNIGHT, tzinfo=tz) - _ONE_MICROSECOND


@dataclass(slots=True)
class Deadline:
    """A limit on one case. `due` is a date for day-based limits, an aware datetime for hour-based ones.

    Not `frozen`, unlike most views: the overview makes one per open limit (5,000 and more at 100,000
    requests), and a frozen dataclass's `__init__` sets each field through `object.__setattr__`, about
    four times slower than a plain assignment. Nothing changes one after it is made; treat it as read-only.
    """

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
        return day_end(self.due, zone(tz_name))

    def is_overdue(self, now: dt.datetime, tz_name: str) -> bool:
        return now > self.due_moment(tz_name)

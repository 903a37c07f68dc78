"""One urgency scale for every limit of every module, so a 72-hour breach notification due in two days
outranks a request due in four, in the window's colours, its lists and its reminders alike.

The scale looks only at the time left until the limit's last moment, whatever the module:
overdue (past it), urgent (72 hours or less: the breach notification's whole span), soon (a week or
less), else nothing. Pure functions: `now` is always handed in.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum

URGENT_WITHIN = dt.timedelta(hours=72)
SOON_WITHIN = dt.timedelta(days=7)


class Urgency(IntEnum):
    NONE = 0
    SOON = 1
    URGENT = 2
    OVERDUE = 3

    @property
    def tone(self) -> str | None:
        """The name the window's colours go by (the tables' row tones)."""
        return {Urgency.SOON: "soon", Urgency.URGENT: "urgent", Urgency.OVERDUE: "overdue"}.get(self)


def urgency(due: dt.datetime, now: dt.datetime) -> Urgency:
    """How urgent a limit whose last moment is `due` (aware) is at `now` (aware)."""
    left = due - now
    if left < dt.timedelta(0):
        return Urgency.OVERDUE
    if left <= URGENT_WITHIN:
        return Urgency.URGENT
    if left <= SOON_WITHIN:
        return Urgency.SOON
    return Urgency.NONE


def end_of_day(day: dt.date, tzinfo: dt.tzinfo) -> dt.datetime:
    """The last moment of a due date in a zone (a day-based limit is met until then)."""
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=tzinfo) - dt.timedelta(microseconds=1)


def most_urgent_first(due: dt.datetime, now: dt.datetime) -> tuple[int, dt.datetime]:
    """A sort key: the most urgent first, and within one level the soonest first."""
    return (-urgency(due, now), due)

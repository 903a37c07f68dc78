"""One deadline overview across every module: soonest first, overdue marked, each naming its case.

Each case module's limits are read by its provider in `services/open_limits/` (plain columns through
the Core, without the ORM, so the command line can list them cheaply); `overview` here is the same
gathering on a session, and the rest (labels, windows of time, reminders) works on its items.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from sqlalchemy.orm import Session

from dpo_desk.clock import now_of
from dpo_desk.domain.deadline import Deadline
from dpo_desk.domain.timeparse import today_in, zone
from dpo_desk.rules.urgency import Urgency, urgency
from dpo_desk.rules.urgency import most_urgent_first as rank
from dpo_desk.services import breaches, open_limits, organisation, records, register, requests
from dpo_desk.services.core_rows import rows_of
from dpo_desk.services.open_limits import OverviewItem
from dpo_desk.store.models import StoreMeta

# The case modules' services by page key (also `Deadline.module`), in the order the window lists them.
PROVIDERS: dict[str, ModuleType] = {
    "requests": requests,
    "breaches": breaches,
    "register": register,
    "records": records,
}
MODULE_KEYS = tuple(PROVIDERS)

__all__ = ["MODULE_KEYS", "PROVIDERS", "Deadline", "OverviewItem", "overview"]


def offered(function: str) -> dict[str, Any]:
    """Each case module's function of that name (`open_count`, `statistics`...), by page key."""
    result = {}
    for key, module in PROVIDERS.items():
        fn = getattr(module, function, None)
        if callable(fn):
            result[key] = fn
    return result


def overview(session: Session, as_of: dt.datetime | None = None) -> list[OverviewItem]:
    """Every open deadline, soonest first, overdue marked as of `as_of` (default now)."""
    now = as_of or now_of(session)
    return open_limits.overview(rows_of(session), now, organisation.get(session).timezone)


# -- labels ------------------------------------------------------------------------------------

# What each kind of limit means, in words a calendar or a notification can show. Modules may add
# kinds freely: an unknown kind is shown as its own words ("objection-period" -> "objection period").
KIND_LABELS: dict[str, str] = {
    "reply": "Reply to the request",
    "request-reply": "Reply to the request",
    "response": "Reply to the request",
    "extension-notice": "Tell the requester about the extension",
    "tell-recipients": "Tell the recipients of the rectification, erasure or restriction (Art. 19)",
    "authority-notification": "Notify the supervisory authority (72 h)",
    "authority-72h": "Notify the supervisory authority (72 h)",
    "subject-communication": "Tell the data subjects (high risk)",
    "controller-notification": "Tell the controller of the breach (processor, Art. 33(2))",
    "objection-period": "Objection period of a register change ends",
    "tia-review": "Review the transfer impact assessment",
    "dpa-missing": "Get the data processing agreement signed",
    "review": "Review the processing activity",
    "dpia-review": "Review the data protection impact assessment",
    "forward": "Forward the request to the controller",
}

MODULE_OF_PREFIX = {"DSR": "requests", "BR": "breaches", "SP": "register", "PA": "records"}


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.replace("-", " ").replace("_", " ").capitalize())


def module_of(reference: str) -> str:
    """The module a reference belongs to, from its series (DSR-2026-0001 -> requests)."""
    return MODULE_OF_PREFIX.get(reference.split("-", 1)[0], "")


# -- windows of time -----------------------------------------------------------------------------


def overdue(items: list[OverviewItem]) -> list[OverviewItem]:
    return [item for item in items if item.overdue]


def due_within(items: list[OverviewItem], now: dt.datetime, tz_name: str, days: int) -> list[OverviewItem]:
    """Items not yet overdue whose limit falls on or before the same date `days` days after today."""
    last_day = today_in(tz_name, now) + dt.timedelta(days=days)
    horizon = dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time(), tzinfo=zone(tz_name))
    return [item for item in items if not item.overdue and item.deadline.due_moment(tz_name) < horizon]


@dataclass(frozen=True)
class WarningWindow:
    """How far ahead to warn: days for day-based limits (requests, register), hours for hour-based ones (breaches)."""

    days: int
    hours: int

    def contains(self, item: OverviewItem, now: dt.datetime, tz_name: str) -> bool:
        if item.overdue:
            return False
        due = item.deadline.due
        if isinstance(due, dt.datetime):
            return due - now <= dt.timedelta(hours=self.hours)
        return (due - today_in(tz_name, now)).days <= self.days


def warning_window(session: Session) -> WarningWindow:
    from dpo_desk.services import settings

    return WarningWindow(
        settings.get(session, "reminders.request_days"), settings.get(session, "reminders.breach_hours")
    )


@dataclass(frozen=True)
class ReminderState:
    """What the reminders need at one moment: what is in the warning window, what is overdue."""

    now: dt.datetime
    timezone: str
    warning: list[OverviewItem]
    overdue: list[OverviewItem]


def reminder_state(session: Session, now: dt.datetime) -> ReminderState:
    items = overview(session, now)
    tz_name = organisation.get(session).timezone
    window = warning_window(session)
    # the module's own warning window, or the common scale's "urgent" (a breach notification inside its 72 h)
    warning = [
        i
        for i in items
        if window.contains(i, now, tz_name) or (not i.overdue and urgency_of(i, now, tz_name) >= Urgency.URGENT)
    ]
    return ReminderState(now, tz_name, most_urgent_first(warning, now, tz_name), [i for i in items if i.overdue])


# -- the last session ----------------------------------------------------------------------------

LAST_SEEN_KEY = "reminders.last_seen"


def last_seen(session: Session) -> dt.datetime | None:
    """When the window last looked at the deadlines (None before the first session)."""
    row = session.get(StoreMeta, LAST_SEEN_KEY)
    if row is None:
        return None
    try:
        return dt.datetime.fromisoformat(row.value).astimezone(dt.UTC)
    except ValueError:  # a damaged value only means the next summary covers everything overdue
        return None


def mark_seen(session: Session, moment: dt.datetime) -> None:
    """Remember `moment` as seen; never moves backwards (two windows on one store)."""
    if moment.tzinfo is None:
        raise ValueError("mark_seen needs an aware time")
    row = session.get(StoreMeta, LAST_SEEN_KEY)
    value = moment.astimezone(dt.UTC).isoformat()
    if row is None:
        session.add(StoreMeta(key=LAST_SEEN_KEY, value=value))
    else:
        previous = last_seen(session)
        if previous is None or moment > previous:
            row.value = value
    session.flush()


def overdue_since(session: Session, since: dt.datetime | None, now: dt.datetime) -> list[OverviewItem]:
    """What is overdue now and was not yet overdue at `since` (everything overdue when `since` is None)."""
    tz_name = organisation.get(session).timezone
    late = overdue(overview(session, now))
    if since is None:
        return late
    return [item for item in late if item.deadline.due_moment(tz_name) >= since]


# -- for the window ------------------------------------------------------------------------------

_BOOKKEEPING_TABLES = frozenset({"audit_log", "store_meta", "reference_counter"})


def watched_tables() -> frozenset[str]:
    """Every table whose change may move a deadline or a count: all but the store's bookkeeping."""
    from dpo_desk.store.models import Base

    return frozenset(Base.metadata.tables) - _BOOKKEEPING_TABLES


def urgency_of(item: OverviewItem, now: dt.datetime, tz_name: str) -> Urgency:
    """Where the item stands on the one urgency scale of every module (`rules.urgency`)."""
    return urgency(item.deadline.due_moment(tz_name), now)


def most_urgent_first(items: list[OverviewItem], now: dt.datetime, tz_name: str) -> list[OverviewItem]:
    return sorted(items, key=lambda item: rank(item.deadline.due_moment(tz_name), now))


def days_left(item: OverviewItem, now: dt.datetime, tz_name: str) -> int:
    """Whole days from today to the due day in the organisation's zone (negative when past)."""
    due = item.deadline.due
    due_day = due.astimezone(zone(tz_name)).date() if isinstance(due, dt.datetime) else due
    return (due_day - today_in(tz_name, now)).days

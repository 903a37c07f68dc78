"""The deadline overview as an iCalendar file that a calendar application imports.

One VEVENT per open deadline: an all-day event on the due date for day-based limits, a timed event
in UTC for hour-based ones (a breach's 72 hours). The UID is made from the case reference and the
kind of limit, so importing a newer file updates the same events instead of adding copies. Each
event carries a reminder (VALARM) as far ahead as the reminder settings say.
"""

from __future__ import annotations

import datetime as dt
import os
import re

from dpo_desk.outputs import atomic_output
from dpo_desk.services import deadlines
from dpo_desk.services.reports import DeadlineCalendar

PRODID = "-//DPO Desk//Deadlines//EN"
UID_DOMAIN = "deadlines.dpo-desk"
# A timed limit is shown as a short slot starting at the limit, long enough to be seen in a day view.
TIMED_SLOT = dt.timedelta(minutes=30)


def event_uid(reference: str, kind: str) -> str:
    """Stable across exports: the same case and kind of limit is always the same calendar event."""
    clean = re.sub(r"[^A-Za-z0-9-]+", "-", f"{reference}-{kind}").strip("-").lower()
    return f"{clean}@{UID_DOMAIN}"


def _description(item: deadlines.OverviewItem) -> str:
    d = item.deadline
    lines = [f"{deadlines.kind_label(d.kind)}: {d.reference}", d.title]
    lines.append(f"Due: {item.due_text}" + (" (overdue)" if item.overdue else ""))
    if d.rule:
        lines.append(f"Rule: {d.rule}")
    lines.append("Open the case in DPO Desk by its reference.")
    return "\n".join(line for line in lines if line)


def build_calendar(
    items: list[deadlines.OverviewItem],
    window: deadlines.WarningWindow,
    now: dt.datetime,
    calendar_name: str = "DPO Desk deadlines",
) -> bytes:
    import icalendar

    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", calendar_name)
    stamp = now.astimezone(dt.UTC).replace(microsecond=0)
    for item in items:
        d = item.deadline
        event = icalendar.Event()
        event.add("uid", event_uid(d.reference, d.kind))
        event.add("dtstamp", stamp)
        event.add("summary", f"{d.reference}: {deadlines.kind_label(d.kind)}")
        event.add("description", _description(item))
        if d.module:
            event.add("categories", [d.module])
        if isinstance(d.due, dt.datetime):
            start = d.due.astimezone(dt.UTC).replace(microsecond=0)
            event.add("dtstart", start)
            event.add("dtend", start + TIMED_SLOT)
            ahead = dt.timedelta(hours=window.hours)
        else:
            event.add("dtstart", d.due)
            event.add("dtend", d.due + dt.timedelta(days=1))
            ahead = dt.timedelta(days=window.days)
        event.add("transp", "TRANSPARENT")
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"{d.reference}: {deadlines.kind_label(d.kind)}")
        alarm.add("trigger", -ahead)
        event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()


def write_deadlines_ics(data: DeadlineCalendar, path: str | os.PathLike[str]) -> int:
    """Writes every open deadline to `path` (atomically); returns how many events were written."""
    ics = build_calendar(data.items, data.warning_window, data.now, data.name)
    with atomic_output(path) as partial:
        partial.write_bytes(ics)
    return len(data.items)

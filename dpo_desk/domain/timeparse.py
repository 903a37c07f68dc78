"""Dates and times as people and scripts type them, and as DPO Desk prints them.

Dates print as ISO 8601 (2026-04-07); times as ISO 8601 with their UTC offset in the
organisation's zone (2026-10-26T09:00:00+02:00). Parsing names the field and the value it refused.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo

from dpo_desk.errors import InvalidInput

_FINNISH_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_SLASH_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


# Dates and times a user or a file gives must lie in these years: the ends of the calendar (0001-01-01,
# 9999-12-31) overflow as soon as a limit is added or a zone applied, and no case of this desk lies there.
EARLIEST_YEAR = 1900
LATEST_YEAR = 2199


def _in_range(field: str, text: object, moment: dt.date) -> None:
    if not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
        raise InvalidInput(
            field,
            str(text),
            f"is outside the years {EARLIEST_YEAR}-{LATEST_YEAR}",
            code="year-out-of-range",
            values={"earliest": EARLIEST_YEAR, "latest": LATEST_YEAR},
        )


def parse_date(field: str, text: str | dt.date | None, *, slash_order: str | None = None) -> dt.date:
    """ISO 8601 (2026-03-05) or Finnish day.month.year (5.3.2026); 05/03/2026 only with an explicit order.

    `slash_order` is "dmy" or "mdy": a slashed date is ambiguous, so it is refused unless the
    caller (an import mapping) says which order its file uses.
    """
    day = _parse_date(field, text, slash_order)
    _in_range(field, text, day)
    return day


def _parse_date(field: str, text: str | dt.date | None, slash_order: str | None) -> dt.date:
    if isinstance(text, dt.datetime):
        return text.date()
    if isinstance(text, dt.date):
        return text
    value = (text or "").strip()
    if not value:
        raise InvalidInput(field, text, "is missing: a date like 2026-03-05 is needed", code="date-missing")
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return dt.date.fromisoformat(value)
        m = _FINNISH_DATE.match(value)
        if m:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        m = _SLASH_DATE.match(value)
        if m and slash_order in ("dmy", "mdy"):
            day, month = (m[1], m[2]) if slash_order == "dmy" else (m[2], m[1])
            return dt.date(int(m[3]), int(month), int(day))
        if m:
            raise InvalidInput(
                field, text, "is ambiguous: write it as 2026-03-05 (year-month-day)", code="date-ambiguous"
            )
    except ValueError:
        raise InvalidInput(field, text, "is not a valid date", code="date-impossible") from None
    raise InvalidInput(field, text, "is not a date: write it as 2026-03-05 (year-month-day)", code="not-a-date")


def zone(name: str) -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(name)


def parse_time(field: str, text: str | dt.datetime | None, tz_name: str = "Europe/Helsinki") -> dt.datetime:
    """An aware UTC datetime from ISO 8601; a time without an offset is read in the organisation's zone.

    A local time the spring-forward gap skips (03:30 on 29 March 2026 in Helsinki) is refused: no
    reading of it is safe for a deadline counted from it. An hour the autumn change repeats is read
    as its earlier instant (fold 0), so a deadline counted from it never comes out later.
    """
    if isinstance(text, dt.datetime):
        moment = text
    else:
        value = (text or "").strip()
        if not value:
            raise InvalidInput(
                field, text, "is missing: a time like 2026-03-27T15:00:00+02:00 is needed", code="time-missing"
            )
        try:
            moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise InvalidInput(
                field, text, "is not a time: write it as 2026-03-27T15:00:00+02:00", code="not-a-time"
            ) from None
        if len(value) <= 10:
            raise InvalidInput(
                field, text, "needs a time of day: write it as 2026-03-27T15:00:00+02:00", code="time-of-day-missing"
            )
    _in_range(field, text, moment)
    if moment.tzinfo is None:
        local = moment.replace(tzinfo=zone(tz_name), fold=0)
        if local.astimezone(dt.UTC).astimezone(local.tzinfo).replace(tzinfo=None) != moment:
            raise InvalidInput(
                field,
                text,
                f"does not exist in {tz_name}: the clocks skip that hour when summer time begins; "
                "give the time with its UTC offset",
                code="time-skipped",
                values={"zone": tz_name},
            )
        moment = local
    return moment.astimezone(dt.UTC)


def local_iso(moment: dt.datetime | None, tz_name: str = "Europe/Helsinki") -> str | None:
    """A stored UTC moment as ISO 8601 in the organisation's zone, with its offset."""
    if moment is None:
        return None
    return moment.astimezone(zone(tz_name)).isoformat(timespec="seconds")


def iso_date(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def today_in(tz_name: str, now: dt.datetime) -> dt.date:
    """The date `now` falls on in the zone (a moment from the clock: see `dpo_desk.clock`)."""
    return now.astimezone(zone(tz_name)).date()

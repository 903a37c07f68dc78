"""Dates and times as a person reads them in the window's language (fi 4.12.2026, sv 2026-12-04, en 4 Dec 2026;
with the time of day: fi 4.12.2026 9.16, sv 2026-12-04 09:16, en 4 Dec 2026, 09:16).

Fields a person types a date into keep ISO dates (2026-12-04), which every language accepts.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

from dpo_desk.domain.timeparse import zone
from dpo_desk.ui.i18n import current_language

_ENGLISH_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(value: dt.date | None, empty: str = "") -> str:
    if value is None:
        return empty
    if isinstance(value, dt.datetime):
        value = value.date()
    language = current_language()
    if language == "fi":
        return f"{value.day}.{value.month}.{value.year}"
    if language == "sv":
        return value.isoformat()
    return f"{value.day} {_ENGLISH_MONTHS[value.month - 1]} {value.year}"


def date_edit_format() -> str:
    """A date field's display format (QDateEdit) in the form `format_date` shows dates."""
    return {"fi": "d.M.yyyy", "sv": "yyyy-MM-dd"}.get(current_language(), "d MMM yyyy")


def date_samples(time: str = "") -> list[str]:
    """One date of each month (and `time` after it) as the window shows them: a column fitted to the widest
    of these never cuts a date ("28 Sep 2026" is wider than "2026-09-28")."""
    return [f"{format_date(dt.date(2026, month, 28))}{time}" for month in range(1, 13)]


def datetime_samples() -> list[str]:
    """`date_samples` with the widest time of day, for a column of moments."""
    return [format_datetime(dt.datetime(2026, month, 28, 23, 58)) for month in range(1, 13)]


def format_datetime(value: dt.datetime | None, empty: str = "") -> str:
    """Date and 24-hour time, in the time zone the moment already carries: fi "5.12.2026 9.16" (QLocale's
    Finnish short form; prose would put "klo" before the time, which the tables have no room for), sv "2026-12-05 09:16"
    (QLocale's Swedish short form), en "5 Dec 2026, 09:16"."""
    if value is None:
        return empty
    language = current_language()
    if language == "fi":
        return f"{format_date(value)} {value.hour}.{value.minute:02d}"
    if language == "sv":
        return f"{format_date(value)} {value:%H:%M}"
    return f"{format_date(value)}, {value:%H:%M}"


def format_moment(moment: dt.datetime | None, tz_name: str, empty: str = "") -> str:
    """A stored moment as the wall time in the organisation's zone."""
    return format_datetime(moment.astimezone(zone(tz_name)) if moment else None, empty)


def format_due(due: dt.date | dt.datetime, tz_name: str) -> str:
    """A time limit: a day, or a moment (breach notifications) in the organisation's zone."""
    return format_moment(due, tz_name) if isinstance(due, dt.datetime) else format_date(due)


def format_long_date(value: dt.date) -> str:
    """With the weekday, where the day of the week matters (a time limit): "maanantai 4.1.2027"."""
    weekday = QLocale(current_language()).toString(QDate(value.year, value.month, value.day), "dddd")
    return f"{weekday} {format_date(value)}"

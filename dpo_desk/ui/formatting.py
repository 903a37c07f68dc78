"""Dates and times as a person reads them in the window's language (fi 4.12.2026, sv 2026-12-04, en 4 Dec 2026).

Fields a person types a date into keep ISO dates (2026-12-04), which every language accepts.
"""

from __future__ import annotations

import datetime as dt

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


def format_datetime(value: dt.datetime | None, empty: str = "") -> str:
    """Date and 24-hour time, in the time zone the moment already carries."""
    if value is None:
        return empty
    return f"{format_date(value)} {value:%H:%M}"

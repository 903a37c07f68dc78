"""Which days end no time limit: Saturdays, Sundays and the holiday country's public holidays.

Holidays come from the `holidays` package; Finland's, for the years of `finnish_holidays` (generated from
the package by scripts/finnish_holidays and checked against it by a test), from that table, so a command
does not import the package (~60 ms: it imports every country's module). For Finland the Time Limits
Act 150/1930 §5 also moves a deadline off Midsummer Eve and Christmas Eve; each is a setting (see
rules.md), so the calendar adds or drops them explicitly rather than trusting whichever way the
package lists them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

SATURDAY, SUNDAY = 5, 6

# The holidays package's language codes for the report languages.
HOLIDAY_LANGUAGE = {"fi": "fi", "sv": "sv_FI", "en": "en_US"}
_SHIPPED_LANGUAGES = ("fi", "sv", "en")  # the name columns of finnish_holidays, in order

_EVE_NAMES = {
    "midsummer": {"fi": "Juhannusaatto", "sv": "Midsommarafton", "en": "Midsummer Eve"},
    "christmas": {"fi": "Jouluaatto", "sv": "Julafton", "en": "Christmas Eve"},
}
_WEEKEND_NAMES = {
    SATURDAY: {"fi": "lauantai", "sv": "lördag", "en": "a Saturday"},
    SUNDAY: {"fi": "sunnuntai", "sv": "söndag", "en": "a Sunday"},
}


def midsummer_eve(year: int) -> dt.date:
    """The Friday between 19 and 25 June (Midsummer Day is the Saturday between 20 and 26 June)."""
    day = dt.date(year, 6, 19)
    return day + dt.timedelta(days=(4 - day.weekday()) % 7)


@lru_cache(maxsize=256)
def _package_holidays(country: str, year: int, language: str) -> dict[dt.date, str]:
    """The public holidays the `holidays` package lists for `year`; Finland's from the shipped table
    where it has the year and the language (the same, as a test checks), else from the package."""
    if country == "FI" and language in _SHIPPED_LANGUAGES:
        from dpo_desk.rules import finnish_holidays

        if finnish_holidays.FIRST <= year <= finnish_holidays.LAST:
            column = 2 + _SHIPPED_LANGUAGES.index(language)
            return {dt.date(year, row[0], row[1]): str(row[column]) for row in finnish_holidays.HOLIDAYS[year]}
    return _from_package(country, year, language)


def _from_package(country: str, year: int, language: str) -> dict[dt.date, str]:
    # Imported on the first calendar asked for (and cached with it): a command that never counts
    # working days, or counts them in Finland in the table's years, does not pay for the package's import.
    import holidays

    try:
        found = holidays.country_holidays(country, years=year, language=HOLIDAY_LANGUAGE.get(language, language))
    except NotImplementedError:  # the country does not translate its names: its own language then
        found = holidays.country_holidays(country, years=year)
    return dict(found.items())


@lru_cache(maxsize=1024)
def _calendar_holidays(calendar: HolidayCalendar, year: int, language: str) -> dict[dt.date, str]:
    """A calendar's holidays of a year, built once per (calendar, year, language): read, never changed."""
    return calendar._holidays(year, language)


@dataclass(frozen=True)
class HolidayCalendar:
    """Non-working days of one country, with Finland's two eves as choices."""

    country: str = "FI"
    christmas_eve: bool = True
    midsummer_eve: bool = True

    def holidays_in(self, year: int, language: str = "en") -> dict[dt.date, str]:
        """Public holidays (weekends aside) of `year`: date -> name in `language` (fi, sv or en)."""
        return dict(_calendar_holidays(self, year, language))

    def holiday_name(self, day: dt.date, language: str = "en") -> str | None:
        return _calendar_holidays(self, day.year, language).get(day)

    def _holidays(self, year: int, language: str) -> dict[dt.date, str]:
        days = dict(_package_holidays(self.country, year, language))
        if self.country == "FI":
            eves = {
                midsummer_eve(year): ("midsummer", self.midsummer_eve),
                dt.date(year, 12, 24): ("christmas", self.christmas_eve),
            }
            for day, (eve, counted) in eves.items():
                if counted:
                    days[day] = _EVE_NAMES[eve].get(language, _EVE_NAMES[eve]["en"])
                else:
                    days.pop(day, None)
        return days

    def non_working_reason(self, day: dt.date, language: str = "en") -> str | None:
        """Why `day` ends no time limit (its holiday's name, or the weekday), or None for a working day."""
        name = self.holiday_name(day, language)
        if name:
            return name
        if day.weekday() in _WEEKEND_NAMES:
            return _WEEKEND_NAMES[day.weekday()].get(language, _WEEKEND_NAMES[day.weekday()]["en"])
        return None

    def is_working_day(self, day: dt.date) -> bool:
        return day.weekday() not in (SATURDAY, SUNDAY) and self.holiday_name(day) is None

    def next_working_day(self, day: dt.date) -> dt.date:
        """`day` itself when it is a working day, else the first working day after it."""
        while not self.is_working_day(day):
            day += dt.timedelta(days=1)
        return day

    def skipped_days(self, day: dt.date, language: str = "en") -> list[tuple[dt.date, str]]:
        """The non-working days from `day` up to (not including) the next working day, with reasons."""
        skipped = []
        while not self.is_working_day(day):
            skipped.append((day, self.non_working_reason(day, language) or ""))
            day += dt.timedelta(days=1)
        return skipped

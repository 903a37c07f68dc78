"""Finland's calendar ships as a table generated from the `holidays` package (scripts/finnish_holidays), so
a command need not import the package; the table must list what the package lists, year by year."""

from __future__ import annotations

import datetime as dt

import pytest

from dpo_desk.rules import finnish_holidays, working_days
from dpo_desk.rules.working_days import HolidayCalendar

LANGUAGES = ("fi", "sv", "en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_table_lists_what_the_package_lists_for_every_year_of_its_span(language: str) -> None:
    differ = [
        year
        for year in range(finnish_holidays.FIRST, finnish_holidays.LAST + 1)
        if working_days._package_holidays("FI", year, language) != working_days._from_package("FI", year, language)
    ]
    assert not differ, f"the installed holidays package differs in {differ[:5]}...: run scripts/finnish_holidays"


def test_the_span_covers_the_years_a_store_works_in() -> None:
    this_year = dt.date.today().year
    assert finnish_holidays.FIRST <= 2000 and this_year + 30 <= finnish_holidays.LAST
    assert sorted(finnish_holidays.HOLIDAYS) == list(range(finnish_holidays.FIRST, finnish_holidays.LAST + 1))


@pytest.mark.parametrize("year", [finnish_holidays.FIRST - 1, finnish_holidays.LAST + 1])
def test_years_outside_the_span_and_other_countries_come_from_the_package(year: int, monkeypatch) -> None:
    asked: list[tuple[str, int, str]] = []
    package = working_days._from_package

    def from_package(country: str, year: int, language: str) -> dict[dt.date, str]:
        asked.append((country, year, language))
        return package(country, year, language)

    monkeypatch.setattr(working_days, "_from_package", from_package)
    working_days._package_holidays.cache_clear()
    working_days._calendar_holidays.cache_clear()  # a calendar's years are cached over the package's too
    try:
        days = HolidayCalendar("FI").holidays_in(year, "fi")
        assert dt.date(year, 12, 6) in days and dt.date(year, 12, 24) in days  # independence day, Christmas Eve
        HolidayCalendar("SE").holidays_in(2026, "sv")
        HolidayCalendar("FI").holidays_in(2026, "fi")  # from the table
        assert asked == [("FI", year, "fi"), ("SE", 2026, "sv")]
    finally:
        working_days._package_holidays.cache_clear()
        working_days._calendar_holidays.cache_clear()

"""The year in figures, for the annual report: rights requests, breaches and register changes.

The figures come from the case modules' `statistics` and `changes` functions (CONTRACTS.md); a
module absent from this build gives None, and the report says the part is not in use rather than
printing zeros that would read as "nothing happened".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from dpo_desk.errors import InvalidInput
from dpo_desk.services import deadlines, organisation

FIRST_YEAR, LAST_YEAR = 2000, 2100


@dataclass(frozen=True)
class RequestFigures:
    total: int
    by_type: dict[str, int]
    by_outcome: dict[str, int]
    closed: int
    answered_on_time: int
    on_time_share: float | None
    median_days_to_close: float | None
    by_month: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class BreachFigures:
    total: int
    by_cause: dict[str, int]
    by_risk: dict[str, int]
    notified: int
    notified_late: int
    not_notified: int
    by_month: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class RegisterFigures:
    added: int
    retired: int
    announced: int


@dataclass(frozen=True)
class AnnualFigures:
    year: int
    start: dt.date
    end: dt.date
    organisation: organisation.OrganisationView
    requests: RequestFigures | None
    breaches: BreachFigures | None
    register: RegisterFigures | None

    @property
    def months(self) -> list[str]:
        return [f"{self.year:04d}-{m:02d}" for m in range(1, 13)]


def check_year(year: Any) -> int:
    try:
        number = int(year)
    except (TypeError, ValueError):
        raise InvalidInput("year", year, "is not a year like 2026", code="not-a-year") from None
    if not FIRST_YEAR <= number <= LAST_YEAR:
        raise InvalidInput(
            "year",
            year,
            f"is not between {FIRST_YEAR} and {LAST_YEAR}",
            code="year-out-of-range",
            values={"earliest": FIRST_YEAR, "latest": LAST_YEAR},
        )
    return number


def _counts(value: Any) -> dict[str, int]:
    return {str(k): int(v) for k, v in dict(value or {}).items()}


def _requests(stats: Any) -> RequestFigures:
    monthly = {month: sum(_counts(types).values()) for month, types in dict(stats.by_month or {}).items()}
    return RequestFigures(
        total=int(stats.total),
        by_type=_counts(stats.by_type),
        by_outcome=_counts(stats.by_outcome),
        closed=int(stats.closed),
        answered_on_time=int(stats.answered_on_time),
        on_time_share=stats.on_time_share,
        median_days_to_close=stats.median_days_to_close,
        by_month=monthly,
    )


def _breaches(stats: Any) -> BreachFigures:
    return BreachFigures(
        total=int(stats.total),
        by_cause=_counts(stats.by_cause),
        by_risk=_counts(stats.by_risk),
        notified=int(stats.notified),
        notified_late=int(stats.notified_late),
        not_notified=int(stats.not_notified),
        by_month=_counts(getattr(stats, "by_month", {})),
    )


def figures(session: Session, year: int) -> AnnualFigures:
    """The figures of calendar year `year` (1 January to 31 December inclusive)."""
    year = check_year(year)
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    statistics = deadlines.offered("statistics")
    changes = deadlines.offered("changes")
    return AnnualFigures(
        year=year,
        start=start,
        end=end,
        organisation=organisation.get(session),
        requests=_requests(statistics["requests"](session, start, end)) if "requests" in statistics else None,
        breaches=_breaches(statistics["breaches"](session, start, end)) if "breaches" in statistics else None,
        register=_register(changes["register"](session, start, end)) if "register" in changes else None,
    )


def _register(value: Any) -> RegisterFigures:
    return RegisterFigures(int(value.added), int(value.retired), int(value.announced))

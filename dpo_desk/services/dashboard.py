"""What the home page shows, computed in one place: the window only draws it.

Counts come from each case module's `open_count`, the charts from the requests' and breaches'
`statistics` (see CONTRACTS.md).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from dpo_desk.clock import now_of
from dpo_desk.domain.timeparse import today_in
from dpo_desk.services import breaches, deadlines, organisation, requests

SOON_DAYS = 14
CHART_MONTHS = 12


@dataclass(frozen=True)
class DashboardSnapshot:
    """Everything on the home page at one moment.

    `open_counts` has every module key in window order.
    `requests_by_month` maps a request type to one count per entry of `months` ("2026-03").
    """

    now: dt.datetime
    timezone: str
    open_counts: dict[str, int]
    overdue: list[deadlines.OverviewItem]
    due_soon: list[deadlines.OverviewItem]
    months: list[str] = field(default_factory=list)
    requests_by_month: dict[str, list[int]] = field(default_factory=dict)
    answered_on_time: int = 0
    answered_late: int = 0
    breaches_by_cause: dict[str, int] = field(default_factory=dict)

    @property
    def on_time_share(self) -> float | None:
        answered = self.answered_on_time + self.answered_late
        return self.answered_on_time / answered if answered else None

    @property
    def has_charts(self) -> bool:
        return bool(
            any(any(counts) for counts in self.requests_by_month.values())
            or self.answered_on_time + self.answered_late
            or any(self.breaches_by_cause.values())
        )

    @property
    def is_empty(self) -> bool:
        """Nothing open, nothing due and nothing to chart: the page shows its welcome instead."""
        return not (any(self.open_counts.values()) or self.overdue or self.due_soon or self.has_charts)


def chart_months(today: dt.date, count: int = CHART_MONTHS) -> list[str]:
    """The last `count` calendar months ending with today's, oldest first ("2026-03")."""
    index = today.year * 12 + today.month - 1
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(index - count + 1, index + 1)]


def _month_start(month: str) -> dt.date:
    year, number = month.split("-")
    return dt.date(int(year), int(number), 1)


def snapshot(session: Session, now: dt.datetime | None = None) -> DashboardSnapshot:
    now = now or now_of(session)
    tz_name = organisation.get(session).timezone
    today = today_in(tz_name, now)
    items = deadlines.overview(session, now)

    open_counts = {key: int(module.open_count(session)) for key, module in deadlines.PROVIDERS.items()}
    months = chart_months(today)
    start = _month_start(months[0])

    request_stats = requests.statistics(session, start, today)
    types = sorted({kind for counts in request_stats.by_month.values() for kind in counts})
    requests_by_month = {kind: [request_stats.by_month.get(m, {}).get(kind, 0) for m in months] for kind in types}
    on_time = request_stats.answered_on_time
    late = max(0, request_stats.closed - on_time)

    causes = breaches.statistics(session, start, today).by_cause
    by_cause = {cause: n for cause, n in sorted(causes.items(), key=lambda kv: (-kv[1], kv[0])) if n}

    return DashboardSnapshot(
        now=now,
        timezone=tz_name,
        open_counts=open_counts,
        overdue=deadlines.overdue(items),
        due_soon=deadlines.due_within(items, now, tz_name, SOON_DAYS),
        months=months,
        requests_by_month=requests_by_month,
        answered_on_time=on_time,
        answered_late=late,
        breaches_by_cause=by_cause,
    )

"""One deadline overview across every module: soonest first, overdue marked, each naming its case.

Each module offers `deadlines(session, now) -> list[Deadline]` (listed in PROVIDERS); this module
only gathers, sorts and marks them, so a module's rules stay in the module.
"""

from __future__ import annotations

import datetime as dt
import importlib
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from dpo_desk.domain.timeparse import iso_date, local_iso, zone
from dpo_desk.services import organisation

PROVIDERS = (
    "dpo_desk.services.requests",
    "dpo_desk.services.breaches",
    "dpo_desk.services.register",
    "dpo_desk.services.records",
)


@dataclass(frozen=True)
class Deadline:
    """A limit on one case. `due` is a date for day-based limits, an aware datetime for hour-based ones."""

    reference: str
    kind: str
    due: dt.date | dt.datetime
    title: str
    module: str
    rule: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def due_moment(self, tz_name: str) -> dt.datetime:
        """The last moment the limit is still met: the end of a due date in the organisation's zone."""
        if isinstance(self.due, dt.datetime):
            return self.due
        end = dt.datetime.combine(self.due + dt.timedelta(days=1), dt.time(), tzinfo=zone(tz_name))
        return end - dt.timedelta(microseconds=1)

    def is_overdue(self, now: dt.datetime, tz_name: str) -> bool:
        return now > self.due_moment(tz_name)


@dataclass(frozen=True)
class OverviewItem:
    deadline: Deadline
    overdue: bool
    due_text: str

    def to_json(self) -> dict[str, Any]:
        d = self.deadline
        return {
            "reference": d.reference,
            "kind": d.kind,
            "due": self.due_text,
            "overdue": self.overdue,
            "title": d.title,
            "module": d.module,
            "rule": d.rule,
            **d.extra,
        }


def _provider_deadlines(session: Session, now: dt.datetime) -> list[Deadline]:
    found: list[Deadline] = []
    for name in PROVIDERS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as missing:
            if missing.name != name:
                raise
            continue
        provider = getattr(module, "deadlines", None)
        if provider is not None:
            found.extend(provider(session, now))
    return found


def overview(session: Session, as_of: dt.datetime | None = None) -> list[OverviewItem]:
    """Every open deadline, soonest first, overdue marked as of `as_of` (default now)."""
    now = as_of or dt.datetime.now(dt.UTC)
    tz_name = organisation.get(session).timezone
    items = []
    for d in _provider_deadlines(session, now):
        due_text = local_iso(d.due, tz_name) if isinstance(d.due, dt.datetime) else iso_date(d.due)
        items.append(OverviewItem(d, d.is_overdue(now, tz_name), due_text or ""))
    items.sort(key=lambda i: (i.deadline.due_moment(tz_name), i.deadline.reference, i.deadline.kind))
    return items

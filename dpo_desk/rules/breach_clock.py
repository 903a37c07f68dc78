"""The breach clock: when the supervisory authority must have been notified, and who must be told.

GDPR Art. 33(1): within 72 hours of becoming aware, counted in real elapsed hours (UTC arithmetic, so a
daylight-saving change never shifts the limit, and weekends or holidays never extend it). The window
and the notification threshold are rule data with an effective date (`resources/breach-rules.json`),
so a legislative change is a data change: the rule applied is the one in force when the organisation
became aware.

Worked examples (the count starts at the moment of awareness):
    aware 2026-03-27 15:00 +02:00 (13:00 UTC) -> due 2026-03-30 13:00 UTC, shown 16:00 +03:00 in Helsinki
    (summer time began on 29 March: the wall clock moved, the 72 hours did not).
    With count_from "next-hour" (Reg. 1182/71 Art. 3(1)-(2)(a)), aware 10:20 -> the count starts 11:00.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

RISK_LEVELS = ("none", "risk", "high")
THRESHOLDS = ("risk", "high")
COUNT_FROM = ("moment", "next-hour")


@dataclass(frozen=True)
class BreachRule:
    """One version of the notification rule, in force from `effective_from` (a date)."""

    effective_from: dt.date
    window_hours: int
    notify_threshold: str  # "risk": notify unless a risk is unlikely; "high": only high risk
    count_from: str = "moment"
    source: str = ""
    note: str = ""
    # ("fi", "tietosuoja-asetuksen 33 artiklan 1 kohta ..."): the source in each report language
    source_translations: tuple[tuple[str, str], ...] = ()

    def source_in(self, lang: str) -> str:
        """The rule's legal source in the document's language (English when no translation is given)."""
        return dict(self.source_translations).get(lang) or self.source

    def __post_init__(self) -> None:
        if self.window_hours <= 0:
            raise ValueError("a notification window is a positive number of hours")
        if self.notify_threshold not in THRESHOLDS:
            raise ValueError(f"notify_threshold must be one of {THRESHOLDS}")
        if self.count_from not in COUNT_FROM:
            raise ValueError(f"count_from must be one of {COUNT_FROM}")


def parse_rules(document: Mapping[str, Any]) -> list[BreachRule]:
    """The rule versions of a rule-data document, oldest first."""
    rules = [
        BreachRule(
            effective_from=dt.date.fromisoformat(item["effective_from"]),
            window_hours=int(item["authority_window_hours"]),
            notify_threshold=str(item["notify_threshold"]),
            count_from=str(item.get("count_from", "moment")),
            source=str(item.get("source", "")),
            note=str(item.get("note", "")),
            source_translations=tuple(
                (key.removeprefix("source_"), str(value))
                for key, value in sorted(item.items())
                if key.startswith("source_") and value
            ),
        )
        for item in document["rules"]
    ]
    if not rules:
        raise ValueError("the breach rule data holds no rule")
    return sorted(rules, key=lambda r: r.effective_from)


def rule_for(rules: Sequence[BreachRule], aware_at: dt.datetime) -> BreachRule:
    """The rule in force on the (UTC) day of awareness; the oldest one for an awareness before all of them."""
    day = aware_at.astimezone(dt.UTC).date()
    chosen = rules[0]
    for rule in rules:
        if rule.effective_from <= day:
            chosen = rule
    return chosen


def clock_start(aware_at: dt.datetime, rule: BreachRule) -> dt.datetime:
    """Where the count of hours begins, in UTC."""
    if aware_at.tzinfo is None:
        raise ValueError("the awareness time must carry its zone")
    start = aware_at.astimezone(dt.UTC)
    if rule.count_from == "next-hour" and (start.minute or start.second or start.microsecond):
        start = start.replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=1)
    return start


def authority_deadline(aware_at: dt.datetime, rule: BreachRule) -> dt.datetime:
    """The last moment to notify the authority, as an aware UTC datetime (real hours, no roll-over)."""
    return clock_start(aware_at, rule) + dt.timedelta(hours=rule.window_hours)


def is_late(sent_at: dt.datetime, deadline: dt.datetime) -> bool:
    """A notification is late when it goes out after the deadline (the deadline itself is still in time)."""
    return sent_at > deadline


def notification_required(risk: str | None, rule: BreachRule) -> bool:
    """Must the authority be told? An undecided risk counts as one (the safe reading)."""
    if risk is None:
        return True
    if risk not in RISK_LEVELS:
        raise ValueError(f"risk must be one of {RISK_LEVELS}")
    if rule.notify_threshold == "high":
        return risk == "high"
    return risk in ("risk", "high")


def communication_required(risk: str | None) -> bool:
    """Art. 34(1): data subjects are told of a high risk (unless an Art. 34(3) exemption applies)."""
    return risk == "high"


@dataclass(frozen=True)
class Remaining:
    """Time left to a deadline: negative when past."""

    seconds: int

    @property
    def past(self) -> bool:
        return self.seconds < 0

    def parts(self) -> tuple[int, int, int, int]:
        """(days, hours, minutes, seconds) of the absolute time left or overdue."""
        left = abs(self.seconds)
        days, left = divmod(left, 86_400)
        hours, left = divmod(left, 3_600)
        minutes, seconds = divmod(left, 60)
        return days, hours, minutes, seconds

    def hours_text(self) -> str:
        """'71 h 59 min' style, counting whole hours (the way the 72 hours are meant)."""
        left = abs(self.seconds)
        hours, left = divmod(left, 3_600)
        minutes, seconds = divmod(left, 60)
        return f"{hours} h {minutes:02d} min {seconds:02d} s"


def remaining(deadline: dt.datetime, now: dt.datetime) -> Remaining:
    """Whole seconds from `now` to `deadline` (negative once past). Both aware."""
    delta = deadline.astimezone(dt.UTC) - now.astimezone(dt.UTC)
    return Remaining(int(delta.total_seconds() // 1))


def first_in(times: Iterable[dt.datetime | None]) -> dt.datetime | None:
    """The earliest of some optional times."""
    present = [t for t in times if t is not None]
    return min(present) if present else None

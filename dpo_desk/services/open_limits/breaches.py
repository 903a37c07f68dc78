"""The breaches' open limits: the authority notification (72 h), telling the data subjects, and (as a
processor) telling the controller."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from sqlalchemy import Connection, Select, exists, select

from dpo_desk.domain.deadline import Deadline
from dpo_desk.domain.timeparse import local_iso
from dpo_desk.rules import breach_clock
from dpo_desk.services.breach_rules import rule_for
from dpo_desk.services.open_limits.tables import breach, breach_notification

MODULE = "breaches"


@cache
def _open_breaches() -> Select[Any]:
    """Plain rows (the overview reads thousands of open breaches at scale), the statement built once."""
    b = breach.c
    notified = exists().where(breach_notification.c.breach_id == b.id)
    return select(
        b.reference,
        b.role,
        b.controller_told_at,
        b.aware_at,
        b.authority_deadline,
        b.title,
        b.risk,
        b.communication,
        notified.label("notified"),
    ).where(b.status == "open")


def deadlines(rows: Connection, now: dt.datetime, tz_name: str) -> list[Deadline]:
    found: list[Deadline] = []
    for b in rows.execute(_open_breaches()):
        rule = rule_for(b.aware_at)
        if b.role == "processor":
            if b.controller_told_at is None:
                found.append(
                    Deadline(b.reference, "controller-notification", b.aware_at, b.title, MODULE, "GDPR Art. 33(2)")
                )
            continue
        if not b.notified and breach_clock.notification_required(b.risk, rule):
            found.append(
                Deadline(
                    b.reference,
                    "authority-notification",
                    b.authority_deadline,
                    b.title,
                    MODULE,
                    f"GDPR Art. 33(1): {rule.window_hours} hours from awareness",
                    {"aware_at": local_iso(b.aware_at, tz_name)},
                )
            )
        if b.risk == "high" and b.communication not in ("done", "exempt"):
            found.append(
                Deadline(
                    b.reference,
                    "subject-communication",
                    b.authority_deadline,
                    b.title,
                    MODULE,
                    "GDPR Art. 34(1): without undue delay",
                )
            )
    return found

"""The breaches' open limits: the authority notification (72 h), telling the data subjects, and (as a
processor) telling the controller."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from sqlalchemy import Connection, Select, and_, exists, or_, select

from dpo_desk.domain.deadline import Deadline
from dpo_desk.domain.timeparse import local_iso
from dpo_desk.rules import breach_clock
from dpo_desk.services.breach_rules import rule_for
from dpo_desk.services.open_limits.tables import breach, breach_notification, one_of

MODULE = "breaches"
# Telling the data subjects is no longer due once done, or once an exemption of Art. 34(3) is recorded.
COMMUNICATION_SETTLED = ("done", "exempt")


@cache
def _open_breaches() -> Select[Any]:
    """The open breaches that may still have a limit, as plain rows; the statement built once.

    Only those the loop below can list: a processor's until the controller is told, a controller's
    until it has notified and, at high risk, told the data subjects (`role` and `communication` are
    NOT NULL). Whether the risk calls for a notification depends on the rule in force at awareness,
    so that stays in Python. At 100,000 requests this reads 359 of the 769 open breaches: the rest
    could list nothing, and decoding their three times had cost the provider a third of its time."""
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
    ).where(
        b.status == "open",
        or_(
            and_(b.role == "processor", b.controller_told_at.is_(None)),
            and_(
                b.role != "processor",
                or_(~notified, and_(b.risk == "high", ~one_of(b.communication, COMMUNICATION_SETTLED))),
            ),
        ),
    )


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
        if b.risk == "high" and b.communication not in COMMUNICATION_SETTLED:
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

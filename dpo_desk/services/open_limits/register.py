"""The register's open limits: objection periods still running, transfer impact assessment reviews,
missing data processing agreements."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from sqlalchemy import Connection, Select, bindparam, select

from dpo_desk.domain.deadline import Deadline
from dpo_desk.domain.timeparse import today_in
from dpo_desk.services.open_limits.tables import (
    BATCH,
    one_of,
    subprocessor,
    subprocessor_announcement,
    subprocessor_transfer,
)


@cache
def _deadline_queries() -> tuple[Select[Any], ...]:
    """The open announcements, transfer reviews and missing DPAs: plain columns, built once (the overview
    runs them on every refresh; building the statements cost as much as running them)."""
    s, a, t = subprocessor.c, subprocessor_announcement.c, subprocessor_transfer.c
    announcements = (
        select(s.reference, s.name, a.reference.label("announcement"), a.objection_until)
        .select_from(subprocessor_announcement)
        .join(subprocessor, s.id == a.subprocessor_id)
        .where(a.status == "open", a.objection_until >= bindparam("today"))
    )
    # A range rather than IS NOT NULL: SQLite then reads ix_subprocessor_transfer_tia_review_on for
    # the few transfers with a review date instead of joining every transfer (NULLs fall outside it).
    reviews = (
        select(s.reference, s.name, t.country, t.tia_review_on)
        .join(subprocessor_transfer, t.subprocessor_id == s.id)
        .where(s.status != "retired", t.tia_review_on >= dt.date.min)
    )
    missing = select(s.reference, s.name, s.active_from, s.announced_on).where(
        one_of(s.status, ("announced", "active")), s.dpa_signed_on.is_(None)
    )
    return announcements, reviews, missing


def deadlines(rows: Connection, now: dt.datetime, tz_name: str) -> list[Deadline]:
    today = today_in(tz_name, now)
    found: list[Deadline] = []
    append = found.append
    announcements, reviews, missing = _deadline_queries()
    for batch in rows.execute(announcements, {"today": today}).partitions(BATCH):
        for reference, name, announcement, objection_until in batch:
            subject = f"{name} ({announcement})"
            append(
                Deadline(
                    reference,
                    "objection-period",
                    objection_until,
                    f"Objections to {subject}",
                    "register",
                    "Art. 28(2): customers may object until the end of the period",
                    {"announcement": announcement, "subject": subject},
                )
            )
    for batch in rows.execute(reviews).partitions(BATCH):
        for reference, name, country, review_on in batch:
            subject = f"{name} ({country})"
            append(
                Deadline(
                    reference,
                    "tia-review",
                    review_on,
                    f"Review the transfer impact assessment of {subject}",
                    "register",
                    "Art. 46: the safeguard must stay effective (EDPB Recommendations 01/2020)",
                    {"country": country, "subject": subject},
                )
            )
    for batch in rows.execute(missing).partitions(BATCH):
        for reference, name, active_from, announced_on in batch:
            append(
                Deadline(
                    reference,
                    "dpa-missing",
                    active_from or announced_on or today,
                    f"Get the data processing agreement with {name} signed",
                    "register",
                    "Art. 28(3)-(4): processing by a subprocessor is governed by a contract",
                    {"subject": name},
                )
            )
    return found

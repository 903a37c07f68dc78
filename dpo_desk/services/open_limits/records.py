"""The records' open limits: the review date of every activity in use, and of every impact assessment."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from sqlalchemy import Connection, Select, select

from dpo_desk.domain.deadline import Deadline
from dpo_desk.rules import records_checks as checks
from dpo_desk.services.open_limits.facts import stored_setting
from dpo_desk.services.open_limits.tables import impact_assessment, processing_activity


@cache
def _deadline_query() -> Select[Any]:
    """Plain columns, the assessment joined, built once: the overview runs this on every refresh, and
    loading whole activities with their five child collections cost a millisecond even with none to show."""
    p, i = processing_activity.c, impact_assessment.c
    return (
        select(
            p.reference,
            p.name,
            p.last_reviewed_on,
            p.next_review_on,
            i.reference.label("assessment"),
            i.next_review_on.label("assessment_review_on"),
        )
        .select_from(processing_activity)
        .outerjoin(impact_assessment, i.activity_id == p.id)
        .where(p.status != "retired")
        .order_by(p.reference)
    )


def deadlines(rows: Connection, now: dt.datetime, tz_name: str) -> list[Deadline]:
    months = int(stored_setting(rows, "records.review_months"))
    found = []
    for row in rows.execute(_deadline_query()):
        due = checks.review_due(row.last_reviewed_on, row.next_review_on, months)
        if due is not None:
            found.append(Deadline(row.reference, "review", due, row.name, "records", "Art. 30, Art. 5(2)"))
        if row.assessment is not None and row.assessment_review_on is not None:
            found.append(
                Deadline(
                    row.reference,
                    "dpia-review",
                    row.assessment_review_on,
                    f"{row.name} ({row.assessment})",
                    "records",
                    "Art. 35(11)",
                    {"assessment": row.assessment},
                )
            )
    return found

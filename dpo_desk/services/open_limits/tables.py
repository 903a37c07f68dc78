"""The columns the deadline providers read, as plain Core tables (`sqlalchemy.table`): no declarative
models, no mappers, so a command-line call that only lists deadlines never imports the ORM.

The store's schema is declared once, by the models; these name a few of its columns again for reading
only, and tests/core/test_open_limits.py checks each against the models (name and type). Also the
two ways every provider reads them cheaply: `BATCH` and `one_of`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, Date, Integer, String, Text, column, literal, table

from dpo_desk.store.types import UtcDateTime

# Rows a provider takes from the cursor at a time (`Result.partitions`): a row at a time costs a
# Python call each, and all at once keeps thousands of rows alive for the garbage collector to go
# through (see open_limits.overview).
BATCH = 500


def one_of(expression: ColumnElement[Any], values: Iterable[str]) -> ColumnElement[bool]:
    """`expression IN (...)` over a fixed list, each value its own bound parameter. A plain list makes
    SQLAlchemy's "expanding" IN, whose statement is rendered again at every execution (a quarter of a
    millisecond a statement, paid on every refresh of the overview); the SQL sent is the same."""
    return expression.in_([literal(value, String) for value in values])


organisation = table("organisation", column("id", Integer), column("timezone", String))
setting = table("setting", column("key", String), column("value", Text))

request = table(
    "request",
    column("id", Integer),
    column("reference", String),
    column("type", String),
    column("subject_name", Text),
    column("role", String),
    column("controller_name", Text),
    column("status", String),
    column("outcome", String),
    column("due_on", Date),
    column("extended_on", Date),
    column("extension_told_on", Date),
    column("first_month_due_on", Date),
    column("replied_on", Date),
)
activity_case = table("activity_case", column("case_reference", String))

breach = table(
    "breach",
    column("id", Integer),
    column("reference", String),
    column("title", Text),
    column("status", String),
    column("role", String),
    column("controller_told_at", UtcDateTime),
    column("aware_at", UtcDateTime),
    column("authority_deadline", UtcDateTime),
    column("risk", String),
    column("communication", String),
)
breach_notification = table("breach_notification", column("breach_id", Integer))

subprocessor = table(
    "subprocessor",
    column("id", Integer),
    column("reference", String),
    column("name", Text),
    column("status", String),
    column("active_from", Date),
    column("announced_on", Date),
    column("dpa_signed_on", Date),
)
subprocessor_announcement = table(
    "subprocessor_announcement",
    column("reference", String),
    column("subprocessor_id", Integer),
    column("status", String),
    column("objection_until", Date),
)
subprocessor_transfer = table(
    "subprocessor_transfer",
    column("subprocessor_id", Integer),
    column("country", String),
    column("tia_review_on", Date),
)

processing_activity = table(
    "processing_activity",
    column("id", Integer),
    column("reference", String),
    column("name", Text),
    column("status", String),
    column("last_reviewed_on", Date),
    column("next_review_on", Date),
)
impact_assessment = table(
    "impact_assessment",
    column("reference", String),
    column("activity_id", Integer),
    column("next_review_on", Date),
)

TABLES = (
    organisation,
    setting,
    request,
    activity_case,
    breach,
    breach_notification,
    subprocessor,
    subprocessor_announcement,
    subprocessor_transfer,
    processing_activity,
    impact_assessment,
)

"""The columns the deadline providers read, as plain Core tables (`sqlalchemy.table`): no declarative
models, no mappers, so a command-line call that only lists deadlines never imports the ORM.

The store's schema is declared once, by the models; these name a few of its columns again for reading
only, and tests/core/test_open_limits.py checks each against the models (name and type).
"""

from __future__ import annotations

from sqlalchemy import Date, Integer, String, Text, column, table

from dpo_desk.store.types import UtcDateTime

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

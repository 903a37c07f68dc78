"""The hand-written revision 0002 builds exactly the request tables the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from dpo_desk.store.models import Base

OURS = {"request", "request_event"}


def _ours(diff: object) -> bool:
    text = repr(diff)
    return any(f"'{name}'" in text or f"Table('{name}'" in text for name in OURS)


def test_migrated_request_tables_match_the_models(store) -> None:
    with store.read() as session:
        context = MigrationContext.configure(session.connection(), opts={"compare_type": True})
        diffs = [d for d in compare_metadata(context, Base.metadata) if _ours(d)]
    assert diffs == []


def test_request_columns_the_table_sorts_and_filters_by_are_indexed(store) -> None:
    with store.read() as session:
        rows = session.connection().exec_driver_sql("PRAGMA index_list('request')").fetchall()
        indexed = set()
        for row in rows:
            for info in session.connection().exec_driver_sql(f"PRAGMA index_info('{row[1]}')").fetchall():
                indexed.add(info[2])
    assert {
        "reference",
        "type",
        "received_on",
        "subject_name",
        "subject_email",
        "due_on",
        "status",
        "outcome",
    } <= indexed

"""The records revision creates exactly what the models describe."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from dpo_desk.store.models import Base

pytestmark = pytest.mark.both_engines

RECORDS_TABLES = {
    "processing_activity",
    "activity_purpose",
    "activity_transfer",
    "activity_case",
    "activity_subprocessor",
    "impact_assessment",
    "assessment_risk",
}


def _ours(diff: object) -> bool:
    text = repr(diff)
    return any(f"'{name}'" in text or f"<{name}>" in text for name in RECORDS_TABLES)


def test_migrated_records_tables_match_the_models(store) -> None:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = compare_metadata(context, Base.metadata)
    assert [d for d in diffs if _ours(d)] == []

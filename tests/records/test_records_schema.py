"""The records revision creates exactly what the models describe."""

from __future__ import annotations

import pytest

from tests.schema import model_differences

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
        diffs = model_differences(conn)
    assert [d for d in diffs if _ours(d)] == []

"""The hand-written revision 0002 builds exactly the request tables the models describe."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from tests.schema import model_differences

pytestmark = pytest.mark.both_engines

OURS = {"request", "request_event"}


def _ours(diff: object) -> bool:
    text = repr(diff)
    return any(f"'{name}'" in text or f"Table('{name}'" in text for name in OURS)


def test_migrated_request_tables_match_the_models(store) -> None:
    with store.read() as session:
        diffs = [d for d in model_differences(session.connection()) if _ours(d)]
    assert diffs == []


def test_request_columns_the_table_sorts_and_filters_by_are_indexed(store) -> None:
    with store.read() as session:
        indexes = inspect(session.connection()).get_indexes("request")
        unique = inspect(session.connection()).get_unique_constraints("request")
    indexed = {column for index in indexes + unique for column in index["column_names"] if column}
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

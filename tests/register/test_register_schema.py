"""The register's migration creates exactly the tables its models describe."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from tests.schema import model_differences

pytestmark = pytest.mark.both_engines

REGISTER_TABLES = {"subprocessor", "subprocessor_transfer", "subprocessor_announcement", "subprocessor_objection"}


def test_migrated_register_tables_match_the_models(store) -> None:
    with store.read() as session:
        diff = model_differences(session.connection())

    def touches_register(item) -> bool:
        flat = item if isinstance(item, tuple) else item[0]
        for part in flat:
            table = getattr(part, "table", None)
            name = getattr(part, "name", None) if table is None else table.name
            if name in REGISTER_TABLES or (isinstance(part, str) and part in REGISTER_TABLES):
                return True
        return False

    mine = [item for item in diff if touches_register(item)]
    assert mine == []
    with store.read() as session:
        schema = inspect(session.connection())
        tables = set(schema.get_table_names())
        constraints = schema.get_indexes("subprocessor") + schema.get_unique_constraints("subprocessor")
    assert tables >= REGISTER_TABLES
    assert {"uq_subprocessor_reference", "ix_subprocessor_name"} & {c["name"] for c in constraints}

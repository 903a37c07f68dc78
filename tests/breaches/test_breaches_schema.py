"""The hand-written revision 0003 creates exactly the breach tables the models describe."""

from __future__ import annotations

import pytest
from alembic.migration import MigrationContext

from tests.schema import model_differences

pytestmark = pytest.mark.both_engines

BREACH_TABLES = ("breach", "breach_notification")


def _mentions_breach_table(difference: object) -> bool:
    return any(f"'{name}'" in repr(difference) or f"table_name='{name}'" in repr(difference) for name in BREACH_TABLES)


def test_migrated_breach_tables_match_the_models(store) -> None:
    with store.engine.connect() as connection:
        differences = [d for d in model_differences(connection) if _mentions_breach_table(d)]
    assert differences == []


def test_breach_tables_exist_after_migration(store) -> None:
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        names = set(context.bind.dialect.get_table_names(connection))
    assert set(BREACH_TABLES) <= names

"""The schema the migrations build is exactly the one the models describe (tables, columns, indexes, keys).

Migrations are written by hand; this is what catches a column, an index or a foreign key that a
model has and its migration forgot (or the other way round).
"""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from dpo_desk.store.models import Base
from dpo_desk.store.search import is_search_column, is_search_index, is_search_table

pytestmark = pytest.mark.both_engines


def _not_a_search_index(name: str | None, type_: str, _parent: object) -> bool:
    # The quick search's FTS5 tables (SQLite, revision 0007), and its stored text and pg_trgm indexes
    # (PostgreSQL, revision 0015) live outside the models.
    if name is None:
        return True
    return not (
        (type_ == "table" and is_search_table(name))
        or (type_ == "index" and is_search_index(name))
        or (type_ == "column" and is_search_column(name))
    )


def test_migrated_schema_equals_the_models(store) -> None:
    with store.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": False,
                "include_name": _not_a_search_index,
            },
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == [], "migrations and models differ:\n" + "\n".join(map(repr, differences))

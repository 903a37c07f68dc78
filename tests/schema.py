"""What the migrated schema and the models disagree on, leaving out the quick search's own objects."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from dpo_desk.store.models import Base
from dpo_desk.store.search import is_search_column, is_search_index, is_search_table


def _not_a_search_object(name: str | None, type_: str, _parent: object) -> bool:
    # The quick search's FTS5 tables (SQLite, revision 0007), and its stored text and pg_trgm indexes
    # (PostgreSQL, revision 0015) live outside the models.
    if name is None:
        return True
    return not (
        (type_ == "table" and is_search_table(name))
        or (type_ == "index" and is_search_index(name))
        or (type_ == "column" and is_search_column(name))
    )


def model_differences(connection: Any, *, compare_type: bool = True) -> list[Any]:
    """Alembic's differences between the database on `connection` and the models."""
    context = MigrationContext.configure(
        connection, opts={"compare_type": compare_type, "include_name": _not_a_search_object}
    )
    return list(compare_metadata(context, Base.metadata))

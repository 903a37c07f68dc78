"""The register's migration creates exactly the tables its models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from dpo_desk.store.models import Base

REGISTER_TABLES = {"subprocessor", "subprocessor_transfer", "subprocessor_announcement", "subprocessor_objection"}


def test_migrated_register_tables_match_the_models(store) -> None:
    with store.read() as session:
        context = MigrationContext.configure(session.connection(), opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)

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
        names = set(session.connection().exec_driver_sql("SELECT name FROM sqlite_master").scalars())
    assert names >= REGISTER_TABLES
    assert "uq_subprocessor_reference" in names or "ix_subprocessor_name" in names

"""The deadline providers' Core tables (services/open_limits/tables.py) name columns the models declare,
with the same types: the schema is declared by the models, and these only read a few of its columns."""

from __future__ import annotations

import pytest

from dpo_desk.services.open_limits import tables
from dpo_desk.store.models import Base


@pytest.mark.parametrize("table", tables.TABLES, ids=lambda t: t.name)
def test_each_column_a_provider_reads_is_the_models_column_of_that_type(table) -> None:
    declared = Base.metadata.tables[table.name]
    for column in table.columns:
        assert column.name in declared.c, f"{table.name}.{column.name} is not in the models"
        model_type = declared.c[column.name].type
        assert type(model_type) is type(column.type), (
            f"{table.name}.{column.name}: {column.type!r} here, {model_type!r} in the models"
        )


def test_the_tables_list_holds_every_table_the_module_declares() -> None:
    declared = {value.name for value in vars(tables).values() if hasattr(value, "columns") and hasattr(value, "name")}
    assert declared == {t.name for t in tables.TABLES}

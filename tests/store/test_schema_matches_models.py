"""The schema the migrations build is exactly the one the models describe (tables, columns, indexes, keys).

Migrations are written by hand; this is what catches a column, an index or a foreign key that a
model has and its migration forgot (or the other way round).
"""

from __future__ import annotations

import pytest

from tests.schema import model_differences

pytestmark = pytest.mark.both_engines


def test_migrated_schema_equals_the_models(store) -> None:
    with store.engine.connect() as connection:
        differences = model_differences(connection, compare_type=False)
    assert differences == [], "migrations and models differ:\n" + "\n".join(map(repr, differences))

"""SQL functions the services use whose spelling differs between SQLite and PostgreSQL.

Each is one SQLAlchemy construct compiled per dialect, so a service's query stays the same on both.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Float, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class year_month(FunctionElement[str]):  # noqa: N801 - reads as the SQL function it is
    """A date column's 'YYYY-MM'."""

    type = String()
    inherit_cache = True
    name = "year_month"


@compiles(year_month)
def _year_month_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    return f"substr({compiler.process(element.clauses, **kw)}, 1, 7)"


@compiles(year_month, "postgresql")
def _year_month_postgresql(element: Any, compiler: Any, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM')"


class days_between(FunctionElement[float]):  # noqa: N801
    """The days from the first date column to the second (the second minus the first)."""

    type = Float()
    inherit_cache = True
    name = "days_between"


@compiles(days_between)
def _days_between_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    start, end = (compiler.process(c, **kw) for c in element.clauses)
    return f"(julianday({end}) - julianday({start}))"


@compiles(days_between, "postgresql")
def _days_between_postgresql(element: Any, compiler: Any, **kw: Any) -> str:
    start, end = (compiler.process(c, **kw) for c in element.clauses)
    return f"(({end}) - ({start}))"

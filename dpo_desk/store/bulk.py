"""New rows inserted in bulk through the Core, with the audit entries the ORM's flush would have written.

For a bulk writer (the spreadsheet import of a request log) that has already checked each row through its
service: the rows are held (`NewRows`), then each table's are numbered and inserted in one executemany and
their "create" entries chained in one pass, in the order the rows were added. The ORM would build an
object per row and per column value, and its flush per batch cost more than the service's checks.

The rows written are the ones the ORM would write: every column the caller did not set takes its scalar
default, or NULL (only scalar defaults are supported), and the trail gets the same entries (`audit.created`).
Only new rows of new cases: a case's version is not raised (`store/versions.py` raises it only for a case
that existed before the transaction).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session

PENDING = "bulk.new_rows"  # session.info: the NewRows a bulk writer collects until it writes them


@dataclass
class NewRow:
    """A row to insert: `values` by column (its id given when written), the audit record it is filed under, and
    the row it belongs to (`parent`, whose id goes into the column `link`)."""

    model: Any
    values: dict[str, Any]
    record: str
    parent: NewRow | None = None
    link: str = ""


class NewRows:
    """The rows a bulk writer holds until `write`; a batch rolled back is `clear`ed."""

    def __init__(self) -> None:
        self.rows: list[NewRow] = []

    def add(
        self, model: Any, values: Mapping[str, Any], record: str, parent: NewRow | None = None, link: str = ""
    ) -> NewRow:
        row = NewRow(model, dict(values), record, parent, link)
        self.rows.append(row)
        return row

    def clear(self) -> None:
        self.rows.clear()

    def write(self, session: Session) -> None:
        """Inserts the rows held (parents' tables first, each table in one executemany) and chains their
        entries, then forgets them."""
        from dpo_desk.store import audit

        if not self.rows:
            return
        conn = session.connection()
        by_table: dict[Table, list[NewRow]] = {}
        for row in self.rows:
            by_table.setdefault(row.model.__table__, []).append(row)
        for table, rows in by_table.items():  # a parent is added before its children, so its table comes first
            defaults = _defaults(table)
            for row, row_id in zip(rows, new_ids(conn, table, len(rows)), strict=True):
                values = {**defaults, **row.values, "id": row_id}
                if row.parent is not None:
                    values[row.link] = row.parent.values["id"]
                row.values = values
            insert(conn, table, [row.values for row in rows])
        audit.append_created(
            session,
            [
                (row.model.__tablename__, row.record, row.values)
                for row in self.rows
                if getattr(row.model, "__audited__", True)
            ],
        )
        self.rows = []


# SQLite's limit on a statement's parameters (SQLITE_MAX_VARIABLE_NUMBER's default since SQLite 3.32; the
# bundled SQLCipher 4.19 is SQLite 3.53).
SQLITE_PARAMETERS = 32766


def insert(conn: Any, table: Table, rows: list[dict[str, Any]]) -> None:
    """Inserts `rows` (dicts with every column of `table`).

    On SQLite as few multi-row INSERT statements as the parameter limit allows, rather than one statement a
    row: inside a savepoint each statement that writes an FTS5 index (the quick search's triggers) makes it
    flush its pending terms to disk, which one statement a row made most of a 100,000-row import's time.
    The values go through each column type's own bind processor, as SQLAlchemy's executemany would.
    """
    if not rows:
        return
    dialect = conn.dialect
    if dialect.name != "sqlite":
        conn.execute(table.insert(), rows)
        return
    columns = list(table.columns)
    processors = [column.type.bind_processor(dialect) for column in columns]
    quote = dialect.identifier_preparer.quote
    head = f"INSERT INTO {quote(table.name)} ({', '.join(quote(column.name) for column in columns)}) VALUES "
    one = "(" + ", ".join("?" * len(columns)) + ")"
    pairs = [(column.key, processor) for column, processor in zip(columns, processors, strict=True)]
    per = max(1, SQLITE_PARAMETERS // len(columns))
    for start in range(0, len(rows), per):
        part = rows[start : start + per]
        params: list[Any] = []
        for row in part:
            for key, process in pairs:
                value = row[key]
                params.append(value if process is None else process(value))
        conn.exec_driver_sql(head + ", ".join([one] * len(part)), tuple(params))


def _defaults(table: Table) -> dict[str, Any]:
    """Every column's value when not given: its scalar default, else None."""
    values: dict[str, Any] = {}
    for column in table.columns:
        default = column.default
        if default is not None and not default.is_scalar:
            raise TypeError(f"{table.name}.{column.name}: only scalar defaults can be inserted in bulk")
        values[column.key] = default.arg if default is not None else None
    return values


def new_ids(conn: Any, table: Table, count: int) -> list[int]:
    """`count` ids for new rows of `table`, never one used before: on SQLite past the highest (and past
    sqlite_sequence's, for an AUTOINCREMENT table), the writer holding the write lock; on PostgreSQL from
    the table's sequence."""
    if count == 0:
        return []
    column = table.c.id
    if conn.dialect.name == "postgresql":
        sequence = "SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :count)"
        return sorted(int(n) for n in conn.execute(text(sequence), {"table": table.name, "count": count}).scalars())
    used = conn.execute(select(func.max(column))).scalar() or 0
    last = None
    if conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'")).first() is not None:
        last = conn.execute(text("SELECT seq FROM sqlite_sequence WHERE name = :t"), {"t": table.name}).scalar()
    first = max(used, last or 0) + 1
    return list(range(first, first + count))

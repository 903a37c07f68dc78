"""Quick search: FTS5 trigram indexes over requests (reference, name, e-mail) and breaches (reference,
title), kept in step by triggers.

SQLite only (SQLCipher bundles FTS5 with the trigram tokenizer); another database keeps searching with
LIKE (`store.search` falls back by itself). An index holds no copy of the text: it reads its case
table (external content), so it adds only the trigram lists to the file, encrypted like the rest.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# case table -> the columns its quick search looks in
INDEXED = {
    "request": ("reference", "subject_name", "subject_email"),
    "breach": ("reference", "title"),
}


def statements(table: str, columns: tuple[str, ...]) -> list[str]:
    """The FTS5 table `<table>_search` over `columns` (external content), its three triggers, and its first fill."""
    fts = f"{table}_search"
    names = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    add = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new});"
    remove = f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old});"
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{table}', content_rowid='id', tokenize='trigram')",
        f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN {add} END",
        f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN {remove} END",
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {names} ON {table} BEGIN {remove} {add} END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def pg_expression(table: str, columns: tuple[str, ...]) -> str:
    """The text PostgreSQL's quick search reads for `table`: its columns, lower-cased, in one string
    (dpo_desk/store/search.py queries exactly this expression, so the index serves it)."""
    return "lower(" + " || ' ' || ".join(columns) + ")"


def pg_statements(table: str, columns: tuple[str, ...]) -> list[str]:
    """On PostgreSQL: a pg_trgm GIN index over the columns' text, which serves a case-insensitive
    substring search (pg_trgm folds case as the database's ctype does: å ä ö with a UTF-8 locale).
    One index over all the columns: an OR of several indexes makes the planner read the whole table."""
    return [
        f"CREATE INDEX ix_{table}_search_trgm ON {table} USING gin (({pg_expression(table, columns)}) gin_trgm_ops)"
    ]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for table, columns in INDEXED.items():
            for statement in pg_statements(table, columns):
                op.execute(statement)
        # The requests table's own filter reads `search_key` (services/requests.py)
        op.execute("CREATE INDEX ix_request_search_key_trgm ON request USING gin (search_key gin_trgm_ops)")
        return
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, columns in INDEXED.items():
        for statement in statements(table, columns):
            op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("DPO Desk never downgrades a store; restore the copy made before the upgrade")

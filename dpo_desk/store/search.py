"""Quick search over case tables: a substring, case-insensitive, in a few milliseconds at 100,000 cases.

Where the store is SQLite (SQLCipher) and the table has its FTS5 trigram index (revision 0007), a
search reads the index; on PostgreSQL, one LIKE over `search_text`, the same columns lower-cased and
joined by a character no text holds (revision 0015), which a pg_trgm GIN index serves (so a term
never spans two columns: FTS5's results); else, and for fewer than three characters on SQLite (a
trigram needs three), it falls back to LIKE. The engine-specific SQL stays here, in the store layer;
services ask for references, for a selectable of matching ids, or for a condition on the case
table's rows to put in their own queries.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, column, func, literal_column, or_, select, table, text
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

# case table -> (its FTS5 table, the columns indexed)
INDEXES: dict[str, tuple[str, tuple[str, ...]]] = {
    "request": ("request_search", ("reference", "subject_name", "subject_email")),
    "breach": ("breach_search", ("reference", "title")),
}
TRIGRAM = 3
# PostgreSQL (revision 0015): the indexed columns, lower-cased, joined by SEPARATOR, in a stored column
SEARCH_TEXT = "search_text"
SEPARATOR = "\x1f"
_CONTROLS = dict.fromkeys([*range(32), 127])


def term_of(text: str | None) -> str:
    """What a search looks for: the text typed, without control characters. Stored text holds none (but
    line breaks), and a NUL in a term would end FTS5's phrase early (an SQLite error) and is refused in
    any PostgreSQL parameter: the same term finds the same cases on both engines."""
    return (text or "").translate(_CONTROLS)


def is_search_table(name: str) -> bool:
    """The FTS tables and their shadow tables (request_search, request_search_data...), not in the models."""
    return any(name == fts or name.startswith(f"{fts}_") for fts, _ in INDEXES.values())


def is_search_index(name: str) -> bool:
    """PostgreSQL's pg_trgm GIN indexes of the quick search (revisions 0007, 0015), not in the models."""
    return name.endswith("_trgm") and any(name.startswith(f"ix_{table}_") for table in INDEXES)


def is_search_column(name: str) -> bool:
    """PostgreSQL's stored search text of a case table (revision 0015), not in the models."""
    return name == SEARCH_TEXT


def _phrase(term: str) -> str:
    """An FTS5 string: the whole term as one phrase (any quote doubled), so no character is an operator."""
    return '"' + term.replace('"', '""') + '"'


def has_index(session: Session, name: str) -> bool:
    """Whether `name` has its trigram index: FTS5 on SQLite, pg_trgm GIN indexes on PostgreSQL.

    Asked once per session (a search asks several times: the count, the page's plan, the page)."""
    if name not in INDEXES:
        return False
    known = session.info.setdefault("search_indexes", {})
    if name not in known:
        known[name] = _has_index(session, name)
    return bool(known[name])


def _has_index(session: Session, name: str) -> bool:
    if session.get_bind().dialect.name == "postgresql":
        found = session.execute(
            text("SELECT 1 FROM pg_indexes WHERE tablename = :table AND indexname = :index"),
            {"table": name, "index": f"ix_{name}_{SEARCH_TEXT}_trgm"},
        ).first()
        return found is not None
    if session.get_bind().dialect.name != "sqlite":
        return False
    fts = INDEXES[name][0]
    found = session.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"), {"name": fts}
    ).first()
    return found is not None


def matching_ids(session: Session, name: str, term: str) -> Select[Any] | None:
    """A selectable of the ids of `name` whose indexed columns contain `term`, or None where no index
    serves it (no index, or fewer than three characters): the caller then uses LIKE."""
    term = term_of(term).strip()
    if len(term) >= TRIGRAM and session.get_bind().dialect.name == "postgresql" and has_index(session, name):
        # pg_trgm's GIN index (revision 0015) serves LIKE directly.
        return select(table(name, column("id")).c.id).where(_pg_match(name, term))
    if len(term) < TRIGRAM or not has_index(session, name):
        return None
    fts = INDEXES[name][0]
    index = table(fts, column("rowid"))
    return select(index.c.rowid).where(literal_column(fts).op("MATCH")(_phrase(term)))


def walks_indexes(session: Session) -> bool:
    """Whether the service chooses between walking the sort column's index and sorting the hits
    (`matches(..., walk=True)`): on SQLite it must, so it asks first whether many rows match.
    PostgreSQL's planner chooses by itself from the statistics of `search_text` (revision 0015), which
    know a term's share of the table: asking first would only cost it a query."""
    return session.get_bind().dialect.name == "sqlite"


def matches(session: Session, name: str, id_column: Any, term: str, walk: bool) -> ColumnElement[bool] | None:
    """A condition on the rows of `name` (in the caller's query): `term` is in an indexed column; None
    where no index serves it (see matching_ids), and the caller uses LIKE.

    PostgreSQL gets the LIKE on the row itself (its planner then walks the sort column's index testing
    each row, or reads the hits through the trigram index and sorts them, whichever its statistics
    say is cheaper); `id IN (hits)` would make it find and recheck every hit before the first row.
    On SQLite, `id_column IN hits` (see among)."""
    term = term_of(term).strip()
    if session.get_bind().dialect.name == "postgresql":
        if len(term) < TRIGRAM or not has_index(session, name):
            return None
        return _pg_match(name, term)
    ids = matching_ids(session, name, term)
    return None if ids is None else among(session, id_column, ids, walk)


def among(session: Session, id_column: Any, ids: Select[Any], walk: bool) -> ColumnElement[bool]:
    """`id_column IN ids`, for a page of a case table read in the order of one of its indexes.

    With `walk` (a large share of the table matches), SQLite is kept from reading the hits through the
    primary key and sorting them all: `+ 0` makes the id unusable for a lookup, so it walks the sort
    column's index and tests each row against the hits (a Bloom filter, then the list), stopping once
    the page is full. Without it, it reads the few hits and sorts them. PostgreSQL plans from its own
    statistics, so it gets the plain IN either way.
    """
    if walk and session.get_bind().dialect.name == "sqlite":
        return (id_column + 0).in_(ids)
    return id_column.in_(ids)


def search_references(session: Session, name: str, term: str, limit: int = 50) -> list[str]:
    """References of `name` containing `term` in an indexed column, newest (highest id) first."""
    term = term_of(term).strip()
    if not term:
        return []
    cases = table(name, column("id"), column("reference"), *(column(c) for c in INDEXES[name][1]))
    # FTS5 yields rowids in order; on PostgreSQL the LIKE below reads the pg_trgm index itself.
    ids = matching_ids(session, name, term) if session.get_bind().dialect.name == "sqlite" else None
    if ids is not None:
        # The index yields rowids in order, so the newest `limit` hits come without sorting every hit.
        query = select(cases.c.reference).where(cases.c.id.in_(ids.order_by(text("rowid DESC")).limit(limit)))
        return list(session.scalars(query.order_by(cases.c.id.desc())))
    if session.get_bind().dialect.name == "postgresql" and has_index(session, name):
        condition = _pg_match(name, term)
    else:
        condition = _ilike_any(cases, INDEXES[name][1], term)
    return list(session.scalars(select(cases.c.reference).where(condition).order_by(cases.c.id.desc()).limit(limit)))


def _pg_match(name: str, term: str) -> ColumnElement[bool]:
    """`search_text` (revision 0015: the columns lower-cased, as ILIKE does, joined by SEPARATOR)
    holds the term lower-cased: one column holds it (the same matches as FTS5's), read through the
    pg_trgm index, and the test of each row is a plain LIKE on its stored text."""
    # Named columns: the caller's query reads the case table (an ORM entity or a table() of its own).
    stored = literal_column(f"{name}.{SEARCH_TEXT}")
    found = stored.like(func.lower(_pattern(term)), escape="\\")
    if SEPARATOR in term:  # no stored text holds it, but a term holding it could span two columns
        columns = [literal_column(f"{name}.{c}") for c in INDEXES[name][1]]
        return and_(found, or_(*(c.ilike(_pattern(term), escape="\\") for c in columns)))
    return found


def _pattern(term: str) -> str:
    escaped = term.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _ilike_any(cases: Any, columns: Sequence[str], term: str) -> ColumnElement[bool]:
    pattern = _pattern(term)
    return or_(*(cases.c[c].ilike(pattern, escape="\\") for c in columns))


def contains_any(columns: Sequence[Any], term: str) -> ColumnElement[bool]:
    """A case-insensitive substring match over `columns` for tables without a trigram index.

    LIKE's wildcards in `term` are escaped, so searching for "50%" or "a_b" finds exactly that.
    """
    escaped = term_of(term).strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return or_(*(func.lower(column).like(f"%{escaped}%", escape="\\") for column in columns))


def forget_removed(session: Session) -> None:
    """Merges each index's segments, so the trigram lists of deleted rows leave the file too.

    FTS5 records a deletion as a marker beside the old lists until segments merge; after a retention
    purge nothing of a purged case may stay behind (with `secure_delete`, freed pages are zeroed).
    """
    if session.get_bind().dialect.name != "sqlite":
        return  # pg_trgm's GIN entries of deleted rows go with VACUUM, as the rows' own tuples do
    for name, (fts, _) in INDEXES.items():
        if has_index(session, name):
            session.execute(text(f"INSERT INTO {fts}({fts}) VALUES ('optimize')"))

"""Plain rows through SQLAlchemy's Core, for the deadline providers' hot paths."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Executable, Result

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def plain_rows(session: Session, statement: Executable, params: dict[str, Any] | None = None) -> Result[Any]:
    """The rows of a statement of plain columns, through the Core: a provider's few hundred rows pay
    the ORM's per-statement work for nothing. Pending changes are flushed first, as the ORM would."""
    return rows_of(session).execute(statement, params or {})


def rows_of(session: Session) -> Connection:
    """The session's connection, for Core statements; pending changes are flushed first, as the ORM would."""
    session.flush()
    return session.connection()

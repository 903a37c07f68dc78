"""Working at the same time: the version number of the cases people edit (issue 20 §3).

A versioned table (a mapper with `version_id_col`: request, breach) carries `version`. Before each
flush, every versioned case changed in it, or whose child (a class naming its case's relationship in
`__version_of__`: a timeline entry, a notification) is added, changed or deleted, goes up by one:
once per transaction, however many flushes it takes, and not for a case created in it. SQLAlchemy's
UPDATE names the version it read (`WHERE version = ?`), so an edit that lost a race with another
writer's commit changes no row and fails (StaleDataError) rather than overwriting theirs; the
services check a version the user saw (`expected_version`) first, with a message naming who and when.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

BUMPED = "versions_bumped"  # the cases bumped (or created) in this transaction, by identity


def versioned(obj: Any) -> bool:
    return inspect(type(obj)).version_id_col is not None


def _case_of(obj: Any) -> Any:
    if versioned(obj):
        return obj
    parent = getattr(type(obj), "__version_of__", None)
    return getattr(obj, parent, None) if parent else None


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    seen: dict[int, Any] = session.info.setdefault(BUMPED, {})
    for obj in session.new:
        if versioned(obj):  # a case created in this transaction starts at 1 whatever else is done to it
            seen[id(obj)] = obj
    changed = [o for o in session.dirty if session.is_modified(o)]
    for obj in (*session.new, *changed, *session.deleted):
        case = _case_of(obj)
        if case is None or id(case) in seen or case in session.deleted:
            continue
        seen[id(case)] = case
        case.version = (case.version or 1) + 1


def _forget(session: Session, *_args: Any) -> None:
    session.info.pop(BUMPED, None)


def install_versions(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_commit", _forget)
    event.listen(factory, "after_rollback", _forget)

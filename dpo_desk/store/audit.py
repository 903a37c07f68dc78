"""The tamper-evident audit trail, written by the store itself on every flush.

Every create, change and delete of an audited table becomes one entry: when, by whom, which record,
and each field's value before and after. Each entry's hash covers its content and the previous
entry's hash, so altering, removing or reordering entries behind the program's back breaks the chain
(`verify_chain`). Triggers make the table append-only for ordinary SQL.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, sessionmaker

GENESIS = "0" * 64


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, bytes):
        return f"<{len(value)} bytes, sha256 {hashlib.sha256(value).hexdigest()}>"
    return str(value)


def record_of(obj: Any) -> str:
    """The record an entry is filed under: the case it belongs to, else its own reference."""
    for attr in ("audit_record", "reference"):
        value = getattr(obj, attr, None)
        if value:
            return str(value)
    identity = inspect(obj).identity
    return f"{obj.__tablename__}#{'/'.join(map(str, identity or ()))}"


def entry_hash(
    entry_id: int, at: str, actor: str, action: str, entity: str, record: str, changes: str, prev_hash: str
) -> str:
    canonical = json.dumps([entry_id, at, actor, action, entity, record, changes, prev_hash], ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _changes(obj: Any, action: str) -> dict[str, list[Any]]:
    state = inspect(obj)
    result: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if action == "create":
            value = getattr(obj, key)
            if value is not None:
                result[key] = [None, _plain(value)]
        elif action == "delete":
            value = state.attrs[key].loaded_value
            result[key] = [_plain(value if value is not _no_value() else None), None]
        else:
            history = state.attrs[key].history
            if history.has_changes():
                before = history.deleted[0] if history.deleted else None
                after = history.added[0] if history.added else None
                if _plain(before) != _plain(after):
                    result[key] = [_plain(before), _plain(after)]
    return result


def _no_value() -> Any:
    from sqlalchemy.orm.base import NO_VALUE

    return NO_VALUE


def _audited(obj: Any) -> bool:
    return bool(getattr(type(obj), "__audited__", False))


def _after_flush(session: Session, _context: Any) -> None:
    pending: list[tuple[str, Any]] = []
    pending += [("create", o) for o in session.new if _audited(o)]
    pending += [("update", o) for o in session.dirty if _audited(o) and session.is_modified(o)]
    pending += [("delete", o) for o in session.deleted if _audited(o)]
    items = []
    for action, obj in pending:
        changes = _changes(obj, action)
        if action == "update" and not changes:
            continue
        items.append((action, obj.__tablename__, record_of(obj), changes))
    _append(session, items)


def _append(session: Session, items: list[tuple[str, str, str, dict[str, Any]]]) -> None:
    """Chains and inserts entries (action, entity, record, changes) after the trail's last one."""
    if not items:
        return
    from dpo_desk.store.models.core import AuditEntry

    table = AuditEntry.__table__
    conn = session.connection()
    last = conn.execute(select(table.c.id, table.c.hash).order_by(table.c.id.desc()).limit(1)).first()
    next_id, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = dt.datetime.now(dt.UTC)
    at_text = at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    actor = str(session.info.get("actor", "unknown"))
    touched = session.info.setdefault("touched", set())
    rows = []
    for action, entity, record, changes in items:
        touched.add(entity)
        changes_text = json.dumps(changes, ensure_ascii=False, sort_keys=True)
        digest = entry_hash(next_id, at_text, actor, action, entity, record, changes_text, prev)
        rows.append(
            {
                "id": next_id,
                "at": at,
                "actor": actor,
                "action": action,
                "entity": entity,
                "record": record,
                "changes": changes_text,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev, next_id = digest, next_id + 1
    conn.execute(table.insert(), rows)
    _record_head(conn, next_id - 1, prev)


HEAD_KEY = "audit_head"


def _record_head(conn: Any, last_id: int, last_hash: str) -> None:
    """Keeps the id and hash of the newest entry beside the trail, in the same transaction.

    The chain alone cannot show that its newest entries were cut off; the head can (unless whoever
    cut them also rewrote the head: see SECURITY.md).
    """
    from dpo_desk.store.models.core import StoreMeta

    meta = StoreMeta.__table__
    value = f"{last_id}:{last_hash}"
    if conn.execute(meta.update().where(meta.c.key == HEAD_KEY).values(value=value)).rowcount == 0:
        conn.execute(meta.insert().values(key=HEAD_KEY, value=value))


def parse_head(value: str | None) -> tuple[int, str] | None:
    """The (id, hash) recorded as the trail's newest entry, or None when none was recorded."""
    if not value or ":" not in value:
        return None
    number, _, digest = value.partition(":")
    return (int(number), digest) if number.isdigit() else None


def install_audit(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "after_flush", _after_flush)


@dataclass(frozen=True)
class ChainFault:
    entry_id: int
    reason: str


def verify_chain(rows: Iterable[Any]) -> Iterator[ChainFault]:
    """Faults in a chain of rows with the AuditEntry columns, in id order; nothing on a sound chain."""
    prev, expected_id = GENESIS, 1
    for row in rows:
        # Stored text is hashed as stored; a datetime (from the ORM) is written back the same way.
        at_text = row.at if isinstance(row.at, str) else row.at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        if row.id != expected_id:
            yield ChainFault(row.id, f"entry {expected_id} is missing before it (removed or reordered)")
        elif row.prev_hash != prev:
            yield ChainFault(row.id, "its link to the previous entry is broken (an entry was removed or reordered)")
        elif row.hash != entry_hash(
            row.id, at_text, row.actor, row.action, row.entity, row.record, row.changes, row.prev_hash
        ):
            yield ChainFault(row.id, "its content does not match its hash (it was altered)")
        prev, expected_id = row.hash, row.id + 1


def append_entry(session: Session, action: str, entity: str, record: str, changes: dict[str, Any]) -> None:
    """An entry written by hand, for bulk operations that bypass the ORM (imports, purges, generators)."""
    _append(session, [(action, entity, record, _plain(changes))])

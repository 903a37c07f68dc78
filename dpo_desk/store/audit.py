"""The tamper-evident audit trail, written by the store itself on every flush.

Every create, change and delete of an audited table becomes one entry: when, by whom, which record,
and each field's value before and after. Each entry's hash covers its content and the previous
entry's hash, so altering, removing or reordering entries behind the program's back breaks the chain
(`verify_chain`). Triggers make the table append-only for ordinary SQL.

The field values are sealed separately: the hash covers `changes_digest`, a SHA-256 of a random salt
and the values, not the values themselves. A retention purge can therefore remove the values of a
purged case's entries (`redact`: the values and the salt go, the digest stays) and the chain still
verifies; without the salt, the digest cannot confirm a guess of what the values were. A removal is
legitimate only when a later purge entry of the chain names it; `verify_chain` checks that too.
Entries written before this scheme (`changes_digest` NULL) hash the values directly; a store's own
are resealed once, by `reseal_legacy`, when it is upgraded.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import hashlib
import json
import secrets
from collections import namedtuple
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, event, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker

from dpo_desk.clock import SYSTEM, now_of

GENESIS = "0" * 64
# The text each link hashes: exactly `json.dumps(values, ensure_ascii=False)`, with one encoder made
# once (json.dumps builds a new one for every call that is not all defaults: a third of a verify).
_canonical_json = json.JSONEncoder(ensure_ascii=False).encode
_changes_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode  # json.dumps(..., sort_keys=True)'s text
_json_string = json.encoder.encode_basestring  # json.dumps's own encoder of a string when ensure_ascii=False
REDACT_ACTION = "purge"  # the entry that removes values names them under REDACTED_KEY
# Every action an entry can name: the ORM's three, then those written by hand (the window words each).
ACTIONS = ("create", "update", "delete", "purge", "import", "export", "restore", "rekey", "reseal", "generate")
REDACTED_KEY = "redacted_entries"


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
    entry_id: int, at: str, actor: str, action: str, entity: str, record: str, sealed: str, prev_hash: str
) -> str:
    """The chain link: `sealed` is the entry's `changes_digest` (or, for a legacy entry, its changes text)."""
    texts = (at, actor, action, entity, record, sealed, prev_hash)
    if type(entry_id) is int and all(type(t) is str for t in texts):
        # The same text json.dumps writes for this list, from its own string encoder (the C one).
        canonical = f"[{entry_id}, {', '.join(map(_json_string, texts))}]"
    else:
        canonical = _canonical_json([entry_id, *texts])
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def changes_digest(salt: str, changes: str) -> str:
    return hashlib.sha256(f"{salt}\n{changes}".encode()).hexdigest()


def _sealed(changes: str) -> tuple[str, str]:
    salt = secrets.token_hex(16)
    return salt, changes_digest(salt, changes)


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
    session.info.setdefault("touched", set()).update(entity for _, entity, _, _ in items)
    written = _chain(session.connection(), items, str(session.info.get("actor", "unknown")), now_of(session))
    session.info.setdefault("audit_ids", []).append(written)  # this writer's own entries (services/changes.py)


def _chain(
    conn: Any, items: list[tuple[str, str, str, dict[str, Any]]], actor: str, at: dt.datetime | None = None
) -> tuple[int, int]:
    """Appends the entries; returns the ids of the first and the last."""
    from dpo_desk.store.models.core import AuditEntry

    table = AuditEntry.__table__
    last = conn.execute(select(table.c.id, table.c.hash).order_by(table.c.id.desc()).limit(1)).first()
    next_id, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    first_id = next_id
    at = at or SYSTEM.now()  # only the schema upgrade's reseal entry has no session's clock
    at_text = at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    rows = []
    for action, entity, record, changes in items:
        changes_text = _changes_json(changes)
        salt, sealed = _sealed(changes_text)
        digest = entry_hash(next_id, at_text, actor, action, entity, record, sealed, prev)
        rows.append(
            {
                "id": next_id,
                "at": at,
                "actor": actor,
                "action": action,
                "entity": entity,
                "record": record,
                "changes": changes_text,
                "salt": salt,
                "changes_digest": sealed,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev, next_id = digest, next_id + 1
    conn.execute(table.insert(), rows)
    _record_head(conn, next_id - 1, prev)
    return first_id, next_id - 1


def written_range(session: Session) -> tuple[int, int] | None:
    """The ids of the first and last audit entry this write session's transaction holds, or None if it wrote none.

    Flushes first (so the last changes are on the trail). Writers take turns (BEGIN IMMEDIATE, or the
    server's write lock), so every entry from the first this session appended to the newest is its own;
    the newest is read again because a savepoint rolled back may have taken back some that were appended.
    """
    session.flush()
    appended = session.info.get("audit_ids")
    if not appended:
        return None
    from dpo_desk.store.models.core import AuditEntry

    table = AuditEntry.__table__
    newest = session.connection().execute(select(table.c.id).order_by(table.c.id.desc()).limit(1)).scalar()
    first = min(start for start, _ in appended)
    return (first, newest) if newest is not None and newest >= first else None


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


def _at_text(at: Any) -> str:
    # Stored text is hashed as stored; a datetime (from the ORM) is written back the same way.
    return at if isinstance(at, str) else at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _content_fault(row: Any) -> str | None:
    """Why the entry's own content does not match its hash, or None."""
    sealed = getattr(row, "changes_digest", None)
    link = entry_hash(
        row.id, _at_text(row.at), row.actor, row.action, row.entity, row.record, sealed or row.changes, row.prev_hash
    )
    if row.hash != link:
        return "its content does not match its hash (it was altered)"
    salt = getattr(row, "salt", None)
    if sealed is not None and salt is not None and changes_digest(salt, row.changes) != sealed:
        return "its field values do not match their seal (they were altered)"
    return None


def _redacted_ids(row: Any) -> list[int]:
    """The entries a sound purge entry authorises to have lost their values (earlier ones only)."""
    if row.action != REDACT_ACTION:
        return []
    try:
        named = json.loads(row.changes).get(REDACTED_KEY, [])
    except (ValueError, AttributeError):
        return []
    return [n for n in named if isinstance(n, int) and n < row.id]


def verify_chain(rows: Iterable[Any]) -> Iterator[ChainFault]:
    """Faults in a chain of rows with the AuditEntry columns (objects or dicts), in the order walked; nothing on a
    sound chain."""
    faults: list[tuple[int, ChainFault]] = []
    redacted: list[tuple[int, int]] = []
    authorised: set[int] = set()
    prev, expected_id = GENESIS, 1
    for position, found in enumerate(rows):
        row = _Entry(found) if isinstance(found, dict) else found
        if row.id != expected_id:
            fault = ChainFault(row.id, f"entry {expected_id} is missing before it (removed or reordered)")
        elif row.prev_hash != prev:
            fault = ChainFault(row.id, "its link to the previous entry is broken (an entry was removed or reordered)")
        elif reason := _content_fault(row):
            fault = ChainFault(row.id, reason)
        else:
            fault = None
            if getattr(row, "changes_digest", None) is not None and getattr(row, "salt", None) is None:
                redacted.append((position, row.id))
            authorised.update(_redacted_ids(row))
        if fault is not None:
            faults.append((position, fault))
        prev, expected_id = row.hash, row.id + 1
    faults += [
        (position, ChainFault(n, "its field values were removed without a retention purge naming it"))
        for position, n in redacted
        if n not in authorised
    ]
    return iter([fault for _, fault in sorted(faults, key=lambda found: found[0])])


def redacted_changes(changes: str) -> str:
    """What a purged entry keeps of its changes: the names of the fields, with no values."""
    try:
        fields = json.loads(changes)
    except ValueError:
        fields = {}
    names = sorted(fields) if isinstance(fields, dict) else []
    return json.dumps(dict.fromkeys(names), ensure_ascii=False, sort_keys=True)


def redact(session: Session, records: Collection[str]) -> list[int]:
    """Removes the field values of every entry filed under `records`; returns the ids of those entries.

    Only the values and their salt go; who did what to which record, and when, stays in the chain.
    The caller chains a `purge` entry naming the ids under `REDACTED_KEY`, in the same transaction:
    `verify_chain` reports any removal that no such entry names.
    """
    from dpo_desk.store.models.core import AuditEntry

    table = AuditEntry.__table__
    conn = session.connection()
    ids: list[int] = []
    chosen = sorted(set(records))
    for start in range(0, len(chosen), 500):
        found = conn.execute(
            select(table.c.id, table.c.changes)
            .where(table.c.record.in_(chosen[start : start + 500]), table.c.salt.is_not(None))
            .order_by(table.c.id)
        ).all()
        if found:
            conn.execute(
                table.update().where(table.c.id == bindparam("entry")).values(changes=bindparam("kept"), salt=None),
                [{"entry": entry_id, "kept": redacted_changes(changes)} for entry_id, changes in found],
            )
            ids += [entry_id for entry_id, _ in found]
    return sorted(ids)


def resealed(rows: Sequence[Any]) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """The rows (in id order) moved onto the salted seal, and what the entry recording it should say.

    Entries written before the salted seal (`changes_digest` NULL) are sealed, and every hash from the
    first of them on is computed anew; so the chain is first verified as it was, and what that found
    goes into the note, which the chain then protects. Nothing to do gives the rows and None.
    """
    values = [row if isinstance(row, dict) else dict(row._mapping) for row in rows]
    first = next((i for i, row in enumerate(values) if row.get("changes_digest") is None), None)
    if first is None:
        return values, None
    found = [f"{fault.entry_id}: {fault.reason}" for fault in verify_chain(values)]
    old_head = values[-1]["hash"]
    prev = values[first - 1]["hash"] if first else GENESIS
    out = values[:first]
    for row in values[first:]:
        row = dict(row)
        if row.get("changes_digest") is None:
            row["salt"], row["changes_digest"] = _sealed(row["changes"])
        at = _at_text(row["at"])
        row["prev_hash"] = prev
        row["hash"] = prev = entry_hash(
            row["id"], at, row["actor"], row["action"], row["entity"], row["record"], row["changes_digest"], prev
        )
        out.append(row)
    note = {
        "resealed_entries": len(values) - first,
        "previous_newest_hash": old_head,
        "faults_found_before": found,
    }
    return out, note


STORED_COLUMNS = ("id", "at", "actor", "action", "entity", "record", "changes", "salt", "changes_digest",
                  "prev_hash", "hash")  # fmt: skip
StoredEntry = namedtuple("StoredEntry", STORED_COLUMNS)


def stored_entries(session: Session, batch: int = 5000) -> Iterator[Any]:
    """Every entry as its columns are stored (text), in id order, for hashing exactly what is on disk.

    Read with the driver's own cursor: `audit verify` walks hundreds of thousands of entries, and
    SQLAlchemy's rows cost as much as the hashing.
    """
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(f"SELECT {', '.join(STORED_COLUMNS)} FROM audit_log ORDER BY id")
        make = StoredEntry._make
        while rows := cursor.fetchmany(batch):
            yield from map(make, rows)
    finally:
        cursor.close()


class _Entry:
    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)


def reseal_legacy(conn: Any, actor: str = "DPO Desk upgrade") -> int:
    """Moves a store's legacy entries onto the salted seal (see `resealed`); returns how many moved.

    For the upgrade: the caller lets the UPDATE through the append-only trigger.
    """
    rows = conn.execute(
        text(
            "SELECT id, at, actor, action, entity, record, changes, salt, changes_digest, prev_hash, hash "
            "FROM audit_log ORDER BY id"
        )
    ).all()
    moved, note = resealed(rows)
    if note is None:
        return 0
    for row in moved[len(rows) - note["resealed_entries"] :]:
        conn.execute(
            text(
                "UPDATE audit_log SET salt = :salt, changes_digest = :changes_digest, prev_hash = :prev_hash, "
                "hash = :hash WHERE id = :id"
            ),
            row,
        )
    _chain(conn, [("reseal", "audit_log", "audit", note)], actor)
    return int(note["resealed_entries"])


def append_entry(session: Session, action: str, entity: str, record: str, changes: dict[str, Any]) -> None:
    """An entry written by hand, for bulk operations that bypass the ORM (imports, purges, generators)."""
    _append(session, [(action, entity, record, _plain(changes))])


def append_entries(session: Session, entries: Sequence[tuple[str, str, str, dict[str, Any]]]) -> None:
    """Entries (action, entity, record, changes) written by hand, chained in the order given."""
    _append(session, [(action, entity, record, _plain(changes)) for action, entity, record, changes in entries])


_PLAIN_TYPES = frozenset((bool, int, float, str))


def created(values: Mapping[str, Any]) -> dict[str, list[Any]]:
    """What an entry records of a new row: each column set (not None), from nothing to its value, as the
    ORM's flush records an object it inserts."""
    plain, day = _PLAIN_TYPES, dt.date  # most values are text, numbers and days: `_plain` only for the rest
    return {
        key: [None, value if type(value) in plain else value.isoformat() if type(value) is day else _plain(value)]
        for key, value in values.items()
        if value is not None
    }


def append_created(session: Session, rows: Sequence[tuple[str, str, Mapping[str, Any]]]) -> None:
    """The entries of rows inserted without the ORM (entity, record, the row's columns), chained in the order
    given: the "create" entries the ORM's flush writes for the same rows (`store/bulk.py`)."""
    _append(session, [("create", entity, record, created(values)) for entity, record, values in rows])


def trigger_names(session: Session) -> set[str]:
    """The names of the store's triggers (SQLite's schema table, or PostgreSQL's catalogue)."""
    if session.get_bind().dialect.name == "postgresql":
        query = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
    else:
        query = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    return set(session.scalars(text(query)))

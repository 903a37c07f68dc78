"""Reading and checking the audit trail: pages for the window, filters, and the end-to-end check.

The trail is written by the store itself (store/audit.py); nothing here changes it. `verify` reads
the stored text exactly as it is on disk (not through the ORM's types), so an entry altered into
something unparseable is reported like any other alteration instead of crashing the check.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from dpo_desk.domain.timeparse import zone
from dpo_desk.errors import InvalidInput
from dpo_desk.store import audit
from dpo_desk.store.models import AuditEntry, StoreMeta

SORT_KEYS = {"id": AuditEntry.id, "at": AuditEntry.id, "actor": AuditEntry.actor, "record": AuditEntry.record}


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class EntryView:
    id: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    record: str
    changes: tuple[FieldChange, ...]
    hash: str = ""
    redacted: bool = False  # its values were removed by a retention purge; the field names stay
    prev_hash: str = ""  # the hash of the entry before it: the chain an outsider can recompute

    @property
    def summary(self) -> str:
        """One line for a table cell: the fields that changed."""
        return ", ".join(c.field for c in self.changes)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": self.at.isoformat(),
            "actor": self.actor,
            "action": self.action,
            "entity": self.entity,
            "record": self.record,
            "changes": {c.field: {"before": c.before, "after": c.after} for c in self.changes},
            "hash": self.hash,
            "redacted": self.redacted,
        }


@dataclass(frozen=True)
class TrailFilter:
    """Which entries to show: a record (substring, case-insensitive) and a date range in the org's zone."""

    record: str = ""
    since: dt.date | None = None
    until: dt.date | None = None
    timezone: str = "Europe/Helsinki"

    def __post_init__(self) -> None:
        if self.since and self.until and self.until < self.since:
            raise InvalidInput(
                "until",
                self.until.isoformat(),
                f"is before since ({self.since.isoformat()})",
                code="before-since",
                values={"since": self.since},
            )


@dataclass(frozen=True)
class VerifyResult:
    checked: int
    faults: list[audit.ChainFault] = field(default_factory=list)
    newest_hash: str = ""

    @property
    def ok(self) -> bool:
        return not self.faults

    @property
    def first_fault(self) -> audit.ChainFault | None:
        return self.faults[0] if self.faults else None


ROW_ACTIONS = ("create", "update", "delete")  # entries of one row: each field's value before and after


def _changes(text: str, action: str = "update") -> tuple[FieldChange, ...]:
    try:
        parsed = json.loads(text)
    except ValueError:
        return (FieldChange("?", text, None),)
    if not isinstance(parsed, dict):
        return (FieldChange("?", parsed, None),)
    result = []
    for name, pair in sorted(parsed.items()):
        if action not in ROW_ACTIONS:  # a summary (import, purge, reseal...): what it says, not a pair
            result.append(FieldChange(name, None, pair))
        elif isinstance(pair, list) and len(pair) == 2:
            result.append(FieldChange(name, pair[0], pair[1]))
        else:
            result.append(FieldChange(name, None, pair))
    return tuple(result)


def _view(row: AuditEntry) -> EntryView:
    redacted = row.salt is None and row.changes_digest is not None
    return EntryView(
        row.id,
        row.at,
        row.actor,
        row.action,
        row.entity,
        row.record,
        _changes(row.changes, row.action),
        row.hash,
        redacted,
        row.prev_hash or "",
    )


def head(session: Session) -> tuple[int, str] | None:
    """The id and hash the store recorded as the trail's newest entry (None on a store without one)."""
    return audit.parse_head(session.scalar(select(StoreMeta.value).where(StoreMeta.key == audit.HEAD_KEY)))


def _day_start(day: dt.date, tz_name: str) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=zone(tz_name)).astimezone(dt.UTC)


def _filtered(statement: Select[Any], where: TrailFilter) -> Select[Any]:
    text = where.record.strip()
    if text:
        escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        statement = statement.where(func.lower(AuditEntry.record).like(f"%{escaped}%", escape="\\"))
    if where.since:
        statement = statement.where(AuditEntry.at >= _day_start(where.since, where.timezone))
    if where.until:
        statement = statement.where(AuditEntry.at < _day_start(where.until + dt.timedelta(days=1), where.timezone))
    return statement


def fetch(
    session: Session,
    offset: int,
    limit: int,
    sort_key: str = "id",
    descending: bool = True,
    where: TrailFilter | None = None,
) -> list[EntryView]:
    """A page of entries, newest first by default (ids follow time: the trail is append-only)."""
    column = SORT_KEYS.get(sort_key, AuditEntry.id)
    order = column.desc() if descending else column.asc()
    statement = _filtered(select(AuditEntry), where or TrailFilter()).order_by(order, AuditEntry.id.desc())
    return [_view(row) for row in session.scalars(statement.offset(offset).limit(limit))]


def count(session: Session, where: TrailFilter | None = None) -> int:
    statement = _filtered(select(func.count()).select_from(AuditEntry), where or TrailFilter())
    return int(session.scalar(statement) or 0)


def for_record(session: Session, record: str) -> list[EntryView]:
    """Every entry filed under exactly this record, oldest first (a case's own history)."""
    statement = select(AuditEntry).where(AuditEntry.record == record).order_by(AuditEntry.id)
    return [_view(row) for row in session.scalars(statement)]


# The triggers that refuse UPDATE and DELETE on the trail (revisions 0001 and 0009); a missing one was dropped.
APPEND_ONLY_TRIGGERS = ("audit_log_append_only_update", "audit_log_append_only_delete")
HEAD_PATTERN = re.compile(r"[0-9a-f]{64}")


def check_head(text: str) -> str:
    """A head printed earlier by `audit verify` (the newest entry's SHA-256, 64 hex digits)."""
    head = text.strip().lower()
    if not HEAD_PATTERN.fullmatch(head):
        raise InvalidInput(
            "expect_head", text, "is not a hash printed by `audit verify` (64 hex digits)", code="not-a-chain-head"
        )
    return head


def missing_triggers(session: Session) -> list[str]:
    present = audit.trigger_names(session)
    return [name for name in APPEND_ONLY_TRIGGERS if name not in present]


def verify(
    session: Session, progress: Callable[[int, int], None] | None = None, expect_head: str | None = None
) -> VerifyResult:
    """Walks the whole chain; the faults found, the first one first. Also checks the recorded head, the
    append-only triggers, and with `expect_head` that the chain still passes through a head kept elsewhere."""
    expected = check_head(expect_head) if expect_head is not None else None
    passed_expected = False
    total = int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)
    faults: list[audit.ChainFault] = []
    checked = 0
    last: Any = None

    def counted() -> Iterator[Any]:
        nonlocal checked, last, passed_expected
        for row in audit.stored_entries(session):
            checked += 1
            last = row
            passed_expected = passed_expected or row.hash == expected
            if progress and checked % 2000 == 0:
                progress(checked, total)
            yield row

    for fault in audit.verify_chain(counted()):
        faults.append(fault)
    recorded = head(session)
    if recorded is not None:
        head_id, head_hash = recorded
        if last is None or (isinstance(last.id, int) and last.id < head_id):
            shown = 0 if last is None else last.id
            faults.append(
                audit.ChainFault(
                    head_id, f"entries after {shown} up to {head_id} were removed (the trail was cut short)"
                )
            )
        elif last.id == head_id and last.hash != head_hash and not faults:
            faults.append(audit.ChainFault(head_id, "it is not the newest entry the store recorded (it was replaced)"))
    faults += [
        audit.ChainFault(0, f"the trigger {name} that keeps the trail append-only is missing (it was dropped)")
        for name in missing_triggers(session)
    ]
    if expected is not None and not passed_expected:
        faults.append(
            audit.ChainFault(
                0, f"the chain no longer passes through the head {expected[:16]}… kept earlier: it was rewritten or cut"
            )
        )
    if progress:
        progress(checked, total)
    return VerifyResult(checked, faults, str(last.hash) if last is not None else "")

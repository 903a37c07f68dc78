"""Has anyone changed the store? A cheap marker the window polls, and what changed since it.

Every change of a case, a setting or the organisation appends entries to the audit trail (store/audit.py),
whoever makes it: this window, a command-line script on the same file, a colleague on the team's server.
The newest entry's id and hash is therefore a change counter that costs one primary-key lookup to read,
on the encrypted file and on PostgreSQL alike. `changed_since` then says which tables the entries after a
marker touched (the names pages list in their `concerns`), how many cases changed, and which of them the
asking Store wrote itself (`Store.own_entries`), so a window refreshes only what others changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, not_, or_, select

from dpo_desk.store.models import AuditEntry


@dataclass(frozen=True)
class ChangeMarker:
    """The audit trail's newest entry: (0, "") on a store whose trail is empty."""

    entry_id: int = 0
    hash: str = ""


@dataclass(frozen=True)
class Changes:
    """What happened after a marker. `touched`: the tables others changed; `cases`: how many records (cases,
    settings...) others changed; `own`: how many entries the asking Store wrote itself. `reset`: the trail
    is not the one the marker came from (the store was restored or replaced): reload everything."""

    marker: ChangeMarker
    touched: frozenset[str] = frozenset()
    cases: int = 0
    own: int = 0
    reset: bool = False

    @property
    def by_others(self) -> bool:
        return bool(self.touched) or self.reset


def change_marker(store: Any) -> ChangeMarker:
    """The newest audit entry's id and hash: one indexed query."""
    with store.read() as session:
        return _newest(session)


def changed_since(store: Any, marker: ChangeMarker) -> Changes:
    """What others changed after `marker`, and the new marker; nothing when the marker did not move.

    Reads only the trail's id, entity and record columns of the entries after the marker (by primary key).
    """
    with store.read() as session:
        newest = _newest(session)
        if newest == marker:
            return Changes(newest)
        if marker.entry_id:
            kept = session.scalar(select(AuditEntry.hash).where(AuditEntry.id == marker.entry_id))
            if kept != marker.hash:
                return Changes(newest, reset=True)
        if newest.entry_id < marker.entry_id:
            return Changes(newest, reset=True)
        after = and_(AuditEntry.id > marker.entry_id, AuditEntry.id <= newest.entry_id)
        mine = [
            AuditEntry.id.between(first, last)
            for first, last in getattr(store, "own_entries", ())
            if last > marker.entry_id and first <= newest.entry_id
        ]
        others = and_(after, not_(or_(*mine))) if mine else after
        own = session.scalar(select(func.count()).where(after, or_(*mine))) if mine else 0
        touched = frozenset(session.scalars(select(AuditEntry.entity).where(others).distinct()))
        cases = session.scalar(select(func.count(func.distinct(AuditEntry.record))).where(others)) if touched else 0
        return Changes(newest, touched, int(cases or 0), int(own or 0))


def _newest(session: Any) -> ChangeMarker:
    row = session.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    return ChangeMarker(row[0], row[1]) if row else ChangeMarker()

"""Working at the same time (issue 20 §3): an edit names the version of the case it was based on.

Each edit of a request or a breach takes `expected_version`, the version the user saw (`version`
of its view); when the case has been changed since, the edit is refused with `StaleEdit` naming who
changed it and when (the case's latest audit-trail entry), before anything is changed. Without it
an edit is not checked against what the user saw, but still against what it read: the version goes
up by one at every edit (store/versions.py) and an UPDATE racing another writer's fails.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpo_desk.domain.timeparse import zone
from dpo_desk.errors import InvalidInput, StaleEdit
from dpo_desk.services import organisation
from dpo_desk.store.models import AuditEntry


def expected(value: Any) -> int | None:
    """A version as given (None: not checked); refused unless a whole number from 1."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    if isinstance(value, bool) or not text.isdigit() or int(text) < 1:
        raise InvalidInput(
            "expected_version", value, "is not a version number (a whole number from 1)", code="not-a-version"
        )
    return int(text)


def check(session: Session, row: Any, expected_version: Any) -> None:
    """Refuses an edit based on another version of the case `row` than its present one."""
    wanted = expected(expected_version)
    if wanted is None or wanted == row.version:
        return
    entry = session.scalar(
        select(AuditEntry).where(AuditEntry.record == row.reference).order_by(AuditEntry.id.desc()).limit(1)
    )
    by = entry.actor if entry is not None else None
    at = entry.at if entry is not None else None
    when = None
    if at is not None:
        when = at.astimezone(zone(organisation.get(session).timezone)).strftime("%Y-%m-%d %H:%M")
    raise StaleEdit(row.reference, by=by, at=at, when=when, version=row.version)

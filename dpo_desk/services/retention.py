"""Retention: what may go, shown first, then purged with an audit entry.

Two rules (Art. 5(1)(c) and (e): no longer than needed):
- ID documents attached to a request whose requester's identity has been verified;
- every attachment of a request or breach closed more than `retention.closed_case_years` ago.

Which cases qualify is asked of the case modules (services.requests / services.breaches, see
CONTRACTS.md) through importlib, so this module works in any branch; a module that is absent simply
contributes nothing. The cases themselves stay: only their attachments are purged here.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpo_desk.errors import RuleRefused
from dpo_desk.services import settings
from dpo_desk.store.audit import append_entry
from dpo_desk.store.models.attachments import Attachment

CASE_MODULES = ("dpo_desk.services.requests", "dpo_desk.services.breaches")


@dataclass(frozen=True)
class PurgeItem:
    attachment: str
    case_reference: str
    filename: str
    kind: str
    size: int
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {
            "attachment": self.attachment,
            "case_reference": self.case_reference,
            "filename": self.filename,
            "kind": self.kind,
            "size": self.size,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class RetentionPlan:
    as_of: dt.date
    closed_before: dt.date
    items: tuple[PurgeItem, ...]

    @property
    def total_bytes(self) -> int:
        return sum(item.size for item in self.items)

    def lines(self) -> list[str]:
        if not self.items:
            return ["Nothing to purge."]
        return [
            f"{i.attachment}  {i.case_reference}  {i.kind}  {i.filename}  ({i.size} bytes): {i.reason}"
            for i in self.items
        ]

    def to_json(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "closed_before": self.closed_before.isoformat(),
            "items": [item.to_json() for item in self.items],
            "total_bytes": self.total_bytes,
        }


def years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year - years, day=28)


def _offered(function: str, *args: Any) -> list[Any]:
    """What each case module's `function` returns, joined; modules not built yet offer nothing."""
    found: list[Any] = []
    for name in CASE_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        fn = getattr(module, function, None)
        if fn is not None:
            found.extend(fn(*args))
    return found


def preview(session: Session, as_of: dt.date) -> RetentionPlan:
    """What a purge on `as_of` would remove; writes nothing."""
    years = int(settings.get(session, "retention.closed_case_years"))
    cutoff = years_before(as_of, years)
    verified = set(_offered("identity_verified_references", session))
    closed = set(_offered("closed_before", session, cutoff))
    items: list[PurgeItem] = []
    if verified or closed:
        statement = select(
            Attachment.reference,
            Attachment.case_reference,
            Attachment.filename,
            Attachment.kind,
            Attachment.size,
        ).order_by(Attachment.case_reference, Attachment.id)
        for ref, case, filename, kind, size in session.execute(statement):
            if case in closed:
                reason = f"the case was closed before {cutoff.isoformat()} ({years} years)"
            elif kind == "id-document" and case in verified:
                reason = "an ID document of a request whose identity has been verified"
            else:
                continue
            items.append(PurgeItem(ref, case, filename, kind, size, reason))
    return RetentionPlan(as_of, cutoff, tuple(items))


def purge(session: Session, as_of: dt.date, confirmed: Sequence[str] | None = None) -> RetentionPlan:
    """Removes what `preview` lists, with one audit entry summing it up (each removal has its own too).

    `confirmed`, when given, is the list of attachment references the user saw in the preview: if the
    plan has changed since, nothing is removed.
    """
    plan = preview(session, as_of)
    planned = [item.attachment for item in plan.items]
    if confirmed is not None and sorted(confirmed) != sorted(planned):
        raise RuleRefused("What would be purged has changed since the preview; look at the preview again.")
    if not plan.items:
        return plan
    rows = session.scalars(select(Attachment).where(Attachment.reference.in_(planned))).all()
    for row in rows:
        session.delete(row)
    session.flush()
    append_entry(
        session,
        "purge",
        "attachment",
        "retention",
        {
            "as_of": as_of.isoformat(),
            "closed_before": plan.closed_before.isoformat(),
            "removed": [f"{i.attachment} ({i.case_reference}, {i.kind})" for i in plan.items],
        },
    )
    return plan

"""Retention: what may go, shown first, then purged with an audit entry (Art. 5(1)(c) and (e)).

Two rules:
- an ID document attached to a request whose requester's identity has been verified goes (the
  request stays: the check is on record, the copy of the passport is no longer needed);
- a request or breach closed more than `retention.closed_case_years` ago goes whole: its row, its
  timeline or notifications, its attachments, its links from processing activities, and the field
  values of its audit entries (`store.audit.redact`). The trail keeps who did what to the case, and
  when, and one purge entry naming what went; `audit verify` still passes.

Copies made earlier (backups, exports, reports saved out) keep what they hold until they are
deleted in their turn: SECURITY.md says so, and the preview says so too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from dpo_desk.errors import RuleRefused
from dpo_desk.services import breaches, requests, settings
from dpo_desk.store import search
from dpo_desk.store.audit import REDACTED_KEY, append_entries, append_entry, redact
from dpo_desk.store.models.attachments import Attachment
from dpo_desk.store.models.breaches import Breach, BreachNotification
from dpo_desk.store.models.records import ActivityCase, ProcessingActivity
from dpo_desk.store.models.requests import RecipientNotice, Request, RequestEvent

CASE = "case"
ID_DOCUMENT = "id-document"


@dataclass(frozen=True)
class PurgeItem:
    """One thing a purge removes: a whole case, or one ID document of a case that stays."""

    what: str  # CASE or ID_DOCUMENT
    reference: str  # the case's reference, or the attachment's
    case_reference: str
    detail: str
    size: int  # bytes of attachments that go with it
    reason: str
    # what `detail` says, as data for a front end's own words: kind "request" (type, replied),
    # "breach" (title, closed) or "id-document" (filename); dates as dates
    facts: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "what": self.what,
            "reference": self.reference,
            "case_reference": self.case_reference,
            "detail": self.detail,
            "size": self.size,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class RetentionPlan:
    as_of: dt.date
    closed_before: dt.date
    items: tuple[PurgeItem, ...]
    redacted_entries: int = 0  # filled in by `purge`

    @property
    def total_bytes(self) -> int:
        return sum(item.size for item in self.items)

    @property
    def cases(self) -> list[str]:
        return [item.reference for item in self.items if item.what == CASE]

    @property
    def documents(self) -> list[str]:
        return [item.reference for item in self.items if item.what == ID_DOCUMENT]

    def lines(self) -> list[str]:
        if not self.items:
            return ["Nothing to purge."]
        return [f"{i.reference}  {i.detail}  ({i.size} bytes attached): {i.reason}" for i in self.items]

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


def _attached_bytes(session: Session, cases: Sequence[str]) -> dict[str, int]:
    sizes: dict[str, int] = {}
    for batch in _batches(cases):
        statement = (
            select(Attachment.case_reference, func.sum(Attachment.size))
            .where(Attachment.case_reference.in_(batch))
            .group_by(Attachment.case_reference)
        )
        sizes.update({case: int(total or 0) for case, total in session.execute(statement)})
    return sizes


def _batches(items: Sequence[str], size: int = 500) -> Iterator[Sequence[str]]:
    """Slices short enough for one `IN (...)` each (SQLite limits the parameters of a statement)."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _describe_requests(session: Session, refs: Sequence[str]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    query = select(Request.reference, Request.type, Request.replied_on).where(Request.reference.in_(refs))
    return (
        (ref, f"{kind} request, replied {replied}", {"kind": "request", "type": kind, "replied": replied})
        for ref, kind, replied in session.execute(query)
    )


def _describe_breaches(session: Session, refs: Sequence[str]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    query = select(Breach.reference, Breach.title, Breach.closed_at).where(Breach.reference.in_(refs))
    return (
        (ref, f"breach “{title}”, closed {closed:%Y-%m-%d}", {"kind": "breach", "title": title, "closed": closed})
        for ref, title, closed in session.execute(query)
    )


def _closed_cases(session: Session, cutoff: dt.date, years: int) -> list[PurgeItem]:
    reason = f"closed before {cutoff.isoformat()} ({years} years)"
    found: list[tuple[str, str, dict[str, Any]]] = []
    for module, describe in ((requests, _describe_requests), (breaches, _describe_breaches)):
        for batch in _batches(module.closed_before(session, cutoff)):
            found += describe(session, batch)
    sizes = _attached_bytes(session, [ref for ref, _, _ in found])
    return [
        PurgeItem(CASE, ref, ref, detail, sizes.get(ref, 0), reason, facts)
        for ref, detail, facts in sorted(found, key=lambda found: found[0])
    ]


def preview(session: Session, as_of: dt.date) -> RetentionPlan:
    """What a purge on `as_of` would remove; writes nothing."""
    years = int(settings.get(session, "retention.closed_case_years"))
    cutoff = years_before(as_of, years)
    cases = _closed_cases(session, cutoff, years)
    going = {item.reference for item in cases}
    verified = requests.identity_verified_references(session) - going
    documents: list[PurgeItem] = []
    if verified:
        statement = (
            select(Attachment.reference, Attachment.case_reference, Attachment.filename, Attachment.size)
            .where(Attachment.kind == ID_DOCUMENT)
            .order_by(Attachment.case_reference, Attachment.id)
        )
        documents = [
            PurgeItem(
                ID_DOCUMENT,
                ref,
                case,
                filename,
                size,
                "an ID document; the identity has been verified",
                {"kind": "id-document", "filename": filename},
            )
            for ref, case, filename, size in session.execute(statement)
            if case in verified
        ]
    return RetentionPlan(as_of, cutoff, (*cases, *documents))


def _remove_cases(session: Session, cases: Sequence[str]) -> list[tuple[str, str, str, dict[str, Any]]]:
    """Deletes the cases and all that hangs on them; returns the trail entries that say so.

    Plain SQL, not the ORM: a purge of a few thousand cases would otherwise load each one and its
    timeline only to delete them. The entries are chained by the caller after the redaction.
    """
    conn = session.connection()
    entries: list[tuple[str, str, str, dict[str, Any]]] = []
    for batch in _batches(cases):
        links = session.execute(
            select(ProcessingActivity.reference, ActivityCase.case_reference)
            .join(ActivityCase.activity)
            .where(ActivityCase.case_reference.in_(batch))
            .order_by(ActivityCase.id)
        ).all()
        entries += [("delete", "activity_case", a, {"case_reference": [c, None]}) for a, c in links]
        conn.execute(delete(ActivityCase).where(ActivityCase.case_reference.in_(batch)))
        conn.execute(delete(Attachment).where(Attachment.case_reference.in_(batch)))
        for case, children in (
            (Request, ((RequestEvent, "request_id"), (RecipientNotice, "request_id"))),
            (Breach, ((BreachNotification, "breach_id"),)),
        ):
            found = list(session.scalars(select(case.reference).where(case.reference.in_(batch))))
            ids = select(case.id).where(case.reference.in_(batch)).scalar_subquery()
            for child, parent_key in children:
                conn.execute(delete(child).where(getattr(child, parent_key).in_(ids)))
            conn.execute(delete(case).where(case.reference.in_(batch)))
            entries += [("purge", case.__tablename__, ref, {}) for ref in found]
    return entries


def purge(session: Session, as_of: dt.date, confirmed: Sequence[str] | None = None) -> RetentionPlan:
    """Removes what `preview` lists, and records it in one purge entry of the audit trail.

    `confirmed`, when given, is the list of references the user saw in the preview: if the plan has
    changed since, nothing is removed.
    """
    plan = preview(session, as_of)
    planned = [item.reference for item in plan.items]
    if confirmed is not None and sorted(confirmed) != sorted(planned):
        raise RuleRefused(
            "What would be purged has changed since the preview; look at the preview again.", code="purge-changed"
        )
    if not plan.items:
        return plan
    for row in session.scalars(select(Attachment).where(Attachment.reference.in_(plan.documents))):
        session.delete(row)
    session.flush()
    removals = _remove_cases(session, plan.cases)
    redacted = redact(session, plan.cases)
    append_entries(session, removals)
    append_entry(
        session,
        "purge",
        "retention",
        "retention",
        {
            "as_of": as_of.isoformat(),
            "closed_before": plan.closed_before.isoformat(),
            "cases": plan.cases,
            "id_documents": [f"{i.reference} ({i.case_reference})" for i in plan.items if i.what == ID_DOCUMENT],
            REDACTED_KEY: redacted,
        },
    )
    if plan.cases:
        search.forget_removed(session)
    return RetentionPlan(plan.as_of, plan.closed_before, plan.items, len(redacted))

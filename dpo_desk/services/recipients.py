"""Art. 19: the recipients told of a rectification, erasure or restriction, or excused from being told.

A request's recipients come from the processing activities it is linked to: each activity's
recipients and the subprocessors it uses. Once such a request is closed as fulfilled or partly
fulfilled, each of them is to be told, unless that is impossible or takes disproportionate effort
(recorded with the reason); a deadline (setting `requests.recipients_days`) stands until all are.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpo_desk.clock import now_of, today_of
from dpo_desk.errors import InvalidInput, RuleRefused
from dpo_desk.services import organisation
from dpo_desk.services.open_limits.requests import ARTICLE_19_TYPES, CARRIED_OUT
from dpo_desk.store.models.requests import RecipientNotice, Request


@dataclass(frozen=True)
class RecipientView:
    name: str
    source: str  # recipient (an activity's recipients) | subprocessor
    activity: str  # the first linked activity naming it
    outcome: str = ""  # "" (not yet) | told | excused
    on: dt.date | None = None
    reason: str = ""

    @property
    def settled(self) -> bool:
        return bool(self.outcome)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "source": self.source,
            "activity": self.activity,
            "outcome": self.outcome or None,
            "on": self.on.isoformat() if self.on else None,
            "reason": self.reason,
        }


def applies(request_type: str, outcome: str | None) -> bool:
    """Whether Art. 19 asks for recipients to be told: a rectification, erasure or restriction carried out."""
    return request_type in ARTICLE_19_TYPES and outcome in CARRIED_OUT


def _request(session: Session, reference: str) -> Request:
    from dpo_desk.errors import NotFound

    row = session.scalar(select(Request).where(Request.reference == (reference or "").strip().upper()))
    if row is None:
        raise NotFound("request", reference)
    return row


def _named(session: Session, reference: str) -> list[RecipientView]:
    from dpo_desk.services import records

    found: dict[str, RecipientView] = {}
    for activity in records.activities_for_case(session, reference):
        view = records.get(session, activity.reference)
        named = [(name, "recipient") for name in view.recipients] + [
            (s.name, "subprocessor") for s in view.subprocessors
        ]
        for name, source in named:
            if name.strip() and name.casefold() not in found:
                found[name.casefold()] = RecipientView(name.strip(), source, activity.reference)
    return list(found.values())


def recipients(session: Session, reference: str) -> list[RecipientView]:
    """The request's recipients, each with what was recorded for it (told, excused, or nothing yet)."""
    row = _request(session, reference)
    recorded = {notice.recipient.casefold(): notice for notice in row.recipient_notices}
    views = []
    for view in _named(session, row.reference):
        notice = recorded.get(view.name.casefold())
        if notice is not None:
            view = RecipientView(view.name, view.source, view.activity, notice.outcome, notice.on, notice.reason)
        views.append(view)
    return views


def check_carried_out(session: Session, reference: str) -> Request:
    row = _request(session, reference)
    if not applies(row.type, row.outcome):
        raise RuleRefused(
            f"{row.reference} is not a rectification, erasure or restriction closed as fulfilled or partly fulfilled; "
            "Art. 19 asks to tell the recipients only once one is carried out.",
            code="recipients-not-due",
            values={"reference": row.reference},
        )
    return row


def pending(session: Session, reference: str, excepted: list[str] | tuple[str, ...] = ()) -> list[RecipientView]:
    """The recipients still to be told, less those to be excused now; refuses a name that is not a recipient."""
    check_carried_out(session, reference)
    views = recipients(session, reference)
    known = {v.name.casefold() for v in views}
    for name in excepted:
        if name.casefold() not in known:
            shown = ", ".join(v.name for v in views) or "none (link the request to its processing activities)"
            raise InvalidInput(
                "excepted",
                name,
                f"is not a recipient of {reference.upper()}; they are: {shown}",
                code="not-a-recipient",
                values={"reference": reference.upper(), "recipients": [v.name for v in views]},
            )
    skip = {name.casefold() for name in excepted}
    return [v for v in views if not v.settled and v.name.casefold() not in skip]


def record(
    session: Session, reference: str, told: list[str], excused: list[tuple[str, str]], on: dt.date | None = None
) -> list[RecipientView]:
    """Records recipients as told, and others as excused with their reasons; returns the recipients after."""
    row = check_carried_out(session, reference)
    for name, reason in excused:
        if not reason.strip():
            raise InvalidInput(
                "reasons",
                None,
                f"must be given for {name}: why telling them is impossible or too much",
                code="excuse-reason-missing",
                values={"name": name},
            )
    pending(session, reference, [name for name, _ in excused])
    day = on or today_of(session, organisation.get(session).timezone)
    moment = now_of(session)
    views = {v.name.casefold(): v for v in recipients(session, reference)}
    for name in [*told, *(name for name, _ in excused)]:
        if views[name.casefold()].settled:
            raise RuleRefused(
                f"{views[name.casefold()].name} is already {views[name.casefold()].outcome}.",
                code="recipient-settled",
                values={"name": views[name.casefold()].name, "outcome": views[name.casefold()].outcome},
            )
    for name in told:
        view = views[name.casefold()]
        row.recipient_notices.append(
            RecipientNotice(recipient=view.name, source=view.source, outcome="told", on=day, reason="", at=moment)
        )
    for name, reason in excused:
        view = views[name.casefold()]
        row.recipient_notices.append(
            RecipientNotice(
                recipient=view.name, source=view.source, outcome="excused", on=day, reason=reason.strip(), at=moment
            )
        )
    session.flush()
    return recipients(session, reference)


def deadlines(session: Session, now: dt.datetime) -> list[Any]:
    """ "Tell the recipients" for each carried-out request with a recipient not yet told or excused
    (services/open_limits/requests.py reads them through the Core)."""
    from dpo_desk.services.core_rows import rows_of
    from dpo_desk.services.open_limits import requests as limits

    return limits.recipients_deadlines(rows_of(session))

"""The requests' open limits: the reply (or, for a processor, forwarding to the controller), the extension
notice while it is still untold, and telling the recipients of a rectification, erasure or restriction."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from sqlalchemy import Connection, Select, and_, case, select

from dpo_desk.domain.deadline import Deadline
from dpo_desk.services.open_limits.facts import stored_setting
from dpo_desk.services.open_limits.tables import BATCH, activity_case, one_of, request

EXTENSION_NOTICE_RULE = "GDPR Art. 12(3): tell the requester of the extension and its reasons within the first month"
REPLY_RULE = "GDPR Art. 12(3); Reg. 1182/71 Art. 3"
FORWARD_RULE = "GDPR Art. 28(3)(e): forward to the controller without undue delay"
ARTICLE_19_TYPES = ("rectification", "erasure", "restriction")
CARRIED_OUT = ("fulfilled", "partially-fulfilled")
RECIPIENTS_RULE = "GDPR Art. 19: tell each recipient of the rectification, erasure or restriction"


@cache
def _open_limits() -> Select[Any]:
    """Open requests with a limit, from ix_request_open_due_on alone (its terms and columns); built once.

    The extension notice's date comes only while the extension is untold: one date for Python to
    read instead of three (each read is a parse of its text on SQLite)."""
    r = request.c
    notice_due = case((and_(r.extended_on.is_not(None), r.extension_told_on.is_(None)), r.first_month_due_on))
    return select(
        r.reference,
        r.type,
        r.subject_name,
        r.due_on,
        notice_due.label("notice_due"),
        r.role,
        r.controller_name,
    ).where(r.status != "closed", r.due_on.is_not(None))


@cache
def _carried_out() -> Select[Any]:
    """Art. 19 requests carried out and linked to a processing activity (whose recipients are to be told).

    From the links to the requests (by the unique reference), not the other way: SQLite, without
    statistics, walked every fulfilled request by the outcome's index to probe the links (146 ms at
    100,000, with none linked). `|| ''` keeps it off the type and outcome indexes; PostgreSQL plans by
    its statistics either way."""
    r = request.c
    return select(r.reference, r.type, r.subject_name, r.replied_on).where(
        r.reference.in_(select(activity_case.c.case_reference)),
        one_of(r.type.concat(""), ARTICLE_19_TYPES),
        one_of(r.outcome.concat(""), CARRIED_OUT),
        r.replied_on.is_not(None),
    )


def deadlines(rows: Connection, now: dt.datetime, tz_name: str) -> list[Deadline]:
    found: list[Deadline] = []
    append = found.append
    reply, notice, forward = REPLY_RULE, EXTENSION_NOTICE_RULE, FORWARD_RULE
    for batch in rows.execute(_open_limits()).partitions(BATCH):
        for reference, kind, name, due_on, notice_due, role, controller in batch:
            title = f"{kind} request from {name}"
            # The parts of the title, so the window can word it in its own language.
            parts = {"request_type": kind, "subject": name}
            if role == "processor":
                whom = controller or "the controller"
                title = f"forward the {title} to {whom}"
                append(Deadline(reference, "forward", due_on, title, "requests", forward, parts))
                continue
            append(Deadline(reference, "reply", due_on, title, "requests", reply, parts))
            if notice_due is not None:
                append(Deadline(reference, "extension-notice", notice_due, title, "requests", notice, parts))
    return found + recipients_deadlines(rows)


def recipients_deadlines(rows: Connection) -> list[Deadline]:
    """ "Tell the recipients" for each carried-out request with a recipient not yet told or excused."""
    carried_out = rows.execute(_carried_out()).all()
    if not carried_out:
        return []
    # Who the recipients are comes from the linked activities' records (services.recipients, on the
    # ORM): paid only by a store with such requests, so a call that lists deadlines rarely imports it.
    from sqlalchemy.orm import Session

    from dpo_desk.services import recipients

    days = int(stored_setting(rows, "requests.recipients_days"))
    found = []
    with Session(bind=rows) as session:
        for row in carried_out:
            if any(not view.settled for view in recipients.recipients(session, row.reference)):
                title = f"{row.type} request from {row.subject_name}: tell the recipients"
                due = row.replied_on + dt.timedelta(days=days)
                parts = {"request_type": row.type, "subject": row.subject_name}
                found.append(Deadline(row.reference, "tell-recipients", due, title, "requests", RECIPIENTS_RULE, parts))
    return found

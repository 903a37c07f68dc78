"""The demo company's attachments: a requester's e-mail and ID check, a breach's log excerpt.

Attached to the first demo requests and breaches, whichever the case modules created; with no cases
(a branch without them) there is nothing to attach to. All content is fictional.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpo_desk.services import attachments
from dpo_desk.store.models import Base

EMAIL = """From: Aino Virtanen <aino.virtanen@example.fi>
To: tietosuoja@pilvipalvelu-demo.example
Subject: Tietopyyntö / access request
Date: {day}

Hei, pyydän kopion minusta tallennetuista henkilötiedoista (GDPR art. 15).
Asiakasnumeroni on 100234. Ystävällisin terveisin, Aino Virtanen
"""

ID_CHECK = """Identity check (fictional demo)
Checked against: customer account 100234, e-mail on file, last invoice number
Result: identity verified by the DPO on {day}
"""

LOG = """2026-02-11T09:14:03Z api-gw-2 WARN bucket backup-eu-3 listed without credentials from 198.51.100.23
2026-02-11T09:14:05Z api-gw-2 WARN object customer-export-2026-01.csv fetched (1.8 MB) from 198.51.100.23
2026-02-11T09:52:40Z ops INFO bucket policy reverted to private by on-call engineer
"""


def _first_references(session: Session, table_name: str, count: int) -> list[str]:
    table = Base.metadata.tables.get(table_name)
    if table is None or "reference" not in table.c:
        return []
    return list(session.scalars(select(table.c.reference).order_by(table.c.id).limit(count)))


def populate(session: Session, today: dt.date) -> None:
    now = dt.datetime.combine(today, dt.time(9, 0), tzinfo=dt.UTC)
    day = today.isoformat()
    for reference in _first_references(session, "request", 2):
        attachments.add(session, reference, "access-request.eml", EMAIL.format(day=day).encode(), kind="email", now=now)
        attachments.add(
            session, reference, "identity-check.txt", ID_CHECK.format(day=day).encode(), kind="id-document", now=now
        )
    for reference in _first_references(session, "breach", 1):
        attachments.add(session, reference, "api-gateway-log.txt", LOG.encode(), kind="document", now=now)

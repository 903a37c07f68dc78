"""A small company's spring, entered through the real services: the known cases the deadline overview,
the dashboard, the reminders and the annual report are tested on.

Looked at on SAMPLE_NOW (Sunday 10 May 2026, 12:00 in Helsinki), its open limits are, soonest first:

- BR-2026-0001 (lost laptop, high risk): telling the data subjects was due with the 72 hours, 30 April
  12:00 Helsinki time: ten days overdue.
- DSR-2026-0003 (access, received 8 April): the reply was due Friday 8 May: overdue.
- BR-2026-0002 (misdirected invoices, aware 7 May 18:00): notify the authority by 10 May 18:00.
- SP-0001 (Kirjepalvelu Oy, active from 10 May without a signed DPA): due the day it became active.
- DSR-2026-0004 (erasure, received 12 April, extended on 4 May, requester not yet told): the extension
  notice is due by the end of the first month, Tuesday 12 May.
- SP-0003 (Pilvi Backup Oy, announced 20 April): customers may object until 20 May.
- PA-0001 (customer support): review due 1 July.
- DSR-2026-0004 again: the extended reply, due 12 July, a Sunday, so Monday 13 July.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from dpo_desk.services import breaches, records, register, requests
from dpo_desk.services.records import PurposeInput

SAMPLE_NOW = dt.datetime(2026, 5, 10, 9, 0, tzinfo=dt.UTC)

SAMPLE_ORDER = [
    "BR-2026-0001",
    "DSR-2026-0003",
    "BR-2026-0002",
    "SP-0001",
    "DSR-2026-0004",
    "SP-0003",
    "PA-0001",
    "DSR-2026-0004",
]
SAMPLE_OVERDUE = ["BR-2026-0001", "DSR-2026-0003"]


def fill_sample(store: Any) -> None:
    """Enters the sample into `store` (an empty one) through the services."""
    with store.write() as session:
        _requests(session)
        _breaches(session)
        _register(session)
        records.add_activity(
            session,
            name="Customer support",
            role="controller",
            purposes=[PurposeInput("Answering support tickets", "contract")],
            data_categories="name, e-mail, ticket content",
            subject_categories="customers' users",
            retention="2 years after the ticket closes",
            next_review_on=dt.date(2026, 7, 1),
        )


def _requests(session: Any) -> None:
    def add(kind: str, received: str, subject: str) -> str:
        return requests.add(session, type=kind, received=received, subject=subject, email="")

    late = add("access", "2026-01-05", "Liisa Laine")  # DSR-2026-0001: answered after its month
    requests.close(session, late, "fulfilled", replied_on="2026-02-20")
    refused = add("erasure", "2026-03-16", "Olli Ojala")  # DSR-2026-0002
    requests.close(session, refused, "refused", "The records must be kept for the accounting period.", "2026-04-01")
    add("access", "2026-04-08", "M. Korhonen")  # DSR-2026-0003: still unanswered
    extended = add("erasure", "2026-04-12", "A. Virtanen")  # DSR-2026-0004
    requests.extend(session, extended, "Backups on tape must be searched.", on="2026-05-04")
    for kind, received, replied, subject in (
        ("access", "2026-03-02", "2026-03-20", "Kalle Koski"),
        ("access", "2026-05-04", "2026-05-06", "Saara Salo"),
        ("access", "2026-05-05", "2026-05-08", "Timo Toivonen"),
        ("erasure", "2026-05-06", "2026-05-07", "Hanna Heino"),
        ("objection", "2026-05-07", "2026-05-08", "Ville Vainio"),
    ):
        requests.close(session, add(kind, received, subject), "fulfilled", replied_on=replied)


def _breaches(session: Any) -> None:
    laptop = breaches.add(
        session,
        title="Lost laptop",
        aware_at="2026-04-27 12:00",
        cause="lost-or-stolen",
        nature="confidentiality",
        risk="high",
        risk_reasoning="Unencrypted customer files on the disk.",
    ).reference
    breaches.notify(
        session,
        laptop,
        "2026-05-01 09:00",
        content="The laptop was lost on a train.",
        late_reason="The loss was reported to the DPO only on 30 April.",
    )
    breaches.add(
        session,
        title="Misdirected invoice e-mails",
        aware_at="2026-05-07 18:00",
        cause="misdelivery",
        nature="confidentiality",
        risk="risk",
        risk_reasoning="Invoices with names and amounts went to other customers.",
    )
    letters = breaches.add(
        session,
        title="Letters to old addresses",
        aware_at="2026-05-04 10:00",
        cause="misdelivery",
        nature="confidentiality",
        risk="risk",
        risk_reasoning="Names and customer numbers went to people who had moved in.",
    ).reference
    breaches.notify(session, letters, "2026-05-05 10:00", content="Address register fixed.")
    breaches.close(session, letters, "Addresses now checked against the population register.", at="2026-05-06 12:00")


def _register(session: Any) -> None:
    register.add(
        session, name="Kirjepalvelu Oy", service="Printing and posting letters", country="FI", active_from="2026-05-10"
    )
    retired = register.add(
        session,
        name="Vanha Posti Oy",
        service="Posting letters",
        country="FI",
        active_from="2026-01-02",
        dpa_signed_on="2026-01-02",
    )
    register.retire(session, retired, on="2026-05-10")
    backup = register.add(
        session,
        name="Pilvi Backup Oy",
        service="Off-site backups",
        country="FI",
        status="planned",
        dpa_signed_on="2026-04-15",
    )
    register.announce(session, backup, announced_on="2026-04-20")

"""The demo store: a fictional Finnish cloud company modelled on the privacy notices in shared/seeds.

Each module fills its own part (`populate(session, today)`), in an order where links resolve:
the organisation, the register, the records of processing, requests and breaches, then the links
between cases and the activities they concern.
Everything here is fictional; the organisation's name says so.
"""

from __future__ import annotations

import datetime as dt
import importlib

from sqlalchemy.orm import Session

from dpo_desk.clock import today_of

DEMO_PASSPHRASE = "demo passphrase"
PARTS = ("organisation", "register", "records", "requests", "breaches", "links", "attachments")


def populate(session: Session, today: dt.date | None = None) -> None:
    """Fill an empty store with the demo company, its cases and its registers."""
    today = today or today_of(session, "Europe/Helsinki")
    for part in PARTS:
        importlib.import_module(f"dpo_desk.demo.{part}").populate(session, today)
        session.flush()

"""The demo company's breaches (filled in by its module's issue)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session


def populate(session: Session, today: dt.date) -> None:
    """Nothing yet."""

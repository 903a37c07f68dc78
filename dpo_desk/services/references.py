"""Case references: DSR-2026-0001, BR-2026-0001, SP-0001, PA-0001.

Numbers come from a counter row per series, advanced inside the writing transaction (which holds
the write lock), so two processes never hand out the same reference.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from dpo_desk.store.models import ReferenceCounter


def next_reference(session: Session, prefix: str, year: int | None = None, width: int = 4) -> str:
    series = f"{prefix}-{year}" if year is not None else prefix
    counter = session.get(ReferenceCounter, series)
    if counter is None:
        counter = ReferenceCounter(series=series, last=0)
        session.add(counter)
    counter.last += 1
    session.flush()
    return f"{series}-{counter.last:0{width}d}"


def bump_to_at_least(session: Session, reference: str) -> None:
    """After importing a reference, make sure later ones are numbered past it."""
    series, _, number = reference.rpartition("-")
    if not number.isdigit():
        return
    counter = session.get(ReferenceCounter, series)
    if counter is None:
        session.add(ReferenceCounter(series=series, last=int(number)))
    elif counter.last < int(number):
        counter.last = int(number)
    session.flush()

"""Case references: DSR-2026-0001, BR-2026-0001, SP-0001, PA-0001.

Numbers come from a counter row per series, advanced inside the writing transaction (which holds
the write lock), so two processes never hand out the same reference.
"""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from dpo_desk.store.models import ReferenceCounter

WANTED = "wanted_reference"


def next_reference(session: Session, prefix: str, year: int | None = None, width: int = 4) -> str:
    """The next free reference of the series; or, once, the one an import asked for in `session.info`.

    An import that reads a case's reference from a file (and has checked it is free) puts it in
    `session.info[WANTED]`; the next reference handed out is that one when it is of this series, so
    a re-imported register keeps its numbers, and the counter moves past it.
    """
    series = f"{prefix}-{year}" if year is not None else prefix
    wanted = session.info.pop(WANTED, None)
    if wanted and re.fullmatch(rf"{re.escape(series)}-\d{{{width}}}", wanted):
        bump_to_at_least(session, wanted)
        return wanted
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

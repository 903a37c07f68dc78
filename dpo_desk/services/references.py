"""Case references: DSR-2026-0001, BR-2026-0001, SP-0001, PA-0001.

Numbers come from a counter row per series, advanced inside the writing transaction (which holds
the write lock), so two processes never hand out the same reference.
"""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from dpo_desk.store.models import ReferenceCounter

WANTED = "wanted_reference"
BULK = "reference_counters"  # session.info: counters a bulk import holds, written with its batch (no flush each)


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
    counter = _counter(session, series, 0)
    counter.last += 1
    if BULK not in session.info:
        session.flush()
    return f"{series}-{counter.last:0{width}d}"


def _counter(session: Session, series: str, start: int) -> ReferenceCounter:
    """The series' counter; a bulk import keeps them in `session.info[BULK]`, flushed with its batch."""
    held = session.info.get(BULK)
    counter = held.get(series) if held is not None else None
    if counter is None:
        counter = session.get(ReferenceCounter, series)
        if counter is None:
            counter = ReferenceCounter(series=series, last=start)
            session.add(counter)
        if held is not None:
            held[series] = counter
    return counter


def bump_to_at_least(session: Session, reference: str) -> None:
    """After importing a reference, make sure later ones are numbered past it."""
    series, _, number = reference.rpartition("-")
    if not number.isdigit():
        return
    counter = _counter(session, series, int(number))
    if counter.last < int(number):
        counter.last = int(number)
    if BULK not in session.info:
        session.flush()

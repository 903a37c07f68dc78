"""Synthetic data at scale (`dpo-desk generate`): a reproducible store of many cases, written in bulk.

The per-module generators in `dpo_desk.synthetic` draw rows from a random generator seeded by the
seed number and the module's name, and take today from `as_of`, so the same seed and day give the
same rows. Rows go in with Core `insert` in chunks (no ORM objects, no per-row audit entries);
one audit entry records the run, and the reference counters move past the references handed out,
so cases added afterwards get the next numbers.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from dpo_desk.clock import today_of
from dpo_desk.domain.timeparse import parse_date, zone
from dpo_desk.errors import InvalidInput, RuleRefused
from dpo_desk.services import organisation, references, settings
from dpo_desk.store.audit import append_entries, append_entry

# Bump when a change makes the same seed give different rows (benchmarks cache stores by it).
GENERATOR_VERSION = "3"
DEFAULT_SEED = 2026
MAX_CASES = 2_000_000
CHUNK = 2000

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Plan:
    """What to generate; breaches default to requests / 10, register entries to requests / 20 (issue 10)."""

    requests: int
    breaches: int
    subprocessors: int
    seed: int = DEFAULT_SEED
    as_of: dt.date | None = None
    audit_trail: bool = False  # an entry per case and per child row, as the window writes them

    @property
    def cases(self) -> int:
        return self.requests + self.breaches + self.subprocessors


@dataclass(frozen=True)
class Generated:
    requests: int
    breaches: int
    subprocessors: int
    rows: dict[str, int]
    seed: int
    as_of: dt.date


def _count(option: str, value: Any) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise InvalidInput(option, value, "is not a whole number") from None
    if not 0 <= number <= MAX_CASES:
        raise InvalidInput(option, value, f"must be between 0 and {MAX_CASES:,}")
    return number


def plan(
    requests: Any,
    breaches: Any = None,
    subprocessors: Any = None,
    seed: Any = DEFAULT_SEED,
    as_of: Any = None,
    audit_trail: bool = False,
) -> Plan:
    """A checked plan; raises InvalidInput naming the option."""
    count = _count("requests", requests)
    return Plan(
        requests=count,
        breaches=count // 10 if breaches is None else _count("breaches", breaches),
        subprocessors=count // 20 if subprocessors is None else _count("subprocessors", subprocessors),
        seed=_count("seed", seed),
        as_of=None if as_of in (None, "") else parse_date("as_of", as_of),
        audit_trail=bool(audit_trail),
    )


def _refuse_unless_empty(session: Session) -> None:
    from dpo_desk.services import exchange

    if not exchange.is_empty(session):
        raise RuleRefused(
            "The store already holds cases; synthetic data goes only into an empty store (create one with init)."
        )


def _module_rng(seed: int, module: str) -> random.Random:
    # A string seed is hashed with SHA-512 by `random`: stable across runs and Python versions.
    return random.Random(f"dpo-desk-synthetic/{GENERATOR_VERSION}/{seed}/{module}")


def generate(session: Session, chosen: Plan, progress: Progress | None = None) -> Generated:
    """Fills an empty store with the plan's cases; returns the counts written."""
    from dpo_desk.services import breaches as breach_service
    from dpo_desk.services import register as register_service
    from dpo_desk.services import requests as request_service
    from dpo_desk.synthetic import breaches, register, requests
    from dpo_desk.synthetic.trail import Trail

    _refuse_unless_empty(session)
    tz_name = organisation.get(session).timezone
    as_of = chosen.as_of or today_of(session, tz_name)
    tz = zone(tz_name)
    counters: dict[str, int] = {}
    rows: dict[str, int] = {}
    done = 0
    total = max(1, chosen.cases)
    streams = (
        register.generate(
            _module_rng(chosen.seed, "register"),
            chosen.subprocessors,
            register.Surroundings(
                as_of, register_service.adequacy_list(), int(settings.get(session, "register.objection_period_days"))
            ),
            CHUNK,
            counters,
        ),
        requests.generate(
            _module_rng(chosen.seed, "requests"),
            chosen.requests,
            requests.Surroundings(
                as_of,
                tz,
                request_service.holiday_calendar(session),
                str(settings.get(session, "requests.identity_clock")),
            ),
            CHUNK,
            counters,
        ),
        breaches.generate(
            _module_rng(chosen.seed, "breaches"),
            chosen.breaches,
            breaches.Surroundings(as_of, tz, breach_service.rule_for),
            CHUNK,
            counters,
        ),
    )
    case_tables = {"subprocessor", "request", "breach"}
    touched = session.info.setdefault("touched", set())
    trail = Trail() if chosen.audit_trail else None
    for stream in streams:
        for table, chunk in stream:
            if not chunk:
                continue
            session.execute(insert(table), chunk)
            if trail is not None:
                append_entries(session, trail.entries(table.name, chunk))
            rows[table.name] = rows.get(table.name, 0) + len(chunk)
            touched.add(table.name)
            if table.name in case_tables:
                done += len(chunk)
                if progress:
                    progress(done, total)
    for series, last in sorted(counters.items()):
        references.bump_to_at_least(session, f"{series}-{last}")
    append_entry(
        session,
        "generate",
        "store",
        "synthetic-data",
        {
            "generator_version": GENERATOR_VERSION,
            "seed": chosen.seed,
            "as_of": as_of,
            "requests": chosen.requests,
            "breaches": chosen.breaches,
            "subprocessors": chosen.subprocessors,
            "rows": rows,
            "audit_trail": chosen.audit_trail,
        },
    )
    if progress:
        progress(total, total)
    return Generated(chosen.requests, chosen.breaches, chosen.subprocessors, rows, chosen.seed, as_of)

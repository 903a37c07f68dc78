"""Synthetic rights requests with their timelines, shaped like a busy controller's log.

Most requests are for access or erasure; a quarter of the identity-sensitive ones ask for identity
first; a few are extended (and the requester now and then not told in time), a few are answered late,
a few are still open past their limit. Due dates and statuses come from the module's own rules, so
the generated rows are what the services would have stored.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from dpo_desk.rules import time_limits
from dpo_desk.rules.working_days import HolidayCalendar
from dpo_desk.store.models.requests import Request, RequestEvent
from dpo_desk.synthetic.people import CUSTOMERS, Weighted, email_of, moment, person

TYPES = Weighted.of(
    {
        "access": 40,
        "erasure": 26,
        "rectification": 8,
        "objection": 8,
        "consent-withdrawal": 7,
        "portability": 5,
        "restriction": 4,
        "automated-decision": 2,
    }
)
CHANNELS = Weighted.of({"email": 52, "web-form": 33, "post": 8, "phone": 5, "in-person": 2})
LANGUAGES = Weighted.of({"fi": 70, "sv": 14, "en": 16})
OUTCOMES = Weighted.of({"fulfilled": 74, "partially-fulfilled": 12, "refused": 7, "withdrawn": 7})
IDENTITY_TYPES = frozenset({"access", "erasure", "portability", "rectification"})
EXTENSION_REASONS = (
    "The data is spread over several systems and backups; two further months are needed (Art. 12(3)).",
    "Useita laajoja pyyntöjä samalta rekisteröidyltä: tarvitsemme lisäaikaa kaksi kuukautta.",
    "Begäran omfattar loggdata från flera år; svarstiden förlängs med två månader.",
)
REFUSAL_REASONS = (
    "Manifestly unfounded: the same request was answered in full last month (Art. 12(5)).",
    "Retention required by the Accounting Act (1336/1997) 2:10; erasure refused for those records (Art. 17(3)(b)).",
    "Identity could not be verified (Art. 12(6)).",
    "Rekisteröidyn henkilöllisyyttä ei voitu varmistaa.",
)
DETAILS = {
    "access": ("Pyydän kopion kaikista minua koskevista tiedoista.", "Jag begär ett registerutdrag.",
               "Please send me a copy of all personal data you hold about me."),
    "erasure": ("Poistakaa tilini ja kaikki siihen liittyvät tiedot.", "Radera mitt konto och mina uppgifter.",
                "Please delete my account and everything linked to it."),
    "rectification": ("Osoitteeni on muuttunut, korjatkaa se.", "Min adress är fel i kundregistret.",
                      "My surname is misspelt in your records."),
    "objection": ("Kiellän suoramarkkinoinnin.", "Jag motsätter mig direktmarknadsföring.",
                  "I object to profiling for marketing."),
    "consent-withdrawal": ("Peruutan uutiskirjeen suostumuksen.", "Jag återkallar mitt samtycke.",
                           "I withdraw my consent to the newsletter."),
    "portability": ("Haluan tietoni koneluettavassa muodossa.", "Jag vill få mina uppgifter i CSV-format.",
                    "Please export my data in a machine-readable format."),
    "restriction": ("Rajoittakaa käsittelyä kunnes oikaisu on tehty.", "Begränsa behandlingen tills vidare.",
                    "Please restrict processing while my complaint is open."),
    "automated-decision": ("Pyydän ihmisen arvioimaan luottopäätöksen.", "Jag begär manuell prövning.",
                           "I want a person to review the automated decision."),
}  # fmt: skip
_LANGUAGE_INDEX = {"fi": 0, "sv": 1, "en": 2}


@dataclass(frozen=True)
class Surroundings:
    """What the generator needs of the store, read once by the caller."""

    as_of: dt.date
    tz: ZoneInfo
    holidays: HolidayCalendar
    identity_clock: str
    years: int = 4


FORWARD_WORKING_DAYS = 5  # the setting's default


class _Limits:
    """reply_limit for many rows: most share a handful of receipt days, so each is computed once."""

    def __init__(self, holidays: HolidayCalendar, clock: str) -> None:
        self.holidays, self.clock, self.cache = holidays, clock, {}

    def due(self, received: dt.date, extended: bool, requested: dt.date | None, arrived: dt.date | None) -> Any:
        key = (received, extended, requested, arrived)
        if key not in self.cache:
            limit = time_limits.reply_limit(
                received,
                self.holidays,
                extended=extended,
                identity_requested=requested,
                identity_received=arrived,
                identity_clock=self.clock,
            )
            self.cache[key] = None if limit is None else (limit.start, limit.due)
        return self.cache[key]


def _received_days(rng: random.Random, count: int, as_of: dt.date, years: int) -> list[dt.date]:
    """Receipt days over the last `years`, more of them lately (a growing business), in order."""
    span = 365 * years
    offsets = [int(rng.triangular(0, span, 0)) for _ in range(count)]
    return sorted(as_of - dt.timedelta(days=o) for o in offsets)


def generate(
    rng: random.Random, count: int, env: Surroundings, chunk: int, counters: dict[str, int]
) -> Iterator[tuple[Any, list[dict[str, Any]]]]:
    """Yields (table, rows) in chunks, each chunk's requests before their events; ids are 1..count.

    `counters` receives the last number handed out in each reference series ("DSR-2026": 812).
    """
    limits = _Limits(env.holidays, env.identity_clock)
    numbers: dict[int, int] = {}
    requests: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    event_id = 0
    for request_id, received in enumerate(_received_days(rng, count, env.as_of, env.years), start=1):
        year_number = numbers[received.year] = numbers.get(received.year, 0) + 1
        counters[f"DSR-{received.year}"] = year_number
        row, timeline = _one(rng, request_id, f"DSR-{received.year}-{year_number:04d}", received, env, limits)
        requests.append(row)
        at = row["created_at"]  # the receipt is logged when the case is created; later steps follow in order
        for index, (on, kind, text) in enumerate(timeline):
            event_id += 1
            if index:
                at = max(moment(on, env.tz, rng), at + dt.timedelta(minutes=rng.randint(5, 90)))
            events.append({"id": event_id, "request_id": request_id, "at": at, "on": on, "kind": kind, "text": text})
        if len(requests) >= chunk:
            yield Request.__table__, requests
            yield RequestEvent.__table__, events
            requests, events = [], []
    if requests:
        yield Request.__table__, requests
        yield RequestEvent.__table__, events


def _one(
    rng: random.Random, request_id: int, reference: str, received: dt.date, env: Surroundings, limits: _Limits
) -> tuple[dict[str, Any], list[tuple[dt.date, str, str]]]:
    as_of = env.as_of
    kind = TYPES.pick(rng)
    channel = CHANNELS.pick(rng)
    language = LANGUAGES.pick(rng)
    name = person(rng, language)
    email = "" if channel in ("post", "phone") and rng.random() < 0.7 else email_of(rng, name)
    contact = "" if email else f"{rng.randint(1, 99)} {rng.choice(('Kauppakatu', 'Storgatan', 'Rantatie'))}"
    processor = rng.random() < 0.06
    timeline: list[tuple[dt.date, str, str]] = [(received, "received", f"{kind} request received by {channel}")]

    def until_today(day: dt.date) -> dt.date | None:
        return day if day <= as_of else None

    identity = "not-needed"
    requested = arrived = checked = None
    if not processor and kind in IDENTITY_TYPES and rng.random() < 0.25:
        requested = until_today(received + dt.timedelta(days=rng.randint(0, 3)))
        if requested:
            identity = "requested"
            timeline.append((requested, "identity-requested", "Asked for a copy of an ID document"))
            if rng.random() < 0.9:
                arrived = until_today(requested + dt.timedelta(days=rng.randint(1, 20)))
            if arrived:
                identity = "received"
                timeline.append((arrived, "identity-received", ""))
                checked = until_today(arrived + dt.timedelta(days=rng.randint(0, 2)))
                if checked:
                    identity = "verified" if rng.random() < 0.95 else "failed"
                    timeline.append((checked, f"identity-{identity}", ""))
    forwarded = controller = None
    if processor:
        controller = rng.choice(CUSTOMERS)
        forwarded = until_today(received + dt.timedelta(days=rng.randint(0, 2)))

    extended_on = told_on = reason = None
    if not processor and identity != "failed" and kind in ("access", "erasure", "portability") and rng.random() < 0.07:
        extended_on = until_today(received + dt.timedelta(days=rng.randint(7, 25)))
        if extended_on:
            reason = rng.choice(EXTENSION_REASONS)
            timeline.append((extended_on, "extended", reason))
            if rng.random() < 0.85:
                told_on = until_today(extended_on + dt.timedelta(days=rng.choice((0, 0, 0, 1, 2, 12))))
                if told_on:
                    timeline.append((told_on, "extension-told", ""))
    if processor:  # what is due is forwarding to the controller (Art. 28(3)(e)), in the default working days
        forwarding = time_limits.forward_limit(received, FORWARD_WORKING_DAYS, limits.holidays)
        limit, first = (forwarding.start, forwarding.due), None
    else:
        limit = limits.due(received, extended_on is not None, requested, arrived)
        first = limits.due(received, False, requested, arrived)
    start, due = limit if limit else (None, None)

    outcome = reply = None
    outcome_reason = ""
    if processor and forwarded:
        if rng.random() < 0.95:
            outcome, reply = "forwarded-to-controller", forwarded
            timeline.append((forwarded, "forwarded", controller))
    elif identity == "failed":
        outcome, reply, outcome_reason = "refused", checked, "Identity could not be verified (Art. 12(6))."
    elif due is None:  # still waiting for the identity information
        if (as_of - received).days > 60 and rng.random() < 0.9:
            outcome, reply = "withdrawn", received + dt.timedelta(days=60)
    else:
        length = max(1, (due - start).days)
        if due < as_of:  # long overdue cases are rare: somebody notices within a couple of months
            chance = 0.9995 if (as_of - due).days > 60 else 0.96
        else:
            chance = min(0.85, 0.9 * (as_of - start).days / length)
        answered = rng.random() < chance
        if answered:
            late = rng.random() < 0.04
            reply = (
                due + dt.timedelta(days=rng.randint(1, 21))
                if late
                else start + dt.timedelta(days=rng.randint(1, length))
            )
            if reply > as_of:
                reply = None
            if reply:
                outcome = OUTCOMES.pick(rng)
                if outcome == "refused":
                    outcome_reason = rng.choice(REFUSAL_REASONS)
    if outcome and reply:
        text = f"{outcome}: {outcome_reason}" if outcome_reason else outcome
        timeline.append((reply, "closed", text))
    if outcome:
        status = "closed"
    elif identity == "requested" and env.identity_clock == "restart":
        status = "awaiting-identity"
    elif extended_on is not None:
        status = "extended"
    else:
        status = "open"
    row = {
        "id": request_id,
        "reference": reference,
        "type": kind,
        "channel": channel,
        "received_on": received,
        "subject_name": name,
        "subject_email": email,
        "subject_contact": contact,
        "details": DETAILS[kind][_LANGUAGE_INDEX[language]],
        "language": language,
        "role": "processor" if processor else "controller",
        "controller_name": controller or "",
        "forwarded_on": forwarded,
        "forward_within_days": FORWARD_WORKING_DAYS if processor else None,
        "identity_status": identity,
        "identity_requested_on": requested,
        "identity_received_on": arrived,
        "identity_checked_on": checked,
        "identity_clock": env.identity_clock,
        "extension_reason": reason,
        "extended_on": extended_on,
        "extension_told_on": told_on,
        "first_month_due_on": first[1] if first else None,
        "due_on": due,
        "status": status,
        "outcome": outcome,
        "outcome_reason": outcome_reason,
        "replied_on": reply,
        "search_key": " ".join((reference, name, email)).casefold(),
        "created_at": moment(received, env.tz, rng),
    }
    return row, sorted(timeline, key=lambda item: item[0])

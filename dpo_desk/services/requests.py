"""Rights requests: the whole life of a case, from receipt to reply, with its legally exact time limit.

Every operation takes a Session, checks everything before it writes, and returns plain views.
A request's due date and status are derived (rules.time_limits) and stored, so the window can sort
and filter 100,000 requests in SQL; they are recomputed whenever a fact they depend on changes.
Nothing is silently overwritten: a fact already recorded (an extension, an identity step, the
outcome) is refused a second time, and every action lands in the case's timeline.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
import statistics as stats
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from functools import cache, partial
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Select, String, UniqueConstraint, func, or_, select, type_coerce
from sqlalchemy.orm import Session, selectinload

from dpo_desk.clock import now_of
from dpo_desk.domain import validation
from dpo_desk.domain.deadline import Deadline
from dpo_desk.domain.requests import REQUEST_TYPES
from dpo_desk.domain.timeparse import local_iso, parse_date
from dpo_desk.errors import InvalidInput, NotFound, RuleRefused
from dpo_desk.rules import time_limits
from dpo_desk.rules.working_days import HolidayCalendar
from dpo_desk.services import case_versions, organisation, references, settings
from dpo_desk.store import bulk, search
from dpo_desk.store.functions import days_between, year_month
from dpo_desk.store.models.requests import Request, RequestEvent

CHANNELS = ("email", "web-form", "post", "phone", "in-person")
ROLES = ("controller", "processor")
OUTCOMES = ("fulfilled", "partially-fulfilled", "refused", "withdrawn", "forwarded-to-controller")
OUTCOMES_NEEDING_REASONS = ("refused",)
STATUSES = ("open", "awaiting-identity", "extended", "closed")
OPEN_STATUSES = ("open", "awaiting-identity", "extended")
IDENTITY_STEPS = ("requested", "received", "verified", "failed")
IDENTITY_STATES = ("not-needed", *IDENTITY_STEPS)
# Which identity state each step may follow (each step once, in order).
IDENTITY_FOLLOWS = {
    "requested": ("not-needed",),
    "received": ("requested",),
    "verified": ("not-needed", "requested", "received"),
    "failed": ("requested", "received"),
}
LANGUAGES = ("fi", "sv", "en")
SORT_KEYS = ("reference", "type", "received_on", "subject_name", "subject_email", "due_on", "status", "outcome")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_NAME = 200
MAX_FORWARD_DAYS = 30


# -- views ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventView:
    at: dt.datetime
    on: dt.date
    kind: str
    text: str

    @property
    def parts(self) -> dict[str, Any]:
        """The stored sentence read back into its parts, for a front end's own words (`event_parts`)."""
        return event_parts(self.kind, self.text)

    def to_json(self, tz_name: str = "Europe/Helsinki") -> dict[str, Any]:
        return {"at": local_iso(self.at, tz_name), "on": self.on.isoformat(), "kind": self.kind, "text": self.text}


@dataclass(frozen=True)
class RequestWarning:
    """Something the law says about the case that the DPO must see (a stable code and a sentence)."""

    code: str
    message: str

    def to_json(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True)
class RequestRow:
    """One line of the requests table."""

    reference: str
    type: str
    status: str
    received_on: dt.date
    due_on: dt.date | None
    subject_name: str
    subject_email: str
    role: str
    outcome: str | None
    overdue: bool
    due_soon: bool

    @property
    def status_and_flag(self) -> tuple[str, str]:
        """The status with what the row's colour says, so it is also said in words."""
        return self.status, "overdue" if self.overdue else "due-soon" if self.due_soon else ""


@dataclass(frozen=True)
class RequestView:
    """A request as `request show` prints it and the detail view shows it."""

    reference: str
    type: str
    channel: str
    received_on: dt.date
    subject_name: str
    subject_email: str
    subject_contact: str
    details: str
    language: str
    role: str
    controller_name: str
    forwarded_on: dt.date | None
    forward_within_days: int | None
    forward_term_agreed: bool
    identity_status: str
    identity_requested_on: dt.date | None
    identity_received_on: dt.date | None
    identity_checked_on: dt.date | None
    identity_clock: str
    clock_start_on: dt.date | None
    extension_reason: str | None
    extended_on: dt.date | None
    extension_told_on: dt.date | None
    first_month_due_on: dt.date | None
    due_on: dt.date | None
    due_rule: str
    status: str
    outcome: str | None
    outcome_reason: str
    replied_on: dt.date | None
    answered_on_time: bool | None
    overdue: bool
    due_soon: bool
    extension_not_told: bool
    created_at: dt.datetime
    timeline: tuple[EventView, ...] = field(default_factory=tuple)
    timezone: str = "Europe/Helsinki"  # the organisation's, for printing times
    type_guessed: bool = False  # read from an e-mail's words; the DPO has not confirmed it yet
    warnings: tuple[RequestWarning, ...] = ()
    version: int = 1  # one more at each edit; an edit names the one it was based on (`expected_version`)
    # what `due_rule` says, as data (no limit while identity information is awaited), for a front end's own words
    due_rule_facts: time_limits.RuleFacts | None = None

    @property
    def closed(self) -> bool:
        return self.status == "closed"

    @property
    def extended(self) -> bool:
        return self.extended_on is not None

    def to_json(self) -> dict[str, Any]:
        # Field by field, not asdict(): that deep-copies the timeline only for it to be replaced below
        # (a third of `request list --json`'s own time for a page of 200).
        document = {name: getattr(self, name) for name in _view_fields()}
        for key, value in document.items():
            if isinstance(value, dt.datetime):
                document[key] = local_iso(value, self.timezone)
            elif isinstance(value, dt.date):
                document[key] = value.isoformat()
        document["timeline"] = [e.to_json(self.timezone) for e in self.timeline]
        document["warnings"] = [w.to_json() for w in self.warnings]
        return document


@cache
def _view_fields() -> tuple[str, ...]:
    return tuple(f.name for f in fields(RequestView) if f.name != "due_rule_facts")


@dataclass(frozen=True)
class RequestStatistics:
    total: int
    by_type: dict[str, int]
    by_outcome: dict[str, int]
    closed: int
    answered_on_time: int
    on_time_share: float | None
    median_days_to_close: float | None
    by_month: dict[str, dict[str, int]]


@dataclass(frozen=True)
class Filters:
    """What `request list` and the window's table narrow the requests to."""

    status: str | None = None
    type: str | None = None
    overdue: bool = False
    search: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "search", search.term_of(self.search))

    def checked(self) -> Filters:
        if self.status and self.status not in STATUSES:
            raise InvalidInput(
                "status",
                self.status,
                f"is not one of {', '.join(STATUSES)}",
                code="not-a-choice",
                values={"choices": STATUSES},
            )
        if self.type and self.type not in REQUEST_TYPES:
            raise InvalidInput(
                "type",
                self.type,
                f"is not one of {', '.join(REQUEST_TYPES)}",
                code="not-a-choice",
                values={"choices": REQUEST_TYPES},
            )
        return self


# -- checking input ------------------------------------------------------------------------------


def _email(field_name: str, value: str | None) -> str:
    text = validation.text(field_name, value, limit=MAX_NAME)
    if text and not _EMAIL.match(text):
        raise InvalidInput(field_name, value, "is not an e-mail address", code="not-an-email")
    return text


def validate_new(
    *,
    type: str | None,
    received: str | dt.date | None,
    subject: str | None,
    email: str | None = "",
    contact: str | None = "",
    details: str | None = "",
    channel: str | None = "email",
    role: str | None = "controller",
    controller: str | None = "",
    language: str | None = "fi",
    forward_within: int | str | None = None,
) -> dict[str, Any]:
    """Checked, trimmed values for a new request; raises InvalidInput naming the first bad field.

    The window calls this as the user types, the command line before it opens the store for writing.
    """
    clean = {
        "type": validation.one_of("type", type, REQUEST_TYPES),
        "received_on": parse_date("received", received),
        "subject_name": validation.text("subject", subject, required=True, limit=MAX_NAME),
        "subject_email": _email("email", email),
        "subject_contact": validation.text("contact", contact, limit=1000),
        "details": validation.text("details", details),
        "channel": validation.one_of("channel", channel or "email", CHANNELS),
        "role": validation.one_of("role", role or "controller", ROLES),
        "controller_name": validation.text("controller", controller, limit=MAX_NAME),
        "language": validation.one_of("language", language or "fi", LANGUAGES),
    }
    if clean["controller_name"] and clean["role"] != "processor":
        raise InvalidInput(
            "controller", controller, "is only for a request received as a processor", code="processor-only"
        )
    if forward_within not in (None, ""):
        if clean["role"] != "processor":
            raise InvalidInput(
                "forward_within", forward_within, "is only for a request received as a processor", code="processor-only"
            )
        clean["forward_within_days"] = _working_days("forward_within", forward_within)
    return clean


def _working_days(field_name: str, value: int | str) -> int:
    try:
        days = int(str(value).strip())
    except ValueError:
        raise InvalidInput(
            field_name, value, "is not a whole number of working days", code="not-working-days"
        ) from None
    if not 1 <= days <= MAX_FORWARD_DAYS:
        raise InvalidInput(
            field_name,
            value,
            f"must be from 1 to {MAX_FORWARD_DAYS} working days",
            code="working-days-range",
            values={"most": MAX_FORWARD_DAYS},
        )
    return days


NEW_FIELDS = (
    "type",
    "received",
    "subject",
    "email",
    "contact",
    "details",
    "channel",
    "role",
    "controller",
    "language",
    "forward_within",
)


def field_problems(**values: Any) -> dict[str, str]:
    """Every field of a new request that would be refused, with the reason (the form shows them all at once)."""
    return {name: error.reason for name, error in field_errors(**values).items()}


def field_errors(**values: Any) -> dict[str, InvalidInput]:
    """Every field of a new request that would be refused, with its refusal (a window words it in its language)."""
    problems: dict[str, InvalidInput] = {}
    for name in NEW_FIELDS:
        trial = {key: values.get(key) for key in NEW_FIELDS}
        # Check one field at a time: the others get harmless stand-ins so only this one can fail.
        for other in NEW_FIELDS:
            if other != name:
                trial[other] = _HARMLESS[other]
        if name in ("controller", "forward_within"):
            trial["role"] = values.get("role") or "controller"
        try:
            validate_new(**trial)
        except InvalidInput as error:
            problems[name] = error
    return problems


_HARMLESS: dict[str, Any] = {
    "type": "access",
    "received": "2026-01-01",
    "subject": "x",
    "email": "",
    "contact": "",
    "details": "",
    "channel": "email",
    "role": "processor",
    "controller": "",
    "language": "fi",
    "forward_within": None,
}


def preview_due(
    session: Session,
    received: dt.date,
    role: str = "controller",
    forward_within: int | str | None = None,
    language: str = "en",
) -> tuple[dt.date, str]:
    """The due date a request received on `received` would get now, and the rule in words (in `language`)."""
    limit = _preview_limit(session, received, role, forward_within)
    return limit.due, limit.explain(language)


def preview_rule(
    session: Session, received: dt.date, role: str = "controller", forward_within: int | str | None = None
) -> time_limits.RuleFacts:
    """The rule a request received on `received` would get now, as data (a front end words it)."""
    return _preview_limit(session, received, role, forward_within).facts()


def _preview_limit(
    session: Session, received: dt.date, role: str, forward_within: int | str | None
) -> time_limits.TimeLimit:
    holidays = holiday_calendar(session)
    if role == "processor":
        days = (
            _working_days("forward_within", forward_within)
            if forward_within not in (None, "")
            else settings.get(session, "requests.processor_forward_working_days")
        )
        return time_limits.forward_limit(received, days, holidays)
    limit = time_limits.reply_limit(received, holidays)
    assert limit is not None  # no identity step yet, so a limit always runs
    return limit


# What a day must not come before, by the code its refusal carries (the window words each; see refusal_text).
_EARLIER_DAYS = {
    "before-received": "the day the request was received",
    "before-identity-request": "the identity request",
    "before-identity-step": "the previous identity step",
    "before-extension": "the extension",
}


def _date_not_before(field_name: str, value: Any, earliest: dt.date, code: str) -> dt.date:
    day = parse_date(field_name, value)
    if day < earliest:
        raise InvalidInput(
            field_name,
            day.isoformat(),
            f"is before {_EARLIER_DAYS[code]} ({earliest.isoformat()})",
            code=code,
            values={"earliest": earliest},
        )
    return day


# -- the derived facts ---------------------------------------------------------------------------


def holiday_calendar(session: Session) -> HolidayCalendar:
    memo = session.info.get(settings.MEMO)  # a bulk import builds it (and its years' holidays) once
    if memo is not None and _CALENDAR in memo:
        return memo[_CALENDAR]  # type: ignore[no-any-return]
    org = organisation.get(session)
    calendar = HolidayCalendar(
        country=org.holiday_country or "FI",
        christmas_eve=bool(settings.get(session, "holidays.christmas_eve_non_working")),
        midsummer_eve=bool(settings.get(session, "holidays.midsummer_eve_non_working")),
    )
    if memo is not None:
        memo[_CALENDAR] = calendar
    return calendar


_CALENDAR = "\0holiday calendar"
_LIMITS = "\0time limits"


DEFAULT_FORWARD_DAYS = 5  # the setting's default, for rows logged before the setting existed


def _limit(row: Request, holidays: HolidayCalendar) -> time_limits.TimeLimit | None:
    if row.role == "processor":
        # what is due is forwarding to the controller (Art. 28(3)(e)), not a reply of our own
        return time_limits.forward_limit(row.received_on, row.forward_within_days or DEFAULT_FORWARD_DAYS, holidays)
    return time_limits.reply_limit(
        row.received_on,
        holidays,
        extended=row.extended_on is not None,
        identity_requested=row.identity_requested_on,
        identity_received=row.identity_received_on,
        identity_clock=row.identity_clock,
        identity_failed=row.identity_status == "failed",
    )


def _first_month(row: Request, holidays: HolidayCalendar) -> time_limits.TimeLimit | None:
    if row.role == "processor":
        return None
    return time_limits.extension_notice_limit(
        row.received_on,
        holidays,
        identity_requested=row.identity_requested_on,
        identity_received=row.identity_received_on,
        identity_clock=row.identity_clock,
        identity_failed=row.identity_status == "failed",
    )


def _status(row: Request, limit: time_limits.TimeLimit | None) -> str:
    if row.outcome:
        return "closed"
    if row.identity_status == "requested" and limit is None:
        return "awaiting-identity"
    if row.extended_on is not None:
        return "extended"
    return "open"


def _derived_of(row: Any, holidays: HolidayCalendar) -> dict[str, Any]:
    memo = getattr(row, "limits_memo", None)
    if memo is None:
        limit, first = _limit(row, holidays), _first_month(row, holidays)
    else:  # a bulk import: rows received the same day with the same facts share their limits
        facts = (
            holidays,
            row.role,
            row.received_on,
            row.forward_within_days,
            row.extended_on is not None,
            row.identity_requested_on,
            row.identity_received_on,
            row.identity_clock,
            row.identity_status == "failed",
        )
        found = memo.get(facts)
        if found is None:
            found = memo[facts] = (_limit(row, holidays), _first_month(row, holidays))
        limit, first = found
    return {
        "due_on": limit.due if limit else None,
        "first_month_due_on": first.due if first else None,
        "status": _status(row, limit),
        "search_key": " ".join((row.reference, row.subject_name, row.subject_email or "")).casefold(),
    }


_FACT_DEFAULTS: dict[str, Any] = {
    "extended_on": None,
    "identity_requested_on": None,
    "identity_received_on": None,
    "identity_status": "not-needed",
    "identity_clock": "restart",
    "outcome": None,
    "subject_email": "",
    "role": "controller",
    "forward_within_days": None,
}


def derived_values(facts: Mapping[str, Any], holidays: HolidayCalendar) -> dict[str, Any]:
    """The derived columns (due_on, first_month_due_on, status, search_key) for a request's facts.

    For writers that insert rows in bulk without the ORM (imports, the synthetic generator): `facts`
    needs reference, received_on and subject_name, and may give the other columns the rule reads.
    """
    return _derived_of(SimpleNamespace(**{**_FACT_DEFAULTS, **facts}), holidays)


def _derive(row: Request, holidays: HolidayCalendar) -> None:
    """Recompute the stored due dates, status and search key from the facts (only what changed is set)."""
    for column, value in _derived_of(row, holidays).items():
        if getattr(row, column) != value:
            setattr(row, column, value)


def _today(session: Session, today: dt.date | None) -> dt.date:
    return today or organisation.today(session)


def _event(session: Session, row: Request | LoggedRequest, on: dt.date, kind: str, text: str = "") -> None:
    if isinstance(row, LoggedRequest):
        row.events.append({"at": now_of(session), "on": on, "kind": kind, "text": text})
    else:
        row.events.append(RequestEvent(at=now_of(session), on=on, kind=kind, text=text))


class LoggedRequest:
    """A request replayed from a log (`add_logged`) before it is stored: the columns of a `Request` as plain
    attributes (None until set, as on a new Request) and its timeline's `events` as dicts of their columns.

    The operations' own steps (`_record_identity`, `_extend`, `_close`...) check and change it as they would a
    Request, without the ORM's cost per attribute; `model` makes the Request they would have made.
    """

    limits_memo: dict[Any, Any] | None = None  # an import's time limits by the facts they follow from, shared

    def __init__(self, **columns: Any) -> None:
        self.__dict__.update(columns)
        self.events: list[dict[str, Any]] = []

    def columns(self) -> dict[str, Any]:
        """The columns set, as a new Request's constructor takes them."""
        return {key: value for key, value in self.__dict__.items() if key not in ("events", "limits_memo")}

    def model(self) -> Request:
        return Request(**self.columns(), events=[RequestEvent(**event) for event in self.events])


for _column in Request.__table__.columns:
    setattr(LoggedRequest, _column.key, None)
del _column


# What `correct` may change: its names (the command line's) and the columns they set.
EDITABLE = {
    "subject": "subject_name",
    "email": "subject_email",
    "contact": "subject_contact",
    "details": "details",
    "channel": "channel",
    "language": "language",
    "controller": "controller_name",
}

# The timeline stores one English sentence per event (the command line and the JSON show it as it is);
# these are its fixed parts, written by the operations below and read back by `event_parts`.
_TYPE_GUESSED = " (type guessed from its words)"
_ASKED_LATE = "(asked after the first month had ended: the clock does not restart)"
_RECEIVED = re.compile(
    r"^(?P<type>[\w-]+) request received by (?P<channel>[\w-]+)(?P<guessed>" + re.escape(_TYPE_GUESSED) + ")?$"
)
_CLASSIFIED = re.compile(r"^type(?: confirmed: (?P<confirmed>[\w-]+)|: (?P<before>[\w-]+) → (?P<after>[\w-]+))$")
_LETTER = re.compile(r"^(?P<letter>[\w-]+) \((?P<language>[a-z]{2})\)$")
_REPR = r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|None"""  # what repr() makes of a text or None
_CORRECTION = re.compile(rf"(?:^|; )(?P<field>{'|'.join(EDITABLE)}): (?P<before>{_REPR}) → (?P<after>{_REPR})(?=; |$)")


def _typed(value: str) -> str:
    """A value a correction stored as repr(): the text as typed (None as empty)."""
    try:
        typed = ast.literal_eval(value)
    except (ValueError, SyntaxError):
        return value
    return "" if typed is None else str(typed)


def event_parts(kind: str, text: str) -> dict[str, Any]:
    """A timeline event's stored sentence as parts a front end words in its own language; {} for one
    it cannot read (an older wording), which is then shown as stored.

    received: type, channel, type_guessed; classified: type (confirmed) or before/after; identity-*: note
    (as typed), asked_late; extended: reason; forwarded: controller; closed: outcome, reason; note: note;
    corrected: changes ((field, before, after), ...); letter: letter, language; extension-told: nothing.
    Free text the DPO typed (notes, reasons, names) is given as typed.
    """
    if kind == "received":
        match = _RECEIVED.match(text)
        return (
            {"type": match["type"], "channel": match["channel"], "type_guessed": bool(match["guessed"])}
            if match
            else {}
        )
    if kind == "classified":
        match = _CLASSIFIED.match(text)
        if not match:
            return {}
        if match["confirmed"]:
            return {"type": match["confirmed"]}
        return {"before": match["before"], "after": match["after"]}
    if kind.startswith("identity-"):
        note, late = text, text.endswith(_ASKED_LATE)
        if late:
            note = text[: -len(_ASKED_LATE)].rstrip()
        return {"note": note, "asked_late": late}
    if kind == "extended":
        return {"reason": text}
    if kind == "forwarded":
        return {"controller": text}
    if kind == "closed":
        outcome, _, reason = text.partition(": ")
        return {"outcome": outcome, "reason": reason} if outcome in OUTCOMES else {}
    if kind == "note":
        return {"note": text}
    if kind == "corrected":
        changes = tuple((m["field"], _typed(m["before"]), _typed(m["after"])) for m in _CORRECTION.finditer(text))
        return {"changes": changes} if changes else {}
    if kind == "letter":
        match = _LETTER.match(text)
        return {"letter": match["letter"], "language": match["language"]} if match else {}
    return {}


def _get(session: Session, reference: str, expected_version: Any = None) -> Request:
    """The request; with `expected_version` (an edit), refused if someone has changed it since (StaleEdit)."""
    ref = (reference or "").strip().upper()
    row = session.scalar(select(Request).where(Request.reference == ref))
    if row is None:
        raise NotFound("request", reference)
    case_versions.check(session, row, expected_version)
    return row


def _open(row: Request) -> None:
    if row.outcome:
        raise RuleRefused(
            f"{row.reference} is closed ({row.outcome} on {_iso(row.replied_on)}); a closed request is not changed.",
            code="request-closed",
            values={"reference": row.reference, "outcome": row.outcome, "replied_on": row.replied_on},
        )


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else "—"


# -- operations ----------------------------------------------------------------------------------


def add(
    session: Session,
    *,
    type_guessed: bool = False,
    message_id: str | None = None,
    message_digest: str | None = None,
    **values: Any,
) -> str:
    """Logs a new request; returns its reference (DSR-YYYY-NNNN, numbered by the year of receipt).

    A request taken in from an e-mail (`services.email_intake`) says whether its type was guessed
    and carries the message's identity, so the same message is refused a second time.
    """
    clean = validate_new(**values)
    reference = references.next_reference(session, "DSR", clean["received_on"].year)
    row = _new_row(session, clean, reference, type_guessed, message_id, message_digest)
    session.add(row)
    session.flush()
    return reference


def _new_row(
    session: Session,
    clean: dict[str, Any],
    reference: str,
    type_guessed: bool = False,
    message_id: str | None = None,
    message_digest: str | None = None,
    *,
    make: Callable[..., Any] = Request,
) -> Any:
    """The new request's row (not yet in the session; a Request, or what `make` makes) with its "received" event."""
    holidays = holiday_calendar(session)
    clock = settings.get(session, "requests.identity_clock")
    if clean["role"] == "processor":
        # the term in force when it was logged is kept with it, like the identity clock
        clean["forward_term_agreed"] = "forward_within_days" in clean
        clean.setdefault("forward_within_days", settings.get(session, "requests.processor_forward_working_days"))
    row = make(
        reference=reference,
        identity_status="not-needed",
        identity_clock=clock,
        outcome_reason="",
        status="open",
        search_key="",
        created_at=now_of(session),
        type_guessed=type_guessed,
        message_id=message_id,
        message_digest=message_digest,
        **clean,
    )
    _derive(row, holidays)
    received = f"{row.type} request received by {row.channel}"
    _event(session, row, row.received_on, "received", received + (_TYPE_GUESSED if type_guessed else ""))
    return row


def add_logged(session: Session, facts: Mapping[str, Any]) -> str:
    """A request as a log records it, for a bulk import: logged (`add`), then its identity steps
    (`record_identity`), extension (`extend`) and outcome (`forward` or `close`), each checked by
    that operation's own steps, in that order; the row goes into the session only once all pass,
    and is not flushed (the import flushes, and the trail chains, a batch at once). A bulk writer that
    holds `bulk.NewRows` in `session.info[bulk.PENDING]` gets the row and its timeline there instead, to
    insert them with their audit entries through the Core (`store/bulk.py`).

    `facts` are the import's fields: type, received, subject, email, contact, details, channel,
    role, controller, language, identity_requested, identity_received, identity, identity_checked,
    extended, extension_reason, extension_told, outcome, reason, replied, forwarded.
    """
    v = facts
    clean = validate_new(
        type=v["type"],
        received=v["received"],
        subject=v["subject"],
        email=v.get("email") or "",
        contact=v.get("contact") or "",
        details=v.get("details") or "",
        channel=v.get("channel") or "email",
        role=v.get("role") or "controller",
        controller=v.get("controller") or "",
        language=v.get("language") or "fi",
    )
    # named in refusals until the steps pass and the row is numbered (a refused row takes no number)
    wanted = session.info.get(references.WANTED)
    memo = session.info.get(settings.MEMO)
    limits = memo.setdefault(_LIMITS, {}) if memo is not None else None
    row = _new_row(session, clean, wanted or "the new request", make=partial(LoggedRequest, limits_memo=limits))
    if v.get("identity_requested"):
        _record_identity(session, row, "requested", v["identity_requested"])
    if v.get("identity_received"):
        _record_identity(session, row, "received", v["identity_received"])
    if v.get("identity") in ("verified", "failed"):
        _record_identity(session, row, v["identity"], v.get("identity_checked") or v["received"])
    if v.get("extended") or v.get("extension_reason"):
        _extend(session, row, v.get("extension_reason"), v.get("extended") or v["received"], v.get("extension_told"))
    if v.get("outcome") == "forwarded-to-controller":
        _forward(session, row, v.get("controller") or None, v.get("forwarded") or v.get("replied"))
    elif v.get("outcome"):
        _close(session, row, v["outcome"], v.get("reason") or "", v.get("replied"))
    row.reference = references.next_reference(session, "DSR", row.received_on.year)
    _derive(row, holiday_calendar(session))  # the search key holds the reference
    pending = session.info.get(bulk.PENDING)
    if pending is None:
        session.add(row.model())
        return row.reference
    case = pending.add(Request, row.columns(), row.reference)
    for event in row.events:
        pending.add(RequestEvent, event, row.reference, parent=case, link="request_id")
    return row.reference


def classify(
    session: Session, reference: str, type: str | None = None, on: Any = None, *, expected_version: Any = None
) -> RequestView:
    """Confirms a request's guessed type, or gives an unclassified or guessed request its type.

    Only a type read from an e-mail is settled here: the month runs from receipt whatever the type,
    so the time limit stays; a type the DPO chose is not changed (see `correct`).
    """
    row = _get(session, reference, expected_version)
    if not row.type_guessed and row.type != "unclassified":
        raise RuleRefused(
            f"{row.reference}'s type ({row.type}) was chosen when it was logged; it is not changed.",
            code="request-type-fixed",
            values={"reference": row.reference, "type": row.type},
        )
    chosen = validation.one_of("type", type, REQUEST_TYPES) if type else row.type
    if chosen == "unclassified":
        raise InvalidInput("type", type or chosen, "is needed: say which type of request this is", code="type-needed")
    day = parse_date("on", on) if on else _today(session, None)
    note = f"type confirmed: {chosen}" if chosen == row.type else f"type: {row.type} → {chosen}"
    row.type, row.type_guessed = chosen, False
    _event(session, row, day, "classified", note)
    session.flush()
    return show(session, row.reference)


def taken_from(session: Session, message_id: str | None, message_digest: str) -> str | None:
    """The reference of the request already taken in from this message (same Message-ID or digest)."""
    match = Request.message_digest == message_digest
    if message_id:
        match = or_(match, Request.message_id == message_id)
    return session.scalar(select(Request.reference).where(match).order_by(Request.id).limit(1))


def record_identity(
    session: Session, reference: str, step: str, on: Any = None, note: str = "", *, expected_version: Any = None
) -> RequestView:
    """An identity step (Art. 12(6)): requested -> received -> verified or failed, each once, in order."""
    step = validation.one_of("identity step", step, IDENTITY_STEPS)
    note = validation.text("note", note)
    row = _get(session, reference, expected_version)
    _record_identity(session, row, step, on, note)
    session.flush()
    return show(session, row.reference)


def _record_identity(session: Session, row: Request, step: str, on: Any = None, note: str = "") -> None:
    step = validation.one_of("identity step", step, IDENTITY_STEPS)
    note = validation.text("note", note)
    _open(row)
    day = _date_not_before("on", on or _today(session, None), row.received_on, "before-received")
    previous = IDENTITY_FOLLOWS[step]
    if row.identity_status not in previous:
        raise RuleRefused(
            f"{row.reference}: identity is already '{row.identity_status}'; "
            f"'{step}' can follow only {' or '.join(previous)}.",
            code="identity-step-out-of-order",
            values={"reference": row.reference, "status": row.identity_status, "step": step},
        )
    if step == "requested":
        row.identity_requested_on = day
    elif step == "received":
        day = _date_not_before("on", day, row.identity_requested_on or row.received_on, "before-identity-request")
        row.identity_received_on = day
    else:
        earliest = row.identity_received_on or row.identity_requested_on or row.received_on
        day = _date_not_before("on", day, earliest, "before-identity-step")
        row.identity_checked_on = day
        if row.identity_requested_on and row.identity_received_on is None and step == "verified":
            # Verified without waiting for more: the information came with the check itself.
            row.identity_received_on = day
    row.identity_status = step
    holidays = holiday_calendar(session)
    _derive(row, holidays)
    if step == "requested" and time_limits.identity_asked_late(row.received_on, day, holidays):
        note = (note + " " if note else "") + _ASKED_LATE
    _event(session, row, day, f"identity-{step}", note)


def extend(
    session: Session,
    reference: str,
    reason: str | None,
    on: Any = None,
    told_on: Any = None,
    *,
    expected_version: Any = None,
) -> RequestView:
    """Extends the limit by two further months (Art. 12(3)): once, with a reason."""
    reason = validation.text("reason", reason)
    row = _get(session, reference, expected_version)
    _extend(session, row, reason, on, told_on)
    session.flush()
    return show(session, row.reference)


def _extend(session: Session, row: Request, reason: str | None, on: Any = None, told_on: Any = None) -> None:
    reason = validation.text("reason", reason)
    _open(row)
    if not reason:
        raise RuleRefused(
            f"{row.reference}: an extension needs its reasons; nothing was changed.",
            code="extension-reasons-missing",
            values={"reference": row.reference},
        )
    if row.extended_on is not None:
        raise RuleRefused(
            f"{row.reference} was already extended on {row.extended_on.isoformat()}; "
            "the limit may be extended only once.",
            code="already-extended",
            values={"reference": row.reference, "extended_on": row.extended_on},
        )
    if row.role == "processor":
        raise RuleRefused(
            f"{row.reference} was received as a processor: the controller decides on an extension; "
            "forward the request to it.",
            code="extension-by-processor",
            values={"reference": row.reference},
        )
    if row.due_on is None:
        raise RuleRefused(
            f"{row.reference}: the time limit has not started (identity information is awaited).",
            code="time-limit-not-started",
            values={"reference": row.reference},
        )
    day = _date_not_before("on", on or _today(session, None), row.received_on, "before-received")
    first = row.first_month_due_on
    # A day given that is past the first month is a decision made too late: refused. Without a day (a
    # script recording a decision after the fact, as the command-line contract allows) it is kept, dated
    # today, and counts for nothing: the warning `extension-decided-late` says so and the reply is late.
    if first is not None and day > first and on is not None:
        raise RuleRefused(
            f"{row.reference}: an extension must be decided and told within the first month (Art. 12(3)); "
            f"the limit was {first.isoformat()}, and {day.isoformat()} is after it. Nothing was changed.",
            code="extension-too-late",
            values={"reference": row.reference, "limit": first, "on": day},
        )
    told = _date_not_before("told_on", told_on, day, "before-extension") if told_on else None
    _told_in_first_month(row, told, "told_on")
    row.extension_reason = reason
    row.extended_on = day
    row.extension_told_on = told
    _derive(row, holiday_calendar(session))
    _event(session, row, day, "extended", reason)
    if told:
        _event(session, row, told, "extension-told", "")


def _told_in_first_month(row: Request, told: dt.date | None, field_name: str) -> None:
    """Art. 12(3): telling the requester of an extension after the first month makes it no extension."""
    first = row.first_month_due_on
    if told is not None and first is not None and told > first:
        raise InvalidInput(
            field_name,
            told.isoformat(),
            f"is after the first month (the limit was {first.isoformat()}): an extension told later does not "
            "count (Art. 12(3))",
            code="told-after-first-month",
            values={"limit": first},
        )


def record_extension_told(
    session: Session, reference: str, on: Any = None, *, expected_version: Any = None
) -> RequestView:
    """When the requester was told of the extension and its reasons (due within the first month)."""
    row = _get(session, reference, expected_version)
    if row.extended_on is None:
        raise RuleRefused(
            f"{row.reference} is not extended; there is no extension to tell about.",
            code="not-extended",
            values={"reference": row.reference},
        )
    if row.extension_told_on is not None:
        raise RuleRefused(
            f"{row.reference}: the extension notice was already recorded ({row.extension_told_on}).",
            code="extension-already-told",
            values={"reference": row.reference, "told_on": row.extension_told_on},
        )
    day = _date_not_before("on", on or _today(session, None), row.extended_on, "before-extension")
    _told_in_first_month(row, day, "on")
    row.extension_told_on = day
    _event(session, row, day, "extension-told", "")
    session.flush()
    return show(session, row.reference)


def forward(
    session: Session,
    reference: str,
    controller: str | None = None,
    on: Any = None,
    *,
    expected_version: Any = None,
) -> RequestView:
    """A request received as a processor goes to the controller (Art. 28(3)(e)); this closes it here."""
    row = _get(session, reference, expected_version)
    _forward(session, row, controller, on)
    session.flush()
    return show(session, row.reference)


def _forward(session: Session, row: Request, controller: str | None = None, on: Any = None) -> None:
    _open(row)
    name = validation.text("controller", controller, limit=MAX_NAME) or row.controller_name
    if row.role != "processor":
        raise RuleRefused(
            f"{row.reference} was received as controller; only a processor forwards to its controller.",
            code="forward-by-controller",
            values={"reference": row.reference},
        )
    if not name:
        raise InvalidInput(
            "controller", controller, "is needed: to which controller was it forwarded?", code="controller-needed"
        )
    day = _date_not_before("on", on or _today(session, None), row.received_on, "before-received")
    row.controller_name = name
    row.forwarded_on = day
    row.outcome = "forwarded-to-controller"
    row.replied_on = day
    _derive(row, holiday_calendar(session))
    _event(session, row, day, "forwarded", name)


def close(
    session: Session,
    reference: str,
    outcome: str | None,
    reason: str | None = "",
    replied_on: Any = None,
    *,
    expected_version: Any = None,
) -> RequestView:
    """Records the outcome and the day the reply went out; a refusal needs its reasons (Art. 12(4))."""
    outcome = validation.one_of("outcome", outcome, OUTCOMES)
    reason = validation.text("reason", reason)
    row = _get(session, reference, expected_version)
    _close(session, row, outcome, reason, replied_on)
    session.flush()
    return show(session, row.reference)


def _close(
    session: Session, row: Request, outcome: str | None, reason: str | None = "", replied_on: Any = None
) -> None:
    outcome = validation.one_of("outcome", outcome, OUTCOMES)
    reason = validation.text("reason", reason)
    _open(row)
    if outcome in OUTCOMES_NEEDING_REASONS and not reason:
        raise RuleRefused(
            f"{row.reference}: a refusal needs its reasons; nothing was changed.",
            code="refusal-reasons-missing",
            values={"reference": row.reference},
        )
    if outcome == "forwarded-to-controller":
        _forward(session, row, None, replied_on)
        return
    day = _date_not_before("replied_on", replied_on or _today(session, None), row.received_on, "before-received")
    row.outcome = outcome
    row.outcome_reason = reason
    row.replied_on = day
    _derive(row, holiday_calendar(session))
    _event(session, row, day, "closed", f"{outcome}: {reason}" if reason else outcome)


def add_note(
    session: Session, reference: str, text: str | None, on: Any = None, *, expected_version: Any = None
) -> RequestView:
    """A note on the timeline (a call, a reminder sent...); notes are added, never edited."""
    text = validation.text("text", text, required=True)
    row = _get(session, reference, expected_version)
    day = parse_date("on", on) if on else _today(session, None)
    _event(session, row, day, "note", text)
    session.flush()
    return show(session, row.reference)


def correct(
    session: Session, reference: str, on: Any = None, *, expected_version: Any = None, **changes: Any
) -> RequestView:
    """Corrects the requester's details (a misspelt name, a new e-mail); each change is noted on the timeline.

    The type and the receipt date are not corrected here: they fix the time limit, and a request
    logged wrongly is closed as withdrawn with a note and logged again, so its history stays.
    """
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise InvalidInput(
            "field",
            sorted(unknown)[0],
            f"cannot be corrected (only {', '.join(EDITABLE)})",
            code="not-correctable",
            values={"editable": tuple(EDITABLE)},
        )
    row = _get(session, reference, expected_version)
    current = {
        "type": row.type,
        "received": row.received_on,
        "subject": row.subject_name,
        "email": row.subject_email,
        "contact": row.subject_contact,
        "details": row.details,
        "channel": row.channel,
        "role": row.role,
        "controller": row.controller_name,
        "language": row.language,
    }
    wanted = {key: value for key, value in changes.items() if value is not None}
    clean = validate_new(**{**current, **wanted})
    day = parse_date("on", on) if on else _today(session, None)
    notes = []
    for key in wanted:
        column = EDITABLE[key]
        if getattr(row, column) != clean[column]:
            notes.append(f"{key}: {getattr(row, column)!r} → {clean[column]!r}")
            setattr(row, column, clean[column])
    if not notes:
        raise RuleRefused(
            f"{row.reference}: nothing to correct (the values given are the ones stored).",
            code="nothing-to-correct",
            values={"reference": row.reference},
        )
    _derive(row, holiday_calendar(session))
    _event(session, row, day, "corrected", "; ".join(notes))
    session.flush()
    return show(session, row.reference)


def record_letter(session: Session, reference: str, kind: str, language: str, on: dt.date) -> None:
    """Notes on the timeline that a reply letter was produced."""
    row = _get(session, reference)
    _event(session, row, on, "letter", f"{kind} ({language})")
    session.flush()


# -- reading -------------------------------------------------------------------------------------


def _view(
    session: Session, row: Request, today: dt.date, holidays: HolidayCalendar, soon: int, language: str = "en"
) -> RequestView:
    limit = _limit(row, holidays)
    flags = time_limits.flags(
        row.due_on,
        today,
        closed=bool(row.outcome),
        soon_days=soon,
        extended=row.extended_on is not None,
        extension_told=row.extension_told_on,
        first_month_due=row.first_month_due_on,
    )
    if limit is None:
        rule = (
            f"waiting for the identity information asked on {_iso(row.identity_requested_on)}: "
            "the month starts again when it arrives (Art. 12(6))"
        )
    else:
        rule = limit.explain(language)
        if limit.working_days and not row.forward_term_agreed:
            rule += f" (the setting's {limit.working_days} working days when it was logged)"
        elif limit.working_days:
            rule += " (the term agreed in the data processing agreement)"
        if limit.due != row.due_on and row.due_on is not None:
            rule += f" (stored: {row.due_on.isoformat()}, computed under earlier holiday settings)"
    on_time = time_limits.answered_in_time(
        row.replied_on,
        row.due_on,
        extended=row.extended_on is not None,
        extension_told=row.extension_told_on,
        first_month_due=row.first_month_due_on,
    )
    return RequestView(
        reference=row.reference,
        type=row.type,
        channel=row.channel,
        received_on=row.received_on,
        subject_name=row.subject_name,
        subject_email=row.subject_email,
        subject_contact=row.subject_contact,
        details=row.details,
        language=row.language,
        role=row.role,
        controller_name=row.controller_name,
        forwarded_on=row.forwarded_on,
        forward_within_days=row.forward_within_days,
        forward_term_agreed=row.forward_term_agreed,
        identity_status=row.identity_status,
        identity_requested_on=row.identity_requested_on,
        identity_received_on=row.identity_received_on,
        identity_checked_on=row.identity_checked_on,
        identity_clock=row.identity_clock,
        clock_start_on=limit.start if limit else None,
        extension_reason=row.extension_reason,
        extended_on=row.extended_on,
        extension_told_on=row.extension_told_on,
        first_month_due_on=row.first_month_due_on,
        due_on=row.due_on,
        due_rule=rule,
        due_rule_facts=limit.facts() if limit else None,
        status=row.status,
        outcome=row.outcome,
        outcome_reason=row.outcome_reason,
        replied_on=row.replied_on,
        answered_on_time=on_time,
        overdue=flags.overdue,
        due_soon=flags.due_soon,
        extension_not_told=flags.extension_not_told,
        created_at=row.created_at,
        timeline=tuple(EventView(e.at, e.on, e.kind, e.text) for e in row.events),
        timezone=organisation.get(session).timezone,
        type_guessed=row.type_guessed,
        warnings=_warnings(row, holidays),
        version=row.version,
    )


def _warnings(row: Request, holidays: HolidayCalendar) -> tuple[RequestWarning, ...]:
    found = []
    if row.role != "processor" and time_limits.identity_asked_late(
        row.received_on, row.identity_requested_on, holidays
    ):
        found.append(
            RequestWarning(
                "identity-asked-late",
                f"Identity information was asked for on {_iso(row.identity_requested_on)}, after the first month "
                f"had ended ({_iso(time_limits.period_end(row.received_on, 1, holidays).due)}): the clock does not "
                "restart, and the request stays due on its original date (Art. 12(3), 12(6)).",
            )
        )
    if row.identity_status == "failed" and not row.outcome:
        found.append(
            RequestWarning(
                "identity-failed-refusal-due",
                f"The identity could not be verified: the time limit still runs. Tell the requester by "
                f"{_iso(row.due_on)} that you cannot act and why, with the right to complain to the Data Protection "
                "Ombudsman and to a judicial remedy (Art. 12(2), 12(4)): close the request as refused with its "
                "reasons and send the refusal letter.",
            )
        )
    late_extension = row.extended_on is not None and row.first_month_due_on is not None
    if late_extension and row.extended_on > row.first_month_due_on:
        found.append(
            RequestWarning(
                "extension-decided-late",
                f"The extension was recorded on {_iso(row.extended_on)}, after the first month had ended "
                f"({_iso(row.first_month_due_on)}): an extension must be decided and told within the first month, "
                "so this one does not count and the reply was due at the end of the first month (Art. 12(3)).",
            )
        )
    elif (
        row.outcome
        and row.extended_on is not None
        and not time_limits.extension_counts(row.extension_told_on, row.first_month_due_on)
    ):
        found.append(
            RequestWarning(
                "extension-not-told",
                f"The requester was not told of the extension by {_iso(row.first_month_due_on)}: the reply was due "
                "at the end of the first month (Art. 12(3)).",
            )
        )
    return tuple(found)


def show(session: Session, reference: str, today: dt.date | None = None, language: str = "en") -> RequestView:
    row = _get(session, reference)
    soon = settings.get(session, "requests.due_soon_days")
    return _view(session, row, _today(session, today), holiday_calendar(session), soon, language)


def _filtered(
    session: Session, query: Select[Any], filters: Filters, today: dt.date, walk: bool = False
) -> Select[Any]:
    """`query` narrowed to the filters. `walk`: many match a search, so the page is read by walking the
    sort column's index and testing each row against the hits (search.matches), not by sorting every hit."""
    filters = filters.checked()
    if filters.status:
        query = query.where(Request.status == filters.status)
    if filters.type:
        query = query.where(Request.type == filters.type)
    if filters.overdue:  # IN over the (status, due_on) index: three short range scans
        query = query.where(Request.status.in_(OPEN_STATUSES), Request.due_on < today)
    term = filters.search.strip().casefold()
    if term:
        # The trigram index answers in milliseconds at any size (and folds Ä/Ö, which SQLite's LIKE does
        # not); LIKE over the search key is the fallback for short terms and other databases.
        found = search.matches(session, "request", Request.id, term, walk)
        if found is not None:
            return query.where(found)
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(Request.search_key.like(f"%{escaped}%", escape="\\"))
    return query


def _row_view(row: Any, today: dt.date, soon: int) -> RequestRow:
    closed = row.status == "closed"
    overdue = not closed and row.due_on is not None and today > row.due_on
    due_soon = not closed and not overdue and row.due_on is not None and (row.due_on - today).days <= soon
    return RequestRow(
        reference=row.reference,
        type=row.type,
        status=row.status,
        received_on=row.received_on,
        due_on=row.due_on,
        subject_name=row.subject_name,
        subject_email=row.subject_email,
        role=row.role,
        outcome=row.outcome,
        overdue=overdue,
        due_soon=due_soon,
    )


_ROW_COLUMNS = (
    Request.id,
    Request.reference,
    Request.type,
    Request.status,
    Request.received_on,
    Request.due_on,
    Request.subject_name,
    Request.subject_email,
    Request.role,
    Request.outcome,
)


def fetch(
    session: Session,
    filters: Filters = Filters(),
    *,
    offset: int = 0,
    limit: int | None = None,
    sort: str = "received_on",
    descending: bool = False,
    today: dt.date | None = None,
) -> list[RequestRow]:
    """A page of the table, sorted and filtered in SQL (the id breaks ties so pages never overlap)."""
    if sort not in SORT_KEYS:
        raise InvalidInput(
            "sort", sort, f"is not one of {', '.join(SORT_KEYS)}", code="not-a-choice", values={"choices": SORT_KEYS}
        )
    day = _today(session, today)
    column = getattr(Request, sort)
    searching = bool(filters.search.strip())
    walk = searching and _has_own_index(sort) and _many(session, filters, day)
    # PostgreSQL's planner chooses between walking and sorting itself (store/search.py, walks_indexes).
    chosen_here = searching and search.walks_indexes(session)
    if chosen_here and not walk:
        # A substring search matching a few hundred rows: sort those once rather than walk the sort
        # column's index checking every row (`|| ''` keeps the order and keeps SQLite off that index).
        # With more than COUNT_CAP hits, walking the index finds a page sooner than sorting them all.
        column = type_coerce(column, String).concat("")
    order = [column.desc(), Request.id.desc()] if descending else [column.asc(), Request.id.asc()]
    # On SQLite only ids and sort keys are ordered, whole rows read for the page alone; PostgreSQL reads
    # each row it tests anyway (its stored search text), so the page's rows come in the same pass.
    columns = (Request.id,) if chosen_here else _ROW_COLUMNS
    query = _filtered(session, select(*columns), filters, day, walk).order_by(*order).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    if chosen_here:
        query = select(*_ROW_COLUMNS).where(Request.id.in_(query)).order_by(*order)
    soon = settings.get(session, "requests.due_soon_days")
    return [_row_view(row, day, soon) for row in session.execute(query)]


# A search counts its matches up to this many and then says "1,000+": counting (and ordering) every
# one of 9,000 hits of "@gmail" at 100,000 requests is most of a keystroke's time (issue 21).
COUNT_CAP = 1000


def count(
    session: Session,
    filters: Filters = Filters(),
    today: dt.date | None = None,
    cap: int | None = None,
) -> int:
    """How many requests match. With `cap`, a search stops counting past it: an answer above `cap`
    (cap + 1) means "more than cap". Filters without a search are counted from indexes, exactly."""
    term = filters.search.strip()
    if term and cap is not None:
        return _count_up_to(session, filters, _today(session, today), cap + 1)
    if term and not (filters.status or filters.type or filters.overdue):
        indexed = search.matching_ids(session, "request", term.casefold())
        if indexed is not None:  # the index alone knows how many match (it is kept in step by triggers)
            return int(session.scalar(select(func.count()).select_from(indexed.subquery())) or 0)
    query = _filtered(session, select(func.count()).select_from(Request), filters, _today(session, today))
    return int(session.scalar(query) or 0)


def _count_up_to(session: Session, filters: Filters, today: dt.date, most: int) -> int:
    """The matches, counted until `most`: the trigram index stops reading its lists there."""
    indexed = None
    if not (filters.status or filters.type or filters.overdue):
        indexed = search.matching_ids(session, "request", filters.search.strip().casefold())
    query = indexed if indexed is not None else _filtered(session, select(Request.id), filters, today)
    return int(session.scalar(select(func.count()).select_from(query.limit(most).subquery())) or 0)


@cache
def _has_own_index(column: str) -> bool:
    """Whether `column` has an index of its own, ordered as a page is (the column, then the id): walking
    it stops at the page. Not status or type: their indexes go on by date, so SQLite would read every
    row of a status (most requests are closed) to order them by id."""
    table = Request.__table__
    single = [tuple(c.name for c in index.columns) for index in table.indexes]
    single += [
        tuple(c.name for c in unique.columns) for unique in table.constraints if isinstance(unique, UniqueConstraint)
    ]
    return (column,) in single


def _many(session: Session, filters: Filters, today: dt.date) -> bool:
    """Whether a search matches more than COUNT_CAP requests (at 100,000, more than 1 %): then a page is
    found sooner by walking the sort column's index than by sorting every hit. Only where the trigram
    index serves the term: LIKE (short terms) would read every row to learn that a rare term is rare."""
    if not search.walks_indexes(session):
        return False
    if search.matching_ids(session, "request", filters.search.strip().casefold()) is None:
        return False
    return _count_up_to(session, filters, today, COUNT_CAP + 1) > COUNT_CAP


LIST_PAGE = 200  # `request list` shows a page of this many unless asked for fewer or more
LIST_MAX = 1000


@dataclass(frozen=True)
class ViewPage:
    """A page of full views and how many requests match in all (the page never holds every match).

    `capped`: a search stopped counting, and more than `total` match ("1,000+")."""

    views: list[RequestView]
    total: int
    offset: int
    capped: bool = False

    @property
    def more(self) -> bool:
        """Whether matches follow this page."""
        return self.total + self.capped > self.offset + len(self.views)


def list_views(
    session: Session,
    filters: Filters,
    limit: int | None = LIST_PAGE,
    today: dt.date | None = None,
    offset: int = 0,
) -> list[RequestView]:
    """Full views (as `show`) in order of receipt: `limit` of them from `offset` (None: every match)."""
    day = _today(session, today)
    holidays, soon = holiday_calendar(session), settings.get(session, "requests.due_soon_days")
    # Timelines in one query for the page, not one per request; a search with many hits walks the
    # receipt index testing each row rather than sorting every hit (fetch).
    walk = limit is not None and bool(filters.search.strip()) and _many(session, filters, day)
    query = _filtered(session, select(Request).options(selectinload(Request.events)), filters, day, walk)
    query = query.order_by(Request.received_on, Request.id).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return [_view(session, row, day, holidays, soon) for row in session.scalars(query)]


def page_views(
    session: Session, filters: Filters, limit: int = LIST_PAGE, offset: int = 0, today: dt.date | None = None
) -> ViewPage:
    """`request list`: a page of at most LIST_MAX full views and the number of all matches. A search
    counts past the page's end, and past COUNT_CAP, but no further: then the total is a floor."""
    if not 0 <= limit <= LIST_MAX:
        raise InvalidInput(
            "limit",
            limit,
            f"must be between 0 and {LIST_MAX} (page through the rest with offset)",
            code="page-size-range",
            values={"most": LIST_MAX},
        )
    if offset < 0:
        raise InvalidInput("offset", offset, "must not be negative", code="negative")
    views = list_views(session, filters, limit, today, offset)
    if not filters.search.strip():
        return ViewPage(views, count(session, filters, today), offset)
    cap = max(COUNT_CAP, offset + limit)  # always enough to tell whether a next page exists
    found = count(session, filters, today, cap)
    return ViewPage(views, min(found, cap), offset, capped=found > cap)


def iter_views(
    session: Session, start: dt.date | None = None, end: dt.date | None = None, language: str = "en"
) -> Iterable[RequestView]:
    """Every request received between start and end (inclusive), for the log; streamed in batches."""
    day = _today(session, None)
    holidays, soon = holiday_calendar(session), settings.get(session, "requests.due_soon_days")
    # Timelines come in one query per batch, not one per request (100,000 queries on a large log).
    query = select(Request).options(selectinload(Request.events)).order_by(Request.received_on, Request.id)
    if start:
        query = query.where(Request.received_on >= start)
    if end:
        query = query.where(Request.received_on <= end)
    for row in session.scalars(query.execution_options(yield_per=500)):
        yield _view(session, row, day, holidays, soon, language)


def total(session: Session, start: dt.date | None = None, end: dt.date | None = None) -> int:
    query = select(func.count(Request.id))
    if start:
        query = query.where(Request.received_on >= start)
    if end:
        query = query.where(Request.received_on <= end)
    return int(session.scalar(query) or 0)


# -- what other modules ask ----------------------------------------------------------------------


def deadlines(session: Session, now: dt.datetime) -> list[Deadline]:
    """Every open limit of the requests (services/open_limits/requests.py reads them through the Core)."""
    from dpo_desk.services.core_rows import rows_of
    from dpo_desk.services.open_limits import requests as limits

    return limits.deadlines(rows_of(session), now, organisation.get(session).timezone)


def open_count(session: Session) -> int:
    return int(session.scalar(select(func.count(Request.id)).where(Request.status != "closed")) or 0)


def statistics(session: Session, start: dt.date, end: dt.date) -> RequestStatistics:
    """Requests received between start and end inclusive: by type, outcome, month; timeliness."""
    period = (Request.received_on >= start, Request.received_on <= end)
    by_type = {
        t: n for t, n in session.execute(select(Request.type, func.count()).where(*period).group_by(Request.type))
    }
    by_outcome = {
        o: n
        for o, n in session.execute(
            select(Request.outcome, func.count()).where(*period, Request.outcome.is_not(None)).group_by(Request.outcome)
        )
    }
    by_month: dict[str, dict[str, int]] = {}
    month = year_month(Request.received_on)
    for key, kind, n in session.execute(
        select(month, Request.type, func.count()).where(*period).group_by(month, Request.type).order_by(month)
    ):
        by_month.setdefault(key, {})[kind] = n
    closed = sum(by_outcome.values())
    replied = (*period, Request.outcome.is_not(None), Request.replied_on.is_not(None))
    extension_counts = or_(
        Request.extended_on.is_(None),
        Request.extension_told_on <= Request.first_month_due_on,
        Request.replied_on <= Request.first_month_due_on,
    )
    on_time = int(
        session.scalar(
            select(func.count()).where(
                *replied, Request.due_on.is_not(None), Request.replied_on <= Request.due_on, extension_counts
            )
        )
        or 0
    )
    days = list(session.scalars(select(days_between(Request.received_on, Request.replied_on)).where(*replied)))
    return RequestStatistics(
        total=sum(by_type.values()),
        by_type=by_type,
        by_outcome=by_outcome,
        closed=closed,
        answered_on_time=on_time,
        on_time_share=(on_time / closed) if closed else None,
        median_days_to_close=float(stats.median(days)) if days else None,
        by_month=by_month,
    )


def closed_before(session: Session, day: dt.date) -> list[str]:
    query = select(Request.reference).where(Request.replied_on < day, Request.outcome.is_not(None))
    return list(session.scalars(query.order_by(Request.reference)))


def identity_verified_references(session: Session) -> set[str]:
    return set(session.scalars(select(Request.reference).where(Request.identity_status == "verified")))


def references_matching(session: Session, text: str, limit: int = 20) -> list[str]:
    """References whose reference, name or e-mail contain `text` (for a global quick search)."""
    term = search.term_of(text).strip().casefold()
    if not term:
        return []
    query = select(Request.reference).where(or_(Request.search_key.contains(term, autoescape=True)))
    return list(session.scalars(query.limit(limit)))

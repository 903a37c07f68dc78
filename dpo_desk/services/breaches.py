"""Breach incidents: the facts, the 72-hour clock, the risk decision, notifications in phases, data subjects.

Every operation validates all of its input before it touches a row, so refused input stores nothing.
Times come in as text or aware datetimes and are kept in UTC; views carry UTC and the organisation's
zone so that printing can show local time with its offset. The rule applied (window, threshold, where
the count starts) comes from `resources/breach-rules.json` by the date of awareness.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, selectinload

from dpo_desk.clock import now_of
from dpo_desk.domain import validation
from dpo_desk.domain.deadline import Deadline
from dpo_desk.domain.timeparse import local_iso, parse_time, zone
from dpo_desk.errors import InvalidInput, NotFound, RuleRefused
from dpo_desk.rules import breach_clock, breach_content, enisa
from dpo_desk.rules.breach_clock import BreachRule
from dpo_desk.rules.urgency import urgency
from dpo_desk.services import case_versions, organisation, references
from dpo_desk.services.breach_rules import rule_for
from dpo_desk.store import search as search_index
from dpo_desk.store.models.breaches import Breach, BreachNotification

MODULE = "breaches"
NATURES = ("confidentiality", "integrity", "availability")
CAUSES = (
    "ransomware",
    "data-exfiltration",
    "internal-human-error",
    "lost-or-stolen",
    "misdelivery",
    "social-engineering",
    "other",
)
INTENTS = ("accidental", "deliberate", "unknown")
ROLES = ("controller", "processor")
RISKS = breach_clock.RISK_LEVELS
STATUSES = ("open", "closed")
PHASES = ("initial", "supplementary")
COMMUNICATIONS = ("done", "planned", "exempt")
EXEMPTIONS = ("a", "b", "c")  # Art. 34(3)(a) protected data, (b) later measures, (c) disproportionate effort
# Below a spreadsheet cell's 32,767 characters, so the Art. 33(5) register can always be written (issue 22).
MAX_TEXT = 20_000

# field -> its kind (how its value is checked); errors name the field itself
FIELDS: dict[str, str] = {
    "title": "title",
    "occurred_from": "time",
    "occurred_to": "time",
    "ongoing": "bool",
    "discovered_at": "time",
    "aware_at": "required-time",
    "how_found": "text",
    "nature": "nature",
    "cause": "cause",
    "intent": "intent",
    "systems": "text",
    "description": "text",
    "data_categories": "text",
    "special_categories": "bool",
    "criminal_data": "bool",
    "identity_codes": "bool",
    "vulnerable_subjects": "bool",
    "subject_categories": "text",
    "subjects_approx": "count",
    "subjects_estimated": "bool",
    "records_approx": "count",
    "records_estimated": "bool",
    "member_states": "countries",
    "consequences": "text",
    "measures_before": "text",
    "measures_taken": "text",
    "measures_proposed": "text",
    "role": "role",
    "controller_name": "text",
    "controller_told_at": "time",
    "processor_name": "text",
    "processor_told_at": "time",
    "joint_controllers": "text",
    "notifier_name": "text",
    "risk": "risk",
    "risk_reasoning": "text",
    "enisa_dpc": "dpc",
    "enisa_ei": "ei",
    "enisa_cb": "cb",
    "enisa_cb_confidentiality": "cb-step",
    "enisa_cb_integrity": "cb-step",
    "enisa_cb_availability": "cb-step",
    "enisa_malicious": "optional-bool",
    "lead_authority": "text",
    "other_authorities": "text",
    "other_notifications": "text",
    "attachments_note": "text",
}
SORT_KEYS = ("reference", "title", "status", "aware_at", "authority_deadline", "risk", "cause", "closed_at")


# -- views ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NotificationView:
    number: int
    phase: str
    sent_at: dt.datetime
    content: str
    authority_reference: str
    late: bool
    late_reason: str
    recorded_at: dt.datetime
    missing_items: tuple[str, ...] = ()  # the Art. 33(3) items this phase went out without

    def to_json(self, tz_name: str) -> dict[str, Any]:
        return {
            "number": self.number,
            "phase": self.phase,
            "sent_at": local_iso(self.sent_at, tz_name),
            "content": self.content,
            "authority_reference": self.authority_reference,
            "late": self.late,
            "late_reason": self.late_reason,
            "missing_items": list(self.missing_items),
        }


@dataclass(frozen=True)
class BreachView:
    """A breach as every reader sees it: stored facts plus what the rules make of them."""

    reference: str
    title: str
    status: str
    timezone: str
    created_at: dt.datetime
    occurred_from: dt.datetime | None
    occurred_to: dt.datetime | None
    ongoing: bool
    discovered_at: dt.datetime | None
    aware_at: dt.datetime
    authority_deadline: dt.datetime
    how_found: str
    nature: tuple[str, ...]
    cause: str
    intent: str
    systems: str
    description: str
    data_categories: str
    special_categories: bool
    criminal_data: bool
    identity_codes: bool
    vulnerable_subjects: bool
    subject_categories: str
    subjects_approx: int | None
    subjects_estimated: bool
    records_approx: int | None
    records_estimated: bool
    member_states: tuple[str, ...]
    consequences: str
    measures_before: str
    measures_taken: str
    measures_proposed: str
    role: str
    controller_name: str
    controller_told_at: dt.datetime | None
    processor_name: str
    processor_told_at: dt.datetime | None
    joint_controllers: str
    notifier_name: str
    risk: str | None
    risk_reasoning: str
    enisa_dpc: float | None
    enisa_ei: float | None
    enisa_cb: float | None
    enisa_cb_confidentiality: float | None
    enisa_cb_integrity: float | None
    enisa_cb_availability: float | None
    enisa_malicious: bool | None
    communication: str
    communicated_at: dt.datetime | None
    communication_method: str
    communicated_count: int | None
    exemption: str
    exemption_reason: str
    lead_authority: str
    other_authorities: str
    other_notifications: str
    attachments_note: str
    closed_at: dt.datetime | None
    closing_summary: str
    notifications: tuple[NotificationView, ...]
    rule: BreachRule
    notification_required: bool
    communication_required: bool
    warnings: tuple[str, ...] = field(default=())
    version: int = 1  # one more at each edit; an edit names the one it was based on (`expected_version`)
    # the warnings of the Art. 33(3) items the latest phase went out without, as data (code, key, article),
    # so a front end words them in its language; their English messages are among `warnings` too
    outstanding: tuple[breach_content.Outstanding, ...] = field(default=())

    @property
    def severity(self) -> enisa.Severity | None:
        if None in (self.enisa_dpc, self.enisa_ei, self.enisa_cb):
            return None
        return enisa.assess(self.enisa_dpc, self.enisa_ei, self.enisa_cb)  # type: ignore[arg-type]

    @property
    def first_notified_at(self) -> dt.datetime | None:
        return self.notifications[0].sent_at if self.notifications else None

    @property
    def notified(self) -> bool:
        return bool(self.notifications)

    @property
    def notified_late(self) -> bool:
        return bool(self.notifications) and self.notifications[0].late

    def overdue(self, now: dt.datetime) -> bool:
        """Still owes the authority a notification and the 72 hours have run out."""
        return (
            self.notification_required and not self.notified and self.status == "open" and now > self.authority_deadline
        )

    def local(self, moment: dt.datetime | None) -> str | None:
        return local_iso(moment, self.timezone)

    def to_json(self) -> dict[str, Any]:
        severity = self.severity
        times = {
            "created_at",
            "occurred_from",
            "occurred_to",
            "discovered_at",
            "aware_at",
            "authority_deadline",
            "controller_told_at",
            "processor_told_at",
            "communicated_at",
            "closed_at",
        }
        document: dict[str, Any] = {}
        for name in BreachView.__dataclass_fields__:
            if name in ("notifications", "rule", "warnings", "timezone", "outstanding"):
                continue
            value = getattr(self, name)
            document[name] = (
                self.local(value) if name in times else (list(value) if isinstance(value, tuple) else value)
            )
        document.update(
            {
                "notified": self.notified,
                "notified_late": self.notified_late,
                "first_notified_at": self.local(self.first_notified_at),
                "notifications": [n.to_json(self.timezone) for n in self.notifications],
                "enisa": None
                if severity is None
                else {
                    "dpc": severity.dpc,
                    "ei": severity.ei,
                    "cb": severity.cb,
                    "score": severity.score,
                    "band": severity.band,
                },
                "rule": {
                    "window_hours": self.rule.window_hours,
                    "notify_threshold": self.rule.notify_threshold,
                    "count_from": self.rule.count_from,
                    "effective_from": self.rule.effective_from.isoformat(),
                    "source": self.rule.source,
                },
                "warnings": list(self.warnings),
                "timezone": self.timezone,
            }
        )
        return document


@dataclass(frozen=True)
class BreachRow:
    """One line of the breaches table."""

    reference: str
    title: str
    status: str
    aware_at: dt.datetime
    authority_deadline: dt.datetime
    risk: str | None
    cause: str
    first_notified_at: dt.datetime | None
    timezone: str
    role: str = "controller"

    @property
    def aware_text(self) -> str:
        return _short(self.aware_at, self.timezone)

    @property
    def deadline_text(self) -> str:
        return _short(self.authority_deadline, self.timezone)

    @property
    def notified_text(self) -> str:
        return _short(self.first_notified_at, self.timezone) if self.first_notified_at else ""

    def tone(self, now: dt.datetime) -> str | None:
        if self.status == "closed":
            return "done"
        if self.first_notified_at is None and self.risk != "none" and self.role == "controller":
            return urgency(self.authority_deadline, now).tone  # the scale every module's limits share
        return None

    def to_json(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "title": self.title,
            "status": self.status,
            "aware_at": local_iso(self.aware_at, self.timezone),
            "authority_deadline": local_iso(self.authority_deadline, self.timezone),
            "risk": self.risk,
            "cause": self.cause,
            "first_notified_at": local_iso(self.first_notified_at, self.timezone),
            "role": self.role,
        }


@dataclass(frozen=True)
class BreachStatistics:
    total: int
    by_cause: dict[str, int]
    by_risk: dict[str, int]
    notified: int
    notified_late: int
    not_notified: int
    by_month: dict[str, int]


def _short(moment: dt.datetime | None, tz_name: str) -> str:
    if moment is None:
        return ""
    return moment.astimezone(zone(tz_name)).strftime("%Y-%m-%d %H:%M")


# -- validation -------------------------------------------------------------------------------------


def _count(label: str, value: Any) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise InvalidInput(label, value, "is not a whole number", code="not-whole-number")
    try:
        number = int(str(value).strip().replace(" ", "").replace("\u00a0", ""))
    except ValueError:
        raise InvalidInput(label, value, "is not a whole number", code="not-whole-number") from None
    if number < 0:
        raise InvalidInput(label, value, "must not be negative", code="negative")
    return number


def _float(label: str, value: Any, check: Callable[[float], float], code: str) -> float | None:
    """A score checked by `check`; refused with `code`, which names what `check` allows."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return check(float(str(value).strip().replace(",", ".")))
    except ValueError as exc:
        raise InvalidInput(label, value, f"is refused: {exc}", code=code, values={"reason": str(exc)}) from None


def _nature(label: str, value: Any) -> list[str]:
    items = value if isinstance(value, list | tuple) else str(value or "").split(",")
    chosen = [str(item).strip().lower() for item in items if str(item).strip()]
    for item in chosen:
        if item not in NATURES:
            raise InvalidInput(
                label,
                value,
                f"is not a comma list of {', '.join(NATURES)}",
                code="not-a-nature-list",
                values={"choices": list(NATURES)},
            )
    return [n for n in NATURES if n in chosen]


def _countries(label: str, value: Any) -> list[str]:
    items = value if isinstance(value, list | tuple) else str(value or "").split(",")
    codes = [str(item).strip().upper() for item in items if str(item).strip()]
    for code in codes:
        if len(code) != 2 or not code.isalpha():
            raise InvalidInput(
                label, value, "is not a comma list of two-letter country codes (SE,EE)", code="not-a-country-list"
            )
    return sorted(set(codes))


def clean(fields: Mapping[str, Any], tz_name: str) -> dict[str, Any]:
    """Checked values for the given fields; raises InvalidInput naming the first bad one."""
    result: dict[str, Any] = {}
    for name, value in fields.items():
        if name not in FIELDS:
            raise InvalidInput("field", name, "is not a field of a breach", code="not-a-breach-field")
        kind = FIELDS[name]
        if kind == "title":
            result[name] = validation.text(name, value, required=True, limit=MAX_TEXT)
        elif kind == "text":
            result[name] = validation.text(name, value, limit=MAX_TEXT)
        elif kind == "time":
            blank = value is None or (isinstance(value, str) and not value.strip())
            result[name] = None if blank else parse_time(name, value, tz_name)
        elif kind == "required-time":
            result[name] = parse_time(name, value, tz_name)
        elif kind == "bool":
            if not isinstance(value, bool):
                raise InvalidInput(name, value, "is not true or false", code="not-yes-no")
            result[name] = value
        elif kind == "count":
            result[name] = _count(name, value)
        elif kind == "nature":
            result[name] = _nature(name, value)
        elif kind == "countries":
            result[name] = _countries(name, value)
        elif kind == "cause":
            result[name] = validation.choice(name, value, CAUSES)
        elif kind == "intent":
            result[name] = validation.choice(name, value, INTENTS)
        elif kind == "role":
            result[name] = validation.choice(name, value, ROLES)
        elif kind == "risk":
            blank = value is None or (isinstance(value, str) and not value.strip())
            result[name] = None if blank else validation.choice(name, value, RISKS)
        elif kind == "dpc":
            result[name] = _float(name, value, enisa.check_dpc, "not-an-enisa-dpc")
        elif kind == "ei":
            result[name] = _float(name, value, enisa.check_ei, "not-an-enisa-ei")
        elif kind == "cb":
            result[name] = _float(name, value, enisa.check_cb, "not-an-enisa-cb")
        elif kind == "cb-step":
            result[name] = _float(name, value, _check_cb_step, "not-an-enisa-loss")
        elif kind == "optional-bool":
            if value is not None and not isinstance(value, bool):
                raise InvalidInput(name, value, "is not true or false", code="not-yes-no")
            result[name] = value
    return result


def _check_cb_step(value: float) -> float:
    if value not in enisa.CB_STEPS:
        raise ValueError("a loss adds 0, 0.25 or 0.5")
    return value


CB_PARTS = ("enisa_cb_confidentiality", "enisa_cb_integrity", "enisa_cb_availability", "enisa_malicious")


def _derive_cb(values: dict[str, Any], before: Mapping[str, Any]) -> None:
    """Given the parts of CB and no total, the total is their sum (ENISA: each loss, plus 0.5 if malicious)."""
    if any(part in values for part in CB_PARTS) and "enisa_cb" not in values:
        parts = [values.get(p, before.get(p)) for p in CB_PARTS]
        if any(p is not None for p in parts):
            *losses, malicious = parts
            values["enisa_cb"] = enisa.circumstances(*(loss or 0.0 for loss in losses), bool(malicious))
        else:
            values["enisa_cb"] = None
    elif "enisa_cb" in values and not any(part in values for part in CB_PARTS):
        values.update(dict.fromkeys(CB_PARTS))  # a total given alone replaces an earlier breakdown


def _check_consistency(values: Mapping[str, Any]) -> None:
    """Checks across fields on the breach as it would be after the change."""
    occurred_from, occurred_to = values.get("occurred_from"), values.get("occurred_to")
    discovered, aware = values.get("discovered_at"), values.get("aware_at")
    if occurred_from and occurred_to and occurred_to < occurred_from:
        raise InvalidInput(
            "occurred_to", local_iso(occurred_to), "is before the time the breach began", code="before-breach-began"
        )
    if occurred_from and discovered and discovered < occurred_from:
        raise InvalidInput(
            "discovered_at", local_iso(discovered), "is before the time the breach began", code="before-breach-began"
        )
    if discovered and aware and aware < discovered:
        raise InvalidInput(
            "aware_at", local_iso(aware), "is before the breach was discovered", code="before-breach-discovered"
        )
    if occurred_from and aware and aware < occurred_from:
        raise InvalidInput(
            "aware_at", local_iso(aware), "is before the time the breach began", code="before-breach-began"
        )
    parts = [values.get(p) for p in CB_PARTS]
    if any(p is not None for p in parts) and values.get("enisa_cb") is not None:
        *losses, malicious = parts
        if enisa.circumstances(*(loss or 0.0 for loss in losses), bool(malicious)) != values["enisa_cb"]:
            raise InvalidInput(
                "enisa_cb", values["enisa_cb"], "is not the sum of its parts (losses plus malice)", code="cb-not-sum"
            )
    scores = [values.get(k) for k in ("enisa_dpc", "enisa_ei", "enisa_cb")]
    if any(s is not None for s in scores) and any(s is None for s in scores):
        raise InvalidInput(
            "enisa_dpc", None, "needs all three ENISA components (DPC, EI and CB) or none", code="enisa-incomplete"
        )


# -- reading ----------------------------------------------------------------------------------------


def _row(session: Session, reference: str, expected_version: Any = None) -> Breach:
    """The breach; with `expected_version` (an edit), refused if someone has changed it since (StaleEdit)."""
    breach = session.scalar(
        select(Breach).where(Breach.reference == reference.strip().upper()).options(selectinload(Breach.notifications))
    )
    if breach is None:
        raise NotFound("breach", reference)
    case_versions.check(session, breach, expected_version)
    return breach


def _content(b: Breach) -> dict[str, Any]:
    """The breach's fields the content rules read (Art. 33(3), 34(2))."""
    names = ("subject_categories", "subjects_approx", "data_categories", "records_approx", "consequences")
    return {name: getattr(b, name) for name in (*names, "measures_taken", "measures_proposed", "description")}


def _warnings(b: Breach, required: bool) -> list[str]:
    found = []
    if b.role == "processor":
        pass  # the controller assesses the risk (EDPB 9/2022); the processor tells it without undue delay
    elif b.risk is None:
        found.append("The risk to data subjects has not been decided.")
    elif not b.risk_reasoning:
        found.append("The risk decision has no reasoning (the register needs it, Art. 33(5)).")
    if b.role == "processor" and b.controller_told_at is None:
        found.append("As a processor: tell the controller without undue delay (Art. 33(2)) and record when.")
    if required and not b.notifications and b.role == "controller":
        found.append("The supervisory authority has not been notified.")
    if b.risk == "high" and b.communication not in ("done", "exempt"):
        found.append("High risk: tell the data subjects (Art. 34), or record the Art. 34(3) exemption and why.")
    found += [item.message for item in _outstanding(b)]
    if b.communication == "exempt" and b.exemption == "b":
        found.append(OMBUDSMAN_34_3_B)
    return found


def _outstanding(b: Breach) -> list[breach_content.Outstanding]:
    """The Art. 33(3) items the latest phase went out without (Art. 33(4))."""
    if not b.notifications:
        return []
    latest = max(b.notifications, key=lambda n: (n.sent_at, n.id or 0))
    return breach_content.outstanding(latest.missing_items, _content(b))


OMBUDSMAN_34_3_B = (
    "Art. 34(3)(b) is relied on: the Data Protection Ombudsman's guidance of 8 November 2023 is that data subjects "
    "are to be told whenever the risk was high, even if measures taken later removed it; the Ombudsman can order it."
)


def letter_view(session: Session, reference: str) -> BreachView:
    """The breach as the letter to its data subjects (Art. 34(2)) prints it; refused while an item is empty.

    The letter must tell people, in plain words, what happened, whom to ask, what it may mean for them
    and what was done: a letter without one of these would tell them less than Art. 34(2) requires.
    """
    view = get(session, reference)
    org = organisation.get(session)
    values = {**_content(_row(session, reference)), "dpo_contact": org.dpo_email or org.dpo_phone}
    empty = breach_content.missing(values, breach_content.ART_34_2)
    if empty:
        names = "; ".join(breach_content.letter_item(k).what for k in empty)
        raise RuleRefused(
            f"{view.reference}: the letter to the data subjects needs every item of Art. 34(2); empty: {names}.",
            code="letter-items-missing",
            values={"reference": view.reference, "missing": list(empty)},
        )
    return view


def view_of(b: Breach, tz_name: str) -> BreachView:
    rule = rule_for(b.aware_at)
    required = b.role == "controller" and breach_clock.notification_required(b.risk, rule)
    notes = tuple(
        NotificationView(
            number=i,
            phase=n.phase,
            sent_at=n.sent_at,
            content=n.content,
            authority_reference=n.authority_reference,
            late=n.late,
            late_reason=n.late_reason,
            recorded_at=n.recorded_at,
            missing_items=tuple(n.missing_items or ()),
        )
        for i, n in enumerate(sorted(b.notifications, key=lambda n: (n.sent_at, n.id or 0)), start=1)
    )
    values = {name: getattr(b, name) for name in BreachView.__dataclass_fields__ if hasattr(Breach, name)}
    values.pop("notifications", None)
    values["nature"] = tuple(b.nature)
    values["member_states"] = tuple(b.member_states)
    return BreachView(
        **values,
        timezone=tz_name,
        notifications=notes,
        rule=rule,
        notification_required=required,
        communication_required=breach_clock.communication_required(b.risk),
        warnings=tuple(_warnings(b, required)),
        outstanding=tuple(_outstanding(b)),
    )


def get(session: Session, reference: str) -> BreachView:
    return view_of(_row(session, reference), organisation.get(session).timezone)


def _filtered(
    session: Session,
    query: Select[Any],
    *,
    status: str | None = None,
    risk: str | None = None,
    cause: str | None = None,
    search: str | None = None,
    unnotified: bool = False,
) -> Select[Any]:
    if status:
        query = query.where(Breach.status == validation.choice("status", status, STATUSES))
    if risk:
        if risk == "undecided":
            query = query.where(Breach.risk.is_(None))
        else:
            query = query.where(Breach.risk == validation.choice("risk", risk, RISKS))
    if cause:
        query = query.where(Breach.cause == validation.choice("cause", cause, CAUSES))
    term = search_index.term_of(search).strip()
    if term:
        indexed = search_index.matching_ids(session, "breach", term)  # the trigram index, where it serves
        if indexed is not None:
            return _unnotified(query.where(Breach.id.in_(indexed)), unnotified)
        query = query.where(
            or_(
                Breach.reference.contains(term.upper(), autoescape=True),
                func.lower(Breach.title).contains(term.lower(), autoescape=True),
            )
        )
    return _unnotified(query, unnotified)


def _unnotified(query: Select[Any], unnotified: bool) -> Select[Any]:
    if unnotified:
        query = query.where(~select(BreachNotification.id).where(BreachNotification.breach_id == Breach.id).exists())
    return query


def count(session: Session, **filters: Any) -> int:
    return session.scalar(_filtered(session, select(func.count()).select_from(Breach), **filters)) or 0


def fetch(
    session: Session,
    offset: int = 0,
    limit: int = 200,
    sort_key: str = "aware_at",
    descending: bool = True,
    **filters: Any,
) -> list[BreachRow]:
    """A page of the breaches table, sorted and filtered in SQL."""
    tz_name = organisation.get(session).timezone
    if sort_key not in SORT_KEYS:
        raise InvalidInput(
            "sort",
            sort_key,
            f"is not one of {', '.join(SORT_KEYS)}",
            code="not-a-choice",
            values={"choices": list(SORT_KEYS)},
        )
    # correlated: evaluated only for the rows of the page, never for the whole table
    first = (
        select(func.min(BreachNotification.sent_at))
        .where(BreachNotification.breach_id == Breach.id)
        .correlate(Breach)
        .scalar_subquery()
        .label("first")
    )
    column = getattr(Breach, sort_key)
    order = [column.desc() if descending else column.asc(), Breach.id.desc() if descending else Breach.id.asc()]
    query = _filtered(
        session,
        select(
            Breach.reference,
            Breach.title,
            Breach.status,
            Breach.aware_at,
            Breach.authority_deadline,
            Breach.risk,
            Breach.cause,
            first,
            Breach.role,
        ),
        **filters,
    )
    rows = session.execute(query.order_by(*order).offset(max(0, offset)).limit(max(1, limit)))
    decode = BreachNotification.__table__.c.sent_at.type
    return [
        BreachRow(
            r.reference,
            r.title,
            r.status,
            r.aware_at,
            r.authority_deadline,
            r.risk,
            r.cause,
            decode.process_result_value(r.first, None) if isinstance(r.first, str) else r.first,
            tz_name,
            r.role,
        )
        for r in rows
    ]


def all_views(session: Session) -> list[BreachView]:
    """Every breach, in reference order (the register)."""
    tz_name = organisation.get(session).timezone
    found = session.scalars(select(Breach).options(selectinload(Breach.notifications)).order_by(Breach.id))
    return [view_of(b, tz_name) for b in found]


# -- changing ---------------------------------------------------------------------------------------


def add(session: Session, now: dt.datetime | None = None, **fields: Any) -> BreachView:
    """Logs a breach; `title` and `aware_at` are required. Returns its view (with its new reference)."""
    now = now or now_of(session)
    tz_name = organisation.get(session).timezone
    if "title" not in fields:
        raise InvalidInput("title", None, "is required", code="required")
    if "aware_at" not in fields:
        raise InvalidInput(
            "aware_at", None, "is required: when the organisation became aware of the breach", code="aware-missing"
        )
    values = clean(fields, tz_name)
    _derive_cb(values, {})
    _check_consistency(values)
    aware = values["aware_at"]
    reference = references.next_reference(session, "BR", aware.astimezone(zone(tz_name)).year)
    breach = Breach(
        reference=reference,
        status="open",
        created_at=now,
        ongoing=False,
        nature=[],
        cause="other",
        intent="unknown",
        special_categories=False,
        criminal_data=False,
        identity_codes=False,
        vulnerable_subjects=False,
        subjects_estimated=True,
        records_estimated=True,
        member_states=[],
        role="controller",
        communication="",
        exemption="",
        **{name: "" for name, kind in FIELDS.items() if kind == "text"},
    )
    for name, value in values.items():
        setattr(breach, name, value)
    breach.authority_deadline = breach_clock.authority_deadline(aware, rule_for(aware))
    session.add(breach)
    session.flush()
    return view_of(breach, tz_name)


def update(session: Session, reference: str, *, expected_version: Any = None, **fields: Any) -> BreachView:
    """Changes the given fields; the deadline and each notification's lateness follow the awareness time."""
    tz_name = organisation.get(session).timezone
    breach = _row(session, reference, expected_version)
    values = clean(fields, tz_name)
    _derive_cb(values, {p: getattr(breach, p) for p in CB_PARTS})
    after = {name: values.get(name, getattr(breach, name)) for name in FIELDS}
    _check_consistency(after)
    aware = after["aware_at"]
    deadline = breach_clock.authority_deadline(aware, rule_for(aware))
    notes = sorted(breach.notifications, key=lambda n: n.sent_at)
    if notes:
        if notes[0].sent_at < aware:
            raise InvalidInput(
                "aware_at",
                local_iso(aware, tz_name),
                "is after the first notification was sent",
                code="after-first-notification",
            )
        if breach_clock.is_late(notes[0].sent_at, deadline) and not notes[0].late_reason:
            raise RuleRefused(
                "With this awareness time the first notification would be late and it has no reasons for the delay; "
                "record them first (breach notify ... --late-reason).",
                code="late-reason-first",
            )
    for name, value in values.items():
        if getattr(breach, name) != value:
            setattr(breach, name, value)
    if breach.authority_deadline != deadline:
        breach.authority_deadline = deadline
    for index, note in enumerate(notes):
        late = index == 0 and breach_clock.is_late(note.sent_at, deadline)
        if note.late != late:
            note.late = late
    session.flush()
    return view_of(breach, tz_name)


def notify(
    session: Session,
    reference: str,
    at: Any,
    *,
    content: str = "",
    authority_reference: str = "",
    late_reason: str = "",
    phase: str | None = None,
    now: dt.datetime | None = None,
    expected_version: Any = None,
) -> NotificationView:
    """Records one phase of the notification to the supervisory authority.

    The first is the initial (preliminary) one; later ones are supplementary. An initial notification
    after the deadline is refused without reasons for the delay (Art. 33(1)).
    """
    now = now or now_of(session)
    tz_name = organisation.get(session).timezone
    breach = _row(session, reference, expected_version)
    sent_at = parse_time("at", at, tz_name)
    content = validation.text("content", content, limit=MAX_TEXT)
    authority_reference = validation.text("authority_reference", authority_reference, limit=MAX_TEXT)
    late_reason = validation.text("late_reason", late_reason, limit=MAX_TEXT)
    existing = sorted(breach.notifications, key=lambda n: n.sent_at)
    chosen = validation.choice("phase", phase, PHASES) if phase else ("supplementary" if existing else "initial")
    if sent_at < breach.aware_at:
        raise InvalidInput(
            "at",
            at,
            f"is before the organisation became aware ({local_iso(breach.aware_at, tz_name)})",
            code="before-aware",
            values={"earliest": breach.aware_at, "timezone": tz_name},
        )
    if chosen == "initial" and existing:
        raise RuleRefused(
            f"{breach.reference} already has its initial notification; record this one as supplementary.",
            code="initial-notification-exists",
            values={"reference": breach.reference},
        )
    if chosen == "supplementary" and not existing:
        raise RuleRefused(
            f"{breach.reference} has no initial notification yet; record that first.",
            code="initial-notification-missing",
            values={"reference": breach.reference},
        )
    if chosen == "supplementary" and sent_at < existing[0].sent_at:
        raise InvalidInput(
            "at",
            at,
            "is before the initial notification",
            code="before-initial-notification",
            values={"earliest": existing[0].sent_at, "timezone": tz_name},
        )
    late = chosen == "initial" and breach_clock.is_late(sent_at, breach.authority_deadline)
    if late and not late_reason:
        raise RuleRefused(
            f"The notification at {local_iso(sent_at, tz_name)} is after the {rule_for(breach.aware_at).window_hours}"
            f"-hour deadline ({local_iso(breach.authority_deadline, tz_name)}): "
            "give the reasons for the delay with --late-reason.",
            code="late-reason-missing",
            values={
                "reference": breach.reference,
                "at": sent_at,
                "hours": rule_for(breach.aware_at).window_hours,
                "deadline": breach.authority_deadline,
                "timezone": tz_name,
            },
        )
    note = BreachNotification(
        breach=breach,
        phase=chosen,
        sent_at=sent_at,
        content=content,
        authority_reference=authority_reference,
        late_reason=late_reason,
        late=late,
        recorded_at=now,
        # allowed in phases (Art. 33(4)): what this phase lacks stays flagged until a later one has it
        missing_items=list(breach_content.missing(_content(breach))),
    )
    session.add(note)
    session.flush()
    return next(n for n in view_of(breach, tz_name).notifications if n.sent_at == sent_at and n.phase == chosen)


def set_authority_reference(
    session: Session, reference: str, number: int, authority_reference: str, *, expected_version: Any = None
) -> BreachView:
    """The authority's case number arrives later (the registry's receipt): file it on that phase."""
    breach = _row(session, reference, expected_version)
    value = validation.text("authority_reference", authority_reference, required=True, limit=MAX_TEXT)
    notes = sorted(breach.notifications, key=lambda n: (n.sent_at, n.id))
    if not 1 <= number <= len(notes):
        raise InvalidInput(
            "notification",
            number,
            f"is not a notification of {breach.reference}",
            code="not-a-notification",
            values={"reference": breach.reference},
        )
    notes[number - 1].authority_reference = value
    session.flush()
    return get(session, reference)


def communicate(
    session: Session,
    reference: str,
    *,
    status: str,
    at: Any = None,
    method: str = "",
    count: Any = None,
    exemption: str = "",
    reason: str = "",
    expected_version: Any = None,
) -> BreachView:
    """Records the communication to data subjects (Art. 34): done (when, how, how many), planned, or
    an Art. 34(3) exemption (a, b or c) with the reason it applies."""
    tz_name = organisation.get(session).timezone
    breach = _row(session, reference, expected_version)
    status = validation.choice("status", status, COMMUNICATIONS)
    method = validation.text("method", method, limit=MAX_TEXT)
    reason = validation.text("reason", reason, limit=MAX_TEXT)
    number = _count("count", count)
    moment = None if at in (None, "") else parse_time("at", at, tz_name)
    ground = ""
    if status == "done":
        if moment is None:
            raise InvalidInput("at", at, "is missing: when were the data subjects told?", code="told-at-missing")
        if moment < breach.aware_at:
            raise InvalidInput(
                "at",
                at,
                "is before the organisation became aware",
                code="before-aware",
                values={"earliest": breach.aware_at, "timezone": tz_name},
            )
        if not method:
            raise InvalidInput(
                "method",
                method,
                "is missing: how were they told (e-mail, letter, public notice)?",
                code="told-how-missing",
            )
    elif status == "planned":
        if not method:
            raise InvalidInput("method", method, "is missing: how will they be told?", code="planned-how-missing")
    else:
        ground = validation.choice("exemption", exemption, EXEMPTIONS)
        if not reason:
            raise InvalidInput(
                "reason",
                reason,
                "is missing: say why the Art. 34(3) exemption applies",
                code="exemption-reason-missing",
            )
        if ground == "c" and not method:
            raise InvalidInput(
                "method",
                method,
                "is missing: Art. 34(3)(c) needs a public communication instead; say which",
                code="public-communication-missing",
            )
    breach.communication = status
    breach.communicated_at = moment
    breach.communication_method = method
    breach.communicated_count = number
    breach.exemption = ground
    breach.exemption_reason = reason
    session.flush()
    return view_of(breach, tz_name)


def close(
    session: Session,
    reference: str,
    summary: str,
    at: Any = None,
    now: dt.datetime | None = None,
    *,
    expected_version: Any = None,
) -> BreachView:
    """Closes a breach once its decisions are on record (the register must show each with its reasoning)."""
    tz_name = organisation.get(session).timezone
    breach = _row(session, reference, expected_version)
    summary = validation.text("summary", summary, required=True, limit=MAX_TEXT)
    moment = parse_time("at", at, tz_name) if at not in (None, "") else (now or now_of(session))
    if breach.status == "closed":
        raise RuleRefused(
            f"{breach.reference} is already closed.", code="breach-closed", values={"reference": breach.reference}
        )
    if moment < breach.aware_at:
        raise InvalidInput(
            "at",
            at,
            "is before the organisation became aware",
            code="before-aware",
            values={"earliest": breach.aware_at, "timezone": tz_name},
        )
    view = view_of(breach, tz_name)
    if breach.role == "processor":
        if breach.controller_told_at is None:
            raise RuleRefused(
                f"Record when the controller was told of {breach.reference} before closing (Art. 33(2)).",
                code="controller-not-told",
                values={"reference": breach.reference},
            )
    elif breach.risk is None:
        raise RuleRefused(
            f"Decide the risk of {breach.reference} (none, risk or high) with its reasoning before closing.",
            code="risk-not-decided",
            values={"reference": breach.reference},
        )
    elif not breach.risk_reasoning:
        raise RuleRefused(
            f"Record the reasoning of the risk decision of {breach.reference} before closing (Art. 33(5)).",
            code="risk-reasoning-missing",
            values={"reference": breach.reference},
        )
    if view.notification_required and not view.notified:
        raise RuleRefused(
            f"{breach.reference} needs its notification to the supervisory authority recorded before closing.",
            code="notification-missing",
            values={"reference": breach.reference},
        )
    if breach.risk == "high" and breach.communication not in ("done", "exempt"):
        raise RuleRefused(
            f"{breach.reference} is high risk: record the communication to data subjects "
            "or the Art. 34(3) exemption first.",
            code="communication-missing",
            values={"reference": breach.reference},
        )
    breach.status = "closed"
    breach.closed_at = moment
    breach.closing_summary = summary
    session.flush()
    return view_of(breach, tz_name)


def reopen(session: Session, reference: str, *, expected_version: Any = None) -> BreachView:
    breach = _row(session, reference, expected_version)
    if breach.status != "closed":
        raise RuleRefused(
            f"{breach.reference} is not closed.", code="breach-not-closed", values={"reference": breach.reference}
        )
    breach.status = "open"
    breach.closed_at = None
    session.flush()
    return get(session, reference)


# -- what other modules ask (CONTRACTS.md) --------------------------------------------------------


def deadlines(session: Session, now: dt.datetime) -> list[Deadline]:
    """Open limits: the authority notification (72 h), telling the data subjects, telling the controller
    (services/open_limits/breaches.py reads them through the Core)."""
    from dpo_desk.services.core_rows import rows_of
    from dpo_desk.services.open_limits import breaches as limits

    return limits.deadlines(rows_of(session), now, organisation.get(session).timezone)


def open_count(session: Session) -> int:
    return session.scalar(select(func.count(Breach.id)).where(Breach.status != "closed")) or 0


def statistics(session: Session, start: dt.date, end: dt.date) -> BreachStatistics:
    """Breaches the organisation became aware of between start and end (inclusive, in its zone)."""
    tz = zone(organisation.get(session).timezone)
    low = dt.datetime.combine(start, dt.time(), tzinfo=tz)
    high = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), tzinfo=tz)
    found = session.scalars(
        select(Breach).where(Breach.aware_at >= low, Breach.aware_at < high).options(selectinload(Breach.notifications))
    ).all()
    by_cause: dict[str, int] = {}
    by_risk: dict[str, int] = {}
    by_month: dict[str, int] = {}
    notified = late = 0
    for b in found:
        by_cause[b.cause] = by_cause.get(b.cause, 0) + 1
        risk = b.risk or "undecided"
        by_risk[risk] = by_risk.get(risk, 0) + 1
        month = b.aware_at.astimezone(tz).strftime("%Y-%m")
        by_month[month] = by_month.get(month, 0) + 1
        if b.notifications:
            notified += 1
            first = min(b.notifications, key=lambda n: n.sent_at)
            late += 1 if first.late else 0
    return BreachStatistics(
        len(found), by_cause, by_risk, notified, late, len(found) - notified, dict(sorted(by_month.items()))
    )


def closed_before(session: Session, day: dt.date) -> list[str]:
    """References of breaches closed before `day` (in the organisation's zone)."""
    tz = zone(organisation.get(session).timezone)
    limit = dt.datetime.combine(day, dt.time(), tzinfo=tz)
    return list(
        session.scalars(
            select(Breach.reference).where(Breach.status == "closed", Breach.closed_at < limit).order_by(Breach.id)
        )
    )

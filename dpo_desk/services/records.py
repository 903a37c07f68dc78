"""Records of processing activities (Art. 30): add, change, list, check, link, and the record as data.

An activity's transfers outside the EEA are derived from the subprocessors linked to it (the
register's `transfers_for`: each processing country outside the EEA with its safeguard and
warnings), plus any entered by hand.

Other modules call: `deadlines`, `open_count`, `activities_for_case`, `link_case`, `unlink_case`,
`data_categories_for_case` (a breach's categories picked from the activities it touched).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from dpo_desk.clock import now_of
from dpo_desk.domain import validation
from dpo_desk.domain.deadline import Deadline
from dpo_desk.domain.timeparse import iso_date
from dpo_desk.domain.transfers import SAFEGUARDS
from dpo_desk.errors import InvalidInput, NotFound
from dpo_desk.rules import records_checks as checks
from dpo_desk.rules.records_checks import (
    LEGAL_BASES,
    ROLES,
    SPECIAL_CONDITIONS,
    STATUSES,
    ActivityFacts,
    Finding,
    PurposeFacts,
)
from dpo_desk.services import organisation, references, register
from dpo_desk.services import settings as settings_service
from dpo_desk.services.dpia_screening import screen_activity_row
from dpo_desk.store import search
from dpo_desk.store.models.records import (
    ActivityCase,
    ActivityPurpose,
    ActivitySubprocessor,
    ActivityTransfer,
    ProcessingActivity,
)
from dpo_desk.store.models.register import Subprocessor

PREFIX = "PA"
CASE_PATTERN = re.compile(r"^(DSR|BR)-\d{4}-\d{4,}$")
SUBPROCESSOR_PATTERN = re.compile(r"^SP-\d{4,}$")
MAX_ITEM = 300


# -- views ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActivityRef:
    reference: str
    name: str


@dataclass(frozen=True)
class PurposeView:
    purpose: str
    legal_basis: str
    special_condition: str = ""
    balancing_on: dt.date | None = None
    balancing_conclusion: str = ""

    @property
    def article(self) -> str:
        """Art. 6(1)(b) for contract; empty when no basis is recorded."""
        letter = LEGAL_BASES.get(self.legal_basis)
        return f"6(1)({letter})" if letter else ""

    @property
    def special_article(self) -> str:
        letter = SPECIAL_CONDITIONS.get(self.special_condition)
        return f"9(2)({letter})" if letter else ""

    def to_json(self) -> dict[str, Any]:
        return {
            "purpose": self.purpose,
            "legal_basis": self.legal_basis,
            "article": self.article,
            "special_condition": self.special_condition,
            "special_article": self.special_article,
            "balancing_on": iso_date(self.balancing_on),
            "balancing_conclusion": self.balancing_conclusion,
        }


@dataclass(frozen=True)
class TransferItem:
    """A transfer outside the EEA: derived from a linked subprocessor (`subprocessor` set) or entered by hand."""

    country: str
    safeguard: str
    detail: str = ""
    recipient: str = ""
    subprocessor: str = ""
    warnings: tuple[str, ...] = ()
    scc_module: int | None = None
    derogation: str = ""
    decision: str = ""
    # the warnings as the register's rules found them (code, message, values), for a front end's own wording
    findings: tuple[Any, ...] = ()

    @property
    def source(self) -> str:
        return "subprocessor" if self.subprocessor else "manual"

    def to_json(self) -> dict[str, Any]:
        return {
            "country": self.country,
            "safeguard": self.safeguard,
            "detail": self.detail,
            "recipient": self.recipient,
            "subprocessor": self.subprocessor or None,
            "source": self.source,
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class ActivityView:
    reference: str
    name: str
    role: str
    controllers: tuple[str, ...]
    description: str
    purposes: tuple[PurposeView, ...]
    subject_categories: tuple[str, ...]
    data_categories: tuple[str, ...]
    special_categories: tuple[str, ...]
    criminal_categories: tuple[str, ...]
    sources: tuple[str, ...]
    recipients: tuple[str, ...]
    subprocessors: tuple[ActivityRef, ...]
    transfers: tuple[TransferItem, ...]
    retention: str
    security_measures: str
    systems: tuple[str, ...]
    owner: str
    status: str
    last_reviewed_on: dt.date | None
    next_review_on: dt.date | None
    review_due: dt.date | None
    dpia_criteria: tuple[str, ...]
    screened_on: dt.date | None
    screening_required: bool | None
    assessment: str | None
    cases: tuple[str, ...]
    warnings: tuple[Finding, ...]
    controller_contacts: tuple[str, ...] = ()  # processor: each controller's contact details (Art. 30(2)(a))

    @property
    def controllers_with_contacts(self) -> tuple[tuple[str, str], ...]:
        """Each controller with its contact details ('' where none is recorded)."""
        contacts = (*self.controller_contacts, *([""] * len(self.controllers)))
        return tuple(zip(self.controllers, contacts[: len(self.controllers)], strict=True))

    @property
    def legal_basis(self) -> str:
        """The first purpose's basis (the command line's `--legal-basis`); every one is in `purposes`."""
        return self.purposes[0].legal_basis if self.purposes else ""

    @property
    def legal_bases(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.legal_basis for p in self.purposes if p.legal_basis))

    def to_json(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "name": self.name,
            "role": self.role,
            "controllers": list(self.controllers),
            "controller_contacts": list(self.controller_contacts),
            "description": self.description,
            "legal_basis": self.legal_basis,
            "legal_bases": list(self.legal_bases),
            "purposes": [p.to_json() for p in self.purposes],
            "subject_categories": list(self.subject_categories),
            "data_categories": list(self.data_categories),
            "special_categories": list(self.special_categories),
            "criminal_categories": list(self.criminal_categories),
            "sources": list(self.sources),
            "recipients": list(self.recipients),
            "subprocessors": [s.reference for s in self.subprocessors],
            "subprocessor_names": {s.reference: s.name for s in self.subprocessors},
            "transfers": [t.to_json() for t in self.transfers],
            "retention": self.retention,
            "security_measures": self.security_measures,
            "systems": list(self.systems),
            "owner": self.owner,
            "status": self.status,
            "last_reviewed_on": iso_date(self.last_reviewed_on),
            "next_review_on": iso_date(self.next_review_on),
            "review_due": iso_date(self.review_due),
            "dpia_criteria": list(self.dpia_criteria),
            "screened_on": iso_date(self.screened_on),
            "screening_required": self.screening_required,
            "assessment": self.assessment,
            "cases": list(self.cases),
            "warnings": [w.to_json() for w in self.warnings],
        }


@dataclass(frozen=True)
class ActivityRow:
    """One line of the Records table."""

    reference: str
    name: str
    role: str
    status: str
    legal_bases: str
    owner: str
    review_due: dt.date | None
    warning_count: int
    overdue: bool


@dataclass(frozen=True)
class PurposeInput:
    purpose: str
    legal_basis: str = ""
    special_condition: str = ""
    balancing_on: dt.date | str | None = None
    balancing_conclusion: str = ""


@dataclass(frozen=True)
class TransferInput:
    country: str
    safeguard: str
    detail: str = ""
    recipient: str = ""


@dataclass(frozen=True)
class RecordFilter:
    search: str = ""
    status: str = ""
    role: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "search", search.term_of(self.search))


@dataclass(frozen=True)
class RecordDocument:
    """Everything the printed record needs, as plain data."""

    kind: str
    as_of: dt.date
    organisation: organisation.OrganisationView
    activities: tuple[ActivityView, ...]
    by_controller: dict[str, tuple[ActivityView, ...]] = field(default_factory=dict)


# -- the register ---------------------------------------------------------------------------------


def _subprocessor_ids(session: Session, refs: Sequence[str]) -> dict[str, int]:
    if not refs:
        return {}
    rows = session.execute(
        select(Subprocessor.reference, Subprocessor.id).where(Subprocessor.reference.in_(list(refs)))
    )
    return {r: i for r, i in rows}


def _subprocessor_refs(session: Session, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    if not ids:
        return {}
    rows = session.execute(
        select(Subprocessor.id, Subprocessor.reference, Subprocessor.name).where(Subprocessor.id.in_(list(ids)))
    )
    return {i: (r, n) for i, r, n in rows}


def _transfers_for(session: Session, refs: Sequence[str]) -> list[Any]:
    return list(register.transfers_for(session, list(refs))) if refs else []


# -- validation -----------------------------------------------------------------------------------


def _items(field_name: str, value: str | Sequence[str] | None) -> list[str]:
    """A list from a comma list or a sequence: trimmed, empty ones dropped, each once, order kept."""
    if value is None:
        return []
    raw = value.split(",") if isinstance(value, str) else list(value)
    result: list[str] = []
    for item in raw:
        text = validation.text(field_name, item, limit=MAX_ITEM)
        if text and text not in result:
            result.append(text)
    return result


def check_special_condition(value: Any, field_name: str = "special_condition") -> str:
    """An Art. 9(2) condition by name (explicit-consent) or letter (a, 9(2)(a))."""
    text = "" if value is None else str(value).strip().lower()
    if not text:
        return ""
    if text in SPECIAL_CONDITIONS:
        return text
    letter = re.fullmatch(r"(?:9\s*\(2\)\s*)?\(?([a-j])\)?", text)
    if letter:
        return next(k for k, v in SPECIAL_CONDITIONS.items() if v == letter[1])
    raise InvalidInput(
        field_name,
        value,
        f"is not an Art. 9(2) condition (a-j or one of {', '.join(SPECIAL_CONDITIONS)})",
        code="not-a-special-condition",
        values={"choices": list(SPECIAL_CONDITIONS)},
    )


def _purposes(values: Sequence[PurposeInput]) -> list[PurposeInput]:
    clean = []
    for number, p in enumerate(values, start=1):
        where = f"purpose {number}"
        clean.append(
            PurposeInput(
                validation.text(f"{where}: purpose", p.purpose, required=True, limit=2000),
                validation.choice(f"{where}: legal_basis", p.legal_basis, tuple(LEGAL_BASES), allow_empty=True),
                check_special_condition(p.special_condition, f"{where}: special_condition"),
                validation.optional_date(f"{where}: balancing_on", p.balancing_on),
                validation.text(f"{where}: balancing_conclusion", p.balancing_conclusion, limit=5000),
            )
        )
    return clean


def _country(field_name: str, value: Any) -> str:
    import pycountry

    code = "" if value is None else str(value).strip().upper()
    if len(code) != 2 or pycountry.countries.get(alpha_2=code) is None:
        raise InvalidInput(
            field_name, value, "is not a country code (ISO 3166 alpha-2, for example US)", code="not-a-country-code"
        )
    return code


def _transfers(values: Sequence[TransferInput]) -> list[TransferInput]:
    return [
        TransferInput(
            _country("transfer_country", t.country),
            validation.choice("transfer_safeguard", t.safeguard, SAFEGUARDS),
            validation.text("transfer_detail", t.detail, limit=MAX_ITEM),
            validation.text("transfer_recipient", t.recipient, limit=MAX_ITEM),
        )
        for t in values
    ]


def _check_subprocessors(session: Session, refs: str | Sequence[str] | None) -> list[int]:
    wanted = [r.upper() for r in _items("subprocessors", refs)]
    if not wanted:
        return []
    found = _subprocessor_ids(session, wanted)
    for ref in wanted:
        if ref not in found:
            raise InvalidInput(
                "subprocessors",
                ref,
                "is not in the subprocessor register",
                code="not-in-register",
                values={"reference": ref},
            )
    return [found[r] for r in wanted]


# -- reading --------------------------------------------------------------------------------------


def find_activity(session: Session, reference: str) -> ProcessingActivity:
    ref = (reference or "").strip().upper()
    row = session.scalar(select(ProcessingActivity).where(ProcessingActivity.reference == ref))
    if row is None:
        raise NotFound("processing activity", reference)
    return row


def review_months(session: Session) -> int:
    return int(settings_service.get(session, "records.review_months"))


def _screening_required(row: ProcessingActivity) -> bool | None:
    """Whether an assessment is needed; None when never screened and the record's own data do not require one."""
    required = screen_activity_row(row).required
    return required if required or row.dpia_criteria else None


def _facts(row: ProcessingActivity, transfers: Sequence[TransferItem], screened: bool | None) -> ActivityFacts:
    assessment = row.assessment
    return ActivityFacts(
        reference=row.reference,
        name=row.name,
        status=row.status,
        role=row.role,
        controllers=tuple(row.controllers),
        controller_contacts=tuple(row.controller_contacts),
        purposes=tuple(
            PurposeFacts(p.purpose, p.legal_basis, p.special_condition, p.balancing_on, p.balancing_conclusion)
            for p in row.purposes
        ),
        special_categories=tuple(row.special_categories),
        retention=row.retention,
        transfer_warnings=tuple(
            (t.subprocessor, t.recipient, w)
            for t in transfers
            if t.subprocessor
            for w in (t.findings if len(t.findings) == len(t.warnings) else t.warnings)
        ),
        manual_transfers=tuple((t.country, t.safeguard) for t in transfers if not t.subprocessor),
        screening_required=bool(screened),
        assessment_recorded=assessment is not None,
        assessment_next_review=assessment.next_review_on if assessment else None,
        residual_risk=assessment.residual_risk if assessment else "",
        prior_consultation_on=assessment.prior_consultation_on if assessment else None,
        last_reviewed_on=row.last_reviewed_on,
        next_review_on=row.next_review_on,
    )


def _linked(session: Session, rows: Sequence[ProcessingActivity]) -> dict[int, list[ActivityRef]]:
    """Each activity's linked subprocessors (reference, name), in one query for all of them."""
    ids = sorted({link.subprocessor_id for row in rows for link in row.subprocessor_links})
    known = _subprocessor_refs(session, ids)
    return {
        row.id: [
            ActivityRef(*known[link.subprocessor_id])
            for link in row.subprocessor_links
            if link.subprocessor_id in known
        ]
        for row in rows
    }


def _derived_transfers(session: Session, linked: dict[int, list[ActivityRef]]) -> dict[int, list[TransferItem]]:
    """Each activity's transfers derived from its linked subprocessors, asked of the register once for all."""
    wanted = sorted({s.reference for links in linked.values() for s in links})
    by_subprocessor: dict[str, list[TransferItem]] = {}
    for t in _transfers_for(session, wanted):
        by_subprocessor.setdefault(t.subprocessor, []).append(
            TransferItem(
                country=t.country,
                safeguard=t.safeguard,
                detail=t.detail,
                recipient=t.name,
                subprocessor=t.subprocessor,
                warnings=tuple(t.warnings),
                scc_module=getattr(t, "scc_module", None),
                derogation=getattr(t, "derogation", ""),
                decision=getattr(t, "decision", ""),
                findings=tuple(getattr(t, "findings", ())),
            )
        )
    return {
        activity: [item for s in links for item in by_subprocessor.get(s.reference, [])]
        for activity, links in linked.items()
    }


def _views(session: Session, rows: Sequence[ProcessingActivity], today: dt.date | None = None) -> list[ActivityView]:
    today = today or organisation.today(session)
    months = review_months(session)
    linked = _linked(session, rows)
    derived = _derived_transfers(session, linked)
    views = []
    for row in rows:
        links = linked.get(row.id, [])
        transfers = derived.get(row.id, []) + [
            TransferItem(t.country, t.safeguard, t.detail, t.recipient) for t in row.transfers
        ]
        screened = _screening_required(row)
        findings = checks.check(_facts(row, transfers, screened), today, months)
        views.append(
            ActivityView(
                reference=row.reference,
                name=row.name,
                role=row.role,
                controllers=tuple(row.controllers),
                description=row.description,
                purposes=tuple(
                    PurposeView(p.purpose, p.legal_basis, p.special_condition, p.balancing_on, p.balancing_conclusion)
                    for p in row.purposes
                ),
                subject_categories=tuple(row.subject_categories),
                data_categories=tuple(row.data_categories),
                special_categories=tuple(row.special_categories),
                criminal_categories=tuple(row.criminal_categories),
                sources=tuple(row.sources),
                recipients=tuple(row.recipients),
                subprocessors=tuple(links),
                transfers=tuple(transfers),
                retention=row.retention,
                security_measures=row.security_measures,
                systems=tuple(row.systems),
                owner=row.owner,
                status=row.status,
                last_reviewed_on=row.last_reviewed_on,
                next_review_on=row.next_review_on,
                review_due=checks.review_due(row.last_reviewed_on, row.next_review_on, months),
                dpia_criteria=tuple(row.dpia_criteria),
                screened_on=row.screened_on,
                screening_required=screened,
                assessment=row.assessment.reference if row.assessment else None,
                cases=tuple(link.case_reference for link in row.case_links),
                warnings=tuple(findings),
                controller_contacts=tuple(row.controller_contacts),
            )
        )
    return views


def _loaded() -> Any:
    return select(ProcessingActivity).options(
        selectinload(ProcessingActivity.purposes),
        selectinload(ProcessingActivity.transfers),
        selectinload(ProcessingActivity.case_links),
        selectinload(ProcessingActivity.subprocessor_links),
        selectinload(ProcessingActivity.assessment),
    )


def get(session: Session, reference: str) -> ActivityView:
    row = find_activity(session, reference)
    return _views(session, [row])[0]


def all_activities(session: Session, include_retired: bool = True) -> list[ActivityView]:
    query = _loaded().order_by(ProcessingActivity.reference)
    if not include_retired:
        query = query.where(ProcessingActivity.status != "retired")
    return _views(session, list(session.scalars(query)))


SORT_KEYS = ("reference", "name", "role", "status", "owner", "next_review_on")


def _filtered(query: Any, filters: RecordFilter) -> Any:
    if filters.status:
        query = query.where(ProcessingActivity.status == filters.status)
    if filters.role:
        query = query.where(ProcessingActivity.role == filters.role)
    if filters.search.strip():
        columns = (ProcessingActivity.reference, ProcessingActivity.name, ProcessingActivity.owner)
        query = query.where(search.contains_any(columns, filters.search))
    return query


def fetch(
    session: Session,
    offset: int,
    limit: int,
    sort_key: str = "reference",
    descending: bool = False,
    filters: RecordFilter | None = None,
) -> list[ActivityRow]:
    """One page of the Records table, sorted and filtered in SQL."""
    filters = filters or RecordFilter()
    column = getattr(ProcessingActivity, sort_key if sort_key in SORT_KEYS else "reference")
    if sort_key in ("name", "owner"):
        column = func.lower(column)
    order = column.desc() if descending else column
    query = _filtered(_loaded(), filters).order_by(order, ProcessingActivity.reference).offset(offset).limit(limit)
    today = organisation.today(session)
    return [
        ActivityRow(
            v.reference,
            v.name,
            v.role,
            v.status,
            ", ".join(v.legal_bases),
            v.owner,
            v.review_due,
            len(v.warnings),
            v.status != "retired" and v.review_due is not None and v.review_due < today,
        )
        for v in _views(session, list(session.scalars(query)), today)
    ]


def count(session: Session, filters: RecordFilter | None = None) -> int:
    query = _filtered(select(func.count()).select_from(ProcessingActivity), filters or RecordFilter())
    return int(session.scalar(query) or 0)


def list_activities(
    session: Session, filters: RecordFilter | None = None, limit: int | None = None
) -> list[ActivityView]:
    query = _filtered(_loaded(), filters or RecordFilter()).order_by(ProcessingActivity.reference)
    if limit:
        query = query.limit(limit)
    return _views(session, list(session.scalars(query)))


def check_all(session: Session, today: dt.date | None = None) -> list[Finding]:
    """Every consistency warning of every activity (`records check`)."""
    rows = list(session.scalars(_loaded().order_by(ProcessingActivity.reference)))
    return [w for view in _views(session, rows, today) for w in view.warnings]


def open_count(session: Session) -> int:
    """Activities with at least one consistency warning."""
    rows = list(session.scalars(_loaded()))
    return sum(1 for view in _views(session, rows) if view.warnings)


def deadlines(session: Session, now: dt.datetime) -> list[Deadline]:
    """The review date of every activity in use, and of every impact assessment
    (services/open_limits/records.py reads them through the Core)."""
    from dpo_desk.services.core_rows import rows_of
    from dpo_desk.services.open_limits import records as limits

    return limits.deadlines(rows_of(session), now, organisation.get(session).timezone)


# -- changing -------------------------------------------------------------------------------------


_LIST_FIELDS = (
    "controllers",
    "subject_categories",
    "data_categories",
    "special_categories",
    "criminal_categories",
    "sources",
    "recipients",
    "systems",
)
_TEXT_FIELDS = ("description", "retention", "security_measures", "owner")
FIELDS = (
    "name",
    "role",
    "status",
    "purposes",
    "transfers",
    "subprocessors",
    "last_reviewed_on",
    "next_review_on",
    "controller_contacts",
    *_LIST_FIELDS,
    *_TEXT_FIELDS,
)


def _clean(session: Session, changes: dict[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise InvalidInput(
            "field",
            sorted(unknown)[0],
            "is not a field of a processing activity",
            code="not-an-activity-field",
            values={"name": sorted(unknown)[0]},
        )
    clean: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "name":
            clean[key] = validation.text("name", value, required=True, limit=300)
        elif key == "role":
            clean[key] = validation.choice("role", value, ROLES)
        elif key == "status":
            clean[key] = validation.choice("status", value, STATUSES)
        elif key == "purposes":
            clean[key] = _purposes(list(value or []))
        elif key == "transfers":
            clean[key] = _transfers(list(value or []))
        elif key == "subprocessors":
            clean[key] = _check_subprocessors(session, value)
        elif key in ("last_reviewed_on", "next_review_on"):
            clean[key] = validation.optional_date(key, value)
        elif key == "controller_contacts":
            # one per controller, in order, and free text (an address has commas): never split or merged
            given = [value] if isinstance(value, str) else list(value or [])
            clean[key] = [validation.text("controller_contacts", c, limit=MAX_ITEM) for c in given]
        elif key in _LIST_FIELDS:
            clean[key] = _items(key, value)
        else:
            clean[key] = validation.text(key, value)
    return clean


def _check_contacts(role: str, controllers: Sequence[str], contacts: Sequence[str]) -> None:
    """Contacts pair with the controllers in order (Art. 30(2)(a)); only a processor's record holds them."""
    if not contacts:
        return
    if role != "processor":
        raise InvalidInput(
            "controller_contacts", contacts[0], "is for a processor's record only", code="contacts-processor-only"
        )
    if len(contacts) > len(controllers):
        raise InvalidInput(
            "controller_contacts",
            contacts[len(controllers)],
            "has no controller to belong to (give one each)",
            code="contact-without-controller",
        )


def _apply(row: ProcessingActivity, clean: dict[str, Any]) -> None:
    for key, value in clean.items():
        if key == "purposes":
            row.purposes = [
                ActivityPurpose(
                    position=i,
                    purpose=p.purpose,
                    legal_basis=p.legal_basis,
                    special_condition=p.special_condition,
                    balancing_on=p.balancing_on,
                    balancing_conclusion=p.balancing_conclusion,
                )
                for i, p in enumerate(value)
            ]
        elif key == "transfers":
            row.transfers = [
                ActivityTransfer(country=t.country, safeguard=t.safeguard, detail=t.detail, recipient=t.recipient)
                for t in value
            ]
        elif key == "subprocessors":
            keep = {link.subprocessor_id: link for link in row.subprocessor_links}
            row.subprocessor_links = [keep.get(i) or ActivitySubprocessor(subprocessor_id=i) for i in value]
        else:
            setattr(row, key, value)


def add_activity(
    session: Session,
    *,
    name: str,
    role: str,
    purposes: Sequence[PurposeInput] = (),
    **fields: Any,
) -> str:
    """Adds an activity; returns its reference (PA-0001). Reviewed today unless said otherwise."""
    clean = _clean(session, {"name": name, "role": role, "purposes": list(purposes), **fields})
    _check_contacts(clean["role"], clean.get("controllers", []), clean.get("controller_contacts", []))
    today = organisation.today(session)
    clean.setdefault("status", "active")
    clean.setdefault("last_reviewed_on", today)
    if clean.get("next_review_on") is None:
        clean["next_review_on"] = checks.add_months(clean["last_reviewed_on"] or today, review_months(session))
    moment = now_of(session)
    row = ProcessingActivity(
        reference=references.next_reference(session, PREFIX),
        created_at=moment,
        updated_at=moment,
        controllers=[],
        controller_contacts=[],
        subject_categories=[],
        data_categories=[],
        special_categories=[],
        criminal_categories=[],
        sources=[],
        recipients=[],
        systems=[],
        dpia_criteria=[],
        description="",
        retention="",
        security_measures="",
        owner="",
    )
    _apply(row, clean)
    session.add(row)
    session.flush()
    return row.reference


def update_activity(session: Session, reference: str, **changes: Any) -> ActivityView:
    """Changes only the fields given; lists given replace the stored ones."""
    row = find_activity(session, reference)
    clean = _clean(session, changes)
    _check_contacts(
        clean.get("role", row.role),
        clean.get("controllers", row.controllers),
        clean.get("controller_contacts", row.controller_contacts),
    )
    _apply(row, clean)
    row.updated_at = now_of(session)
    session.flush()
    return get(session, row.reference)


def mark_reviewed(
    session: Session, reference: str, on: dt.date | str | None = None, next_review: dt.date | str | None = None
) -> ActivityView:
    """The activity was reviewed (on `on`, default today); the next review falls a period later unless given."""
    row = find_activity(session, reference)
    day = validation.optional_date("on", on) or organisation.today(session)
    following = validation.optional_date("next_review", next_review) or checks.add_months(day, review_months(session))
    if following <= day:
        raise InvalidInput(
            "next_review",
            following.isoformat(),
            "must come after the review date",
            code="review-not-after",
            values={"reviewed_on": day},
        )
    row.last_reviewed_on, row.next_review_on, row.updated_at = day, following, now_of(session)
    session.flush()
    return get(session, row.reference)


def link_subprocessors(session: Session, reference: str, subprocessors: str | Sequence[str]) -> ActivityView:
    """Adds links to subprocessors (those already linked stay)."""
    row = find_activity(session, reference)
    ids = _check_subprocessors(session, subprocessors)
    present = {link.subprocessor_id for link in row.subprocessor_links}
    for i in ids:
        if i not in present:
            row.subprocessor_links.append(ActivitySubprocessor(subprocessor_id=i))
            present.add(i)
    session.flush()
    return get(session, row.reference)


# -- links with other modules' cases ---------------------------------------------------------------


def _case_kind(case_reference: str) -> str:
    ref = (case_reference or "").strip().upper()
    if SUBPROCESSOR_PATTERN.match(ref):
        return "subprocessor"
    if CASE_PATTERN.match(ref):
        return "case"
    raise InvalidInput(
        "case",
        case_reference,
        "is not a request (DSR-…), breach (BR-…) or subprocessor (SP-…) reference",
        code="not-a-linkable-reference",
    )


def activities_for_case(session: Session, case_reference: str) -> list[ActivityRef]:
    """The activities a request, breach or subprocessor concerns (for a subprocessor: those linking it)."""
    ref = (case_reference or "").strip().upper()
    if SUBPROCESSOR_PATTERN.match(ref):
        ids = _subprocessor_ids(session, [ref])
        if not ids:
            return []
        query = (
            select(ProcessingActivity.reference, ProcessingActivity.name)
            .join(ActivitySubprocessor, ActivitySubprocessor.activity_id == ProcessingActivity.id)
            .where(ActivitySubprocessor.subprocessor_id == ids[ref])
        )
    else:
        query = (
            select(ProcessingActivity.reference, ProcessingActivity.name)
            .join(ActivityCase, ActivityCase.activity_id == ProcessingActivity.id)
            .where(ActivityCase.case_reference == ref)
        )
    return [ActivityRef(r, n) for r, n in session.execute(query.order_by(ProcessingActivity.reference))]


def link_case(session: Session, activity_reference: str, case_reference: str) -> None:
    """Records that a request, breach or subprocessor concerns the activity; linking twice changes nothing."""
    kind = _case_kind(case_reference)
    ref = case_reference.strip().upper()
    if kind == "subprocessor":
        link_subprocessors(session, activity_reference, [ref])
        return
    row = find_activity(session, activity_reference)
    if ref not in {link.case_reference for link in row.case_links}:
        row.case_links.append(ActivityCase(case_reference=ref))
        session.flush()


def unlink_case(session: Session, activity_reference: str, case_reference: str) -> None:
    kind = _case_kind(case_reference)
    ref = case_reference.strip().upper()
    row = find_activity(session, activity_reference)
    if kind == "subprocessor":
        ids = _subprocessor_ids(session, [ref])
        row.subprocessor_links = [link for link in row.subprocessor_links if link.subprocessor_id != ids.get(ref)]
    else:
        row.case_links = [link for link in row.case_links if link.case_reference != ref]
    session.flush()


def data_categories_for_case(session: Session, case_reference: str) -> list[str]:
    """The data categories of the activities a case concerns (a breach picks its categories from these)."""
    found: list[str] = []
    for ref in activities_for_case(session, case_reference):
        row = find_activity(session, ref.reference)
        for category in [*row.data_categories, *row.special_categories, *row.criminal_categories]:
            if category not in found:
                found.append(category)
    return found


def choices(session: Session) -> dict[str, list[str]]:
    """Categories already used in the store, offered by the editor's pickers."""
    result: dict[str, list[str]] = {key: [] for key in _LIST_FIELDS}
    for row in session.scalars(select(ProcessingActivity)):
        for key in _LIST_FIELDS:
            for item in getattr(row, key):
                if item not in result[key]:
                    result[key].append(item)
    return {k: sorted(v, key=str.lower) for k, v in result.items()}


def subprocessor_choices(session: Session) -> list[ActivityRef]:
    """Every subprocessor of the register (reference, name), for the editor's picker."""
    rows = session.execute(select(Subprocessor.reference, Subprocessor.name).order_by(Subprocessor.name))
    return [ActivityRef(r, n) for r, n in rows]


# -- the record as a document ---------------------------------------------------------------------

KINDS = ("controller", "processor")


def record_document(session: Session, kind: str = "controller", as_of: dt.date | None = None) -> RecordDocument:
    """The controller's record (Art. 30(1)) or the processor's record (Art. 30(2)) as plain data."""
    kind = validation.choice("kind", kind, KINDS)
    roles = ("controller", "joint-controller") if kind == "controller" else ("processor",)
    query = (
        _loaded()
        .where(ProcessingActivity.role.in_(roles), ProcessingActivity.status != "retired")
        .order_by(ProcessingActivity.reference)
    )
    views = tuple(_views(session, list(session.scalars(query)), as_of))
    by_controller: dict[str, list[ActivityView]] = {}
    if kind == "processor":
        for view in views:
            for controller in view.controllers or ("",):
                by_controller.setdefault(controller, []).append(view)
    return RecordDocument(
        kind,
        as_of or organisation.today(session),
        organisation.get(session),
        views,
        {k: tuple(v) for k, v in sorted(by_controller.items(), key=lambda kv: (kv[0] == "", kv[0].lower()))},
    )

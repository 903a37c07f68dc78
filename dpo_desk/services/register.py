"""The subprocessor register and its transfers (Art. 28, 44-49): entries, safeguards, announcements, objections.

Every change goes through here: input is validated first (nothing is stored from refused input),
countries are ISO 3166 alpha-2 codes checked with pycountry, and each entry's date-independent
warning count is kept up to date so the window can filter "has warnings" in SQL. The adequacy list
is data: `resources/adequacy.json`, overridden by `adequacy.json` in the user data folder (or the
file named by $DPO_DESK_ADEQUACY) so a new decision needs no new release.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Text, and_, exists, func, or_, select, type_coerce
from sqlalchemy.orm import Session, selectinload

from dpo_desk.domain.timeparse import parse_date, today_in
from dpo_desk.errors import InvalidInput, NotFound, RuleRefused
from dpo_desk.rules import transfers as rules
from dpo_desk.services import organisation, references
from dpo_desk.services import settings as store_settings
from dpo_desk.services.deadlines import Deadline
from dpo_desk.store.models.core import AuditEntry
from dpo_desk.store.models.register import (
    Subprocessor,
    SubprocessorAnnouncement,
    SubprocessorObjection,
    SubprocessorTransfer,
)

ADEQUACY_ENV = "DPO_DESK_ADEQUACY"
ANNOUNCEMENT_KINDS = ("new", "replacement")
TEXT_FIELDS = ("name", "legal_entity_id", "address", "service", "purpose", "serves", "contact", "website", "notes")
LIST_FIELDS = ("data_categories", "subject_categories")
DATE_FIELDS = ("dpa_signed_on", "planned_on", "announced_on", "active_from", "retired_on")
SORT_KEYS = ("reference", "name", "country", "status", "service", "dpa_signed_on", "active_from", "warning_count")
MAX_TEXT = 20_000


# -- the adequacy list ---------------------------------------------------------------------------

_ADEQUACY_CACHE: dict[tuple[str, float], rules.AdequacyList] = {}


def adequacy_path() -> Path:
    """The adequacy list in use: $DPO_DESK_ADEQUACY, else the user's copy, else the shipped one."""
    from dpo_desk.paths import resources_dir, user_data_dir

    override = os.environ.get(ADEQUACY_ENV)
    if override:
        return Path(override).expanduser()
    user_copy = user_data_dir() / "adequacy.json"
    if user_copy.is_file():
        return user_copy
    return resources_dir() / "adequacy.json"


def adequacy_list() -> rules.AdequacyList:
    path = adequacy_path()
    try:
        key = (str(path), path.stat().st_mtime)
    except OSError:
        raise InvalidInput("adequacy list", str(path), "cannot be read") from None
    cached = _ADEQUACY_CACHE.get(key)
    if cached is None:
        try:
            with open(path, encoding="utf-8") as f:
                cached = rules.parse_adequacy(json.load(f))
        except (ValueError, OSError) as exc:
            raise InvalidInput("adequacy list", str(path), f"is not usable: {exc}") from None
        _ADEQUACY_CACHE.clear()
        _ADEQUACY_CACHE[key] = cached
    return cached


# -- views ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TransferView:
    """A transfer of a subprocessor to a country outside the EEA (the contract other modules read)."""

    subprocessor: str
    name: str
    country: str
    safeguard: str
    detail: str
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class TransferDetail:
    country: str
    country_name: str
    safeguard: str
    detail: str
    scc_module: int | None
    scc_version: str
    derogation: str
    tia_on: dt.date | None
    tia_review_on: dt.date | None
    supplementary_measures: str
    fallback_safeguard: str
    fallback_scc_module: int | None
    decision_reference: str
    decision_scope: str
    challenge: str

    def to_json(self) -> dict[str, Any]:
        return {
            "country": self.country,
            "country_name": self.country_name,
            "safeguard": self.safeguard,
            "detail": self.detail,
            "scc_module": self.scc_module,
            "scc_version": self.scc_version if self.safeguard == "scc" else "",
            "derogation": self.derogation,
            "tia_on": _iso(self.tia_on),
            "tia_review_on": _iso(self.tia_review_on),
            "supplementary_measures": self.supplementary_measures,
            "fallback_safeguard": self.fallback_safeguard,
            "fallback_scc_module": self.fallback_scc_module,
            "decision_reference": self.decision_reference,
            "decision_scope": self.decision_scope,
            "challenge": self.challenge,
        }


@dataclass(frozen=True)
class FindingView:
    reference: str
    name: str
    code: str
    severity: str
    message: str
    country: str

    def to_json(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "name": self.name,
            "country": self.country or None,
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
        }


@dataclass(frozen=True)
class ObjectionView:
    id: int
    customer: str
    received_on: dt.date
    reason: str
    resolution: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "customer": self.customer,
            "received_on": self.received_on.isoformat(),
            "reason": self.reason,
            "resolution": self.resolution,
        }


@dataclass(frozen=True)
class AnnouncementView:
    reference: str
    subprocessor: str
    name: str
    kind: str
    replaces: str
    announced_on: dt.date
    effective_on: dt.date
    objection_until: dt.date
    message: str
    status: str
    objections: list[ObjectionView]

    def to_json(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "subprocessor": self.subprocessor,
            "name": self.name,
            "kind": self.kind,
            "replaces": self.replaces or None,
            "announced_on": self.announced_on.isoformat(),
            "effective_on": self.effective_on.isoformat(),
            "objection_until": self.objection_until.isoformat(),
            "message": self.message,
            "status": self.status,
            "objections": [o.to_json() for o in self.objections],
        }


@dataclass(frozen=True)
class SubprocessorView:
    reference: str
    name: str
    legal_entity_id: str
    address: str
    country: str
    country_name: str
    service: str
    purpose: str
    processing_countries: list[str]
    data_categories: list[str]
    subject_categories: list[str]
    serves: str
    dpa_signed_on: dt.date | None
    status: str
    planned_on: dt.date | None
    announced_on: dt.date | None
    active_from: dt.date | None
    retired_on: dt.date | None
    contact: str
    website: str
    notes: str
    dpf_certified: bool
    mechanism: str
    transfers: list[TransferDetail]
    findings: list[FindingView]
    announcements: list[AnnouncementView]

    @property
    def warnings(self) -> list[FindingView]:
        return [f for f in self.findings if f.severity == rules.WARNING]

    def to_json(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "name": self.name,
            "legal_entity_id": self.legal_entity_id,
            "address": self.address,
            "country": self.country,
            "service": self.service,
            "purpose": self.purpose,
            "locations": self.processing_countries,
            "processing_countries": self.processing_countries,
            "data_categories": self.data_categories,
            "subject_categories": self.subject_categories,
            "serves": self.serves,
            "dpa_signed": _iso(self.dpa_signed_on),
            "status": self.status,
            "planned_on": _iso(self.planned_on),
            "announced_on": _iso(self.announced_on),
            "active_from": _iso(self.active_from),
            "retired_on": _iso(self.retired_on),
            "contact": self.contact,
            "website": self.website,
            "notes": self.notes,
            "dpf_certified": self.dpf_certified,
            "mechanism": self.mechanism,
            "transfers": [t.to_json() for t in self.transfers],
            "warnings": [f.to_json() for f in self.findings if f.severity == rules.WARNING],
            "notices": [f.to_json() for f in self.findings if f.severity == rules.NOTICE],
            "announcements": [a.to_json() for a in self.announcements],
        }


@dataclass(frozen=True)
class SubprocessorRow:
    """One line of the register table (what the window lists and sorts)."""

    reference: str
    name: str
    country: str
    service: str
    status: str
    processing_countries: list[str]
    safeguards: str
    dpa_signed_on: dt.date | None
    active_from: dt.date | None
    warning_count: int


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    actor: str
    action: str
    entity: str
    changes: dict[str, Any]


@dataclass(frozen=True)
class RegisterChanges:
    added: int
    retired: int
    announced: int


@dataclass(frozen=True)
class RegisterFilter:
    status: str | None = None
    country: str | None = None
    safeguard: str | None = None
    has_warnings: bool | None = None
    search: str = ""


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


# -- validation ----------------------------------------------------------------------------------


def country_name(code: str) -> str:
    import pycountry

    found = pycountry.countries.get(alpha_2=code)
    if found is None:
        return code
    return str(getattr(found, "common_name", None) or found.name)


def check_country(field_name: str, value: str | None) -> str:
    import pycountry

    code = (value or "").strip().upper()
    if len(code) != 2 or not code.isalpha() or pycountry.countries.get(alpha_2=code) is None:
        raise InvalidInput(field_name, value, "is not an ISO 3166 country code (two letters, like FI or US)")
    return code


def check_countries(field_name: str, value: str | Sequence[str] | None) -> list[str]:
    items = value.split(",") if isinstance(value, str) else list(value or [])
    codes: list[str] = []
    for item in items:
        if str(item).strip():
            code = check_country(field_name, str(item))
            if code not in codes:
                codes.append(code)
    return codes


def _text(field_name: str, value: Any, required: bool = False) -> str:
    text = "" if value is None else str(value).strip()
    if required and not text:
        raise InvalidInput(field_name, value, "is missing")
    if len(text) > MAX_TEXT:
        raise InvalidInput(field_name, None, f"is longer than {MAX_TEXT} characters")
    if "\x00" in text:
        raise InvalidInput(field_name, None, "holds a NUL character")
    return text


def _list(field_name: str, value: str | Sequence[str] | None) -> list[str]:
    items = value.split(",") if isinstance(value, str) else list(value or [])
    return [_text(field_name, item) for item in items if str(item).strip()]


def _date_or_none(field_name: str, value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    return parse_date(field_name, value)


def _one_of(field_name: str, value: str, choices: Sequence[str]) -> str:
    if value not in choices:
        raise InvalidInput(field_name, value, f"is not one of {', '.join(choices)}")
    return value


def _scc_module(field_name: str, value: Any) -> int | None:
    if value in (None, ""):
        return None
    try:
        module = int(value)
    except (TypeError, ValueError):
        module = 0
    if module not in rules.SCC_MODULES:
        raise InvalidInput(field_name, value, "is not an SCC module: 1, 2, 3 or 4")
    return module


@dataclass(frozen=True)
class SafeguardInput:
    """A safeguard as given for one or every country outside the EEA (validated)."""

    safeguard: str = "none"
    scc_module: int | None = None
    scc_version: str = rules.SCC_CURRENT
    derogation: str = ""
    tia_on: dt.date | None = None
    tia_review_on: dt.date | None = None
    supplementary_measures: str = ""
    fallback_safeguard: str = ""
    fallback_scc_module: int | None = None


def check_safeguard(
    safeguard: str | None,
    *,
    scc_module: Any = None,
    scc_version: str | None = None,
    derogation: str | None = None,
    tia_on: Any = None,
    tia_review_on: Any = None,
    supplementary_measures: str | None = None,
    fallback_safeguard: str | None = None,
    fallback_scc_module: Any = None,
    prefix: str = "--",
) -> SafeguardInput:
    """Validates a safeguard's parts; impossible combinations are refused, doubtful ones become warnings later."""
    kind = _one_of(f"{prefix}mechanism", (safeguard or "none").strip().lower(), rules.SAFEGUARDS)
    module = _scc_module(f"{prefix}scc-module", scc_module)
    version = (scc_version or rules.SCC_CURRENT).strip()
    _one_of(f"{prefix}scc-version", version, rules.SCC_VERSIONS)
    if module is not None and kind != "scc":
        raise InvalidInput(f"{prefix}scc-module", scc_module, "is only for the mechanism scc")
    letter = (derogation or "").strip().lower().strip("()")
    if kind == "derogation":
        if not letter:
            raise InvalidInput(f"{prefix}derogation", derogation, "is missing: which Art. 49(1) derogation (a-g)")
        _one_of(f"{prefix}derogation", letter, tuple(rules.DEROGATIONS))
    elif letter:
        raise InvalidInput(f"{prefix}derogation", derogation, "is only for the mechanism derogation")
    tia = _date_or_none(f"{prefix}tia", tia_on)
    review = _date_or_none(f"{prefix}tia-review", tia_review_on)
    if tia and review and review < tia:
        raise InvalidInput(f"{prefix}tia-review", tia_review_on, "is before the assessment itself")
    fallback = (fallback_safeguard or "").strip().lower()
    if fallback:
        _one_of(f"{prefix}fallback", fallback, rules.FALLBACK_SAFEGUARDS)
        if kind != "adequacy":
            raise InvalidInput(f"{prefix}fallback", fallback_safeguard, "is only for a transfer relying on adequacy")
    fallback_module = _scc_module(f"{prefix}fallback-scc-module", fallback_scc_module)
    if fallback_module is not None and fallback != "scc":
        raise InvalidInput(f"{prefix}fallback-scc-module", fallback_scc_module, "is only for the fallback scc")
    return SafeguardInput(
        kind,
        module,
        version if kind == "scc" else rules.SCC_CURRENT,
        letter,
        tia,
        review,
        _text(f"{prefix}measures", supplementary_measures),
        fallback,
        fallback_module,
    )


# -- reading -------------------------------------------------------------------------------------


def _find(session: Session, reference: str) -> Subprocessor:
    row = session.scalar(
        select(Subprocessor)
        .where(Subprocessor.reference == (reference or "").strip().upper())
        .options(selectinload(Subprocessor.transfers))
    )
    if row is None:
        raise NotFound("subprocessor", reference)
    return row


def _facts(row: Subprocessor) -> rules.EntryFacts:
    return rules.EntryFacts(
        country=row.country,
        processing_countries=tuple(row.processing_countries),
        status=row.status,
        dpa_signed_on=row.dpa_signed_on,
        dpf_certified=row.dpf_certified,
        transfers=tuple(
            rules.TransferFacts(
                t.country,
                t.safeguard,
                t.scc_module,
                t.scc_version,
                t.derogation,
                t.tia_on,
                t.tia_review_on,
                t.fallback_safeguard,
                t.fallback_scc_module,
            )
            for t in row.transfers
        ),
    )


def _today(session: Session) -> dt.date:
    return today_in(organisation.get(session).timezone)


def _findings(row: Subprocessor, adequacy: rules.AdequacyList, today: dt.date) -> list[FindingView]:
    return [
        FindingView(row.reference, row.name, f.code, f.severity, f.message, f.country)
        for f in rules.check_entry(_facts(row), adequacy, today)
    ]


def _mechanism(row: Subprocessor, adequacy: rules.AdequacyList) -> str:
    """One word for the entry's safeguards: eea when nothing leaves the EEA, else the kinds used."""
    countries = rules.transfer_countries(row.country, row.processing_countries, adequacy)
    if not countries:
        return "eea"
    by_country = {t.country: t.safeguard for t in row.transfers}
    kinds = sorted({by_country.get(c, "none") for c in countries})
    return ",".join(kinds)


def _transfer_details(row: Subprocessor, adequacy: rules.AdequacyList) -> list[TransferDetail]:
    by_country = {t.country: t for t in row.transfers}
    details = []
    for country in rules.transfer_countries(row.country, row.processing_countries, adequacy):
        t = by_country.get(country)
        facts = _facts_of_transfer(t, country)
        decision = adequacy.decision_for(country) if facts.safeguard == "adequacy" else None
        details.append(
            TransferDetail(
                country=country,
                country_name=country_name(country),
                safeguard=facts.safeguard,
                detail=rules.describe(facts, adequacy),
                scc_module=facts.scc_module,
                scc_version=facts.scc_version,
                derogation=facts.derogation,
                tia_on=facts.tia_on,
                tia_review_on=facts.tia_review_on,
                supplementary_measures=t.supplementary_measures if t else "",
                fallback_safeguard=facts.fallback_safeguard,
                fallback_scc_module=facts.fallback_scc_module,
                decision_reference=decision.reference if decision else "",
                decision_scope=decision.scope_note if decision else "",
                challenge=decision.challenge if decision else "",
            )
        )
    return details


def _facts_of_transfer(t: SubprocessorTransfer | None, country: str) -> rules.TransferFacts:
    if t is None:
        return rules.TransferFacts(country)
    return rules.TransferFacts(
        t.country,
        t.safeguard,
        t.scc_module,
        t.scc_version,
        t.derogation,
        t.tia_on,
        t.tia_review_on,
        t.fallback_safeguard,
        t.fallback_scc_module,
    )


def _announcement_view(a: SubprocessorAnnouncement, objections: list[SubprocessorObjection]) -> AnnouncementView:
    return AnnouncementView(
        a.reference,
        a.subprocessor.reference,
        a.subprocessor.name,
        a.kind,
        a.replaces,
        a.announced_on,
        a.effective_on,
        a.objection_until,
        a.message,
        a.status,
        [ObjectionView(o.id, o.customer, o.received_on, o.reason, o.resolution) for o in objections],
    )


def _announcements_of(session: Session, row: Subprocessor) -> list[AnnouncementView]:
    announcements = session.scalars(
        select(SubprocessorAnnouncement)
        .where(SubprocessorAnnouncement.subprocessor_id == row.id)
        .order_by(SubprocessorAnnouncement.announced_on, SubprocessorAnnouncement.id)
    ).all()
    views = []
    for a in announcements:
        objections = session.scalars(
            select(SubprocessorObjection)
            .where(SubprocessorObjection.announcement_id == a.id)
            .order_by(SubprocessorObjection.received_on, SubprocessorObjection.id)
        ).all()
        views.append(_announcement_view(a, list(objections)))
    return views


def _view(session: Session, row: Subprocessor, adequacy: rules.AdequacyList, today: dt.date) -> SubprocessorView:
    return SubprocessorView(
        reference=row.reference,
        name=row.name,
        legal_entity_id=row.legal_entity_id,
        address=row.address,
        country=row.country,
        country_name=country_name(row.country),
        service=row.service,
        purpose=row.purpose,
        processing_countries=list(row.processing_countries),
        data_categories=list(row.data_categories),
        subject_categories=list(row.subject_categories),
        serves=row.serves,
        dpa_signed_on=row.dpa_signed_on,
        status=row.status,
        planned_on=row.planned_on,
        announced_on=row.announced_on,
        active_from=row.active_from,
        retired_on=row.retired_on,
        contact=row.contact,
        website=row.website,
        notes=row.notes,
        dpf_certified=row.dpf_certified,
        mechanism=_mechanism(row, adequacy),
        transfers=_transfer_details(row, adequacy),
        findings=_findings(row, adequacy, today),
        announcements=_announcements_of(session, row),
    )


def get(session: Session, reference: str) -> SubprocessorView:
    return _view(session, _find(session, reference), adequacy_list(), _today(session))


def all_entries(session: Session, include_retired: bool = True) -> list[SubprocessorView]:
    """Every entry with its transfers and findings, by reference (the register report, `list --json`)."""
    adequacy, today = adequacy_list(), _today(session)
    query = select(Subprocessor).options(selectinload(Subprocessor.transfers)).order_by(Subprocessor.reference)
    if not include_retired:
        query = query.where(Subprocessor.status != "retired")
    return [_view(session, row, adequacy, today) for row in session.scalars(query)]


def _filtered(query: Any, filters: RegisterFilter, today: dt.date) -> Any:
    if filters.status:
        query = query.where(Subprocessor.status == filters.status)
    if filters.country:
        code = filters.country.upper()
        in_transfers = exists().where(
            and_(SubprocessorTransfer.subprocessor_id == Subprocessor.id, SubprocessorTransfer.country == code)
        )
        # processing_countries is a JSON array of codes: a quoted match finds an element exactly.
        query = query.where(
            or_(
                Subprocessor.country == code,
                type_coerce(Subprocessor.processing_countries, Text).contains(f'"{code}"'),
                in_transfers,
            )
        )
    if filters.safeguard:
        if filters.safeguard == "eea":
            query = query.where(~exists().where(SubprocessorTransfer.subprocessor_id == Subprocessor.id))
        else:
            query = query.where(
                exists().where(
                    and_(
                        SubprocessorTransfer.subprocessor_id == Subprocessor.id,
                        SubprocessorTransfer.safeguard == filters.safeguard,
                    )
                )
            )
    if filters.has_warnings is not None:
        review_past = exists().where(
            and_(
                SubprocessorTransfer.subprocessor_id == Subprocessor.id,
                SubprocessorTransfer.tia_review_on < today,
            )
        )
        warned = and_(Subprocessor.status != "retired", or_(Subprocessor.warning_count > 0, review_past))
        query = query.where(warned if filters.has_warnings else ~warned)
    if filters.search:
        pattern = f"%{filters.search.strip().lower()}%"
        query = query.where(
            or_(
                func.lower(Subprocessor.reference).like(pattern),
                func.lower(Subprocessor.name).like(pattern),
                func.lower(Subprocessor.service).like(pattern),
            )
        )
    return query


def fetch(
    session: Session,
    offset: int,
    limit: int,
    sort_key: str = "reference",
    descending: bool = False,
    filters: RegisterFilter | None = None,
) -> list[SubprocessorRow]:
    """A page of the register, sorted and filtered in SQL (the window's table)."""
    filters = filters or RegisterFilter()
    key = sort_key if sort_key in SORT_KEYS else "reference"
    column = getattr(Subprocessor, key)
    order = [column.desc() if descending else column, Subprocessor.id]
    query = _filtered(select(Subprocessor), filters, _today(session)).order_by(*order).offset(offset).limit(limit)
    rows = session.scalars(query.options(selectinload(Subprocessor.transfers))).all()
    adequacy, today = adequacy_list(), _today(session)
    result = []
    for row in rows:
        warnings = sum(1 for f in rules.check_entry(_facts(row), adequacy, today) if f.is_warning)
        result.append(
            SubprocessorRow(
                row.reference,
                row.name,
                row.country,
                row.service,
                row.status,
                list(row.processing_countries),
                _mechanism(row, adequacy),
                row.dpa_signed_on,
                row.active_from,
                warnings,
            )
        )
    return result


def count(session: Session, filters: RegisterFilter | None = None) -> int:
    query = _filtered(select(func.count()).select_from(Subprocessor), filters or RegisterFilter(), _today(session))
    return int(session.scalar(query) or 0)


def names_of(session: Session, references_: Sequence[str]) -> dict[str, str]:
    """reference -> name for the references that exist (unknown ones are absent)."""
    wanted = [r for r in references_ if r]
    if not wanted:
        return {}
    rows = session.execute(select(Subprocessor.reference, Subprocessor.name).where(Subprocessor.reference.in_(wanted)))
    return {ref: name for ref, name in rows}


def transfers_for(session: Session, references_: Sequence[str]) -> list[TransferView]:
    """The transfers outside the EEA of the given subprocessors, each with its safeguard and warnings."""
    wanted = [r for r in references_ if r]
    if not wanted:
        return []
    adequacy, today = adequacy_list(), _today(session)
    rows = session.scalars(
        select(Subprocessor)
        .where(Subprocessor.reference.in_(wanted))
        .options(selectinload(Subprocessor.transfers))
        .order_by(Subprocessor.reference)
    )
    views = []
    for row in rows:
        by_country = {t.country: t for t in row.transfers}
        for country in rules.transfer_countries(row.country, row.processing_countries, adequacy):
            facts = _facts_of_transfer(by_country.get(country), country)
            found = rules.check_transfer(facts, row.dpf_certified, adequacy, today)
            views.append(
                TransferView(
                    row.reference,
                    row.name,
                    country,
                    facts.safeguard if facts.safeguard in rules.SAFEGUARDS else "none",
                    rules.describe(facts, adequacy),
                    [f.message for f in found if f.is_warning],
                )
            )
    return views


def check(session: Session, include_notices: bool = True) -> list[FindingView]:
    """Every warning (and notice) across the register, by reference: `transfers check` and the window."""
    found = []
    for entry in all_entries(session, include_retired=False):
        found += [f for f in entry.findings if include_notices or f.severity == rules.WARNING]
    return found


def open_count(session: Session) -> int:
    """Entries with at least one warning."""
    return count(session, RegisterFilter(has_warnings=True))


def history(session: Session, reference: str) -> list[HistoryEntry]:
    """The entry's audit trail: every change to it, its transfers, announcements and objections, oldest first."""
    row = _find(session, reference)
    entries = session.scalars(select(AuditEntry).where(AuditEntry.record == row.reference).order_by(AuditEntry.id))
    return [HistoryEntry(e.at, e.actor, e.action, e.entity, json.loads(e.changes or "{}")) for e in entries]


def announcements(session: Session, open_only: bool = False) -> list[AnnouncementView]:
    query = select(SubprocessorAnnouncement).order_by(
        SubprocessorAnnouncement.announced_on.desc(), SubprocessorAnnouncement.id.desc()
    )
    if open_only:
        query = query.where(SubprocessorAnnouncement.status == "open")
    views = []
    for a in session.scalars(query):
        objections = session.scalars(
            select(SubprocessorObjection).where(SubprocessorObjection.announcement_id == a.id)
        ).all()
        views.append(_announcement_view(a, list(objections)))
    return views


def get_announcement(session: Session, reference: str) -> AnnouncementView:
    a = _find_announcement(session, reference)
    objections = session.scalars(select(SubprocessorObjection).where(SubprocessorObjection.announcement_id == a.id))
    return _announcement_view(a, list(objections))


def _find_announcement(session: Session, reference: str) -> SubprocessorAnnouncement:
    ref = (reference or "").strip().upper()
    found = session.scalar(select(SubprocessorAnnouncement).where(SubprocessorAnnouncement.reference == ref))
    if found is None and ref.startswith("SP-"):
        # An entry's reference names its latest announcement.
        found = session.scalar(
            select(SubprocessorAnnouncement)
            .join(Subprocessor)
            .where(Subprocessor.reference == ref)
            .order_by(SubprocessorAnnouncement.announced_on.desc(), SubprocessorAnnouncement.id.desc())
            .limit(1)
        )
    if found is None:
        raise NotFound("announcement", reference)
    return found


# -- changing ------------------------------------------------------------------------------------


def _refresh_warnings(row: Subprocessor, today: dt.date) -> None:
    count_now = rules.static_warning_count(_facts(row), adequacy_list(), today)
    if row.warning_count != count_now:
        row.warning_count = count_now


def _apply_safeguard(row: Subprocessor, country: str, safeguard: SafeguardInput) -> None:
    transfer = next((t for t in row.transfers if t.country == country), None)
    if transfer is None:
        transfer = SubprocessorTransfer(country=country)
        row.transfers.append(transfer)
    values = {
        "safeguard": safeguard.safeguard if safeguard.safeguard != "eea" else "none",
        "scc_module": safeguard.scc_module,
        "scc_version": safeguard.scc_version,
        "derogation": safeguard.derogation,
        "tia_on": safeguard.tia_on,
        "tia_review_on": safeguard.tia_review_on,
        "supplementary_measures": safeguard.supplementary_measures,
        "fallback_safeguard": safeguard.fallback_safeguard,
        "fallback_scc_module": safeguard.fallback_scc_module,
    }
    for key, value in values.items():
        if getattr(transfer, key, None) != value:
            setattr(transfer, key, value)


def _sync_transfers(row: Subprocessor, adequacy: rules.AdequacyList) -> None:
    """Keeps one transfer row per country outside the EEA; rows for countries no longer used go."""
    needed = set(rules.transfer_countries(row.country, row.processing_countries, adequacy))
    for transfer in list(row.transfers):
        if transfer.country not in needed:
            row.transfers.remove(transfer)
    present = {t.country for t in row.transfers}
    for country in sorted(needed - present):
        row.transfers.append(
            SubprocessorTransfer(
                country=country,
                safeguard="none",
                scc_version=rules.SCC_CURRENT,
                derogation="",
                supplementary_measures="",
                fallback_safeguard="",
            )
        )


def _entry_values(changes: dict[str, Any], creating: bool) -> dict[str, Any]:
    """Validated column values from the given changes (only the keys present)."""
    values: dict[str, Any] = {}
    for key in TEXT_FIELDS:
        if key in changes:
            values[key] = _text(f"--{key.replace('_', '-')}", changes[key], required=key in ("name", "service"))
    for key in LIST_FIELDS:
        if key in changes:
            values[key] = _list(f"--{key.replace('_', '-')}", changes[key])
    for key in DATE_FIELDS:
        if key in changes:
            values[key] = _date_or_none(f"--{key.replace('_', '-')}", changes[key])
    if "country" in changes or creating:
        values["country"] = check_country("--country", changes.get("country"))
    if "processing_countries" in changes:
        values["processing_countries"] = check_countries("--locations", changes["processing_countries"])
    if "status" in changes and changes["status"] is not None:
        values["status"] = _one_of("--status", str(changes["status"]).strip().lower(), rules.STATUSES)
    if "dpf_certified" in changes:
        values["dpf_certified"] = bool(changes["dpf_certified"])
    unknown = set(changes) - set(TEXT_FIELDS) - set(LIST_FIELDS) - set(DATE_FIELDS)
    unknown -= {"country", "processing_countries", "status", "dpf_certified"}
    if unknown:
        raise InvalidInput("field", sorted(unknown)[0], "is not a field of a register entry")
    return values


def _check_dates(row_values: dict[str, Any]) -> None:
    for later, earlier in (("retired_on", "active_from"), ("active_from", "planned_on")):
        a, b = row_values.get(later), row_values.get(earlier)
        if a and b and a < b:
            raise InvalidInput(f"--{later.replace('_', '-')}", a.isoformat(), f"is before {earlier.replace('_', ' ')}")


def add(
    session: Session,
    *,
    safeguard: SafeguardInput | None = None,
    today: dt.date | None = None,
    **fields: Any,
) -> str:
    """Adds an entry; `safeguard` applies to every country outside the EEA. Returns its reference."""
    values = _entry_values(fields, creating=True)
    for key in ("name", "service"):
        if key not in values:
            raise InvalidInput(f"--{key}", None, "is missing")
    values.setdefault("processing_countries", [])
    if not values["processing_countries"]:
        values["processing_countries"] = [values["country"]]
    safeguard = safeguard or SafeguardInput()
    adequacy = adequacy_list()
    outside = rules.transfer_countries(values["country"], values["processing_countries"], adequacy)
    if safeguard.safeguard == "eea" and outside:
        raise InvalidInput(
            "--mechanism", "eea", f"does not fit: {', '.join(outside)} is outside the EEA; give its safeguard"
        )
    if safeguard.safeguard not in ("eea", "none") and not outside:
        raise InvalidInput(
            "--mechanism", safeguard.safeguard, "is for transfers outside the EEA; every country here is in the EEA"
        )
    today = today or _today(session)
    values.setdefault("status", "active")
    if values["status"] == "active" and "active_from" not in values:
        values["active_from"] = today
    if values["status"] == "planned" and "planned_on" not in values:
        values["planned_on"] = today
    if values["status"] == "retired":
        raise InvalidInput("--status", "retired", "is for `subprocessor retire`; add the entry first")
    _check_dates(values)
    now = dt.datetime.now(dt.UTC)
    defaults = {key: "" for key in TEXT_FIELDS}
    defaults.update({key: [] for key in LIST_FIELDS})
    defaults.update(dpf_certified=False, warning_count=0)
    row = Subprocessor(
        reference=references.next_reference(session, "SP"),
        created_at=now,
        updated_at=now,
        **{**defaults, **values},
    )
    for country in outside:
        _apply_safeguard(row, country, safeguard)
    _refresh_warnings(row, today)
    session.add(row)
    session.flush()
    return row.reference


def update(session: Session, reference: str, **changes: Any) -> SubprocessorView:
    """Changes the given fields of an entry (transfer rows follow the countries)."""
    row = _find(session, reference)
    values = _entry_values(changes, creating=False)
    if "status" in values and values["status"] == "retired" and row.status != "retired":
        raise InvalidInput("--status", "retired", "is set with `subprocessor retire` (it records the date)")
    merged = {key: getattr(row, key) for key in DATE_FIELDS} | {k: v for k, v in values.items() if k in DATE_FIELDS}
    _check_dates(merged)
    if "processing_countries" in values and not values["processing_countries"]:
        values["processing_countries"] = [values.get("country", row.country)]
    changed = {key: value for key, value in values.items() if getattr(row, key) != value}
    today = _today(session)
    adequacy = adequacy_list()
    if changed:
        row.updated_at = dt.datetime.now(dt.UTC)
    for key, value in changed.items():
        setattr(row, key, value)
    _sync_transfers(row, adequacy)
    if row.status == "active" and row.active_from is None:
        row.active_from = today
    _refresh_warnings(row, today)
    session.flush()
    return _view(session, row, adequacy, today)


def set_transfer(session: Session, reference: str, country: str, safeguard: SafeguardInput) -> SubprocessorView:
    """Records the safeguard for one country outside the EEA where the entry processes."""
    row = _find(session, reference)
    code = check_country("--country", country)
    adequacy = adequacy_list()
    outside = rules.transfer_countries(row.country, row.processing_countries, adequacy)
    if code not in outside:
        why = "is in the EEA" if adequacy.is_eea(code) else "is not one of the entry's countries"
        raise InvalidInput("--country", country, f"{why}: no transfer to safeguard (add it with --locations first)")
    if safeguard.safeguard == "eea":
        raise InvalidInput("--mechanism", "eea", f"does not fit: {code} is outside the EEA")
    today = _today(session)
    row.updated_at = dt.datetime.now(dt.UTC)
    _apply_safeguard(row, code, safeguard)
    _refresh_warnings(row, today)
    session.flush()
    return _view(session, row, adequacy, today)


def retire(session: Session, reference: str, on: dt.date | str | None = None, reason: str = "") -> SubprocessorView:
    row = _find(session, reference)
    if row.status == "retired":
        raise RuleRefused(f"{row.reference} was already retired on {_iso(row.retired_on)}")
    day = _date_or_none("--on", on) or _today(session)
    note = _text("--reason", reason)
    if row.active_from and day < row.active_from:
        raise InvalidInput("--on", day.isoformat(), f"is before the entry became active ({row.active_from})")
    row.updated_at = dt.datetime.now(dt.UTC)
    row.status = "retired"
    row.retired_on = day
    if note:
        row.notes = f"{row.notes}\n{day.isoformat()}: {note}".strip()
    for a in session.scalars(
        select(SubprocessorAnnouncement).where(
            SubprocessorAnnouncement.subprocessor_id == row.id, SubprocessorAnnouncement.status == "open"
        )
    ):
        a.status = "withdrawn"
    _refresh_warnings(row, day)
    session.flush()
    return _view(session, row, adequacy_list(), _today(session))


def announce(
    session: Session,
    reference: str,
    *,
    announced_on: dt.date | str | None = None,
    effective_on: dt.date | str | None = None,
    replaces: str | None = None,
    message: str = "",
) -> AnnouncementView:
    """Announces a new or replacing subprocessor to the customers; the objection period becomes a deadline."""
    row = _find(session, reference)
    if row.status == "retired":
        raise RuleRefused(f"{row.reference} is retired; a retired subprocessor cannot be announced")
    day = _date_or_none("--on", announced_on) or _today(session)
    period = int(store_settings.get(session, "register.objection_period_days"))
    until = rules.objection_deadline(day, period)
    effective = _date_or_none("--effective", effective_on) or until + dt.timedelta(days=1)
    if effective <= until:
        raise InvalidInput(
            "--effective",
            effective.isoformat(),
            f"falls inside the objection period (customers may object until {until.isoformat()})",
        )
    replaced = ""
    if replaces:
        old = _find(session, replaces)
        if old.id == row.id:
            raise InvalidInput("--replaces", replaces, "is the entry being announced")
        replaced = old.reference
    open_one = session.scalar(
        select(SubprocessorAnnouncement.reference).where(
            SubprocessorAnnouncement.subprocessor_id == row.id, SubprocessorAnnouncement.status == "open"
        )
    )
    if open_one:
        raise RuleRefused(f"{row.reference} already has an open announcement {open_one}; close or withdraw it first")
    announcement = SubprocessorAnnouncement(
        reference=references.next_reference(session, "SPN", day.year),
        subprocessor=row,
        kind="replacement" if replaced else "new",
        replaces=replaced,
        announced_on=day,
        effective_on=effective,
        objection_until=until,
        message=_text("--message", message),
        status="open",
    )
    today = _today(session)
    row.updated_at = dt.datetime.now(dt.UTC)
    session.add(announcement)
    if row.status == "planned":
        row.status = "announced"
    if row.announced_on is None or row.announced_on < day:
        row.announced_on = day
    _refresh_warnings(row, today)
    session.flush()
    return _announcement_view(announcement, [])


def record_objection(
    session: Session,
    reference: str,
    *,
    customer: str,
    received_on: dt.date | str | None = None,
    reason: str = "",
) -> AnnouncementView:
    """Records a customer's objection against an announcement (its reference, or the entry's latest)."""
    announcement = _find_announcement(session, reference)
    name = _text("--customer", customer, required=True)
    day = _date_or_none("--received", received_on) or _today(session)
    if day < announcement.announced_on:
        raise InvalidInput(
            "--received", day.isoformat(), f"is before the announcement ({announcement.announced_on.isoformat()})"
        )
    if announcement.status == "withdrawn":
        raise RuleRefused(f"{announcement.reference} was withdrawn; there is nothing to object to")
    session.add(
        SubprocessorObjection(
            announcement=announcement, customer=name, received_on=day, reason=_text("--reason", reason), resolution=""
        )
    )
    session.flush()
    return get_announcement(session, announcement.reference)


def close_announcement(session: Session, reference: str, status: str = "closed") -> AnnouncementView:
    """Ends an announcement: `closed` (the change went ahead or was settled) or `withdrawn`."""
    announcement = _find_announcement(session, reference)
    _one_of("--status", status, ("closed", "withdrawn"))
    if announcement.status != "open":
        raise RuleRefused(f"{announcement.reference} is already {announcement.status}")
    announcement.status = status
    row = announcement.subprocessor
    if status == "closed" and row.status == "announced":
        row.status = "active"
        row.active_from = row.active_from or announcement.effective_on
        _refresh_warnings(row, _today(session))
    session.flush()
    return get_announcement(session, announcement.reference)


# -- for the other modules -----------------------------------------------------------------------


def deadlines(session: Session, now: dt.datetime) -> list[Deadline]:
    """Objection periods still running, transfer impact assessment reviews, missing DPAs."""
    today = today_in(organisation.get(session).timezone, now)
    found: list[Deadline] = []
    for a in session.scalars(
        select(SubprocessorAnnouncement)
        .where(SubprocessorAnnouncement.status == "open", SubprocessorAnnouncement.objection_until >= today)
        .options(selectinload(SubprocessorAnnouncement.subprocessor))
    ):
        found.append(
            Deadline(
                a.subprocessor.reference,
                "objection-period",
                a.objection_until,
                f"Objections to {a.subprocessor.name} ({a.reference})",
                "register",
                "Art. 28(2): customers may object until the end of the period",
                {"announcement": a.reference},
            )
        )
    reviews = session.execute(
        select(
            Subprocessor.reference, Subprocessor.name, SubprocessorTransfer.country, SubprocessorTransfer.tia_review_on
        )
        .join(SubprocessorTransfer)
        .where(Subprocessor.status != "retired", SubprocessorTransfer.tia_review_on.is_not(None))
    )
    for reference, name, country, review_on in reviews:
        found.append(
            Deadline(
                reference,
                "tia-review",
                review_on,
                f"Review the transfer impact assessment of {name} ({country})",
                "register",
                "Art. 46: the safeguard must stay effective (EDPB Recommendations 01/2020)",
                {"country": country},
            )
        )
    missing = session.execute(
        select(Subprocessor.reference, Subprocessor.name, Subprocessor.active_from, Subprocessor.announced_on).where(
            Subprocessor.status.in_(("announced", "active")), Subprocessor.dpa_signed_on.is_(None)
        )
    )
    for reference, name, active_from, announced_on in missing:
        found.append(
            Deadline(
                reference,
                "dpa-missing",
                active_from or announced_on or today,
                f"Get the data processing agreement with {name} signed",
                "register",
                "Art. 28(3)-(4): processing by a subprocessor is governed by a contract",
            )
        )
    return found


def changes(session: Session, start: dt.date, end: dt.date) -> RegisterChanges:
    """Entries that became active, were retired, and announcements made between start and end inclusive."""
    added = session.scalar(
        select(func.count()).select_from(Subprocessor).where(Subprocessor.active_from.between(start, end))
    )
    retired = session.scalar(
        select(func.count()).select_from(Subprocessor).where(Subprocessor.retired_on.between(start, end))
    )
    announced = session.scalar(
        select(func.count())
        .select_from(SubprocessorAnnouncement)
        .where(SubprocessorAnnouncement.announced_on.between(start, end))
    )
    return RegisterChanges(int(added or 0), int(retired or 0), int(announced or 0))


ADEQUACY_SEEN_KEY = "register.adequacy_seen"


def refresh_warnings_if_stale(session: Session) -> int:
    """Recounts the stored warnings when the adequacy list in use is not the one they were counted with."""
    import hashlib

    from dpo_desk.store.models import StoreMeta

    adequacy = adequacy_list()
    digest = hashlib.sha256(adequacy_path().read_bytes()).hexdigest()[:16]
    identity = f"{adequacy.as_of.isoformat()}:{digest}"
    row = session.get(StoreMeta, ADEQUACY_SEEN_KEY)
    if row is not None and row.value == identity:
        return 0
    changed = refresh_all_warnings(session)
    if row is None:
        session.add(StoreMeta(key=ADEQUACY_SEEN_KEY, value=identity))
    else:
        row.value = identity
    session.flush()
    return changed


def refresh_all_warnings(session: Session) -> int:
    """Recounts every entry's stored warnings (after the adequacy list was replaced); returns how many changed."""
    today = _today(session)
    changed = 0
    for row in session.scalars(select(Subprocessor).options(selectinload(Subprocessor.transfers))):
        before = row.warning_count
        _refresh_warnings(row, today)
        changed += before != row.warning_count
    session.flush()
    return changed

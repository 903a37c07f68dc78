"""The subprocessor register and its transfers (Art. 28, 44-49): entries, safeguards, announcements, objections.

Every change goes through here: input is validated first (register_checks; nothing is stored from
refused input), and each entry's date-independent warning count is kept up to date so the window
can filter "has warnings" in SQL. Views (register_views) are plain frozen dataclasses.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Text, and_, func, or_, select, type_coerce
from sqlalchemy.orm import Session, selectinload

from dpo_desk.clock import now_of
from dpo_desk.domain import validation
from dpo_desk.domain.deadline import Deadline
from dpo_desk.domain.transfers import SAFEGUARDS
from dpo_desk.errors import InvalidInput, NotFound, RuleRefused
from dpo_desk.rules import transfers as rules
from dpo_desk.services import organisation, references
from dpo_desk.services import settings as store_settings
from dpo_desk.services.core_rows import rows_of
from dpo_desk.services.register_checks import (
    ADEQUACY_ENV,
    SafeguardInput,
    adequacy_list,
    adequacy_path,
    check_countries,
    check_country,
    check_safeguard,
    country_name,
    install_adequacy,
    list_field,
)
from dpo_desk.services.register_views import (
    AnnouncementView,
    FindingView,
    HistoryEntry,
    ObjectionView,
    RegisterChanges,
    RegisterFilter,
    SubprocessorRow,
    SubprocessorView,
    TransferDetail,
    TransferView,
    iso,
)
from dpo_desk.store import search
from dpo_desk.store.models.core import AuditEntry
from dpo_desk.store.models.register import (
    Subprocessor,
    SubprocessorAnnouncement,
    SubprocessorObjection,
    SubprocessorTransfer,
)

ANNOUNCEMENT_KINDS = ("new", "replacement")
TEXT_FIELDS = ("name", "legal_entity_id", "address", "service", "purpose", "serves", "contact", "website", "notes")
LIST_FIELDS = ("data_categories", "subject_categories")
DATE_FIELDS = ("dpa_signed_on", "planned_on", "announced_on", "active_from", "retired_on")
SORT_KEYS = ("reference", "name", "country", "status", "service", "dpa_signed_on", "active_from", "warning_count")


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


def _facts(row: Subprocessor, our_roles: Sequence[str] = ()) -> rules.EntryFacts:
    return rules.EntryFacts(
        our_roles=tuple(our_roles),
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


def _findings(
    row: Subprocessor, adequacy: rules.AdequacyList, today: dt.date, our_roles: Sequence[str] = ()
) -> list[FindingView]:
    return [
        FindingView(row.reference, row.name, f.code, f.severity, f.message, f.country, f.values)
        for f in rules.check_entry(_facts(row, our_roles), adequacy, today)
    ]


def _our_roles(session: Session, entry_id: int | None = None) -> dict[int, tuple[str, ...]]:
    """The roles we act in for the activities each subprocessor serves, from the records module's links.

    Read through the tables (the records module may be absent): processor, or controller for a
    controller's or joint controller's activity. An entry no activity links to has no known role.
    """
    from dpo_desk.store.models import Base

    links, activities = (Base.metadata.tables.get(t) for t in ("activity_subprocessor", "processing_activity"))
    if links is None or activities is None:
        return {}
    query = (
        select(links.c.subprocessor_id, activities.c.role)
        .join(activities, activities.c.id == links.c.activity_id)
        .where(activities.c.status != "retired")
    )
    if entry_id is not None:
        query = query.where(links.c.subprocessor_id == entry_id)
    found: dict[int, set[str]] = {}
    for subprocessor_id, role in session.execute(query):
        found.setdefault(subprocessor_id, set()).add("processor" if role == "processor" else "controller")
    return {key: tuple(sorted(roles)) for key, roles in found.items()}


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


def _announcements_by_entry(session: Session, entry_id: int | None = None) -> dict[int, list[AnnouncementView]]:
    """Announcements with their objections, per entry id: two queries, however many entries."""
    query = (
        select(SubprocessorAnnouncement)
        .options(selectinload(SubprocessorAnnouncement.subprocessor))
        .order_by(SubprocessorAnnouncement.announced_on, SubprocessorAnnouncement.id)
    )
    objections_query = select(SubprocessorObjection).order_by(
        SubprocessorObjection.received_on, SubprocessorObjection.id
    )
    if entry_id is not None:
        query = query.where(SubprocessorAnnouncement.subprocessor_id == entry_id)
        objections_query = objections_query.join(SubprocessorAnnouncement).where(
            SubprocessorAnnouncement.subprocessor_id == entry_id
        )
    objections: dict[int, list[SubprocessorObjection]] = {}
    for objection in session.scalars(objections_query):
        objections.setdefault(objection.announcement_id, []).append(objection)
    found: dict[int, list[AnnouncementView]] = {}
    for a in session.scalars(query):
        found.setdefault(a.subprocessor_id, []).append(_announcement_view(a, objections.get(a.id, [])))
    return found


def _view(
    row: Subprocessor,
    adequacy: rules.AdequacyList,
    today: dt.date,
    announcements: list[AnnouncementView],
    our_roles: Sequence[str] = (),
) -> SubprocessorView:
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
        findings=_findings(row, adequacy, today, our_roles),
        announcements=announcements,
    )


def get(session: Session, reference: str) -> SubprocessorView:
    return _view_of(session, _find(session, reference))


def _view_of(session: Session, row: Subprocessor) -> SubprocessorView:
    announcements = _announcements_by_entry(session, row.id).get(row.id, [])
    roles = _our_roles(session, row.id).get(row.id, ())
    return _view(row, adequacy_list(), organisation.today(session), announcements, roles)


def all_entries(session: Session, include_retired: bool = True) -> list[SubprocessorView]:
    """Every entry with its transfers and findings, by reference (the register report, `list --json`)."""
    adequacy, today = adequacy_list(), organisation.today(session)
    query = select(Subprocessor).options(selectinload(Subprocessor.transfers)).order_by(Subprocessor.reference)
    if not include_retired:
        query = query.where(Subprocessor.status != "retired")
    announcements, roles = _announcements_by_entry(session), _our_roles(session)
    return [
        _view(row, adequacy, today, announcements.get(row.id, []), roles.get(row.id, ()))
        for row in session.scalars(query)
    ]


def _filtered(query: Any, filters: RegisterFilter, today: dt.date) -> Any:
    # Conditions on transfers are `id IN (subquery)`: SQLite runs such a subquery once, where a
    # correlated EXISTS would scan the transfers once per entry (minutes at 100,000 entries).
    transfer_owner = select(SubprocessorTransfer.subprocessor_id)
    if filters.status:
        query = query.where(Subprocessor.status == filters.status)
    if filters.country:
        code = filters.country.upper()
        # processing_countries is a JSON array of codes: a quoted match finds an element exactly.
        query = query.where(
            or_(
                Subprocessor.country == code,
                type_coerce(Subprocessor.processing_countries, Text).contains(f'"{code}"'),
                Subprocessor.id.in_(transfer_owner.where(SubprocessorTransfer.country == code)),
            )
        )
    if filters.safeguard:
        if filters.safeguard == "eea":
            query = query.where(Subprocessor.id.not_in(transfer_owner))
        else:
            query = query.where(
                Subprocessor.id.in_(transfer_owner.where(SubprocessorTransfer.safeguard == filters.safeguard))
            )
    if filters.has_warnings is not None:
        review_past = Subprocessor.id.in_(transfer_owner.where(SubprocessorTransfer.tia_review_on < today))
        warned = and_(Subprocessor.status != "retired", or_(Subprocessor.warning_count > 0, review_past))
        query = query.where(warned if filters.has_warnings else ~warned)
    if filters.search.strip():
        columns = (Subprocessor.reference, Subprocessor.name, Subprocessor.service)
        query = query.where(search.contains_any(columns, filters.search))
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
    adequacy, today = adequacy_list(), organisation.today(session)
    query = _filtered(select(Subprocessor), filters, today).order_by(*order).offset(offset).limit(limit)
    rows = session.scalars(query.options(selectinload(Subprocessor.transfers))).all()
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
    query = _filtered(
        select(func.count()).select_from(Subprocessor), filters or RegisterFilter(), organisation.today(session)
    )
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
    adequacy, today = adequacy_list(), organisation.today(session)
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
            decision = adequacy.decision_for(country) if facts.safeguard == "adequacy" else None
            views.append(
                TransferView(
                    row.reference,
                    row.name,
                    country,
                    facts.safeguard if facts.safeguard in SAFEGUARDS else "none",
                    rules.describe(facts, adequacy),
                    [f.message for f in found if f.is_warning],
                    facts.scc_module,
                    facts.derogation,
                    decision.reference if decision else "",
                    tuple(f for f in found if f.is_warning),
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
            values[key] = validation.text(key, changes[key], required=key in ("name", "service"))
    for key in LIST_FIELDS:
        if key in changes:
            values[key] = list_field(key, changes[key])
    for key in DATE_FIELDS:
        if key in changes:
            values[key] = validation.optional_date(key, changes[key])
    if "country" in changes or creating:
        values["country"] = check_country("country", changes.get("country"))
    if "processing_countries" in changes:
        values["processing_countries"] = check_countries("processing_countries", changes["processing_countries"])
    if "status" in changes and changes["status"] is not None:
        values["status"] = validation.one_of("status", str(changes["status"]).strip().lower(), rules.STATUSES)
    if "dpf_certified" in changes:
        values["dpf_certified"] = bool(changes["dpf_certified"])
    unknown = set(changes) - set(TEXT_FIELDS) - set(LIST_FIELDS) - set(DATE_FIELDS)
    unknown -= {"country", "processing_countries", "status", "dpf_certified"}
    if unknown:
        raise InvalidInput(
            "field",
            sorted(unknown)[0],
            "is not a field of a register entry",
            code="not-an-entry-field",
            values={"name": sorted(unknown)[0]},
        )
    return values


def _check_dates(row_values: dict[str, Any]) -> None:
    for later, earlier, code in (
        ("retired_on", "active_from", "before-active"),
        ("active_from", "planned_on", "before-planned"),
    ):
        a, b = row_values.get(later), row_values.get(earlier)
        if a and b and a < b:
            raise InvalidInput(
                later, a.isoformat(), f"is before {earlier.replace('_', ' ')}", code=code, values={"earliest": b}
            )


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
            raise InvalidInput(key, None, "is missing", code="required")
    values.setdefault("processing_countries", [])
    if not values["processing_countries"]:
        values["processing_countries"] = [values["country"]]
    safeguard = safeguard or SafeguardInput()
    adequacy = adequacy_list()
    outside = rules.transfer_countries(values["country"], values["processing_countries"], adequacy)
    if safeguard.safeguard == "eea" and outside:
        raise InvalidInput(
            "safeguard",
            "eea",
            f"does not fit: {', '.join(outside)} is outside the EEA; give its safeguard",
            code="eea-outside",
            values={"countries": list(outside)},
        )
    if safeguard.safeguard not in ("eea", "none") and not outside:
        raise InvalidInput(
            "safeguard",
            safeguard.safeguard,
            "is for transfers outside the EEA; every country here is in the EEA",
            code="safeguard-without-transfer",
        )
    today = today or organisation.today(session)
    values.setdefault("status", "active")
    if values["status"] == "active" and "active_from" not in values:
        values["active_from"] = today
    if values["status"] == "planned" and "planned_on" not in values:
        values["planned_on"] = today
    if values["status"] == "retired":
        raise InvalidInput("status", "retired", "is set by retiring the entry; add it first", code="retired-when-added")
    _check_dates(values)
    now = now_of(session)
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
        raise InvalidInput(
            "status", "retired", "is set by retiring the entry (which records the date)", code="retired-by-retiring"
        )
    merged = {key: getattr(row, key) for key in DATE_FIELDS} | {k: v for k, v in values.items() if k in DATE_FIELDS}
    _check_dates(merged)
    if "processing_countries" in values and not values["processing_countries"]:
        values["processing_countries"] = [values.get("country", row.country)]
    changed = {key: value for key, value in values.items() if getattr(row, key) != value}
    today = organisation.today(session)
    adequacy = adequacy_list()
    if changed:
        row.updated_at = now_of(session)
    for key, value in changed.items():
        setattr(row, key, value)
    _sync_transfers(row, adequacy)
    if row.status == "active" and row.active_from is None:
        row.active_from = today
    _refresh_warnings(row, today)
    session.flush()
    return _view_of(session, row)


def set_transfer(session: Session, reference: str, country: str, safeguard: SafeguardInput) -> SubprocessorView:
    """Records the safeguard for one country outside the EEA where the entry processes."""
    row = _find(session, reference)
    code = check_country("country", country)
    adequacy = adequacy_list()
    outside = rules.transfer_countries(row.country, row.processing_countries, adequacy)
    if code not in outside:
        why, reason_code = (
            ("is in the EEA", "country-in-eea")
            if adequacy.is_eea(code)
            else ("is not one of the entry's countries", "not-an-entry-country")
        )
        raise InvalidInput(
            "country",
            country,
            f"{why}: no transfer to safeguard (add it to the processing countries first)",
            code=reason_code,
            values={"country": code},
        )
    if safeguard.safeguard == "eea":
        raise InvalidInput(
            "safeguard",
            "eea",
            f"does not fit: {code} is outside the EEA",
            code="eea-outside",
            values={"countries": [code]},
        )
    today = organisation.today(session)
    row.updated_at = now_of(session)
    _apply_safeguard(row, code, safeguard)
    _refresh_warnings(row, today)
    session.flush()
    return _view_of(session, row)


def retire(session: Session, reference: str, on: dt.date | str | None = None, reason: str = "") -> SubprocessorView:
    row = _find(session, reference)
    if row.status == "retired":
        raise RuleRefused(
            f"{row.reference} was already retired on {iso(row.retired_on)}",
            code="already-retired",
            values={"reference": row.reference, "retired_on": row.retired_on},
        )
    day = validation.optional_date("on", on) or organisation.today(session)
    note = validation.text("reason", reason)
    if row.active_from and day < row.active_from:
        raise InvalidInput(
            "on",
            day.isoformat(),
            f"is before the entry became active ({row.active_from})",
            code="before-active",
            values={"earliest": row.active_from},
        )
    row.updated_at = now_of(session)
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
    return _view_of(session, row)


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
        raise RuleRefused(
            f"{row.reference} is retired; a retired subprocessor cannot be announced",
            code="retired-not-announced",
            values={"reference": row.reference},
        )
    day = validation.optional_date("announced_on", announced_on) or organisation.today(session)
    period = int(store_settings.get(session, "register.objection_period_days"))
    until = rules.objection_deadline(day, period)
    effective = validation.optional_date("effective_on", effective_on) or until + dt.timedelta(days=1)
    if effective <= until:
        raise InvalidInput(
            "effective_on",
            effective.isoformat(),
            f"falls inside the objection period (customers may object until {until.isoformat()})",
            code="inside-objection-period",
            values={"until": until},
        )
    replaced = ""
    if replaces:
        old = _find(session, replaces)
        if old.id == row.id:
            raise InvalidInput("replaces", replaces, "is the entry being announced", code="replaces-itself")
        replaced = old.reference
    open_one = session.scalar(
        select(SubprocessorAnnouncement.reference).where(
            SubprocessorAnnouncement.subprocessor_id == row.id, SubprocessorAnnouncement.status == "open"
        )
    )
    if open_one:
        raise RuleRefused(
            f"{row.reference} already has an open announcement {open_one}; close or withdraw it first",
            code="announcement-open",
            values={"reference": row.reference, "announcement": open_one},
        )
    announcement = SubprocessorAnnouncement(
        reference=references.next_reference(session, "SPN", day.year),
        subprocessor=row,
        kind="replacement" if replaced else "new",
        replaces=replaced,
        announced_on=day,
        effective_on=effective,
        objection_until=until,
        message=validation.text("message", message),
        status="open",
    )
    today = organisation.today(session)
    row.updated_at = now_of(session)
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
    name = validation.text("customer", customer, required=True)
    day = validation.optional_date("received_on", received_on) or organisation.today(session)
    if day < announcement.announced_on:
        raise InvalidInput(
            "received_on",
            day.isoformat(),
            f"is before the announcement ({announcement.announced_on.isoformat()})",
            code="before-announcement",
            values={"earliest": announcement.announced_on},
        )
    if announcement.status == "withdrawn":
        raise RuleRefused(
            f"{announcement.reference} was withdrawn; there is nothing to object to",
            code="announcement-withdrawn",
            values={"reference": announcement.reference},
        )
    session.add(
        SubprocessorObjection(
            announcement=announcement,
            customer=name,
            received_on=day,
            reason=validation.text("reason", reason),
            resolution="",
        )
    )
    session.flush()
    return get_announcement(session, announcement.reference)


def close_announcement(session: Session, reference: str, status: str = "closed") -> AnnouncementView:
    """Ends an announcement: `closed` (the change went ahead) or `withdrawn`.

    Closing a replacement retires the replaced subprocessor on the day the change took effect.
    """
    announcement = _find_announcement(session, reference)
    validation.one_of("status", status, ("closed", "withdrawn"))
    if announcement.status != "open":
        raise RuleRefused(
            f"{announcement.reference} is already {announcement.status}",
            code="announcement-settled",
            values={"reference": announcement.reference, "status": announcement.status},
        )
    today = organisation.today(session)
    announcement.status = status
    row = announcement.subprocessor
    if status == "closed" and row.status == "announced":
        row.status = "active"
        row.active_from = row.active_from or announcement.effective_on
        _refresh_warnings(row, today)
    session.flush()
    if status == "closed" and announcement.replaces:
        # The change went ahead: the subprocessor it replaced leaves the register on the same day.
        replaced = _find(session, announcement.replaces)
        if replaced.status != "retired":
            # Normally the change's effective day; an entry recorded as active only after that day
            # (entered late) leaves on the day it was recorded, never before it came.
            day = max(announcement.effective_on, replaced.active_from or announcement.effective_on)
            retire(session, replaced.reference, day, f"replaced by {row.reference}")
    session.flush()
    return get_announcement(session, announcement.reference)


# -- for the other modules -----------------------------------------------------------------------


def deadlines(session: Session, now: dt.datetime) -> list[Deadline]:
    """Objection periods still running, transfer impact assessment reviews, missing DPAs
    (services/open_limits/register.py reads them through the Core)."""
    from dpo_desk.services.open_limits import register as limits

    return limits.deadlines(rows_of(session), now, organisation.get(session).timezone)


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
    """Recounts the stored warnings when the adequacy list changed, or on a new day.

    A decision can lapse by date alone (the UK's runs to 27 Dec 2031), so counts are redone at most
    once a day; the window asks on opening the register, `subprocessor list --warnings` before listing.
    """
    import hashlib

    from dpo_desk.store.models import StoreMeta

    adequacy = adequacy_list()
    digest = hashlib.sha256(adequacy_path().read_bytes()).hexdigest()[:16]
    identity = f"{rules.RULES_VERSION}:{adequacy.as_of.isoformat()}:{digest}:{organisation.today(session).isoformat()}"
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
    today = organisation.today(session)
    changed = 0
    for row in session.scalars(select(Subprocessor).options(selectinload(Subprocessor.transfers))):
        before = row.warning_count
        _refresh_warnings(row, today)
        changed += before != row.warning_count
    session.flush()
    return changed


__all__ = [
    "ADEQUACY_ENV",
    "AnnouncementView",
    "FindingView",
    "HistoryEntry",
    "ObjectionView",
    "RegisterChanges",
    "RegisterFilter",
    "SafeguardInput",
    "SubprocessorRow",
    "SubprocessorView",
    "TransferDetail",
    "TransferView",
    "adequacy_list",
    "adequacy_path",
    "check_countries",
    "check_country",
    "check_safeguard",
    "country_name",
    "install_adequacy",
]

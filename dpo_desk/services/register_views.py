"""The register's views: plain frozen dataclasses the window, the command line and other modules read.

Never ORM objects: each view is built inside a session and is safe to pass between threads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from dpo_desk.rules import transfers as rules
from dpo_desk.store.search import term_of


@dataclass(frozen=True)
class TransferView:
    """A transfer of a subprocessor to a country outside the EEA (the contract other modules read)."""

    subprocessor: str
    name: str
    country: str
    safeguard: str
    detail: str
    warnings: list[str] = field(default_factory=list)
    # the safeguard's particulars, so a document can word them in its own language
    scc_module: int | None = None
    derogation: str = ""
    decision: str = ""  # the adequacy decision's reference, the same in every language
    # the warnings as the rules found them (code and values), so a front end words them in its language
    findings: tuple[rules.Finding, ...] = ()


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
            "tia_on": iso(self.tia_on),
            "tia_review_on": iso(self.tia_review_on),
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
    # what the message names, as data (rules.transfers.Finding.values), for a front end's own wording
    values: Mapping[str, Any] = field(default_factory=dict, hash=False)

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
            "dpa_signed": iso(self.dpa_signed_on),
            "status": self.status,
            "planned_on": iso(self.planned_on),
            "announced_on": iso(self.announced_on),
            "active_from": iso(self.active_from),
            "retired_on": iso(self.retired_on),
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

    def __post_init__(self) -> None:
        object.__setattr__(self, "search", term_of(self.search))


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None

"""Evidence bundles: what a case's bundle holds, gathered as plain data, and the audit entry that records it.

A bundle lets the Ombudsman or a court check a case without DPO Desk: the case's report, every
attachment as it was received, the case's audit trail entries with their chain hashes, and the
store's audit head at the time of export. `reporting.evidence_bundle` writes it as a zip with a
manifest of SHA-256 sums; `record_bundle` files the export on the case's own audit trail.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from dpo_desk.clock import now_of
from dpo_desk.services import attachments, audit_trail, organisation, reports


@dataclass(frozen=True)
class BundleAttachment:
    reference: str
    filename: str  # as received (cleaned of folders on intake)
    data: bytes


@dataclass(frozen=True)
class EvidenceBundle:
    """`report` is the case's own report data: a `reports.BreachCase` or a `RequestCase`."""

    case_reference: str
    kind: str  # breach | request
    lang: str
    report: Any
    attachments: tuple[BundleAttachment, ...]
    trail: tuple[audit_trail.EntryView, ...]
    audit_head: tuple[int, str] | None
    exported_at: dt.datetime


@dataclass(frozen=True)
class RequestCase:
    """A rights request as its case record prints it: every field and the timeline."""

    request: Any  # services.requests.RequestView
    organisation: organisation.OrganisationView
    lang: str
    now: dt.datetime


def _attachments(session: Session, reference: str) -> tuple[BundleAttachment, ...]:
    found = []
    for view in attachments.list_for(session, reference):
        _, data = attachments.content(session, view.reference)  # checked against the stored hash
        found.append(BundleAttachment(view.reference, view.filename, data))
    return tuple(found)


def _bundle(session: Session, reference: str, kind: str, lang: str, report: Any) -> EvidenceBundle:
    return EvidenceBundle(
        reference,
        kind,
        lang,
        report,
        _attachments(session, reference),
        tuple(audit_trail.for_record(session, reference)),
        audit_trail.head(session),
        now_of(session),
    )


def gather_breach_bundle(session: Session, reference: str, lang: str | None = None) -> EvidenceBundle:
    case = reports.gather_breach(session, reference, lang)
    return _bundle(session, case.breach.reference, "breach", case.lang, case)


def gather_request_bundle(session: Session, reference: str, lang: str | None = None) -> EvidenceBundle:
    from dpo_desk.domain.languages import check_language
    from dpo_desk.services import requests

    view = requests.show(session, reference)
    language = check_language(lang or view.language)
    case = RequestCase(view, organisation.get(session), language, now_of(session))
    return _bundle(session, view.reference, "request", language, case)


def record_bundle(session: Session, bundle: EvidenceBundle, filename: str, manifest_sha256: str) -> None:
    """Files the export on the case's audit trail: which file, and the manifest hash given to the other side."""
    from dpo_desk.store import audit

    audit.append_entry(
        session,
        "export",
        "evidence_bundle",
        bundle.case_reference,
        {
            "bundle": [None, filename],
            "manifest_sha256": [None, manifest_sha256],
            "files": [None, len(bundle.attachments)],
        },
    )


def export_bundle(
    session: Session, kind: str, reference: str, lang: str | None, write: Callable[[EvidenceBundle], str], filename: str
) -> tuple[EvidenceBundle, str]:
    """Gathers the case's bundle, has `write` make the file (it returns the manifest's SHA-256), and records it.

    Run it in a write session: the bundle and its audit entry stand or fall together.
    """
    gather = gather_breach_bundle if kind == "breach" else gather_request_bundle
    bundle = gather(session, reference, lang)
    digest = write(bundle)
    record_bundle(session, bundle, filename, digest)
    return bundle, digest

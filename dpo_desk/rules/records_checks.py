"""Consistency warnings on a processing activity (Art. 5(2), 6, 9, 30, 35, 36, 44): pure, from plain facts.

The service gathers the facts (the activity, its linked subprocessors' transfer warnings, its
screening and assessment); these functions only judge them, so each warning has worked examples.
A retired activity raises none: it is kept for the record, not processed any more.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

LEGAL_BASES = {
    "consent": "a",
    "contract": "b",
    "legal-obligation": "c",
    "vital-interests": "d",
    "public-task": "e",
    "legitimate-interests": "f",
}
SPECIAL_CONDITIONS = {
    "explicit-consent": "a",
    "employment-social-security": "b",
    "vital-interests": "c",
    "not-for-profit-body": "d",
    "made-public": "e",
    "legal-claims": "f",
    "substantial-public-interest": "g",
    "health-or-social-care": "h",
    "public-health": "i",
    "archiving-research-statistics": "j",
}
ROLES = ("controller", "joint-controller", "processor")
STATUSES = ("draft", "active", "retired")

CODES = (
    "controller-missing",
    "controller-contact-missing",
    "no-purpose",
    "purpose-without-legal-basis",
    "balancing-test-missing",
    "special-without-condition",
    "no-retention",
    "transfer-warning",
    "transfer-without-safeguard",
    "dpia-missing",
    "dpia-review-overdue",
    "prior-consultation-missing",
    "review-overdue",
)


@dataclass(frozen=True)
class PurposeFacts:
    purpose: str
    legal_basis: str = ""
    special_condition: str = ""
    balancing_on: dt.date | None = None
    balancing_conclusion: str = ""


@dataclass(frozen=True)
class ActivityFacts:
    reference: str
    name: str = ""
    status: str = "active"
    role: str = "controller"
    controllers: tuple[str, ...] = ()
    controller_contacts: tuple[str, ...] = ()
    purposes: tuple[PurposeFacts, ...] = ()
    special_categories: tuple[str, ...] = ()
    retention: str = ""
    # (subprocessor reference, its name, the register's warning) for each linked subprocessor's transfer; the
    # warning is its English message, or the register's finding (rules.transfers.Finding: code, message, values)
    transfer_warnings: tuple[tuple[str, str, Any], ...] = ()
    # (country, safeguard) of each transfer entered by hand
    manual_transfers: tuple[tuple[str, str], ...] = ()
    screening_required: bool = False
    assessment_recorded: bool = False
    assessment_next_review: dt.date | None = None
    residual_risk: str = ""
    prior_consultation_on: dt.date | None = None
    last_reviewed_on: dt.date | None = None
    next_review_on: dt.date | None = None


@dataclass(frozen=True)
class Finding:
    reference: str
    code: str
    message: str
    detail: dict[str, Any] = field(default_factory=dict)
    # what the message names, as data, so a front end words it in its language (not in the JSON: `detail` is)
    values: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {"reference": self.reference, "code": self.code, "message": self.message, **self.detail}


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later; the month's last day when it has no such day (31 Jan + 1 -> 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def review_due(last_reviewed_on: dt.date | None, next_review_on: dt.date | None, review_months: int) -> dt.date | None:
    """When the activity must next be reviewed: the earlier of the date set and the last review + the period."""
    candidates = [d for d in (next_review_on,) if d is not None]
    if last_reviewed_on is not None:
        candidates.append(add_months(last_reviewed_on, review_months))
    return min(candidates) if candidates else None


def check(facts: ActivityFacts, today: dt.date, review_months: int = 12) -> list[Finding]:
    """Every warning the activity raises as of `today`, in a stable order."""
    if facts.status == "retired":
        return []
    ref = facts.reference
    found: list[Finding] = []
    if facts.role in ("joint-controller", "processor") and not facts.controllers:
        whom = "the other joint controllers" if facts.role == "joint-controller" else "the controllers it serves"
        found.append(
            Finding(
                ref,
                "controller-missing",
                f"As {facts.role}, the record must name {whom} (Art. 26, 30).",
                values={"role": facts.role},
            )
        )
    processor = facts.role == "processor"
    if processor:
        for number, controller in enumerate(facts.controllers):
            contact = facts.controller_contacts[number] if number < len(facts.controller_contacts) else ""
            if not contact.strip():
                found.append(
                    Finding(
                        ref,
                        "controller-contact-missing",
                        f"The contact details of the controller {controller!r} are missing (Art. 30(2)(a)).",
                        {"controller": controller},
                        {"controller": controller},
                    )
                )
    if not facts.purposes:
        what = "No category of processing" if processor else "No purpose"
        article = "30(2)(b)" if processor else "30(1)(b)"
        found.append(
            Finding(
                ref,
                "no-purpose",
                f"{what} is recorded (Art. {article}); add at least one.",
                values={"processor": processor},
            )
        )
    # a processor acts on the controller's instructions: the legal basis is the controller's to record
    for number, purpose in enumerate(facts.purposes if not processor else (), start=1):
        shown = purpose.purpose or f"purpose {number}"
        if purpose.legal_basis not in LEGAL_BASES:
            found.append(
                Finding(
                    ref,
                    "purpose-without-legal-basis",
                    f"The purpose {shown!r} has no legal basis under Art. 6(1).",
                    {"purpose": purpose.purpose},
                    {"purpose": purpose.purpose, "number": number},
                )
            )
        elif purpose.legal_basis == "legitimate-interests" and (
            purpose.balancing_on is None or not purpose.balancing_conclusion.strip()
        ):
            found.append(
                Finding(
                    ref,
                    "balancing-test-missing",
                    f"The purpose {shown!r} relies on legitimate interests without a recorded balancing test "
                    "(its date and conclusion).",
                    {"purpose": purpose.purpose},
                    {"purpose": purpose.purpose, "number": number},
                )
            )
    if facts.special_categories:
        conditions = [p for p in facts.purposes if p.special_condition in SPECIAL_CONDITIONS]
        if not conditions:
            found.append(
                Finding(
                    ref,
                    "special-without-condition",
                    "Special categories of data ("
                    + ", ".join(facts.special_categories)
                    + ") are processed without an Art. 9(2) condition.",
                    values={"categories": tuple(facts.special_categories)},
                )
            )
    if not facts.retention.strip() and not processor:  # Art. 30(2) asks no erasure time limits of a processor
        found.append(Finding(ref, "no-retention", "No retention period or criteria for it (Art. 30(1)(f))."))
    for sp_ref, sp_name, warning in facts.transfer_warnings:
        text = getattr(warning, "message", warning)
        found.append(
            Finding(
                ref,
                "transfer-warning",
                f"Linked subprocessor {sp_name or sp_ref} ({sp_ref}): {text}",
                {"subprocessor": sp_ref},
                {
                    "subprocessor": sp_ref,
                    "name": sp_name,
                    "warning": text,
                    "finding": None if isinstance(warning, str) else warning,
                },
            )
        )
    for country, safeguard in facts.manual_transfers:
        if safeguard in ("", "none"):
            found.append(
                Finding(
                    ref,
                    "transfer-without-safeguard",
                    f"The transfer to {country} entered by hand has no safeguard (Art. 44-49).",
                    {"country": country},
                    {"country": country},
                )
            )
    if facts.screening_required and not facts.assessment_recorded:
        found.append(
            Finding(ref, "dpia-missing", "The screening says an impact assessment is needed, but none is recorded.")
        )
    if facts.assessment_recorded and facts.assessment_next_review is not None and facts.assessment_next_review < today:
        found.append(
            Finding(
                ref,
                "dpia-review-overdue",
                f"The impact assessment was due for review on {facts.assessment_next_review.isoformat()}.",
                values={"date": facts.assessment_next_review},
            )
        )
    if facts.assessment_recorded and facts.residual_risk == "high" and facts.prior_consultation_on is None:
        found.append(
            Finding(
                ref,
                "prior-consultation-missing",
                "A high residual risk remains but no prior consultation of the Data Protection Ombudsman is "
                "recorded (Art. 36).",
            )
        )
    due = review_due(facts.last_reviewed_on, facts.next_review_on, review_months)
    if due is None or due < today:
        when = facts.last_reviewed_on.isoformat() if facts.last_reviewed_on else "never"
        found.append(
            Finding(
                ref,
                "review-overdue",
                f"Not reviewed within {review_months} months or by its review date (last review: {when}).",
                values={"months": review_months, "last_reviewed": facts.last_reviewed_on},
            )
        )
    return found

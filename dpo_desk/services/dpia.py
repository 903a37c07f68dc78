"""Impact assessments (Art. 35, 36): screening an activity, and recording its assessment (DPIA-0001).

The screening rules are pure (`rules.dpia`); the list they apply ships as data in
`resources/dpia-list.json` and is read here. One assessment per activity; recording again updates it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpo_desk.clock import now_of
from dpo_desk.domain import validation
from dpo_desk.domain.timeparse import iso_date
from dpo_desk.errors import InvalidInput, NotFound, RuleRefused
from dpo_desk.rules import dpia as rules
from dpo_desk.rules.records_checks import add_months
from dpo_desk.services import organisation, references
from dpo_desk.services import records as records_service
from dpo_desk.services.dpia_screening import parse_criteria, recorded_data, screen_activity_row
from dpo_desk.store.models.records import AssessmentRisk, ImpactAssessment, ProcessingActivity

PREFIX = "DPIA"


# -- views ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RiskInput:
    description: str
    likelihood: str
    severity: str
    measures: str = ""


@dataclass(frozen=True)
class RiskView:
    description: str
    likelihood: str
    severity: str
    level: str
    measures: str

    def to_json(self) -> dict[str, Any]:
        return {
            "description": self.description,
            "likelihood": self.likelihood,
            "severity": self.severity,
            "level": self.level,
            "measures": self.measures,
        }


@dataclass(frozen=True)
class AssessmentView:
    reference: str
    activity: str
    activity_name: str
    description: str
    necessity: str
    risks: tuple[RiskView, ...]
    measures: str
    dpo_advice: str
    dpo_advice_followed: bool | None
    dpo_advice_reason: str
    residual_risk: str
    prior_consultation_needed: bool
    prior_consultation_on: dt.date | None
    prior_consultation_outcome: str
    assessed_on: dt.date
    next_review_on: dt.date | None

    def to_json(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "activity": self.activity,
            "activity_name": self.activity_name,
            "description": self.description,
            "necessity": self.necessity,
            "risks": [r.to_json() for r in self.risks],
            "measures": self.measures,
            "dpo_advice": self.dpo_advice,
            "dpo_advice_followed": self.dpo_advice_followed,
            "dpo_advice_reason": self.dpo_advice_reason,
            "residual_risk": self.residual_risk,
            "prior_consultation_needed": self.prior_consultation_needed,
            "prior_consultation_on": iso_date(self.prior_consultation_on),
            "prior_consultation_outcome": self.prior_consultation_outcome,
            "assessed_on": iso_date(self.assessed_on),
            "next_review_on": iso_date(self.next_review_on),
        }


@dataclass(frozen=True)
class DpiaView:
    """An activity's screening and, if recorded, its assessment."""

    activity: str
    activity_name: str
    screened_on: dt.date | None
    screening: rules.Screening
    assessment: AssessmentView | None
    recorded: rules.RecordedData = field(default_factory=rules.RecordedData)

    @property
    def required(self) -> bool:
        return self.screening.required

    def to_json(self) -> dict[str, Any]:
        return {
            "activity": self.activity,
            "activity_name": self.activity_name,
            "screened_on": iso_date(self.screened_on),
            **self.screening.to_json(),
            "assessment": self.assessment.to_json() if self.assessment else None,
        }


# -- screening ------------------------------------------------------------------------------------


def screen_activity(
    session: Session, reference: str, criteria: str | Sequence[str], on: dt.date | None = None
) -> DpiaView:
    """Stores which criteria apply to the activity and returns the screening with its reasons."""
    chosen = parse_criteria(criteria)
    row = records_service.find_activity(session, reference)
    row.dpia_criteria = chosen
    row.screened_on = on or organisation.today(session)
    row.updated_at = now_of(session)
    session.flush()
    return show(session, row.reference)


def _find_assessment(session: Session, reference: str) -> ImpactAssessment:
    ref = (reference or "").strip().upper()
    row = session.scalar(select(ImpactAssessment).where(ImpactAssessment.reference == ref))
    if row is None:
        raise NotFound("impact assessment", reference)
    return row


def _activity_of(session: Session, reference: str) -> ProcessingActivity:
    """The activity of an activity reference (PA-0001) or of an assessment reference (DPIA-0001)."""
    ref = (reference or "").strip().upper()
    if ref.startswith(f"{PREFIX}-"):
        return _find_assessment(session, ref).activity
    return records_service.find_activity(session, ref)


def _assessment_view(row: ImpactAssessment) -> AssessmentView:
    return AssessmentView(
        reference=row.reference,
        activity=row.activity.reference,
        activity_name=row.activity.name,
        description=row.description,
        necessity=row.necessity,
        risks=tuple(
            RiskView(r.description, r.likelihood, r.severity, rules.risk_level(r.likelihood, r.severity), r.measures)
            for r in row.risks
        ),
        measures=row.measures,
        dpo_advice=row.dpo_advice,
        dpo_advice_followed=row.dpo_advice_followed,
        dpo_advice_reason=row.dpo_advice_reason,
        residual_risk=row.residual_risk,
        prior_consultation_needed=rules.needs_prior_consultation(row.residual_risk),
        prior_consultation_on=row.prior_consultation_on,
        prior_consultation_outcome=row.prior_consultation_outcome,
        assessed_on=row.assessed_on,
        next_review_on=row.next_review_on,
    )


def show(session: Session, reference: str) -> DpiaView:
    activity = _activity_of(session, reference)
    return DpiaView(
        activity.reference,
        activity.name,
        activity.screened_on,
        screen_activity_row(activity),
        _assessment_view(activity.assessment) if activity.assessment else None,
        recorded_data(activity),
    )


def get_assessment(session: Session, reference: str) -> AssessmentView:
    activity = _activity_of(session, reference)
    if activity.assessment is None:
        raise NotFound("impact assessment of", activity.reference)
    return _assessment_view(activity.assessment)


# -- recording the assessment ---------------------------------------------------------------------

FIELDS = (
    "description",
    "necessity",
    "risks",
    "measures",
    "dpo_advice",
    "dpo_advice_followed",
    "dpo_advice_reason",
    "residual_risk",
    "prior_consultation_on",
    "prior_consultation_outcome",
    "assessed_on",
    "next_review_on",
)


def _risks(values: Sequence[RiskInput]) -> list[RiskInput]:
    clean = []
    for number, r in enumerate(values, start=1):
        where = f"risk {number}"
        description = validation.text(f"{where}: description", r.description, required=True, limit=5000)
        likelihood = validation.choice(f"{where}: likelihood", r.likelihood, rules.LIKELIHOODS)
        severity = validation.choice(f"{where}: severity", r.severity, rules.SEVERITIES)
        clean.append(RiskInput(description, likelihood, severity, validation.text(f"{where}: measures", r.measures)))
    return clean


def _clean(changes: dict[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise InvalidInput(
            "field",
            sorted(unknown)[0],
            "is not a field of an impact assessment",
            code="not-an-assessment-field",
            values={"name": sorted(unknown)[0]},
        )
    clean: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "risks":
            clean[key] = _risks(list(value or []))
        elif key == "dpo_advice_followed":
            if value is not None and not isinstance(value, bool):
                raise InvalidInput("dpo_advice_followed", value, "is not yes or no", code="not-yes-no")
            clean[key] = value
        elif key == "residual_risk":
            clean[key] = validation.choice("residual_risk", value, rules.RESIDUAL_RISKS, allow_empty=True)
        elif key in ("prior_consultation_on", "assessed_on", "next_review_on"):
            clean[key] = validation.optional_date(key, value)
        else:
            clean[key] = validation.text(key, value)
    return clean


def record_assessment(session: Session, activity_reference: str, **changes: Any) -> str:
    """Records (or updates) the activity's impact assessment; returns its reference (DPIA-0001).

    Refused: advice of the DPO not followed without the reasons (Art. 35(2), WP248 says to record
    them); a prior consultation dated before the assessment.
    """
    activity = records_service.find_activity(session, activity_reference)
    clean = _clean(changes)
    row = activity.assessment
    if row is None:
        clean.setdefault("assessed_on", None)
        clean["assessed_on"] = clean["assessed_on"] or organisation.today(session)
        if clean.get("next_review_on") is None:
            clean["next_review_on"] = add_months(clean["assessed_on"], records_service.review_months(session))

    def effective(key: str) -> Any:
        return clean[key] if key in clean else getattr(row, key, None)

    # every check before anything is created or changed: refused input stores nothing
    if effective("dpo_advice_followed") is False and not effective("dpo_advice_reason"):
        raise RuleRefused(
            "The DPO's advice was not followed: record the reasons with --advice-reason (Art. 35(2)); "
            "nothing was saved.",
            code="advice-reason-missing",
        )
    assessed = effective("assessed_on")
    consulted = effective("prior_consultation_on")
    if consulted is not None and consulted < assessed:
        raise InvalidInput(
            "prior_consultation_on",
            consulted.isoformat(),
            "is before the assessment itself",
            code="before-assessment",
            values={"earliest": assessed},
        )
    review = effective("next_review_on")
    if review is not None and review <= assessed:
        raise InvalidInput(
            "next_review_on",
            review.isoformat(),
            "must come after the assessment date",
            code="not-after-assessment",
            values={"earliest": assessed},
        )

    now = now_of(session)
    if row is None:
        row = ImpactAssessment(
            reference=references.next_reference(session, PREFIX),
            activity_id=activity.id,
            assessed_on=clean["assessed_on"],
            description="",
            necessity="",
            measures="",
            dpo_advice="",
            dpo_advice_reason="",
            residual_risk="",
            prior_consultation_outcome="",
            created_at=now,
            updated_at=now,
        )
        session.add(row)
    for key, value in clean.items():
        if key == "risks":
            row.risks = [
                AssessmentRisk(
                    position=i,
                    description=r.description,
                    likelihood=r.likelihood,
                    severity=r.severity,
                    measures=r.measures,
                )
                for i, r in enumerate(value)
            ]
        elif value is not None or key in ("dpo_advice_followed", "prior_consultation_on", "next_review_on"):
            setattr(row, key, value)
    row.updated_at = now
    session.flush()
    session.refresh(activity)
    return row.reference

"""Tables of the records module: processing activities (Art. 30) and impact assessments (Art. 35).

An activity's lists of short items (categories, sources, systems) are StringLists; what has more
than one field per item (purposes with their legal basis, transfers entered by hand, links to
cases and subprocessors, an assessment's risks) is a child table. Child rows file their audit
entries under the activity's (or the assessment's) reference.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dpo_desk.store.models import register  # noqa: F401  (activity_subprocessor.subprocessor_id refers to its table)
from dpo_desk.store.models.base import Base
from dpo_desk.store.types import StringList, UtcDateTime


class ProcessingActivity(Base):
    """One processing activity (PA-0001): the organisation's role, what, why, on what basis, how long."""

    __tablename__ = "processing_activity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(Text, index=True)
    role: Mapped[str] = mapped_column(String(20), index=True)
    # joint controller: the other controllers; processor: the controllers it processes for
    controllers: Mapped[list[str]] = mapped_column(StringList, default=list)
    # processor: each controller's contact details (Art. 30(2)(a)), in the order of `controllers`
    controller_contacts: Mapped[list[str]] = mapped_column(StringList, default=list)
    description: Mapped[str] = mapped_column(Text, default="")
    subject_categories: Mapped[list[str]] = mapped_column(StringList, default=list)
    data_categories: Mapped[list[str]] = mapped_column(StringList, default=list)
    special_categories: Mapped[list[str]] = mapped_column(StringList, default=list)
    criminal_categories: Mapped[list[str]] = mapped_column(StringList, default=list)
    sources: Mapped[list[str]] = mapped_column(StringList, default=list)
    recipients: Mapped[list[str]] = mapped_column(StringList, default=list)
    retention: Mapped[str] = mapped_column(Text, default="")
    security_measures: Mapped[str] = mapped_column(Text, default="")
    systems: Mapped[list[str]] = mapped_column(StringList, default=list)
    owner: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), index=True, default="active")
    last_reviewed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    next_review_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    dpia_criteria: Mapped[list[str]] = mapped_column(StringList, default=list)
    screened_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)

    purposes: Mapped[list[ActivityPurpose]] = relationship(
        back_populates="activity", cascade="all, delete-orphan", order_by="ActivityPurpose.position"
    )
    transfers: Mapped[list[ActivityTransfer]] = relationship(
        back_populates="activity", cascade="all, delete-orphan", order_by="ActivityTransfer.id"
    )
    case_links: Mapped[list[ActivityCase]] = relationship(
        back_populates="activity", cascade="all, delete-orphan", order_by="ActivityCase.case_reference"
    )
    subprocessor_links: Mapped[list[ActivitySubprocessor]] = relationship(
        back_populates="activity", cascade="all, delete-orphan", order_by="ActivitySubprocessor.id"
    )
    assessment: Mapped[ImpactAssessment | None] = relationship(back_populates="activity", uselist=False)


class ActivityPurpose(Base):
    """A purpose with its own legal basis (Art. 6(1)), Art. 9(2) condition and balancing test."""

    __tablename__ = "activity_purpose"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("processing_activity.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    purpose: Mapped[str] = mapped_column(Text)
    legal_basis: Mapped[str] = mapped_column(String(24), default="")
    special_condition: Mapped[str] = mapped_column(String(40), default="")
    balancing_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    balancing_conclusion: Mapped[str] = mapped_column(Text, default="")

    activity: Mapped[ProcessingActivity] = relationship(back_populates="purposes")

    @property
    def audit_record(self) -> str:
        return self.activity.reference


class ActivityTransfer(Base):
    """A transfer outside the EEA entered by hand (those of linked subprocessors are derived, not stored)."""

    __tablename__ = "activity_transfer"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("processing_activity.id", ondelete="CASCADE"), index=True)
    recipient: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(String(2))
    safeguard: Mapped[str] = mapped_column(String(12))
    detail: Mapped[str] = mapped_column(Text, default="")

    activity: Mapped[ProcessingActivity] = relationship(back_populates="transfers")

    @property
    def audit_record(self) -> str:
        return self.activity.reference


class ActivityCase(Base):
    """A request or breach that concerns the activity (by the case's reference: no other module's table is touched)."""

    __tablename__ = "activity_case"
    __table_args__ = (UniqueConstraint("activity_id", "case_reference", name="uq_activity_case_pair"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("processing_activity.id", ondelete="CASCADE"), index=True)
    case_reference: Mapped[str] = mapped_column(String(32), index=True)

    activity: Mapped[ProcessingActivity] = relationship(back_populates="case_links")

    @property
    def audit_record(self) -> str:
        return self.activity.reference


class ActivitySubprocessor(Base):
    """A subprocessor of the register that serves the activity (a recipient whose transfers the activity inherits)."""

    __tablename__ = "activity_subprocessor"
    __table_args__ = (UniqueConstraint("activity_id", "subprocessor_id", name="uq_activity_subprocessor_pair"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("processing_activity.id", ondelete="CASCADE"), index=True)
    subprocessor_id: Mapped[int] = mapped_column(ForeignKey("subprocessor.id", ondelete="CASCADE"), index=True)

    activity: Mapped[ProcessingActivity] = relationship(back_populates="subprocessor_links")

    @property
    def audit_record(self) -> str:
        return self.activity.reference


class ImpactAssessment(Base):
    """The data protection impact assessment of one activity (DPIA-0001), with the Art. 35(7) contents."""

    __tablename__ = "impact_assessment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(16), unique=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("processing_activity.id"), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    necessity: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[str] = mapped_column(Text, default="")
    dpo_advice: Mapped[str] = mapped_column(Text, default="")
    dpo_advice_followed: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    dpo_advice_reason: Mapped[str] = mapped_column(Text, default="")
    residual_risk: Mapped[str] = mapped_column(String(8), default="")
    prior_consultation_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    prior_consultation_outcome: Mapped[str] = mapped_column(Text, default="")
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    next_review_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)

    activity: Mapped[ProcessingActivity] = relationship(back_populates="assessment")
    risks: Mapped[list[AssessmentRisk]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan", order_by="AssessmentRisk.position"
    )


class AssessmentRisk(Base):
    """A risk to the data subjects' rights and freedoms, its likelihood and severity, and the measures against it."""

    __tablename__ = "assessment_risk"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("impact_assessment.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text)
    likelihood: Mapped[str] = mapped_column(String(16))
    severity: Mapped[str] = mapped_column(String(16))
    measures: Mapped[str] = mapped_column(Text, default="")

    assessment: Mapped[ImpactAssessment] = relationship(back_populates="risks")

    @property
    def audit_record(self) -> str:
        return self.assessment.reference

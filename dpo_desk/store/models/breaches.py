"""Tables of the breaches module: the incident, and its notifications to the authority in phases."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dpo_desk.store.models.base import Base
from dpo_desk.store.types import StringList, UtcDateTime


class Breach(Base):
    """A personal data breach (BR-YYYY-NNNN): the facts, the risk decision and its reasoning, the outcome."""

    __tablename__ = "breach"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(Text, index=True)
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    # timing
    occurred_from: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    occurred_to: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    ongoing: Mapped[bool] = mapped_column(Boolean, default=False)
    discovered_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    aware_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    authority_deadline: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    how_found: Mapped[str] = mapped_column(Text, default="")
    # what happened
    nature: Mapped[list[str]] = mapped_column(StringList, default=list)
    cause: Mapped[str] = mapped_column(String(32), default="other", index=True)
    intent: Mapped[str] = mapped_column(String(16), default="unknown")
    systems: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    # data and people
    data_categories: Mapped[str] = mapped_column(Text, default="")
    special_categories: Mapped[bool] = mapped_column(Boolean, default=False)
    criminal_data: Mapped[bool] = mapped_column(Boolean, default=False)
    identity_codes: Mapped[bool] = mapped_column(Boolean, default=False)
    vulnerable_subjects: Mapped[bool] = mapped_column(Boolean, default=False)
    subject_categories: Mapped[str] = mapped_column(Text, default="")
    subjects_approx: Mapped[int | None] = mapped_column(Integer, nullable=True)
    subjects_estimated: Mapped[bool] = mapped_column(Boolean, default=True)
    records_approx: Mapped[int | None] = mapped_column(Integer, nullable=True)
    records_estimated: Mapped[bool] = mapped_column(Boolean, default=True)
    member_states: Mapped[list[str]] = mapped_column(StringList, default=list)
    # effects and measures
    consequences: Mapped[str] = mapped_column(Text, default="")
    measures_before: Mapped[str] = mapped_column(Text, default="")
    measures_taken: Mapped[str] = mapped_column(Text, default="")
    measures_proposed: Mapped[str] = mapped_column(Text, default="")
    # who we are in it
    role: Mapped[str] = mapped_column(String(16), default="controller")
    controller_name: Mapped[str] = mapped_column(Text, default="")
    controller_told_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    processor_name: Mapped[str] = mapped_column(Text, default="")
    processor_told_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    joint_controllers: Mapped[str] = mapped_column(Text, default="")
    notifier_name: Mapped[str] = mapped_column(Text, default="")
    # risk
    risk: Mapped[str | None] = mapped_column(String(8), nullable=True, index=True)
    risk_reasoning: Mapped[str] = mapped_column(Text, default="")
    enisa_dpc: Mapped[float | None] = mapped_column(Float, nullable=True)
    enisa_ei: Mapped[float | None] = mapped_column(Float, nullable=True)
    enisa_cb: Mapped[float | None] = mapped_column(Float, nullable=True)
    # the parts of CB, kept so the helper shows how the total was reached
    enisa_cb_confidentiality: Mapped[float | None] = mapped_column(Float, nullable=True)
    enisa_cb_integrity: Mapped[float | None] = mapped_column(Float, nullable=True)
    enisa_cb_availability: Mapped[float | None] = mapped_column(Float, nullable=True)
    enisa_malicious: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    # data subjects (Art. 34)
    communication: Mapped[str] = mapped_column(String(16), default="")
    communicated_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    communication_method: Mapped[str] = mapped_column(Text, default="")
    communicated_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    exemption: Mapped[str] = mapped_column(String(8), default="")
    exemption_reason: Mapped[str] = mapped_column(Text, default="")
    # others told, attachments
    lead_authority: Mapped[str] = mapped_column(Text, default="")
    other_authorities: Mapped[str] = mapped_column(Text, default="")
    other_notifications: Mapped[str] = mapped_column(Text, default="")
    attachments_note: Mapped[str] = mapped_column(Text, default="")
    # outcome
    closed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True, index=True)
    closing_summary: Mapped[str] = mapped_column(Text, default="")
    # Working at the same time (revision 0014): see store/versions.py.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}

    notifications: Mapped[list[BreachNotification]] = relationship(
        back_populates="breach", order_by="BreachNotification.sent_at", cascade="all, delete-orphan"
    )


class BreachNotification(Base):
    """One phase of the notification to the supervisory authority (initial, then supplementary ones)."""

    __tablename__ = "breach_notification"
    __version_of__ = "breach"  # a notification recorded is an edit of its breach

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    breach_id: Mapped[int] = mapped_column(ForeignKey("breach.id"), index=True)
    phase: Mapped[str] = mapped_column(String(16))
    sent_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    content: Mapped[str] = mapped_column(Text, default="")
    authority_reference: Mapped[str] = mapped_column(Text, default="")
    late_reason: Mapped[str] = mapped_column(Text, default="")
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    # the Art. 33(3) items the breach's record lacked when this phase went out (Art. 33(4): sent later)
    missing_items: Mapped[list[str]] = mapped_column(StringList, default=list)

    breach: Mapped[Breach] = relationship(back_populates="notifications")

    @property
    def audit_record(self) -> str:
        return self.breach.reference

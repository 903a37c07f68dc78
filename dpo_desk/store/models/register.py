"""Tables of the subprocessor register: entries, their transfers, change announcements and objections.

`subprocessor` is the case table (reference SP-0001); the others are its children and file their
audit entries under the subprocessor's reference. `warning_count` is kept by the service on every
change (the date-independent warnings), so "has warnings" filters in SQL; warnings that depend on
today (a transfer impact assessment past its review date) are found through the indexed
`tia_review_on` column.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dpo_desk.store.models.base import Base
from dpo_desk.store.types import StringList, UtcDateTime


class Subprocessor(Base):
    """One entry of the register (Art. 28(2)/(4)): who, what, where, under which contract."""

    __tablename__ = "subprocessor"
    __table_args__ = (
        Index("ix_subprocessor_status_name", "status", "name"),
        Index("ix_subprocessor_country_name", "country", "name"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(Text, index=True)
    legal_entity_id: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(String(2))
    service: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    processing_countries: Mapped[list[str]] = mapped_column(StringList, default=list)
    data_categories: Mapped[list[str]] = mapped_column(StringList, default=list)
    subject_categories: Mapped[list[str]] = mapped_column(StringList, default=list)
    serves: Mapped[str] = mapped_column(Text, default="")
    dpa_signed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="active")
    planned_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    announced_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    active_from: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    retired_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    contact: Mapped[str] = mapped_column(Text, default="")
    website: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    dpf_certified: Mapped[bool] = mapped_column(Boolean, default=False)
    warning_count: Mapped[int] = mapped_column(Integer, default=0, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)

    transfers: Mapped[list[SubprocessorTransfer]] = relationship(
        back_populates="subprocessor", cascade="all, delete-orphan", order_by="SubprocessorTransfer.country"
    )


class SubprocessorTransfer(Base):
    """The safeguard for one processing country outside the EEA (Art. 44-49)."""

    __tablename__ = "subprocessor_transfer"
    __table_args__ = (UniqueConstraint("subprocessor_id", "country"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subprocessor_id: Mapped[int] = mapped_column(ForeignKey("subprocessor.id", ondelete="CASCADE"), index=True)
    country: Mapped[str] = mapped_column(String(2), index=True)
    safeguard: Mapped[str] = mapped_column(String(16), default="none", index=True)
    scc_module: Mapped[int | None] = mapped_column(Integer, nullable=True)
    scc_version: Mapped[str] = mapped_column(String(16), default="")
    derogation: Mapped[str] = mapped_column(String(16), default="")
    tia_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    tia_review_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    supplementary_measures: Mapped[str] = mapped_column(Text, default="")
    fallback_safeguard: Mapped[str] = mapped_column(String(16), default="")
    fallback_scc_module: Mapped[int | None] = mapped_column(Integer, nullable=True)

    subprocessor: Mapped[Subprocessor] = relationship(back_populates="transfers")

    @property
    def audit_record(self) -> str:
        return self.subprocessor.reference


class SubprocessorAnnouncement(Base):
    """A change announced to the customers (Art. 28(2)): a new or replacing subprocessor and its objection period."""

    __tablename__ = "subprocessor_announcement"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    subprocessor_id: Mapped[int] = mapped_column(ForeignKey("subprocessor.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="new")
    replaces: Mapped[str] = mapped_column(String(32), default="")
    announced_on: Mapped[dt.date] = mapped_column(Date, index=True)
    effective_on: Mapped[dt.date] = mapped_column(Date)
    objection_until: Mapped[dt.date] = mapped_column(Date, index=True)
    message: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="open")

    subprocessor: Mapped[Subprocessor] = relationship()

    @property
    def audit_record(self) -> str:
        return self.subprocessor.reference


class SubprocessorObjection(Base):
    """A customer's objection to an announced change."""

    __tablename__ = "subprocessor_objection"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    announcement_id: Mapped[int] = mapped_column(
        ForeignKey("subprocessor_announcement.id", ondelete="CASCADE"), index=True
    )
    customer: Mapped[str] = mapped_column(Text)
    received_on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    resolution: Mapped[str] = mapped_column(Text, default="")

    announcement: Mapped[SubprocessorAnnouncement] = relationship()

    @property
    def audit_record(self) -> str:
        return self.announcement.subprocessor.reference

"""The organisation, settings, store identity and reference counters."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dpo_desk.store.models.base import Base
from dpo_desk.store.types import UtcDateTime


class StoreMeta(Base):
    """Key/value facts about the store itself: its id and when it was created."""

    __tablename__ = "store_meta"
    __audited__ = False

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Organisation(Base):
    """The one organisation a store belongs to (row id 1)."""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    business_id: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(Text, default="")
    dpo_name: Mapped[str] = mapped_column(Text, default="")
    dpo_email: Mapped[str] = mapped_column(Text, default="")
    dpo_phone: Mapped[str] = mapped_column(Text, default="")
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Helsinki")
    holiday_country: Mapped[str] = mapped_column(String(2), default="FI")
    report_language: Mapped[str] = mapped_column(String(2), default="fi")

    @property
    def reference(self) -> str:
        return "organisation"


class Setting(Base):
    """A setting's value as JSON; defaults and validation live in `dpo_desk.settings`."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    value: Mapped[str] = mapped_column(Text)

    @property
    def reference(self) -> str:
        return f"setting:{self.key}"


class ReferenceCounter(Base):
    """The last number handed out per reference series (DSR-2026, BR-2026, SP, PA...)."""

    __tablename__ = "reference_counter"
    __audited__ = False

    series: Mapped[str] = mapped_column(String(32), primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class AuditEntry(Base):
    """One link of the tamper-evident audit chain; rows are never deleted, and updated only by a retention
    purge removing `changes` and `salt` (triggers refuse anything else)."""

    __tablename__ = "audit_log"
    __audited__ = False

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(16))
    entity: Mapped[str] = mapped_column(String(64), index=True)
    record: Mapped[str] = mapped_column(Text, index=True)
    changes: Mapped[str] = mapped_column(Text)
    salt: Mapped[str | None] = mapped_column(String(32), nullable=True)
    changes_digest: Mapped[str | None] = mapped_column(String(64), nullable=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

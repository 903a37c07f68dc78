"""Tables of the requests module: a rights request and the timeline of what was done with it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, false, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dpo_desk.store.models.base import Base
from dpo_desk.store.types import UtcDateTime

OPEN_ONLY = "status != 'closed'"
OPEN_DEADLINE_COLUMNS = (
    "due_on", "reference", "type", "subject_name", "extended_on", "extension_told_on", "first_month_due_on",
    "role", "controller_name", "status",
)  # fmt: skip


class Request(Base):
    """A data subject's request (GDPR Art. 15-22). `due_on` is kept computed so SQL can sort and filter by it.

    `status` is derived by the service from the other fields (open, awaiting-identity, extended,
    closed) and stored for the same reason; `search_key` is the case-folded reference, name and
    e-mail the quick search looks in. A request taken in from an e-mail may be of the type
    "unclassified", or of a guessed type (`type_guessed`), until the DPO says which it is.
    """

    __tablename__ = "request"
    __table_args__ = (
        Index("ix_request_status_due_on", "status", "due_on"),
        Index("ix_request_status_received_on", "status", "received_on"),  # a status filter pages in order
        Index("ix_request_type_received_on", "type", "received_on"),
        # The deadline overview's reads: open requests only, every column it shows (revision 0010).
        Index(
            "ix_request_open_due_on",
            *OPEN_DEADLINE_COLUMNS,
            sqlite_where=text(OPEN_ONLY),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    type: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(16), default="email")
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)
    subject_name: Mapped[str] = mapped_column(Text, index=True)
    subject_email: Mapped[str] = mapped_column(Text, default="", index=True)
    subject_contact: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(2), default="fi")
    role: Mapped[str] = mapped_column(String(16), default="controller")
    controller_name: Mapped[str] = mapped_column(Text, default="")
    forwarded_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # received as a processor: working days to forward it in (the setting when logged, or the DPA's term)
    forward_within_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    forward_term_agreed: Mapped[bool] = mapped_column(Boolean, default=False)
    identity_status: Mapped[str] = mapped_column(String(16), default="not-needed")
    identity_requested_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    identity_received_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    identity_checked_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    identity_clock: Mapped[str] = mapped_column(String(16), default="restart")
    extension_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    extended_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    extension_told_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    first_month_due_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    due_on: Mapped[dt.date | None] = mapped_column(Date, index=True, nullable=True)
    status: Mapped[str] = mapped_column(String(24), default="open")
    outcome: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    outcome_reason: Mapped[str] = mapped_column(Text, default="")
    replied_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    search_key: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    # Taken in from an e-mail (revision 0010): the type read from the words until the DPO confirms it,
    # and the message's Message-ID and digest (sender, date, body) so the same message is not taken twice.
    type_guessed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    message_id: Mapped[str | None] = mapped_column(Text, nullable=True, index=True)
    message_digest: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    # Working at the same time (revision 0014): one more at each edit, and each UPDATE names the one it
    # read, so an edit based on a version someone has since changed is refused (store/versions.py).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}

    events: Mapped[list[RequestEvent]] = relationship(
        back_populates="request", order_by="RequestEvent.id", cascade="all, delete-orphan"
    )
    recipient_notices: Mapped[list[RecipientNotice]] = relationship(
        back_populates="request", order_by="RecipientNotice.id", cascade="all, delete-orphan"
    )


class RequestEvent(Base):
    """One entry of a request's timeline: an action (identity received, extended...) or a note."""

    __tablename__ = "request_event"
    __version_of__ = "request"  # a new timeline entry is an edit of its request

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text, default="")

    request: Mapped[Request] = relationship(back_populates="events")

    @property
    def audit_record(self) -> str:
        return self.request.reference


class RecipientNotice(Base):
    """Art. 19: one recipient of the person's data told of a rectification, erasure or restriction, or excused.

    `source` says where the recipient comes from: an activity's recipients ("recipient") or a
    subprocessor it uses ("subprocessor"); `outcome` is "told" or "excused" (with the reason why
    telling is impossible or would take disproportionate effort).
    """

    __tablename__ = "recipient_notice"
    __version_of__ = "request"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id", ondelete="CASCADE"), index=True)
    recipient: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str] = mapped_column(String(16))
    on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)

    request: Mapped[Request] = relationship(back_populates="recipient_notices")

    @property
    def audit_record(self) -> str:
        return self.request.reference

"""The requests module's tables: rights requests and their timelines.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "request",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("reference", sa.String(32), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("subject_name", sa.Text(), nullable=False),
        sa.Column("subject_email", sa.Text(), nullable=False),
        sa.Column("subject_contact", sa.Text(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("controller_name", sa.Text(), nullable=False),
        sa.Column("forwarded_on", sa.Date(), nullable=True),
        sa.Column("identity_status", sa.String(16), nullable=False),
        sa.Column("identity_requested_on", sa.Date(), nullable=True),
        sa.Column("identity_received_on", sa.Date(), nullable=True),
        sa.Column("identity_checked_on", sa.Date(), nullable=True),
        sa.Column("identity_clock", sa.String(16), nullable=False),
        sa.Column("extension_reason", sa.Text(), nullable=True),
        sa.Column("extended_on", sa.Date(), nullable=True),
        sa.Column("extension_told_on", sa.Date(), nullable=True),
        sa.Column("first_month_due_on", sa.Date(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("outcome", sa.String(32), nullable=True),
        sa.Column("outcome_reason", sa.Text(), nullable=False),
        sa.Column("replied_on", sa.Date(), nullable=True),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.UniqueConstraint("reference", name="uq_request_reference"),
    )
    op.create_index("ix_request_received_on", "request", ["received_on"])
    op.create_index("ix_request_subject_name", "request", ["subject_name"])
    op.create_index("ix_request_subject_email", "request", ["subject_email"])
    op.create_index("ix_request_due_on", "request", ["due_on"])
    op.create_index("ix_request_outcome", "request", ["outcome"])
    op.create_index("ix_request_replied_on", "request", ["replied_on"])
    op.create_index("ix_request_status_due_on", "request", ["status", "due_on"])
    op.create_index("ix_request_type_received_on", "request", ["type", "received_on"])
    op.create_table(
        "request_event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.Text(), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"], ["request.id"], name="fk_request_event_request_id_request", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_request_event_request_id", "request_event", ["request_id"])


def downgrade() -> None:
    raise NotImplementedError("DPO Desk never downgrades a store; restore the copy made before the upgrade")

"""The breaches module's tables: the incident and its notifications to the authority in phases.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text(), nullable=False)


def _time(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, sa.Text(), nullable=nullable)


def _flag(name: str) -> sa.Column:
    return sa.Column(name, sa.Boolean(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "breach",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(32), nullable=False),
        _text("title"),
        sa.Column("status", sa.String(16), nullable=False),
        _time("created_at", nullable=False),
        _time("occurred_from"),
        _time("occurred_to"),
        _flag("ongoing"),
        _time("discovered_at"),
        _time("aware_at", nullable=False),
        _time("authority_deadline", nullable=False),
        _text("how_found"),
        _text("nature"),
        sa.Column("cause", sa.String(32), nullable=False),
        sa.Column("intent", sa.String(16), nullable=False),
        _text("systems"),
        _text("description"),
        _text("data_categories"),
        _flag("special_categories"),
        _flag("criminal_data"),
        _flag("identity_codes"),
        _flag("vulnerable_subjects"),
        _text("subject_categories"),
        sa.Column("subjects_approx", sa.Integer(), nullable=True),
        _flag("subjects_estimated"),
        sa.Column("records_approx", sa.Integer(), nullable=True),
        _flag("records_estimated"),
        _text("member_states"),
        _text("consequences"),
        _text("measures_before"),
        _text("measures_taken"),
        _text("measures_proposed"),
        sa.Column("role", sa.String(16), nullable=False),
        _text("controller_name"),
        _time("controller_told_at"),
        _text("processor_name"),
        _time("processor_told_at"),
        _text("joint_controllers"),
        _text("notifier_name"),
        sa.Column("risk", sa.String(8), nullable=True),
        _text("risk_reasoning"),
        sa.Column("enisa_dpc", sa.Float(), nullable=True),
        sa.Column("enisa_ei", sa.Float(), nullable=True),
        sa.Column("enisa_cb", sa.Float(), nullable=True),
        sa.Column("enisa_cb_confidentiality", sa.Float(), nullable=True),
        sa.Column("enisa_cb_integrity", sa.Float(), nullable=True),
        sa.Column("enisa_cb_availability", sa.Float(), nullable=True),
        sa.Column("enisa_malicious", sa.Boolean(), nullable=True),
        sa.Column("communication", sa.String(16), nullable=False),
        _time("communicated_at"),
        _text("communication_method"),
        sa.Column("communicated_count", sa.Integer(), nullable=True),
        sa.Column("exemption", sa.String(8), nullable=False),
        _text("exemption_reason"),
        _text("lead_authority"),
        _text("other_authorities"),
        _text("other_notifications"),
        _text("attachments_note"),
        _time("closed_at"),
        _text("closing_summary"),
        sa.PrimaryKeyConstraint("id", name="pk_breach"),
        sa.UniqueConstraint("reference", name="uq_breach_reference"),
    )
    for column in ("title", "status", "aware_at", "authority_deadline", "cause", "risk", "closed_at"):
        op.create_index(f"ix_breach_{column}", "breach", [column])
    op.create_table(
        "breach_notification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("breach_id", sa.Integer(), nullable=False),
        sa.Column("phase", sa.String(16), nullable=False),
        _time("sent_at", nullable=False),
        _text("content"),
        _text("authority_reference"),
        _text("late_reason"),
        _flag("late"),
        _time("recorded_at", nullable=False),
        sa.ForeignKeyConstraint(["breach_id"], ["breach.id"], name="fk_breach_notification_breach_id_breach"),
        sa.PrimaryKeyConstraint("id", name="pk_breach_notification"),
    )
    op.create_index("ix_breach_notification_breach_id", "breach_notification", ["breach_id"])


def downgrade() -> None:
    raise NotImplementedError("DPO Desk never downgrades a store; restore the copy made before the upgrade")

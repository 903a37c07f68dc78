"""The register module's tables: subprocessors, their transfers, change announcements and objections.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "subprocessor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("legal_entity_id", sa.Text(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("service", sa.Text(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("processing_countries", sa.Text(), nullable=False),
        sa.Column("data_categories", sa.Text(), nullable=False),
        sa.Column("subject_categories", sa.Text(), nullable=False),
        sa.Column("serves", sa.Text(), nullable=False),
        sa.Column("dpa_signed_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column("announced_on", sa.Date(), nullable=True),
        sa.Column("active_from", sa.Date(), nullable=True),
        sa.Column("retired_on", sa.Date(), nullable=True),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("website", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("dpf_certified", sa.Boolean(), nullable=False),
        sa.Column("warning_count", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_subprocessor"),
        sa.UniqueConstraint("reference", name="uq_subprocessor_reference"),
    )
    op.create_index("ix_subprocessor_name", "subprocessor", ["name"])
    op.create_index("ix_subprocessor_active_from", "subprocessor", ["active_from"])
    op.create_index("ix_subprocessor_retired_on", "subprocessor", ["retired_on"])
    op.create_index("ix_subprocessor_warning_count", "subprocessor", ["warning_count"])
    op.create_index("ix_subprocessor_status_name", "subprocessor", ["status", "name"])
    op.create_index("ix_subprocessor_country_name", "subprocessor", ["country", "name"])

    op.create_table(
        "subprocessor_transfer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subprocessor_id", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("safeguard", sa.String(16), nullable=False),
        sa.Column("scc_module", sa.Integer(), nullable=True),
        sa.Column("scc_version", sa.String(16), nullable=False),
        sa.Column("derogation", sa.String(16), nullable=False),
        sa.Column("tia_on", sa.Date(), nullable=True),
        sa.Column("tia_review_on", sa.Date(), nullable=True),
        sa.Column("supplementary_measures", sa.Text(), nullable=False),
        sa.Column("fallback_safeguard", sa.String(16), nullable=False),
        sa.Column("fallback_scc_module", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["subprocessor_id"],
            ["subprocessor.id"],
            name="fk_subprocessor_transfer_subprocessor_id_subprocessor",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_subprocessor_transfer"),
        sa.UniqueConstraint("subprocessor_id", "country", name="uq_subprocessor_transfer_subprocessor_id"),
    )
    op.create_index("ix_subprocessor_transfer_subprocessor_id", "subprocessor_transfer", ["subprocessor_id"])
    op.create_index("ix_subprocessor_transfer_country", "subprocessor_transfer", ["country"])
    op.create_index("ix_subprocessor_transfer_safeguard", "subprocessor_transfer", ["safeguard"])
    op.create_index("ix_subprocessor_transfer_tia_review_on", "subprocessor_transfer", ["tia_review_on"])

    op.create_table(
        "subprocessor_announcement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(32), nullable=False),
        sa.Column("subprocessor_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("replaces", sa.String(32), nullable=False),
        sa.Column("announced_on", sa.Date(), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("objection_until", sa.Date(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.ForeignKeyConstraint(
            ["subprocessor_id"],
            ["subprocessor.id"],
            name="fk_subprocessor_announcement_subprocessor_id_subprocessor",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_subprocessor_announcement"),
        sa.UniqueConstraint("reference", name="uq_subprocessor_announcement_reference"),
    )
    op.create_index("ix_subprocessor_announcement_subprocessor_id", "subprocessor_announcement", ["subprocessor_id"])
    op.create_index("ix_subprocessor_announcement_announced_on", "subprocessor_announcement", ["announced_on"])
    op.create_index("ix_subprocessor_announcement_objection_until", "subprocessor_announcement", ["objection_until"])

    op.create_table(
        "subprocessor_objection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("announcement_id", sa.Integer(), nullable=False),
        sa.Column("customer", sa.Text(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["announcement_id"],
            ["subprocessor_announcement.id"],
            name="fk_subprocessor_objection_announcement_id_subprocessor_announcement",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_subprocessor_objection"),
    )
    op.create_index("ix_subprocessor_objection_announcement_id", "subprocessor_objection", ["announcement_id"])


def downgrade() -> None:
    raise NotImplementedError("DPO Desk never downgrades a store; restore the copy made before the upgrade")

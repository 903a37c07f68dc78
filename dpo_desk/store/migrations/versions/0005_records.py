"""The records module's tables: processing activities (Art. 30) and impact assessments (Art. 35).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _activity_fk(table: str) -> sa.Column:
    """The foreign key to the activity, named as the models' naming convention names it."""
    return sa.Column(
        "activity_id",
        sa.Integer(),
        sa.ForeignKey("processing_activity.id", name=f"fk_{table}_activity_id_processing_activity", ondelete="CASCADE"),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "processing_activity",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("reference", sa.String(16), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("controllers", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("subject_categories", sa.Text(), nullable=False),
        sa.Column("data_categories", sa.Text(), nullable=False),
        sa.Column("special_categories", sa.Text(), nullable=False),
        sa.Column("criminal_categories", sa.Text(), nullable=False),
        sa.Column("sources", sa.Text(), nullable=False),
        sa.Column("recipients", sa.Text(), nullable=False),
        sa.Column("retention", sa.Text(), nullable=False),
        sa.Column("security_measures", sa.Text(), nullable=False),
        sa.Column("systems", sa.Text(), nullable=False),
        sa.Column("owner", sa.Text(), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("last_reviewed_on", sa.Date(), nullable=True),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        sa.Column("dpia_criteria", sa.Text(), nullable=False),
        sa.Column("screened_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.UniqueConstraint("reference", name="uq_processing_activity_reference"),
    )
    op.create_index("ix_processing_activity_name", "processing_activity", ["name"])
    op.create_index("ix_processing_activity_role", "processing_activity", ["role"])
    op.create_index("ix_processing_activity_status", "processing_activity", ["status"])
    op.create_index("ix_processing_activity_next_review_on", "processing_activity", ["next_review_on"])

    op.create_table(
        "activity_purpose",
        sa.Column("id", sa.Integer(), primary_key=True),
        _activity_fk("activity_purpose"),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("legal_basis", sa.String(24), nullable=False),
        sa.Column("special_condition", sa.String(40), nullable=False),
        sa.Column("balancing_on", sa.Date(), nullable=True),
        sa.Column("balancing_conclusion", sa.Text(), nullable=False),
    )
    op.create_index("ix_activity_purpose_activity_id", "activity_purpose", ["activity_id"])

    op.create_table(
        "activity_transfer",
        sa.Column("id", sa.Integer(), primary_key=True),
        _activity_fk("activity_transfer"),
        sa.Column("recipient", sa.Text(), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("safeguard", sa.String(12), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
    )
    op.create_index("ix_activity_transfer_activity_id", "activity_transfer", ["activity_id"])

    op.create_table(
        "activity_case",
        sa.Column("id", sa.Integer(), primary_key=True),
        _activity_fk("activity_case"),
        sa.Column("case_reference", sa.String(32), nullable=False),
        sa.UniqueConstraint("activity_id", "case_reference", name="uq_activity_case_pair"),
    )
    op.create_index("ix_activity_case_activity_id", "activity_case", ["activity_id"])
    op.create_index("ix_activity_case_case_reference", "activity_case", ["case_reference"])

    op.create_table(
        "activity_subprocessor",
        sa.Column("id", sa.Integer(), primary_key=True),
        _activity_fk("activity_subprocessor"),
        sa.Column(
            "subprocessor_id",
            sa.Integer(),
            sa.ForeignKey(
                "subprocessor.id", name="fk_activity_subprocessor_subprocessor_id_subprocessor", ondelete="CASCADE"
            ),
            nullable=False,
        ),
        sa.UniqueConstraint("activity_id", "subprocessor_id", name="uq_activity_subprocessor_pair"),
    )
    op.create_index("ix_activity_subprocessor_activity_id", "activity_subprocessor", ["activity_id"])
    op.create_index("ix_activity_subprocessor_subprocessor_id", "activity_subprocessor", ["subprocessor_id"])

    op.create_table(
        "impact_assessment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("reference", sa.String(16), nullable=False),
        sa.Column(
            "activity_id",
            sa.Integer(),
            sa.ForeignKey("processing_activity.id", name="fk_impact_assessment_activity_id_processing_activity"),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("necessity", sa.Text(), nullable=False),
        sa.Column("measures", sa.Text(), nullable=False),
        sa.Column("dpo_advice", sa.Text(), nullable=False),
        sa.Column("dpo_advice_followed", sa.Boolean(), nullable=True),
        sa.Column("dpo_advice_reason", sa.Text(), nullable=False),
        sa.Column("residual_risk", sa.String(8), nullable=False),
        sa.Column("prior_consultation_on", sa.Date(), nullable=True),
        sa.Column("prior_consultation_outcome", sa.Text(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.UniqueConstraint("reference", name="uq_impact_assessment_reference"),
        sa.UniqueConstraint("activity_id", name="uq_impact_assessment_activity_id"),
    )
    op.create_index("ix_impact_assessment_next_review_on", "impact_assessment", ["next_review_on"])

    op.create_table(
        "assessment_risk",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "assessment_id",
            sa.Integer(),
            sa.ForeignKey(
                "impact_assessment.id",
                name="fk_assessment_risk_assessment_id_impact_assessment",
                ondelete="CASCADE",
            ),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("likelihood", sa.String(16), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("measures", sa.Text(), nullable=False),
    )
    op.create_index("ix_assessment_risk_assessment_id", "assessment_risk", ["assessment_id"])


def downgrade() -> None:
    raise NotImplementedError("DPO Desk never downgrades a store; restore the copy made before the upgrade")

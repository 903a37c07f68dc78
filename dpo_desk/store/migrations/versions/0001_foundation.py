"""Foundation: store identity, organisation, settings, reference counters, audit trail.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "store_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False, server_default=""),
        sa.Column("business_id", sa.Text(), nullable=False, server_default=""),
        sa.Column("address", sa.Text(), nullable=False, server_default=""),
        sa.Column("dpo_name", sa.Text(), nullable=False, server_default=""),
        sa.Column("dpo_email", sa.Text(), nullable=False, server_default=""),
        sa.Column("dpo_phone", sa.Text(), nullable=False, server_default=""),
        sa.Column("timezone", sa.String(64), nullable=False, server_default="Europe/Helsinki"),
        sa.Column("holiday_country", sa.String(2), nullable=False, server_default="FI"),
        sa.Column("report_language", sa.String(2), nullable=False, server_default="fi"),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(128), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "reference_counter",
        sa.Column("series", sa.String(32), primary_key=True),
        sa.Column("last", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.Text(), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("record", sa.Text(), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_audit_log_entity", "audit_log", ["entity"])
    op.create_index("ix_audit_log_record", "audit_log", ["record"])
    if op.get_bind().dialect.name == "postgresql":
        # The same two triggers on PostgreSQL (revision 0009 narrows the UPDATE one); the roles'
        # GRANTs (`server init`) add that no one but the owner may even try.
        op.execute(
            "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$"
        )
        for event in ("update", "delete"):
            op.execute(
                f"CREATE TRIGGER audit_log_append_only_{event} BEFORE {event.upper()} ON audit_log "
                "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"
            )
        return
    op.execute(
        "CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
    )


def downgrade() -> None:
    raise NotImplementedError("DPO Desk never downgrades a store; restore the copy made before the upgrade")

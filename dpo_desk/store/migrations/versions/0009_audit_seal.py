"""Audit trail: field values sealed apart from the chain, so a retention purge can remove them.

Adds `salt` and `changes_digest` to every entry (the chain's hash covers the digest), reseals the
entries written before, and lets an UPDATE through only when it removes an entry's values and salt
and leaves everything the chain covers as it was.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

from dpo_desk.store.audit import reseal_legacy

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

KEPT = ("id", "at", "actor", "action", "entity", "record", "changes_digest", "prev_hash", "hash")
ONLY_A_PURGE = " AND ".join(
    ["OLD.salt IS NOT NULL", "NEW.salt IS NULL", "OLD.changes_digest IS NOT NULL"]
    + [f"NEW.{column} IS OLD.{column}" for column in KEPT]
)


def upgrade() -> None:
    op.add_column("audit_log", sa.Column("salt", sa.String(32), nullable=True))
    op.add_column("audit_log", sa.Column("changes_digest", sa.String(64), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only_update ON audit_log")
        reseal_legacy(op.get_bind())
        op.execute(
            "CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log FOR EACH ROW "
            f"WHEN (NOT ({ONLY_A_PURGE.replace(' IS OLD.', ' IS NOT DISTINCT FROM OLD.')})) "
            "EXECUTE FUNCTION audit_log_append_only()"
        )
        return
    op.execute("DROP TRIGGER IF EXISTS audit_log_append_only_update")
    reseal_legacy(op.get_bind())
    op.execute(
        "CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log "
        f"WHEN NOT ({ONLY_A_PURGE}) "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
    )


def downgrade() -> None:
    raise NotImplementedError("DPO Desk never downgrades a store; restore the copy made before the upgrade")

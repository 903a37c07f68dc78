"""Working at the same time: a version number on the cases people edit (issue 20 §3).

Every edit of a request or a breach (its timeline and notifications included) adds one to its
`version` in the same transaction, and the UPDATE names the version it read, so an edit based on a
version someone else has since changed is refused instead of silently overwriting theirs. Existing
cases start at 1.

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

TABLES = ("request", "breach")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")))


def downgrade() -> None:
    raise NotImplementedError("DPO Desk never downgrades a store; restore the copy made before the upgrade")

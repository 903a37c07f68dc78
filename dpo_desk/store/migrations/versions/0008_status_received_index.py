"""Requests filtered by status page in order of receipt: an index on (status, received_on).

Without it a status filter (say the 95,000 closed requests of a large store) sorts every match by
receipt before the window's first page of 200 can be shown.

Revision ID: 0008
Revises: 0007
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_request_status_received_on", "request", ["status", "received_on"])


def downgrade() -> None:
    raise NotImplementedError("DPO Desk never downgrades a store; restore the copy made before the upgrade")

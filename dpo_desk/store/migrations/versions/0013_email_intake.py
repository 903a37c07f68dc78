"""Requests taken in from e-mail: a type marked as guessed until confirmed, and the message's identity.

`type_guessed` says the type was read from the message's words (or is "unclassified", which needs no
schema change: the type column is free text checked by the service); `message_id` and
`message_digest` (SHA-256 of sender, date and body) let the intake refuse a message taken twice.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("request", sa.Column("type_guessed", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("request", sa.Column("message_id", sa.Text(), nullable=True))
    op.add_column("request", sa.Column("message_digest", sa.String(length=64), nullable=True))
    op.create_index("ix_request_message_id", "request", ["message_id"])
    op.create_index("ix_request_message_digest", "request", ["message_digest"])


def downgrade() -> None:
    raise NotImplementedError("DPO Desk never downgrades a store; restore the copy made before the upgrade")

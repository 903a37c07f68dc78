"""Legal exactness (issue 17): a processor's forwarding term on a request, controllers' contacts on a record.

- `request.forward_within_days`, `request.forward_term_agreed`: a request received as a processor is
  due to be forwarded to the controller within so many working days (Art. 28(3)(e)), the setting's
  number when it was logged or the term of the data processing agreement.
- `processing_activity.controller_contacts`: the contact details of each controller a processor
  acts for (Art. 30(2)(a)), beside `controllers`.
- `breach_notification.missing_items`: the Art. 33(3) items a phase went out without, so they stay
  flagged until a later phase supplies them (Art. 33(4)). Phases recorded before are taken as complete.

Numbered 0010 in branch `legal`; renumbered 0011 at its merge, after `0010_recipient_notices`.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("request", sa.Column("forward_within_days", sa.Integer(), nullable=True))
    op.add_column("request", sa.Column("forward_term_agreed", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column(
        "processing_activity", sa.Column("controller_contacts", sa.Text(), nullable=False, server_default="[]")
    )
    op.add_column("breach_notification", sa.Column("missing_items", sa.Text(), nullable=False, server_default="[]"))


def downgrade() -> None:
    raise NotImplementedError("DPO Desk never downgrades a store; restore the copy made before the upgrade")

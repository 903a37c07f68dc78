"""Alembic's environment: always the application's keyed connection, never a URL of its own."""

from alembic import context

from dpo_desk.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("DPO Desk migrations run only through Store.open or Store.create")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()

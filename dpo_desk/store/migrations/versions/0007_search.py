"""Quick search: an FTS5 trigram index over requests (reference, name, e-mail), kept in step by triggers.

SQLite only (SQLCipher bundles FTS5 with the trigram tokenizer); another database keeps searching with
LIKE (`store.search` falls back by itself). The index holds no copy of the text: it reads the request
table (external content), so it adds only the trigram lists to the file, encrypted like the rest.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

STATEMENTS = (
    "CREATE VIRTUAL TABLE request_search USING fts5("
    "reference, subject_name, subject_email, content='request', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER request_search_insert AFTER INSERT ON request BEGIN "
    "INSERT INTO request_search(rowid, reference, subject_name, subject_email) "
    "VALUES (new.id, new.reference, new.subject_name, new.subject_email); END",
    "CREATE TRIGGER request_search_delete AFTER DELETE ON request BEGIN "
    "INSERT INTO request_search(request_search, rowid, reference, subject_name, subject_email) "
    "VALUES ('delete', old.id, old.reference, old.subject_name, old.subject_email); END",
    "CREATE TRIGGER request_search_update AFTER UPDATE OF reference, subject_name, subject_email ON request BEGIN "
    "INSERT INTO request_search(request_search, rowid, reference, subject_name, subject_email) "
    "VALUES ('delete', old.id, old.reference, old.subject_name, old.subject_email); "
    "INSERT INTO request_search(rowid, reference, subject_name, subject_email) "
    "VALUES (new.id, new.reference, new.subject_name, new.subject_email); END",
    "INSERT INTO request_search(request_search) VALUES ('rebuild')",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("DPO Desk never downgrades a store; restore the copy made before the upgrade")

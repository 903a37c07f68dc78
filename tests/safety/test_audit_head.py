"""Issue 22, point 10: a quiet rewrite of the trail is caught by a head kept elsewhere, and a dropped
append-only trigger is reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from dpo_desk.store import keying
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.both_engines


def _head(cli) -> str:
    return cli("audit", "verify").out.strip().split()[-1]


def _rewrite(store_path: Path, *statements: str) -> None:
    conn = keying.connect(store_path, PASSPHRASE)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


DROP = ("DROP TRIGGER audit_log_append_only_delete", "DROP TRIGGER audit_log_append_only_update")
RESTORE_TRIGGERS = (
    "CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'x'); END",
    "CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'x'); END",
)


@pytest.mark.file_only(
    "rewrites the file through SQLCipher; on a server the roles forbid it (tests/server/test_roles.py)"
)
@pytest.mark.parametrize(
    "rewrite",
    [
        # the newest entry deleted and the recorded head moved back to the one before
        (
            *DROP,
            "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)",
            "UPDATE store_meta SET value = (SELECT id || ':' || hash FROM audit_log ORDER BY id DESC LIMIT 1) "
            "WHERE key = 'audit_head'",
            *RESTORE_TRIGGERS,
        ),
        # every entry and the head deleted
        (*DROP, "DELETE FROM audit_log", "DELETE FROM store_meta WHERE key = 'audit_head'", *RESTORE_TRIGGERS),
    ],
    ids=["newest-removed", "all-removed"],
)
def test_a_rewrite_that_verifies_is_caught_by_the_head_kept_elsewhere(cli, store_path: Path, rewrite) -> None:
    for name in ("A Oy", "B Oy", "C Oy"):
        cli("org", "set", "--name", name)
    kept = _head(cli)
    assert cli("audit", "verify", "--expect-head", kept).code == 0
    _rewrite(store_path, *rewrite)
    assert cli("audit", "verify").code == 0  # what SECURITY.md says: alone, the store cannot tell
    caught = cli("audit", "verify", "--expect-head", kept, ok=False)
    assert caught.code == 3 and "no longer passes through the head" in caught.err


def test_the_chain_passes_through_an_older_head(cli) -> None:
    cli("org", "set", "--name", "A Oy")
    kept = _head(cli)
    cli("org", "set", "--name", "B Oy")
    assert "still passes through" in cli("audit", "verify", "--expect-head", kept.upper()).out


@pytest.mark.file_only(
    "rewrites the file through SQLCipher; on a server the roles forbid it (tests/server/test_roles.py)"
)
def test_a_dropped_trigger_is_reported(cli, store_path: Path) -> None:
    cli("org", "set", "--name", "A Oy")
    _rewrite(store_path, "DROP TRIGGER audit_log_append_only_delete")
    broken = cli("audit", "verify", ok=False)
    assert broken.code == 3 and "audit_log_append_only_delete" in broken.err and "dropped" in broken.err


def test_a_head_that_is_not_a_hash_is_refused(cli) -> None:
    assert cli("audit", "verify", "--expect-head", "nonsense", ok=False).code == 2

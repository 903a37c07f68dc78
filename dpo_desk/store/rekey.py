"""Changing a store's passphrase by writing a verified copy under the new key.

`PRAGMA rekey` can answer OK after failing (sqlcipher/sqlcipher issue 616) and rewrites the live
file in place, so an interruption could leave pages under two keys. Instead: with the store to
ourselves (backup.exclusive), `sqlcipher_export` writes everything into a new file ATTACHed with the
new key; that file must open with the new passphrase, pass `integrity_check` and
`cipher_integrity_check`, and hold the same rows as the old one; only then is it renamed over the
old file. Until that rename the old file is untouched and its passphrase keeps working; the rename
itself is atomic.

Copies made before (daily backups, copies before upgrades or restores) stay under the old
passphrase: whoever knows it can still read them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dpo_desk.domain.passphrase import check_new_passphrase
from dpo_desk.errors import NotAStore
from dpo_desk.store import keying
from dpo_desk.store.backup import (
    exclusive,
    integrity_problems,
    partial_name,
    prepare_replacement,
    remove_partial,
    remove_stale_partials,
)

if TYPE_CHECKING:
    from dpo_desk.store.engine import Store


def _counts(conn: Any, schema: str = "main") -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        ).fetchall()
    ]
    return {name: conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0] for name in names}


def _trail_head(conn: Any) -> tuple[Any, ...] | None:
    row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return tuple(row) if row else None


def verify_copy(path: Path, passphrase: str, expected_counts: dict[str, int], expected_head: Any) -> None:
    """The copy opens with `passphrase`, passes both integrity checks and holds the same rows."""
    conn = keying.connect(path, passphrase)
    try:
        problems = integrity_problems(conn)
        if problems:
            raise NotAStore(path, f"the new copy fails the integrity check ({problems[0]}); nothing was changed")
        if _counts(conn) != expected_counts or _trail_head(conn) != expected_head:
            raise NotAStore(path, "the new copy does not hold the same rows; nothing was changed")
    finally:
        conn.close()


def change_passphrase(
    store: Store,
    new_passphrase: str,
    *,
    before_replace: Callable[[], None] | None = None,
) -> Store:
    """Rekeys the store's file; returns it opened with the new passphrase.

    A refused new passphrase leaves `store` open; from then on `store` is closed whatever happens.

    `before_replace` runs just before the rename (tests use it to interrupt there).
    """
    store.refuse_on_server("Changing the passphrase")
    from dpo_desk.store.audit import append_entry
    from dpo_desk.store.engine import Store as StoreClass

    check_new_passphrase(new_passphrase)
    key_literal = keying.quote_literal(new_passphrase)
    path, actor = store.path, store.actor
    partial = partial_name(path, "rekeying")
    remove_partial(partial)
    try:
        with exclusive(store) as lock:
            remove_stale_partials(path, "rekeying")
            conn = lock.conn
            conn.execute(f"ATTACH DATABASE {keying.quote_literal(str(partial))} AS rekeyed KEY {key_literal}")
            try:
                conn.execute("PRAGMA rekeyed.cipher_compatibility = 4")
                conn.execute("SELECT sqlcipher_export('rekeyed')")
                version = conn.execute("PRAGMA main.user_version").fetchone()[0]
                conn.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
            finally:
                conn.execute("DETACH DATABASE rekeyed")
            counts, head = _counts(conn), _trail_head(conn)
            verify_copy(partial, new_passphrase, counts, head)
            _record_rekey(partial, new_passphrase, actor, append_entry, store.clock)
            prepare_replacement(partial, new_passphrase)
            _check_sound(partial, new_passphrase)
            lock.swap_in(partial, before_replace)
    finally:
        remove_partial(partial)
    return StoreClass.open(path, new_passphrase, actor=actor, clock=store.clock)


def _check_sound(path: Path, passphrase: str) -> None:
    conn = keying.connect(path, passphrase)
    try:
        problems = integrity_problems(conn)
    finally:
        conn.close()
    if problems:
        raise NotAStore(path, f"the new copy fails the integrity check ({problems[0]}); nothing was changed")


def _record_rekey(path: Path, passphrase: str, actor: str, append_entry: Any, clock: Any) -> None:
    """The change of passphrase goes into the new file's trail (the old file never learns of it)."""
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session
    from sqlalchemy.pool import NullPool

    engine = create_engine(
        "sqlite://", module=keying.dbapi(), creator=lambda: keying.connect(path, passphrase), poolclass=NullPool
    )
    try:
        with Session(engine) as session, session.begin():
            session.info["actor"] = actor
            session.info["clock"] = clock
            append_entry(session, "rekey", "store", "store", {"passphrase": ["old", "new"]})
    finally:
        engine.dispose()

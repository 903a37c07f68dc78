"""Opening one SQLCipher connection: the key first, then the pragmas DPO Desk relies on.

SQLCipher 4 defaults are kept unchanged (PBKDF2-HMAC-SHA512, 256,000 iterations, AES-256, a
per-page HMAC), so any SQLCipher 4 tool opens a store with `PRAGMA key = '<passphrase>'`.
Durability: WAL with `synchronous = FULL` keeps every committed transaction through a crash or a
power cut; the WAL's pages are encrypted like the main file.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from dpo_desk.errors import InvalidInput, StoreBusy, StoreDamaged, WrongPassphrase

# How long a writer waits for another (the window and the command line) before saying the store is busy.
BUSY_TIMEOUT_SECONDS = float(os.environ.get("DPO_DESK_BUSY_TIMEOUT", "15"))
# Decrypted pages are cached in this process only; 64 MiB holds a 100,000-case working set.
CACHE_KIB = 65536


def quote_literal(text: str) -> str:
    """An SQL string literal for any passphrase: quotes doubled, never formatted into an identifier."""
    if "\x00" in text:
        raise InvalidInput("passphrase", None, "must not contain a NUL character", code="nul-character")
    return "'" + text.replace("'", "''") + "'"


def dbapi() -> Any:
    from sqlcipher3 import dbapi2

    return dbapi2


def is_busy_error(exc: BaseException) -> bool:
    text = str(exc).lower()
    # SQLite's, then PostgreSQL's (a writer waiting longer than lock_timeout for the write lock)
    return "database is locked" in text or "database is busy" in text or "lock timeout" in text


def is_damage_error(exc: BaseException) -> bool:
    """What SQLite says when a page fails to decrypt or its structure is broken."""
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text or "disk image" in text


def first_damaged_page(conn: Any) -> int | None:
    """The lowest page whose HMAC fails (SQLCipher's own per-page check), or None if none does."""
    try:
        rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except dbapi().DatabaseError:
        return None
    pages = [int(found.group(1)) for row in rows if (found := re.search(r"page (\d+)", str(row[0])))]
    return min(pages) if pages else None


def damage(conn: Any) -> StoreDamaged:
    """The error for a store whose page 1 opened but a later page did not."""
    return StoreDamaged(first_damaged_page(conn))


def apply_pragmas(conn: Any) -> None:
    """The pragmas every connection to a store runs with (benchmarks give a plain copy the same)."""
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # A purged case must not linger in freed pages (a retention purge promises it is gone).
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")


def connect(path: Path, passphrase: str) -> Any:
    """A keyed, checked connection in autocommit mode (transactions are begun explicitly)."""
    if not passphrase:  # an empty key means "no encryption" to SQLCipher: never that
        raise InvalidInput("passphrase", None, "is empty: give the store's passphrase", code="no-passphrase")
    db = dbapi()
    conn = db.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {quote_literal(passphrase)}")
        conn.execute("PRAGMA cipher_compatibility = 4")
        try:
            conn.execute("PRAGMA user_version").fetchone()  # reads page 1 only: the key's one test
        except db.DatabaseError as exc:
            if is_busy_error(exc):
                raise StoreBusy() from None
            raise WrongPassphrase() from None
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except db.DatabaseError as exc:
            if is_busy_error(exc):
                raise StoreBusy() from None
            # Page 1 decrypted, so the key is right: a later page is damaged (SECURITY.md).
            raise damage(conn) from None
        apply_pragmas(conn)
    except BaseException:
        conn.close()
        raise
    return conn

"""Backups, restores and the safe replacement of a store file.

A backup is `VACUUM INTO` on a keyed connection: a consistent, encrypted copy under the same key,
even while the window or another command writes (the copy is one read transaction). It is written
beside the target, checked, then renamed into place.

A restore never reads the store it replaces (a damaged store is what it is for): `held_by_no_one()`
takes SQLite's own lock bytes of the file (refusing while another process has it open), the file is
set aside under a new name, byte for byte, and the checked copy of the backup renamed into its place.

A rekey never copies over a live file. `exclusive()` first makes sure no
other connection has the store open: it checkpoints the WAL and leaves WAL mode, which SQLite only
allows to the sole connection, then takes and keeps an exclusive lock. The new file is renamed over
the old one while that lock is held, so no write can slip in between; with no `-wal` beside the file
nothing of the old database can be replayed into the new one. Any failure before the rename puts
WAL mode back and leaves the old file, and its passphrase, as they were.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dpo_desk.domain.text import hidden_characters
from dpo_desk.errors import DpoDeskError, InvalidInput, NotAStore, StoreInUse, StoreTooNew
from dpo_desk.outputs import OutputTarget, check_output, probe_writable
from dpo_desk.store import keying, migrations

if TYPE_CHECKING:
    from dpo_desk.clock import Clock
    from dpo_desk.store.engine import Store

DAILY_PATTERN = re.compile(r"-daily-(\d{4}-\d{2}-\d{2})\.dpodesk$")


@dataclass(frozen=True)
class BackupCheck:
    """What a check of a backup (or any store file) found: its schema and size of its trail."""

    path: Path
    revision: str
    audit_entries: int
    size: int


def integrity_problems(conn: Any, schema: str = "main") -> list[str]:
    """Both checks: SQLite's page structure and SQLCipher's per-page HMACs; empty when sound."""
    database_error = keying.dbapi().DatabaseError
    problems: list[str] = []
    for pragma in ("cipher_integrity_check", "integrity_check"):
        try:
            rows = conn.execute(f"PRAGMA {schema}.{pragma}").fetchall()
        except database_error as exc:  # a damaged page can stop the check itself
            problems.append(f"{pragma}: {exc}")
            continue
        problems += [f"{pragma}: {' '.join(map(str, row))}" for row in rows if row[0] != "ok"]
    return problems


def check_store_file(path: str | os.PathLike[str], passphrase: str) -> BackupCheck:
    """Opens a file read-only in spirit (nothing is written), refusing what a restore must not take.

    Raises WrongPassphrase, NotAStore (not a store, or damaged) or StoreTooNew.
    """
    path = Path(path)
    if not path.is_file():
        raise InvalidInput("backup file", str(path), "does not exist or is not a file", code="no-such-file")
    conn = keying.connect(path, passphrase)
    try:
        problems = integrity_problems(conn)
        if problems:
            raise NotAStore(path, f"it fails the integrity check ({problems[0]})")
        has_version = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()[0]
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone() if has_version else None
        if row is None:
            raise NotAStore(path, "it opens with this passphrase but holds no DPO Desk data")
        if row[0] not in migrations.REVISIONS:
            raise StoreTooNew(row[0])
        entries = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    finally:
        conn.close()
    return BackupCheck(path, row[0], int(entries), path.stat().st_size)


def _resolve_target(store: Store, target: str | os.PathLike[str], force: bool) -> Path:
    if isinstance(target, OutputTarget):
        force = force or target.force
    text = os.fspath(target)
    if not str(text).strip():
        raise InvalidInput(
            "backup file", str(text), "is empty: name the file (or folder) for the copy", code="no-backup-name"
        )
    # A path ending in a separator names a folder, as in `dpo-desk backup ~/backups/`: make it.
    names_folder = str(text).endswith(("/", os.sep))
    path = Path(text).expanduser()
    if names_folder and not path.exists() and not hidden_characters(str(text)):
        try:
            path.mkdir(mode=0o700, parents=True)
        except OSError as exc:
            reason = f"is a folder that could not be made ({exc.strerror})"
            raise InvalidInput(
                "backup file", str(path), reason, code="cannot-make-folder", values={"why": exc.strerror}
            ) from None
    if path.is_dir():
        stamp = store.clock.now().astimezone().strftime("%Y%m%d-%H%M%S")
        path = path / f"{store.path.stem}-backup-{stamp}.dpodesk"
    path = check_output(path, store=store.path, force=force)
    probe_writable(path)
    return path


def check_copy(store: Store, path: Path) -> None:
    """Checks a copy under the store's own key (ATTACH without KEY reuses it): no passphrase needed."""
    raw = store.raw_connection()
    try:
        conn = raw.driver_connection
        conn.execute(f"ATTACH DATABASE {keying.quote_literal(str(path))} AS checked_copy")
        try:
            problems = integrity_problems(conn, "checked_copy")
        finally:
            conn.execute("DETACH DATABASE checked_copy")
    finally:
        raw.close()
    if problems:
        raise NotAStore(path, f"the copy fails the integrity check ({problems[0]})")


def make_backup(
    store: Store, target: str | os.PathLike[str], passphrase: str | None = None, *, force: bool = False
) -> Path:
    """A consistent encrypted copy, checked; with `passphrase`, also opened with it. A folder gets a dated file.

    The target passes the one output guard (dpo_desk.outputs): never the store or its files, and an
    existing file only with `force` (or an OutputTarget that says so).
    """
    target = _resolve_target(store, target, force)
    store.backup_to(target)
    try:
        check_copy(store, target)
        if passphrase is not None:
            check_store_file(target, passphrase)
    except DpoDeskError:
        target.unlink(missing_ok=True)
        raise
    return target


def backups_folder(store_path: Path) -> Path:
    return store_path.with_name(f"{store_path.name}.backups")


def daily_backup(store: Store, keep: int, today: dt.date | None = None) -> Path | None:
    """Today's copy in the folder beside the store, unless it exists; keeps the newest `keep` copies."""
    if store.is_server:
        return None  # the server's own backups keep a team's store
    today = today or store.clock.now().astimezone().date()
    folder = backups_folder(store.path)
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / f"{store.path.stem}-daily-{today.isoformat()}.dpodesk"
    made = None
    if not target.exists():
        store.backup_to(target)
        made = target
    dailies = sorted((p for p in folder.iterdir() if DAILY_PATTERN.search(p.name)), key=lambda p: p.name)
    for old in dailies[: max(0, len(dailies) - keep)]:
        old.unlink(missing_ok=True)
    return made


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def prepare_replacement(path: Path, passphrase: str) -> None:
    """Gives a finished copy WAL mode (kept in its header) and flushes it to disk before a rename."""
    conn = keying.connect(path, passphrase)
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode != "wal":
            raise NotAStore(path, "the new copy could not be put in WAL mode")
    finally:
        conn.close()
    os.chmod(path, 0o600)
    _fsync_file(path)


def partial_name(path: Path, what: str) -> Path:
    return path.with_name(f".{path.name}.{what}-{os.getpid()}")


def remove_stale_partials(path: Path, what: str) -> None:
    """Copies an interrupted rekey or restore left beside the store (only while holding it exclusively)."""
    for leftover in path.parent.glob(f".{path.name}.{what}-*"):
        leftover.unlink(missing_ok=True)


def remove_partial(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        leftover.unlink(missing_ok=True)


class Exclusive:
    """The one connection left on a store, holding an exclusive lock, ready to swap in a new file."""

    def __init__(self, conn: Any, path: Path) -> None:
        self.conn = conn
        self.path = path
        self.swapped = False

    def swap_in(self, new_file: Path, before_replace: Callable[[], None] | None = None) -> None:
        """Renames `new_file` over the store while the lock is held."""
        for beside in (Path(f"{self.path}-wal"), Path(f"{self.path}-journal")):
            if beside.exists():
                raise NotAStore(self.path, f"{beside.name} is still beside it; nothing was replaced")
        if before_replace is not None:
            before_replace()
        os.replace(new_file, self.path)
        self.swapped = True
        _fsync_folder(self.path.parent)


@contextmanager
def exclusive(store: Store) -> Iterator[Exclusive]:
    """Closes the store's pool and keeps one connection with the file to itself (see the module doc).

    On leaving, the store is closed in every case; it must be opened again (with the new key after a
    rekey). Raises StoreInUse when any other connection, in this process or another, has the store.
    """
    path = store.path
    engine = store.engine
    engine.dispose()
    raw = engine.raw_connection()
    conn = raw.driver_connection
    holder = Exclusive(conn, path)
    left_wal = False
    try:
        try:
            conn.execute("PRAGMA busy_timeout = 2000")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except Exception as exc:
            if keying.is_busy_error(exc):
                raise StoreInUse() from None
            raise
        if mode != "delete":
            raise StoreInUse()
        left_wal = True
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")  # in exclusive locking mode the lock stays after the commit
        yield holder
    finally:
        try:
            if left_wal and not holder.swapped:
                conn.execute("PRAGMA locking_mode = NORMAL")
                conn.execute("PRAGMA journal_mode = WAL")
        finally:
            raw.invalidate()  # closes this connection for good; it never goes back to the pool
            store.close()


# SQLite's lock bytes (os_unix.c): a connection holds a shared lock in the main file's range while it
# has the store open in WAL mode, and a shared lock on the -shm file's bytes 120-128.
_PENDING_BYTE = 0x40000000
_MAIN_LOCK_BYTES = (_PENDING_BYTE, 512)
_SHM_LOCK_BYTES = (120, 9)


@contextmanager
def held_by_no_one(path: Path) -> Iterator[None]:
    """Holds SQLite's lock bytes of the store exclusively, without reading a byte of it.

    Raises StoreInUse when another process has the store open. (POSIX locks do not see this process's
    own connections: close the store first.) Without fcntl (Windows) nothing is checked.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on the platforms DPO Desk ships for
        yield
        return
    handles: list[int] = []
    try:
        for file, (start, length) in ((path, _MAIN_LOCK_BYTES), (Path(f"{path}-shm"), _SHM_LOCK_BYTES)):
            if not file.exists():
                continue
            handle = os.open(file, os.O_RDWR)
            handles.append(handle)
            try:
                fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB, length, start)
            except OSError:
                raise StoreInUse() from None
        yield
    finally:
        for handle in handles:
            os.close(handle)


def set_aside(path: Path, kept: Path) -> None:
    """Keeps the store's file (and its -wal, -journal, -shm) under a new name beside it, byte for byte.

    A hard link first, so the store's name is never empty; its side files move with it, so that nothing
    of the old database can be replayed into the one renamed in next.
    """
    if kept.exists():
        raise InvalidInput("backup file", str(kept), "already exists; try again in a second", code="kept-copy-exists")
    try:
        os.link(path, kept)
    except OSError:
        os.rename(path, kept)
    for suffix in ("-wal", "-journal", "-shm"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{kept}{suffix}"))
    _fsync_folder(path.parent)


def restore_file(
    path: str | os.PathLike[str],
    backup: str | os.PathLike[str],
    backup_passphrase: str,
    *,
    actor: str | None = None,
    clock: Clock | None = None,
    before_replace: Callable[[], None] | None = None,
) -> tuple[Store, Path]:
    """Replaces the store at `path` with a checked backup, never reading the current file.

    A damaged store is what a restore is for, so the current file is not opened: it is kept aside,
    byte for byte, as `<store>.before-restore-<time>.bak` (a damaged file is evidence; it is never
    deleted), with its side files. The backup is checked first (passphrase, both integrity checks,
    schema not newer); a refused backup changes nothing. The restored store opens with the backup's
    passphrase and its audit trail records the restore. Returns the open store and the kept file.
    """
    from dpo_desk.clock import SYSTEM
    from dpo_desk.store.audit import append_entry
    from dpo_desk.store.engine import Store as StoreClass

    path, backup = Path(path), Path(backup).expanduser()
    if backup.exists() and path.exists() and os.path.samefile(backup, path):
        raise InvalidInput("backup file", str(backup), "is the store itself", code="is-the-store")
    checked = check_store_file(backup, backup_passphrase)
    clock = clock or SYSTEM
    stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
    kept = path.with_name(f"{path.name}.before-restore-{stamp}.bak")
    partial = partial_name(path, "restoring")
    remove_partial(partial)
    try:
        source = keying.connect(backup, backup_passphrase)
        try:
            source.execute(f"VACUUM INTO {keying.quote_literal(str(partial))}")
        finally:
            source.close()
        prepare_replacement(partial, backup_passphrase)
        with held_by_no_one(path):
            remove_stale_partials(path, "rekeying")
            set_aside(path, kept)
            if before_replace is not None:
                before_replace()
            os.replace(partial, path)
            _fsync_folder(path.parent)
    finally:
        remove_partial(partial)
    # An older backup is upgraded here, after Store.open's own copy of it.
    restored = StoreClass.open(path, backup_passphrase, actor=actor, clock=clock)
    with restored.write() as session:
        append_entry(
            session,
            "restore",
            "store",
            "store",
            {"backup": backup.name, "revision": checked.revision, "previous_content_kept_in": kept.name},
        )
    return restored, kept


def restore(
    store: Store,
    backup: str | os.PathLike[str],
    backup_passphrase: str,
    *,
    before_replace: Callable[[], None] | None = None,
) -> tuple[Store, Path]:
    """`restore_file` for an open store: a refused backup leaves `store` open; otherwise it is closed first."""
    store.refuse_on_server("A restore")
    backup = Path(backup).expanduser()
    if backup.exists() and os.path.samefile(backup, store.path):
        raise InvalidInput("backup file", str(backup), "is the store itself", code="is-the-store")
    check_store_file(backup, backup_passphrase)
    store.close()
    return restore_file(
        store.path, backup, backup_passphrase, actor=store.actor, clock=store.clock, before_replace=before_replace
    )


def restore_as_new(path: str | os.PathLike[str], backup: str | os.PathLike[str], passphrase: str) -> Path:
    """Puts a checked backup where no store is (the store file was lost); never replaces a file."""
    from dpo_desk.errors import StoreExists

    path, backup = Path(path).expanduser(), Path(backup).expanduser()
    if path.exists() or path.is_symlink():
        raise StoreExists(path)
    check_store_file(backup, passphrase)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = partial_name(path, "restoring")
    remove_partial(partial)
    try:
        source = keying.connect(backup, passphrase)
        try:
            source.execute(f"VACUUM INTO {keying.quote_literal(str(partial))}")
        finally:
            source.close()
        prepare_replacement(partial, passphrase)
        try:
            os.link(partial, path)  # fails rather than replace a file that appeared meanwhile
        except FileExistsError:
            raise StoreExists(path) from None
        _fsync_folder(path.parent)
    finally:
        remove_partial(partial)
    return path

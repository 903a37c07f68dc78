"""Every file DPO Desk writes goes through here: one guard, then an atomic write.

The guard (`check_output`) refuses what no writer may touch whatever the user says: the store itself,
its `-wal`, `-shm` and `-journal` files, and its backups (`<store>.before-*.bak`, anything in the
`<store>.backups` folder). It also refuses to replace any file that already exists unless `force` is
given. DPO Desk keeps no list of the files it wrote (such a list would itself leak what was exported,
and would break when files are moved); so "a file DPO Desk did not write" is simply "a file that
exists": overwriting needs `--force` on the command line, or the save dialog's own confirmation in
the window.

Callers that know the store (the command line's context, the window's Ops) hand writers an
`OutputTarget`, which is path-like, so it passes unchanged through every report writer to
`atomic_output`, which checks it once more just before it renames the finished file into place.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from dpo_desk.domain.text import hidden_characters
from dpo_desk.errors import InvalidInput

FIELD = "output file"
_STORE_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class OutputTarget:
    """A file to write, with what its guard needs: the store to protect, and whether replacing is allowed."""

    path: Path
    store: Path | None = None
    force: bool = False

    def __fspath__(self) -> str:
        return str(self.path)

    def __str__(self) -> str:
        return str(self.path)

    def with_path(self, path: str | os.PathLike[str]) -> OutputTarget:
        return replace(self, path=Path(path))


Target = str | os.PathLike[str]


def output_target(path: Target, *, store: Target | None, force: bool = False) -> OutputTarget:
    """Checks `path` now (before anything is stored) and returns it with its guard's facts."""
    target = OutputTarget(Path(os.fspath(path)).expanduser(), Path(store) if store is not None else None, force)
    probe_writable(check_output(target))
    return target


def probe_writable(path: Path) -> None:
    """Creates and removes the temporary file beside `path`: a folder that cannot be written is refused now."""
    partial = partial_path(path)
    try:
        os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        return  # another write of ours is under way there: the folder is writable
    except OSError as exc:
        raise InvalidInput(
            FIELD, str(path), f"cannot be written ({exc.strerror})", code="cannot-write", values={"why": exc.strerror}
        ) from None
    partial.unlink(missing_ok=True)


def _protected_reason(target: Path, store: Path) -> tuple[str, str] | None:
    """Why no writer may touch `target`, as a code and a reason; None when it may."""
    store = store.expanduser().resolve()
    resolved = target.resolve()
    names = {store, *(Path(f"{store}{suffix}") for suffix in _STORE_SIDE_FILES)}
    if resolved in names or (target.exists() and store.exists() and os.path.samefile(target, store)):
        return "store-file", "is the store or one of its own files; choose another file"
    backups = store.with_name(f"{store.name}.backups")
    if resolved == backups or backups in resolved.parents:
        return "in-backup-folder", "is in the store's backup folder; choose another file"
    if resolved.parent == store.parent and re.fullmatch(
        re.escape(store.name) + r"\.before-.*\.bak(-wal|-shm|-journal)?", resolved.name
    ):
        return "store-backup", "is one of the store's backups; choose another file"
    return None


def check_name(text: str) -> str:
    """Refuses an empty name, or one with control characters or bidi overrides."""
    if not str(text).strip():
        raise InvalidInput(FIELD, None, "is empty: name the file to write", code="no-file-name")
    if hidden_characters(str(text)):  # a name the terminal would show as something else, or mangle
        raise InvalidInput(
            FIELD, str(text), "holds control or bidi characters; choose a plain file name", code="not-a-plain-name"
        )
    return text


def check_output(target: Target, *, store: Target | None = None, force: bool = False) -> Path:
    """Refuses a file no writer may touch; returns the path to write. An OutputTarget brings its own facts."""
    if isinstance(target, OutputTarget):
        store, force = target.store, target.force
    path = Path(check_name(os.fspath(target))).expanduser()
    try:
        return _check_path(path, store, force)
    except OSError as exc:  # a name too long for the file system, a folder we may not look into
        raise InvalidInput(
            FIELD, str(path)[:200], f"cannot be used ({exc.strerror})", code="cannot-use", values={"why": exc.strerror}
        ) from None


def _check_path(path: Path, store: Target | None, force: bool) -> Path:
    if path.is_dir():
        raise InvalidInput(FIELD, str(path), "is a folder; give a file name", code="is-a-folder")
    if not path.parent.is_dir():
        raise InvalidInput(FIELD, str(path), "is in a folder that does not exist", code="no-such-folder")
    if store is not None:
        protected = _protected_reason(path, Path(store))
        if protected:
            code, reason = protected
            raise InvalidInput(FIELD, str(path), reason, code=code)
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise InvalidInput(FIELD, str(path), "is not a regular file", code="not-a-regular-file")
    if path.exists() and not force:
        raise InvalidInput(FIELD, str(path), "already exists; give --force to replace it", code="file-exists")
    return path


def partial_path(target: Path) -> Path:
    """The temporary name beside `target` that a write goes to before the rename."""
    return target.with_name(f".{target.name}.partial-{os.getpid()}")


@contextmanager
def atomic_output(target: Target, *, store: Target | None = None, force: bool = False) -> Iterator[Path]:
    """Yields a temporary path beside `target`; on success it is fsynced and renamed over `target`.

    The guard runs first (an OutputTarget carries its store and force). The file is created readable by
    its owner only. On any error the temporary file is removed and `target` is left as it was.
    """
    path = check_output(target, store=store, force=force)
    partial = partial_path(path)
    try:
        fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    except OSError as exc:
        raise InvalidInput(
            FIELD, str(path), f"cannot be written ({exc.strerror})", code="cannot-write", values={"why": exc.strerror}
        ) from None
    os.close(fd)
    try:
        yield partial
        with open(partial, "rb+") as written:
            os.fsync(written.fileno())
        check_output(target, store=store, force=force)  # a file may have appeared there meanwhile
        os.replace(partial, path)
    finally:
        if partial.exists():
            partial.unlink()


_UNSAFE = re.compile(r"[^A-Za-z0-9._ -]+")


def safe_filename(text: str, default: str = "file", max_length: int = 80) -> str:
    """A file name made from user text: no folders, no control characters, no leading dots."""
    normalised = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    cleaned = _UNSAFE.sub("_", normalised).strip(" ._")
    cleaned = re.sub(r"_+", "_", cleaned)[:max_length].strip(" ._")
    if cleaned.upper().split(".")[0] in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}:
        cleaned = f"_{cleaned}"
    return cleaned or default

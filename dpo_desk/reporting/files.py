"""Writing report and export files so that a crash never leaves half a file under the real name."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dpo_desk.errors import InvalidInput


@contextmanager
def atomic_output(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yields a temporary path beside `target`; on success it is fsynced and renamed over `target`.

    The file is created readable by its owner only. On any error the temporary file is removed and
    `target` is left as it was.
    """
    target = Path(target)
    if target.is_dir():
        raise InvalidInput("output file", str(target), "is a folder; give a file name")
    if not target.parent.is_dir():
        raise InvalidInput("output file", str(target), "is in a folder that does not exist")
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        yield partial
        with open(partial, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(partial, target)
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

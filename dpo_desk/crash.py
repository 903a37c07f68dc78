"""The private crash log: where an internal error happened, never what it was about.

An exception's message and its frames' values may carry personal data (a ReportLab LayoutError
quotes the paragraph it could not fit: a data subject's name). The log keeps only what a maintainer
needs to find the bug: each exception's type, and the file, line and function of every frame.
"""

from __future__ import annotations

import os
import traceback


def describe(exc: BaseException) -> str:
    """The exception chain as types and code locations only; no message, no source line, no value."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        lines.append(f"{kind.__module__}.{kind.__qualname__} (message withheld: it may hold personal data)")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  at {frame.filename}:{frame.lineno} in {frame.name}")
        current = current.__cause__ or current.__context__
        if current is not None:
            lines.append("while handling, or caused by:")
    return "\n".join(lines) + "\n"


def log_crash(exc: BaseException) -> str:
    """Appends the description to the user's crash.log (0600); returns where, for the one-line notice."""
    import platformdirs

    folder = platformdirs.user_log_dir("dpo-desk", appauthor=False)
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        path = os.path.join(folder, "crash.log")
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as log:
            log.write(describe(exc) + "\n")
        return path
    except OSError:
        return "nowhere (the log folder is not writable)"

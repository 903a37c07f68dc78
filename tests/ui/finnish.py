"""Helpers for the tests that look at a Finnish window: build it in Finnish, and find English left in it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from dpo_desk.ui import i18n

# Words of the core's English sentences that no Finnish or Swedish sentence of the window contains.
ENGLISH_WORDS = (
    "the", "is", "was", "not", "no", "and", "of", "from", "recorded", "missing", "month", "months", "due",
    "review", "Art", "safeguard", "transfer", "notification", "send", "record", "purpose", "under", "so",
)  # fmt: skip


def english_in(text: str) -> list[str]:
    """The English words of ENGLISH_WORDS found in `text`, as whole words."""
    return [w for w in ENGLISH_WORDS if re.search(rf"\b{re.escape(w)}\b", text)]


@contextmanager
def language(code: str) -> Iterator[None]:
    """The window's language for the block; English again after it."""
    try:
        i18n.install(code)
        yield
    finally:
        i18n.install("en")

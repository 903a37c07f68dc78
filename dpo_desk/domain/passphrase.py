"""The rule a new passphrase must meet, in one place for the command line, the window and the store.

The store's key derivation does the real work; the rule only refuses what is certainly too weak
(short) or cannot be passed to SQLCipher intact (a NUL ends a C string).
"""

from __future__ import annotations

import enum

from dpo_desk.errors import InvalidInput

MIN_PASSPHRASE_LENGTH = 8


class PassphraseProblem(enum.Enum):
    TOO_SHORT = "too short"
    CONTAINS_NUL = "contains NUL"


def passphrase_problem(passphrase: str) -> PassphraseProblem | None:
    """Why `passphrase` may not become a store's passphrase, or None when it may."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return PassphraseProblem.TOO_SHORT
    if "\x00" in passphrase:
        return PassphraseProblem.CONTAINS_NUL
    return None


def check_new_passphrase(passphrase: str, field: str = "new passphrase") -> None:
    """Raises InvalidInput naming `field` unless `passphrase` meets the rule."""
    problem = passphrase_problem(passphrase)
    if problem is PassphraseProblem.TOO_SHORT:
        raise InvalidInput(
            field,
            None,
            f"is too short: use at least {MIN_PASSPHRASE_LENGTH} characters",
            code="passphrase-too-short",
            values={"least": MIN_PASSPHRASE_LENGTH},
        )
    if problem is PassphraseProblem.CONTAINS_NUL:
        raise InvalidInput(field, None, "must not contain a NUL character", code="nul-character")


def strength_hint(passphrase: str) -> tuple[int, str]:
    """A rough score 0-4 and a word for it: length and variety, as a hint only, never a rule."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return 0, "too short"
    kinds = sum(
        any(test(c) for c in passphrase) for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    words = len(passphrase.split())
    score = 1 + (len(passphrase) >= 14) + (len(passphrase) >= 20 or words >= 4) + (kinds >= 3)
    return min(score, 4), ("weak", "fair", "good", "strong", "strong")[min(score, 4)]

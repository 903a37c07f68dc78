"""The checks every free-text, choice and date input passes before a service stores it.

One rule for every module, so the same text is accepted or refused alike wherever it is typed:
trimmed, line ends made `\n`, no control characters but line feed and tab (they break the XML
inside PDFs and workbooks), and a length limit. Each refusal is an `InvalidInput` naming the field.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from dpo_desk.domain.timeparse import parse_date
from dpo_desk.errors import InvalidInput

MAX_TEXT = 20_000
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f]")  # every control character but tab (\x09) and line feed (\x0a)


def text(field: str, value: Any, *, required: bool = False, limit: int = MAX_TEXT) -> str:
    """`value` as clean text ("" for None); refused when required and empty, too long, or holding controls."""
    cleaned = "" if value is None else str(value).replace("\r\n", "\n").replace("\r", "\n").strip()
    if required and not cleaned:
        raise InvalidInput(field, None, "must not be empty", code="empty")
    if len(cleaned) > limit:
        raise InvalidInput(field, None, f"is longer than {limit} characters", code="too-long", values={"limit": limit})
    if _CONTROLS.search(cleaned):
        raise InvalidInput(field, None, "holds a control character", code="control-character")
    return cleaned


def one_of(field: str, value: Any, choices: Sequence[str]) -> str:
    """`value`, trimmed, when it is exactly one of `choices`."""
    word = "" if value is None else str(value).strip()
    if word not in choices:
        raise InvalidInput(
            field, value, f"is not one of {', '.join(choices)}", code="not-a-choice", values={"choices": list(choices)}
        )
    return word


def choice(field: str, value: Any, choices: Sequence[str], *, allow_empty: bool = False) -> str:
    """One of `choices` (lower-case words), whatever the case it was typed in; "" if allowed and empty."""
    word = "" if value is None else str(value).strip().lower()
    if allow_empty and not word:
        return ""
    return one_of(field, word if word in choices else value, choices)


def optional_date(field: str, value: Any) -> dt.date | None:
    """A date from a date or its text; None for nothing or blank text."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_date(field, value)

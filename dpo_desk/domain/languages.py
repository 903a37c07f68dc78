"""The languages DPO Desk writes its letters and reports in."""

from __future__ import annotations

from dpo_desk.errors import InvalidInput

LANGUAGES = ("fi", "sv", "en")


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise InvalidInput(
            "lang", lang, f"is not one of {', '.join(LANGUAGES)}", code="not-a-choice", values={"choices": LANGUAGES}
        )
    return lang

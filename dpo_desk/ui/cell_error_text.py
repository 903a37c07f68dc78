"""The window's own wording of why a spreadsheet import refuses a cell: code and values in, a translated reason out.

The core words each cell error in English for the command line and the JSON (`CellError.message`) and carries
its reason as data (`code`, one of `spreadsheet_import.CELL_ERROR_CODES`, and `values`, "value" being the cell
as typed); the window words it here. A code without a wording shows the core's English message
(tests/ui/test_cell_error_text.py fails while a code of the core has none).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dpo_desk.ui.i18n import current_language, translate

_LONGEST_VALUE = 60  # a long cell is cut in the reason; the table beside it shows it whole


def _wordings() -> dict[str, str]:
    return {
        "required": translate("CellError", "a value is required"),
        "number-not-date": translate("CellError", "“{value}” is a number, not a date: write it as 2026-03-05"),
        "not-whole-number": translate("CellError", "“{value}” is not a whole number"),
        "not-a-choice": translate("CellError", "“{value}” is not one of: {choices}"),
        "not-a-country": translate(
            "CellError", "“{value}” is not a country: write its two-letter code (such as FI) or its name"
        ),
        "not-yes-no": translate("CellError", "“{value}” is not yes or no"),
        "date-missing": translate("CellError", "a date like 2026-03-05 is needed"),
        "date-ambiguous": translate(
            "CellError",
            "“{value}” can be read two ways: say above how dates with slashes are written, or write it as 2026-03-05",
        ),
        "date-impossible": translate("CellError", "“{value}” is not a day of the calendar"),
        "not-a-date": translate("CellError", "“{value}” is not a date: write it as 2026-03-05 (year-month-day)"),
        "year-out-of-range": translate("CellError", "“{value}” is outside the years {earliest}–{latest}"),
        "time-missing": translate("CellError", "a time like 2026-03-27 15:00 is needed"),
        "not-a-time": translate("CellError", "“{value}” is not a time: write it as 2026-03-27 15:00"),
        "time-of-day-missing": translate("CellError", "“{value}” needs a time of day: write it as 2026-03-27 15:00"),
        "time-skipped": translate(
            "CellError",
            "“{value}” does not exist in the time zone {zone}: the clocks skip that hour when summer time begins; "
            "write the time with its UTC offset (2026-03-29T03:30+02:00)",
        ),
        "empty": translate("CellError", "must not be empty"),
        "too-long": translate("CellError", "is longer than {limit} characters"),
        "control-character": translate("CellError", "holds a control character; remove it"),
        "refused": translate("CellError", "not accepted: {reason}"),
    }


def worded_codes() -> frozenset[str]:
    """The codes the window words (a test checks they are CELL_ERROR_CODES), read from the wordings."""
    return frozenset(_wordings())


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


def _short(value: Any) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= _LONGEST_VALUE else text[: _LONGEST_VALUE - 1] + "…"


def cell_error_reason(error: Any) -> str:
    """Why the cell is refused, in the window's language; the core's English message for a code not worded here."""
    return reason_text(getattr(error, "code", ""), getattr(error, "values", None) or {}, error.message)


def reason_text(code: str, values: Mapping[str, Any], english: str) -> str:
    """The reason a code and its values name ("value" the value as typed), without saying where it was typed.

    The spreadsheet import places it in its cell; a form shows it under its field (`refusal_text.invalid_input_text`).
    `english` is shown for a code not worded here.
    """
    wording = _wordings().get(code)
    if wording is None:
        return english
    shown = _Blank({key: value for key, value in values.items() if value is not None})
    shown["value"] = _short(values.get("value", ""))
    if "choices" in values:
        words = (values.get("choice_words") or {}).get(current_language()) or values["choices"]
        shown["choices"] = ", ".join(map(str, words))
    if code == "refused" and values.get("refusal"):
        from dpo_desk.ui.refusal_text import rule_refused_text  # refusal_text words a form's errors through here

        shown["reason"] = rule_refused_text(values["refusal"], values.get("refusal_values") or {}, shown["reason"])
    return wording.format_map(shown)

"""The window's own wording of the record of processing's warnings (rules/records_checks.py), from code and values.

The core words each warning in English for the command line and the JSON and carries what it names as data
(`values`); the window words it in its language here. A code without a wording shows the core's English
message (tests/ui/test_records_warning_text.py fails while a code of the core's CODES has none).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dpo_desk.ui.finding_text import finding_text
from dpo_desk.ui.formatting import format_date
from dpo_desk.ui.i18n import translate


def _wordings() -> dict[str, str]:
    return {
        "controller-missing/joint-controller": translate(
            "RecordsWarning", "As a joint controller, the record must name the other joint controllers (Art. 26, 30)."
        ),
        "controller-missing/processor": translate(
            "RecordsWarning", "As a processor, the record must name the controllers it serves (Art. 26, 30)."
        ),
        "controller-contact-missing": translate(
            "RecordsWarning", "The contact details of the controller “{controller}” are missing (Art. 30(2)(a))."
        ),
        "no-purpose": translate("RecordsWarning", "No purpose is recorded (Art. 30(1)(b)); add at least one."),
        "no-purpose/processor": translate(
            "RecordsWarning", "No category of processing is recorded (Art. 30(2)(b)); add at least one."
        ),
        "purpose-without-legal-basis": translate(
            "RecordsWarning", "The purpose “{purpose}” has no legal basis under Art. 6(1)."
        ),
        "balancing-test-missing": translate(
            "RecordsWarning",
            "The purpose “{purpose}” relies on legitimate interests without a recorded balancing test "
            "(its date and conclusion).",
        ),
        "special-without-condition": translate(
            "RecordsWarning", "Special categories of data ({categories}) are processed without an Art. 9(2) condition."
        ),
        "no-retention": translate("RecordsWarning", "No retention period or criteria for it (Art. 30(1)(f))."),
        "transfer-warning": translate("RecordsWarning", "Linked subprocessor {name} ({subprocessor}): {warning}"),
        "transfer-without-safeguard": translate(
            "RecordsWarning", "The transfer to {country} entered by hand has no safeguard (Art. 44-49)."
        ),
        "dpia-missing": translate(
            "RecordsWarning", "The screening says an impact assessment is needed, but none is recorded."
        ),
        "dpia-review-overdue": translate("RecordsWarning", "The impact assessment was due for review on {date}."),
        "prior-consultation-missing": translate(
            "RecordsWarning",
            "A high residual risk remains but no prior consultation of the Data Protection Ombudsman is "
            "recorded (Art. 36).",
        ),
        "review-overdue": translate(
            "RecordsWarning",
            "Not reviewed within {months} months or by its review date (last review: {last_reviewed}).",
        ),
        "review-overdue/never": translate(
            "RecordsWarning", "Not reviewed within {months} months or by its review date (never reviewed)."
        ),
    }


def worded_codes() -> frozenset[str]:
    """The codes the window words (a test checks the core has no other), read from the wordings' keys."""
    return frozenset(key.split("/")[0] for key in _wordings())


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


def _key(code: str, values: Mapping[str, Any]) -> str:
    if code == "controller-missing":
        return f"{code}/{values.get('role', '')}"
    if code == "no-purpose" and values.get("processor"):
        return "no-purpose/processor"
    if code == "review-overdue" and values.get("last_reviewed") is None:
        return "review-overdue/never"
    return code


def records_warning_text(warning: Any) -> str:
    """The warning in the window's language; the core's English message for a code not worded here."""
    values: Mapping[str, Any] = getattr(warning, "values", None) or {}
    wording = _wordings().get(_key(warning.code, values))
    if wording is None:
        return warning.message
    shown = _Blank({key: value for key, value in values.items() if value is not None})
    if values.get("number") and not values.get("purpose"):
        shown["purpose"] = translate("RecordsWarning", "purpose {0}").format(values["number"])
    if "categories" in values:
        shown["categories"] = ", ".join(values["categories"])
    if "date" in values:
        shown["date"] = format_date(values["date"])
    if values.get("last_reviewed") is not None:
        shown["last_reviewed"] = format_date(values["last_reviewed"])
    if warning.code == "transfer-warning":
        shown["name"] = values.get("name") or values.get("subprocessor", "")
        finding = values.get("finding")
        shown["warning"] = finding_text(finding) if finding is not None else values.get("warning", "")
    return wording.format_map(shown)

"""The window's own wording of the core's transfer findings: code and values in, a translated sentence out.

The core words its findings in English for the command line and the JSON, and carries what each names
(country, dates, decision, module...) as data in `values`; the window words them in its language from
the finding's stable code and those values. A code without a wording here shows the core's English message
(tests/ui/test_finding_text.py fails while a code of the core has none).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dpo_desk.ui.formatting import format_date
from dpo_desk.ui.i18n import current_language, translate


def _wordings() -> dict[str, str]:
    return {
        "safeguard-missing": translate(
            "FindingText", "{country}: no safeguard recorded for a transfer outside the EEA"
        ),
        "scc-pre-2021": translate(
            "FindingText", "{country}: the SCCs of {version} were repealed; sign the clauses of 2021/914"
        ),
        "scc-module-missing": translate("FindingText", "{country}: the SCC module (1-4) is not recorded"),
        "derogation-letter-missing": translate(
            "FindingText", "{country}: which Art. 49(1) derogation applies is not recorded"
        ),
        "derogation-for-regular-transfers": translate(
            "FindingText",
            "{country}: a subprocessor receives data all the time, but Art. 49 derogations are for occasional "
            "transfers (EDPB Guidelines 2/2018): put SCCs or another Art. 46 safeguard in place",
        ),
        "derogation-compelling-inform": translate(
            "FindingText",
            "{country}: compelling legitimate interests also need the supervisory authority informed of the "
            "transfer and the data subjects told of it and of the interests pursued (Art. 49(1) second "
            "subparagraph)",
        ),
        "scc-module-unfit": translate(
            "FindingText",
            "{country}: SCC module {module} ({module_name}) does not fit a subprocessor, which processes on our "
            "behalf: module 3 when we act as a processor, module 2 when we are the controller",
        ),
        "scc-module-questioned": translate(
            "FindingText",
            "{country}: SCC module {module} ({module_name}) is recorded, but the activities it serves say we act "
            "{role}: module {expected} would fit; check the contract",
        ),
        "adequacy-not-in-force": translate(
            "FindingText", "{country}: adequacy claimed but no adequacy decision covers it"
        ),
        "adequacy-not-in-force/lapsed": translate(
            "FindingText", "{country}: adequacy claimed but decision {reference} is not in force on {date}"
        ),
        "us-not-dpf-certified": translate(
            "FindingText",
            "{country}: no valid transfer basis: {decision} covers only certified organisations and this "
            "recipient is not marked as certified; sign the 2021 SCCs or use another Art. 46 safeguard",
        ),
        "not-certified": translate(
            "FindingText",
            "{country}: no valid transfer basis: {decision} covers only certified organisations and this "
            "recipient is not marked as certified; sign the 2021 SCCs or use another Art. 46 safeguard",
        ),
        "adequacy-challenged-no-fallback": translate(
            "FindingText", "{country}: {decision} is under legal challenge; record a fallback"
        ),
        "adequacy-challenged-no-fallback/case": translate(
            "FindingText", "{country}: {decision} is under legal challenge (case {case} pending); record a fallback"
        ),
        "adequacy-challenged": translate(
            "FindingText", "{country}: {decision} is under legal challenge; fallback recorded: {fallback}"
        ),
        "adequacy-limited-scope": translate("FindingText", "{country}: the decision's scope is limited: {scope_note}"),
        "tia-review-past": translate(
            "FindingText", "{country}: the transfer impact assessment was due for review on {date}"
        ),
        "tia-missing": translate(
            "FindingText",
            "{country}: no transfer impact assessment recorded (Clause 14 of the SCCs requires one; "
            "EDPB Recommendations 01/2020)",
        ),
        "dpa-missing": translate("FindingText", "no signed data processing agreement (Art. 28(3)) recorded"),
    }


def _module_name(module: Any) -> str:
    names = {
        1: translate("FindingText", "controller to controller"),
        2: translate("FindingText", "controller to processor"),
        3: translate("FindingText", "processor to processor"),
        4: translate("FindingText", "processor to controller"),
    }
    return names.get(module, str(module))


def _role(role: Any) -> str:
    return {
        "processor": translate("FindingText", "as a processor"),
        "controller": translate("FindingText", "as the controller"),
    }.get(role, str(role))


def _fallback(safeguard: Any) -> str:
    return {"scc": translate("FindingText", "SCCs"), "bcr": translate("FindingText", "BCRs")}.get(
        safeguard, str(safeguard)
    )


def worded_codes() -> frozenset[str]:
    """The codes the window words (a test checks the core has no other), read from the wordings' keys."""
    return frozenset(key.split("/")[0] for key in _wordings())


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


def finding_text(finding: Any) -> str:
    """The finding in the window's language; the core's English message for a code not worded here."""
    wordings = _wordings()
    values: Mapping[str, Any] = getattr(finding, "values", None) or {}
    code = finding.code
    if code == "adequacy-not-in-force" and values.get("reference"):
        code = "adequacy-not-in-force/lapsed"
    elif code == "adequacy-challenged-no-fallback" and values.get("case"):
        code = "adequacy-challenged-no-fallback/case"
    wording = wordings.get(code)
    if wording is None:
        return finding.message
    shown = _Blank({key: value for key, value in values.items() if value is not None})
    shown.setdefault("country", getattr(finding, "country", ""))
    if "date" in values:
        shown["date"] = format_date(values["date"])
    if "module" in values:
        shown["module_name"] = _module_name(values["module"])
    if "role" in values:
        shown["role"] = _role(values["role"])
    if "fallback" in values:
        shown["fallback"] = _fallback(values["fallback"])
    if "scope_note" in values:
        shown["scope_note"] = values.get(f"scope_note_{current_language()}") or values["scope_note"]
    return wording.format_map(shown)

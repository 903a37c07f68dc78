"""The window's own wording of the core's transfer findings: code and values in, a translated sentence out.

The core words its findings in English for the command line and the JSON; the window words them in its
language from the finding's stable code. A code without a wording here shows the core's English message.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication

# The finding codes worded by the window; the others keep the core's English message for now.


def _wordings() -> dict[str, str]:
    return {
        "safeguard-missing": QCoreApplication.translate(
            "FindingText", "{country}: no safeguard recorded for a transfer outside the EEA"
        ),
        "scc-module-missing": QCoreApplication.translate(
            "FindingText", "{country}: the SCC module (1-4) is not recorded"
        ),
        "derogation-letter-missing": QCoreApplication.translate(
            "FindingText", "{country}: which Art. 49(1) derogation applies is not recorded"
        ),
        "tia-missing": QCoreApplication.translate(
            "FindingText",
            "{country}: no transfer impact assessment recorded (Clause 14 of the SCCs requires one; "
            "EDPB Recommendations 01/2020)",
        ),
        "dpa-missing": QCoreApplication.translate(
            "FindingText", "no signed data processing agreement (Art. 28(3)) recorded"
        ),
    }


WORDED_CODES = (
    "safeguard-missing",
    "scc-module-missing",
    "derogation-letter-missing",
    "tia-missing",
    "dpa-missing",
)


def finding_text(finding: Any) -> str:
    """The finding in the window's language; the core's English message for a code not worded here."""
    wording = _wordings().get(finding.code)
    if wording is None:
        return finding.message
    return wording.format(country=getattr(finding, "country", ""))

"""The words of a rights request every layer shares: its types, the article each rests on, the letters."""

from __future__ import annotations

REQUEST_TYPES = (
    "access",
    "rectification",
    "erasure",
    "restriction",
    "portability",
    "objection",
    "consent-withdrawal",
    "automated-decision",
    "unclassified",  # taken in from an e-mail whose words name no type; the month runs all the same
)

# The GDPR article each type of request rests on, for letters and the log.
ARTICLES = {
    "access": "15",
    "rectification": "16",
    "erasure": "17",
    "restriction": "18",
    "portability": "20",
    "objection": "21",
    "consent-withdrawal": "7(3)",
    "automated-decision": "22",
    "unclassified": "12",
}

LETTER_KINDS = ("acknowledgement", "identity-request", "extension", "refusal", "completion")

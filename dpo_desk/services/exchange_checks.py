"""What an imported record must satisfy, as when it is entered: choices, lengths, no control characters.

A JSON export edited by hand (or by someone else) is input like any other: `type: "nonsense"` would
break every report that reads it, a 1 MB name breaks a letter, an ESC character reaches a terminal.
Each row is checked here before anything is written; errors name table, row and column, never the value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from sqlalchemy import String, Table, Text

from dpo_desk.errors import InvalidInput

# The services' limit for free text (requests, register, records, breaches): below a spreadsheet cell.
MAX_TEXT = 20_000
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# The trail is imported exactly as it was written (its hashes cover it) and checked by its own chain.
_UNCHECKED_TABLES = frozenset({"audit_log"})


@cache
def choices() -> dict[tuple[str, str], frozenset[str]]:
    """(table, column) -> the values the services accept there ("" where a field may be left unset)."""
    from dpo_desk.domain.requests import REQUEST_TYPES
    from dpo_desk.rules import breach_content, transfers
    from dpo_desk.services import attachments, breaches, records, register, requests

    def of(*values: Any) -> frozenset[str]:
        return frozenset(v for group in values for v in ((group,) if isinstance(group, str) else group))

    return {
        ("request", "type"): of(REQUEST_TYPES),
        ("request", "channel"): of(requests.CHANNELS),
        ("request", "language"): of(requests.LANGUAGES),
        ("request", "role"): of(requests.ROLES),
        ("request", "identity_status"): of(requests.IDENTITY_STATES),
        ("request", "status"): of(requests.STATUSES),
        ("request", "outcome"): of(requests.OUTCOMES),
        ("breach", "status"): of(breaches.STATUSES),
        ("breach", "cause"): of(breaches.CAUSES),
        ("breach", "intent"): of(breaches.INTENTS),
        ("breach", "role"): of(breaches.ROLES),
        ("breach", "nature"): of(breaches.NATURES),
        ("breach", "communication"): of("", breaches.COMMUNICATIONS),
        ("breach", "exemption"): of("", breaches.EXEMPTIONS),
        ("breach_notification", "phase"): of(breaches.PHASES),
        # the Art. 33(3) items a phase went out without (issue 17): the content rules' own keys
        ("breach_notification", "missing_items"): of(tuple(item.key for item in breach_content.ART_33_3)),
        ("attachment", "kind"): of(attachments.KINDS),
        ("subprocessor", "status"): of(transfers.STATUSES),
        ("subprocessor_announcement", "kind"): of(register.ANNOUNCEMENT_KINDS),
        ("subprocessor_announcement", "status"): of("open", "closed", "withdrawn"),
        ("processing_activity", "role"): of(records.KINDS),
    }


def _limit(column: Any) -> int | None:
    if isinstance(column.type, String) and not isinstance(column.type, Text) and column.type.length:
        return int(column.type.length)
    if isinstance(column.type, String):
        return MAX_TEXT
    return None


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def _request_agrees_with_itself(row: dict[str, Any], where: Callable[[str], str]) -> None:
    """What `request close`, `extend` and the identity steps guarantee together, as the reports rely on it."""
    closed, outcome = row.get("status") == "closed", row.get("outcome")
    if closed and not outcome:
        raise InvalidInput(where("outcome"), None, "is required for a closed request", code="required-when-closed")
    if outcome and not closed:
        raise InvalidInput(
            where("status"),
            row.get("status"),
            "must be closed for a request with an outcome",
            code="closed-with-outcome",
        )
    if outcome == "refused" and not str(row.get("outcome_reason") or "").strip():
        raise InvalidInput(
            where("outcome_reason"), None, "is required for a refusal (Art. 12(4))", code="required-for-refusal"
        )
    if row.get("extended_on") is not None and not str(row.get("extension_reason") or "").strip():
        raise InvalidInput(
            where("extension_reason"), None, "is required for an extension (Art. 12(3))", code="required-for-extension"
        )
    received = row.get("received_on")
    for name in ("replied_on", "extended_on", "extension_told_on", "identity_requested_on", "forwarded_on"):
        day = row.get(name)
        if received is not None and day is not None and str(day) < str(received):
            raise InvalidInput(
                where(name),
                None,
                "is before the day the request was received",
                code="before-received",
                values={"earliest": received},
            )


# Rules that tie a row's columns together, by table (one column's own rules are checked above them).
_ROW_RULES: dict[str, Callable[[dict[str, Any], Callable[[str], str]], None]] = {
    "request": _request_agrees_with_itself,
}


def check_row(table: Table, row: dict[str, Any], where: Callable[[str], str]) -> None:
    """Refuses a row whose values the services would refuse; `where(column)` names the place."""
    if table.name in _UNCHECKED_TABLES:
        return
    for name, limit, accepted in _column_rules(table):
        value = row.get(name)
        if value is None:
            continue
        for text in _strings(value):
            if limit is not None and len(text) > limit:
                raise InvalidInput(
                    where(name), None, f"is longer than {limit} characters", code="too-long", values={"limit": limit}
                )
            if _CONTROL.search(text):
                raise InvalidInput(where(name), None, "holds control characters", code="control-character")
        if accepted is not None:
            wrong = [v for v in _strings(value) if v not in accepted]
            if wrong:
                raise InvalidInput(
                    where(name),
                    wrong[0][:40],
                    f"is not one of {', '.join(sorted(accepted))}",
                    code="not-a-choice",
                    values={"choices": sorted(accepted)},
                )
    if table.name in _ROW_RULES:
        _ROW_RULES[table.name](row, where)


@cache
def _column_rules(table: Table) -> tuple[tuple[str, int | None, frozenset[str] | None], ...]:
    """Each column's name, length limit and accepted values, worked out once per table (a large import checks
    hundreds of thousands of rows)."""
    allowed = choices()
    return tuple((c.name, _limit(c), allowed.get((table.name, c.name))) for c in table.columns)

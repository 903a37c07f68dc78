"""A realistic audit trail for generated cases: the entries the window would have written.

Each case and each of its child rows (a timeline step, a notification phase, a transfer, an
announcement) gets the `create` entry the store writes when the row is added through the ORM: the
row's non-empty fields, filed under the case's reference; a closed request also the `update` that
closed it. A generated request with its timeline thus has several entries, as one worked through
the window has.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# child table -> (the column naming its case, the case table)
CHILD_OF = {
    "request_event": ("request_id", "request"),
    "breach_notification": ("breach_id", "breach"),
    "subprocessor_transfer": ("subprocessor_id", "subprocessor"),
    "subprocessor_announcement": ("subprocessor_id", "subprocessor"),
}
CASE_TABLES = frozenset(case for _, case in CHILD_OF.values())

Entry = tuple[str, str, str, dict[str, Any]]


class Trail:
    """Turns the generator's chunks into audit entries; remembers each case's reference for its children."""

    def __init__(self) -> None:
        self._references: dict[str, dict[int, str]] = {table: {} for table in CASE_TABLES}

    def entries(self, table: str, rows: Iterable[dict[str, Any]]) -> list[Entry]:
        if table in CASE_TABLES:
            known = self._references[table]
            found = []
            for row in rows:
                known[row["id"]] = row["reference"]
                found.append(("create", table, row["reference"], _created(row)))
                if row.get("outcome"):  # a closed request was closed by a change of its own
                    found.append(("update", table, row["reference"], _closed(row)))
            return found
        if table in CHILD_OF:
            column, case = CHILD_OF[table]
            known = self._references[case]
            return [("create", table, known[row[column]], _created(row)) for row in rows]
        return []


def _closed(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "outcome": [None, row["outcome"]],
        "replied_on": [None, row.get("replied_on")],
        "status": ["open", row.get("status", "closed")],
    }


def _created(row: dict[str, Any]) -> dict[str, Any]:
    """What the store records for a new row: each field that has a value, as [before, after]."""
    return {key: [None, value] for key, value in row.items() if value is not None}

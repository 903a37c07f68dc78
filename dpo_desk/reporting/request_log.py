"""The rights-request log (`report requests --xlsx`): one row per request with every field, and statistics.

Sheet one lists every request received in the period; sheet two counts them by type and outcome
and says how many were answered on time and the median days to close. Both sheets have a frozen,
filtered header; user text is never a formula (reporting.xlsx neutralises it).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dpo_desk.domain.requests import ARTICLES, REQUEST_TYPES
from dpo_desk.errors import InvalidInput
from dpo_desk.reporting.labels import Labels, labels
from dpo_desk.reporting.xlsx import WorkbookWriter, write_rows
from dpo_desk.services import requests
from dpo_desk.services.reports import RequestLog

REPORT = "request-log"
COLUMNS = (
    "reference",
    "type",
    "article",
    "channel",
    "received_on",
    "subject_name",
    "subject_email",
    "subject_contact",
    "details",
    "role",
    "controller_name",
    "forwarded_on",
    "identity_status",
    "identity_requested_on",
    "identity_received_on",
    "identity_checked_on",
    "clock_start_on",
    "extended_on",
    "extension_reason",
    "extension_told_on",
    "extension_not_told",
    "due_on",
    "due_rule",
    "status",
    "outcome",
    "outcome_reason",
    "replied_on",
    "answered_on_time",
    "days_to_close",
    "overdue",
    "language",  # the requester's, for letters: kept so the log read back (`import`) gives the same requests
)


def row_values(view: requests.RequestView, words: Labels) -> list[Any]:
    def yes_no(value: bool | None) -> str | None:
        return None if value is None else words["yes"] if value else words["no"]

    days = (view.replied_on - view.received_on).days if view.replied_on else None
    values = {
        **{name: getattr(view, name, None) for name in COLUMNS},
        "type": words["types"][view.type],
        "article": ARTICLES[view.type],
        "channel": words["channels"][view.channel],
        "role": words["roles"][view.role],
        "identity_status": words["identity"][view.identity_status],
        "status": words["statuses"][view.status],
        "outcome": words["outcomes"][view.outcome] if view.outcome else None,
        "extension_not_told": yes_no(view.extension_not_told) if view.extended else None,
        "answered_on_time": yes_no(view.answered_on_time),
        "overdue": yes_no(view.overdue),
        "days_to_close": days,
    }
    return [values[name] for name in COLUMNS]


def check_target(target: str | os.PathLike[str]) -> None:
    path = Path(target)
    if path.is_dir():
        raise InvalidInput("output file", str(path), "is a folder; give a file name", code="is-a-folder")
    if not path.parent.is_dir():
        raise InvalidInput("output file", str(path), "is in a folder that does not exist", code="no-such-folder")


def write_log(
    data: RequestLog, target: str | os.PathLike[str], progress: Callable[[int, int], None] | None = None
) -> int:
    """Writes the workbook atomically; returns how many requests it lists (inside the read that gathered `data`)."""
    check_target(target)  # before any sheet is started: a half-built write-only book cannot be dropped cleanly
    words = labels(REPORT, data.lang)
    book = WorkbookWriter()
    log = book.sheet(words["log_sheet"], [words["columns"][name] for name in COLUMNS])
    write_rows(log, (row_values(view, words) for view in data.requests), progress, data.total)
    _statistics(data, book, words)
    book.save(target)
    return log.rows


def _statistics(data: RequestLog, book: WorkbookWriter, words: Labels) -> None:
    s = words["stats"]
    figures, start, end = data.figures, data.start, data.end
    period = f"{start.isoformat() if start else '…'} – {end.isoformat() if end else '…'}"
    rows: list[list[Any]] = [
        [s["period"], period if (start or end) else s["all_dates"]],
        [s["total"], figures.total],
        [s["closed"], figures.closed],
        [s["open"], figures.total - figures.closed],
        [s["answered_on_time"], figures.answered_on_time],
        [s["on_time_share"], None if figures.on_time_share is None else round(figures.on_time_share * 100, 1)],
        [s["median_days"], figures.median_days_to_close],
    ]
    for kind in REQUEST_TYPES:
        rows.append([s["by_type"].format(words["types"][kind]), figures.by_type.get(kind, 0)])
    for outcome in requests.OUTCOMES:
        rows.append([s["by_outcome"].format(words["outcomes"][outcome]), figures.by_outcome.get(outcome, 0)])
    clock = words["clocks"][data.identity_clock]
    rows.append([s["rule"], s["rule_text"].format(country=data.organisation.holiday_country, clock=clock)])
    rows.append([s["generated"], data.today])
    sheet = book.sheet(words["stats_sheet"], words["stats_columns"], max_width=90)
    sheet.extend(rows)

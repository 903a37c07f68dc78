"""The rights-request log (`report requests --xlsx`): one row per request with every field, and statistics.

Sheet one lists every request received in the period; sheet two counts them by type and outcome
and says how many were answered on time and the median days to close. Both sheets have a frozen,
filtered header; user text is never a formula (reporting.xlsx neutralises it).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from dpo_desk.clock import today_of
from dpo_desk.errors import InvalidInput
from dpo_desk.reporting.labels import Labels, check_language, labels
from dpo_desk.reporting.xlsx import WorkbookWriter, write_rows
from dpo_desk.services import organisation, requests

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


def _row(view: requests.RequestView, words: Labels) -> list[Any]:
    def yes_no(value: bool | None) -> str | None:
        return None if value is None else words["yes"] if value else words["no"]

    days = (view.replied_on - view.received_on).days if view.replied_on else None
    values = {
        **{name: getattr(view, name, None) for name in COLUMNS},
        "type": words["types"][view.type],
        "article": requests.ARTICLES[view.type],
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
        raise InvalidInput("output file", str(path), "is a folder; give a file name")
    if not path.parent.is_dir():
        raise InvalidInput("output file", str(path), "is in a folder that does not exist")


def write_log(
    session: Session,
    target: str | os.PathLike[str],
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    lang: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Writes the workbook atomically; returns how many requests it lists."""
    check_target(target)  # before any sheet is started: a half-built write-only book cannot be dropped cleanly
    org = organisation.get(session)
    language = check_language(lang or org.report_language or "fi")
    words = labels(REPORT, language)
    total = requests.total(session, start, end)
    book = WorkbookWriter()
    log = book.sheet(words["log_sheet"], [words["columns"][name] for name in COLUMNS])
    write_rows(
        log,
        (
            _row(
                view,
                words,
            )
            for view in requests.iter_views(session, start, end, language)
        ),
        progress,
        total,
    )
    _statistics(session, book, words, org, start, end)
    book.save(target)
    return log.rows


def _statistics(
    session: Session,
    book: WorkbookWriter,
    words: Labels,
    org: organisation.OrganisationView,
    start: dt.date | None,
    end: dt.date | None,
) -> None:
    s = words["stats"]
    figures = requests.statistics(session, start or dt.date(1900, 1, 1), end or dt.date(9999, 12, 31))
    from dpo_desk.services import settings

    clock = settings.get(session, "requests.identity_clock")
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
    for kind in requests.TYPES:
        rows.append([s["by_type"].format(words["types"][kind]), figures.by_type.get(kind, 0)])
    for outcome in requests.OUTCOMES:
        rows.append([s["by_outcome"].format(words["outcomes"][outcome]), figures.by_outcome.get(outcome, 0)])
    rows.append([s["rule"], s["rule_text"].format(country=org.holiday_country, clock=words["clocks"][clock])])
    rows.append([s["generated"], today_of(session, organisation.get(session).timezone)])
    sheet = book.sheet(words["stats_sheet"], words["stats_columns"], max_width=90)
    sheet.extend(rows)

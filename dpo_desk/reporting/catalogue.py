"""Every report DPO Desk can write, in one list: its writer and what its data is gathered with.

The Reports page lists these. Each entry's data comes from `services.reports.gather(key, ...)`; its
writer (`module:function`, taking that data and a path, and `progress` when `progress` is set) is
looked up by name so listing the reports loads no PDF or spreadsheet library. `services.reports.produce`
joins the two. The whole-store export names no writer: the exchange service writes it itself.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dpo_desk.errors import DpoDeskError


@dataclass(frozen=True)
class ReportKind:
    """A report: `arguments` are the options its data is gathered with ("lang", "year")."""

    key: str
    title: str
    description: str
    module: str
    function: str
    suffix: str
    arguments: tuple[str, ...] = ("lang",)
    needs: str = ""  # the case module it reports on ("" when it belongs to no single module)
    progress: bool = False  # the writer takes a progress(done, total) callback

    @property
    def languages(self) -> bool:
        return "lang" in self.arguments


CATALOGUE: tuple[ReportKind, ...] = (
    ReportKind(
        "annual",
        "Annual report",
        "The year's rights requests, breaches and register changes, for management or the authority.",
        "dpo_desk.reporting.annual_report",
        "write_annual_report",
        "pdf",
        ("lang", "year"),
    ),
    ReportKind(
        "request-log",
        "Rights-request log",
        "Every request with its dates and outcome, and a sheet of statistics.",
        "dpo_desk.reporting.request_log",
        "write_log",
        "xlsx",
        needs="requests",
        progress=True,
    ),
    ReportKind(
        "breach-register",
        "Breach register (Art. 33(5))",
        "Every breach, notified or not, with facts, effects and the reasons for each decision.",
        "dpo_desk.reporting.breach_register",
        "write",
        "xlsx",
        needs="breaches",
        progress=True,
    ),
    ReportKind(
        "register-pdf",
        "Register of subprocessors (PDF)",
        "The printable register with countries and transfer safeguards.",
        "dpo_desk.reporting.register_pdf",
        "write_pdf",
        "pdf",
        needs="register",
        progress=True,
    ),
    ReportKind(
        "register-xlsx",
        "Register of subprocessors (spreadsheet)",
        "The register and its transfers on separate sheets.",
        "dpo_desk.reporting.register_xlsx",
        "write_xlsx",
        "xlsx",
        needs="register",
    ),
    ReportKind(
        "records-controller",
        "Record of processing activities, as controller (PDF)",
        "Art. 30(1): every activity the organisation controls.",
        "dpo_desk.reporting.records_document",
        "write_record",
        "pdf",
        needs="records",
    ),
    ReportKind(
        "records-processor",
        "Record of processing activities, as processor (PDF)",
        "Art. 30(2): every category of processing carried out for customers.",
        "dpo_desk.reporting.records_document",
        "write_record",
        "pdf",
        needs="records",
    ),
    ReportKind(
        "records-xlsx",
        "Record of processing activities (spreadsheet)",
        "Every activity and its Art. 30 items, one row each.",
        "dpo_desk.reporting.records_xlsx",
        "write_record_xlsx",
        "xlsx",
        needs="records",
    ),
    ReportKind(
        "deadlines-ics",
        "Deadlines calendar (.ics)",
        "Every open deadline as a calendar event with a reminder; importing again updates the events.",
        "dpo_desk.reporting.deadlines_ics",
        "write_deadlines_ics",
        "ics",
        (),
    ),
    ReportKind(
        "store-export",
        "Whole store as JSON",
        "Everything in the store as one documented JSON file (for archiving or moving to another store).",
        "",
        "",
        "json",
        (),
    ),
)


def kind(key: str) -> ReportKind:
    for entry in CATALOGUE:
        if entry.key == key:
            return entry
    raise KeyError(key)


Writer = Callable[[Any, str | os.PathLike[str], Callable[[int, int], None] | None], Any]


def generator(entry: ReportKind) -> Callable[..., Any] | None:
    """The report's writer function, or None when its module is not in this build."""
    if not entry.module:
        return None
    try:
        module = importlib.import_module(entry.module)
    except ModuleNotFoundError as missing:
        if missing.name != entry.module:
            raise
        return None
    found = getattr(module, entry.function, None)
    return found if callable(found) else None


def available(entry: ReportKind) -> bool:
    return not entry.module or generator(entry) is not None


def writer(entry: ReportKind) -> Writer | None:
    """`write(data, path, progress)` for the entry, or None when the service writes it itself (the store export)."""
    if not entry.module:
        return None
    function = generator(entry)
    if function is None:
        raise DpoDeskError(f"The {entry.title.lower()} is not available in this build of DPO Desk.")
    if entry.progress:
        return function

    def without_progress(data: Any, path: str | os.PathLike[str], progress: Any = None) -> Any:
        return function(data, path)

    return without_progress


def default_filename(entry: ReportKind, lang: str = "", year: int | None = None) -> str:
    parts = ["dpo-desk", entry.key]
    if year is not None and "year" in entry.arguments:
        parts.append(str(year))
    if lang and entry.languages:
        parts.append(lang)
    return "-".join(parts) + "." + entry.suffix

"""Every report DPO Desk can write, in one list: where its generator lives and what it needs.

The Reports page lists these. Each generator is named (`module:function`) and imported only when a
report is written, so listing them loads no PDF or workbook library.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ReportKind:
    """A report: `arguments` are what its generator takes after (session, path), in order.

    Known arguments: "lang" (fi|sv|en), "year" (an annual report's year), "kind" (controller|processor),
    "store" (the whole-store export wants the store's id and schema revision).
    """

    key: str
    title: str
    description: str
    module: str
    function: str
    suffix: str
    arguments: tuple[str, ...] = ("lang",)
    needs: str = ""  # the case module it reports on ("" when it belongs to no single module)

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
        "dpo_desk.reporting.generators",
        "write_request_log",
        "xlsx",
        needs="requests",
    ),
    ReportKind(
        "breach-register",
        "Breach register (Art. 33(5))",
        "Every breach, notified or not, with facts, effects and the reasons for each decision.",
        "dpo_desk.reporting.generators",
        "write_breach_register",
        "xlsx",
        needs="breaches",
    ),
    ReportKind(
        "register-pdf",
        "Register of subprocessors (PDF)",
        "The printable register with countries and transfer safeguards.",
        "dpo_desk.reporting.generators",
        "write_register_pdf",
        "pdf",
        needs="register",
    ),
    ReportKind(
        "register-xlsx",
        "Register of subprocessors (spreadsheet)",
        "The register and its transfers on separate sheets.",
        "dpo_desk.reporting.generators",
        "write_register_xlsx",
        "xlsx",
        needs="register",
    ),
    ReportKind(
        "records-controller",
        "Record of processing activities, as controller (PDF)",
        "Art. 30(1): every activity the organisation controls.",
        "dpo_desk.reporting.generators",
        "write_records_pdf",
        "pdf",
        ("lang", "kind:controller"),
        needs="records",
    ),
    ReportKind(
        "records-processor",
        "Record of processing activities, as processor (PDF)",
        "Art. 30(2): every category of processing carried out for customers.",
        "dpo_desk.reporting.generators",
        "write_records_pdf",
        "pdf",
        ("lang", "kind:processor"),
        needs="records",
    ),
    ReportKind(
        "records-xlsx",
        "Record of processing activities (spreadsheet)",
        "Every activity and its Art. 30 items, one row each.",
        "dpo_desk.reporting.generators",
        "write_records_xlsx",
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
        "dpo_desk.services.exchange",
        "write_export",
        "json",
        ("store",),
    ),
)


def kind(key: str) -> ReportKind:
    for entry in CATALOGUE:
        if entry.key == key:
            return entry
    raise KeyError(key)


def generator(entry: ReportKind) -> Callable[..., Any]:
    """The report's function; its module is imported only now, so listing reports loads no writer."""
    return getattr(importlib.import_module(entry.module), entry.function)


def default_filename(entry: ReportKind, lang: str = "", year: int | None = None) -> str:
    parts = ["dpo-desk", entry.key]
    if year is not None and "year" in entry.arguments:
        parts.append(str(year))
    if lang and entry.languages:
        parts.append(lang)
    return "-".join(parts) + "." + entry.suffix


def generate(
    entry: ReportKind,
    store: Any,
    path: str | os.PathLike[str],
    *,
    lang: str = "en",
    year: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Writes the report to `path` from a read session of `store`."""
    function = generator(entry)
    args: list[Any] = []
    keywords: dict[str, Any] = {}
    for name in entry.arguments:
        if name == "lang":
            args.append(lang)
        elif name == "year":
            args.append(year)
        elif name.startswith("kind:"):
            args.append(name.split(":", 1)[1])
        elif name == "store":
            keywords.update(store_id=store.store_id, schema_revision=store.schema_revision, progress=progress)
    if progress:
        progress(0, 1)
    with store.read() as session:
        function(session, path, *args, **keywords)
    if progress:
        progress(1, 1)

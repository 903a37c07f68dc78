"""The register as a workbook: entries on one sheet, transfers on another.

Headers frozen and filtered, columns sized, dates as real dates; user text that a spreadsheet could
take for a formula is stored as text with the quote prefix (reporting.xlsx), so it shows exactly as
typed and never runs.
"""

from __future__ import annotations

import os

from dpo_desk.reporting.labels import Labels
from dpo_desk.reporting.register_data import (
    country_label,
    decision_notes,
    fallback_text,
    finding_lines,
    report_labels,
    safeguard_detail,
)
from dpo_desk.reporting.xlsx import WorkbookWriter
from dpo_desk.services.reports import RegisterReport

__all__ = ["write_xlsx"]


def _head(words: Labels, key: str) -> str:
    """A column title without the soft hyphens that help the PDF break long words."""
    return words[key].replace("\u00ad", "")


def write_xlsx(report: RegisterReport, target: str | os.PathLike[str]) -> None:
    words, lang = report_labels(report), report.lang
    book = WorkbookWriter()
    register = book.sheet(
        words["sheet_register"],
        [
            _head(words, "col_reference"),
            _head(words, "col_name"),
            _head(words, "col_entity"),
            _head(words, "col_address"),
            _head(words, "col_country"),
            _head(words, "col_service"),
            _head(words, "col_purpose"),
            _head(words, "col_processing"),
            _head(words, "col_data"),
            _head(words, "col_subjects"),
            _head(words, "col_serves"),
            _head(words, "col_dpa"),
            _head(words, "col_status"),
            _head(words, "col_planned_on"),
            _head(words, "col_announced_on"),
            _head(words, "col_active_from"),
            _head(words, "col_retired_on"),
            _head(words, "col_dpf"),
            _head(words, "col_contact"),
            _head(words, "col_website"),
            _head(words, "col_notes"),
            _head(words, "col_warnings"),
        ],
    )
    transfers = book.sheet(
        words["sheet_transfers"],
        [
            _head(words, "col_reference"),
            _head(words, "col_name"),
            _head(words, "col_transfer_country"),
            _head(words, "col_safeguard"),
            _head(words, "col_detail"),
            _head(words, "col_decision"),
            _head(words, "col_scope"),
            _head(words, "col_tia"),
            _head(words, "col_tia_review"),
            _head(words, "col_measures"),
            _head(words, "col_fallback"),
            _head(words, "col_challenge"),
            _head(words, "col_warnings"),
            # The safeguard's parts as stored, so the register read back (`import`) gives the same transfers.
            _head(words, "col_scc_module"),
            _head(words, "col_scc_version"),
            _head(words, "col_derogation"),
            _head(words, "col_fallback_safeguard"),
            _head(words, "col_fallback_module"),
        ],
    )
    for e in report.entries:
        register.append(
            [
                e.reference,
                e.name,
                e.legal_entity_id,
                e.address,
                e.country,
                e.service,
                e.purpose,
                ", ".join(e.processing_countries),
                ", ".join(e.data_categories),
                ", ".join(e.subject_categories),
                e.serves,
                e.dpa_signed_on,
                words["status"].get(e.status, e.status),
                e.planned_on,
                e.announced_on,
                e.active_from,
                e.retired_on,
                words["yes"] if e.dpf_certified else words["no"],
                e.contact,
                e.website,
                e.notes,
                finding_lines(e, words),
            ]
        )
        for t in e.transfers:
            scope, challenge = decision_notes(t, lang)
            warnings = "\n".join(words["warning"].get(f.code, f.message) for f in e.warnings if f.country == t.country)
            transfers.append(
                [
                    e.reference,
                    e.name,
                    f"{country_label(t.country, lang)} ({t.country})",
                    words["safeguard"].get(t.safeguard, t.safeguard),
                    safeguard_detail(t, words),
                    t.decision_reference,
                    scope,
                    t.tia_on,
                    t.tia_review_on,
                    t.supplementary_measures,
                    fallback_text(t, words),
                    challenge,
                    warnings,
                    t.scc_module,
                    t.scc_version if t.safeguard == "scc" else "",
                    t.derogation,
                    words["safeguard"].get(t.fallback_safeguard, "") if t.fallback_safeguard else "",
                    t.fallback_scc_module,
                ]
            )
    book.save(target)

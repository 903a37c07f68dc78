"""The record of processing activities as a workbook: one row per activity, every Art. 30 item a column.

A second sheet holds the organisation, its DPO and the as-of date (Art. 30(1)(a) / 30(2)(a)). Every
cell goes through the formula-safe writer: an activity named "=HYPERLINK(...)" stays text.
"""

from __future__ import annotations

import os
from typing import Any

from dpo_desk.reporting.labels import labels
from dpo_desk.reporting.records_text import REPORT, dpia_text, purpose_lines, transfer_lines
from dpo_desk.reporting.xlsx import WorkbookWriter
from dpo_desk.services.reports import RecordsReport

COLUMNS = (
    "col_reference",
    "col_name",
    "col_role",
    "col_controllers",
    "col_purposes",
    "col_legal_bases",
    "col_special_conditions",
    "col_subjects",
    "col_data",
    "col_special",
    "col_criminal",
    "col_sources",
    "col_recipients",
    "col_subprocessors",
    "col_transfers",
    "col_retention",
    "col_security",
    "col_systems",
    "col_owner",
    "col_status",
    "col_last_review",
    "col_next_review",
    "col_dpia",
    # The facts as stored, so the record read back (`import`) gives the same activities.
    "col_description",
    "col_dpia_criteria",
    "col_screened_on",
)
PURPOSE_COLUMNS = (
    "col_reference",
    "col_purpose",
    "col_legal_basis",
    "col_special_condition",
    "col_balancing_on",
    "col_balancing_conclusion",
)
HAND_TRANSFER_COLUMNS = ("col_reference", "col_country", "col_safeguard", "col_detail", "col_recipient")


def _row(view: Any, lab: Any) -> list[Any]:
    return [
        view.reference,
        view.name,
        lab["roles"].get(view.role, view.role),
        "\n".join(view.controllers),
        purpose_lines(view, lab),
        "\n".join(lab["legal_bases"][b] for b in view.legal_bases),
        "\n".join(lab["special_conditions"][p.special_condition] for p in view.purposes if p.special_condition),
        "\n".join(view.subject_categories),
        "\n".join(view.data_categories),
        "\n".join(view.special_categories),
        "\n".join(view.criminal_categories),
        "\n".join(view.sources),
        "\n".join(view.recipients),
        "\n".join(f"{s.name} ({s.reference})" for s in view.subprocessors),
        transfer_lines(view, lab),
        view.retention,
        view.security_measures,
        "\n".join(view.systems),
        view.owner,
        lab["statuses"].get(view.status, view.status),
        view.last_reviewed_on,
        view.review_due,
        dpia_text(view, lab),
        view.description,
        "\n".join(view.dpia_criteria),
        view.screened_on,
    ]


def write_record_xlsx(report: RecordsReport, target: str | os.PathLike[str]) -> None:
    document = report.document
    lab = labels(REPORT, report.lang)
    book = WorkbookWriter()
    sheet = book.sheet(lab["sheet_record"], [lab[c] for c in COLUMNS])
    for view in document.activities:
        sheet.append(_row(view, lab))
    purposes = book.sheet(lab["sheet_purposes"], [lab[c] for c in PURPOSE_COLUMNS])
    by_hand = book.sheet(lab["sheet_hand_transfers"], [lab[c] for c in HAND_TRANSFER_COLUMNS])
    for view in document.activities:
        for p in view.purposes:
            purposes.append(
                [
                    view.reference,
                    p.purpose,
                    lab["legal_bases"].get(p.legal_basis, p.legal_basis),
                    lab["special_conditions"].get(p.special_condition, p.special_condition),
                    p.balancing_on,
                    p.balancing_conclusion,
                ]
            )
        for t in view.transfers:
            if not t.subprocessor:  # those of linked subprocessors come from the register
                by_hand.append(
                    [view.reference, t.country, lab["safeguards"].get(t.safeguard, t.safeguard), t.detail, t.recipient]
                )
    org = document.organisation
    processor = document.kind == "processor"
    about = book.sheet(lab["sheet_organisation"], [lab["field"], lab["value"]], max_width=80)
    about.extend(
        [
            (lab["record_kind"], lab["title_processor" if processor else "title_controller"]),
            (lab["as_of"], document.as_of),
            (lab["processor_contact" if processor else "controller_contact"], org.name),
            (lab["business_id"], org.business_id),
            (lab["address"], org.address),
            (lab["dpo"], org.dpo_name),
            (lab["dpo_contact"], " ".join(x for x in (org.dpo_email, org.dpo_phone) if x)),
        ]
    )
    book.save(target)

"""The record of processing activities as a workbook: one row per activity, every Art. 30 item a column.

A second sheet holds the organisation, its DPO and the as-of date (Art. 30(1)(a) / 30(2)(a)). Every
cell goes through the formula-safe writer: an activity named "=HYPERLINK(...)" stays text.
"""

from __future__ import annotations

import os
from typing import Any

from dpo_desk.reporting.labels import labels
from dpo_desk.reporting.records_text import REPORT, controller_lines, dpia_text, purpose_lines, transfer_lines
from dpo_desk.reporting.xlsx import WorkbookWriter
from dpo_desk.services.reports import RecordsReport

# What both records end with: how the activity is run and kept under review.
_UPKEEP = ("col_systems", "col_owner", "col_status", "col_last_review", "col_next_review", "col_dpia")
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
    *_UPKEEP,
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


# The processor's record (Art. 30(2)) labels its own items (a)-(d) and has no legal bases: that is the controller's.
PROCESSOR_COLUMNS = (
    "col_reference",
    "col_name",
    "col_role",
    "col_controllers_processor",
    "col_processing_processor",
    "col_transfers_processor",
    "col_security_processor",
    "col_subjects_other",
    "col_data_other",
    "col_special",
    "col_criminal",
    "col_sources",
    "col_recipients_other",
    "col_subprocessors",
    "col_retention_other",
    *_UPKEEP,
    # The facts as stored, so the record read back (`import`) gives the same activities.
    "col_controllers",
    "col_controller_contacts",
    "col_description",
    "col_dpia_criteria",
    "col_screened_on",
)


def _cells(view: Any, lab: Any) -> dict[str, Any]:
    """Every column's value by its label key (both records' keys)."""
    processing = "\n".join(x for x in (view.description, *(p.purpose for p in view.purposes)) if x)
    cells = {
        "col_reference": view.reference,
        "col_name": view.name,
        "col_role": lab["roles"].get(view.role, view.role),
        "col_controllers": "\n".join(view.controllers),
        "col_controllers_processor": controller_lines(view, lab),
        "col_purposes": purpose_lines(view, lab),
        "col_processing_processor": processing,
        "col_legal_bases": "\n".join(lab["legal_bases"][b] for b in view.legal_bases),
        "col_special_conditions": "\n".join(
            lab["special_conditions"][p.special_condition] for p in view.purposes if p.special_condition
        ),
        "col_subjects": "\n".join(view.subject_categories),
        "col_data": "\n".join(view.data_categories),
        "col_special": "\n".join(view.special_categories),
        "col_criminal": "\n".join(view.criminal_categories),
        "col_sources": "\n".join(view.sources),
        "col_recipients": "\n".join(view.recipients),
        "col_subprocessors": "\n".join(f"{s.name} ({s.reference})" for s in view.subprocessors),
        "col_transfers": transfer_lines(view, lab),
        "col_retention": view.retention,
        "col_security": view.security_measures,
        "col_systems": "\n".join(view.systems),
        "col_owner": view.owner,
        "col_status": lab["statuses"].get(view.status, view.status),
        "col_last_review": view.last_reviewed_on,
        "col_next_review": view.review_due,
        "col_dpia": dpia_text(view, lab),
    }
    cells.update(
        col_transfers_processor=cells["col_transfers"],
        col_security_processor=cells["col_security"],
        col_subjects_other=cells["col_subjects"],
        col_data_other=cells["col_data"],
        col_recipients_other=cells["col_recipients"],
        col_retention_other=cells["col_retention"],
    )
    cells.update(
        col_controller_contacts="\n".join(view.controller_contacts),
        col_description=view.description,
        col_dpia_criteria="\n".join(view.dpia_criteria),
        col_screened_on=view.screened_on,
    )
    return cells


def write_record_xlsx(report: RecordsReport, target: str | os.PathLike[str]) -> None:
    document = report.document
    lab = labels(REPORT, report.lang)
    processor = document.kind == "processor"
    columns = PROCESSOR_COLUMNS if processor else COLUMNS
    book = WorkbookWriter()
    sheet = book.sheet(lab["sheet_record"], [lab[c] for c in columns])
    for view in document.activities:
        cells = _cells(view, lab)
        sheet.append([cells[c] for c in columns])
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

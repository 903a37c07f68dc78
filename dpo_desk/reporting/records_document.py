"""The record of processing activities as PDF, .docx or .odt: Art. 30(1) for a controller, Art. 30(2) for a processor.

Landscape A4; the organisation and its DPO head the record; one block per activity with every
Art. 30 item, (a)-(g) as labelled in the regulation; the as-of date on the first page and in every
page's footer with "page x of y". Plain data in (`services.reports.RecordsReport`), one
`document.Document` out, written in the format the target's suffix names.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from dpo_desk.reporting import document
from dpo_desk.reporting.document import Block, Document, Gap, Heading, Paragraph
from dpo_desk.reporting.labels import Labels, labels
from dpo_desk.reporting.records_text import (
    REPORT,
    controller_lines,
    dpia_text,
    join,
    purpose_lines,
    recipient_text,
    transfer_lines,
)
from dpo_desk.reporting.wording import date_text
from dpo_desk.services.reports import RecordsReport


def _head(record: Any, lab: Labels) -> list[Block]:
    org = record.organisation
    processor = record.kind == "processor"
    title = lab["title_processor" if processor else "title_controller"]
    basis = lab["basis_processor" if processor else "basis_controller"]
    contact = "\n".join(
        x for x in (org.name, f"{lab['business_id']}: {org.business_id}" if org.business_id else "", org.address) if x
    )
    dpo = "\n".join(x for x in (org.dpo_name, org.dpo_email, org.dpo_phone) if x)
    return [
        Heading(title, 0),
        Heading(f"{basis} · {lab['as_of']} {date_text(record.as_of, lab.lang)}", 1),
        document.fields(
            [
                (lab["processor_contact" if processor else "controller_contact"], contact or lab["none"]),
                (lab["dpo_contact"], dpo or lab["none"]),
            ]
        ),
        Gap(3),
    ]


def _controller_block(view: Any, lab: Labels) -> list[Block]:
    rows: list[tuple[str, Any]] = [
        (lab["role"], lab["roles"].get(view.role, view.role)),
    ]
    if view.role == "joint-controller":
        rows.append((lab["joint_controllers"], join(view.controllers, lab["none"])))
    if view.description:
        rows.append((lab["description"], view.description))
    rows += [
        (lab["purposes"], purpose_lines(view, lab)),
        (lab["subject_categories"], join(view.subject_categories, lab["none"])),
        (lab["data_categories"], join(view.data_categories, lab["none"])),
        (lab["special_categories"], join(view.special_categories, lab["none"])),
        (lab["criminal_categories"], join(view.criminal_categories, lab["none"])),
        (lab["sources"], join(view.sources, lab["none"])),
        (lab["recipients"], recipient_text(view, lab)),
        (lab["transfers"], transfer_lines(view, lab)),
        (lab["retention"], view.retention or lab["none"]),
        (lab["security"], view.security_measures or lab["none"]),
        *_common_rows(view, lab),
    ]
    return _block(view, rows)


def _processor_block(view: Any, lab: Labels) -> list[Block]:
    processing = "\n".join(x for x in (view.description, *(p.purpose for p in view.purposes)) if x)
    # Art. 30(2)'s own items (a)-(d) first, with its letters; what else the record holds follows unlettered
    rows: list[tuple[str, Any]] = [
        (lab["controllers_served"], controller_lines(view, lab)),
        (lab["categories_of_processing"], processing or lab["none"]),
        (lab["transfers_processor"], transfer_lines(view, lab)),
        (lab["security_processor"], view.security_measures or lab["none"]),
        (lab["subject_categories_other"], join(view.subject_categories, lab["none"])),
        (lab["data_categories_other"], join(view.data_categories, lab["none"])),
        (lab["special_categories"], join(view.special_categories, lab["none"])),
        (lab["recipients_other"], recipient_text(view, lab)),
        (lab["retention_other"], view.retention or lab["none"]),
        *_common_rows(view, lab),
    ]
    return _block(view, rows)


def _common_rows(view: Any, lab: Labels) -> list[tuple[str, Any]]:
    return [
        (lab["systems"], join(view.systems, lab["none"])),
        (lab["owner"], view.owner or lab["none"]),
        (
            lab["status"],
            f"{lab['statuses'].get(view.status, view.status)} · {lab['last_review']}: "
            f"{date_text(view.last_reviewed_on, lab.lang, lab['none'])} · {lab['next_review']}: "
            f"{date_text(view.review_due, lab.lang, lab['none'])}",
        ),
        (lab["dpia"], dpia_text(view, lab)),
    ]


def _block(view: Any, rows: list[tuple[str, Any]]) -> list[Block]:
    return [*document.section(f"{view.reference} · {view.name}", document.fields(rows)), Gap(2)]


def record_document(report: RecordsReport) -> Document:
    record, lab = report.document, labels(REPORT, report.lang)
    blocks = _head(record, lab)
    if not record.activities:
        blocks.append(Paragraph(lab["no_activities"]))
    elif record.kind == "processor":
        for controller, views in record.by_controller.items():
            blocks.append(Heading(f"{lab['controller']}: {controller or lab['controller_unnamed']}", 0))
            for view in views:
                blocks += _processor_block(view, lab)
    else:
        for view in record.activities:
            blocks += _controller_block(view, lab)
    org = record.organisation
    return Document(
        title=lab["title_processor" if record.kind == "processor" else "title_controller"],
        reference=f"{org.name} · {lab['as_of']} {date_text(record.as_of, report.lang)}",
        page_label=lab["page"],
        author=org.dpo_name,
        letterhead=document.organisation_lines(org),
        blocks=tuple(blocks),
        wide=True,
        lang=report.lang,
    )


def write_record(report: RecordsReport, target: str | os.PathLike[str]) -> Path:
    """The record, atomically, as PDF, .docx or .odt (by the suffix)."""
    return document.write(record_document(report), target)

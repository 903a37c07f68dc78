"""The record of processing activities as PDF: Art. 30(1) for a controller, Art. 30(2) for a processor.

Landscape A4; the organisation and its DPO head the record; one block per activity with every
Art. 30 item, (a)-(g) as labelled in the regulation; the as-of date on the first page and in every
page's footer with "page x of y". Plain data in (`services.records.RecordDocument`), a file out.
"""

from __future__ import annotations

import os
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from dpo_desk.reporting.labels import Labels, labels
from dpo_desk.reporting.pdf import Styles, build_pdf, fields_table, frame_width, para, spacer
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


def _head(document: Any, lab: Labels, styles: Styles, width: float) -> list[Flowable]:
    org = document.organisation
    processor = document.kind == "processor"
    title = lab["title_processor" if processor else "title_controller"]
    basis = lab["basis_processor" if processor else "basis_controller"]
    contact = "\n".join(
        x for x in (org.name, f"{lab['business_id']}: {org.business_id}" if org.business_id else "", org.address) if x
    )
    dpo = "\n".join(x for x in (org.dpo_name, org.dpo_email, org.dpo_phone) if x)
    return [
        para(title, styles.title),
        para(f"{basis} · {lab['as_of']} {date_text(document.as_of, lab.lang)}", styles.subtitle),
        fields_table(
            [
                (lab["processor_contact" if processor else "controller_contact"], contact or lab["none"]),
                (lab["dpo_contact"], dpo or lab["none"]),
            ],
            styles,
            width,
            0.28,
        ),
        spacer(3),
    ]


def _controller_block(view: Any, lab: Labels, styles: Styles, width: float) -> list[Flowable]:
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
    return _block(view, rows, lab, styles, width)


def _processor_block(view: Any, lab: Labels, styles: Styles, width: float) -> list[Flowable]:
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
    return _block(view, rows, lab, styles, width)


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


def _block(view: Any, rows: list[tuple[str, Any]], lab: Labels, styles: Styles, width: float) -> list[Flowable]:
    heading = para(f"{view.reference} · {view.name}", styles.heading)
    table = fields_table(rows, styles, width, 0.3)
    return [CondPageBreak(60), KeepTogether([heading]), table, spacer(2)]


def build_story(document: Any, lang: str) -> tuple[list[Flowable], Labels]:
    lab = labels(REPORT, lang)
    styles = Styles(9)
    width = frame_width(wide=True)
    story = _head(document, lab, styles, width)
    if not document.activities:
        story.append(para(lab["no_activities"], styles.body))
    elif document.kind == "processor":
        for controller, views in document.by_controller.items():
            story.append(para(f"{lab['controller']}: {controller or lab['controller_unnamed']}", styles.title))
            for view in views:
                story += _processor_block(view, lab, styles, width)
    else:
        for view in document.activities:
            story += _controller_block(view, lab, styles, width)
    return story, lab


def write_record_pdf(document: Any, target: str | os.PathLike[str], lang: str = "fi") -> None:
    story, lab = build_story(document, lang)
    title = lab["title_processor" if document.kind == "processor" else "title_controller"]
    build_pdf(
        target,
        story,
        title=title,
        reference=f"{document.organisation.name} · {lab['as_of']} {date_text(document.as_of, lang)}",
        page_label=lab["page"],
        wide=True,
        author=document.organisation.dpo_name,
    )

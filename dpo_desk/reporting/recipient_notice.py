"""The Art. 19 notice to a recipient of a person's data: the rectification, erasure or restriction carried out.

One `document.Document` per recipient (PDF, .docx or .odt), worded from `reports/recipient-notice/<lang>.json`;
every name and value is printed literally.
"""

from __future__ import annotations

import os
from pathlib import Path

from dpo_desk.domain.requests import ARTICLES
from dpo_desk.reporting import document
from dpo_desk.reporting.document import Document, Gap, Heading, Paragraph
from dpo_desk.reporting.labels import labels
from dpo_desk.reporting.request_letters import letter_date, letterhead
from dpo_desk.services.reports import RecipientNotice

REPORT = "recipient-notice"


def notice_document(notice: RecipientNotice) -> Document:
    view, org, words = notice.request, notice.organisation, labels(REPORT, notice.lang)
    letters = labels("request-letters", notice.lang)
    kind = view.type
    title = words["title"].format(action=words["actions"][kind])
    body = words["body"].format(recipient=notice.recipient.name, article=ARTICLES[kind], done=words["done"][kind])
    contact = ", ".join(c for c in (org.dpo_name, org.dpo_email, org.dpo_phone) if c) or org.name
    blocks = [
        Paragraph(notice.recipient.name),
        document.fields(
            [
                (words["date"], letter_date(notice.today, notice.lang)),
                (words["our_reference"], view.reference),
                (words["data_subject"], view.subject_name),
                (words["carried_out"], letter_date(view.replied_on, notice.lang)),
            ]
        ),
        Heading(title),
        Paragraph(words["greeting"]),
        Paragraph(body),
        Paragraph(words["ask"][kind]),
        Paragraph(words["contact"].format(contact=contact)),
        Gap(4),
        Paragraph(words["closing"]),
        Gap(8),
        Paragraph(org.dpo_name or org.name or ""),
        Paragraph(words["signature_title"], "small"),
        Paragraph(org.name or "", "small"),
    ]
    return Document(
        title=f"{title} — {view.reference}",
        reference=view.reference,
        page_label=words["page"],
        author=org.name,
        letterhead=letterhead(org, letters),
        blocks=tuple(blocks),
        lang=notice.lang,
    )


def write_notice(notice: RecipientNotice, target: str | os.PathLike[str]) -> Path:
    return document.write(notice_document(notice), target)


def write_into(notice: RecipientNotice, folder: str | os.PathLike[str], fmt: str) -> Path:
    """The notice as `<reference> <recipient>.<fmt>` in `folder` (a name safe on every system)."""
    from dpo_desk.outputs import OutputTarget, safe_filename

    name = safe_filename(f"{notice.request.reference} {notice.recipient.name}") + f".{fmt}"
    if isinstance(folder, OutputTarget):  # keeps the store the guard protects
        return write_notice(notice, folder.with_path(folder.path / name))
    return write_notice(notice, Path(folder) / name)

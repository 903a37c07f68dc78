"""The customer notice of a register change (Art. 28(2)): a letter (PDF, .docx, .odt) and the same text for an e-mail.

Both are made from one `services.reports.ChangeNotice`, so the letter and the e-mail say the same thing: who the new
subprocessor is, where it processes, the safeguards for transfers outside the EEA, and the last
day to object. Safeguards are worded with the register report's labels.
"""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

from dpo_desk.outputs import atomic_output
from dpo_desk.reporting import document
from dpo_desk.reporting.document import Block, Document, Gap, Heading, Paragraph
from dpo_desk.reporting.labels import Labels, labels
from dpo_desk.reporting.register_data import REPORT as REGISTER_REPORT
from dpo_desk.reporting.register_data import countries_text, safeguard_detail
from dpo_desk.reporting.register_data import country_label as _country
from dpo_desk.reporting.wording import date_text
from dpo_desk.services.reports import ChangeNotice

REPORT = "change-notice"


def _words(data: ChangeNotice) -> Labels:
    return labels(REPORT, data.lang)


def _contact(data: ChangeNotice) -> str:
    org = data.organisation
    return ", ".join(p for p in (org.dpo_name, org.dpo_email, org.dpo_phone) if p) or org.name


def intro(data: ChangeNotice) -> str:
    words = _words(data)
    if data.replaced_name:
        return words["intro_replacement"].format(organisation=data.organisation.name, old=data.replaced_name)
    return words["intro_new"].format(organisation=data.organisation.name)


def objection_text(data: ChangeNotice) -> str:
    a = data.announcement
    return _words(data)["objection"].format(
        date=date_text(a.objection_until, data.lang),
        contact=_contact(data),
        effective=date_text(a.effective_on, data.lang),
    )


def transfer_lines(data: ChangeNotice) -> list[str]:
    lines = []
    register_words = labels(REGISTER_REPORT, data.lang)
    for t in data.entry.transfers:
        lines.append(f"{_country(t.country, data.lang)} ({t.country}): {safeguard_detail(t, register_words)}")
    return lines


def detail_rows(data: ChangeNotice) -> list[tuple[str, str]]:
    words, e, a = _words(data), data.entry, data.announcement
    rows = [
        (words["name"], e.name),
        (words["entity"], e.legal_entity_id),
        (words["address"], e.address),
        (words["country"], countries_text([e.country], data.lang)),
        (words["processing"], countries_text(e.processing_countries, data.lang)),
        (words["service"], e.service),
        (words["purpose"], e.purpose),
        (words["data"], ", ".join(e.data_categories)),
        (words["subjects"], ", ".join(e.subject_categories)),
        (words["transfers"], "\n".join(transfer_lines(data)) or words["no_transfers"]),
        (words["announced_on"], date_text(a.announced_on, data.lang)),
        (words["effective_on"], date_text(a.effective_on, data.lang)),
        (words["objection_until"], date_text(a.objection_until, data.lang)),
        (words["reference"], a.reference),
    ]
    return [(label, value) for label, value in rows if value]


def email_subject(data: ChangeNotice) -> str:
    return _words(data)["subject"].format(organisation=data.organisation.name, reference=data.announcement.reference)


def email_text(data: ChangeNotice) -> str:
    """The plain-text e-mail body: greeting, the change, the subprocessor's details, how to object."""
    words = _words(data)
    width = max(len(label) for label, _ in detail_rows(data)) + 2
    out = [words["greeting"], "", *textwrap.wrap(intro(data), 76), "", words["details"].upper(), ""]
    for label, value in detail_rows(data):
        first, *rest = value.splitlines() or [""]
        out.append(f"{label + ':':{width}}{first}")
        out += [" " * width + line for line in rest]
    if data.announcement.message:
        out += ["", f"{words['message']}:", data.announcement.message]
    out += ["", *textwrap.wrap(objection_text(data), 76), "", words["closing"], ""]
    org = data.organisation
    out += [p for p in (org.dpo_name, f"{words['dpo_title']}, {org.name}", org.dpo_email, org.dpo_phone) if p]
    return "\n".join(out) + "\n"


def notice_document(data: ChangeNotice) -> Document:
    words, org = _words(data), data.organisation
    announced = date_text(data.announcement.announced_on, data.lang)
    blocks: list[Block] = [
        Heading(words["title"], 0),
        Paragraph(f"{words['reference']}: {data.announcement.reference} · {announced}", "small"),
        Gap(4),
        Paragraph(words["greeting"]),
        Paragraph(intro(data)),
        *document.section(words["details"], document.fields(detail_rows(data))),
    ]
    if data.announcement.message:
        blocks += document.section(words["message"], Paragraph(data.announcement.message))
    blocks += [Gap(4), Paragraph(objection_text(data)), Gap(6), Paragraph(words["closing"]), Gap(2)]
    for line in (org.dpo_name, f"{words['dpo_title']}, {org.name}", org.dpo_email, org.dpo_phone):
        if line:
            blocks.append(Paragraph(line))
    return Document(
        title=words["title"],
        reference=data.announcement.reference,
        page_label=words["page"],
        author=org.dpo_name,
        letterhead=document.organisation_lines(org),
        blocks=tuple(blocks),
        lang=data.lang,
    )


def write_document(data: ChangeNotice, target: str | os.PathLike[str]) -> Path:
    """The letter, atomically, as PDF, .docx or .odt (by the suffix)."""
    return document.write(notice_document(data), target)


def write_email(data: ChangeNotice, target: str | os.PathLike[str]) -> None:
    """The e-mail's text, as a UTF-8 file the DPO pastes into the message (subject: `email_subject`)."""
    with atomic_output(target) as partial:
        partial.write_text(email_text(data), encoding="utf-8")


def write(
    data: ChangeNotice,
    letter_path: str | os.PathLike[str] | None = None,
    email_path: str | os.PathLike[str] | None = None,
) -> list[str]:
    """Writes the letter (PDF, .docx or .odt) and/or the e-mail text from the same data; returns the paths written."""
    written = []
    if letter_path:
        write_document(data, letter_path)
        written.append(str(letter_path))
    if email_path:
        write_email(data, email_path)
        written.append(str(email_path))
    return written

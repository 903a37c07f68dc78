"""The customer notice of a register change (Art. 28(2)): a PDF letter and the same text for an e-mail.

Both are made from one `NoticeData`, so the letter and the e-mail say the same thing: who the new
subprocessor is, where it processes, the safeguards for transfers outside the EEA, and the last
day to object. Safeguards are worded with the register report's labels.
"""

from __future__ import annotations

import os
import textwrap
from dataclasses import dataclass

from sqlalchemy.orm import Session

from dpo_desk.reporting.labels import Labels, labels
from dpo_desk.reporting.register_data import countries_text, safeguard_detail
from dpo_desk.reporting.register_data import country_label as _country
from dpo_desk.reporting.wording import date_text
from dpo_desk.services import organisation
from dpo_desk.services import register as service
from dpo_desk.services.organisation import OrganisationView

REPORT = "change-notice"


@dataclass(frozen=True)
class NoticeData:
    organisation: OrganisationView
    lang: str
    labels: Labels
    register_labels: Labels
    announcement: service.AnnouncementView
    entry: service.SubprocessorView
    replaced_name: str


def gather(session: Session, reference: str, lang: str | None = None) -> NoticeData:
    org = organisation.get(session)
    language = lang or org.report_language or "fi"
    announcement = service.get_announcement(session, reference)
    entry = service.get(session, announcement.subprocessor)
    replaced = ""
    if announcement.replaces:
        replaced = service.names_of(session, [announcement.replaces]).get(announcement.replaces, announcement.replaces)
    return NoticeData(
        org,
        language,
        labels(REPORT, language),
        labels("subprocessor-register", language),
        announcement,
        entry,
        replaced,
    )


def _contact(data: NoticeData) -> str:
    org = data.organisation
    return ", ".join(p for p in (org.dpo_name, org.dpo_email, org.dpo_phone) if p) or org.name


def intro(data: NoticeData) -> str:
    words = data.labels
    if data.replaced_name:
        return words["intro_replacement"].format(organisation=data.organisation.name, old=data.replaced_name)
    return words["intro_new"].format(organisation=data.organisation.name)


def objection_text(data: NoticeData) -> str:
    a = data.announcement
    return data.labels["objection"].format(
        date=date_text(a.objection_until, data.lang),
        contact=_contact(data),
        effective=date_text(a.effective_on, data.lang),
    )


def transfer_lines(data: NoticeData) -> list[str]:
    lines = []
    for t in data.entry.transfers:
        lines.append(f"{_country(t.country, data.lang)} ({t.country}): {safeguard_detail(t, data.register_labels)}")
    return lines


def detail_rows(data: NoticeData) -> list[tuple[str, str]]:
    words, e, a = data.labels, data.entry, data.announcement
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


def email_subject(data: NoticeData) -> str:
    return data.labels["subject"].format(organisation=data.organisation.name, reference=data.announcement.reference)


def email_text(data: NoticeData) -> str:
    """The plain-text e-mail body: greeting, the change, the subprocessor's details, how to object."""
    words = data.labels
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


def write_pdf(data: NoticeData, target: str | os.PathLike[str]) -> None:
    from dpo_desk.reporting import pdf

    words, org = data.labels, data.organisation
    styles = pdf.Styles(base_size=10)
    width = pdf.frame_width()
    announced = date_text(data.announcement.announced_on, data.lang)
    story = [
        pdf.para(org.name, styles.subtitle),
        pdf.para(words["title"], styles.title),
        pdf.para(f"{words['reference']}: {data.announcement.reference} · {announced}", styles.small),
        pdf.spacer(4),
        pdf.para(words["greeting"], styles.body),
        pdf.spacer(2),
        pdf.para(intro(data), styles.body),
        *pdf.section(words["details"], [pdf.fields_table(detail_rows(data), styles, width)], styles),
    ]
    if data.announcement.message:
        story += pdf.section(words["message"], [pdf.para(data.announcement.message, styles.body)], styles)
    story += [
        pdf.spacer(4),
        pdf.para(objection_text(data), styles.body),
        pdf.spacer(6),
        pdf.para(words["closing"], styles.body),
        pdf.spacer(2),
    ]
    for line in (org.dpo_name, f"{words['dpo_title']}, {org.name}", org.dpo_email, org.dpo_phone):
        if line:
            story.append(pdf.para(line, styles.body))
    pdf.build_pdf(
        target,
        story,
        title=words["title"],
        reference=data.announcement.reference,
        page_label=words["page"],
        author=org.dpo_name,
    )

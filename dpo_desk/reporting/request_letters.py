"""Reply letters to a requester as PDF, .docx or .odt, in Finnish, Swedish or English, from `reports/request-letters/`.

Five kinds: acknowledgement, request for identity information, extension notice (with reasons),
refusal (with reasons, the right to complain to the Data Protection Ombudsman and to a judicial
remedy) and completion. Each carries the organisation's letterhead, the reference and the dates.
The letter is one `document.Document` of plain text (the writers print it literally, so a
requester's name like `<img src=...>` prints as typed and never reads a file), written in the
format the target's suffix names. The letter's data comes from
`services.reports.gather_request_letter`, which refuses a letter the case does not support.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from dpo_desk.domain.requests import ARTICLES
from dpo_desk.reporting import document
from dpo_desk.reporting.document import Block, Document, Gap, Heading, Paragraph
from dpo_desk.reporting.labels import Labels, labels
from dpo_desk.reporting.wording import article, date_text
from dpo_desk.services import organisation, requests
from dpo_desk.services.reports import RequestLetter

REPORT = "request-letters"


def letter_date(day: dt.date | None, lang: str) -> str:
    return date_text(day, lang)


def _fill(template: str, **values: Any) -> str:
    """Our template with the case's values put in (braces in a value are text, never placeholders)."""
    return template.format(**{key: "" if value is None else str(value) for key, value in values.items()})


def _identity_asked(view: requests.RequestView) -> str:
    notes = [e.text for e in view.timeline if e.kind == "identity-requested" and e.text]
    return notes[-1] if notes else ""


def letterhead(org: organisation.OrganisationView, words: Labels) -> tuple[str, ...]:
    """Who writes, and how to reach the DPO."""
    lines = [org.name or "—", org.address, f"{words['business_id']} {org.business_id}" if org.business_id else ""]
    dpo_contact = ", ".join(c for c in (org.dpo_name, org.dpo_email, org.dpo_phone) if c)
    if dpo_contact:
        lines.append(f"{words['dpo']}: {dpo_contact}")
    return tuple(line for line in lines if line)


def body(
    view: requests.RequestView,
    org: organisation.OrganisationView,
    kind: str,
    words: Labels,
    today: dt.date,
    recipients: tuple[str, ...] = (),
) -> list[Block]:
    lang = words.lang
    blocks: list[Block] = []
    addressee = "\n".join(c for c in (view.subject_name, view.subject_contact, view.subject_email) if c)
    if addressee:
        blocks.append(Paragraph(addressee))
    blocks.append(
        document.fields(
            [
                (words["date"], letter_date(today, lang)),
                (words["our_reference"], view.reference),
                (words["received"], letter_date(view.received_on, lang)),
            ]
        )
    )
    blocks += [Heading(words["titles"][kind]), Paragraph(_fill(words["greeting"], name=view.subject_name))]

    values = {
        "received": letter_date(view.received_on, lang),
        "due": letter_date(view.due_on, lang),
        "controller": view.controller_name,
        "forwarded": letter_date(view.forwarded_on, lang),
    }

    def paragraph(template: str, **extra: Any) -> None:
        blocks.append(Paragraph(_fill(template, **values, **extra)))

    def reasons(value: str | None) -> None:
        blocks.append(Paragraph(document.shown(value)))

    def rights() -> None:
        blocks.append(Paragraph(words["rights_heading"], "label"))
        paragraph(words["complaint"])
        paragraph(words["judicial"])

    cited = article(ARTICLES[view.type], lang, regulation=False)
    type_line = _fill(words["type_line"], type=words["types"][view.type], article=cited)
    if kind == "acknowledgement":
        paragraph(words["acknowledgement"][0])
        blocks.append(Paragraph(type_line))
        if view.role == "processor" and view.forwarded_on:
            paragraph(words["processor_note"])
        elif view.role == "processor":
            paragraph(words["processor_pending"])
        elif view.extended:
            # printed after the extension: the extended date, and no talk of a limit that "may be" extended
            paragraph(words["acknowledgement_extended"])
        elif view.due_on:
            paragraph(words["acknowledgement"][1])
    elif kind == "identity-request":
        paragraph(words["identity-request"][0])
        blocks.append(Paragraph(type_line))
        if _identity_asked(view):
            paragraph(words["identity_what"], what=_identity_asked(view))
        # asked after the first month, or under the `none` clock, the original limit stands
        restarts = view.identity_clock == "restart" and not any(w.code == "identity-asked-late" for w in view.warnings)
        paragraph(words["identity_restart"] if restarts else words["identity_none"])
    elif kind == "extension":
        paragraph(words["extension"][0])
        blocks.append(Paragraph(type_line))
        paragraph(words["extension_reason"], reason=view.extension_reason)
        paragraph(words["extension_due"])
    elif kind == "refusal":
        paragraph(words["refusal"][0])
        reasons(view.outcome_reason)
        rights()
    else:
        key = {"fulfilled": "completion_fulfilled", "partially-fulfilled": "completion_partially"}.get(
            view.outcome or "", "completion_withdrawn"
        )
        paragraph(words[key])
        if recipients:
            paragraph(words["recipients_line"], recipients=", ".join(recipients))
        if view.outcome == "partially-fulfilled":
            reasons(view.outcome_reason)
            rights()

    if org.dpo_email or org.dpo_phone:
        paragraph(words["contact"], contact=", ".join(c for c in (org.dpo_email, org.dpo_phone) if c))
    blocks += [Gap(4), Paragraph(words["closing"]), Gap(8)]
    blocks.append(Paragraph(org.dpo_name or org.name or ""))
    blocks.append(Paragraph(words["signature_title"], "small"))
    blocks.append(Paragraph(org.name or "", "small"))
    return blocks


def letter_document(letter: RequestLetter) -> Document:
    view, org = letter.request, letter.organisation
    words = labels(REPORT, letter.lang)
    return Document(
        title=f"{words['titles'][letter.kind]} — {view.reference}",
        reference=view.reference,
        page_label=words["page"],
        author=org.name,
        letterhead=letterhead(org, words),
        blocks=tuple(body(view, org, letter.kind, words, letter.today, letter.recipients)),
        lang=letter.lang,
    )


def write_letter(letter: RequestLetter, target: str | os.PathLike[str]) -> Path:
    """Writes the letter atomically as PDF, .docx or .odt (by the suffix); returns the path.

    The caller notes it on the request's timeline (`services.reports.record_request_letter`).
    """
    return document.write(letter_document(letter), target)

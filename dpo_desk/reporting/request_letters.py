"""Reply letters to a requester as PDF, in Finnish, Swedish or English, from `reports/request-letters/`.

Five kinds: acknowledgement, request for identity information, extension notice (with reasons),
refusal (with reasons, the right to complain to the Data Protection Ombudsman and to a judicial
remedy) and completion. Each carries the organisation's letterhead, the reference and the dates.
Templates are our own markup; every value from the store is escaped before it is put into one,
so a requester's name like `<img src=...>` prints as typed and never reads a file.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle
from sqlalchemy.orm import Session

from dpo_desk.clock import today_of
from dpo_desk.errors import InvalidInput, RuleRefused
from dpo_desk.reporting.labels import Labels, check_language, labels
from dpo_desk.reporting.pdf import RULE, Styles, build_pdf, frame_width, para, spacer, text, trusted
from dpo_desk.reporting.wording import article, date_text
from dpo_desk.services import organisation, requests

REPORT = "request-letters"
KINDS = ("acknowledgement", "identity-request", "extension", "refusal", "completion")


def letter_date(day: dt.date | None, lang: str) -> str:
    return date_text(day, lang)


def _fill(template: str, **values: Any) -> str:
    """Our template with escaped values put in (the template's own markup is kept)."""
    return template.format(**{key: text(value) for key, value in values.items()})


def _check(view: requests.RequestView, kind: str) -> None:
    """Refuses a letter that would state something the case does not (yet) say."""
    if kind not in KINDS:
        raise InvalidInput("--kind", kind, f"is not one of {', '.join(KINDS)}")
    if kind == "extension" and not view.extended:
        raise RuleRefused(f"{view.reference} is not extended: record the extension and its reasons first.")
    if kind == "refusal" and view.outcome != "refused":
        raise RuleRefused(f"{view.reference} is not closed as refused: close it with its reasons first.")
    if kind == "completion" and view.outcome not in ("fulfilled", "partially-fulfilled", "withdrawn"):
        raise RuleRefused(
            f"{view.reference} is not closed as fulfilled, partially fulfilled or withdrawn; a completion letter "
            "would say otherwise."
        )
    if kind == "identity-request" and view.identity_status not in ("requested", "not-needed"):
        raise RuleRefused(f"{view.reference}: identity is already {view.identity_status}.")


def _identity_asked(view: requests.RequestView) -> str:
    notes = [e.text for e in view.timeline if e.kind == "identity-requested" and e.text]
    return notes[-1] if notes else ""


def build_story(
    view: requests.RequestView, org: organisation.OrganisationView, kind: str, words: Labels, today: dt.date
) -> list[Flowable]:
    lang = words.lang
    styles = Styles(base_size=10)
    width = frame_width() - 12  # the frame's own padding (6 pt a side), so tables line up with the text
    story: list[Flowable] = []

    # The letterhead: who writes, and how to reach the DPO.
    story.append(para(org.name or "—", styles.title))
    head_lines = [
        line for line in (org.address, f"{words['business_id']} {org.business_id}" if org.business_id else "")
    ]
    story.append(para("\n".join(line for line in head_lines if line), styles.small))
    dpo_contact = ", ".join(c for c in (org.dpo_name, org.dpo_email, org.dpo_phone) if c)
    if dpo_contact:
        story.append(para(f"{words['dpo']}: {dpo_contact}", styles.small))
    rule = Table([[""]], colWidths=[width], rowHeights=[2 * mm])
    rule.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE)]))
    story += [rule, spacer(6)]

    # Addressee on the left, the letter's facts on the right.
    addressee = "\n".join(c for c in (view.subject_name, view.subject_contact, view.subject_email) if c)
    facts = [
        (words["date"], letter_date(today, lang)),
        (words["our_reference"], view.reference),
        (words["received"], letter_date(view.received_on, lang)),
    ]
    facts_table = Table(
        [[para(label, styles.label), para(value, styles.body)] for label, value in facts],
        colWidths=[width * 0.26, width * 0.19],
    )
    facts_table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    top = Table([[para(addressee, styles.body), facts_table]], colWidths=[width * 0.55, width * 0.45])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [top, spacer(10)]

    story.append(trusted(text(words["titles"][kind]), styles.heading))
    story.append(trusted(_fill(words["greeting"], name=view.subject_name), styles.body))
    story.append(spacer(3))

    values = {
        "received": letter_date(view.received_on, lang),
        "due": letter_date(view.due_on, lang),
        "controller": view.controller_name,
        "forwarded": letter_date(view.forwarded_on, lang),
    }

    def paragraph(template: str, **extra: Any) -> None:
        story.append(trusted(_fill(template, **values, **extra), styles.body))
        story.append(spacer(2.5))

    def reasons(value: str | None) -> None:
        story.append(para(value or "—", styles.body))
        story.append(spacer(2.5))

    def rights() -> None:
        story.append(trusted(text(words["rights_heading"]), styles.label))
        paragraph(words["complaint"])
        paragraph(words["judicial"])

    cited = article(requests.ARTICLES[view.type], lang, regulation=False)
    type_line = _fill(words["type_line"], type=words["types"][view.type], article=cited)
    if kind == "acknowledgement":
        paragraph(words["acknowledgement"][0])
        story += [trusted(type_line, styles.body), spacer(2.5)]
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
        story += [trusted(type_line, styles.body), spacer(2.5)]
        if _identity_asked(view):
            paragraph(words["identity_what"], what=_identity_asked(view))
        # asked after the first month, or under the `none` clock, the original limit stands
        restarts = view.identity_clock == "restart" and not any(w.code == "identity-asked-late" for w in view.warnings)
        paragraph(words["identity_restart"] if restarts else words["identity_none"])
    elif kind == "extension":
        paragraph(words["extension"][0])
        story += [trusted(type_line, styles.body), spacer(2.5)]
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
        if view.outcome == "partially-fulfilled":
            reasons(view.outcome_reason)
            rights()

    if org.dpo_email or org.dpo_phone:
        paragraph(words["contact"], contact=", ".join(c for c in (org.dpo_email, org.dpo_phone) if c))
    story += [spacer(4), trusted(text(words["closing"]), styles.body), spacer(8)]
    story.append(para(org.dpo_name or org.name or "", styles.body))
    story.append(trusted(text(words["signature_title"]), styles.small))
    story.append(para(org.name or "", styles.small))
    return story


def write_letter(
    session: Session, reference: str, kind: str, target: str | os.PathLike[str], lang: str | None = None
) -> Path:
    """Writes the letter atomically and notes it on the request's timeline; returns the path."""
    view = requests.show(session, reference)
    _check(view, kind)
    language = check_language(lang or view.language)
    org = organisation.get(session)
    today = today_of(session, org.timezone)
    words = labels(REPORT, language)
    story = build_story(view, org, kind, words, today)
    build_pdf(
        target,
        story,
        title=f"{words['titles'][kind]} — {view.reference}",
        reference=view.reference,
        page_label=words["page"],
        author=org.name,
    )
    requests.record_letter(session, view.reference, kind, language, today)
    return Path(target)

"""The plain-language letter to the data subjects of a high-risk breach (GDPR Art. 34(2)), as PDF, .docx or .odt.

It covers what Art. 34(2) asks, in words a person reads: what happened, what data, what it may mean
for them (33(3)(c)), what was done and will be done (33(3)(d)), what they can do, and whom to ask
(33(3)(b)). The wording comes from `reports/breach-letter/<lang>.json`; the breach's own texts are
printed literally.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from dpo_desk.domain.timeparse import zone
from dpo_desk.reporting import document
from dpo_desk.reporting.breach_notification import when
from dpo_desk.reporting.document import Block, Document, Gap, Heading, Paragraph
from dpo_desk.reporting.labels import labels
from dpo_desk.reporting.wording import date_text
from dpo_desk.services.breaches import BreachView
from dpo_desk.services.organisation import OrganisationView
from dpo_desk.services.reports import BreachCase

REPORT = "breach-letter"


def body(view: BreachView, org: OrganisationView, lang: str, now: dt.datetime) -> list[Block]:
    words = labels(REPORT, lang)
    tz = view.timezone
    today = date_text(now.astimezone(zone(tz)).date(), lang)

    def part(heading: str, *texts: str) -> list[Block]:
        return document.section(heading, *[Paragraph(t) for t in texts if t] or [Paragraph(words["not_given"])])

    blocks: list[Block] = [
        Heading(words["title"], 0),
        Paragraph(f"{words['reference']}: {view.reference}"),
        Paragraph(f"{words['date']}: {today}"),
        Gap(4),
        Paragraph(words["greeting"]),
        # Art. 34 is for a high risk: a letter sent for a lower one must not claim it
        Paragraph(words["intro" if view.risk == "high" else "intro_not_high"].format(org=org.name)),
    ]
    timing = words["when_line"].format(aware=when(view.aware_at, tz, lang))
    if view.occurred_from:
        timing = words["began_line"].format(began=when(view.occurred_from, tz, lang)) + " " + timing
    blocks += part(words["what_happened"], timing, view.description)  # the short line keeps the heading company
    blocks += part(words["data_involved"], view.data_categories)
    blocks += part(words["consequences"], view.consequences)
    blocks += part(words["measures_taken"], view.measures_taken)
    if view.measures_proposed:
        blocks += part(words["measures_proposed"], view.measures_proposed)
    blocks += part(words["advice"], words["advice_text"])
    contact = "\n".join(x for x in (org.dpo_name, org.dpo_email, org.dpo_phone) if x)
    blocks += part(words["contact"], words["contact_text"], contact, words["complaint"])
    blocks += [Gap(6), Paragraph(words["closing"]), Paragraph(org.name)]
    if org.dpo_name:
        blocks.append(Paragraph(org.dpo_name))
    return blocks


def letter_document(case: BreachCase) -> Document:
    view, org = case.breach, case.organisation
    words = labels(REPORT, case.lang)
    return Document(
        title=f"{words['title']} {view.reference}",
        reference=view.reference,
        page_label=words["page"],
        author=org.name,
        letterhead=document.organisation_lines(org),
        blocks=tuple(body(view, org, case.lang, case.now)),
        lang=case.lang,
    )


def write(case: BreachCase, target: str | os.PathLike[str]) -> Path:
    """Writes the letter atomically as PDF, .docx or .odt (by the suffix)."""
    return document.write(letter_document(case), target)

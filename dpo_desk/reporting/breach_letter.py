"""The plain-language letter to the data subjects of a high-risk breach (GDPR Art. 34(2)).

It covers what Art. 34(2) asks, in words a person reads: what happened, what data, what it may mean
for them (33(3)(c)), what was done and will be done (33(3)(d)), what they can do, and whom to ask
(33(3)(b)). The wording comes from `reports/breach-letter/<lang>.json`; the breach's own texts are
printed literally.
"""

from __future__ import annotations

import datetime as dt
import os

from reportlab.platypus import Flowable

from dpo_desk.domain.timeparse import zone
from dpo_desk.reporting import pdf
from dpo_desk.reporting.breach_notification import when
from dpo_desk.reporting.labels import labels
from dpo_desk.reporting.wording import date_text
from dpo_desk.services.breaches import BreachView
from dpo_desk.services.organisation import OrganisationView

REPORT = "breach-letter"


def story(view: BreachView, org: OrganisationView, lang: str, now: dt.datetime) -> list[Flowable]:
    words = labels(REPORT, lang)
    styles = pdf.Styles(base_size=10.5)
    tz = view.timezone
    today = date_text(now.astimezone(zone(tz)).date(), lang)

    def part(heading: str, *texts: str) -> list[Flowable]:
        body = [pdf.para(t, styles.body) for t in texts if t]
        return pdf.section(heading, body or [pdf.para(words["not_given"], styles.body)], styles)

    story: list[Flowable] = [
        pdf.para(org.name, styles.label),
        pdf.para(org.address, styles.small),
        pdf.spacer(6),
        pdf.para(words["title"], styles.title),
        pdf.para(f"{words['reference']}: {view.reference}", styles.body),
        pdf.para(f"{words['date']}: {today}", styles.body),
        pdf.spacer(4),
        pdf.para(words["greeting"], styles.body),
        pdf.spacer(2),
        # Art. 34 is for a high risk: a letter sent for a lower one must not claim it
        pdf.para(words["intro" if view.risk == "high" else "intro_not_high"].format(org=org.name), styles.body),
    ]
    timing = words["when_line"].format(aware=when(view.aware_at, tz, lang))
    if view.occurred_from:
        timing = words["began_line"].format(began=when(view.occurred_from, tz, lang)) + " " + timing
    story += part(words["what_happened"], timing, view.description)  # the short line keeps the heading company
    story += part(words["data_involved"], view.data_categories)
    story += part(words["consequences"], view.consequences)
    story += part(words["measures_taken"], view.measures_taken)
    if view.measures_proposed:
        story += part(words["measures_proposed"], view.measures_proposed)
    story += part(words["advice"], words["advice_text"])
    contact = "\n".join(x for x in (org.dpo_name, org.dpo_email, org.dpo_phone) if x)
    story += part(words["contact"], words["contact_text"], contact, words["complaint"])
    story += [pdf.spacer(6), pdf.para(words["closing"], styles.body), pdf.spacer(2), pdf.para(org.name, styles.body)]
    if org.dpo_name:
        story.append(pdf.para(org.dpo_name, styles.body))
    return story


def write(
    target: str | os.PathLike[str],
    view: BreachView,
    org: OrganisationView,
    lang: str,
    now: dt.datetime,
) -> None:
    words = labels(REPORT, lang)
    pdf.build_pdf(
        target,
        story(view, org, lang, now),
        title=f"{words['title']} {view.reference}",
        reference=view.reference,
        page_label=words["page"],
        author=org.name,
    )

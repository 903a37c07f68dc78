"""The notification of a personal data breach to the Data Protection Ombudsman (GDPR Art. 33), as a PDF.

Sections and their order follow `shared/reference/breach-notification.md` (0 header, 1 type of
notification ... 12 attachments); every label comes from `reports/breach-notification/<lang>.json`.
One document is one phase: the Nth recorded notification, or a draft of the next one when `phase` is
not given and none is recorded yet. User text is printed literally. It is one `document.Document`,
written as PDF, .docx or .odt.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from dpo_desk.domain.timeparse import zone
from dpo_desk.errors import InvalidInput
from dpo_desk.reporting import document
from dpo_desk.reporting.document import Block, Document, Gap, Heading, Paragraph
from dpo_desk.reporting.labels import Labels, labels
from dpo_desk.reporting.wording import date_text, time_text
from dpo_desk.services.breaches import BreachView, NotificationView
from dpo_desk.services.organisation import OrganisationView
from dpo_desk.services.reports import BreachCase

REPORT = "breach-notification"


def when(moment: dt.datetime | None, tz_name: str, lang: str = "en") -> str:
    """A time as people read it on paper, with its offset: 1 June 2026 10:00 (UTC+03:00), 1.6.2026 in fi/sv."""
    return time_text(moment, tz_name, lang)


def number_text(value: int | None, estimated: bool, words: Labels) -> str:
    if value is None:
        return words["not_known"]
    return f"{value:,}".replace(",", "\u202f") + f" ({words['estimate'] if estimated else words['exact']})"


def yes_no(value: bool, words: Labels) -> str:
    return words["yes"] if value else words["no"]


def chosen_phase(view: BreachView, phase: int | None) -> NotificationView | None:
    """The notification this document is for: the given number, else the latest one, else None (a draft)."""
    if phase is None:
        return view.notifications[-1] if view.notifications else None
    if not 1 <= phase <= len(view.notifications):
        raise InvalidInput(
            "--phase",
            phase,
            f"is not a notification of {view.reference} (it has {len(view.notifications)})",
            code="not-a-recorded-phase",
            values={"reference": view.reference, "count": len(view.notifications)},
        )
    return view.notifications[phase - 1]


def authority_case_number(view: BreachView, note: NotificationView | None) -> str:
    """The authority's case number this document quotes: its own phase's, else the latest one recorded before it."""
    if note is not None and note.authority_reference:
        return note.authority_reference
    earlier = view.notifications if note is None else view.notifications[: note.number - 1]
    return next((n.authority_reference for n in reversed(earlier) if n.authority_reference), "")


def body(view: BreachView, org: OrganisationView, lang: str, phase: int | None, now: dt.datetime) -> list[Block]:
    words = labels(REPORT, lang)
    tz = view.timezone
    hours = view.rule.window_hours
    note = chosen_phase(view, phase)
    dash = words["not_given"]

    head_rows: list[tuple[str, Any]] = [
        (words["reference"], view.reference),
        (words["breach_title"], view.title),
        (
            words["notification_time"],
            time_text(note.sent_at, tz, lang) if note else words["draft"].format(printed=time_text(now, tz, lang)),
        ),
    ]
    case_number = authority_case_number(view, note)
    if case_number:
        head_rows.insert(1, (words["case_number"], case_number))
    parts: list[Block] = [
        Heading(words["title"], 0),
        Paragraph(words["addressee"]),
        Heading(words["addressee_note"], 1),
        document.fields(head_rows),
    ]

    # 1 type of notification
    is_initial = note is None or note.phase == "initial"
    phase_name = words["phase_initial"] if is_initial else words["phase_supplementary"]
    if note is not None:
        phase_name += " – " + words["phase_number"].format(number=note.number, count=len(view.notifications))
    type_rows: list[tuple[str, Any]] = [(words["phase"], phase_name)]
    if note is not None and note.number > 1:
        for earlier in view.notifications[: note.number - 1]:
            case = earlier.authority_reference or words["case_unknown"]
            type_rows.append(
                (
                    words["earlier_notification"],
                    words["earlier_line"].format(when=time_text(earlier.sent_at, tz, lang), case=case),
                )
            )
    type_rows.append((words["deadline"].format(hours=hours), time_text(view.authority_deadline, tz, lang)))
    rule_key = "rule_moment" if view.rule.count_from == "moment" else "rule_next_hour"
    type_rows.append((words["rule_applied"], words[rule_key].format(hours=hours, source=view.rule.source_in(lang))))
    section1: list[Block] = [document.fields(type_rows)]
    if note is not None and note.content:
        section1 += [Gap(2), *document.labelled(words["this_content"], note.content)]
    initial = view.notifications[0] if view.notifications else None
    first_time = initial.sent_at if initial else (None if note else now)
    if initial is not None and initial.late:
        section1 += [Gap(2), *document.labelled(words["late_heading"].format(hours=hours), initial.late_reason)]
    elif initial is None and first_time is not None and first_time > view.authority_deadline:
        section1 += [Gap(2), Paragraph(words["late_missing"].format(hours=hours), "label")]
    elif initial is not None:
        section1 += [Paragraph(words["in_time"].format(hours=hours), "small")]
    parts += document.section(words["s1"], *section1)

    # 2 controller and contacts
    contact = ", ".join(x for x in (org.dpo_name, org.dpo_email, org.dpo_phone) if x)
    party = words["controller"] if view.role == "controller" else words["processor_self"]
    rows2: list[tuple[str, Any]] = [
        (party, org.name),
        (words["business_id"], org.business_id),
        (words["address"], org.address),
        (words["notifier"], view.notifier_name or org.dpo_name),
        (words["dpo"], contact),
        (words["joint_controllers"], view.joint_controllers or dash),
    ]
    if view.role == "processor":
        rows2 += [
            (words["controller_of_processor"], view.controller_name or dash),
            (words["controller_told"], time_text(view.controller_told_at, tz, lang) or dash),
        ]
    elif view.processor_name:
        rows2 += [
            (words["processor_involved"], view.processor_name),
            (words["processor_told"], time_text(view.processor_told_at, tz, lang) or dash),
        ]
    parts += document.section(words["s2"], document.fields(rows2))

    # 3 timing
    ended = words["ongoing"] if view.ongoing else (time_text(view.occurred_to, tz, lang) or dash)
    rows3 = [
        (words["occurred_from"], time_text(view.occurred_from, tz, lang) or dash),
        (words["occurred_to"], ended),
        (words["discovered"], time_text(view.discovered_at, tz, lang) or dash),
        (words["aware"], time_text(view.aware_at, tz, lang)),
    ]
    parts += document.section(
        words["s3"], document.fields(rows3), Gap(2), *document.labelled(words["how_found"], view.how_found)
    )

    # 4 description and causes
    natures = ", ".join(words[f"nature_{n}"] for n in view.nature) or dash
    rows4 = [
        (words["nature"], natures),
        (words["intent"], words[f"intent_{view.intent}"]),
        (words["cause"], words[f"cause_{view.cause}"]),
        (words["systems"], view.systems or dash),
    ]
    parts += document.section(
        words["s4"], *document.labelled(words["description"], view.description), document.fields(rows4)
    )

    # 5 data subjects and data
    rows5 = [
        (words["subject_categories"], view.subject_categories or dash),
        (words["subjects_approx"], number_text(view.subjects_approx, view.subjects_estimated, words)),
        (words["data_categories"], view.data_categories or dash),
        (words["records_approx"], number_text(view.records_approx, view.records_estimated, words)),
        (words["special_categories"], yes_no(view.special_categories, words)),
        (words["criminal_data"], yes_no(view.criminal_data, words)),
        (words["identity_codes"], yes_no(view.identity_codes, words)),
        (words["vulnerable"], yes_no(view.vulnerable_subjects, words)),
        (words["other_states"], ", ".join(view.member_states) or words["no"]),
    ]
    parts += document.section(words["s5"], document.fields(rows5))

    # 6 security before the breach
    parts += document.section(words["s6"], *document.labelled(words["measures_before"], view.measures_before))

    # 7 likely consequences and risk
    risk = words[f"risk_{view.risk}"] if view.risk else words["risk_undecided"]
    section7 = [*document.labelled(words["consequences"], view.consequences), document.fields([(words["risk"], risk)])]
    section7 += [Gap(2), *document.labelled(words["risk_reasoning"], view.risk_reasoning)]
    severity = view.severity
    if severity is not None:
        line = words["enisa_line"].format(
            dpc=f"{severity.dpc:g}",
            ei=f"{severity.ei:g}",
            cb=f"{severity.cb:g}",
            score=f"{severity.score:g}",
            band=words[f"band_{severity.band}"],
        )
        section7.append(document.fields([(words["enisa"], line)]))
    parts += document.section(words["s7"], *section7)

    # 8 measures
    parts += document.section(
        words["s8"],
        *document.labelled(words["measures_taken"], view.measures_taken),
        *document.labelled(words["measures_proposed"], view.measures_proposed),
    )

    # 9 informing data subjects
    if view.communication == "done":
        rows9 = [
            (words["communication"], words["comm_done"]),
            (words["comm_when"], time_text(view.communicated_at, tz, lang)),
            (words["comm_how"], view.communication_method),
            (words["comm_count"], "" if view.communicated_count is None else str(view.communicated_count)),
        ]
    elif view.communication == "planned":
        rows9 = [(words["communication"], words["comm_planned"]), (words["comm_how"], view.communication_method)]
    elif view.communication == "exempt":
        rows9 = [
            (words["communication"], words["comm_exempt"]),
            (words["exemption"], words[f"exemption_{view.exemption}"]),
            (words["exemption_reason"], view.exemption_reason),
        ]
        if view.communication_method:
            rows9.append((words["comm_how"], view.communication_method))
    else:
        rows9 = [
            (words["communication"], words["comm_none"] if view.communication_required else words["comm_not_required"])
        ]
    parts += document.section(words["s9"], document.fields(rows9))

    # 10 cross-border
    rows10 = [
        (words["member_states"], ", ".join(view.member_states) or dash),
        (words["main_establishment"], org.address or org.name),
        (words["lead_authority"], view.lead_authority or dash),
        (words["other_authorities"], view.other_authorities or dash),
    ]
    parts += document.section(words["s10"], document.fields(rows10))

    # 11 other notifications
    parts += document.section(words["s11"], *document.labelled(words["other_notifications"], view.other_notifications))

    # 12 attachments and signature
    section12 = [
        *document.labelled(words["attachments"], view.attachments_note),
        Paragraph(words["secure_message_note"], "small"),
        Gap(8),
        document.fields(
            [
                (words["signature"], "\n\n"),
                (
                    words["name_and_date"],
                    f"{view.notifier_name or org.dpo_name}, {date_text(now.astimezone(zone(tz)).date(), lang)}",
                ),
            ]
        ),
        Gap(3),
        Paragraph(words["printed"].format(printed=time_text(now, tz, lang)), "small"),
    ]
    parts += document.section(words["s12"], *section12)
    return parts


def notification_document(case: BreachCase) -> Document:
    view, org = case.breach, case.organisation
    words = labels(REPORT, case.lang)
    return Document(
        title=f"{words['title']} {view.reference}",
        reference=view.reference,
        page_label=words["page"],
        author=org.name,
        letterhead=document.organisation_lines(org),
        blocks=tuple(body(view, org, case.lang, case.phase, case.now)),
        lang=case.lang,
    )


def write(case: BreachCase, target: str | os.PathLike[str]) -> Path:
    """Writes the notification document atomically as PDF, .docx or .odt (by the suffix)."""
    return document.write(notification_document(case), target)

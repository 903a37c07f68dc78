"""The breach register (GDPR Art. 33(5)) as a workbook: every breach, notified or not, one row each.

Sheet one holds the facts, effects, remedial action and the reasoning of each decision (risk, not
notifying, late, Art. 34(3)); sheet two every notification phase; sheet three what the register is.
Headers come from `reports/breach-register/<lang>.json`; causes and natures in words from the
notification's labels. User text goes through the formula-safe writer.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from typing import Any

from dpo_desk.domain.timeparse import zone
from dpo_desk.reporting.labels import labels
from dpo_desk.reporting.xlsx import WorkbookWriter, write_rows
from dpo_desk.services.breach_rules import rules
from dpo_desk.services.breaches import BreachView
from dpo_desk.services.reports import BreachRegister

REPORT = "breach-register"
# Facts written as stored (text and numbers), at the end of the register.
AS_STORED = (
    "processor_name",
    "joint_controllers",
    "notifier_name",
    "enisa_dpc",
    "enisa_ei",
    "enisa_cb",
    "enisa_cb_confidentiality",
    "enisa_cb_integrity",
    "enisa_cb_availability",
    "communicated_count",
    "lead_authority",
    "other_authorities",
    "other_notifications",
    "attachments_note",
)
COLUMNS = (
    "reference",
    "title",
    "status",
    "occurred_from",
    "occurred_to",
    "ongoing",
    "discovered_at",
    "aware_at",
    "authority_deadline",
    "how_found",
    "nature",
    "cause",
    "intent",
    "description",
    "systems",
    "data_categories",
    "special_categories",
    "criminal_data",
    "identity_codes",
    "vulnerable",
    "subject_categories",
    "subjects_approx",
    "records_approx",
    "member_states",
    "consequences",
    "measures_before",
    "measures_taken",
    "measures_proposed",
    "role",
    "controller_name",
    "controller_told_at",
    "risk",
    "risk_reasoning",
    "enisa_score",
    "enisa_band",
    "notification_required",
    "first_notified_at",
    "notified_late",
    "late_reason",
    "authority_references",
    "phases",
    "communication",
    "communicated_at",
    "communication_method",
    "exemption",
    "exemption_reason",
    "closed_at",
    "closing_summary",
    # The remaining facts, so the register read back (`import`) gives the same breaches.
    "subjects_estimated",
    "records_estimated",
    "processor_told_at",
    "enisa_malicious",
    *AS_STORED,
)
NOTIFICATION_COLUMNS = (
    "reference",
    "number",
    "phase",
    "sent_at",
    "notified_late",
    "late_reason",
    "authority_reference",
    "content",
)


def _local(moment: dt.datetime | None, tz_name: str) -> dt.datetime | None:
    return None if moment is None else moment.astimezone(zone(tz_name))


def row_values(view: BreachView, lang: str) -> list[Any]:
    """One register row, in COLUMNS order (wall times in the organisation's zone)."""
    words = labels(REPORT, lang)
    terms = labels("breach-notification", lang)
    tz = view.timezone
    yes_no: Callable[[bool], str] = lambda flag: words["yes"] if flag else words["no"]  # noqa: E731
    severity = view.severity
    initial = view.notifications[0] if view.notifications else None
    if view.communication:
        communication = words[f"comm_{view.communication}"]
    else:
        communication = words["comm_none"] if view.communication_required else words["comm_not_required"]
    values = {
        "reference": view.reference,
        "title": view.title,
        "status": words[f"status_{view.status}"],
        "occurred_from": _local(view.occurred_from, tz),
        "occurred_to": _local(view.occurred_to, tz),
        "ongoing": yes_no(view.ongoing),
        "discovered_at": _local(view.discovered_at, tz),
        "aware_at": _local(view.aware_at, tz),
        "authority_deadline": _local(view.authority_deadline, tz),
        "how_found": view.how_found,
        "nature": ", ".join(terms[f"nature_{n}"] for n in view.nature),
        "cause": terms[f"cause_{view.cause}"],
        "intent": terms[f"intent_{view.intent}"],
        "description": view.description,
        "systems": view.systems,
        "data_categories": view.data_categories,
        "special_categories": yes_no(view.special_categories),
        "criminal_data": yes_no(view.criminal_data),
        "identity_codes": yes_no(view.identity_codes),
        "vulnerable": yes_no(view.vulnerable_subjects),
        "subject_categories": view.subject_categories,
        "subjects_approx": view.subjects_approx,
        "records_approx": view.records_approx,
        "member_states": ", ".join(view.member_states),
        "consequences": view.consequences,
        "measures_before": view.measures_before,
        "measures_taken": view.measures_taken,
        "measures_proposed": view.measures_proposed,
        "role": words[f"role_{view.role}"],
        "controller_name": view.controller_name,
        "controller_told_at": _local(view.controller_told_at, tz),
        "risk": words[f"risk_{view.risk}"] if view.risk else words["risk_undecided"],
        "risk_reasoning": view.risk_reasoning,
        "enisa_score": severity.score if severity else None,
        "enisa_band": terms[f"band_{severity.band}"] if severity else "",
        "notification_required": yes_no(view.notification_required),
        "first_notified_at": _local(initial.sent_at, tz) if initial else None,
        "notified_late": yes_no(view.notified_late) if initial else "",
        "late_reason": initial.late_reason if initial else "",
        "authority_references": ", ".join(n.authority_reference for n in view.notifications if n.authority_reference),
        "phases": len(view.notifications),
        "communication": communication,
        "communicated_at": _local(view.communicated_at, tz),
        "communication_method": view.communication_method,
        "exemption": f"34(3)({view.exemption})" if view.exemption else "",
        "exemption_reason": view.exemption_reason,
        "closed_at": _local(view.closed_at, tz),
        "closing_summary": view.closing_summary,
        "subjects_estimated": yes_no(view.subjects_estimated),
        "records_estimated": yes_no(view.records_estimated),
        "processor_told_at": _local(view.processor_told_at, tz),
        "enisa_malicious": "" if view.enisa_malicious is None else yes_no(view.enisa_malicious),
        **{name: getattr(view, name) for name in AS_STORED},
    }
    return [values[c] for c in COLUMNS]


def write(
    data: BreachRegister, target: str | os.PathLike[str], progress: Callable[[int, int], None] | None = None
) -> None:
    views, org, lang, now = data.breaches, data.organisation, data.lang, data.now
    words = labels(REPORT, lang)
    book = WorkbookWriter()
    sheet = book.sheet(words["sheet_breaches"], [words[c] for c in COLUMNS], max_width=50)
    write_rows(sheet, (row_values(v, lang) for v in views), progress, len(views))
    phases = book.sheet(words["sheet_notifications"], [words[c] for c in NOTIFICATION_COLUMNS], max_width=60)
    for view in views:
        for note in view.notifications:
            phases.append(
                [
                    view.reference,
                    note.number,
                    words[f"phase_{note.phase}"],
                    _local(note.sent_at, view.timezone),
                    words["yes"] if note.late else words["no"],
                    note.late_reason,
                    note.authority_reference,
                    note.content,
                ]
            )
    about = book.sheet(words["sheet_about"], [words["about_title"], ""], max_width=100)
    rule = rules()[-1]
    about.append([words["about_text"].format(zone=org.timezone), ""])
    about.append([words["about_rule"].format(hours=rule.window_hours, source=rule.source_in(lang)), ""])
    about.append([words["about_org"], f"{org.name} ({org.business_id})" if org.business_id else org.name])
    about.append([words["about_printed"], _local(now, org.timezone)])
    book.save(target)

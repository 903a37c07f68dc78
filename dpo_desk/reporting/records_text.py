"""The record's items as text in the report's language, shared by the PDF and the workbook (no report library here)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dpo_desk.reporting.labels import Labels
from dpo_desk.reporting.wording import article, date_text

REPORT = "records"


def join(items: Sequence[str], none: str) -> str:
    return ", ".join(items) if items else none


def purpose_lines(view: Any, lab: Labels) -> str:
    lines = []
    for p in view.purposes:
        if p.legal_basis:
            basis = f"{lab['legal_bases'][p.legal_basis]} ({article(p.article, lab.lang)})"
        else:
            basis = lab["legal_basis_missing"]
        line = f"{p.purpose} — {basis}"
        if p.special_condition:
            line += f"; {lab['special_conditions'][p.special_condition]} ({article(p.special_article, lab.lang)})"
        if p.balancing_on or p.balancing_conclusion:
            line += "; " + lab["balancing"].format(
                date=date_text(p.balancing_on, lab.lang, lab["none"]),
                conclusion=p.balancing_conclusion or lab["none"],
            )
        lines.append(line)
    return "\n".join(lines) or lab["none"]


def controller_lines(view: Any, lab: Labels) -> str:
    """A processor's controllers, each with its contact details (Art. 30(2)(a))."""
    lines = [f"{name} — {contact or lab['contact_missing']}" for name, contact in view.controllers_with_contacts]
    return "\n".join(lines) or lab["controller_unnamed"]


def recipient_text(view: Any, lab: Labels) -> str:
    parts = list(view.recipients)
    if view.subprocessors:
        parts.append(f"{lab['linked_subprocessors']}: " + ", ".join(s.name for s in view.subprocessors))
    return "\n".join(parts) or lab["none"]


def transfer_lines(view: Any, lab: Labels) -> str:
    if not view.transfers:
        return lab["no_transfers"]
    lines = []
    for t in view.transfers:
        safeguard = lab["safeguards"].get(t.safeguard, t.safeguard)
        line = f"{t.country} — {safeguard}"
        # a derived transfer's particulars in the document's words (the register's detail is English)
        detail = _particulars(t, lab) if t.subprocessor else t.detail
        if detail:
            line += f" ({detail})"
        if t.subprocessor:
            line += " — " + lab["via"].format(name=t.recipient or t.subprocessor)
        else:
            line += f" — {t.recipient + ', ' if t.recipient else ''}{lab['entered_by_hand']}"
        lines.append(line)
    return "\n".join(lines)


def _particulars(t: Any, lab: Labels) -> str:
    if t.safeguard == "adequacy":
        return t.decision
    if t.safeguard == "scc" and t.scc_module:
        return lab["scc_module"].format(module=t.scc_module)
    if t.safeguard == "derogation" and t.derogation == "compelling":
        return lab["derogation_compelling"]
    if t.safeguard == "derogation" and t.derogation:
        return article(f"49(1)({t.derogation})", lab.lang)
    return ""


def dpia_text(view: Any, lab: Labels) -> str:
    if view.screening_required is None:
        text = lab["dpia_not_screened"]
    elif view.screening_required:
        text = lab["dpia_required"]
    else:
        text = lab["dpia_not_required"]
    if view.assessment:
        return f"{text}; {lab['dpia_recorded'].format(reference=view.assessment)}"
    if view.screening_required:
        return f"{text}; {lab['dpia_missing']}"
    return text

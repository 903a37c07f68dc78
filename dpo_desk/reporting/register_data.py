"""How the printed register and its spreadsheet word what `services.reports.gather_register` gathered.

Plain data: the PDF and the workbook writers read the same `RegisterReport`, so the two never
disagree. Country names come from pycountry's translations (Yhdysvallat, USA, United States).
"""

from __future__ import annotations

import gettext
from functools import lru_cache

from dpo_desk.reporting.labels import Labels, labels
from dpo_desk.reporting.wording import date_text
from dpo_desk.services import register as service
from dpo_desk.services.reports import RegisterReport

REPORT = "subprocessor-register"


def report_labels(report: RegisterReport) -> Labels:
    return labels(REPORT, report.lang)


@lru_cache(maxsize=8)
def _translation(lang: str) -> gettext.NullTranslations:
    import pycountry

    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)


def country_label(code: str, lang: str) -> str:
    """The country's name in the report's language (the code itself when unknown)."""
    import pycountry

    found = pycountry.countries.get(alpha_2=code)
    if found is None:
        return code
    return _translation(lang).gettext(found.name)


def countries_text(codes: list[str], lang: str) -> str:
    return ", ".join(f"{country_label(c, lang)} ({c})" for c in codes)


def safeguard_detail(t: service.TransferDetail, words: Labels) -> str:
    """The safeguard in words: the decision, clauses and module, or derogation letter."""
    if t.safeguard == "adequacy":
        return words["detail_adequacy"].format(reference=t.decision_reference or "—")
    if t.safeguard == "scc":
        if t.scc_version and t.scc_version != "2021/914":
            return words["detail_scc_old"].format(version=t.scc_version)
        if t.scc_module:
            return words["detail_scc"].format(module=t.scc_module)
        return words["detail_scc_no_module"]
    if t.safeguard == "bcr":
        return words["detail_bcr"]
    if t.safeguard == "derogation":
        return words["detail_derogation"].format(letter=t.derogation or "?")
    return words["detail_none"]


def decision_notes(t: service.TransferDetail, lang: str) -> tuple[str, str]:
    """The adequacy decision's scope and any legal challenge, in the report's language where the list has it."""
    if t.safeguard != "adequacy":
        return "", ""
    decision = service.adequacy_list().decision_for(t.country)
    if decision is None:
        return t.decision_scope, t.challenge
    return decision.scope_in(lang), decision.challenge_in(lang)


def fallback_text(t: service.TransferDetail, words: Labels) -> str:
    if not t.fallback_safeguard:
        return ""
    if t.fallback_safeguard == "scc":
        return (
            words["detail_scc"].format(module=t.fallback_scc_module)
            if t.fallback_scc_module
            else words["detail_scc_no_module"]
        )
    return words["detail_bcr"]


def transfer_lines(entry: service.SubprocessorView, words: Labels, lang: str) -> str:
    """Every transfer of an entry, one per line: country, safeguard, assessment dates, fallback."""
    if not entry.transfers:
        return words["in_eea"]
    lines = []
    for t in entry.transfers:
        parts = [safeguard_detail(t, words)]
        if t.tia_on:
            parts.append(words["detail_tia"].format(date=date_text(t.tia_on, lang)))
        if t.tia_review_on:
            parts.append(words["detail_review"].format(date=date_text(t.tia_review_on, lang)))
        if t.fallback_safeguard:
            parts.append(words["detail_fallback"].format(safeguard=fallback_text(t, words)))
        if t.challenge:
            parts.append(words["detail_challenged"])
        if t.supplementary_measures:
            parts.append(words["detail_measures"].format(text=t.supplementary_measures))
        lines.append(f"{country_label(t.country, lang)} ({t.country}): " + "; ".join(parts))
    return "\n".join(lines)


def finding_lines(entry: service.SubprocessorView, words: Labels, warnings_only: bool = True) -> str:
    shown = entry.warnings if warnings_only else entry.findings
    lines = []
    for f in shown:
        text = words["warning"].get(f.code, f.message)
        lines.append(f"{f.country}: {text}" if f.country else text)
    return "\n".join(lines)


def status_text(entry: service.SubprocessorView, words: Labels) -> str:
    day = {
        "planned": entry.planned_on,
        "announced": entry.announced_on,
        "active": entry.active_from,
        "retired": entry.retired_on,
    }.get(entry.status)
    label = words["status"].get(entry.status, entry.status)
    return f"{label}\n{date_text(day, words.lang)}" if day else label

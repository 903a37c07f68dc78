"""A request's time-limit rule in the window's language, from the rule's parts the core carries as data.

The core words the rule in English for the command line and the JSON (`RequestView.due_rule`) and gives
its parts as `due_rule_facts` (rules.time_limits.RuleFacts); the window words them here, with its own
date format (ui/formatting.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale

from dpo_desk.ui.formatting import format_date
from dpo_desk.ui.i18n import current_language, translate


def limit_text(facts: Any) -> str:
    """The rule of a running limit: "one month from 3 Mar 2026; 3 Apr 2026 is Good Friday, ... so 7 Apr 2026"."""
    language = current_language()
    if facts.working_days:
        return translate(
            "RuleText", "forward to the controller within {days} working days of {start} (Art. 28(3)(e)): {due}"
        ).format(days=facts.working_days, start=format_date(facts.start), due=format_date(facts.due))
    if facts.months == 1:
        text = translate("RuleText", "one month from {start}")
    elif facts.months == 3:
        text = translate("RuleText", "three months from {start}")
    else:
        text = translate("RuleText", "{months} months from {start}")
    text = text.format(months=facts.months, start=format_date(facts.start))
    if facts.start_is_identity:
        text += translate("RuleText", " (the day the identity information arrived: the clock starts again, Art. 12(6))")
    if facts.month_was_short:
        month = QLocale(language).standaloneMonthName(facts.nominal_end.month)
        text += translate("RuleText", "; {month} has no day {day}, so {end}").format(
            month=month, day=facts.start.day, end=format_date(facts.nominal_end)
        )
    if facts.skipped:
        reasons = facts.reasons_in(language)
        parts = [
            translate("RuleText", "{day} is {why}").format(day=format_date(day), why=why)
            for day, why in zip(facts.skipped, reasons, strict=False)
        ]
        text += "; " + ", ".join(parts) + translate("RuleText", ", so {due}").format(due=format_date(facts.due))
    elif not facts.month_was_short:
        text += translate("RuleText", ": {due}").format(due=format_date(facts.due))
    return text


def rule_text(view: Any) -> str:
    """A request's rule line in the window's language (the core's English when it carries no parts)."""
    facts = getattr(view, "due_rule_facts", None)
    if facts is None:
        if view.identity_requested_on is not None:  # no limit runs while the identity information is awaited
            return translate(
                "RuleText",
                "waiting for the identity information asked on {date}: the month starts again when it arrives "
                "(Art. 12(6))",
            ).format(date=format_date(view.identity_requested_on))
        return view.due_rule
    text = limit_text(facts)
    if facts.working_days and not view.forward_term_agreed:
        text += translate("RuleText", " (the setting's {days} working days when it was logged)").format(
            days=facts.working_days
        )
    elif facts.working_days:
        text += translate("RuleText", " (the term agreed in the data processing agreement)")
    if view.due_on is not None and facts.due != view.due_on:
        text += translate("RuleText", " (stored: {date}, computed under earlier holiday settings)").format(
            date=format_date(view.due_on)
        )
    return text

"""The settings the rules leave open, with their defaults (see ../shared/reference/rules.md).

Values are stored per store (the `setting` table) so that every user of a store computes the same
deadlines. Each definition checks its own values; a bad one is refused naming the key.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dpo_desk.errors import InvalidInput


@dataclass(frozen=True)
class SettingDefinition:
    key: str
    default: Any
    label: str
    check: Callable[[Any], bool]
    rule: str


def _int_between(low: int, high: int) -> Callable[[Any], bool]:
    return lambda v: isinstance(v, int) and not isinstance(v, bool) and low <= v <= high


def _one_of(*choices: str) -> Callable[[Any], bool]:
    return lambda v: v in choices


def _boolean(v: Any) -> bool:
    return isinstance(v, bool)


DEFINITIONS: dict[str, SettingDefinition] = {
    d.key: d
    for d in (
        SettingDefinition(
            "requests.identity_clock",
            "restart",
            "When identity information is asked for, the time limit",
            _one_of("restart", "none"),
            "restart: starts again on the day the information arrives (Art. 12(6)); none: keeps the original clock",
        ),
        SettingDefinition(
            "requests.processor_forward_working_days",
            5,
            "A request received as a processor is forwarded to the controller within (working days)",
            _int_between(1, 30),
            "Art. 28(3)(e) says only 'without undue delay' (assist the controller); a term agreed in the data "
            "processing agreement, entered on the request, takes its place",
        ),
        SettingDefinition(
            "requests.due_soon_days", 7, "Days before a request's limit it counts as due soon", _int_between(0, 60), ""
        ),
        SettingDefinition(
            "requests.recipients_days",
            30,
            "Days after a rectification, erasure or restriction to tell its recipients (Art. 19)",
            _int_between(1, 365),
            "",
        ),
        SettingDefinition(
            "holidays.christmas_eve_non_working",
            True,
            "Christmas Eve ends no time limit",
            _boolean,
            "Finnish Time Limits Act 150/1930 §5",
        ),
        SettingDefinition(
            "holidays.midsummer_eve_non_working",
            True,
            "Midsummer Eve ends no time limit",
            _boolean,
            "Finnish Time Limits Act 150/1930 §5",
        ),
        SettingDefinition(
            "register.objection_period_days",
            30,
            "Days customers have to object to a register change",
            _int_between(1, 365),
            "Art. 28(2)",
        ),
        SettingDefinition(
            "reminders.request_days", 7, "Remind me of a request's limit this many days ahead", _int_between(0, 60), ""
        ),
        SettingDefinition(
            "reminders.breach_hours", 24, "Remind me of a breach limit this many hours ahead", _int_between(1, 72), ""
        ),
        SettingDefinition(
            "records.review_months", 12, "Review every processing activity within (months)", _int_between(1, 60), ""
        ),
        SettingDefinition(
            "attachments.max_megabytes", 25, "Largest attachment accepted (MB)", _int_between(1, 1024), ""
        ),
        SettingDefinition(
            "import.max_unpacked_megabytes",
            200,
            "Largest spreadsheet accepted for import, unpacked (MB)",
            _int_between(1, 4096),
            "",
        ),
        SettingDefinition(
            "import.max_rows", 200_000, "Most rows a spreadsheet import reads", _int_between(1, 5_000_000), ""
        ),
        SettingDefinition("lock.idle_minutes", 10, "Lock the window after idle minutes", _int_between(1, 240), ""),
        SettingDefinition("backups.keep", 7, "Daily backups kept", _int_between(1, 365), ""),
        SettingDefinition(
            "retention.closed_case_years", 5, "Closed cases may be purged after (years)", _int_between(1, 50), ""
        ),
    )
}


def definition(key: str) -> SettingDefinition:
    try:
        return DEFINITIONS[key]
    except KeyError:
        known = ", ".join(sorted(DEFINITIONS))
        raise InvalidInput(
            "setting", key, f"is not a setting (known: {known})", code="unknown-setting", values={"known": known}
        ) from None


def stored_or_default(key: str, raw: str | None) -> Any:
    """A setting's value from its stored JSON text, or its default when none is stored."""
    d = definition(key)
    return d.default if raw is None else json.loads(raw)


def validate(key: str, value: Any) -> Any:
    d = definition(key)
    if not d.check(value):
        raise InvalidInput(
            key,
            value,
            f"is not allowed here (default {d.default!r})",
            code="not-allowed-setting",
            values={"default": d.default},
        )
    return value

"""The breach notification rule versions DPO Desk ships (resources/breach-rules.json), read once.

Apart from the breach service so that the deadline overview's provider reads them without it.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache

from dpo_desk.paths import resources_dir
from dpo_desk.rules import breach_clock
from dpo_desk.rules.breach_clock import BreachRule


@lru_cache(maxsize=1)
def rules() -> tuple[BreachRule, ...]:
    """The notification rule versions shipped in resources/breach-rules.json."""
    with open(resources_dir() / "breach-rules.json", encoding="utf-8") as f:
        return tuple(breach_clock.parse_rules(json.load(f)))


def rule_for(aware_at: dt.datetime) -> BreachRule:
    return breach_clock.rule_for(rules(), aware_at)

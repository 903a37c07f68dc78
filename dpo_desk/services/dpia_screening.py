"""Screening against the WP248 criteria and the Ombudsman's list, shipped as `resources/dpia-list.json`.

Apart from `services/dpia.py` (which records assessments and needs the records service) so that the
records service can tell whether an activity needs an assessment without importing it back.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache

from dpo_desk.paths import resources_dir
from dpo_desk.rules import dpia as rules

LIST_FILE = "dpia-list.json"


@lru_cache(maxsize=1)
def screening_list() -> rules.ScreeningList:
    with open(resources_dir() / LIST_FILE, encoding="utf-8") as f:
        return rules.parse_list(json.load(f))


def screen_criteria(criteria: Sequence[str]) -> rules.Screening:
    return rules.screen(criteria, screening_list())


def parse_criteria(text: str | Sequence[str] | None) -> list[str]:
    raw = text.split(",") if isinstance(text, str) else list(text or [])
    return list(rules.normalise_criteria(raw, screening_list()))

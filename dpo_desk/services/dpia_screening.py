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
from dpo_desk.store.models.records import ProcessingActivity

LIST_FILE = "dpia-list.json"


@lru_cache(maxsize=1)
def screening_list() -> rules.ScreeningList:
    with open(resources_dir() / LIST_FILE, encoding="utf-8") as f:
        return rules.parse_list(json.load(f))


def screen_criteria(criteria: Sequence[str], recorded: rules.RecordedData | None = None) -> rules.Screening:
    return rules.screen(criteria, screening_list(), recorded)


def recorded_data(activity: ProcessingActivity) -> rules.RecordedData:
    """What the activity's record says about its data, which the screening counts without a tick."""
    return rules.RecordedData(
        tuple(activity.data_categories), tuple(activity.special_categories), tuple(activity.criminal_categories)
    )


def screen_activity_row(activity: ProcessingActivity) -> rules.Screening:
    return screen_criteria(activity.dpia_criteria, recorded_data(activity))


def parse_criteria(text: str | Sequence[str] | None) -> list[str]:
    raw = text.split(",") if isinstance(text, str) else list(text or [])
    return list(rules.normalise_criteria(raw, screening_list()))

"""Report labels per language, from `reports/<report>/<lang>.json`: a translation is a data change."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from dpo_desk.domain.languages import LANGUAGES, check_language
from dpo_desk.paths import reports_dir

__all__ = ["LANGUAGES", "Labels", "check_language", "labels"]


class Labels(dict[str, Any]):
    """A report's labels; a missing key is a bug in the label files, reported by its name."""

    def __init__(self, report: str, lang: str, values: dict[str, Any]) -> None:
        super().__init__(values)
        self.report, self.lang = report, lang

    def __missing__(self, key: str) -> str:
        raise KeyError(f"label {key!r} is missing from reports/{self.report}/{self.lang}.json")


@lru_cache(maxsize=64)
def _load(report: str, lang: str) -> dict[str, Any]:
    path = reports_dir() / report / f"{lang}.json"
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def labels(report: str, lang: str) -> Labels:
    return Labels(report, check_language(lang), _load(report, lang))

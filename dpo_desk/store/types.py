"""Column types that keep time zones and lists honest on SQLite."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Text
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator[dt.datetime]):
    """An aware datetime stored as UTC ISO 8601 text, so ordering and comparisons work in SQL."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are refused: every stored time carries its zone")
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def process_result_value(self, value: str | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(dt.UTC)


class StringList(TypeDecorator[list[str]]):
    """A list of short strings (country codes, categories) kept as a JSON array."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: list[str] | None, dialect: Any) -> str:
        return json.dumps(list(value or []), ensure_ascii=False)

    def process_result_value(self, value: str | None, dialect: Any) -> list[str]:
        return list(json.loads(value)) if value else []

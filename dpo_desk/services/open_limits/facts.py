"""The two store facts the providers need, read through the Core: the organisation's zone and a setting."""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import Connection, Select, bindparam, select

from dpo_desk import settings as definitions
from dpo_desk.services.open_limits.tables import organisation, setting


@cache
def _queries() -> tuple[Select[Any], Select[Any]]:
    """Built once: building a statement (and its cache key) cost as much as running it on every refresh."""
    return (
        select(organisation.c.timezone).where(organisation.c.id == 1),
        select(setting.c.value).where(setting.c.key == bindparam("key")),
    )


def timezone(rows: Connection) -> str | None:
    """The organisation's time zone; None when the store has no organisation row yet (the service makes it)."""
    return rows.execute(_queries()[0]).scalar()


def stored_setting(rows: Connection, key: str) -> Any:
    raw = rows.execute(_queries()[1], {"key": key}).scalar()
    return definitions.stored_or_default(key, raw)

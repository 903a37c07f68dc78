"""The two store facts the providers need, read through the Core: the organisation's zone and a setting."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from dpo_desk import settings as definitions
from dpo_desk.services.open_limits.tables import organisation, setting


def timezone(rows: Connection) -> str | None:
    """The organisation's time zone; None when the store has no organisation row yet (the service makes it)."""
    return rows.execute(select(organisation.c.timezone).where(organisation.c.id == 1)).scalar()


def stored_setting(rows: Connection, key: str) -> Any:
    raw = rows.execute(select(setting.c.value).where(setting.c.key == key)).scalar()
    return definitions.stored_or_default(key, raw)

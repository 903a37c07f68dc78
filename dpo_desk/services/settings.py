"""Reading and changing the store's settings."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpo_desk import settings as definitions
from dpo_desk.store.models import Setting

MEMO = "settings.memo"  # session.info: a bulk writer's settings (and what it derives from them), read once


def get(session: Session, key: str) -> Any:
    memo = session.info.get(MEMO)
    if memo is not None and key in memo:
        return memo[key]
    definitions.definition(key)  # an unknown key is refused before the store is asked
    raw = session.scalar(select(Setting.value).where(Setting.key == key))
    value = definitions.stored_or_default(key, raw)
    if memo is not None:
        memo[key] = value
    return value


def all_settings(session: Session) -> dict[str, Any]:
    stored = {row.key: json.loads(row.value) for row in session.scalars(select(Setting))}
    return {key: stored.get(key, d.default) for key, d in definitions.DEFINITIONS.items()}


def put(session: Session, key: str, value: Any) -> None:
    definitions.validate(key, value)
    session.info.get(MEMO, {}).clear()
    row = session.get(Setting, key)
    text = json.dumps(value)
    if row is None:
        session.add(Setting(key=key, value=text))
    elif row.value != text:
        row.value = text
    session.flush()

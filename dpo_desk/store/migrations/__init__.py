"""Schema upgrades: one Alembic revision per schema change, applied when a store is opened.

`REVISIONS` lists every revision in order, so opening a store can tell an old schema from one
newer than this code without importing Alembic (a test checks it against Alembic's own scripts).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

REVISIONS = [
    "0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011", "0012", "0013", "0014",
    "0015",
]  # fmt: skip
HEAD = REVISIONS[-1]

SCRIPT_LOCATION = Path(__file__).resolve().parent


def alembic_config(connection: Any = None) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Any, target: str = "head") -> None:
    """Upgrade through the keyed engine (an unkeyed connection would fail or write plaintext)."""
    from alembic import command

    with engine.execution_options(dpo_write=True).begin() as connection:
        command.upgrade(alembic_config(connection), target)

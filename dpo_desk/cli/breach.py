"""Command group placeholder: filled in by its issue."""

from __future__ import annotations

from typing import Any


def register(commands: Any, reports: Any) -> None:
    """Adds this module's commands and report kinds (none yet)."""

"""Window tests speak English with its plural forms, and keep window preferences in a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session", autouse=True)
def english_window(qapp) -> None:
    from dpo_desk.ui import i18n

    i18n.install("en")


@pytest.fixture(autouse=True)
def window_preferences(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's config folder (the window language lives there), never the real one."""
    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder

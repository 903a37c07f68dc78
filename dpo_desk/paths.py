"""Where DPO Desk finds its shipped data and keeps the user's store.

`resources/` and `reports/` sit beside the package in a checkout and inside it once installed
(pyproject force-includes them), so both layouts are looked up.
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent

APP_NAME = "DPO Desk"
APP_SLUG = "dpo-desk"
STORE_ENV = "DPO_DESK_STORE"
DEFAULT_STORE_NAME = "store.dpodesk"


def _shipped(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"DPO Desk's {name}/ folder is missing from the installation")


def resources_dir() -> Path:
    return _shipped("resources")


def reports_dir() -> Path:
    return _shipped("reports")


def user_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_SLUG, appauthor=False))


def user_config_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_SLUG, appauthor=False))


def default_store_path() -> Path:
    env = os.environ.get(STORE_ENV)
    if env:
        return Path(env).expanduser()
    return user_data_dir() / DEFAULT_STORE_NAME


def demo_store_path() -> Path:
    return user_data_dir() / "demo.dpodesk"

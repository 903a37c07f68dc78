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
# Every temporary folder DPO Desk makes (viewer copies, print previews) starts with this, so that a
# start-up after a crash finds and removes them all. Older releases used the other two.
TEMP_PREFIX = "dpo-desk-tmp-"
_OLDER_TEMP_PREFIXES = ("dpo-desk-open-", "dpo-desk-print-")


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


def private_temp_folder(purpose: str, base: str | os.PathLike[str] | None = None) -> Path:
    """A new folder only this user can enter, named `dpo-desk-tmp-<purpose>-*`, for plaintext that must not last."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{purpose}-", dir=base))
    os.chmod(folder, 0o700)
    return folder


def remove_stale_temp_folders(base: str | os.PathLike[str] | None = None, keep: tuple[Path, ...] = ()) -> int:
    """Removes every temporary folder an earlier run left (a crash, a kill); only this user's, only ours by name."""
    import shutil
    import tempfile

    base = Path(base) if base else Path(tempfile.gettempdir())
    uid = getattr(os, "getuid", lambda: None)()
    removed = 0
    for prefix in (TEMP_PREFIX, *_OLDER_TEMP_PREFIXES):
        for folder in base.glob(f"{prefix}*"):
            try:
                ours = folder.is_dir() and not folder.is_symlink() and uid in (None, folder.stat().st_uid)
            except OSError:
                continue
            if ours and folder not in keep:
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
    return removed

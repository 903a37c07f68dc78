"""`main.py --screenshot` renders every page with no display, and a missing display is one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("page", ["home", "settings"])
def test_screenshot_of_the_demo_store(tmp_path: Path, page: str) -> None:
    shot = tmp_path / f"{page}.png"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--demo",
            "--store",
            str(tmp_path / "demo.dpodesk"),
            "--page",
            page,
            "--screenshot",
            str(shot),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1440, 900)


def test_no_display_says_what_to_do(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--store", str(tmp_path / "x.dpodesk")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 2
    assert "xvfb-run" in done.stderr and len(done.stderr.strip().splitlines()) == 1

"""`main.py --screenshot` renders every page with no display, of a file or a server store, and a missing display
is one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

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


def _main_py(*args: str, env: dict[str, str], cwd: Path, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=timeout,
    )


def test_screenshot_of_a_server_store(tmp_path: Path, pg_cluster, pg_database) -> None:
    """Team mode from the command line: `--store URL` opens the server's store, the password from the environment."""
    shot = tmp_path / "requests.png"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["DPO_DESK_PASSPHRASE"] = PASSPHRASE
    url = pg_cluster.url(pg_database)
    done = _main_py("--store", url, "--page", "requests", "--screenshot", str(shot), env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    from PySide6.QtGui import QImage

    assert QImage(str(shot)).width() == 1440


def test_the_demo_is_a_file_and_a_server_url_is_refused_in_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    url = "postgresql://dpo@127.0.0.1:1/office"  # refused before anything connects to it
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    done = _main_py(
        "--demo", "--store", url, "--screenshot", str(tmp_path / "x.png"), env=env, cwd=tmp_path, timeout=60
    )
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "--demo makes a demo store file" in done.stderr and "demo`" in done.stderr
    assert list(tmp_path.iterdir()) == []  # no file made where it runs, named after the URL

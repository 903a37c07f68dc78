"""An installed (non-editable) DPO Desk finds its shipped resources, report labels and window translations."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_ships_resources_and_reports(tmp_path: Path) -> None:
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    wheel = next(tmp_path.glob("dpo_desk-*.whl"))
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    probe = (
        "import dpo_desk, dpo_desk.paths as p; "
        "assert 'site' in dpo_desk.__file__, dpo_desk.__file__; "
        "assert (p.resources_dir() / 'fonts' / 'DejaVuSans.ttf').is_file(); "
        "assert (p.resources_dir() / 'export-schema.json').is_file(); "
        "assert p.reports_dir().is_dir(); "
        "assert (p.reports_dir()).parent.name == 'dpo_desk'; "
        "from dpo_desk.ui.i18n import TRANSLATIONS_DIR as t; "
        "assert all((t / f'dpo_desk_{lang}.qm').is_file() for lang in ('fi', 'sv', 'en')); print('ok')"
    )
    env = dict(os.environ, PYTHONPATH=str(target))
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert done.stdout.strip() == "ok", done.stderr

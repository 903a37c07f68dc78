"""Two writers wait for each other; a store held too long gives a clear message."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from dpo_desk.services import organisation
from tests.conftest import PASSPHRASE


def _hold_write_lock(store, seconds: float, started: threading.Event) -> None:
    raw = store.raw_connection()
    try:
        raw.driver_connection.execute("BEGIN IMMEDIATE")
        started.set()
        time.sleep(seconds)
        raw.driver_connection.execute("COMMIT")
    finally:
        raw.close()


def _cli(store_path: Path, *args: str, timeout: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DPO_DESK_PASSPHRASE=PASSPHRASE, DPO_DESK_BUSY_TIMEOUT=timeout)
    return subprocess.run(
        [sys.executable, "-m", "dpo_desk", "--store", str(store_path), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_a_writer_waits_for_another_and_then_succeeds(store, store_path: Path) -> None:
    started = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(store, 1.5, started))
    holder.start()
    started.wait()
    done = _cli(store_path, "org", "set", "--name", "Waited Oy", timeout="20")
    holder.join()
    assert done.returncode == 0, done.stderr
    with store.read() as session:
        assert organisation.get(session).name == "Waited Oy"


def test_a_store_held_too_long_gives_one_clear_line(store, store_path: Path) -> None:
    started = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(store, 4, started))
    holder.start()
    started.wait()
    done = _cli(store_path, "org", "set", "--name", "Impatient Oy", timeout="0.5")
    holder.join()
    assert done.returncode != 0
    assert "busy" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    with store.read() as session:
        assert organisation.get(session).name != "Impatient Oy"

"""Two writers wait for each other; a store held too long gives a clear message. On both engines: the file's
write lock is SQLite's (BEGIN IMMEDIATE), the server's an advisory lock every writing transaction takes.

The lock is held until something has happened (the other process has the store open, or has given up),
never for a fixed time, so a busy machine makes these tests slower, never different.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from dpo_desk.services import organisation
from dpo_desk.store.server import WRITE_LOCK
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.both_engines


def _hold_write_lock(store, started: threading.Event, release: threading.Event) -> None:
    raw = store.raw_connection()
    try:
        if store.is_server:
            raw.driver_connection.execute(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")  # until the commit
        else:
            raw.driver_connection.execute("BEGIN IMMEDIATE")
        started.set()
        release.wait(120)
        if store.is_server:
            raw.driver_connection.commit()
        else:
            raw.driver_connection.execute("COMMIT")
    finally:
        raw.close()


def _cli(store_path, *args: str, timeout: str) -> subprocess.Popen[str]:
    env = dict(os.environ, DPO_DESK_PASSPHRASE=PASSPHRASE, DPO_DESK_BUSY_TIMEOUT=timeout)
    return subprocess.Popen(
        [sys.executable, "-m", "dpo_desk", "--store", str(store_path), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _is_waiting(process: subprocess.Popen[str], store, store_path) -> bool:
    """The command is past start-up and at the store: it has the file open, or waits for the server's lock."""
    if store.is_server:
        with store.engine.connect() as conn:
            waiting = conn.execute(text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"))
            return waiting.scalar() > 0 or process.poll() is not None
    folder = Path(f"/proc/{process.pid}/fd")
    try:
        return any(os.path.realpath(fd) == str(Path(store_path).resolve()) for fd in folder.iterdir())
    except OSError:  # the process is gone, or a descriptor closed while we looked
        return process.poll() is not None


def test_a_writer_waits_for_another_and_then_succeeds(store, store_path) -> None:
    started, release = threading.Event(), threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(store, started, release))
    holder.start()
    started.wait()
    process = _cli(store_path, "org", "set", "--name", "Waited Oy", timeout="60")
    while not _is_waiting(process, store, store_path):  # the command is past start-up and at the store
        release.wait(0.05)
    assert process.poll() is None  # it is waiting for the lock, not done without it
    release.set()
    _out, err = process.communicate(timeout=120)
    holder.join()
    assert process.returncode == 0, err
    with store.read() as session:
        assert organisation.get(session).name == "Waited Oy"


def test_a_store_held_too_long_gives_one_clear_line(store, store_path) -> None:
    started, release = threading.Event(), threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(store, started, release))
    holder.start()
    started.wait()
    process = _cli(store_path, "org", "set", "--name", "Impatient Oy", timeout="0.5")
    _out, err = process.communicate(timeout=120)  # the lock is held until the command gives up
    release.set()
    holder.join()
    assert process.returncode != 0
    assert "busy" in err and len(err.strip().splitlines()) == 1
    with store.read() as session:
        assert organisation.get(session).name != "Impatient Oy"

"""kill -9 at random moments keeps every committed change; two processes write side by side."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from dpo_desk.services import attachments, audit_trail
from dpo_desk.store import Store, keying
from dpo_desk.store.backup import integrity_problems
from tests.conftest import PASSPHRASE

# Commits attachments in a loop and prints each reference only once its transaction has committed.
WRITER = """
import sys
from dpo_desk.services import attachments
from dpo_desk.store import Store

store = Store.open(sys.argv[1], sys.argv[2], actor=sys.argv[3])
payload = bytes(range(256)) * 64
for n in range(int(sys.argv[4])):
    with store.write() as session:
        view = attachments.add(session, sys.argv[5], f"n{n}.bin", payload + str(n).encode())
    print(view.reference, flush=True)
store.close()
"""


def _writer(store_path: Path, name: str, count: int, case: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(store_path), PASSPHRASE, name, str(count), case],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )


def _committed(process: subprocess.Popen[str], lines: list[str]) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        lines.append(line.strip())


def _check_store(store_path: Path, expected: set[str]) -> None:
    conn = keying.connect(store_path, PASSPHRASE)
    try:
        assert integrity_problems(conn) == []
    finally:
        conn.close()
    with Store.open(store_path, PASSPHRASE) as store, store.read() as session:
        stored = {v.reference for v in attachments.list_for(session, "DSR-2026-0001")}
        assert expected <= stored, sorted(expected - stored)
        for reference in expected:
            attachments.content(session, reference)  # the bytes match their hash
        assert audit_trail.verify(session).ok


def test_kill_9_at_random_moments_keeps_every_committed_change(store_path: Path) -> None:
    rng = random.Random(20260401)
    committed: set[str] = set()
    for _ in range(6):
        process = _writer(store_path, "crash-writer", 100000, "DSR-2026-0001")
        lines: list[str] = []
        reader = threading.Thread(target=_committed, args=(process, lines))
        reader.start()
        time.sleep(rng.uniform(0.5, 1.6))
        process.send_signal(signal.SIGKILL)
        process.wait()
        reader.join()
        committed |= set(lines)
        _check_store(store_path, committed)
    assert committed  # the writer got far enough to commit something


def test_two_processes_writing_at_the_same_time_both_keep_every_change(store_path: Path) -> None:
    writers = [_writer(store_path, f"writer-{n}", 25, "DSR-2026-0001") for n in range(2)]
    outputs = [w.communicate(timeout=120) for w in writers]
    for writer, (_out, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, err
    references = [line for out, _ in outputs for line in out.split()]
    assert len(references) == len(set(references)) == 50
    _check_store(store_path, set(references))
    with Store.open(store_path, PASSPHRASE) as store, store.read() as session:
        actors = {e.actor for e in audit_trail.fetch(session, 0, 100)}
    assert actors == {"writer-0", "writer-1"}

"""kill -9 at moments chosen by what the writer has done keeps every committed change; two writers side by side.
On both engines: on the server a killed client's transaction is rolled back and its write lock let go.

The writer reports on a pipe before each write starts and after it commits, and the test kills on those
reports, never after a fixed sleep: a busy machine makes the run slower, never different.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys

import pytest

from dpo_desk.services import attachments, audit_trail
from dpo_desk.store import Store, keying
from dpo_desk.store.backup import integrity_problems
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.both_engines

# Commits attachments in a loop: "writing N" before each transaction, the reference once it has committed.
WRITER = """
import sys
from dpo_desk.services import attachments
from dpo_desk.store import Store

store = Store.open(sys.argv[1], sys.argv[2], actor=sys.argv[3])
payload = bytes(range(256)) * 64
for n in range(int(sys.argv[4])):
    print(f"writing {n}", flush=True)
    with store.write() as session:
        view = attachments.add(session, sys.argv[5], f"n{n}.bin", payload + str(n).encode())
    print(view.reference, flush=True)
store.close()
"""


def _writer(store_path, name: str, count: int, case: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(store_path), PASSPHRASE, name, str(count), case],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )


def _references(lines: list[str]) -> set[str]:
    return {line for line in lines if line and not line.startswith("writing ")}


def _kill_when(process: subprocess.Popen[str], commits: int, in_flight: bool) -> set[str]:
    """Kills the writer after `commits` commits, or as soon as the write after them has started."""
    assert process.stdout is not None
    lines: list[str] = []
    for line in process.stdout:
        lines.append(line.strip())
        done = len(_references(lines))
        if done >= commits and (not in_flight or lines[-1].startswith("writing ")):
            break
    process.send_signal(signal.SIGKILL)
    process.wait()
    lines.extend(rest.strip() for rest in process.stdout)  # committed and reported before the kill landed
    return _references(lines)


def _check_store(store_path, expected: set[str]) -> None:
    if not isinstance(store_path, str):  # the file's pages; the server keeps its own
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


def test_kill_9_after_commits_and_during_a_write_keeps_every_committed_change(store_path) -> None:
    rng = random.Random(20260401)
    committed: set[str] = set()
    for round_ in range(6):
        process = _writer(store_path, "crash-writer", 100000, "DSR-2026-0001")
        # Even rounds kill between two writes, odd ones while a write is in flight.
        committed |= _kill_when(process, commits=rng.randint(1, 8), in_flight=round_ % 2 == 1)
        _check_store(store_path, committed)
    assert len(committed) >= 6  # each round committed at least once before its kill


def test_two_processes_writing_at_the_same_time_both_keep_every_change(store_path) -> None:
    writers = [_writer(store_path, f"writer-{n}", 25, "DSR-2026-0001") for n in range(2)]
    outputs = [w.communicate(timeout=120) for w in writers]
    for writer, (_out, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, err
    references = [line for out, _ in outputs for line in out.splitlines() if line and not line.startswith("writing ")]
    assert len(references) == len(set(references)) == 50
    _check_store(store_path, set(references))
    with Store.open(store_path, PASSPHRASE) as store, store.read() as session:
        actors = {e.actor.split(" as ")[0] for e in audit_trail.fetch(session, 0, 100)}  # "as" the server's user
    assert actors == {"writer-0", "writer-1"}

"""Changing the passphrase: a verified copy under the new key, renamed in; any interruption keeps the old one."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from dpo_desk.errors import WrongPassphrase
from dpo_desk.services import audit_trail, organisation
from dpo_desk.store import Store, keying
from dpo_desk.store.backup import StoreInUse, integrity_problems
from dpo_desk.store.rekey import change_passphrase
from tests.conftest import PASSPHRASE

NEW = "a new passphrase, ÅÄÖ 'quoted' \"too\""


def _opens_with(path: Path, passphrase: str) -> bool:
    try:
        conn = keying.connect(path, passphrase)
    except WrongPassphrase:
        return False
    try:
        assert integrity_problems(conn) == []
    finally:
        conn.close()
    return True


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") or p.name.endswith("-journal"))


def test_rekey_command_changes_the_passphrase_and_keeps_everything(cli, store_path: Path) -> None:
    cli("org", "set", "--name", "Rekeyed Oy")
    done = cli("rekey", env={"DPO_DESK_NEW_PASSPHRASE": NEW})
    assert "Passphrase changed" in done.out
    assert not _opens_with(store_path, PASSPHRASE)
    assert _opens_with(store_path, NEW)
    with Store.open(store_path, NEW) as store, store.read() as session:
        assert organisation.get(session).name == "Rekeyed Oy"
        assert audit_trail.verify(session).ok
        newest = audit_trail.fetch(session, 0, 1)[0]
        assert (newest.action, newest.record) == ("rekey", "store")
    with Store.open(store_path, NEW) as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall() == []
    assert _leftovers(store_path.parent) == []
    assert store_path.stat().st_mode & 0o077 == 0


def test_rekey_refuses_a_short_new_passphrase_and_changes_nothing(cli, store_path: Path) -> None:
    before = store_path.read_bytes()
    failed = cli("rekey", env={"DPO_DESK_NEW_PASSPHRASE": "short"}, ok=False)
    assert "passphrase" in failed.err
    assert store_path.read_bytes() == before


def test_rekey_asks_twice_on_a_terminal_and_refuses_a_mismatch(cli, store_path: Path, monkeypatch) -> None:
    import getpass

    class Terminal:
        def isatty(self) -> bool:
            return True

    answers = iter(["first new passphrase", "second new passphrase"])
    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    monkeypatch.delenv("DPO_DESK_NEW_PASSPHRASE", raising=False)
    failed = cli("rekey", ok=False)
    assert "differ" in failed.err
    assert _opens_with(store_path, PASSPHRASE)


def test_an_interruption_before_the_rename_leaves_the_old_passphrase_working(store, store_path: Path) -> None:
    with store.write() as session:
        organisation.update(session, name="Interrupted Oy")

    def power_cut() -> None:
        raise OSError("simulated crash just before the rename")

    with pytest.raises(OSError, match="simulated"):
        change_passphrase(store, NEW, before_replace=power_cut)
    assert not store.is_open
    assert _opens_with(store_path, PASSPHRASE)
    assert not _opens_with(store_path, NEW)
    assert _leftovers(store_path.parent) == []
    with Store.open(store_path, PASSPHRASE) as reopened:
        with reopened.read() as session:
            assert organisation.get(session).name == "Interrupted Oy"
        with reopened.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_rekey_refuses_while_another_connection_has_the_store(store, store_path: Path) -> None:
    other = Store.open(store_path, PASSPHRASE)
    try:
        with other.read() as session:
            organisation.get(session)
        with pytest.raises(StoreInUse):
            change_passphrase(store, NEW)
    finally:
        other.close()
    assert _opens_with(store_path, PASSPHRASE)


# Rekeys the store, reporting each stage on a pipe; at "swapping" it waits (on stdin) to be killed or let go.
REKEYER = """
import sys
from dpo_desk.store import Store
from dpo_desk.store.rekey import change_passphrase

def at_swap():
    print("swapping", flush=True)
    sys.stdin.readline()

store = Store.open(sys.argv[1], sys.argv[2])
print("copying", flush=True)
change_passphrase(store, sys.argv[3], before_replace=at_swap).close()
print("done", flush=True)
"""


def test_rekey_killed_at_each_stage_leaves_one_working_passphrase(store_path: Path) -> None:
    """kill -9 during a rekey, at stages the rekey reports: the store opens with the old or new passphrase."""
    current = PASSPHRASE
    # While copying (in flight), just before the new file is renamed in, and after it was.
    for stage in ("copying", "swapping", "done", "copying", "swapping", "done"):
        new = NEW if current == PASSPHRASE else PASSPHRASE
        process = subprocess.Popen(
            [sys.executable, "-c", REKEYER, str(store_path), current, new],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert process.stdout is not None and process.stdin is not None
        for line in process.stdout:
            if line.strip() == stage:
                break
            if line.strip() == "swapping":  # not this round's stage: let the rekey go on
                process.stdin.write("\n")
                process.stdin.flush()
        process.send_signal(signal.SIGKILL)
        process.wait()
        old_ok = _opens_with(store_path, current)
        new_ok = _opens_with(store_path, new)
        assert old_ok != new_ok
        assert new_ok == (stage == "done")  # only a finished rekey changes the passphrase
        if new_ok:
            current = new
        with Store.open(store_path, current) as reopened, reopened.read() as session:
            assert audit_trail.verify(session).ok


def test_a_store_left_in_rollback_mode_by_an_interruption_gets_wal_back_on_opening(store_path: Path) -> None:
    conn = keying.connect(store_path, PASSPHRASE)
    assert conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    conn.close()
    with Store.open(store_path, PASSPHRASE) as store, store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_rekey_refuses_while_another_process_has_the_store_open(store, store_path: Path) -> None:
    """An idle connection in another process (a second window) keeps the store; nothing is changed."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\nfrom dpo_desk.store import Store\nfrom dpo_desk.services import organisation\n"
            "s = Store.open(sys.argv[1], sys.argv[2])\n"
            "with s.read() as session: organisation.get(session)\n"
            "print('ready', flush=True)\nsys.stdin.read()\ns.close()\n",
            str(store_path),
            PASSPHRASE,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreInUse):
            change_passphrase(store, NEW)
    finally:
        holder.communicate("", timeout=30)
    assert _opens_with(store_path, PASSPHRASE) and not _opens_with(store_path, NEW)

"""Backups are consistent while others write; a restore is checked before it replaces anything."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from dpo_desk.errors import InvalidInput, NotAStore, StoreTooNew, WrongPassphrase
from dpo_desk.services import audit_trail, organisation
from dpo_desk.store import Store, keying
from dpo_desk.store.backup import StoreInUse, check_store_file, daily_backup, make_backup, restore
from tests.conftest import PASSPHRASE
from tests.safety.test_rekey import another_process_holding


def _name(store: Store) -> str:
    with store.read() as session:
        return organisation.get(session).name


def test_backup_while_another_connection_writes_is_consistent(store, store_path: Path, tmp_path: Path) -> None:
    """A writer commits in a loop on its own connection; every copy is sound and its chain verifies."""
    stop = threading.Event()
    writer = Store.open(store_path, PASSPHRASE, actor="writer")
    errors: list[BaseException] = []

    def write_loop() -> None:
        n = 0
        try:
            while not stop.is_set():
                n += 1
                with writer.write() as session:
                    organisation.update(session, address=f"Street {n}")
        except BaseException as exc:  # asserted below
            errors.append(exc)

    thread = threading.Thread(target=write_loop)
    thread.start()
    try:
        copies = [make_backup(store, tmp_path / f"copy-{i}.dpodesk", PASSPHRASE) for i in range(4)]
    finally:
        stop.set()
        thread.join()
        writer.close()
    assert errors == []
    sizes = []
    for copy in copies:
        check_store_file(copy, PASSPHRASE)  # both integrity checks, schema known
        assert copy.stat().st_mode & 0o077 == 0
        with Store.open(copy, PASSPHRASE) as opened, opened.read() as session:
            assert audit_trail.verify(session).ok
            sizes.append(audit_trail.count(session))
    assert sizes == sorted(sizes) and sizes[-1] > 0


def test_backup_command_while_the_window_holds_the_store(store, store_path: Path, tmp_path: Path) -> None:
    with store.write() as session:
        organisation.update(session, name="Held Open Oy")
    held = store.raw_connection()  # like the window: a connection open on the store, mid-read
    held.driver_connection.execute("BEGIN")
    held.driver_connection.execute("SELECT count(*) FROM audit_log").fetchone()
    try:
        env = dict(os.environ, DPO_DESK_PASSPHRASE=PASSPHRASE)
        done = subprocess.run(
            [sys.executable, "-m", "dpo_desk", "--store", str(store_path), "backup", str(tmp_path / "b.dpodesk")],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
    finally:
        held.driver_connection.execute("COMMIT")
        held.close()
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == str(tmp_path / "b.dpodesk")
    with Store.open(tmp_path / "b.dpodesk", PASSPHRASE) as copy:
        assert _name(copy) == "Held Open Oy"


@pytest.mark.parametrize("where", ["store", "missing-folder"])
def test_backup_refuses_bad_targets(cli, store_path: Path, where: str) -> None:
    target = store_path if where == "store" else store_path.parent / "no" / "such" / "x.dpodesk"
    before = store_path.read_bytes()
    failed = cli("backup", target, ok=False)
    assert "output file" in failed.err  # the one guard every writer uses (dpo_desk.outputs)
    assert store_path.read_bytes() == before


def test_backup_into_a_folder_gets_a_dated_name(cli, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    made = Path(cli("backup", folder).last_line)
    assert made.parent == folder and made.name.startswith("store-backup-")
    check_store_file(made, PASSPHRASE)


def test_restore_brings_back_the_backup_and_keeps_the_replaced_content(store, tmp_path: Path) -> None:
    with store.write() as session:
        organisation.update(session, name="Backed Up Oy")
    backup = make_backup(store, tmp_path / "b.dpodesk", PASSPHRASE)
    with store.write() as session:
        organisation.update(session, name="Changed Later Oy")
    restored, safety = restore(store, backup, PASSPHRASE)
    try:
        assert not store.is_open
        assert _name(restored) == "Backed Up Oy"
        with restored.read() as session:
            newest = audit_trail.fetch(session, 0, 1)[0]
            assert (newest.action, newest.record) == ("restore", "store")
            assert audit_trail.verify(session).ok
    finally:
        restored.close()
    with Store.open(safety, PASSPHRASE) as previous:
        assert _name(previous) == "Changed Later Oy"


def _damaged_copy(backup: Path, tmp_path: Path) -> Path:
    # A byte in a page of table data: its HMAC no longer matches. (A damaged schema page would look
    # exactly like a wrong passphrase, which SECURITY.md explains; that is not what this tests.)
    conn = keying.connect(backup, PASSPHRASE)
    page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'organisation'").fetchone()[0]
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    conn.close()
    data = bytearray(backup.read_bytes())
    data[(page - 1) * page_size + 100] ^= 0xFF
    damaged = tmp_path / "damaged.dpodesk"
    damaged.write_bytes(bytes(data))
    return damaged


def _too_new_copy(backup: Path, tmp_path: Path) -> Path:
    newer = tmp_path / "newer.dpodesk"
    newer.write_bytes(backup.read_bytes())
    conn = keying.connect(newer, PASSPHRASE)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    return newer


@pytest.mark.parametrize(
    ("kind", "error"),
    [
        ("wrong-passphrase", WrongPassphrase),
        ("damaged", NotAStore),
        ("too-new", StoreTooNew),
        ("missing", InvalidInput),
    ],
)
def test_a_bad_backup_is_refused_and_nothing_is_replaced(store, store_path: Path, tmp_path: Path, kind, error) -> None:
    with store.write() as session:
        organisation.update(session, name="Current Oy")
    backup = make_backup(store, tmp_path / "b.dpodesk", PASSPHRASE)
    source, passphrase = backup, PASSPHRASE
    if kind == "wrong-passphrase":
        passphrase = "not the backup's passphrase"
    elif kind == "damaged":
        source = _damaged_copy(backup, tmp_path)
    elif kind == "too-new":
        source = _too_new_copy(backup, tmp_path)
    else:
        source = tmp_path / "nothing-here.dpodesk"
    files_before = sorted(p.name for p in store_path.parent.iterdir())
    with pytest.raises(error):
        restore(store, source, passphrase)
    assert store.is_open  # refused before anything was touched
    assert _name(store) == "Current Oy"
    assert sorted(p.name for p in store_path.parent.iterdir()) == files_before


def test_restore_refuses_while_another_process_has_the_store(store, store_path: Path, tmp_path: Path) -> None:
    """A second window (another process) holding the store open: the restore refuses and changes nothing."""
    backup = make_backup(store, tmp_path / "b.dpodesk", PASSPHRASE)
    with another_process_holding(store_path), pytest.raises(StoreInUse):
        restore(store, backup, PASSPHRASE)
    assert not list(store_path.parent.glob("*before-restore*")) and not list(store_path.parent.glob(".*restoring*"))
    with Store.open(store_path, PASSPHRASE) as reopened, reopened.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_restore_command(cli, store_path: Path, tmp_path: Path) -> None:
    cli("org", "set", "--name", "Command Backup Oy")
    backup = tmp_path / "cmd.dpodesk"
    cli("backup", backup)
    cli("org", "set", "--name", "Overwritten Oy")
    cli("restore", backup)
    assert cli("org", "show", "--json").json()["name"] == "Command Backup Oy"
    assert cli("audit", "verify").code == 0


def test_daily_backup_once_a_day_keeping_the_newest(store) -> None:
    start = dt.date(2026, 3, 1)
    made = [daily_backup(store, keep=3, today=start + dt.timedelta(days=n)) for n in range(5)]
    assert all(made)
    assert daily_backup(store, keep=3, today=start + dt.timedelta(days=4)) is None  # once a day
    folder = made[0].parent
    assert folder.stat().st_mode & 0o077 == 0
    kept = sorted(p.name for p in folder.iterdir())
    assert kept == [f"store-daily-2026-03-0{d}.dpodesk" for d in (3, 4, 5)]
    check_store_file(folder / kept[-1], PASSPHRASE)


def test_restore_where_the_store_was_lost(cli, store_path: Path, tmp_path: Path) -> None:
    cli("org", "set", "--name", "Lost And Found Oy")
    backup = tmp_path / "kept.dpodesk"
    cli("backup", backup)
    for f in list(store_path.parent.glob("store.dpodesk*")):
        f.unlink()
    done = cli("restore", backup)
    assert "now the store" in done.out
    assert cli("org", "show", "--json").json()["name"] == "Lost And Found Oy"
    assert store_path.stat().st_mode & 0o077 == 0


def test_damage_to_page_one_looks_like_a_wrong_passphrase(store, store_path: Path) -> None:
    """As SECURITY.md says: SQLCipher cannot tell a damaged first page from a wrong key."""
    store.close()
    data = bytearray(store_path.read_bytes())
    data[100] ^= 0xFF
    store_path.write_bytes(bytes(data))
    with pytest.raises(WrongPassphrase):
        Store.open(store_path, PASSPHRASE)


def test_a_path_ending_in_a_slash_is_a_folder_made_for_the_copy(cli, tmp_path: Path) -> None:
    """Issue 15: `dpo-desk backup ~/backups/` with no such folder made a file called `backups`."""
    folder = tmp_path / "new" / "backups"
    made = Path(cli("backup", f"{folder}/").last_line)
    assert folder.is_dir() and made.parent == folder
    assert made.name == "store-backup-20261125-" + made.name.split("-")[-1]  # the clock's day, a dated name
    check_store_file(made, PASSPHRASE)

"""The store is SQLCipher 4, keyed safely, and leaks nothing to disk."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from dpo_desk.errors import StoreExists, WrongPassphrase
from dpo_desk.services import organisation
from dpo_desk.store import Store
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.both_engines

PROBE = "Visible Plaintext Probe Oy"


@pytest.mark.file_only("the bytes of the encrypted file and its WAL beside it")
def test_no_plaintext_in_the_store_or_beside_it(store, store_path: Path) -> None:
    with store.write() as session:
        organisation.update(session, name=PROBE, address="Probe Street 7")
    for f in store_path.parent.iterdir():  # the WAL and its index are open and full right now
        data = f.read_bytes()
        assert b"Visible Plaintext Probe" not in data, f.name
        assert b"Probe Street 7" not in data, f.name
    assert not store_path.read_bytes().startswith(b"SQLite format 3")


@pytest.mark.file_only("SQLCipher 4's own tools open the file")
def test_any_sqlcipher4_tool_opens_the_store_with_the_passphrase(store, store_path: Path) -> None:
    with store.write() as session:
        organisation.update(session, name=PROBE)
    store.close()
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(str(store_path))
    conn.execute("PRAGMA key = '" + PASSPHRASE.replace("'", "''") + "'")
    assert conn.execute("SELECT name FROM organisation").fetchone()[0] == PROBE
    assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
    conn.close()


@pytest.mark.file_only("the file's bytes unchanged; the server's wrong password is tests/server/test_roles.py")
def test_wrong_passphrase_is_refused_and_leaves_the_file_unchanged(store_path: Path) -> None:
    before = hashlib.sha256(store_path.read_bytes()).hexdigest()
    files_before = sorted(p.name for p in store_path.parent.iterdir())
    with pytest.raises(WrongPassphrase) as refused:
        Store.open(store_path, "not the passphrase")
    assert "passphrase" in str(refused.value).lower()
    assert hashlib.sha256(store_path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in store_path.parent.iterdir()) == files_before


@pytest.mark.parametrize(
    "passphrase", ["it's", 'say "hi"', "a; DROP TABLE x; --", "back\\slash", "äöå Łódź Дмитрий €", "  spaces  "]
)
def test_odd_passphrases_work(tmp_path: Path, passphrase: str) -> None:
    path = tmp_path / "odd.dpodesk"
    with Store.create(path, passphrase) as store, store.write() as session:
        organisation.update(session, name="Odd Oy")
    with pytest.raises(WrongPassphrase):
        Store.open(path, passphrase + "x")
    with Store.open(path, passphrase) as store, store.read() as session:
        assert organisation.get(session).name == "Odd Oy"


def test_create_refuses_to_overwrite(store_path, engine: str, clock) -> None:
    """Over a file, or in a server database that already holds a store: refused, the store as it was."""
    with Store.open(store_path, PASSPHRASE, clock=clock) as store, store.write() as session:
        organisation.update(session, name="Kept Oy")
    on_file = engine == "sqlite"
    before = Path(store_path).read_bytes() if on_file else None
    with pytest.raises(StoreExists):
        Store.create(store_path, "another passphrase" if on_file else PASSPHRASE)  # the server: its owner's password
    if on_file:
        assert Path(store_path).read_bytes() == before
    with Store.open(store_path, PASSPHRASE) as store, store.read() as session:
        assert organisation.get(session).name == "Kept Oy"


def test_new_files_are_the_owners_only(tmp_path: Path) -> None:
    path = tmp_path / "private.dpodesk"
    Store.create(path, PASSPHRASE).close()
    assert path.stat().st_mode & 0o077 == 0


@pytest.mark.file_only("SQLCipher's pragmas")
def test_connection_pragmas_are_the_safe_ones(store) -> None:
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA temp_store")).scalar() != 1  # never FILE
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA cipher_version")).scalar().startswith("4.")


def test_many_threads_share_one_store(store) -> None:
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(5):
                with store.write() as session:
                    organisation.update(session, address=f"thread {n} round {i}")
                with store.read() as session:
                    organisation.get(session)
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with store.read() as session:
        assert organisation.get(session).address.startswith("thread ")
    if not store.is_server:
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"

"""Unlocking derives the key once: the connection that checked it serves the first query."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from dpo_desk.errors import WrongPassphrase
from dpo_desk.store import Store, keying
from tests.conftest import PASSPHRASE


def test_open_and_first_query_derive_the_key_once(store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[Path] = []
    real = keying.connect

    def counting(path: Path, passphrase: str):
        opened.append(Path(path))
        return real(path, passphrase)

    monkeypatch.setattr(keying, "connect", counting)
    with Store.open(store_path, PASSPHRASE) as store:
        with store.read() as session:
            assert session.execute(text("SELECT count(*) FROM organisation")).scalar_one() == 1
        assert opened == [store_path]
        with store.engine.connect() as one, store.engine.connect() as two:  # a second at once needs its own
            one.execute(text("SELECT 1"))
            two.execute(text("SELECT 1"))
    assert len(opened) == 2


def test_a_wrong_passphrase_leaves_nothing_open(store_path: Path) -> None:
    with pytest.raises(WrongPassphrase):
        Store.open(store_path, "not the passphrase")
    with Store.open(store_path, PASSPHRASE) as store, store.write() as session:
        session.execute(text("UPDATE organisation SET name = 'still writable' WHERE id = 1"))

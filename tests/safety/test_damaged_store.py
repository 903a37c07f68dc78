"""Issue 22, point 2: a damaged store is restored without being read, kept aside byte for byte, and damage
past page 1 is reported as damage at that page, not as a wrong passphrase."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dpo_desk.errors import StoreDamaged
from dpo_desk.services import audit_trail
from dpo_desk.store import Store, keying
from tests.conftest import PASSPHRASE

PAGE_SIZE = 4096


def _zero(path: Path, page: int) -> None:
    """32 zero bytes inside `page` (1-based), as the probe did: that page's HMAC no longer matches."""
    with open(path, "r+b") as file:
        file.seek((page - 1) * PAGE_SIZE + 200)
        file.write(bytes(32))


def _root_page(path: Path, table: str) -> int:
    conn = keying.connect(path, PASSPHRASE)
    try:
        return int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0])
    finally:
        conn.close()


@pytest.fixture(scope="module")
def demo_store(template_store: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The demo company (about 150 pages) and a backup of it, made once for the module."""
    from dpo_desk.cli.main import main

    folder = tmp_path_factory.mktemp("demo")
    path, backup = folder / "store.dpodesk", folder / "good.dpodesk"
    shutil.copyfile(template_store, path)
    with pytest.MonkeyPatch.context() as env:
        env.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
        assert main(["--store", str(path), "demo"]) == 0
        assert main(["--store", str(path), "backup", str(backup)]) == 0
    assert path.stat().st_size // PAGE_SIZE > 100
    return path, backup


@pytest.fixture
def filled(demo_store: tuple[Path, Path], store_path: Path) -> tuple[Path, Path]:
    """The test's store holds the demo company; the backup is shared (restores only read it)."""
    shutil.copyfile(demo_store[0], store_path)
    return store_path, demo_store[1]


@pytest.mark.parametrize("page", [2, 21, 50, 90, 100])
def test_restore_repairs_a_store_damaged_at_any_page(cli, filled, page: int) -> None:
    store_path, backup = filled
    _zero(store_path, page)
    damaged = store_path.read_bytes()
    done = cli("restore", backup)
    kept = Path(done.out.split(" as ")[-1].splitlines()[0].rstrip("."))
    assert kept.name.startswith("store.dpodesk.before-restore-") and kept.read_bytes() == damaged
    with Store.open(store_path, PASSPHRASE) as restored, restored.read() as session:
        newest = audit_trail.fetch(session, 0, 1)[0]
        assert (newest.action, newest.record) == ("restore", "store")
        assert audit_trail.verify(session).ok
    assert len(cli("request", "list", "--json").json()) > 10


@pytest.mark.parametrize(("table", "command"), [("request", ("request", "list")), ("audit_log", ("audit", "verify"))])
def test_damage_past_page_one_is_named_as_damage(cli, filled, table: str, command: tuple[str, ...]) -> None:
    store_path, _backup = filled
    page = _root_page(store_path, table)
    assert page > 1
    _zero(store_path, page)
    refused = cli(*command, ok=False)
    assert f"damaged at page {page}" in refused.err and "passphrase" not in refused.err.lower()


@pytest.mark.parametrize("page", range(2, 8))
def test_opening_a_store_damaged_past_page_one_never_says_wrong_passphrase(filled, page: int) -> None:
    store_path, _backup = filled
    _zero(store_path, page)
    try:
        Store.open(store_path, PASSPHRASE).close()  # opening reads only what it needs; later reads name the page
    except StoreDamaged as exc:
        assert exc.page == page

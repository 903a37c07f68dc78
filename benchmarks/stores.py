"""The stores a benchmark runs on: generated once per size and generator version, plus a plain copy.

Each is generated with its audit trail (several entries per case), as a store worked for years has.

Generating 100,000 requests takes a while, so stores are kept in a folder under the system's temp
folder keyed by the generator's version and seed (`--cache` moves it); a new generator version
makes new stores. The plain copy is the same data without encryption (`ATTACH ... KEY ''` and
`sqlcipher_export`), opened with the same pragmas, so a ratio isolates what encryption costs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from dpo_desk.services.synthetic import GENERATOR_VERSION
from dpo_desk.store import keying, migrations

PASSPHRASE = "benchmark passphrase with åäö"
SEED = 2026
AS_OF = dt.date(2026, 11, 2)  # fixed, so a cached store and a fresh one hold the same rows


def default_cache() -> Path:
    """Keyed by the generator's version and the schema (the migrations' text), so a change makes new stores."""
    schema = hashlib.sha256()
    for script in sorted(Path(migrations.SCRIPT_LOCATION, "versions").glob("*.py")):
        schema.update(script.read_bytes())
    name = f"dpo-desk-bench-g{GENERATOR_VERSION}-s{SEED}-trail-{schema.hexdigest()[:10]}"
    return Path(tempfile.gettempdir()) / name


def environment() -> dict[str, str]:
    """The environment for the command line and the window run in subprocesses."""
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["DPO_DESK_PASSPHRASE"] = PASSPHRASE
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(Path(tempfile.gettempdir()) / "dpo-desk-bench-config")  # not the user's window memory
    # An installed DPO Desk runs from compiled bytecode (pip compiles it on install). Where
    # PYTHONDONTWRITEBYTECODE is set (as on the development machines), every call would compile the
    # project's modules again (~0.1 s): keep the bytecode in a folder of its own instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "dpo-desk-bench-bytecode")
    return env


def _cli(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "dpo_desk", *args], env=environment(), check=True, capture_output=True)


@dataclass(frozen=True)
class Stores:
    size: int
    encrypted: Path
    plain: Path
    empty_encrypted: Path
    empty_plain: Path


def prepare(size: int, cache: Path, say: Any = print) -> Stores:
    """The encrypted store of `size` requests and its plain copy, generated unless cached."""
    cache.mkdir(parents=True, exist_ok=True)
    empty = cache / "empty.dpodesk"
    if not empty.exists():
        _cli("--store", str(empty), "init")
    empty_plain = cache / "empty.sqlite"
    if not empty_plain.exists():
        plain_copy(empty, empty_plain)
    encrypted = cache / f"requests-{size}.dpodesk"
    if not encrypted.exists():
        say(f"generating {size:,} requests (cached in {cache}) ...")
        building = cache / f".building-{size}.dpodesk"
        for leftover in cache.glob(f".building-{size}.dpodesk*"):
            leftover.unlink()
        shutil.copyfile(empty, building)
        _cli("--store", str(building), "generate", "--requests", str(size), "--seed", str(SEED),
             "--as-of", AS_OF.isoformat(), "--audit-trail")  # fmt: skip
        os.replace(building, encrypted)
    plain = cache / f"requests-{size}.sqlite"
    if not plain.exists():
        plain_copy(encrypted, plain)
    return Stores(size, encrypted, plain, empty, empty_plain)


def plain_copy(encrypted: Path, target: Path) -> None:
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    conn = keying.connect(encrypted, PASSPHRASE)
    try:
        conn.execute(f"ATTACH DATABASE {keying.quote_literal(str(partial))} AS plain KEY ''")
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    conn = plain_connect(partial)  # the store's journal mode too, so only the encryption differs
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    os.replace(partial, target)


def plain_connect(path: Path) -> Any:
    """The same SQLite library and pragmas as a store's connection, without the key."""
    conn = keying.dbapi().connect(str(path), check_same_thread=False, isolation_level=None)
    keying.apply_pragmas(conn)
    return conn


def plain_engine(path: Path) -> Engine:
    engine = create_engine("sqlite://", module=keying.dbapi(), creator=lambda: plain_connect(path), poolclass=QueuePool)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:  # as the store's engine does: explicit transactions, not autocommit
        conn.exec_driver_sql("BEGIN")

    return engine


@contextmanager
def plain_session(engine: Engine, write: bool = False) -> Iterator[Session]:
    with sessionmaker(bind=engine, expire_on_commit=False)() as session:
        session.info["actor"] = "benchmark"
        session.info["touched"] = set()
        yield session
        if write:
            session.commit()
        else:
            session.rollback()


def scratch_copy(source: Path, folder: Path, name: str) -> Path:
    target = folder / name
    for leftover in folder.glob(f"{name}*"):
        leftover.unlink()
    shutil.copyfile(source, target)
    os.chmod(target, 0o600)
    return target

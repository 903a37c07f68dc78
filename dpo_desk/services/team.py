"""Team mode: the store on a PostgreSQL server. Setting a database up, its users, and moving a store
between an encrypted file and a server (`push`, `pull`) through the whole-store JSON exchange.

The command line and the window come here; what is PostgreSQL's own stays in `store/server.py`.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dpo_desk.clock import Clock
from dpo_desk.errors import DpoDeskError

if TYPE_CHECKING:
    from dpo_desk.store.engine import Store

ROLES = ("dpo", "analyst", "auditor")


def password_refused(error: BaseException) -> bool:
    """Whether `error` is the server asking for a (right) password: the front end may then ask the user."""
    from dpo_desk.store.server import PasswordRefused

    return isinstance(error, PasswordRefused)


def is_server_url(location: object) -> bool:
    from dpo_desk.store.server import is_server_url as check

    return check(location)


def display(location: str) -> str:
    """The server's URL as shown: never a password."""
    from dpo_desk.store.server import display as shown

    return shown(location)


def initialise(location: str, password: str | None, *, clock: Clock | None = None) -> tuple[Store, dict[str, str]]:
    """Creates the schema in an empty database (or upgrades it) and sets up the roles; the store, open,
    and role -> the database's group role."""
    from dpo_desk.store.server import initialise as set_up

    return set_up(location, password, clock=clock)


def add_user(store: Store, name: str, role: str, password: str) -> None:
    from dpo_desk.store.server import add_user_to

    add_user_to(store, name, role, password)


def list_users(store: Store) -> list[tuple[str, str]]:
    from dpo_desk.store.server import users_of

    return users_of(store)


def remove_user(store: Store, name: str) -> None:
    from dpo_desk.store.server import remove_user_from

    remove_user_from(store, name)


def _copy(source: Store, target: Store) -> dict[str, int]:
    """Every table of `source` into the empty `target`, through the JSON exchange (ids, trail and all)."""
    from dpo_desk.paths import private_temp_folder
    from dpo_desk.services import exchange

    with target.read() as session:
        if not exchange.is_empty(session) or session.scalar(_trail_count()):
            raise DpoDeskError(f"{target.location} is not empty: a store is copied only into an empty one.")
    folder = private_temp_folder("team-copy")
    try:
        path = folder / "store.json"
        with source.read() as session:
            counts = exchange.write_export(
                session, path, store_id=source.store_id, schema_revision=source.schema_revision
            )
        document = exchange.read_document(path)
        with target.write() as session:
            plan = exchange.apply_import(session, document)
        if not plan.exact:
            raise DpoDeskError("the copy was not exact; nothing should have been merged")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return counts


def _trail_count() -> Any:
    from sqlalchemy import func, select

    from dpo_desk.store.models import AuditEntry

    return select(func.count()).select_from(AuditEntry)


def push(
    file: str | os.PathLike[str], file_passphrase: str, location: str, password: str | None, *, clock: Clock | None
) -> dict[str, int]:
    """Copies the encrypted store `file` into the empty server database at `location` (set up if it is not).

    Run it as the database's owner: the trail's entries keep the names of who made them in the file.
    """
    from dpo_desk.store import Store
    from dpo_desk.store.server import has_schema

    source = Store.open(Path(file), file_passphrase, clock=clock)
    try:
        if has_schema(location, password):
            target = Store.open(location, password, clock=clock)
        else:
            target, _ = initialise(location, password, clock=clock)
        try:
            return _copy(source, target)
        finally:
            target.close()
    finally:
        source.close()


def pull(
    location: str, password: str | None, file: str | os.PathLike[str], file_passphrase: str, *, clock: Clock | None
) -> dict[str, int]:
    """Copies the server's store into a new encrypted file (never over an existing one)."""
    from dpo_desk.services.store_lifecycle import create_store
    from dpo_desk.store import Store

    source = Store.open(location, password, clock=clock)
    try:
        target = create_store(file, file_passphrase, clock=clock)
        try:
            return _copy(source, target)
        except BaseException:
            target.close()
            _remove_store_file(Path(file))
            raise
        finally:
            target.close()
    finally:
        source.close()


def _remove_store_file(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)

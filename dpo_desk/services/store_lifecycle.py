"""Opening, creating, backing up, restoring and rekeying a store: the one road the window and the
command line take to the store's file, so neither reaches into `store/` itself.

The functions that replace a store's file (restore, rekey) take the open store and return the store
reopened; the caller drops its old handle, which is closed from the replacement on whatever happens
(`store/backup.py` says why). What they refuse is raised as one of `dpo_desk/errors.py`.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from dpo_desk.clock import Clock
from dpo_desk.domain.passphrase import check_new_passphrase
from dpo_desk.errors import InvalidInput

if TYPE_CHECKING:
    from dpo_desk.store.backup import BackupCheck
    from dpo_desk.store.engine import Store

MAX_ACTOR_NAME = 80

PathLike = str | os.PathLike[str]


def open_store(
    path: PathLike, passphrase: str | None, *, clock: Clock | None = None, actor: str | None = None
) -> Store:
    """The store at `path` (a file, or a postgresql:// URL), unlocked and upgraded; WrongPassphrase,
    StoreNotFound, StoreTooNew... if not. On a server `passphrase` is the user's password, or None for libpq's."""
    from dpo_desk.store import Store

    return Store.open(path, passphrase, actor=actor, clock=clock)


def create_store(path: PathLike, passphrase: str, *, clock: Clock | None = None) -> Store:
    """A new, empty store at `path` (never over an existing file), opened."""
    from dpo_desk.store import Store

    check_new_passphrase(passphrase)
    return Store.create(path, passphrase, clock=clock)


def back_up(store: Store, target: PathLike, passphrase: str | None = None, *, force: bool = False) -> Path:
    """A consistent encrypted copy, checked under the store's key (and opened with `passphrase` if given).

    A `target` that is a folder, or ends in a separator, gets a dated file inside it.
    """
    from dpo_desk.store.backup import make_backup

    return make_backup(store, target, passphrase, force=force)


def daily_backup(store: Store, today: dt.date | None = None) -> Path | None:
    """Today's copy beside the store unless one exists, keeping the newest `backups.keep`; the copy or None."""
    from dpo_desk.services import settings
    from dpo_desk.store import backup

    with store.read() as session:
        keep = settings.get(session, "backups.keep")
    return backup.daily_backup(store, keep, today)


def check_backup(path: PathLike, passphrase: str) -> BackupCheck:
    """Opens a backup (or any store file) with `passphrase` and checks it; what was found, or the refusal."""
    from dpo_desk.store.backup import check_store_file

    return check_store_file(path, passphrase)


def restore(store: Store, backup: PathLike, backup_passphrase: str) -> tuple[Store, Path]:
    """Replaces the store's content with a checked backup: the reopened store and the copy of what was there."""
    from dpo_desk.store import backup as backups

    return backups.restore(store, backup, backup_passphrase)


def restore_file(
    path: PathLike, backup: PathLike, backup_passphrase: str, *, clock: Clock | None = None
) -> tuple[Store, Path]:
    """Replaces the store file at `path` with a checked backup without reading it (it may be damaged):
    the restored store, open, and where the previous file was kept, byte for byte."""
    from dpo_desk.store.backup import restore_file as put_back

    return put_back(path, backup, backup_passphrase, clock=clock)


def restore_as_new(path: PathLike, backup: PathLike, passphrase: str) -> Path:
    """Puts a checked backup where no store is (the store file was lost); never replaces a file."""
    from dpo_desk.store.backup import restore_as_new as put_in_place

    return put_in_place(path, backup, passphrase)


def change_passphrase(store: Store, new_passphrase: str, *, current_passphrase: str | None = None) -> Store:
    """Rekeys the store; returns it reopened under `new_passphrase`.

    With `current_passphrase` (the window asks for it again), a wrong one is refused with the store
    still open and nothing changed.
    """
    from dpo_desk.store import keying
    from dpo_desk.store.rekey import change_passphrase as rekey

    store.refuse_on_server("Changing the passphrase")
    check_new_passphrase(new_passphrase)
    if current_passphrase is not None:
        keying.connect(store.path, current_passphrase).close()  # raises WrongPassphrase
    return rekey(store, new_passphrase)


def actor_name() -> str:
    """Who the audit trail names for this desk: the profile's name with the OS user, or the OS user alone."""
    from dpo_desk.store.engine import default_actor

    return default_actor()


def set_profile_name(name: str) -> None:
    """Keeps `name` (empty clears it) as this desk's name for the audit trail of every store opened here."""
    from dpo_desk.store.engine import profile_file

    name = name.strip()
    if len(name) > MAX_ACTOR_NAME or not all(c.isprintable() for c in name):
        raise InvalidInput(
            "name",
            name,
            f"must be at most {MAX_ACTOR_NAME} printable characters",
            code="name-not-printable",
            values={"most": MAX_ACTOR_NAME},
        )
    path = profile_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(name + "\n", encoding="utf-8")

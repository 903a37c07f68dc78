"""What every command handler receives: its arguments, the store, and the ways to answer."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from dpo_desk.clock import SYSTEM, Clock
from dpo_desk.domain.passphrase import check_new_passphrase
from dpo_desk.errors import DpoDeskError

PASSPHRASE_ENV = "DPO_DESK_PASSPHRASE"
NEW_PASSPHRASE_ENV = "DPO_DESK_NEW_PASSPHRASE"


class Context:
    def __init__(
        self,
        args: argparse.Namespace,
        stdout: TextIO | None = None,
        stdin: TextIO | None = None,
        on_open: Callable[[], None] | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.args = args
        self.clock: Clock = clock or SYSTEM
        self.stdout = stdout or sys.stdout
        self.stdin = stdin or sys.stdin
        self._store: Any = None
        self._on_open = on_open  # called once, when the store has been opened

    # -- the store ------------------------------------------------------------------------------

    @property
    def store_location(self) -> str | None:
        """--store or $DPO_DESK_STORE as given (a file path, or a postgresql:// URL), None if neither."""
        from dpo_desk.paths import STORE_ENV

        return self.args.store or os.environ.get(STORE_ENV) or None

    @property
    def on_server(self) -> bool:
        from dpo_desk.services.team import is_server_url

        return is_server_url(self.store_location)

    @property
    def store_path(self) -> Path:
        """The store's file (on a server: a path that names no file, so the output guard never matches it)."""
        from dpo_desk.paths import default_store_path

        if self.on_server:
            return Path(os.devnull) / "dpo-desk-server-store"
        return Path(self.args.store).expanduser() if self.args.store else default_store_path()

    def passphrase(self) -> str | None:
        value = os.environ.get(PASSPHRASE_ENV)
        if value is not None:
            return value
        if self.on_server:
            return None  # libpq's own: PGPASSWORD, ~/.pgpass, or a server that trusts this user
        if self.stdin.isatty():
            return getpass.getpass(f"Passphrase for {self.store_path}: ")
        raise DpoDeskError(f"No passphrase: set {PASSPHRASE_ENV}, or run the command in a terminal to be asked.")

    def with_server_password(self, work: Callable[[str | None], Any], password: str | None, location: str) -> Any:
        """`work(password)`; when the server refuses a missing or wrong password and this is a terminal,
        the password is asked (libpq's PGPASSWORD and ~/.pgpass were tried first when none was given)."""
        from dpo_desk.services.team import display, password_refused

        try:
            return work(password)
        except DpoDeskError as refused:
            if not password_refused(refused) or not self.stdin.isatty():
                raise
        return work(getpass.getpass(f"Password for {display(location)}: "))

    def new_passphrase(self) -> str:
        value = os.environ.get(NEW_PASSPHRASE_ENV)
        if value is None and self.args.command == "init":
            value = os.environ.get(PASSPHRASE_ENV)
        if value is None:
            if not self.stdin.isatty():
                raise DpoDeskError(
                    f"No new passphrase: set {NEW_PASSPHRASE_ENV}, or run the command in a terminal to be asked."
                )
            value = getpass.getpass("New passphrase: ")
            if getpass.getpass("The same again: ") != value:
                raise DpoDeskError("The two passphrases differ; nothing was changed.")
        check_new_passphrase(value)
        return value

    def open_store(self) -> Any:
        if self._store is None:
            from dpo_desk.services.store_lifecycle import open_store

            if self.on_server:
                self._store = self.with_server_password(
                    lambda password: open_store(str(self.store_location), password, clock=self.clock),
                    self.passphrase(),
                    str(self.store_location),
                )
            else:
                self._store = open_store(self.store_path, self.passphrase(), clock=self.clock)
            if self._on_open is not None:
                self._on_open()
                self._on_open = None
        return self._store

    def replace_store(self, replace: Callable[[Any], Any]) -> None:
        """Hands the open store to `replace` (a restore, a rekey), which closes it whatever happens and
        returns the store reopened; the context keeps that one from then on."""
        store = self.open_store()
        self._store = None  # closed by `replace` even when it fails
        self._store = replace(store)

    def adopt_store(self, store: Any) -> None:
        """Keeps `store`, opened by the command itself (a restore that never opened the old file)."""
        self.close()
        self._store = store

    @contextmanager
    def read(self) -> Iterator[Any]:
        with self.open_store().read() as session:
            yield session

    @contextmanager
    def rows(self) -> Iterator[Any]:
        """Plain rows through the Core, without the ORM (for the few reads that need nothing more)."""
        with self.open_store().rows() as rows:
            yield rows

    @contextmanager
    def write(self) -> Iterator[Any]:
        with self.open_store().write() as session:
            yield session

    def org_timezone(self) -> str:
        from dpo_desk.services import organisation

        with self.read() as session:
            return organisation.get(session).timezone

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    # -- files written ----------------------------------------------------------------------------

    def output(self, path: str | os.PathLike[str], *, folder_ok: bool = False) -> Any:
        """The file a command will write, checked now, before anything is stored (an OutputTarget).

        With `folder_ok`, an existing folder (or a path ending in a separator) is left for the writer to
        name a file in; the writer's own guard then checks that file.
        """
        from dpo_desk.outputs import OutputTarget, check_name, check_output, output_target

        check_name(os.fspath(path))
        force = bool(getattr(self.args, "force", False))
        if folder_ok and Path(path).expanduser().is_dir():
            folder = OutputTarget(Path(path).expanduser(), self.store_path, force)
            # The writer names the file in it (and guards that file); the store's backup folder is refused now.
            check_output(folder.with_path(folder.path / "probe"), store=self.store_path, force=True)
            return folder
        if folder_ok and str(path).endswith(("/", os.sep)):
            return path  # a folder still to be made: nothing in it can exist yet, the writer guards the file
        return output_target(path, store=self.store_path, force=force)

    def check_outputs(self) -> None:
        """Every OUT option of the command becomes a checked OutputTarget (see cli.main.mark_outputs)."""
        for dest in getattr(self.args, "output_options", ()):
            value = getattr(self.args, dest, None)
            if value is not None:
                setattr(self.args, dest, self.output(value, folder_ok=getattr(self.args, "out_may_be_folder", False)))

    # -- answering ------------------------------------------------------------------------------

    def say(self, text: str = "") -> None:
        """Every line the command prints: control characters and bidi overrides shown as `\\uXXXX`."""
        from dpo_desk.domain.text import visible

        print(visible(text), file=self.stdout)

    def print_json(self, document: Any) -> None:
        self.say(json.dumps(document, ensure_ascii=False, indent=2, default=_json_default))

    def created(self, reference: str) -> None:
        """A command that creates a record prints its reference as the last line."""
        self.say(reference)


def _json_default(value: Any) -> Any:
    import datetime as dt

    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, set | tuple):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON")

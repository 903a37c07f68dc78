"""The one road from the window into the core.

Threads: every operation runs on a single worker thread, in the order asked, so writes never race
each other and the GUI thread never waits on the store. Results and errors come back on the GUI
thread through a queued signal; callbacks run there, so they may touch widgets. Pass references
and plain values across, never ORM objects: sessions live and die inside the worker.

Signals:
    store_did_change(set[str]): tables a change touched, for views to refresh what concerns them.
    busy_did_change(bool): whether anything is queued or running.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QRunnable, QThreadPool, Signal, Slot

from dpo_desk.clock import Clock
from dpo_desk.clock import of as clock_of
from dpo_desk.crash import log_crash
from dpo_desk.errors import DpoDeskError
from dpo_desk.outputs import OutputTarget
from dpo_desk.ui.i18n import translate
from dpo_desk.ui.refusal_text import error_text

Callback = Callable[[Any], None]


class _Relay(QObject):
    finished = Signal(int, object, object)
    progressed = Signal(int, int, int)


class _Job(QRunnable):
    def __init__(self, token: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.token, self.work, self.relay = token, work, relay

    def run(self) -> None:
        try:
            result, error = self.work(), None
        except BaseException as exc:  # every error goes back to the GUI thread, none dies here
            result, error = None, exc
            if not isinstance(exc, DpoDeskError):
                log_crash(exc)  # code locations and types only, never the values (dpo_desk/crash.py)
        self.relay.finished.emit(self.token, result, error)


class Cancelled(DpoDeskError):
    def __init__(self) -> None:
        super().__init__(translate("Ops", "Cancelled; nothing was written."))


class Progress:
    """Handed to long jobs: report how far they are, and learn whether the user cancelled."""

    def __init__(self, relay: _Relay, token: int) -> None:
        self._relay, self._token = relay, token
        self.cancelled = False

    def __call__(self, done: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled()
        self._relay.progressed.emit(self._token, done, total)


class Ops(QObject):
    store_did_change = Signal(object)
    busy_did_change = Signal(bool)
    error_did_happen = Signal(str)

    def __init__(self, store: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)
        self._relay = _Relay()
        self._relay.finished.connect(self._on_finished)
        self._relay.progressed.connect(self._on_progress)
        self._tokens = itertools.count(1)
        self._callbacks: dict[int, tuple[Callback | None, Callback | None, bool]] = {}
        self._quiet: set[int] = set()  # polls: not "Working…" (busy_did_change counts the others only)
        self._progress: dict[int, Callable[[int, int], None]] = {}

    @property
    def clock(self) -> Clock:
        """The clock the open store carries: the window's "now" and "today" come from it, as the core's do."""
        return clock_of(self.store)

    def today(self) -> dt.date:
        """Today by the store's clock, in the zone of the machine the DPO sits at."""
        return self.clock.now().astimezone().date()

    def output(self, path: str | os.PathLike[str]) -> OutputTarget:
        """A file the window will write: the guard protects the store, and the save dialog has already
        asked before replacing an existing file (so replacing is allowed)."""
        return OutputTarget(Path(path), Path(self.store.path), force=True)

    # -- asking ---------------------------------------------------------------------------------

    def query(self, fn: Callable[[Any], Any], on_done: Callback | None = None, on_error: Callback | None = None) -> int:
        """Run `fn(session)` in a read session; `on_done(result)` on the GUI thread."""
        store = self.store

        def work() -> Any:
            with store.read() as session:
                return fn(session)

        return self._submit(work, on_done, on_error, False)

    def change(
        self, fn: Callable[[Any], Any], on_done: Callback | None = None, on_error: Callback | None = None
    ) -> int:
        """Run `fn(session)` in a write session, committed at the end; then announce what it touched."""
        store = self.store

        def work() -> Any:
            with store.write() as session:
                result = fn(session)
                touched = set(session.info.get("touched", ()))
            return _Changed(result, touched)

        return self._submit(work, on_done, on_error, True)

    def job(
        self,
        fn: Callable[[Any, Progress], Any],
        on_done: Callback | None = None,
        on_error: Callback | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Progress:
        """A long job (report, import, backup): `fn(store, progress)`. Returns the handle to cancel it."""
        token = next(self._tokens)
        progress = Progress(self._relay, token)
        store = self.store
        if on_progress:
            self._progress[token] = on_progress
        self._submit(lambda: fn(store, progress), on_done, on_error, False, token=token)
        return progress

    def poll(self, fn: Callable[[Any], Any], on_done: Callback | None = None, on_error: Callback | None = None) -> int:
        """A quick background look at the store, `fn(store)` (has anyone else changed it?), queued like every
        operation but quiet: it does not make the window say it is working, and an error goes to `on_error`
        only (never a message box)."""
        store = self.store
        return self._submit(lambda: fn(store), on_done, on_error or (lambda _error: None), False, quiet=True)

    def _submit(
        self,
        work: Callable[[], Any],
        on_done: Callback | None,
        on_error: Callback | None,
        is_change: bool,
        token: int | None = None,
        quiet: bool = False,
    ) -> int:
        token = token or next(self._tokens)
        was_idle = not self.busy
        self._callbacks[token] = (on_done, on_error, is_change)
        if quiet:
            self._quiet.add(token)
        self._pool.start(_Job(token, work, self._relay))
        if was_idle and self.busy:
            self.busy_did_change.emit(True)
        return token

    # -- answers --------------------------------------------------------------------------------

    @Slot(int, object, object)
    def _on_finished(self, token: int, result: Any, error: BaseException | None) -> None:
        was_busy = self.busy
        on_done, on_error, _ = self._callbacks.pop(token, (None, None, False))
        self._quiet.discard(token)
        self._progress.pop(token, None)
        try:
            if error is not None:
                message = (
                    error_text(error)
                    if isinstance(error, DpoDeskError)
                    else self.tr("Something went wrong ({0}); nothing was changed.").format(type(error).__name__)
                )
                if on_error:
                    on_error(error)
                else:
                    self.error_did_happen.emit(message)
            else:
                if isinstance(result, _Changed):
                    touched, result = result.touched, result.value
                    if touched:
                        self.store_did_change.emit(touched)
                if on_done:
                    on_done(result)
        finally:
            if was_busy and not self.busy:
                self.busy_did_change.emit(False)

    @Slot(int, int, int)
    def _on_progress(self, token: int, done: int, total: int) -> None:
        callback = self._progress.get(token)
        if callback:
            callback(done, total)

    @property
    def busy(self) -> bool:
        """Whether anything but a quiet poll is queued or running."""
        return len(self._callbacks) > len(self._quiet)

    def wait_idle(self, timeout_ms: int = 30000) -> bool:
        """Process events until every queued operation has answered (screenshots, tests, closing)."""
        deadline = QDeadlineTimer(timeout_ms)
        while self._callbacks and not deadline.hasExpired():
            QCoreApplication.processEvents()
            self._pool.waitForDone(10)
        QCoreApplication.processEvents()
        return not self._callbacks

    def shutdown(self) -> None:
        self._pool.waitForDone()
        QCoreApplication.processEvents()


class _Changed:
    __slots__ = ("touched", "value")

    def __init__(self, value: Any, touched: set[str]) -> None:
        self.value, self.touched = value, touched

"""Reminders while the window is open: deadlines coming within the warning window, and what went late.

At start-up, one summary of what became overdue since the last session (`overdue_since(last_seen)`),
then the moment is remembered (`mark_seen`). Every minute after that, a check through `Ops`:
each deadline entering its warning window is announced once per session, and so is each one that
goes overdue while the window is open. An announcement is a desktop notification through the
system tray where there is one, else the window's banner.

Threads: the checks run on the Ops worker; announcements happen on the GUI thread.

Signals:
    reminder_did_show(str): the text of an announcement, as shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from dpo_desk.domain.timeparse import zone
from dpo_desk.services import deadlines
from dpo_desk.ui.core_texts import core_text
from dpo_desk.ui.formatting import format_datetime, format_due
from dpo_desk.ui.ops import Ops

CHECK_EVERY_MS = 60_000
MAX_NAMED = 5  # a summary names this many cases, then says how many more


def default_tray() -> QSystemTrayIcon | None:
    """A tray icon where the desktop has a tray; None elsewhere (then the banner is used)."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    app = QApplication.instance()
    icon = app.windowIcon() if app and not app.windowIcon().isNull() else None
    if icon is None:
        icon = app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    tray = QSystemTrayIcon(icon)
    tray.setToolTip("DPO Desk")
    tray.show()
    return tray


class Reminders(QObject):
    reminder_did_show = Signal(str)

    def __init__(
        self,
        ops: Ops,
        show_banner: Callable[[str], None],
        *,
        tray: Any = "auto",
        clock: Callable[[], dt.datetime] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.show_banner = show_banner
        self.tray = default_tray() if tray == "auto" else tray
        self.clock = clock or ops.clock.now
        self.started_at: dt.datetime | None = None
        self.announced: set[tuple[str, str, str]] = set()  # (reference, kind, due) entering the warning window
        self.announced_late: set[tuple[str, str, str]] = set()  # ... and going overdue
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    # -- running --------------------------------------------------------------------------------

    def start(self) -> None:
        """The start-up summary, then a check now and every minute."""
        self.started_at = self.clock()
        self.startup_summary()
        self.check()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _store_open(self) -> bool:
        return bool(getattr(self.ops.store, "is_open", True))

    def startup_summary(self) -> None:
        now = self.started_at or self.clock()

        def work(session: Any) -> tuple[dt.datetime | None, list[deadlines.OverviewItem], str]:
            from dpo_desk.services import organisation

            since = deadlines.last_seen(session)
            late = deadlines.overdue_since(session, since, now)
            deadlines.mark_seen(session, now)
            return since, late, organisation.get(session).timezone

        if self._store_open():
            self.ops.change(work, lambda result: self._summarise(*result), self._ignore)

    def check(self) -> None:
        if not self._store_open():  # locked: nothing is read until the passphrase is given again
            return
        now = self.clock()

        def work(session: Any) -> deadlines.ReminderState:
            state = deadlines.reminder_state(session, now)
            deadlines.mark_seen(session, now)  # the next session's summary starts from here
            return state

        self.ops.change(work, self._announce, self._ignore)

    def _ignore(self, error: BaseException) -> None:
        """A reminder that cannot be read (the store was locked meanwhile) waits for the next check."""

    # -- announcing -----------------------------------------------------------------------------

    def _summarise(self, since: dt.datetime | None, late: list[deadlines.OverviewItem], tz_name: str) -> None:
        self.announced_late.update(_key(item) for item in late)
        if not late:
            return
        named = self._names(late)
        if since is None:
            text = self.tr("%n deadline(s) overdue: {0}", "", len(late)).format(named)
        else:
            when = format_datetime(since.astimezone(zone(tz_name)))
            text = self.tr("Since your last session ({0}), %n deadline(s) became overdue: {1}", "", len(late)).format(
                when, named
            )
        self.notify(self.tr("Overdue deadlines"), text)

    def _announce(self, state: deadlines.ReminderState) -> None:
        fresh = [item for item in state.warning if _key(item) not in self.announced]
        self.announced.update(_key(item) for item in fresh)
        # only what goes overdue while the window is open: older ones were in the start-up summary or before it
        started = self.started_at or state.now
        went_late = [
            item
            for item in state.overdue
            if _key(item) not in self.announced_late and item.deadline.due_moment(state.timezone) >= started
        ]
        self.announced_late.update(_key(item) for item in went_late)
        if went_late:
            self.notify(
                self.tr("Deadline passed"),
                self.tr("Now overdue: {0}").format(self._names(went_late)),
            )
        if fresh:
            self.notify(
                self.tr("Deadlines coming up"),
                self.tr("Due soon: {0}").format(self._names(fresh, due_zone=state.timezone)),
            )

    def notify(self, title: str, text: str) -> None:
        if self.tray is not None and self.tray.isVisible() and self.tray.supportsMessages():
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 15_000)
        else:
            self.show_banner(text)
        self.reminder_did_show.emit(text)

    def _names(self, items: list[deadlines.OverviewItem], due_zone: str = "") -> str:
        parts = []
        for item in items[:MAX_NAMED]:
            d = item.deadline
            what = core_text(deadlines.kind_label(d.kind)).lower()
            parts.append(
                f"{d.reference} ({what}, {format_due(d.due, due_zone)})" if due_zone else f"{d.reference} ({what})"
            )
        more = len(items) - MAX_NAMED
        return "; ".join(parts) + (self.tr("; and {0} more").format(more) if more > 0 else "")


def _key(item: deadlines.OverviewItem) -> tuple[str, str, str]:
    return (item.deadline.reference, item.deadline.kind, item.due_text)

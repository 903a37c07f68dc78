"""Reminders: the banner for a deadline inside the warning window, once per session; the start-up
summary of what became overdue since the last session; a tray message where there is a tray."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from dpo_desk.services import deadlines
from dpo_desk.ui.app import build_window
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.reminders import Reminders
from tests.sample_company import SAMPLE_NOW, fill_sample

pytestmark = pytest.mark.both_engines


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


class Tray:
    """The desktop's tray as the reminders see it (injected; offscreen has none)."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def isVisible(self) -> bool:
        return True

    def supportsMessages(self) -> bool:
        return True

    def showMessage(self, title, text, icon, ms) -> None:
        self.messages.append((title, text))


@pytest.fixture
def cases(store):
    fill_sample(store)


@pytest.fixture
def ops(qtbot, store):
    made = Ops(store)
    yield made
    made.wait_idle()


def _reminders(ops, clock, tray=None) -> tuple[Reminders, list[str]]:
    shown: list[str] = []
    reminders = Reminders(ops, shown.append, tray=tray, clock=clock)
    return reminders, shown


def test_a_deadline_inside_the_warning_window_is_announced_once(ops, store, cases) -> None:
    clock = Clock(SAMPLE_NOW)
    reminders, shown = _reminders(ops, clock)
    reminders.start()
    ops.wait_idle()
    reminders.stop()
    # first session: the two overdue ones in the summary, then the warning window (7 days, 24 hours)
    assert (
        shown[0] == "2 deadlines overdue: BR-2026-0001 (tell the data subjects (high risk)); "
        "DSR-2026-0003 (reply to the request)"
    )
    assert shown[1].startswith("Due soon: BR-2026-0002 (notify the supervisory authority (72 h), 10 May 2026, 18:00)")
    assert "SP-0001" in shown[1] and "DSR-2026-0004" in shown[1]
    assert "SP-0003" not in shown[1]  # ten days away: outside the seven-day window
    assert len(shown) == 2

    reminders.check()
    ops.wait_idle()
    assert len(shown) == 2  # nothing twice

    clock.now = dt.datetime(2026, 5, 13, 9, 0, tzinfo=dt.UTC)  # SP-0003 (20 May) is now seven days away
    reminders.check()
    ops.wait_idle()
    assert any(text.startswith("Due soon: SP-0003") for text in shown[2:])


def test_startup_summary_lists_only_what_became_overdue_since_the_last_session(ops, store, cases) -> None:
    with store.write() as session:
        deadlines.mark_seen(session, dt.datetime(2026, 5, 5, 12, 0, tzinfo=dt.UTC))
    reminders, shown = _reminders(ops, Clock(SAMPLE_NOW))
    reminders.start()
    ops.wait_idle()
    reminders.stop()
    assert shown[0] == (
        "Since your last session (5 May 2026, 15:00), 1 deadline became overdue: DSR-2026-0003 (reply to the request)"
    )
    assert "BR-2026-0001" not in shown[0]  # overdue since 30 April: already late at the last session
    with store.read() as session:
        assert deadlines.last_seen(session) == SAMPLE_NOW


def test_nothing_new_since_the_last_session_says_nothing(ops, store, cases) -> None:
    with store.write() as session:
        deadlines.mark_seen(session, SAMPLE_NOW - dt.timedelta(hours=1))
    reminders, shown = _reminders(ops, Clock(SAMPLE_NOW))
    reminders.startup_summary()
    ops.wait_idle()
    assert shown == []


def test_a_deadline_passing_while_the_window_is_open_is_announced(ops, store, cases) -> None:
    clock = Clock(SAMPLE_NOW)
    reminders, shown = _reminders(ops, clock)
    reminders.start()
    ops.wait_idle()
    reminders.stop()
    clock.now = dt.datetime(2026, 5, 10, 15, 30, tzinfo=dt.UTC)  # the breach's 72 hours ended at 15:00 UTC
    reminders.check()
    ops.wait_idle()
    assert shown[-1] == "Now overdue: BR-2026-0002 (notify the supervisory authority (72 h))"


def test_the_tray_is_used_where_there_is_one(ops, store, cases) -> None:
    tray = Tray()
    reminders, shown = _reminders(ops, Clock(SAMPLE_NOW), tray)
    reminders.start()
    ops.wait_idle()
    reminders.stop()
    assert shown == []
    assert [title for title, _ in tray.messages] == ["Overdue deadlines", "Deadlines coming up"]


def _window_reminding(qtbot, store, make_cases):
    """A window with a standing banner, whose reminders have just checked the cases `make_cases` sets up."""
    window = build_window(store, "Fictional demo data")
    qtbot.addWidget(window)
    window.show()
    window.wait_loaded()
    make_cases()
    window.reminders.tray = None
    window.reminders.clock = lambda: SAMPLE_NOW
    window.reminders.check()
    window.wait_loaded()
    return window


def test_the_window_shows_a_reminder_in_its_banner(qtbot, store) -> None:
    window = _window_reminding(qtbot, store, lambda: fill_sample(store))
    assert window.banner.isVisible()
    assert window.banner.text().startswith("Due soon: BR-2026-0002")
    assert window.banner.text().endswith("Fictional demo data")  # the standing banner stays
    window.close()


def test_a_locked_window_reads_nothing(qtbot, store, cases) -> None:
    window = build_window(store)
    qtbot.addWidget(window)
    window.wait_loaded()
    window.lock()
    window.reminders.clock = lambda: SAMPLE_NOW
    window.reminders.check()
    assert not window.ops.busy
    window.close()


def _breach_in_two_days_and_request_in_four(store) -> None:
    """A breach whose 72 hours end in two days, and an access request due four days from SAMPLE_NOW."""
    from dpo_desk.services import breaches, requests

    with store.write() as session:
        breaches.add(
            session,
            title="Stolen backup disk",
            aware_at=SAMPLE_NOW - dt.timedelta(days=1),
            nature=["confidentiality"],
            risk="risk",
            risk_reasoning="Names and e-mail addresses of customers",
        )
        # Received 14 April 2026: one month ends on 14 May, Ascension Day, so the reply is due the 15th.
        requests.add(session, type="access", received="2026-04-14", subject="A. Aalto")


def test_a_breach_due_in_two_days_comes_before_a_request_due_in_four(qtbot, store) -> None:
    _breach_in_two_days_and_request_in_four(store)
    with store.read() as session:
        state = deadlines.reminder_state(session, SAMPLE_NOW)
    assert [item.deadline.reference for item in state.warning] == ["BR-2026-0001", "DSR-2026-0001"]


def test_the_banner_can_be_hidden_for_the_day(qtbot, store, clock) -> None:
    window = _window_reminding(qtbot, store, lambda: _breach_in_two_days_and_request_in_four(store))
    assert window.banner_frame.isVisible()
    assert window.banner.text().startswith("Due soon: BR-2026-0001")
    qtbot.mouseClick(window.banner_hide, Qt.MouseButton.LeftButton)
    assert not window.banner_frame.isVisible()
    window.show_reminder("Due soon: something else")
    assert not window.banner_frame.isVisible()  # hidden until tomorrow
    assert window.statusBar().currentMessage() == "Due soon: something else"
    clock.advance(days=1)
    window.show_reminder("Due soon: the next day")
    assert window.banner_frame.isVisible() and window.banner.text().startswith("Due soon: the next day")
    window.close()

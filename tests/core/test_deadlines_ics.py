"""The deadlines as an iCalendar file: read back with icalendar, one event per deadline."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from dpo_desk.reporting.deadlines_ics import event_uid, write_deadlines_ics
from dpo_desk.services import organisation, reports, requests
from tests.sample_company import SAMPLE_NOW, SAMPLE_ORDER, fill_sample

pytestmark = pytest.mark.both_engines


@pytest.fixture
def cases(store):
    fill_sample(store)


def _events(path) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


def test_every_deadline_is_one_event_dates_all_day_hours_in_utc(store, cases, tmp_path) -> None:
    out = tmp_path / "deadlines.ics"
    with store.read() as session:
        assert write_deadlines_ics(reports.gather_deadlines(session, SAMPLE_NOW), out) == len(SAMPLE_ORDER)
    events = _events(out)
    assert len(events) == len(SAMPLE_ORDER)

    reply = events[event_uid("DSR-2026-0003", "reply")]
    assert reply.decoded("dtstart") == dt.date(2026, 5, 8)  # a date, not a datetime: all day
    assert not isinstance(reply.decoded("dtstart"), dt.datetime)
    assert reply.decoded("dtend") == dt.date(2026, 5, 9)
    assert str(reply["summary"]) == "DSR-2026-0003: Reply to the request"
    description = str(reply["description"])
    assert "DSR-2026-0003" in description and "Art. 12(3)" in description and "overdue" in description
    assert len({uid for uid in events if uid.startswith("dsr-2026-0004")}) == 2  # the notice and the reply

    breach = events[event_uid("BR-2026-0002", "authority-notification")]
    start = breach.decoded("dtstart")
    assert start == dt.datetime(2026, 5, 10, 15, 0, tzinfo=dt.UTC)
    assert start.utcoffset() == dt.timedelta(0)
    assert "DTSTART:20260510T150000Z" in out.read_text()
    assert "Art. 33(1): 72 hours from awareness" in str(breach["description"])


def test_each_event_has_an_alarm_from_the_reminder_settings(store, cases, tmp_path) -> None:
    out = tmp_path / "deadlines.ics"
    with store.read() as session:
        write_deadlines_ics(reports.gather_deadlines(session, SAMPLE_NOW), out)
    events = _events(out)
    day_alarm = events[event_uid("SP-0003", "objection-period")].walk("VALARM")[0]
    hour_alarm = events[event_uid("BR-2026-0002", "authority-notification")].walk("VALARM")[0]
    assert str(day_alarm["action"]) == "DISPLAY"
    assert day_alarm.decoded("trigger") == -dt.timedelta(days=7)  # reminders.request_days default
    assert hour_alarm.decoded("trigger") == -dt.timedelta(hours=24)  # reminders.breach_hours default


def test_uids_are_stable_so_a_new_export_updates_the_same_events(store, cases, tmp_path) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    with store.read() as session:
        write_deadlines_ics(reports.gather_deadlines(session, SAMPLE_NOW), first)
    with store.write() as session:  # DSR-2026-0003 extended and told on its last day; DSR-2026-0004's told
        requests.extend(session, "DSR-2026-0003", "Many systems to search.", on="2026-05-08", told_on="2026-05-08")
        requests.record_extension_told(session, "DSR-2026-0004", on="2026-05-11")
    with store.read() as session:
        write_deadlines_ics(reports.gather_deadlines(session, SAMPLE_NOW + dt.timedelta(days=1)), second)
    old, new = _events(first), _events(second)
    uid = event_uid("DSR-2026-0003", "reply")
    assert uid in old and uid in new
    assert new[uid].decoded("dtstart") == dt.date(2026, 7, 8)
    assert event_uid("DSR-2026-0004", "extension-notice") not in new
    assert event_uid("DSR-2026-0003", "reply") != event_uid("DSR-2026-0003", "extension-notice")


def test_the_calendar_is_named_after_the_organisation(store, cases, tmp_path) -> None:
    with store.write() as session:
        organisation.update(session, name="Pilvinen Esimerkki Oy")
    out = tmp_path / "deadlines.ics"
    with store.read() as session:
        write_deadlines_ics(reports.gather_deadlines(session, SAMPLE_NOW), out)
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    assert str(calendar["x-wr-calname"]) == "DPO Desk deadlines — Pilvinen Esimerkki Oy"
    assert str(calendar["version"]) == "2.0"


def test_an_empty_overview_writes_a_valid_empty_calendar(store, tmp_path) -> None:
    out = tmp_path / "none.ics"
    with store.read() as session:
        assert write_deadlines_ics(reports.gather_deadlines(session, SAMPLE_NOW), out) == 0
    assert icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT") == []

"""The requests service on a real encrypted store: the case life, refusals that store nothing, the contracts."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from dpo_desk.errors import InvalidInput, NotFound, RuleRefused
from dpo_desk.services import requests, settings
from dpo_desk.store.models import AuditEntry
from dpo_desk.store.models.requests import Request, RequestEvent

pytestmark = pytest.mark.both_engines

D = dt.date.fromisoformat


def _add(session, **extra) -> str:
    values = {"type": "access", "received": "2026-03-03", "subject": "Asta Example", "email": "asta@example.fi"}
    values.update(extra)
    return requests.add(session, **values)


def test_a_request_through_identity_extension_and_refusal(store) -> None:
    with store.write() as session:
        ref = _add(session)
        assert ref == "DSR-2026-0001"
        view = requests.show(session, ref, today=D("2026-03-04"))
        assert view.due_on == D("2026-04-07") and view.status == "open"
        assert "3 April is Good Friday" in view.due_rule

        view = requests.record_identity(session, ref, "requested", "2026-03-04", "asked for the customer number")
        assert view.status == "awaiting-identity" and view.due_on is None
        view = requests.record_identity(session, ref, "received", "2026-03-10")
        assert view.due_on == D("2026-04-10") and view.clock_start_on == D("2026-03-10")
        assert view.identity_requested_on == D("2026-03-04")  # both dates kept
        requests.record_identity(session, ref, "verified", "2026-03-11")

        view = requests.extend(session, ref, "Data in several systems", on="2026-03-20")
        assert view.due_on == D("2026-06-10") and view.status == "extended"
        assert view.first_month_due_on == D("2026-04-10")
        assert requests.show(session, ref, today=D("2026-04-13")).extension_not_told
        view = requests.record_extension_told(session, ref, "2026-03-21")
        assert not requests.show(session, ref, today=D("2026-04-13")).extension_not_told

        with pytest.raises(RuleRefused):
            requests.close(session, ref, "refused", "")
        view = requests.close(session, ref, "refused", "Manifestly unfounded", replied_on="2026-06-01")
        assert view.status == "closed" and view.answered_on_time is True
        kinds = [e.kind for e in view.timeline]
        assert kinds == [
            "received",
            "identity-requested",
            "identity-received",
            "identity-verified",
            "extended",
            "extension-told",
            "closed",
        ]
        with pytest.raises(RuleRefused):
            requests.extend(session, ref, "again")
        requests.add_note(session, ref, "Requester called to thank us", "2026-06-02")
    with store.read() as session:
        trail = session.scalars(select(AuditEntry.record).where(AuditEntry.entity == "request_event")).all()
        assert trail and set(trail) == {ref}  # timeline rows are filed under their case


def test_refused_input_stores_nothing(store) -> None:
    with store.write() as session:
        before = session.scalar(select(func.count(Request.id)))
        for bad in (
            {"type": "mind-reading"},
            {"received": "15.1.2026x"},
            {"subject": "   "},
            {"email": "not-an-address"},
            {"channel": "pigeon"},
            {"role": "owner"},
            {"controller": "Acme", "role": "controller"},
        ):
            with pytest.raises(InvalidInput):
                _add(session, **bad)
        assert session.scalar(select(func.count(Request.id))) == before
        assert session.scalar(select(func.count(RequestEvent.id))) == 0
        ref = _add(session)
        with pytest.raises(InvalidInput):
            requests.close(session, ref, "fulfilled", replied_on="2026-03-01")  # before receipt
        with pytest.raises(InvalidInput):
            requests.close(session, ref, "maybe")
        with pytest.raises(RuleRefused):
            requests.extend(session, ref, "  ")
        with pytest.raises(NotFound):
            requests.show(session, "DSR-2026-9999")
        view = requests.show(session, ref)
        assert view.status == "open" and view.extended_on is None and len(view.timeline) == 1


def test_identity_steps_go_in_order_and_once(store) -> None:
    with store.write() as session:
        ref = _add(session)
        with pytest.raises(RuleRefused):
            requests.record_identity(session, ref, "received", "2026-03-05")
        requests.record_identity(session, ref, "requested", "2026-03-04")
        with pytest.raises(RuleRefused):
            requests.record_identity(session, ref, "requested", "2026-03-05")
        with pytest.raises(RuleRefused):
            requests.extend(session, ref, "no clock yet")
        with pytest.raises(InvalidInput):
            requests.record_identity(session, ref, "received", "2026-03-01")


def test_identity_clock_none_keeps_the_first_limit(store) -> None:
    with store.write() as session:
        settings.put(session, "requests.identity_clock", "none")
        ref = _add(session)
        view = requests.record_identity(session, ref, "requested", "2026-03-04")
        assert view.due_on == D("2026-04-07") and view.status == "open"
        assert requests.record_identity(session, ref, "received", "2026-03-20").due_on == D("2026-04-07")


def test_a_processor_forwards_to_its_controller(store) -> None:
    with store.write() as session:
        ref = _add(session, role="processor", controller="Asiakas Oy")
        with pytest.raises(RuleRefused):
            requests.forward(session, _add(session), "Someone")  # received as controller
        view = requests.forward(session, ref, None, "2026-03-04")
        assert (view.outcome, view.controller_name, view.forwarded_on) == (
            "forwarded-to-controller",
            "Asiakas Oy",
            D("2026-03-04"),
        )
        assert view.status == "closed"


def test_list_filters_sorting_and_paging(store) -> None:
    with store.write() as session:
        a = _add(session, received="2026-01-05", subject="Åke Ström", email="ake@example.se")
        b = _add(session, type="erasure", received="2026-02-01", subject="Bea Example")
        c = _add(session, type="erasure", received="2026-10-20", subject="Cai 100%_match")
        requests.close(session, b, "fulfilled", replied_on="2026-02-20")
    with store.read() as session:
        today = D("2026-11-01")
        overdue = requests.Filters(overdue=True)
        assert [r.reference for r in requests.fetch(session, overdue, today=today)] == [a]
        assert requests.count(session, requests.Filters(type="erasure"), today) == 2
        assert [r.reference for r in requests.fetch(session, requests.Filters(search="åKE"), today=today)] == [a]
        assert [r.reference for r in requests.fetch(session, requests.Filters(search="0%_"), today=today)] == [c]
        assert [r.reference for r in requests.fetch(session, requests.Filters(search="2026-0002"), today=today)] == [b]
        assert requests.count(session, requests.Filters(search="%"), today) == 1
        assert [r.reference for r in requests.fetch(session, requests.Filters(status="closed"), today=today)] == [b]
        by_due = requests.fetch(session, sort="due_on", descending=True, today=today)
        assert [r.reference for r in by_due] == [c, b, a]
        page = requests.fetch(session, offset=1, limit=1, sort="subject_name", today=today)
        assert [r.reference for r in page] == [c]
        rows = {r.reference: r for r in requests.fetch(session, today=D("2026-11-15"))}
        assert rows[c].due_soon and not rows[c].overdue and rows[a].overdue
        with pytest.raises(InvalidInput):
            requests.fetch(session, requests.Filters(status="lost"))
        with pytest.raises(InvalidInput):
            requests.fetch(session, sort="id; drop table request")


def test_contract_functions(store) -> None:
    with store.write() as session:
        a = _add(session, received="2026-01-15")
        b = _add(session, type="erasure", received="2026-02-17")
        c = _add(session, received="2026-03-10")
        requests.close(session, a, "fulfilled", replied_on="2026-02-10")  # in time (due 16 Feb)
        requests.extend(session, b, "Back-ups", on="2026-02-20")
        requests.close(session, b, "partially-fulfilled", "Some data kept by law", replied_on="2026-05-20")  # late
        requests.record_identity(session, c, "verified", "2026-03-11")
    with store.read() as session:
        now = dt.datetime(2026, 4, 20, 12, tzinfo=dt.UTC)
        found = requests.deadlines(session, now)
        assert [(d.reference, d.kind, d.due) for d in found] == [(c, "reply", D("2026-04-10"))]
        assert requests.open_count(session) == 1
        s = requests.statistics(session, D("2026-01-01"), D("2026-12-31"))
        assert (s.total, s.closed, s.answered_on_time) == (3, 2, 1)
        assert s.on_time_share == 0.5
        assert s.median_days_to_close == (26 + 92) / 2
        assert s.by_type == {"access": 2, "erasure": 1}
        assert s.by_outcome == {"fulfilled": 1, "partially-fulfilled": 1}
        assert s.by_month == {"2026-01": {"access": 1}, "2026-02": {"erasure": 1}, "2026-03": {"access": 1}}
        assert requests.statistics(session, D("2026-02-01"), D("2026-02-28")).total == 1
        assert requests.closed_before(session, D("2026-03-01")) == [a]
        assert requests.identity_verified_references(session) == {c}


def test_extension_notice_is_a_deadline_until_told(store) -> None:
    with store.write() as session:
        ref = _add(session, received="2026-02-17")
        requests.extend(session, ref, "Complex", on="2026-02-20")
    with store.read() as session:
        kinds = {(d.kind, d.due) for d in requests.deadlines(session, dt.datetime(2026, 3, 1, tzinfo=dt.UTC))}
        assert kinds == {("reply", D("2026-05-18")), ("extension-notice", D("2026-03-17"))}


def test_corrections_are_checked_and_noted(store) -> None:
    with store.write() as session:
        ref = _add(session)
        view = requests.correct(session, ref, subject="Asta Esimerkki", email="asta@example.com")
        assert (view.subject_name, view.subject_email) == ("Asta Esimerkki", "asta@example.com")
        assert view.timeline[-1].kind == "corrected" and "Asta Example" in view.timeline[-1].text
        assert requests.fetch(session, requests.Filters(search="esimerkki"))[0].reference == ref
        with pytest.raises(InvalidInput):
            requests.correct(session, ref, email="nope")
        with pytest.raises(InvalidInput):
            requests.correct(session, ref, received="2026-01-01")
        with pytest.raises(InvalidInput):
            requests.correct(session, ref, controller="Acme")  # received as controller
        with pytest.raises(RuleRefused):
            requests.correct(session, ref, subject="Asta Esimerkki")
        assert requests.show(session, ref).subject_email == "asta@example.com"


def test_derived_values_for_bulk_writers_match_the_service(store) -> None:
    with store.write() as session:
        ref = _add(session, received="2026-02-17")
        requests.extend(session, ref, "Complex", on="2026-02-18")
        stored = requests.show(session, ref)
        holidays = requests.holiday_calendar(session)
    derived = requests.derived_values(
        {
            "reference": ref,
            "received_on": D("2026-02-17"),
            "subject_name": "Asta Example",
            "subject_email": "asta@example.fi",
            "extended_on": D("2026-02-18"),
        },
        holidays,
    )
    assert derived == {
        "due_on": stored.due_on,
        "first_month_due_on": stored.first_month_due_on,
        "status": "extended",
        "search_key": f"{ref.casefold()} asta example asta@example.fi",
    }


def test_failed_identity_says_what_to_do(store) -> None:
    with store.write() as session:
        ref = _add(session)
        requests.record_identity(session, ref, "requested", "2026-03-04")
        view = requests.record_identity(session, ref, "failed", "2026-04-20")
        # a failed check stops no clock (issue 17): the refusal is due within the month from receipt
        assert view.due_on == dt.date(2026, 4, 7) and view.status == "open"
        assert [w.code for w in view.warnings] == ["identity-failed-refusal-due"]
        assert "could not be verified" in view.warnings[0].message
        with pytest.raises(RuleRefused):
            requests.record_identity(session, ref, "verified", "2026-04-21")
        assert requests.close(session, ref, "refused", "Identity not confirmed").status == "closed"


def test_search_results_page_in_the_chosen_order_and_count_with_other_filters(store) -> None:
    days = ["2026-03-09", "2026-01-15", "2026-06-30", "2026-02-02", "2026-05-05"]
    with store.write() as session:
        found = {day: _add(session, received=day, subject=f"Liisa Virtanen {i}") for i, day in enumerate(days)}
        _add(session, received="2026-04-01", subject="Someone Else")
        requests.close(session, found["2026-06-30"], "fulfilled", replied_on="2026-07-01")
    today = D("2026-11-01")
    with store.read() as session:
        term = requests.Filters(search="virtA")
        pages = [
            [r.reference for r in requests.fetch(session, term, offset=o, limit=2, descending=True, today=today)]
            for o in (0, 2, 4)
        ]
        assert pages == [[found[d] for d in sorted(days, reverse=True)[i : i + 2]] for i in (0, 2, 4)]
        assert requests.count(session, term, today) == 5
        closed_only = requests.Filters(search="virtA", status="closed")
        assert requests.count(session, closed_only, today) == 1
        assert [r.reference for r in requests.fetch(session, closed_only, today=today)] == [found["2026-06-30"]]


def test_every_timeline_sentence_reads_back_into_its_parts(store) -> None:
    """The window words the timeline from `EventView.parts`; each sentence an operation writes must read back."""
    with store.write() as session:
        ref = _add(session, type="erasure", channel="email", type_guessed=True)
        requests.classify(session, ref, "rectification", on="2026-03-03")
        requests.extend(session, ref, "many systems", on="2026-03-20", told_on="2026-03-20")
        requests.record_identity(session, ref, "requested", on="2026-04-20", note="passport copy asked")
        requests.record_identity(session, ref, "received", on="2026-04-21")
        requests.record_identity(session, ref, "verified", on="2026-04-22")
        requests.correct(session, ref, on="2026-04-24", subject="Asta O'Example", contact="tel; 040 123 'x'")
        requests.record_letter(session, ref, "extension", "sv", D("2026-04-24"))
        requests.add_note(session, ref, "called: no answer", on="2026-04-25")
        requests.close(session, ref, "refused", "manifestly unfounded: repeated", replied_on="2026-04-26")
        timeline = requests.show(session, ref).timeline
    parts = {event.kind: event.parts for event in timeline}
    assert parts["received"] == {"type": "erasure", "channel": "email", "type_guessed": True}
    assert parts["classified"] == {"before": "erasure", "after": "rectification"}
    assert parts["identity-requested"] == {"note": "passport copy asked", "asked_late": True}
    assert parts["identity-received"] == {"note": "", "asked_late": False}
    assert parts["extended"] == {"reason": "many systems"} and parts["extension-told"] == {}
    assert parts["corrected"] == {
        "changes": (("subject", "Asta Example", "Asta O'Example"), ("contact", "", "tel; 040 123 'x'"))
    }
    assert parts["letter"] == {"letter": "extension", "language": "sv"}
    assert parts["note"] == {"note": "called: no answer"}
    assert parts["closed"] == {"outcome": "refused", "reason": "manifestly unfounded: repeated"}
    assert "parts" not in timeline[0].to_json()  # the JSON keeps the stored sentence only

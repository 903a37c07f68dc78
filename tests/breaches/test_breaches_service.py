"""The breaches service on a real encrypted store: validation, phases, communication, closing, contracts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dpo_desk.errors import InvalidInput, NotFound, RuleRefused
from dpo_desk.services import breaches, exchange, organisation
from dpo_desk.store import Store
from dpo_desk.store.models import AuditEntry, ReferenceCounter
from dpo_desk.store.models.breaches import Breach, BreachNotification
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.both_engines

UTC = dt.UTC


def _add(store: Store, **fields) -> str:
    values = {"title": "Misconfigured bucket", "aware_at": "2026-03-02T08:00:00+02:00", "nature": "confidentiality"}
    values.update(fields)
    with store.write() as session:
        return breaches.add(session, **values).reference


def _counts(store: Store) -> tuple[int, int, int]:
    with store.read() as session:
        return (
            session.scalar(select(func.count(Breach.id))),
            session.scalar(select(func.count(BreachNotification.id))),
            session.scalar(select(func.count(AuditEntry.id))),
        )


def test_add_computes_the_deadline_and_numbers_by_year(store) -> None:
    first = _add(store)
    second = _add(store, aware_at="2027-01-01T00:30:00+02:00")  # still 2026 in UTC, 2027 in Helsinki
    assert (first, second) == ("BR-2026-0001", "BR-2027-0001")
    with store.read() as session:
        view = breaches.get(session, first)
    assert view.authority_deadline == dt.datetime(2026, 3, 5, 6, 0, tzinfo=UTC)
    assert view.to_json()["authority_deadline"] == "2026-03-05T08:00:00+02:00"
    assert view.nature == ("confidentiality",)
    assert view.notification_required  # an undecided risk counts as one


@pytest.mark.parametrize(
    ("fields", "field_name"),
    [
        ({"nature": "confidentiality,secrecy"}, "nature"),
        ({"aware_at": "yesterday"}, "aware_at"),
        ({"cause": "aliens"}, "cause"),
        ({"risk": "medium"}, "risk"),
        ({"subjects_approx": "many"}, "subjects_approx"),
        ({"title": "  "}, "title"),
        ({"occurred_from": "2026-03-03T00:00:00+02:00"}, "aware_at"),
        ({"discovered_at": "2026-03-01T00:00", "occurred_from": "2026-03-01T10:00"}, "discovered_at"),
        ({"enisa_dpc": "3"}, "enisa_dpc"),
        ({"enisa_dpc": "5", "enisa_ei": "1", "enisa_cb": "0"}, "enisa_dpc"),
        ({"member_states": "Sweden"}, "member_states"),
    ],
)
def test_refused_input_names_the_field_and_stores_nothing(store, fields, field_name) -> None:
    before = _counts(store)
    with pytest.raises(InvalidInput) as refused:
        _add(store, **fields)
    assert refused.value.field == field_name
    assert _counts(store) == before
    with store.read() as session:
        assert session.get(ReferenceCounter, "BR-2026") is None  # no reference used up either


def test_notifications_come_in_phases_and_a_late_one_needs_reasons(store) -> None:
    ref = _add(store, risk="risk")
    before = _counts(store)
    with store.write() as session, pytest.raises(RuleRefused, match="--late-reason"):
        breaches.notify(session, ref, "2026-03-06T09:00:00+02:00")
    with store.write() as session, pytest.raises(InvalidInput) as early:
        breaches.notify(session, ref, "2026-03-01T09:00:00+02:00")
    assert early.value.field == "at"
    with store.write() as session, pytest.raises(RuleRefused):
        breaches.notify(session, ref, "2026-03-03T09:00:00+02:00", phase="supplementary")
    assert _counts(store) == before

    with store.write() as session:
        first = breaches.notify(session, ref, "2026-03-05T08:00:00+02:00", content="What we knew")  # the last moment
        assert (first.phase, first.late) == ("initial", False)
    with store.write() as session:
        second = breaches.notify(session, ref, "2026-03-09T10:00:00+02:00", content="Final numbers")
        assert (second.phase, second.number, second.late) == ("supplementary", 2, False)
    with store.write() as session, pytest.raises(RuleRefused):
        breaches.notify(session, ref, "2026-03-10T10:00:00+02:00", phase="initial")
    with store.write() as session:
        breaches.set_authority_reference(session, ref, 1, "TSV/4711/2026")
    with store.read() as session:
        view = breaches.get(session, ref)
        trail = session.scalars(select(AuditEntry.record).where(AuditEntry.entity == "breach_notification")).all()
    assert [n.phase for n in view.notifications] == ["initial", "supplementary"]
    assert view.notifications[0].authority_reference == "TSV/4711/2026"
    assert view.first_notified_at == dt.datetime(2026, 3, 5, 6, 0, tzinfo=UTC)
    assert set(trail) == {ref}  # the trail files each phase under its breach


def test_late_notification_keeps_its_reasons_and_awareness_cannot_silently_make_one_late(store) -> None:
    ref = _add(store, risk="risk")
    with store.write() as session:
        late = breaches.notify(
            session, ref, "2026-03-06T09:00:00+02:00", late_reason="Scope unclear until vendor report"
        )
    assert late.late and late.late_reason.startswith("Scope")
    other = _add(store, risk="risk")
    with store.write() as session:
        breaches.notify(session, other, "2026-03-04T09:00:00+02:00")
    with store.write() as session, pytest.raises(RuleRefused):
        breaches.update(session, other, aware_at="2026-02-28T08:00:00+02:00")
    with store.write() as session, pytest.raises(InvalidInput):
        breaches.update(session, other, aware_at="2026-03-04T10:00:00+02:00")  # after the notification
    with store.read() as session:
        assert breaches.get(session, other).aware_at == dt.datetime(2026, 3, 2, 6, 0, tzinfo=UTC)


def test_subject_communication_or_exemption_with_reason(store) -> None:
    ref = _add(store, risk="high", risk_reasoning="Passwords exposed")
    for kwargs, field_name in (
        ({"status": "exempt", "exemption": "a"}, "reason"),
        ({"status": "exempt", "exemption": "d", "reason": "x"}, "exemption"),
        ({"status": "done", "method": "e-mail"}, "at"),
        ({"status": "done", "at": "2026-03-03T10:00"}, "method"),
        ({"status": "exempt", "exemption": "c", "reason": "Too many"}, "method"),
    ):
        with store.write() as session, pytest.raises(InvalidInput) as refused:
            breaches.communicate(session, ref, **kwargs)
        assert refused.value.field == field_name
    with store.read() as session:
        assert breaches.get(session, ref).communication == ""
    with store.write() as session:
        view = breaches.communicate(
            session, ref, status="exempt", exemption="a", reason="Disk encrypted with AES-256, key not exposed"
        )
    assert (view.communication, view.exemption) == ("exempt", "a")
    assert not any("Art. 34" in w for w in view.warnings)


def test_close_needs_every_decision_on_record(store) -> None:
    ref = _add(store)
    steps = [
        ({"risk": "high"}, "Decide the risk"),
        ({"risk_reasoning": "Customer passwords in clear text"}, "reasoning"),
    ]
    with store.write() as session, pytest.raises(RuleRefused, match=steps[0][1]):
        breaches.close(session, ref, "Done")
    with store.write() as session:
        breaches.update(session, ref, risk="high")
    with store.write() as session, pytest.raises(RuleRefused, match="reasoning"):
        breaches.close(session, ref, "Done")
    with store.write() as session:
        breaches.update(session, ref, risk_reasoning="Customer passwords in clear text")
    with store.write() as session, pytest.raises(RuleRefused, match="notification"):
        breaches.close(session, ref, "Done")
    with store.write() as session:
        breaches.notify(session, ref, "2026-03-03T10:00")
    with store.write() as session, pytest.raises(RuleRefused, match="high risk"):
        breaches.close(session, ref, "Done")
    with store.write() as session:
        breaches.communicate(session, ref, status="done", at="2026-03-03T12:00", method="E-mail", count=40)
    with store.write() as session, pytest.raises(InvalidInput):
        breaches.close(session, ref, "")
    with store.write() as session:
        view = breaches.close(session, ref, "Passwords reset, bucket policy fixed", at="2026-03-20T10:00")
    assert view.status == "closed" and view.closed_at == dt.datetime(2026, 3, 20, 8, 0, tzinfo=UTC)
    with store.read() as session:
        assert breaches.closed_before(session, dt.date(2026, 3, 21)) == [ref]
        assert breaches.closed_before(session, dt.date(2026, 3, 20)) == []
        assert breaches.open_count(session) == 0


def test_deadlines_follow_risk_notification_and_role(store) -> None:
    unassessed = _add(store)
    none = _add(store, risk="none", risk_reasoning="Encrypted backup tape, key safe")
    high = _add(store, risk="high")
    processor = _add(store, role="processor", controller_name="Asiakas Oy")
    now = dt.datetime(2026, 3, 4, 0, 0, tzinfo=UTC)
    with store.read() as session:
        found = {(d.reference, d.kind) for d in breaches.deadlines(session, now)}
    assert found == {
        (unassessed, "authority-notification"),
        (high, "authority-notification"),
        (high, "subject-communication"),
        (processor, "controller-notification"),
    }
    assert not any(ref == none for ref, _ in found)
    with store.write() as session:
        breaches.notify(session, high, "2026-03-03T10:00")
        breaches.update(session, processor, controller_told_at="2026-03-02T09:00")
    with store.read() as session:
        kinds = {(d.reference, d.kind) for d in breaches.deadlines(session, now)}
        from dpo_desk.services import deadlines as overview

        items = overview.overview(session, dt.datetime(2026, 3, 6, tzinfo=UTC))
    assert kinds == {(unassessed, "authority-notification"), (high, "subject-communication")}
    assert any(i.deadline.reference == unassessed and i.overdue for i in items)


def test_statistics_by_awareness_in_the_organisations_zone(store) -> None:
    _add(store, cause="ransomware", risk="high", aware_at="2026-03-31T23:30:00+03:00")  # March in Helsinki
    late = _add(store, cause="misdelivery", risk="risk", aware_at="2026-04-02T10:00")
    _add(store, cause="misdelivery", risk="none", aware_at="2026-04-03T10:00")
    _add(store, cause="other", aware_at="2026-06-01T10:00")  # outside the range
    with store.write() as session:
        breaches.notify(session, late, "2026-04-07T10:00", late_reason="Holiday")
    with store.read() as session:
        stats = breaches.statistics(session, dt.date(2026, 3, 1), dt.date(2026, 4, 30))
    assert stats.total == 3
    assert stats.by_cause == {"ransomware": 1, "misdelivery": 2}
    assert stats.by_risk == {"high": 1, "risk": 1, "none": 1}
    assert (stats.notified, stats.notified_late, stats.not_notified) == (1, 1, 2)
    assert stats.by_month == {"2026-03": 1, "2026-04": 2}


def test_table_pages_sort_and_filter_in_sql(store) -> None:
    for i in range(5):
        _add(store, title=f"Case {i}", aware_at=f"2026-03-0{i + 1}T10:00", risk=("none", "risk", "high")[i % 3])
    with store.read() as session:
        assert breaches.count(session) == 5
        newest = breaches.fetch(session, 0, 2, "aware_at", True)
        assert [r.title for r in newest] == ["Case 4", "Case 3"]
        assert [r.title for r in breaches.fetch(session, 2, 2, "aware_at", True)] == ["Case 2", "Case 1"]
        assert breaches.count(session, risk="high") == 1
        assert [r.title for r in breaches.fetch(session, 0, 10, "title", False, search="case 3")] == ["Case 3"]
        assert breaches.count(session, search="BR-2026-000") == 5
        assert breaches.count(session, unnotified=True) == 5
        with pytest.raises(InvalidInput):
            breaches.fetch(session, 0, 10, "title; drop table breach", False)
        with pytest.raises(NotFound):
            breaches.get(session, "BR-2026-0099")


def test_export_and_import_carry_breaches_and_their_phases(store, tmp_path: Path) -> None:
    ref = _add(store, risk="risk", description="Quote ' & <b> Дмитрий")
    with store.write() as session:
        organisation.update(session, name="Vienti Oy")
        breaches.notify(session, ref, "2026-03-06T09:00", late_reason="Vendor report")
        breaches.notify(session, ref, "2026-03-08T09:00", content="More")
    path = tmp_path / "export.json"
    with store.read() as session:
        exchange.write_export(session, path, store_id=store.store_id, schema_revision=store.schema_revision)
        original = breaches.get(session, ref)
    assert len(json.loads(path.read_text(encoding="utf-8"))["tables"]["breach_notification"]) == 2
    target = Store.create(tmp_path / "target.dpodesk", PASSPHRASE)
    with target.write() as session:
        exchange.apply_import(session, exchange.read_document(path))
    with target.read() as session:
        copied = breaches.get(session, ref)
    target.close()
    # the version counts the edits made in a store, and is not exported: an imported case starts at 1
    assert copied.version == 1 and original.version == 2  # the two phases were one transaction: one edit
    assert dataclasses.replace(copied, version=original.version) == original


def test_enisa_parts_give_the_total_and_a_wrong_total_is_refused(store) -> None:
    ref = _add(store, enisa_dpc="3", enisa_ei="0.75", enisa_cb_confidentiality="0.5", enisa_malicious=True)
    with store.read() as session:
        view = breaches.get(session, ref)
    assert (view.enisa_cb, view.severity.score, view.severity.band) == (1.0, 3.25, "high")
    with store.write() as session, pytest.raises(InvalidInput) as refused:
        breaches.update(session, ref, enisa_cb="1.5", enisa_cb_integrity="0.25")
    assert refused.value.field == "enisa_cb"
    with store.write() as session:
        view = breaches.update(session, ref, enisa_cb="0.25")  # a total alone replaces the breakdown
    assert view.enisa_cb_confidentiality is None and view.enisa_malicious is None
    assert view.severity.score == 2.5


def test_a_processor_tells_its_controller_and_assesses_no_risk(store) -> None:
    ref = _add(store, role="processor", controller_name="Asiakas Oy")
    with store.read() as session:
        view = breaches.get(session, ref)
    assert not view.notification_required
    assert view.warnings == ("As a processor: tell the controller without undue delay (Art. 33(2)) and record when.",)
    with store.write() as session, pytest.raises(RuleRefused, match="controller"):
        breaches.close(session, ref, "Policy fixed")
    with store.write() as session:
        breaches.update(session, ref, controller_told_at="2026-03-02T09:30")
        view = breaches.close(session, ref, "Policy fixed")
    assert view.status == "closed" and view.warnings == ()


@pytest.mark.parametrize("sort_key", breaches.SORT_KEYS)
def test_every_sort_of_the_table_walks_an_index(store, sort_key) -> None:
    """100,000 breaches stay instant: a page is read along an index, never sorted in a temporary tree."""
    if store.is_server:
        pytest.skip("SQLite's query plans (PostgreSQL's planner chooses by the table's statistics)")
    from sqlalchemy import event

    seen: list[tuple[str, object]] = []
    with store.read() as session:
        engine = session.get_bind()

        def capture(conn, cursor, statement, parameters, context, executemany) -> None:
            if "LIMIT" in statement and "FROM breach" in statement:
                seen.append((statement, parameters))

        event.listen(engine, "before_cursor_execute", capture)
        try:
            breaches.fetch(session, 0, 50, sort_key, True)
        finally:
            event.remove(engine, "before_cursor_execute", capture)
        statement, parameters = seen[-1]
        plan = " | ".join(
            r[-1] for r in session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
        )
    assert "USING INDEX" in plan and "TEMP B-TREE" not in plan, plan

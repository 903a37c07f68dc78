"""The synthetic data generator: reproducible from its seed, counts as asked, rows the services accept."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dpo_desk.errors import InvalidInput, RuleRefused
from dpo_desk.services import exchange, synthetic
from dpo_desk.store.models.breaches import Breach
from dpo_desk.store.models.core import AuditEntry, ReferenceCounter
from dpo_desk.store.models.register import Subprocessor
from dpo_desk.store.models.requests import Request

pytestmark = pytest.mark.both_engines

AS_OF = dt.date(2026, 3, 16)


def _generate(store, requests: int = 300, seed: int = 11, **more) -> synthetic.Generated:
    with store.write() as session:
        return synthetic.generate(session, synthetic.plan(requests, seed=seed, as_of=AS_OF, **more))


def _tables_of(store, path: Path) -> dict:
    with store.read() as session:
        exchange.write_export(session, path)
    tables = json.loads(path.read_text(encoding="utf-8"))["tables"]
    tables.pop("audit_log")  # its entry records when the data was generated
    return tables


def test_default_proportions_follow_the_issue() -> None:
    chosen = synthetic.plan(100_000)
    assert (chosen.requests, chosen.breaches, chosen.subprocessors) == (100_000, 10_000, 5_000)
    assert synthetic.plan(1000, breaches=0, subprocessors=3).breaches == 0


def test_bad_counts_name_their_field() -> None:
    with pytest.raises(InvalidInput) as refused:
        synthetic.plan("many")
    assert refused.value.field == "requests"
    with pytest.raises(InvalidInput) as refused:
        synthetic.plan(10, breaches=-1)
    assert refused.value.field == "breaches"


def test_counts_are_as_asked_and_one_audit_entry_records_the_run(store) -> None:
    done = _generate(store, 240, breaches=31, subprocessors=17)
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Request)) == 240
        assert session.scalar(select(func.count()).select_from(Breach)) == 31
        assert session.scalar(select(func.count()).select_from(Subprocessor)) == 17
        entries = session.execute(select(AuditEntry.action, AuditEntry.changes)).all()
    assert [action for action, _ in entries] == ["generate"]
    assert json.loads(entries[0].changes)["seed"] == 11
    assert done.rows["request"] == 240 and done.rows["request_event"] >= 240


def test_the_same_seed_gives_the_same_rows_and_another_seed_others(store, template_store: Path, tmp_path: Path) -> None:
    from dpo_desk.store import Store
    from tests.conftest import PASSPHRASE

    _generate(store, 200, seed=5)
    first = _tables_of(store, tmp_path / "first.json")
    again = []
    for seed in (5, 6):
        shutil.copyfile(template_store, tmp_path / f"seed-{seed}.dpodesk")
        other = Store.open(tmp_path / f"seed-{seed}.dpodesk", PASSPHRASE)
        try:
            _generate(other, 200, seed=seed)
            again.append(_tables_of(other, tmp_path / f"seed-{seed}.json"))
        finally:
            other.close()
    assert again[0] == first
    assert again[1]["request"] != first["request"]


def test_a_store_with_cases_is_refused(store) -> None:
    _generate(store, 20)
    with pytest.raises(RuleRefused, match="empty store"):
        _generate(store, 20)


def test_distributions_look_like_a_real_log(store) -> None:
    _generate(store, 2000, seed=3)
    with store.read() as session:
        by_type = dict(session.execute(select(Request.type, func.count()).group_by(Request.type)).all())
        statuses = dict(session.execute(select(Request.status, func.count()).group_by(Request.status)).all())
        overdue = session.scalar(
            select(func.count()).where(Request.status != "closed", Request.due_on < AS_OF).select_from(Request)
        )
        names = session.scalars(select(Request.subject_name)).all()
        causes = set(session.scalars(select(Breach.cause)))
    assert max(by_type, key=by_type.get) == "access"
    assert by_type["access"] + by_type["erasure"] > 1000
    assert {"open", "closed", "extended", "awaiting-identity"} <= set(statuses)
    assert statuses["closed"] > 1500
    assert 0 < overdue < 100
    assert any(set("åäö") & set(name) for name in names)
    assert {"misdelivery", "ransomware", "internal-human-error"} <= causes


def test_counters_move_past_the_generated_references(store) -> None:
    from dpo_desk.services import requests

    _generate(store, 50)
    with store.read() as session:
        last = session.scalar(select(ReferenceCounter.last).where(ReferenceCounter.series == "DSR-2026"))
    with store.write() as session:
        reference = requests.add(session, type="access", received="2026-03-16", subject="Uusi Asiakas")
    assert reference == f"DSR-2026-{last + 1:04d}"


def test_generated_cases_pass_the_modules_own_services(store) -> None:
    from dpo_desk.services import breaches, deadlines, register, requests

    _generate(store, 400, seed=9)
    with store.read() as session:
        references = session.scalars(select(Request.reference)).all()
        for reference in references[::37]:
            view = requests.show(session, reference, today=AS_OF)
            if view.closed:
                assert view.replied_on is not None and view.replied_on >= view.received_on
            elif view.identity_status != "requested":
                assert view.due_on is not None and view.due_on > view.received_on
        for reference in session.scalars(select(Breach.reference)).all():
            view = breaches.get(session, reference)
            if view.status == "closed":
                assert view.risk is not None and view.risk_reasoning
        for entry in register.all_entries(session):
            assert entry.reference.startswith("SP-")
        items = deadlines.overview(session, dt.datetime(2026, 3, 16, 12, tzinfo=dt.UTC))
    kinds = {item.deadline.kind for item in items}
    assert "reply" in kinds
    assert any(item.overdue for item in items)
    assert any(not item.overdue for item in items)


def test_each_timeline_runs_forward_from_the_case_creation(store) -> None:
    from dpo_desk.store.models.requests import RequestEvent

    _generate(store, 300, seed=8)
    with store.read() as session:
        created = dict(session.execute(select(Request.id, Request.created_at)).all())
        events = session.execute(
            select(RequestEvent.request_id, RequestEvent.at, RequestEvent.kind).order_by(RequestEvent.id)
        ).all()
    last: dict[int, dt.datetime] = {}
    for request_id, at, kind in events:
        if request_id not in last:
            assert kind == "received" and at == created[request_id]
        else:
            assert at > last[request_id]
        last[request_id] = at


def test_stored_due_dates_status_and_search_key_are_the_services_own(store) -> None:
    from dpo_desk.services import requests

    _generate(store, 400, seed=12)
    with store.read() as session:
        holidays = requests.holiday_calendar(session)
        rows = session.execute(select(Request.__table__)).mappings().all()
    for row in rows:
        expected = requests.derived_values(dict(row), holidays)
        assert {key: row[key] for key in expected} == expected, row["reference"]


def test_an_audit_trail_on_request_gives_each_case_several_entries_that_verify(store) -> None:
    from dpo_desk.services import audit_trail
    from dpo_desk.store.models.requests import RequestEvent

    _generate(store, 120, audit_trail=True)
    with store.read() as session:
        per_record = dict(session.execute(select(AuditEntry.record, func.count()).group_by(AuditEntry.record)).all())
        references = session.scalars(select(Request.reference)).all()
        events = session.scalar(select(func.count()).select_from(RequestEvent))
        closed = session.scalar(select(func.count()).select_from(Request).where(Request.outcome.is_not(None)))
        breach_references = session.scalars(select(Breach.reference)).all()
        result = audit_trail.verify(session)
    assert result.ok, result.faults
    request_entries = sum(per_record[reference] for reference in references)
    assert request_entries == len(references) + events + closed  # created, each timeline step, each closing
    assert request_entries >= 3 * len(references)
    assert all(per_record[reference] >= 2 for reference in references)  # a case and its receipt at least
    assert breach_references and all(per_record[reference] >= 1 for reference in breach_references)


def test_without_the_option_the_run_alone_is_recorded(store) -> None:
    _generate(store, 30)
    with store.read() as session:
        assert session.scalars(select(AuditEntry.action)).all() == ["generate"]

"""The demo company's records follow the seeds and link the register's subprocessors when there are any."""

from __future__ import annotations

import datetime as dt

import pytest

from dpo_desk.demo import organisation as demo_organisation
from dpo_desk.demo import records as demo_records
from dpo_desk.services import records, register

pytestmark = pytest.mark.both_engines

TODAY = dt.date(2026, 11, 25)


def test_six_activities_each_with_basis_retention_and_the_processor_one(store) -> None:
    with store.write() as session:
        demo_organisation.populate(session, TODAY)
        demo_records.populate(session, TODAY)
    with store.read() as session:
        views = records.all_activities(session)
        findings = records.check_all(session, TODAY)
    assert [v.name for v in views] == [
        "Customer relationship and contracts",
        "Cloud service for customers (as processor)",
        "Marketing and newsletters",
        "Website analytics and cookies",
        "Recruitment",
        "Customer support",
    ]
    assert all(v.purposes and all(p.legal_basis for p in v.purposes) and v.retention for v in views)
    assert [v.role for v in views].count("processor") == 1
    assert all(v.subprocessors == () for v in views)  # no register demo here: nothing to link, no failure
    assert {(f.reference, f.code) for f in findings} == {
        ("PA-0005", "review-overdue"),
        ("PA-0006", "balancing-test-missing"),
    }
    marketing = views[2]
    assert marketing.screening_required and marketing.assessment == "DPIA-0001"


def test_activities_link_the_register_subprocessors_by_name_or_service(store) -> None:
    with store.write() as session:
        hosting = register.add(session, name="Nordic Datacenter Oy", service="Hosting and backups", country="FI")
        helpdesk = register.add(
            session,
            name="Ticketly Inc",
            service="Helpdesk software",
            country="US",
            safeguard=register.SafeguardInput(safeguard="scc", scc_module=3),
        )
        demo_records.populate(session, TODAY)
    with store.read() as session:
        by_name = {v.name: v for v in records.all_activities(session)}
    assert [s.reference for s in by_name["Cloud service for customers (as processor)"].subprocessors] == [hosting]
    support = by_name["Customer support"]
    assert [s.reference for s in support.subprocessors] == [helpdesk]
    assert [(t.country, t.safeguard) for t in support.transfers] == [("US", "scc")]


def test_with_the_whole_demo_every_activity_links_active_register_entries(store) -> None:
    from dpo_desk import demo

    with store.write() as session:
        demo.populate(session, TODAY)
    with store.read() as session:
        views = records.all_activities(session)
        retired = {e.reference for e in register.all_entries(session) if e.status == "retired"}
    assert len(views) == 6
    assert all(v.subprocessors for v in views), [v.name for v in views if not v.subprocessors]
    assert not {s.reference for v in views for s in v.subprocessors} & retired
    assert any(t.source == "subprocessor" for v in views for t in v.transfers)

"""Processing activities in a real store: adding, derived transfers, warnings, links, deadlines, DPIAs."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from dpo_desk.errors import InvalidInput, NotFound, RuleRefused
from dpo_desk.services import deadlines as deadlines_service
from dpo_desk.services import dpia, records, register
from dpo_desk.services.records import PurposeInput, RecordFilter, TransferInput
from dpo_desk.store.audit import verify_chain
from dpo_desk.store.models import AuditEntry
from dpo_desk.store.models.records import ProcessingActivity

pytestmark = pytest.mark.both_engines


def _subprocessors(session) -> tuple[str, str, str]:
    eu = register.add(session, name="Nordic Hosting Oy", service="Hosting", country="FI")
    scc = register.add(
        session,
        name="Helpdesk Inc",
        service="Support tickets",
        country="US",
        safeguard=register.SafeguardInput(safeguard="scc", scc_module=3),
    )
    bare = register.add(session, name="Mailer Inc", service="Newsletters", country="US")
    return eu, scc, bare


def _activity(session, **fields) -> str:
    values = dict(
        name="Customer support",
        role="controller",
        purposes=[PurposeInput("Answering support tickets", "contract")],
        data_categories="name, e-mail, ticket content",
        subject_categories="customers' users",
        retention="2 years after the ticket closes",
    )
    values.update(fields)
    return records.add_activity(session, **values)


def test_add_and_show_every_field(store) -> None:
    with store.write() as session:
        ref = _activity(
            session,
            controllers=["Ignored for a controller"],
            special_categories=["health (in ticket text)"],
            purposes=[
                PurposeInput("Answering support tickets", "contract"),
                PurposeInput("Health details a user volunteers", "consent", "a"),
            ],
            sources="the data subject, the customer's admin",
            recipients=["support staff", "helpdesk provider"],
            security_measures="Encryption at rest, MFA",
            systems=["Helpdesk", "CRM"],
            owner="Head of Support",
        )
    assert ref == "PA-0001"
    with store.read() as session:
        view = records.get(session, "pa-0001")
    assert view.legal_basis == "contract"
    assert view.legal_bases == ("contract", "consent")
    assert view.purposes[1].special_condition == "explicit-consent"
    assert view.purposes[1].special_article == "9(2)(a)"
    assert view.purposes[0].article == "6(1)(b)"
    assert view.sources == ("the data subject", "the customer's admin")
    assert view.status == "active"
    assert view.last_reviewed_on is not None
    assert view.next_review_on == records.checks.add_months(view.last_reviewed_on, 12)
    assert view.warnings == ()


def test_refused_input_names_the_field_and_stores_nothing(store) -> None:
    cases = [
        dict(role="boss"),
        dict(name="  "),
        dict(purposes=[PurposeInput("x", "because")]),
        dict(purposes=[PurposeInput("x", "consent", "z")]),
        dict(transfers=[TransferInput("XX", "scc")]),
        dict(transfers=[TransferInput("US", "handshake")]),
        dict(subprocessors="SP-9999"),
        dict(next_review_on="31.02.2027"),
    ]
    for bad in cases:
        with pytest.raises(InvalidInput), store.write() as session:
            _activity(session, **bad)
    with store.read() as session:
        assert session.scalars(select(ProcessingActivity)).all() == []


def test_transfers_are_derived_from_linked_subprocessors_plus_those_entered_by_hand(store) -> None:
    with store.write() as session:
        eu, scc, _bare = _subprocessors(session)
        ref = _activity(
            session, subprocessors=f"{eu},{scc}", transfers=[TransferInput("in", "scc", "module 2", "Dev Pvt")]
        )
    with store.read() as session:
        view = records.get(session, ref)
    assert [s.reference for s in view.subprocessors] == [eu, scc]
    assert [s.name for s in view.subprocessors] == ["Nordic Hosting Oy", "Helpdesk Inc"]
    derived = [t for t in view.transfers if t.source == "subprocessor"]
    assert [(t.country, t.safeguard, t.subprocessor) for t in derived] == [("US", "scc", scc)]
    manual = [t for t in view.transfers if t.source == "manual"]
    assert [(t.country, t.safeguard, t.detail, t.recipient) for t in manual] == [("IN", "scc", "module 2", "Dev Pvt")]
    document = view.to_json()
    assert document["subprocessors"] == [eu, scc]
    assert {"country": "US", "safeguard": "scc"}.items() <= document["transfers"][0].items()


def test_a_linked_subprocessor_with_a_transfer_warning_warns_the_activity(store) -> None:
    with store.write() as session:
        _eu, _scc, bare = _subprocessors(session)
        ref = _activity(session, subprocessors=[bare])
    with store.read() as session:
        view = records.get(session, ref)
        codes = [w.code for w in records.check_all(session)]
    assert view.transfers[0].warnings
    assert codes == ["transfer-warning"]
    assert view.warnings[0].detail == {"subprocessor": bare}


def test_each_warning_from_the_store(store) -> None:
    with store.write() as session:
        no_basis = _activity(session, purposes=[PurposeInput("Newsletters", "")])
        special = _activity(session, special_categories="health")
        no_retention = _activity(session, retention="")
        needs_dpia = _activity(session)
        dpia.screen_activity(session, needs_dpia, "large-scale,systematic-monitoring")
        stale = _activity(session)
        records.mark_reviewed(session, stale, "2024-01-10", "2024-06-01")
    with store.read() as session:
        found = {(f.reference, f.code) for f in records.check_all(session)}
        assert records.open_count(session) == 5
    assert found == {
        (no_basis, "purpose-without-legal-basis"),
        (special, "special-without-condition"),
        (no_retention, "no-retention"),
        (needs_dpia, "dpia-missing"),
        (stale, "review-overdue"),
    }


def test_a_dpia_review_date_passed_warns(store) -> None:
    with store.write() as session:
        ref = _activity(session)
        dpia.screen_activity(session, ref, "whistleblowing")
        dpia.record_assessment(session, ref, assessed_on="2024-01-01", next_review_on="2025-01-01", residual_risk="low")
    with store.read() as session:
        assert [f.code for f in records.check_all(session)] == ["dpia-review-overdue"]
        assert [f.code for f in records.check_all(session, dt.date(2024, 12, 31))] == []


def test_links_to_cases_and_subprocessors_both_ways(store) -> None:
    with store.write() as session:
        eu, _scc, _bare = _subprocessors(session)
        first = _activity(session, name="Support", subprocessors=[eu], data_categories="name, e-mail")
        second = _activity(session, name="Marketing", data_categories="e-mail, interests")
        records.link_case(session, first, "dsr-2026-0004")
        records.link_case(session, second, "DSR-2026-0004")
        records.link_case(session, second, "DSR-2026-0004")  # twice changes nothing
        records.link_case(session, second, eu)
        records.link_case(session, first, "BR-2026-0001")
    with store.read() as session:
        assert [a.reference for a in records.activities_for_case(session, "DSR-2026-0004")] == [first, second]
        assert [a.name for a in records.activities_for_case(session, eu)] == ["Support", "Marketing"]
        assert records.activities_for_case(session, "BR-2026-0001")[0].reference == first
        assert records.data_categories_for_case(session, "DSR-2026-0004") == ["name", "e-mail", "interests"]
        assert records.get(session, second).cases == ("DSR-2026-0004",)
    with store.write() as session:
        records.unlink_case(session, second, "DSR-2026-0004")
        records.unlink_case(session, second, eu)
        with pytest.raises(InvalidInput):
            records.link_case(session, first, "INVOICE-7")
    with store.read() as session:
        assert [a.reference for a in records.activities_for_case(session, "DSR-2026-0004")] == [first]
        assert [a.reference for a in records.activities_for_case(session, eu)] == [first]


def test_deadlines_review_and_dpia_review(store) -> None:
    with store.write() as session:
        ref = _activity(session, next_review_on="2027-03-01")
        records.mark_reviewed(session, ref, "2026-10-01", "2027-03-01")
        dpia.record_assessment(session, ref, assessed_on="2026-10-02", next_review_on="2027-10-02")
        retired = _activity(session, status="retired")
    with store.read() as session:
        items = deadlines_service.overview(session, dt.datetime(2027, 3, 2, 12, tzinfo=dt.UTC))
    mine = [
        (i.deadline.reference, i.deadline.kind, i.due_text, i.overdue) for i in items if i.deadline.module == "records"
    ]
    assert mine == [(ref, "review", "2027-03-01", True), (ref, "dpia-review", "2027-10-02", False)]
    assert retired not in {m[0] for m in mine}


def test_paging_sorting_and_filters_in_sql(store) -> None:
    with store.write() as session:
        for name in ("Charlie", "alpha", "Bravo"):
            _activity(session, name=name, owner="Marketing team" if name == "Bravo" else "")
        _activity(session, name="Delta", role="processor", controllers=["Asiakas Oy"], status="draft")
    with store.read() as session:
        rows = records.fetch(session, 0, 2, "name", False)
        assert [r.name for r in rows] == ["alpha", "Bravo"]  # names sort regardless of case
        assert records.count(session) == 4
        assert [r.name for r in records.fetch(session, 0, 10, "reference", True)] == [
            "Delta",
            "Bravo",
            "alpha",
            "Charlie",
        ]
        assert [r.name for r in records.fetch(session, 0, 10, "name", False, RecordFilter(search="marketing"))] == [
            "Bravo"
        ]
        assert records.count(session, RecordFilter(role="processor")) == 1
        assert records.count(session, RecordFilter(status="draft")) == 1


def test_update_replaces_lists_and_the_audit_trail_files_children_under_the_activity(store) -> None:
    with store.write() as session:
        ref = _activity(session)
        records.update_activity(
            session,
            ref,
            purposes=[PurposeInput("Direct marketing", "legitimate-interests", "", "2026-02-01", "Opt-out offered")],
            data_categories=["e-mail"],
        )
    with store.read() as session:
        view = records.get(session, ref)
        trail = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    assert [p.purpose for p in view.purposes] == ["Direct marketing"]
    assert view.purposes[0].balancing_on == dt.date(2026, 2, 1)
    assert view.data_categories == ("e-mail",)
    assert {e.record for e in trail if e.entity == "activity_purpose"} == {ref}
    assert list(verify_chain(trail)) == []


def test_screening_is_stored_with_its_reasons(store) -> None:
    with store.write() as session:
        ref = _activity(session)
        result = dpia.screen_activity(session, ref, "biometric, large-scale")
    assert result.required
    assert [r.code for r in result.screening.fired] == ["ombudsman-biometric"]
    with store.read() as session:
        again = dpia.show(session, ref)
        assert again.screening.criteria == ("large-scale", "biometric")
        assert records.get(session, ref).screening_required is True
    with pytest.raises(InvalidInput), store.write() as session:
        dpia.screen_activity(session, ref, "mind-reading")


def test_assessment_records_art_35_7_and_refuses_advice_ignored_without_reasons(store) -> None:
    with store.write() as session:
        ref = _activity(session)
        dpia.screen_activity(session, ref, "location,large-scale")
        with pytest.raises(RuleRefused):
            dpia.record_assessment(session, ref, dpo_advice="Pseudonymise", dpo_advice_followed=False)
    with store.write() as session:
        number = dpia.record_assessment(
            session,
            ref,
            description="Location pings of field staff",
            necessity="Needed for lone-worker safety only",
            risks=[dpia.RiskInput("Tracking outside working hours", "likely", "serious", "Off after shift")],
            measures="Tracking off outside shifts",
            dpo_advice="Limit to working hours",
            dpo_advice_followed=True,
            residual_risk="high",
            assessed_on="2026-05-01",
        )
    assert number == "DPIA-0001"
    with store.read() as session:
        view = dpia.show(session, number)
        codes = [f.code for f in records.check_all(session)]
    a = view.assessment
    assert a is not None and a.activity == ref
    assert a.risks[0].level == "high"
    assert a.prior_consultation_needed
    assert a.next_review_on == dt.date(2027, 5, 1)
    assert codes == ["prior-consultation-missing"]
    with store.write() as session:
        assert dpia.record_assessment(session, ref, prior_consultation_on="2026-05-10") == number
        with pytest.raises(InvalidInput):
            dpia.record_assessment(session, ref, prior_consultation_on="2026-04-01")
    with store.read() as session:
        assert records.check_all(session) == []


def test_unknown_references(store) -> None:
    with store.read() as session:
        with pytest.raises(NotFound):
            records.get(session, "PA-0404")
        with pytest.raises(NotFound):
            dpia.show(session, "DPIA-0404")

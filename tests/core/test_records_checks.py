"""Consistency warnings on a processing activity: each on both sides of its rule."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dpo_desk.rules.records_checks import ActivityFacts, PurposeFacts, add_months, check, review_due

TODAY = dt.date(2026, 11, 25)
CLEAN = ActivityFacts(
    reference="PA-0001",
    name="Customer relationship",
    purposes=(PurposeFacts("Contracts and invoicing", "contract"),),
    retention="Contract term + 10 years (Accounting Act)",
    last_reviewed_on=dt.date(2026, 6, 1),
)


def codes(facts: ActivityFacts, today: dt.date = TODAY, months: int = 12) -> list[str]:
    return [f.code for f in check(facts, today, months)]


def test_a_complete_activity_raises_nothing() -> None:
    assert codes(CLEAN) == []


@pytest.mark.parametrize("role", ["joint-controller", "processor"])
def test_a_joint_controller_or_processor_names_the_controllers(role: str) -> None:
    assert codes(dataclasses.replace(CLEAN, role=role)) == ["controller-missing"]
    contacts = ("dpo@asiakas.fi",) if role == "processor" else ()  # Art. 30(2)(a) for a processor's record
    assert codes(dataclasses.replace(CLEAN, role=role, controllers=("Asiakas Oy",), controller_contacts=contacts)) == []


def test_no_purpose() -> None:
    assert codes(dataclasses.replace(CLEAN, purposes=())) == ["no-purpose"]


def test_purpose_without_legal_basis_names_the_purpose() -> None:
    facts = dataclasses.replace(CLEAN, purposes=(*CLEAN.purposes, PurposeFacts("Newsletters", "")))
    found = check(facts, TODAY)
    assert [f.code for f in found] == ["purpose-without-legal-basis"]
    assert "Newsletters" in found[0].message


def test_legitimate_interests_needs_a_balancing_test_date_and_conclusion() -> None:
    bare = dataclasses.replace(CLEAN, purposes=(PurposeFacts("Direct marketing", "legitimate-interests"),))
    assert codes(bare) == ["balancing-test-missing"]
    dated_only = dataclasses.replace(
        bare, purposes=(PurposeFacts("Direct marketing", "legitimate-interests", "", dt.date(2026, 1, 5)),)
    )
    assert codes(dated_only) == ["balancing-test-missing"]
    done = dataclasses.replace(
        bare,
        purposes=(
            PurposeFacts("Direct marketing", "legitimate-interests", "", dt.date(2026, 1, 5), "Interests prevail"),
        ),
    )
    assert codes(done) == []


def test_special_categories_need_an_art_9_2_condition() -> None:
    facts = dataclasses.replace(CLEAN, special_categories=("health",))
    assert codes(facts) == ["special-without-condition"]
    with_condition = dataclasses.replace(
        facts, purposes=(PurposeFacts("Occupational health", "legal-obligation", "employment-social-security"),)
    )
    assert codes(with_condition) == []


@pytest.mark.parametrize("retention", ["", "   "])
def test_no_retention(retention: str) -> None:
    assert codes(dataclasses.replace(CLEAN, retention=retention)) == ["no-retention"]


def test_a_linked_subprocessors_transfer_warning_is_carried_over() -> None:
    facts = dataclasses.replace(CLEAN, transfer_warnings=(("SP-0002", "Mailer Inc", "US recipient not DPF-certified"),))
    found = check(facts, TODAY)
    assert [f.code for f in found] == ["transfer-warning"]
    assert found[0].detail == {"subprocessor": "SP-0002"}
    assert "Mailer Inc" in found[0].message


def test_a_manual_transfer_without_safeguard() -> None:
    assert codes(dataclasses.replace(CLEAN, manual_transfers=(("IN", "none"),))) == ["transfer-without-safeguard"]
    assert codes(dataclasses.replace(CLEAN, manual_transfers=(("IN", "scc"),))) == []


def test_screening_says_required_but_no_assessment() -> None:
    assert codes(dataclasses.replace(CLEAN, screening_required=True)) == ["dpia-missing"]
    recorded = dataclasses.replace(
        CLEAN, screening_required=True, assessment_recorded=True, assessment_next_review=TODAY
    )
    assert codes(recorded) == []


def test_assessment_review_date_passed() -> None:
    facts = dataclasses.replace(
        CLEAN, screening_required=True, assessment_recorded=True, assessment_next_review=TODAY - dt.timedelta(days=1)
    )
    assert codes(facts) == ["dpia-review-overdue"]


def test_high_residual_risk_without_prior_consultation() -> None:
    facts = dataclasses.replace(CLEAN, assessment_recorded=True, residual_risk="high")
    assert codes(facts) == ["prior-consultation-missing"]
    consulted = dataclasses.replace(facts, prior_consultation_on=dt.date(2026, 3, 1))
    assert codes(consulted) == []


def test_not_reviewed_within_the_setting() -> None:
    last = dt.date(2025, 11, 25)
    facts = dataclasses.replace(CLEAN, last_reviewed_on=last)
    assert codes(facts, TODAY) == []  # exactly 12 months: still in time
    assert codes(facts, TODAY + dt.timedelta(days=1)) == ["review-overdue"]
    assert codes(facts, TODAY + dt.timedelta(days=1), months=13) == []
    assert codes(dataclasses.replace(CLEAN, last_reviewed_on=None)) == ["review-overdue"]


def test_an_earlier_review_date_set_by_hand_counts() -> None:
    facts = dataclasses.replace(CLEAN, next_review_on=TODAY - dt.timedelta(days=1))
    assert codes(facts) == ["review-overdue"]


def test_a_retired_activity_raises_nothing() -> None:
    assert codes(ActivityFacts(reference="PA-0009", status="retired")) == []


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2027, 12, 31), 2, dt.date(2028, 2, 29)),
        (dt.date(2026, 11, 25), 12, dt.date(2027, 11, 25)),
    ],
)
def test_add_months(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


@given(st.dates(dt.date(2000, 1, 1), dt.date(2090, 1, 1)), st.integers(1, 60))
def test_review_due_is_after_the_last_review_and_within_the_period(last: dt.date, months: int) -> None:
    due = review_due(last, None, months)
    assert due is not None
    assert last < due <= last + dt.timedelta(days=31 * months)


_purposes = st.lists(
    st.builds(
        PurposeFacts,
        st.text(max_size=5),
        st.sampled_from(["", "consent", "contract", "legitimate-interests", "bogus"]),
        st.sampled_from(["", "explicit-consent", "x"]),
        st.none() | st.dates(dt.date(2020, 1, 1), dt.date(2030, 1, 1)),
        st.sampled_from(["", "Interests prevail"]),
    ),
    max_size=3,
)
_facts = st.builds(
    ActivityFacts,
    reference=st.just("PA-0001"),
    status=st.sampled_from(["draft", "active", "retired"]),
    role=st.sampled_from(["controller", "joint-controller", "processor"]),
    controllers=st.lists(st.text(min_size=1, max_size=5), max_size=2).map(tuple),
    purposes=_purposes.map(tuple),
    special_categories=st.lists(st.sampled_from(["health", "religion"]), max_size=2).map(tuple),
    retention=st.sampled_from(["", " ", "2 years"]),
    screening_required=st.booleans(),
    assessment_recorded=st.booleans(),
    residual_risk=st.sampled_from(["", "low", "high"]),
    last_reviewed_on=st.none() | st.dates(dt.date(2020, 1, 1), dt.date(2030, 1, 1)),
)


@given(_facts)
def test_every_finding_has_a_known_code_and_names_its_activity(facts: ActivityFacts) -> None:
    from dpo_desk.rules.records_checks import CODES

    found = check(facts, TODAY)
    assert all(f.code in CODES and f.reference == "PA-0001" and f.message for f in found)
    if facts.status == "retired":
        assert found == []
    expected = facts.status != "retired" and facts.role != "processor" and not facts.retention.strip()
    assert ("no-retention" in [f.code for f in found]) == expected  # Art. 30(2) asks no retention of a processor

"""The transfer rules: each warning on both sides of its line, with the shipped adequacy list."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dpo_desk.domain.transfers import TRANSFER_SAFEGUARDS
from dpo_desk.paths import resources_dir
from dpo_desk.rules import transfers as rules
from dpo_desk.rules.transfers import EntryFacts, TransferFacts

TODAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def adequacy() -> rules.AdequacyList:
    with open(resources_dir() / "adequacy.json", encoding="utf-8") as f:
        return rules.parse_adequacy(json.load(f))


def codes(findings) -> set[str]:
    return {f.code for f in findings}


def warn_codes(findings) -> set[str]:
    return {f.code for f in findings if f.is_warning}


def test_shipped_list_has_its_date_the_eea_and_the_challenged_dpf(adequacy) -> None:
    assert adequacy.as_of == dt.date(2026, 6, 30)
    assert len(adequacy.eea) == 30 and {"FI", "NO", "IS", "LI"} <= adequacy.eea and "CH" not in adequacy.eea
    us = adequacy.decision_for("US", TODAY)
    assert us.reference == "(EU) 2023/1795" and us.requires_certification and us.challenge_case == "C-703/25 P"
    assert adequacy.decision_for("GB", TODAY).valid_until == dt.date(2031, 12, 27)
    assert adequacy.decision_for("BR", TODAY).reference == "(EU) 2026/179"
    assert adequacy.decision_for("IN", TODAY) is None


def test_transfer_countries_include_establishment_outside_the_eea(adequacy) -> None:
    assert rules.transfer_countries("FI", ["SE", "NO"], adequacy) == []
    assert rules.transfer_countries("US", ["IE"], adequacy) == ["US"]
    assert rules.transfer_countries("IE", ["IE", "US", "IN", "US"], adequacy) == ["IN", "US"]


def test_missing_safeguard_warns_and_any_safeguard_clears_it(adequacy) -> None:
    assert "safeguard-missing" in warn_codes(rules.check_transfer(TransferFacts("IN"), False, adequacy, TODAY))
    scc = TransferFacts("IN", "scc", scc_module=2, tia_on=dt.date(2026, 1, 1))
    assert rules.check_transfer(scc, False, adequacy, TODAY) == []
    bcr = TransferFacts("IN", "bcr", tia_on=dt.date(2026, 1, 1))
    assert rules.check_transfer(bcr, False, adequacy, TODAY) == []


def test_pre_2021_sccs_warn_the_2021_set_does_not(adequacy) -> None:
    for old in rules.SCC_REPEALED:
        found = rules.check_transfer(TransferFacts("IN", "scc", 2, old, tia_on=TODAY), False, adequacy, TODAY)
        assert warn_codes(found) == {"scc-pre-2021"}
    current = rules.check_transfer(TransferFacts("IN", "scc", 2, "2021/914", tia_on=TODAY), False, adequacy, TODAY)
    assert warn_codes(current) == set()
    no_module = rules.check_transfer(TransferFacts("IN", "scc", None, tia_on=TODAY), False, adequacy, TODAY)
    assert warn_codes(no_module) == {"scc-module-missing"}


def test_adequacy_needs_a_decision_in_force(adequacy) -> None:
    assert warn_codes(rules.check_transfer(TransferFacts("IN", "adequacy"), False, adequacy, TODAY)) == {
        "adequacy-not-in-force"
    }
    assert warn_codes(rules.check_transfer(TransferFacts("CH", "adequacy"), False, adequacy, TODAY)) == set()
    uk = TransferFacts("GB", "adequacy")
    assert warn_codes(rules.check_transfer(uk, False, adequacy, dt.date(2031, 12, 27))) == set()
    assert warn_codes(rules.check_transfer(uk, False, adequacy, dt.date(2031, 12, 28))) == {"adequacy-not-in-force"}
    # Brazil's decision did not exist the day before its adoption.
    br = TransferFacts("BR", "adequacy")
    assert warn_codes(rules.check_transfer(br, False, adequacy, dt.date(2026, 1, 25))) == {"adequacy-not-in-force"}
    assert warn_codes(rules.check_transfer(br, False, adequacy, dt.date(2026, 1, 26))) == set()


def test_us_recipient_must_be_dpf_certified_and_the_challenge_wants_a_fallback(adequacy) -> None:
    bare = TransferFacts("US", "adequacy")
    # not certified: no valid basis at all, so no talk of a fallback (issue 17)
    assert warn_codes(rules.check_transfer(bare, False, adequacy, TODAY)) == {"us-not-dpf-certified"}
    assert warn_codes(rules.check_transfer(bare, True, adequacy, TODAY)) == {"adequacy-challenged-no-fallback"}
    with_fallback = TransferFacts("US", "adequacy", fallback_safeguard="scc", fallback_scc_module=3)
    found = rules.check_transfer(with_fallback, True, adequacy, TODAY)
    assert warn_codes(found) == set()
    assert codes(found) == {"adequacy-challenged"}
    assert "C-703/25 P" in rules.check_transfer(bare, True, adequacy, TODAY)[0].message


def test_limited_scope_is_a_notice_not_a_warning(adequacy) -> None:
    found = rules.check_transfer(TransferFacts("CA", "adequacy"), False, adequacy, TODAY)
    assert codes(found) == {"adequacy-limited-scope"} and warn_codes(found) == set()
    assert "PIPEDA" in found[0].message


def test_tia_past_its_review_date_warns_from_the_next_day(adequacy) -> None:
    t = TransferFacts("IN", "scc", 2, tia_on=dt.date(2025, 11, 25), tia_review_on=TODAY)
    assert warn_codes(rules.check_transfer(t, False, adequacy, TODAY)) == set()
    later = TODAY + dt.timedelta(days=1)
    assert warn_codes(rules.check_transfer(t, False, adequacy, later)) == {"tia-review-past"}


def test_dpa_missing_for_announced_and_active_entries_only(adequacy) -> None:
    for status, expected in (("planned", set()), ("announced", {"dpa-missing"}), ("active", {"dpa-missing"})):
        assert warn_codes(rules.check_entry(EntryFacts("FI", ("FI",), status), adequacy, TODAY)) == expected
    signed = EntryFacts("FI", ("FI",), "active", dpa_signed_on=dt.date(2026, 1, 1))
    assert rules.check_entry(signed, adequacy, TODAY) == []
    assert rules.check_entry(EntryFacts("US", ("US",), "retired"), adequacy, TODAY) == []


def test_a_country_without_a_transfer_row_counts_as_missing(adequacy) -> None:
    entry = EntryFacts(
        "IE",
        ("IE", "US", "IN"),
        "active",
        dt.date(2026, 1, 1),
        transfers=(TransferFacts("US", "scc", 3, tia_on=TODAY),),
    )
    found = rules.check_entry(entry, adequacy, TODAY)
    assert [(f.code, f.country) for f in found if f.is_warning] == [("safeguard-missing", "IN")]


def test_describe(adequacy) -> None:
    assert rules.describe(TransferFacts("US", "scc", 3), adequacy) == "SCC module 3"
    assert rules.describe(TransferFacts("US", "adequacy"), adequacy) == "adequacy: EU-US Data Privacy Framework"
    assert rules.describe(TransferFacts("IN", "derogation", derogation="b"), adequacy) == "Art. 49(1)(b) derogation"
    assert rules.describe(TransferFacts("IN", "scc", 2, "2010/87/EU"), adequacy) == "SCC module 2 (2010/87/EU)"


def test_malformed_lists_are_refused_naming_the_field() -> None:
    with pytest.raises(ValueError, match="as_of"):
        rules.parse_adequacy({"eea": [], "decisions": []})
    with pytest.raises(ValueError, match="decisions\\[1\\]"):
        rules.parse_adequacy({"as_of": "2026-01-01", "eea": ["FI"], "decisions": [{"name": "X"}]})


def test_objection_deadline() -> None:
    assert rules.objection_deadline(dt.date(2026, 11, 2), 30) == dt.date(2026, 12, 2)
    assert rules.objection_deadline(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 1)
    with pytest.raises(ValueError):
        rules.objection_deadline(dt.date(2026, 1, 31), 0)


COUNTRIES = st.sampled_from(["FI", "SE", "DE", "US", "IN", "GB", "CH", "CA", "JP", "BR", "PH", "NO"])
SAFEGUARD = st.sampled_from(TRANSFER_SAFEGUARDS)


@given(
    country=COUNTRIES,
    processing=st.lists(COUNTRIES, max_size=5),
    safeguard=SAFEGUARD,
    module=st.one_of(st.none(), st.integers(1, 4)),
    certified=st.booleans(),
    day=st.dates(dt.date(2020, 1, 1), dt.date(2035, 12, 31)),
)
def test_properties(country, processing, safeguard, module, certified, day) -> None:
    with open(resources_dir() / "adequacy.json", encoding="utf-8") as f:
        adequacy = rules.parse_adequacy(json.load(f))
    outside = rules.transfer_countries(country, processing, adequacy)
    # Only countries outside the EEA, each once, sorted.
    assert outside == sorted(set(outside)) and not any(adequacy.is_eea(c) for c in outside)
    transfers = tuple(TransferFacts(c, safeguard, module if safeguard == "scc" else None) for c in outside)
    entry = EntryFacts(country, tuple(processing), "active", dt.date(2020, 1, 1), certified, transfers)
    found = rules.check_entry(entry, adequacy, day)
    # Every finding names a transfer country or none; warnings come before notices.
    assert all(f.country in ("", *outside) for f in found)
    assert all(f.code in rules.FINDING_CODES for f in found)
    severities = [f.severity for f in found]
    assert severities == sorted(severities, key=lambda s: s != rules.WARNING)
    # Without any country outside the EEA and with a DPA, nothing to warn about.
    if not outside:
        assert found == []
    # A transfer without a safeguard always warns.
    if outside and safeguard == "none":
        assert "safeguard-missing" in warn_codes(found)
    # Retiring silences everything.
    assert rules.check_entry(EntryFacts(country, tuple(processing), "retired"), adequacy, day) == []
    # Without review dates nothing depends on time passing: the stored count is every warning.
    assert rules.static_warning_count(entry, adequacy, day) == sum(f.is_warning for f in found)


def test_scope_and_challenge_in_the_report_languages(adequacy) -> None:
    us = adequacy.decision_for("US", TODAY)
    assert "Data Privacy Framework" in us.scope_in("fi") and us.scope_in("fi") != us.scope_note
    assert "C-703/25 P" in us.challenge_in("sv") and "anhängigt" in us.challenge_in("sv")
    assert us.challenge_in("en") == us.challenge
    assert adequacy.decision_for("CH", TODAY).scope_in("fi") == ""  # a general decision has no note

"""The DPIA screening: WP248's threshold and the Ombudsman's list, on both sides of each rule."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dpo_desk.errors import InvalidInput
from dpo_desk.paths import resources_dir
from dpo_desk.rules.dpia import parse_list, risk_level, screen

RULES = parse_list(json.loads((resources_dir() / "dpia-list.json").read_text(encoding="utf-8")))
NINE = [c.key for c in RULES.criteria]
COMBINED = ["biometric", "genetic", "location", "art14-5b"]


def test_the_shipped_list_has_its_date_the_nine_criteria_and_the_ombudsman_items() -> None:
    assert RULES.as_of == dt.date(2018, 12, 21)
    assert RULES.threshold == 2
    assert NINE == [
        "evaluation-scoring",
        "automated-decision",
        "systematic-monitoring",
        "sensitive-data",
        "large-scale",
        "matching-datasets",
        "vulnerable-subjects",
        "innovative-technology",
        "prevents-rights",
    ]
    assert [c.key for c in RULES.ombudsman] == [*COMBINED, "whistleblowing"]


def test_nothing_applies_is_not_required_and_says_why() -> None:
    result = screen([], RULES)
    assert not result.required
    assert [r.code for r in result.reasons] == ["wp248-below-threshold"]
    assert result.fired == ()


@pytest.mark.parametrize("criterion", NINE)
def test_one_wp248_criterion_alone_is_below_the_threshold(criterion: str) -> None:
    result = screen([criterion], RULES)
    assert not result.required
    assert "1 of the WP248 criteria" in result.reasons[0].message


def test_two_wp248_criteria_make_it_required_and_name_both() -> None:
    result = screen(["large-scale", "systematic-monitoring"], RULES)
    assert result.required
    assert result.fired[0].code == "wp248-threshold"
    assert result.fired[0].criteria == ("systematic-monitoring", "large-scale")


@pytest.mark.parametrize("item", COMBINED)
def test_an_ombudsman_item_alone_does_not_fire(item: str) -> None:
    result = screen([item], RULES)
    assert not result.required
    assert f"ombudsman-{item}-alone" in [r.code for r in result.reasons]


@pytest.mark.parametrize("item", COMBINED)
def test_an_ombudsman_item_with_one_further_criterion_fires(item: str) -> None:
    result = screen([item, "large-scale"], RULES)
    assert result.required
    assert [r.code for r in result.fired] == [f"ombudsman-{item}"]
    assert "2018-12-21" in result.fired[0].message


def test_two_ombudsman_items_without_a_wp248_criterion_do_not_fire() -> None:
    result = screen(["biometric", "location"], RULES)
    assert not result.required


def test_whistleblowing_fires_on_its_own() -> None:
    result = screen(["whistleblowing"], RULES)
    assert result.required
    assert [r.code for r in result.fired] == ["ombudsman-whistleblowing"]


def test_every_rule_that_fired_is_named() -> None:
    result = screen(["location", "large-scale", "evaluation-scoring", "whistleblowing"], RULES)
    assert [r.code for r in result.fired] == ["wp248-threshold", "ombudsman-location", "ombudsman-whistleblowing"]


def test_an_unknown_criterion_is_refused_by_name() -> None:
    with pytest.raises(InvalidInput, match="telepathy"):
        screen(["large-scale", "telepathy"], RULES)


def test_a_list_without_its_date_is_refused() -> None:
    with pytest.raises(InvalidInput):
        parse_list({"threshold": 2, "criteria": [], "ombudsman": []})


@given(st.sets(st.sampled_from(RULES.keys)))
def test_required_exactly_when_a_rule_of_the_data_holds(chosen: set[str]) -> None:
    nine = chosen & set(NINE)
    # biometric and genetic data are sensitive data themselves: never their own further criterion (issue 17)
    same_data = {c.key: c.counts_as for c in RULES.ombudsman}
    combined = any(len(nine - {same_data[item]}) >= 1 for item in chosen & set(COMBINED))
    expected = len(nine) >= 2 or "whistleblowing" in chosen or combined
    result = screen(chosen, RULES)
    assert result.required == expected
    assert result.required == bool(result.fired)
    assert set(result.criteria) == chosen


@given(st.sets(st.sampled_from(RULES.keys)), st.sampled_from(RULES.keys))
def test_adding_a_criterion_never_makes_it_less_required(chosen: set[str], extra: str) -> None:
    assert screen(chosen | {extra}, RULES).required >= screen(chosen, RULES).required


@pytest.mark.parametrize(
    ("likelihood", "severity", "level"),
    [
        ("remote", "minimal", "low"),
        ("possible", "minimal", "low"),
        ("remote", "severe", "medium"),
        ("possible", "significant", "medium"),
        ("likely", "significant", "medium"),
        ("likely", "serious", "high"),
        ("very-likely", "severe", "high"),
    ],
)
def test_risk_levels(likelihood: str, severity: str, level: str) -> None:
    assert risk_level(likelihood, severity) == level

"""Whether an impact assessment is likely required (Art. 35(1), (3), (4)), and how risks are rated.

Two sources, both data (`resources/dpia-list.json`), so a new list is a data change:
- the nine criteria of the WP248 guidelines (endorsed by the EDPB): two or more make an assessment
  likely required (the threshold is in the data);
- the Data Protection Ombudsman's list of 21 December 2018 (non-exhaustive): biometric data for
  unique identification, genetic data, location data and information withheld under Art. 14(5)(b)
  each need an assessment together with at least one further criterion; a whistleblowing system
  needs one on its own.

"At least one further criterion" is read as one of the nine WP248 criteria (the Ombudsman's list
names them as the criteria to combine with); two list items without any of the nine do not fire.
The screening names every rule that fired and says why the others did not.

What the activity's record already says counts without the DPO ticking it: Art. 9 or Art. 10 data
on the record is the WP248 criterion "sensitive data"; biometric, genetic and location data named in
its categories are the Ombudsman's items. Biometric and genetic data are Art. 9 data themselves, so
"sensitive data" never serves as their "further criterion" (the same data is not counted twice).
Large-scale processing of Art. 9 or Art. 10 data needs an assessment by Art. 35(3)(b) itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from dpo_desk.errors import InvalidInput


@dataclass(frozen=True)
class Criterion:
    key: str
    label: str
    needs_further_criteria: int = 0
    # a WP248 criterion this item already is (biometric data is sensitive data): never its further criterion
    counts_as: str = ""


@dataclass(frozen=True)
class ScreeningList:
    """The criteria and the authority's list as shipped, with the date the list speaks for."""

    as_of: dt.date
    threshold: int
    criteria: tuple[Criterion, ...]
    ombudsman: tuple[Criterion, ...]
    sources: tuple[str, ...] = ()
    # item key -> words that, found in a category on the record, mean the item applies
    recognised_in_record: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.criteria) + tuple(c.key for c in self.ombudsman)

    def label(self, key: str) -> str:
        for criterion in (*self.criteria, *self.ombudsman):
            if criterion.key == key:
                return criterion.label
        return key


@dataclass(frozen=True)
class Reason:
    """One rule the screening applied: `fired` rules make the assessment required."""

    code: str
    message: str
    fired: bool
    criteria: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "fired": self.fired, "criteria": list(self.criteria)}


@dataclass(frozen=True)
class RecordedData:
    """The categories of data an activity's record lists (Art. 30(1)(c)), as the screening reads them."""

    data_categories: tuple[str, ...] = ()
    special_categories: tuple[str, ...] = ()
    criminal_categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class Implied:
    """A criterion that applies because of what the record says, with the categories that say it."""

    key: str
    because: tuple[str, ...]


@dataclass(frozen=True)
class Screening:
    required: bool
    criteria: tuple[str, ...]
    reasons: tuple[Reason, ...]
    list_as_of: dt.date
    implied: tuple[Implied, ...] = ()

    @property
    def ticked(self) -> tuple[str, ...]:
        """The criteria the DPO chose, without those the record implies."""
        from_record = {i.key for i in self.implied}
        return tuple(c for c in self.criteria if c not in from_record)

    @property
    def fired(self) -> tuple[Reason, ...]:
        return tuple(r for r in self.reasons if r.fired)

    @property
    def conclusion(self) -> str:
        if self.required:
            return "An impact assessment is likely required (Art. 35)."
        return "An impact assessment is not likely required; keep the screening with the record."

    def to_json(self) -> dict[str, Any]:
        return {
            "required": self.required,
            "conclusion": self.conclusion,
            "criteria": list(self.criteria),
            "reasons": [r.to_json() for r in self.reasons],
            "list_as_of": self.list_as_of.isoformat(),
            "from_record": {i.key: list(i.because) for i in self.implied},
        }


def parse_list(document: Mapping[str, Any]) -> ScreeningList:
    """The list from its JSON document (read by the caller); refuses a document without its date."""
    try:
        as_of = dt.date.fromisoformat(str(document["as_of"]))
        threshold = int(document["threshold"])
        criteria = tuple(Criterion(c["key"], c["label"]) for c in document["criteria"])
        ombudsman = tuple(
            Criterion(c["key"], c["label"], int(c.get("needs_further_criteria", 0)), str(c.get("counts_as", "")))
            for c in document["ombudsman"]
        )
        recognised = tuple(
            (str(key), tuple(str(w).casefold() for w in words))
            for key, words in dict(document.get("recognised_in_record", {})).items()
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidInput(
            "impact assessment list",
            None,
            f"is malformed ({exc})",
            code="screening-list-malformed",
            values={"problem": str(exc)},
        ) from None
    if threshold < 1 or not criteria:
        raise InvalidInput(
            "impact assessment list",
            None,
            "needs a threshold of at least 1 and its criteria",
            code="screening-list-incomplete",
        )
    return ScreeningList(as_of, threshold, criteria, ombudsman, tuple(document.get("sources", ())), recognised)


SENSITIVE = "sensitive-data"
LARGE_SCALE = "large-scale"


def implied_by_record(data: RecordedData, rules: ScreeningList) -> tuple[Implied, ...]:
    """The criteria the record's own categories make apply, in the list's order.

    Art. 9 and Art. 10 data are "sensitive data"; an item of the Ombudsman's list applies when one of
    its words is found in any category (biometric or genetic data listed anywhere is Art. 9 data too).
    """
    everything = (*data.data_categories, *data.special_categories, *data.criminal_categories)
    found: dict[str, tuple[str, ...]] = {}
    for key, words in rules.recognised_in_record:
        hits = tuple(c for c in everything if any(w in c.casefold() for w in words))
        if hits:
            found[key] = hits
    sensitive = (*data.special_categories, *data.criminal_categories)
    sensitive += tuple(
        c
        for item in rules.ombudsman
        if item.counts_as == SENSITIVE
        for c in found.get(item.key, ())
        if c not in sensitive
    )
    if sensitive:
        found[SENSITIVE] = sensitive
    return tuple(Implied(k, found[k]) for k in rules.keys if k in found)


def normalise_criteria(given: Iterable[str], rules: ScreeningList) -> tuple[str, ...]:
    """The criteria in the list's order, each once; an unknown one is refused by name."""
    wanted = {g.strip() for g in given if g and g.strip()}
    unknown = sorted(wanted - set(rules.keys))
    if unknown:
        raise InvalidInput(
            "criteria",
            unknown[0],
            f"is not one of {', '.join(rules.keys)}",
            code="not-a-choice",
            values={"choices": list(rules.keys)},
        )
    return tuple(k for k in rules.keys if k in wanted)


def screen(given: Iterable[str], rules: ScreeningList, recorded: RecordedData | None = None) -> Screening:
    """Applies every rule to the criteria ticked for an activity and those its recorded data imply."""
    implied = implied_by_record(recorded, rules) if recorded else ()
    from_record = {i.key for i in implied}
    chosen = normalise_criteria([*given, *from_record], rules)
    nine = tuple(c.key for c in rules.criteria if c.key in chosen)
    reasons: list[Reason] = [
        Reason(
            f"from-record-{i.key}",
            f"{rules.label(i.key)}: the record lists {', '.join(i.because)}, so it counts without being ticked.",
            False,
            (i.key,),
        )
        for i in implied
    ]
    if len(nine) >= rules.threshold:
        reasons.append(
            Reason(
                "wp248-threshold",
                f"{len(nine)} of the WP248 criteria apply ({', '.join(nine)}); "
                f"{rules.threshold} or more make an assessment likely required.",
                True,
                nine,
            )
        )
    else:
        reasons.append(
            Reason(
                "wp248-below-threshold",
                f"{len(nine)} of the WP248 criteria apply{' (' + ', '.join(nine) + ')' if nine else ''}; "
                f"fewer than {rules.threshold} do not on their own make an assessment required.",
                False,
                nine,
            )
        )
    if LARGE_SCALE in chosen and recorded and (recorded.special_categories or recorded.criminal_categories):
        listed = (*recorded.special_categories, *recorded.criminal_categories)
        reasons.append(
            Reason(
                "art35-3b",
                f"Large-scale processing of Art. 9 or Art. 10 data ({', '.join(listed)}) needs an assessment "
                "(Art. 35(3)(b)).",
                True,
                (LARGE_SCALE, SENSITIVE),
            )
        )
    for item in rules.ombudsman:
        if item.key not in chosen:
            continue
        further = tuple(c for c in nine if c != item.counts_as)
        if len(further) >= item.needs_further_criteria:
            if item.needs_further_criteria:
                message = (
                    f"{item.label} together with {', '.join(further)}: on the Data Protection Ombudsman's list "
                    f"of {rules.as_of.isoformat()}."
                )
            else:
                message = (
                    f"{item.label}: on the Data Protection Ombudsman's list of {rules.as_of.isoformat()} on its own."
                )
            reasons.append(Reason(f"ombudsman-{item.key}", message, True, (item.key, *further)))
        else:
            reasons.append(
                Reason(
                    f"ombudsman-{item.key}-alone",
                    f"{item.label} without a further WP248 criterion: the Ombudsman's list needs at least "
                    f"{item.needs_further_criteria} more"
                    + (
                        f" ({item.counts_as} is this data itself and does not count)."
                        if item.counts_as in nine
                        else "."
                    ),
                    False,
                    (item.key,),
                )
            )
    required = any(r.fired for r in reasons)
    return Screening(required, chosen, tuple(reasons), rules.as_of, implied)


# -- rating risks (Art. 35(7)(c)) -----------------------------------------------------------------

LIKELIHOODS = ("remote", "possible", "likely", "very-likely")
SEVERITIES = ("minimal", "significant", "serious", "severe")
RESIDUAL_RISKS = ("low", "medium", "high")


def risk_level(likelihood: str, severity: str) -> str:
    """low, medium or high from the two four-step scales (score = likelihood x severity, 1..16).

    Likely and serious together (9) or worse is high; 4-8 is medium; below 4 low. Worked examples:
    remote x severe = 4 -> medium; likely x serious = 9 -> high; possible x significant = 4 -> medium.
    """
    if likelihood not in LIKELIHOODS:
        raise InvalidInput(
            "likelihood",
            likelihood,
            f"is not one of {', '.join(LIKELIHOODS)}",
            code="not-a-choice",
            values={"choices": list(LIKELIHOODS)},
        )
    if severity not in SEVERITIES:
        raise InvalidInput(
            "severity",
            severity,
            f"is not one of {', '.join(SEVERITIES)}",
            code="not-a-choice",
            values={"choices": list(SEVERITIES)},
        )
    score = (LIKELIHOODS.index(likelihood) + 1) * (SEVERITIES.index(severity) + 1)
    if score >= 9:
        return "high"
    if score >= 4:
        return "medium"
    return "low"


def needs_prior_consultation(residual_risk: str) -> bool:
    """Art. 36(1): a high risk that the measures do not bring down goes to the supervisory authority first."""
    return residual_risk == "high"

"""Transfers to third countries (GDPR Art. 44-49): which countries need a safeguard, and what is wrong with one.

Pure: the adequacy list comes in as data (`parse_adequacy` on the shipped or user-supplied JSON),
today comes in as a date. Each finding has a stable `code` (scripts and tests rely on it), a
severity (`warning` counts towards "has warnings"; `notice` is shown but needs no action), a
one-line message in English (the command line and the JSON), and the `values` its message names
(country, dates, decision, module...) as data, so a front end words it in its own language.

Worked examples (adequacy list as shipped, today 2026-11-25):
- FI-established, processing in SE and NO: no transfer at all (all EEA).
- US, safeguard adequacy, DPF-certified, fallback SCC module 3: notice `adequacy-challenged` only.
- US, safeguard adequacy, not certified: warning `us-not-dpf-certified` (no valid basis at all: the
  decision covers certified organisations only, so no fallback talk).
- IN, safeguard adequacy: warning `adequacy-not-in-force` (India has no decision).
- US, SCCs of 2010/87/EU: warning `scc-pre-2021` (repealed 27 Sep 2021, old contracts ended 27 Dec 2022).
- GB, adequacy, today 2032-01-01: warning `adequacy-not-in-force` (the renewal runs to 27 Dec 2031).
- US, SCC module 3, no transfer impact assessment: warning `tia-missing` (Clause 14 requires one).
- US, SCC module 1 or 4: warning `scc-module-unfit` (a subprocessor processes on our behalf);
  module 2 while the linked activities say we act as a processor: notice `scc-module-questioned`.
- IN, derogation (b): warning `derogation-for-regular-transfers` (a subprocessor serves us all the
  time; derogations are for occasional transfers, EDPB Guidelines 2/2018); `compelling` adds the
  warning `derogation-compelling-inform` (Art. 49(1) second subparagraph).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from dpo_desk.domain.transfers import FALLBACK_SAFEGUARDS

STATUSES = ("planned", "announced", "active", "retired")
SCC_CURRENT = "2021/914"
# The sets the 2021 clauses replaced: usable for new contracts until 27 Sep 2021, old contracts until 27 Dec 2022.
SCC_REPEALED = ("2001/497/EC", "2004/915/EC", "2010/87/EU")
SCC_VERSIONS = (SCC_CURRENT, *SCC_REPEALED)
SCC_MODULES = {
    1: "controller to controller",
    2: "controller to processor",
    3: "processor to processor",
    4: "processor to controller",
}
# Art. 49(1): the lettered points of the first subparagraph, and the second subparagraph's last resort.
DEROGATIONS = {
    "a": "explicit consent",
    "b": "contract with the data subject",
    "c": "contract in the data subject's interest",
    "d": "important reasons of public interest",
    "e": "legal claims",
    "f": "vital interests",
    "g": "public register",
    "compelling": "compelling legitimate interests (second subparagraph)",
}
# Bump when a rule change alters the warnings counted (the register recounts its stored counts then).
RULES_VERSION = "2"
# The module a subprocessor's SCCs should have, by the role we act in for the data it handles.
SCC_MODULE_FOR_ROLE = {"processor": 3, "controller": 2}
WARNING = "warning"
NOTICE = "notice"
# Every finding's code, as scripts read them from `transfers check --json`.
FINDING_CODES = (
    "safeguard-missing",
    "scc-pre-2021",
    "scc-module-missing",
    "derogation-letter-missing",
    "derogation-for-regular-transfers",
    "derogation-compelling-inform",
    "scc-module-unfit",
    "scc-module-questioned",
    "adequacy-not-in-force",
    "us-not-dpf-certified",
    "not-certified",
    "adequacy-challenged-no-fallback",
    "adequacy-challenged",
    "adequacy-limited-scope",
    "tia-review-past",
    "tia-missing",
    "dpa-missing",
)


@dataclass(frozen=True)
class Decision:
    """One adequacy decision: the countries it covers, its reference, its scope, any challenge."""

    key: str
    name: str
    countries: tuple[str, ...]
    reference: str
    adopted: dt.date | None
    valid_until: dt.date | None
    scope: str
    scope_note: str
    requires_certification: bool
    challenge: str
    challenge_case: str = ""
    # ("scope_note_fi", "...") pairs: the name (where it is not a country's), the scope and the challenge
    # in the report languages
    translations: tuple[tuple[str, str], ...] = ()

    def name_in(self, lang: str) -> str:
        """The decision's own name in `lang` ("" when the list gives none: a country's name is the country's)."""
        return dict(self.translations).get(f"name_{lang}", "")

    def scope_in(self, lang: str) -> str:
        return dict(self.translations).get(f"scope_note_{lang}") or self.scope_note

    def challenge_in(self, lang: str) -> str:
        return dict(self.translations).get(f"challenge_{lang}") or self.challenge

    def in_force(self, day: dt.date) -> bool:
        if self.adopted is not None and day < self.adopted:
            return False
        return self.valid_until is None or day <= self.valid_until

    @property
    def challenged(self) -> bool:
        return bool(self.challenge)


@dataclass(frozen=True)
class AdequacyList:
    """The adequacy decisions and the EEA, as of a date."""

    as_of: dt.date
    eea: frozenset[str]
    decisions: tuple[Decision, ...]
    source: str = ""

    def is_eea(self, country: str) -> bool:
        return country in self.eea

    def decision_for(self, country: str, day: dt.date | None = None) -> Decision | None:
        """The decision covering `country` (in force on `day` when given)."""
        for decision in self.decisions:
            if country in decision.countries and (day is None or decision.in_force(day)):
                return decision
        return None

    def adequate_countries(self, day: dt.date) -> list[str]:
        return sorted({c for d in self.decisions if d.in_force(day) for c in d.countries})


def _date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"{where}: {value!r} is not a date like 2026-06-30") from None


def parse_adequacy(document: Mapping[str, Any]) -> AdequacyList:
    """The adequacy list from its JSON document; a malformed one raises ValueError naming the field."""
    as_of = _date(document.get("as_of"), "as_of")
    if as_of is None:
        raise ValueError("as_of: the list's date is missing")
    eea = document.get("eea")
    if not isinstance(eea, list) or not all(isinstance(c, str) and len(c) == 2 for c in eea):
        raise ValueError("eea: a list of two-letter country codes is needed")
    raw = document.get("decisions")
    if not isinstance(raw, list):
        raise ValueError("decisions: a list is needed")
    decisions = []
    for number, item in enumerate(raw, start=1):
        where = f"decisions[{number}]"
        if not isinstance(item, Mapping) or not item.get("reference") or not item.get("name"):
            raise ValueError(f"{where}: each decision needs a name and a reference")
        countries = item.get("countries") or []
        if not isinstance(countries, list):
            raise ValueError(f"{where}.countries: a list is needed")
        decisions.append(
            Decision(
                key=str(item.get("key") or item["name"]),
                name=str(item["name"]),
                countries=tuple(str(c).upper() for c in countries),
                reference=str(item["reference"]),
                adopted=_date(item.get("adopted"), f"{where}.adopted"),
                valid_until=_date(item.get("valid_until"), f"{where}.valid_until"),
                scope=str(item.get("scope") or "general"),
                scope_note=str(item.get("scope_note") or ""),
                requires_certification=bool(item.get("requires_certification")),
                challenge=str(item.get("challenge") or ""),
                challenge_case=str(item.get("challenge_case") or ""),
                translations=tuple(
                    (key, str(value))
                    for key, value in sorted(item.items())
                    if key.startswith(("name_", "scope_note_", "challenge_")) and key != "challenge_case" and value
                ),
            )
        )
    return AdequacyList(as_of, frozenset(c.upper() for c in eea), tuple(decisions), str(document.get("source") or ""))


@dataclass(frozen=True)
class TransferFacts:
    """What the register says about one processing country outside the EEA."""

    country: str
    safeguard: str = "none"
    scc_module: int | None = None
    scc_version: str = SCC_CURRENT
    derogation: str = ""
    tia_on: dt.date | None = None
    tia_review_on: dt.date | None = None
    fallback_safeguard: str = ""
    fallback_scc_module: int | None = None


@dataclass(frozen=True)
class EntryFacts:
    """What the rules need of a register entry."""

    country: str
    processing_countries: tuple[str, ...] = ()
    status: str = "active"
    dpa_signed_on: dt.date | None = None
    dpf_certified: bool = False
    transfers: tuple[TransferFacts, ...] = field(default_factory=tuple)
    # the roles we act in for the activities this subprocessor serves ("processor", "controller"); () unknown
    our_roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str
    message: str
    country: str = ""
    # what the message names, as data: "country", "version", "module", "role", "expected", "decision",
    # "reference", "case", "fallback", "date", "scope_note" and its "scope_note_fi"/"scope_note_sv"
    values: Mapping[str, Any] = field(default_factory=dict, hash=False)

    @property
    def is_warning(self) -> bool:
        return self.severity == WARNING


def transfer_countries(country: str, processing_countries: Iterable[str], adequacy: AdequacyList) -> list[str]:
    """Every country outside the EEA the data reach: where the recipient is established and where it processes.

    A recipient established outside the EEA receives a transfer even when its servers are inside it.
    """
    found = {c for c in (country, *processing_countries) if c and not adequacy.is_eea(c)}
    return sorted(found)


def describe(transfer: TransferFacts, adequacy: AdequacyList) -> str:
    """A short description of the safeguard: "SCC module 3", "adequacy: EU-US Data Privacy Framework"."""
    if transfer.safeguard == "adequacy":
        decision = adequacy.decision_for(transfer.country)
        return f"adequacy: {decision.name}" if decision else "adequacy (no decision)"
    if transfer.safeguard == "scc":
        version = "" if transfer.scc_version in ("", SCC_CURRENT) else f" ({transfer.scc_version})"
        module = f" module {transfer.scc_module}" if transfer.scc_module else ""
        return f"SCC{module}{version}"
    if transfer.safeguard == "bcr":
        return "BCR"
    if transfer.safeguard == "derogation":
        return f"Art. 49(1)({transfer.derogation}) derogation" if transfer.derogation else "Art. 49(1) derogation"
    return "no safeguard"


def check_transfer(
    transfer: TransferFacts,
    dpf_certified: bool,
    adequacy: AdequacyList,
    today: dt.date,
    our_roles: Sequence[str] = (),
) -> list[Finding]:
    """Findings about one transfer's safeguard to a subprocessor, warnings first."""
    c = transfer.country
    found: list[Finding] = []
    if transfer.safeguard in ("none", "", "eea"):
        found.append(
            Finding(
                "safeguard-missing",
                WARNING,
                f"{c}: no safeguard recorded for a transfer outside the EEA",
                c,
                {"country": c},
            )
        )
    elif transfer.safeguard == "adequacy":
        found += _adequacy_findings(transfer, dpf_certified, adequacy, today)
    elif transfer.safeguard == "scc":
        if transfer.scc_version in SCC_REPEALED:
            found.append(
                Finding(
                    "scc-pre-2021",
                    WARNING,
                    f"{c}: SCCs of {transfer.scc_version} were repealed; sign the 2021/914 clauses",
                    c,
                    {"country": c, "version": transfer.scc_version},
                )
            )
        if transfer.scc_module not in SCC_MODULES:
            found.append(
                Finding("scc-module-missing", WARNING, f"{c}: the SCC module (1-4) is not recorded", c, {"country": c})
            )
        else:
            found += _module_findings(c, transfer.scc_module, our_roles)
    elif transfer.safeguard == "derogation":
        found += _derogation_findings(transfer)
    if transfer.tia_review_on is not None and transfer.tia_review_on < today:
        found.append(
            Finding(
                "tia-review-past",
                WARNING,
                f"{c}: the transfer impact assessment was due for review on {transfer.tia_review_on.isoformat()}",
                c,
                {"country": c, "date": transfer.tia_review_on},
            )
        )
    if transfer.safeguard in ("scc", "bcr") and transfer.tia_on is None:
        # Clause 14 of the 2021 SCCs makes the parties warrant an assessment of the destination's laws
        found.append(
            Finding(
                "tia-missing",
                WARNING,
                f"{c}: no transfer impact assessment recorded (Clause 14 of the SCCs requires one; EDPB "
                "Recommendations 01/2020)",
                c,
                {"country": c},
            )
        )
    return sorted(found, key=lambda f: f.severity != WARNING)


def _module_findings(c: str, module: int, our_roles: Sequence[str]) -> list[Finding]:
    """A subprocessor receives data as a processor: module 3 when we are a processor, 2 when the controller."""
    if module in (1, 4):
        return [
            Finding(
                "scc-module-unfit",
                WARNING,
                f"{c}: SCC module {module} ({SCC_MODULES[module]}) does not fit a subprocessor, which processes on "
                "our behalf: module 3 when we act as a processor, module 2 when we are the controller",
                c,
                {"country": c, "module": module},
            )
        ]
    expected = {SCC_MODULE_FOR_ROLE[r] for r in our_roles if r in SCC_MODULE_FOR_ROLE}
    if expected and module not in expected:
        role = "processor" if 3 in expected else "controller"
        return [
            Finding(
                "scc-module-questioned",
                NOTICE,
                f"{c}: SCC module {module} ({SCC_MODULES[module]}) recorded, but the activities it serves say we act "
                f"as {role}: module {min(expected)} would fit; check the contract",
                c,
                {"country": c, "module": module, "role": role, "expected": min(expected)},
            )
        ]
    return []


def _derogation_findings(transfer: TransferFacts) -> list[Finding]:
    c = transfer.country
    if transfer.derogation not in DEROGATIONS:
        return [
            Finding(
                "derogation-letter-missing",
                WARNING,
                f"{c}: which Art. 49(1) derogation applies is not recorded",
                c,
                {"country": c},
            )
        ]
    found = [
        Finding(
            "derogation-for-regular-transfers",
            WARNING,
            f"{c}: a subprocessor receives data all the time, but Art. 49 derogations are for occasional transfers "
            "(EDPB Guidelines 2/2018): put SCCs or another Art. 46 safeguard in place",
            c,
            {"country": c, "derogation": transfer.derogation},
        )
    ]
    if transfer.derogation == "compelling":
        found.append(
            Finding(
                "derogation-compelling-inform",
                WARNING,
                f"{c}: compelling legitimate interests also need the supervisory authority informed of the transfer "
                "and the data subjects told of it and of the interests pursued (Art. 49(1) second subparagraph)",
                c,
                {"country": c},
            )
        )
    return found


def _adequacy_findings(
    transfer: TransferFacts, dpf_certified: bool, adequacy: AdequacyList, today: dt.date
) -> list[Finding]:
    c = transfer.country
    decision = adequacy.decision_for(c, today)
    if decision is None:
        lapsed = adequacy.decision_for(c)
        why = (
            f"{lapsed.reference} is not in force on {today.isoformat()}" if lapsed else "no adequacy decision covers it"
        )
        values: dict[str, Any] = {"country": c}
        if lapsed:
            values.update(decision=lapsed.name, reference=lapsed.reference, date=today)
        return [Finding("adequacy-not-in-force", WARNING, f"{c}: adequacy claimed but {why}", c, values)]
    found: list[Finding] = []
    if decision.requires_certification and not dpf_certified:
        # the decision covers certified organisations only: for this one there is no basis, challenged or not
        code = "us-not-dpf-certified" if c == "US" else "not-certified"
        return [
            Finding(
                code,
                WARNING,
                f"{c}: no valid transfer basis: {decision.name} covers only certified organisations and this "
                "recipient is not marked as certified; sign the 2021 SCCs or use another Art. 46 safeguard",
                c,
                {"country": c, "decision": decision.name, "reference": decision.reference},
            )
        ]
    if decision.challenged:
        if transfer.fallback_safeguard in FALLBACK_SAFEGUARDS:
            fallback = "SCCs" if transfer.fallback_safeguard == "scc" else "BCRs"
            found.append(
                Finding(
                    "adequacy-challenged",
                    NOTICE,
                    f"{c}: {decision.name} is under legal challenge; fallback recorded: {fallback}",
                    c,
                    {"country": c, "decision": decision.name, "fallback": transfer.fallback_safeguard},
                )
            )
        else:
            found.append(
                Finding(
                    "adequacy-challenged-no-fallback",
                    WARNING,
                    f"{c}: {decision.name} is under legal challenge{_case(decision)}; record a fallback",
                    c,
                    {"country": c, "decision": decision.name, "case": decision.challenge_case},
                )
            )
    if decision.scope == "limited" and decision.scope_note and not decision.requires_certification:
        found.append(
            Finding(
                "adequacy-limited-scope",
                NOTICE,
                f"{c}: the decision's scope is limited: {decision.scope_note}",
                c,
                {
                    "country": c,
                    "decision": decision.name,
                    "scope_note": decision.scope_note,
                    **{f"scope_note_{lang}": decision.scope_in(lang) for lang in ("fi", "sv")},
                },
            )
        )
    return found


def _case(decision: Decision) -> str:
    return f" (case {decision.challenge_case} pending)" if decision.challenge_case else ""


def check_entry(entry: EntryFacts, adequacy: AdequacyList, today: dt.date) -> list[Finding]:
    """Every finding about an entry: its contract, and each country outside the EEA (warnings first)."""
    if entry.status == "retired":
        return []
    found: list[Finding] = []
    if entry.dpa_signed_on is None and entry.status in ("announced", "active"):
        found.append(Finding("dpa-missing", WARNING, "no signed data processing agreement (Art. 28(3)) recorded"))
    by_country = {t.country: t for t in entry.transfers}
    for country in transfer_countries(entry.country, entry.processing_countries, adequacy):
        transfer = by_country.get(country, TransferFacts(country))
        found += check_transfer(transfer, entry.dpf_certified, adequacy, today, entry.our_roles)
    return sorted(found, key=lambda f: f.severity != WARNING)


def warnings_only(findings: Sequence[Finding]) -> list[Finding]:
    return [f for f in findings if f.is_warning]


def static_warning_count(entry: EntryFacts, adequacy: AdequacyList, today: dt.date) -> int:
    """Warnings that do not become true merely by time passing (kept in the store for SQL filtering).

    A review date passing is found in SQL from the indexed review date instead.
    """
    return sum(1 for f in check_entry(entry, adequacy, today) if f.is_warning and f.code != "tia-review-past")


def objection_deadline(announced_on: dt.date, period_days: int) -> dt.date:
    """The last day customers may object: `period_days` days after the announcement (the day itself not counted)."""
    if period_days < 1:
        raise ValueError("the objection period is at least one day")
    return announced_on + dt.timedelta(days=period_days)

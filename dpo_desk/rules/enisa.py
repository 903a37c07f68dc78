"""ENISA's severity of a personal data breach (Recommendations for a methodology, v1.0, December 2013).

SE = DPC x EI + CB
- DPC, data processing context: a base of 1 (simple), 2 (behavioural), 3 (financial), 4 (sensitive),
  raised or lowered for the context (volume, the controller, vulnerable people, data invalid or
  already public); the final value stays between 1 and 4.
- EI, ease of identification: 0.25 negligible, 0.5 limited, 0.75 significant, 1 maximum.
- CB, circumstances of the breach: loss of confidentiality, integrity and availability each add
  0, 0.25 or 0.5; malicious intent adds 0.5.
Bands: low < 2; medium 2 to < 3; high 3 to < 4; very high >= 4 (some public code gets these wrong).

Worked examples:
    simple data (1), maximum identification (1), confidentiality +0.25 -> 1.25, low
    financial (3), significant (0.75), confidentiality +0.5, malicious +0.5 -> 3.25, high
    sensitive (4), maximum (1), confidentiality +0.5, availability +0.25, malicious +0.5 -> 5.25, very high
"""

from __future__ import annotations

from dataclasses import dataclass

DPC_BASES = {1: "simple", 2: "behavioural", 3: "financial", 4: "sensitive"}
EI_LEVELS = {0.25: "negligible", 0.5: "limited", 0.75: "significant", 1.0: "maximum"}
CB_STEPS = (0.0, 0.25, 0.5)
MALICIOUS = 0.5
BANDS = ("low", "medium", "high", "very-high")


def check_dpc(value: float) -> float:
    """The final DPC (after the context adjustments): a number from 1 to 4."""
    if not 1 <= value <= 4:
        raise ValueError("DPC is a number from 1 to 4")
    return float(value)


def adjusted_dpc(base: int, adjustment: float) -> float:
    """The base score for the kind of data, raised or lowered for its context, kept within 1..4."""
    if base not in DPC_BASES:
        raise ValueError("the DPC base is 1, 2, 3 or 4")
    return float(min(4.0, max(1.0, base + adjustment)))


def check_ei(value: float) -> float:
    if float(value) not in EI_LEVELS:
        raise ValueError("EI is one of 0.25, 0.5, 0.75, 1")
    return float(value)


def circumstances(confidentiality: float, integrity: float, availability: float, malicious: bool) -> float:
    """CB: each loss adds 0, 0.25 or 0.5, malicious intent a further 0.5."""
    for step in (confidentiality, integrity, availability):
        if float(step) not in CB_STEPS:
            raise ValueError("each loss of confidentiality, integrity or availability adds 0, 0.25 or 0.5")
    return float(confidentiality) + float(integrity) + float(availability) + (MALICIOUS if malicious else 0.0)


def check_cb(value: float) -> float:
    """A CB total: a multiple of 0.25 from 0 to 2."""
    if not 0 <= value <= 2 or (value * 4) != int(value * 4):
        raise ValueError("CB is a multiple of 0.25 from 0 to 2")
    return float(value)


def score(dpc: float, ei: float, cb: float) -> float:
    return round(check_dpc(dpc) * check_ei(ei) + check_cb(cb), 4)


def band(severity: float) -> str:
    """low < 2 <= medium < 3 <= high < 4 <= very-high."""
    if severity < 2:
        return "low"
    if severity < 3:
        return "medium"
    if severity < 4:
        return "high"
    return "very-high"


@dataclass(frozen=True)
class Severity:
    dpc: float
    ei: float
    cb: float
    score: float
    band: str


def assess(dpc: float, ei: float, cb: float) -> Severity:
    value = score(dpc, ei, cb)
    return Severity(float(dpc), float(ei), float(cb), value, band(value))

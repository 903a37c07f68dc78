"""A synthetic subprocessor register: entries across the EEA, adequacy countries and SCC countries.

Most entries sit in Finland, Sweden and the rest of the EEA; a good share transfer to the United
States (under the Data Privacy Framework when certified, else SCCs) and to adequacy countries; some
to countries needing SCCs with a transfer impact assessment. Now and then something is wrong: no
signed DPA, repealed SCCs, no safeguard, an assessment past its review date. The warning counts are
the module's own rules applied to each entry.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from dpo_desk.rules import transfers as rules
from dpo_desk.store.models.register import Subprocessor, SubprocessorAnnouncement, SubprocessorTransfer
from dpo_desk.synthetic.people import Weighted, ascii_fold, company, pick_some

COUNTRIES = Weighted.of(
    {
        "FI": 28, "SE": 10, "DE": 9, "IE": 7, "NL": 5, "EE": 4, "DK": 3, "FR": 3, "PL": 2, "NO": 2,
        "US": 14, "GB": 4, "CH": 2, "JP": 1, "CA": 1, "KR": 1, "BR": 1, "IL": 0.5,
        "IN": 2, "AU": 1, "SG": 1, "UA": 0.5, "PH": 0.5,
    }
)  # fmt: skip
EXTRA_LOCATIONS = ("IE", "NL", "DE", "FI", "SE", "US", "IN", "GB")
STATUSES = Weighted.of({"active": 84, "retired": 8, "announced": 4, "planned": 4})
SERVICES = (
    ("Cloud hosting", "Hosting of the production platform"),
    ("E-mail delivery", "Transactional and newsletter e-mail"),
    ("Customer support tool", "Tickets and chat with customers"),
    ("Payment processing", "Card payments and refunds"),
    ("Backup storage", "Encrypted off-site backups"),
    ("Analytics", "Product usage statistics"),
    ("Tulostus ja postitus", "Laskujen tulostus ja postitus"),
    ("Kirjanpito", "Kirjanpito ja palkanlaskenta"),
    ("Översättning", "Översättning av kundkommunikation"),
    ("Identity verification", "Strong electronic identification"),
    ("Monitoring", "Logs and error reports"),
    ("Call centre", "Telephone customer service"),
)
DATA = ("contact details", "billing data", "usage logs", "support messages", "IP addresses", "yhteystiedot")
SUBJECTS = ("customers", "end users", "employees", "asiakkaat", "kunder")
ADEQUACY_COUNTRIES = frozenset({"GB", "CH", "JP", "CA", "KR", "BR", "IL"})


@dataclass(frozen=True)
class Surroundings:
    as_of: dt.date
    adequacy: rules.AdequacyList
    objection_days: int


def generate(
    rng: random.Random, count: int, env: Surroundings, chunk: int, counters: dict[str, int]
) -> Iterator[tuple[Any, list[dict[str, Any]]]]:
    """Yields (table, rows): entries, their transfers, then announcements of the announced ones."""
    entries: list[dict[str, Any]] = []
    moves: list[dict[str, Any]] = []
    notices: list[dict[str, Any]] = []
    transfer_id = 0
    for entry_id in range(1, count + 1):
        reference = f"SP-{entry_id:04d}"
        counters["SP"] = entry_id
        entry, safeguards = _one(rng, entry_id, reference, env)
        for safeguard in safeguards:
            transfer_id += 1
            moves.append({"id": transfer_id, "subprocessor_id": entry_id, **safeguard})
        entries.append(entry)
        if entry["status"] == "announced":
            day = entry["announced_on"]
            counters[f"SPN-{day.year}"] = counters.get(f"SPN-{day.year}", 0) + 1
            until = rules.objection_deadline(day, env.objection_days)
            notices.append(
                {
                    "id": len(notices) + 1,
                    "reference": f"SPN-{day.year}-{counters[f'SPN-{day.year}']:04d}",
                    "subprocessor_id": entry_id,
                    "kind": "new",
                    "replaces": "",
                    "announced_on": day,
                    "effective_on": until + dt.timedelta(days=1),
                    "objection_until": until,
                    "message": f"We plan to use {entry['name']} for {entry['service'].lower()}.",
                    "status": "open",
                }
            )
        if len(entries) >= chunk:
            yield Subprocessor.__table__, entries
            yield SubprocessorTransfer.__table__, moves
            entries, moves = [], []
    if entries:
        yield Subprocessor.__table__, entries
        yield SubprocessorTransfer.__table__, moves
    if notices:
        yield SubprocessorAnnouncement.__table__, notices


def _safeguard(rng: random.Random, country: str, dpf: bool, as_of: dt.date) -> dict[str, Any]:
    values: dict[str, Any] = {
        "country": country,
        "safeguard": "scc",
        "scc_module": 3 if rng.random() < 0.8 else 2,
        "scc_version": rules.SCC_CURRENT,
        "derogation": "",
        "tia_on": None,
        "tia_review_on": None,
        "supplementary_measures": "",
        "fallback_safeguard": "",
        "fallback_scc_module": None,
    }
    if (country == "US" and dpf) or (country in ADEQUACY_COUNTRIES and rng.random() < 0.92):
        values.update(safeguard="adequacy", scc_module=None)
        if country == "US" and rng.random() < 0.5:  # SCCs signed as well, in case the framework falls
            values.update(fallback_safeguard="scc", fallback_scc_module=3)
        return values
    draw = rng.random()
    if draw < 0.05:
        values.update(safeguard="none", scc_module=None)
    elif draw < 0.09:
        values.update(safeguard="bcr", scc_module=None)
    elif draw < 0.11:
        values.update(safeguard="derogation", scc_module=None, derogation="b")
    elif draw < 0.13:
        values.update(scc_version="2010/87/EU")
    if values["safeguard"] in ("scc", "bcr") and rng.random() < 0.85:
        tia = as_of - dt.timedelta(days=rng.randint(10, 900))
        values.update(
            tia_on=tia,
            tia_review_on=tia + dt.timedelta(days=rng.choice((365, 730))),
            supplementary_measures="Encryption at rest and in transit; keys held in the EEA.",
        )
    return values


def _one(rng: random.Random, entry_id: int, reference: str, env: Surroundings) -> tuple[dict[str, Any], list]:
    as_of = env.as_of
    country = COUNTRIES.pick(rng)
    name = company(rng, country)
    locations = {country}
    if rng.random() < 0.3:
        locations.update(rng.sample(EXTRA_LOCATIONS, rng.randint(1, 2)))
    dpf = country == "US" and rng.random() < 0.6
    status = STATUSES.pick(rng)
    start = as_of - dt.timedelta(days=rng.randint(30, 2500))
    planned_on = announced_on = active_from = retired_on = None
    if status == "planned":
        planned_on = as_of - dt.timedelta(days=rng.randint(0, 40))
    elif status == "announced":
        announced_on = as_of - dt.timedelta(days=rng.randint(0, 25))
        planned_on = announced_on - dt.timedelta(days=rng.randint(5, 30))
    else:
        active_from = start
        if status == "retired":
            retired_on = min(as_of, start + dt.timedelta(days=rng.randint(60, 1500)))
    signed = rng.random() < (0.96 if status != "planned" else 0.3)
    dpa = (active_from or planned_on or as_of) - dt.timedelta(days=rng.randint(0, 30)) if signed else None
    outside = rules.transfer_countries(country, sorted(locations), env.adequacy)
    safeguards = [_safeguard(rng, c, dpf, as_of) for c in outside]
    facts = rules.EntryFacts(
        country=country,
        processing_countries=tuple(sorted(locations)),
        status=status,
        dpa_signed_on=dpa,
        dpf_certified=dpf,
        transfers=tuple(
            rules.TransferFacts(
                s["country"],
                s["safeguard"],
                s["scc_module"],
                s["scc_version"],
                s["derogation"],
                s["tia_on"],
                s["tia_review_on"],
                s["fallback_safeguard"],
                s["fallback_scc_module"],
            )
            for s in safeguards
        ),
    )
    service, purpose = rng.choice(SERVICES)
    stamp = dt.datetime.combine(active_from or planned_on or announced_on or as_of, dt.time(10), tzinfo=dt.UTC)
    entry = {
        "id": entry_id,
        "reference": reference,
        "name": name,
        "legal_entity_id": f"{rng.randint(1000000, 9999999)}-{rng.randint(0, 9)}" if country == "FI" else "",
        "address": f"{rng.randint(1, 120)} {rng.choice(('Mannerheimintie', 'Hamngatan', 'Main Street'))}",
        "country": country,
        "service": service,
        "purpose": purpose,
        "processing_countries": sorted(locations),
        "data_categories": pick_some(rng, DATA, 1, 3),
        "subject_categories": pick_some(rng, SUBJECTS, 1, 2),
        "serves": rng.choice(("all customers", "Pilvipalvelu", "Helpdesk", "")),
        "dpa_signed_on": dpa,
        "status": status,
        "planned_on": planned_on,
        "announced_on": announced_on,
        "active_from": active_from,
        "retired_on": retired_on,
        "contact": f"privacy@{ascii_fold(name.split()[0].lower())}.example",
        "website": f"https://{ascii_fold(name.split()[0].lower())}.example",
        "notes": "",
        "dpf_certified": dpf,
        "warning_count": rules.static_warning_count(facts, env.adequacy, as_of),
        "created_at": stamp,
        "updated_at": stamp,
    }
    return entry, safeguards

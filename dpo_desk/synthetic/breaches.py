"""Synthetic personal data breaches, grouped by cause as in EDPB Guidelines 01/2021 on examples.

Misdirected mail and internal human error are the most common, ransomware and exfiltration rarer
but larger. Most breaches that need notifying were notified within the 72 hours, some late with
their reasons; high-risk ones have the data subjects told or an Art. 34(3) exemption on record;
old breaches are closed, recent ones open. Deadlines come from the module's rule data.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from dpo_desk.rules import breach_clock
from dpo_desk.store.models.breaches import Breach, BreachNotification
from dpo_desk.synthetic.people import CUSTOMERS, Weighted, pick_some

CAUSES = Weighted.of(
    {
        "misdelivery": 30,
        "internal-human-error": 20,
        "lost-or-stolen": 15,
        "data-exfiltration": 10,
        "social-engineering": 10,
        "ransomware": 7,
        "other": 8,
    }
)
RISKS = Weighted.of({"none": 48, "risk": 38, "high": 14})
TITLES = {
    "misdelivery": ("Lasku lähti väärälle asiakkaalle", "Misdirected e-mail with a customer list",
                    "Faktura skickad till fel mottagare"),
    "internal-human-error": ("Työntekijä katsoi asiakastietoja ilman syytä", "Support export left in a shared folder",
                             "Behörigheter för breda i kundregistret"),
    "lost-or-stolen": ("Kannettava tietokone varastettiin junassa", "Unencrypted USB stick lost at a trade fair",
                       "Mobiltelefon stulen på kontoret"),
    "data-exfiltration": ("Hyökkääjä kopioi varmuuskopion", "Credential stuffing against the customer portal",
                          "Dataintrång i testmiljön"),
    "social-engineering": ("Tietojenkalastelu: palkanlaskennan tunnukset", "CEO fraud e-mail led to an HR export",
                           "Nätfiske mot kundtjänsten"),
    "ransomware": ("Kiristyshaittaohjelma salasi tiedostopalvelimen", "Ransomware on the build server",
                   "Utpressningsprogram i ekonomisystemet"),
    "other": ("Väärä käyttöoikeus kumppanin portaalissa", "Printer queue exposed on the guest network",
              "Fel konfiguration i molnlagringen"),
}  # fmt: skip
NATURE_BY_CAUSE = {
    "misdelivery": ["confidentiality"],
    "internal-human-error": ["confidentiality"],
    "lost-or-stolen": ["confidentiality", "availability"],
    "data-exfiltration": ["confidentiality"],
    "social-engineering": ["confidentiality", "integrity"],
    "ransomware": ["availability", "confidentiality", "integrity"],
    "other": ["confidentiality"],
}
DATA_CATEGORIES = ("nimi", "sähköposti", "osoite", "puhelinnumero", "laskutustiedot", "asiakasnumero", "IP-osoite")
SUBJECT_CATEGORIES = ("asiakkaat", "työntekijät", "työnhakijat", "kumppanien yhteyshenkilöt")
LATE_REASONS = (
    "The extent was only clear after the forensic report; notified in phases as Art. 33(4) allows.",
    "Ilmoitus viivästyi, koska tapahtuma havaittiin viikonloppuna ja vastuuhenkilö oli lomalla.",
)
EXEMPTIONS = (
    ("a", "The lost laptop's disk was fully encrypted (BitLocker, AES-256) and the key was not compromised."),
    ("b", "The recipient confirmed deletion in writing the same day; no risk remains for the subjects."),
)


@dataclass(frozen=True)
class Surroundings:
    as_of: dt.date
    tz: ZoneInfo
    rule_for: Callable[[dt.datetime], breach_clock.BreachRule]
    years: int = 4


def generate(
    rng: random.Random, count: int, env: Surroundings, chunk: int, counters: dict[str, int]
) -> Iterator[tuple[Any, list[dict[str, Any]]]]:
    """Yields (table, rows) in chunks, breaches before their notifications; ids are 1..count."""
    end = dt.datetime.combine(env.as_of, dt.time(16), tzinfo=env.tz).astimezone(dt.UTC)
    span = 365 * 24 * env.years
    moments = sorted(end - dt.timedelta(hours=int(rng.triangular(0, span, 0)), minutes=rng.randrange(60))
                     for _ in range(count))  # fmt: skip
    breaches: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    note_id = 0
    for breach_id, aware in enumerate(moments, start=1):
        year = aware.astimezone(env.tz).year
        counters[f"BR-{year}"] = counters.get(f"BR-{year}", 0) + 1
        row, sent = _one(rng, breach_id, f"BR-{year}-{counters[f'BR-{year}']:04d}", aware, env, end)
        breaches.append(row)
        for phase, at, late, reason, authority_reference in sent:
            note_id += 1
            notes.append(
                {
                    "id": note_id,
                    "breach_id": breach_id,
                    "phase": phase,
                    "sent_at": at,
                    "content": "Initial notification" if phase == "initial" else "Results of the investigation",
                    "authority_reference": authority_reference,
                    "late_reason": reason,
                    "late": late,
                    "recorded_at": at,
                }
            )
        if len(breaches) >= chunk:
            yield Breach.__table__, breaches
            yield BreachNotification.__table__, notes
            breaches, notes = [], []
    if breaches:
        yield Breach.__table__, breaches
        yield BreachNotification.__table__, notes


def _one(
    rng: random.Random, breach_id: int, reference: str, aware: dt.datetime, env: Surroundings, end: dt.datetime
) -> tuple[dict[str, Any], list[tuple[str, dt.datetime, bool, str, str]]]:
    cause = CAUSES.pick(rng)
    rule = env.rule_for(aware)
    deadline = breach_clock.authority_deadline(aware, rule)
    age = end - aware
    processor = rng.random() < 0.08
    big = cause in ("ransomware", "data-exfiltration")
    subjects = rng.randint(200, 40_000) if big else rng.randint(1, 300)
    risk: str | None = RISKS.pick(rng)
    if big and risk == "none":
        risk = "risk"
    if age < dt.timedelta(days=2) and rng.random() < 0.5:
        risk = None  # not decided yet
    sent: list[tuple[str, dt.datetime, bool, str, str]] = []
    required = not processor and breach_clock.notification_required(risk, rule)
    if required and risk is not None:
        hours = rng.randint(80, 240) if rng.random() < 0.08 else rng.randint(4, 70)
        at = aware + dt.timedelta(hours=hours, minutes=rng.randrange(60))
        if at <= end:
            late = breach_clock.is_late(at, deadline)
            authority = f"TSV/{at.year}/{rng.randint(1000, 9999)}"
            sent.append(("initial", at, late, rng.choice(LATE_REASONS) if late else "", authority))
            if big or rng.random() < 0.2:
                later = at + dt.timedelta(days=rng.randint(3, 20))
                if later <= end:
                    sent.append(("supplementary", later, False, "", authority))
    communication = communication_method = exemption = exemption_reason = ""
    communicated_at = communicated_count = None
    if risk == "high":
        if rng.random() < 0.85:
            communicated_at = aware + dt.timedelta(days=rng.randint(1, 6))
            if communicated_at <= end:
                communication, communication_method = "done", "e-mail to each data subject"
                communicated_count = subjects
            else:
                communicated_at = None
        elif rng.random() < 0.6:
            communication, (exemption, exemption_reason) = "exempt", rng.choice(EXEMPTIONS)
    controller_told = aware + dt.timedelta(hours=rng.randint(1, 30)) if processor else None
    if controller_told and controller_told > end:
        controller_told = None
    closable = (
        risk is not None
        and (not required or sent)
        and (risk != "high" or communication in ("done", "exempt"))
        and (not processor or controller_told is not None)
    )
    closed_at = None
    if closable and age > dt.timedelta(days=30) and rng.random() < 0.97:
        closed_at = aware + dt.timedelta(days=rng.randint(5, 28))
    language = rng.randrange(3)
    row = {
        "id": breach_id,
        "reference": reference,
        "title": TITLES[cause][language],
        "status": "closed" if closed_at else "open",
        "created_at": aware + dt.timedelta(minutes=rng.randint(5, 240)),
        "occurred_from": aware - dt.timedelta(hours=rng.randint(1, 200)),
        "occurred_to": None,
        "ongoing": False,
        "discovered_at": aware - dt.timedelta(minutes=rng.randint(0, 120)),
        "aware_at": aware,
        "authority_deadline": deadline,
        "how_found": rng.choice(("asiakkaan ilmoitus", "monitoring alert", "anmälan från anställd")),
        "nature": NATURE_BY_CAUSE[cause],
        "cause": cause,
        "intent": "deliberate" if cause in ("ransomware", "data-exfiltration", "social-engineering") else "accidental",
        "systems": rng.choice(("CRM", "laskutus", "HR-system", "asiakasportaali", "file server")),
        "description": f"{TITLES[cause][2 - language]}. {TITLES[cause][language]}.",
        "data_categories": ", ".join(pick_some(rng, DATA_CATEGORIES, 1, 4)),
        "special_categories": rng.random() < 0.05,
        "criminal_data": False,
        "identity_codes": rng.random() < 0.1,
        "vulnerable_subjects": rng.random() < 0.03,
        "subject_categories": ", ".join(pick_some(rng, SUBJECT_CATEGORIES, 1, 2)),
        "subjects_approx": subjects,
        "subjects_estimated": rng.random() < 0.7,
        "records_approx": subjects * rng.randint(1, 5),
        "records_estimated": True,
        "member_states": ["FI"] if rng.random() < 0.85 else ["FI", "SE"],
        "consequences": "Risk of phishing aimed at the subjects." if risk in ("risk", "high") else "",
        "measures_before": "",
        "measures_taken": "Access revoked; recipient asked to delete." if closed_at or sent else "",
        "measures_proposed": "",
        "role": "processor" if processor else "controller",
        "controller_name": rng.choice(CUSTOMERS) if processor else "",
        "controller_told_at": controller_told,
        "processor_name": "",
        "processor_told_at": None,
        "joint_controllers": "",
        "notifier_name": "",
        "risk": risk,
        "risk_reasoning": "" if risk is None else f"{risk}: {subjects} subjects, {cause.replace('-', ' ')}",
        "enisa_dpc": None,
        "enisa_ei": None,
        "enisa_cb": None,
        "communication": communication,
        "communicated_at": communicated_at,
        "communication_method": communication_method,
        "communicated_count": communicated_count,
        "exemption": exemption,
        "exemption_reason": exemption_reason,
        "lead_authority": "",
        "other_authorities": "",
        "other_notifications": "",
        "attachments_note": "",
        "closed_at": closed_at,
        "closing_summary": "Measures taken; no further action." if closed_at else "",
    }
    return row, sent

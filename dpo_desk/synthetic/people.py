"""Fictional people and companies for synthetic data: Finnish, Swedish and other names (å, ä, ö and more).

The names are common ones put together at random, so search and sorting meet the letters and the
shapes real registers hold; the combinations are fictional.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from zoneinfo import ZoneInfo

FINNISH_FIRST = (
    "Aino",
    "Eino",
    "Väinö",
    "Helmi",
    "Onni",
    "Elli",
    "Lauri",
    "Sanni",
    "Jyrki",
    "Päivi",
    "Tuomas",
    "Säde",
    "Matti",
    "Kaisa",
    "Jaakko",
    "Tiina",
    "Mikko",
    "Anneli",
    "Ville",
    "Hanna",
    "Pekka",
    "Kerttu",
    "Juha",
    "Ilona",
    "Esa",
    "Minna",
    "Teemu",
    "Riikka",
    "Antti",
    "Sirpa",
    "Jussi",
    "Leena",
    "Oona",
    "Veeti",
    "Iida",
)
FINNISH_LAST = (
    "Virtanen",
    "Korhonen",
    "Mäkinen",
    "Nieminen",
    "Mäkelä",
    "Hämäläinen",
    "Laine",
    "Heikkinen",
    "Koskinen",
    "Järvinen",
    "Lehtonen",
    "Lehtinen",
    "Saarinen",
    "Salminen",
    "Heinonen",
    "Niemi",
    "Heikkilä",
    "Kinnunen",
    "Salonen",
    "Turunen",
    "Salo",
    "Laitinen",
    "Tuominen",
    "Rantanen",
    "Karjalainen",
    "Jokinen",
    "Mattila",
    "Savolainen",
    "Lahtinen",
    "Ahonen",
    "Pöllänen",
    "Kärkkäinen",
    "Räsänen",
    "Hyvönen",
    "Väisänen",
    "Ylönen",
    "Kettunen",
    "Seppälä",
    "Leppänen",
    "Häkkinen",
    "Pitkänen",
    "Kähkönen",
    "Sääski",
    "Östman",
)
SWEDISH_FIRST = (
    "Åsa",
    "Björn",
    "Göran",
    "Märta",
    "Mårten",
    "Ingrid",
    "Stig",
    "Linnéa",
    "Jöns",
    "Ebba",
    "Håkan",
    "Sölve",
    "Astrid",
    "Nils",
    "Kristoffer",
    "Sofia",
    "Fredrik",
    "Ulla",
    "Örjan",
    "Greta",
)
SWEDISH_LAST = (
    "Åberg",
    "Öhman",
    "Söderström",
    "Sjöberg",
    "Lindqvist",
    "Nyström",
    "Wikström",
    "Blomqvist",
    "Holmström",
    "Ekström",
    "Strömberg",
    "Forsström",
    "Bäckman",
    "Grönroos",
    "Löfgren",
    "Åström",
    "Källström",
    "Lindén",
    "Sundqvist",
    "Wahlström",
)
OTHER_NAMES = (
    "Olivia Smith",
    "Łukasz Nowak",
    "José García",
    "Zoë Müller",
    "Nguyễn Văn An",
    "Ayşe Yılmaz",
    "Søren Kristensen",
    "Ólafur Jónsson",
    "Chloé Dubois",
    "Jānis Bērziņš",
    "Tõnu Tamm",
    "Agnieszka Wójcik",
    "Dmitri Ivanov",
    "Дмитрий Иванов",
    "Maria Rossi",
    "Ahmed Hassan",
    "Fatima Al-Sayed",
    "Jürgen Weiß",
    "Siobhán O'Connor",
    "Björk Guðmundsdóttir",
    "Mihai Popescu",
    "Eleni Papadopoulou",
    "Kofi Mensah",
    "Aiko Tanaka",
    "王伟",
    "Anna-Liisa Øvergaard",
    "Renée Lefèvre",
    "Ignacio Peña",
    "Daniel Cohen",
)
MAIL_DOMAINS = (
    "gmail.com", "outlook.com", "hotmail.fi", "luukku.com", "elisanet.fi", "kolumbus.fi", "icloud.com",
    "suomi24.fi", "yahoo.com", "proton.me",
)  # fmt: skip
CUSTOMERS = (
    "Kuopion Kaukolämpö Oy",
    "Åbo Båtvarv Ab",
    "Pohjolan Päivittäistavara Oy",
    "Vaasan Ääni ry",
    "Mäntsälän Mökkivuokraus Oy",
    "Helsingin Hammasklinikka Oy",
    "Nordic Ledger AB",
    "Tampereen Työmaa Oy",
    "Sjöstadens Fastigheter Ab",
    "Lapin Löyly Oy",
)
COMPANY_STEMS = (
    "Pohjois",
    "Kumulus",
    "Aurora",
    "Revontuli",
    "Nordström",
    "Kivi",
    "Sähkö",
    "Tähti",
    "Vaahtera",
    "Skärgård",
    "Fjäll",
    "Älv",
    "Ström",
    "Bitti",
    "Pilvi",
    "Tieto",
    "Data",
    "Cloud",
    "Signal",
    "Harbor",
    "Atlas",
    "Lumen",
    "Vector",
    "Quartz",
    "Mosaic",
    "Helix",
    "Ridge",
    "Cascade",
    "Polar",
    "Birch",
    "Meridian",
    "Orbit",
)
COMPANY_ENDINGS = (
    "virta",
    "pilvi",
    "laskenta",
    "tieto",
    "data",
    "logistiikka",
    "mail",
    "analytics",
    "hosting",
    "systems",
    "support",
    "payments",
    "security",
    "labs",
    "works",
    "net",
    "print",
    "translate",
    "backup",
    "voice",
)
QUALIFIERS = ("", "", "", " Nordic", " Europe", " Solutions", " Group", " Services", " Finland", " Digital")
LEGAL_FORMS = {
    "FI": "Oy", "SE": "AB", "DE": "GmbH", "IE": "Ltd", "NL": "B.V.", "EE": "OÜ", "DK": "ApS", "NO": "AS",
    "FR": "SAS", "PL": "sp. z o.o.", "US": "Inc.", "GB": "Ltd", "CH": "AG", "JP": "K.K.", "IN": "Pvt Ltd",
    "CA": "Inc.", "KR": "Co., Ltd.", "AU": "Pty Ltd", "BR": "Ltda.", "IL": "Ltd", "SG": "Pte. Ltd.",
    "UA": "TOV", "PH": "Inc.",
}  # fmt: skip


@dataclass(frozen=True)
class Weighted:
    """Choices with weights, drawn quickly many times (cumulative weights computed once)."""

    values: tuple[str, ...]
    cumulative: tuple[float, ...]

    @classmethod
    def of(cls, weights: dict[str, float]) -> Weighted:
        return cls(tuple(weights), tuple(accumulate(weights.values())))

    def pick(self, rng: random.Random) -> str:
        return rng.choices(self.values, cum_weights=self.cumulative)[0]


def ascii_fold(text: str) -> str:
    """å -> a, ö -> o, ł -> l: a mailbox name from a person's name."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c in ".-"))


def person(rng: random.Random, language: str) -> str:
    if language == "fi" or (language == "en" and rng.random() < 0.4):
        return f"{rng.choice(FINNISH_FIRST)} {rng.choice(FINNISH_LAST)}"
    if language == "sv":
        last = rng.choice(SWEDISH_LAST) if rng.random() < 0.8 else rng.choice(FINNISH_LAST)
        return f"{rng.choice(SWEDISH_FIRST)} {last}"
    return rng.choice(OTHER_NAMES)


def email_of(rng: random.Random, name: str) -> str:
    local = ascii_fold(name.lower().replace(" ", ".").replace("'", ""))
    if not local.strip("."):
        local = "asiakas"
    if rng.random() < 0.5:
        local += str(rng.randint(1, 999))
    return f"{local}@{rng.choice(MAIL_DOMAINS)}"


def company(rng: random.Random, country: str) -> str:
    stem, ending = rng.choice(COMPANY_STEMS), rng.choice(COMPANY_ENDINGS)
    return f"{stem}{ending}{rng.choice(QUALIFIERS)} {LEGAL_FORMS.get(country, 'Ltd')}"


def moment(day: dt.date, tz: ZoneInfo, rng: random.Random, first_hour: int = 8, last_hour: int = 17) -> dt.datetime:
    """A time during office hours of `day` in the organisation's zone, as aware UTC."""
    local = dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)), tzinfo=tz)
    return local.astimezone(dt.UTC)


def pick_some(rng: random.Random, values: Sequence[str], low: int, high: int) -> list[str]:
    return sorted(rng.sample(list(values), rng.randint(low, min(high, len(values)))))

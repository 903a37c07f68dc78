"""Dates, times and article references as a document in Finnish, Swedish or English writes them.

One form per language in every document: 4.12.2026 in Finnish and Swedish, 4 December 2026 in
English; an article of the GDPR as the regulation's own translation cites it ("tietosuoja-asetuksen
33 artiklan 1 kohta", "artikel 33.1 i dataskyddsförordningen", "Art. 33(1)").
"""

from __future__ import annotations

import datetime as dt
import re

from dpo_desk.domain.timeparse import zone

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_ARTICLE = re.compile(r"^(\d+)(?:\((\d+)\))?(?:\(([a-z])\))?$")


def date_text(day: dt.date | None, lang: str, none: str = "—") -> str:
    if day is None:
        return none
    if lang == "en":
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    return f"{day.day}.{day.month}.{day.year}"


def time_text(moment: dt.datetime | None, tz_name: str, lang: str) -> str:
    """A moment in the organisation's zone with its offset: 1.6.2026 10:00 (UTC+03:00)."""
    if moment is None:
        return ""
    local = moment.astimezone(zone(tz_name))
    offset = local.strftime("%z")
    return f"{date_text(local.date(), lang)} {local:%H:%M} (UTC{offset[:3]}:{offset[3:]})"


def article(reference: str, lang: str, *, regulation: bool = True) -> str:
    """'6(1)(b)' as the document's language cites it; an unusual reference is kept as given after 'Art.'."""
    found = _ARTICLE.match(reference.strip())
    if lang == "en" and not regulation:
        return f"Article {reference}"
    if not found or lang == "en":
        return f"Art. {reference}"
    number, paragraph, point = found.groups()
    if lang == "fi":
        text = f"{number} artiklan"
        if paragraph:
            text += f" {paragraph} kohdan" if point else f" {paragraph} kohta"
            text += f" {point} alakohta" if point else ""
        else:
            text = f"{number} artikla"
        return f"tietosuoja-asetuksen {text}" if regulation else text
    text = f"artikel {number}" + (f".{paragraph}" if paragraph else "") + (f" {point}" if point else "")
    return f"{text} i dataskyddsförordningen" if regulation else text

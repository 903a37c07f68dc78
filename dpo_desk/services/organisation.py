"""The organisation and its DPO, which head every report."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy.orm import Session

from dpo_desk.clock import today_of
from dpo_desk.domain import validation
from dpo_desk.errors import InvalidInput
from dpo_desk.store.models import Organisation

LANGUAGES = ("fi", "sv", "en")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class OrganisationView:
    name: str
    business_id: str
    address: str
    dpo_name: str
    dpo_email: str
    dpo_phone: str
    timezone: str
    holiday_country: str
    report_language: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


FIELDS = tuple(OrganisationView.__dataclass_fields__)


def _row(session: Session) -> Organisation:
    org = session.get(Organisation, 1)
    if org is None:
        org = Organisation(id=1)
        session.add(org)
        session.flush()
    # The session's identity map holds objects weakly: without a reference kept, every call (the
    # deadline overview makes several) would read the row again. Kept on the session, it is the same
    # object a change updates, and a commit or rollback expires it as any other.
    session.info["organisation"] = org
    return org


def get(session: Session) -> OrganisationView:
    org = _row(session)
    return OrganisationView(**{f: getattr(org, f) for f in FIELDS})


def today(session: Session) -> dt.date:
    """Today where the organisation is (its time zone), by the clock the store carries."""
    return today_of(session, get(session).timezone)


def check_timezone(value: str) -> str:
    import zoneinfo

    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(
            "timezone", value, "is not a known time zone (for example Europe/Helsinki)", code="unknown-timezone"
        ) from None
    return value


def check_holiday_country(value: str) -> str:
    import holidays

    code = value.strip().upper()
    if code not in holidays.list_supported_countries():
        raise InvalidInput(
            "holiday country",
            value,
            "is not a country with known public holidays (for example FI)",
            code="no-known-holidays",
        )
    return code


def validate(changes: dict[str, Any]) -> dict[str, Any]:
    """Checked, trimmed values; raises InvalidInput naming the first bad field."""
    clean: dict[str, Any] = {}
    for field, value in changes.items():
        if field not in FIELDS:
            raise InvalidInput(
                "field",
                field,
                "is not part of the organisation",
                code="not-an-organisation-field",
                values={"name": field},
            )
        if value is None:
            continue
        text = validation.text(field, value)  # no control characters, as in every other module's text
        if field == "name" and not text:
            raise InvalidInput("name", value, "must not be empty", code="empty")
        if field == "dpo_email" and text and not _EMAIL.match(text):
            raise InvalidInput("DPO e-mail", value, "is not an e-mail address", code="not-an-email")
        if field == "timezone":
            text = check_timezone(text)
        if field == "holiday_country":
            text = check_holiday_country(text)
        if field == "report_language" and text not in LANGUAGES:
            raise InvalidInput(
                "report language",
                value,
                f"is not one of {', '.join(LANGUAGES)}",
                code="not-a-choice",
                values={"choices": list(LANGUAGES)},
            )
        clean[field] = text
    return clean


def update(session: Session, **changes: Any) -> OrganisationView:
    clean = validate(changes)
    org = _row(session)
    for field, value in clean.items():
        if getattr(org, field) != value:
            setattr(org, field, value)
    session.flush()
    return get(session)

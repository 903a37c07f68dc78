"""The demo company: fictional, modelled on a Finnish cloud provider."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from dpo_desk.services import organisation

NAME = "Pilvilinna Cloud Oy (fictional demo)"


def populate(session: Session, today: dt.date) -> None:
    organisation.update(
        session,
        name=NAME,
        business_id="1234567-8",
        address="Esimerkkikatu 15 B, 00100 Helsinki, Finland",
        dpo_name="Aino Virtanen",
        dpo_email="dpo@pilvilinna.example",
        dpo_phone="+358 9 123 4567",
        timezone="Europe/Helsinki",
        holiday_country="FI",
        report_language="fi",
    )

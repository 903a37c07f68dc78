"""The demo company's rights requests: every state, some overdue, some extended, some forwarded as processor.

Dates are relative to `today`, so the demo always shows a live mix: requests due soon, one overdue,
extensions told and untold, identity checks waiting and done, and closed cases of every outcome.
Every person and address is fictional (example.* domains).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from dpo_desk.services import requests


def _day(today: dt.date, days_ago: int) -> str:
    return (today - dt.timedelta(days=days_ago)).isoformat()


def populate(session: Session, today: dt.date) -> None:
    def add(days_ago: int, type_: str, name: str, email: str, details: str, **extra: str) -> str:
        return requests.add(
            session,
            type=type_,
            received=_day(today, days_ago),
            subject=name,
            email=email,
            details=details,
            **extra,
        )

    # Closed cases of every outcome (the statistics sheet has something to count).
    ref = add(140, "access", "Matti Meikäläinen", "matti.meikalainen@example.fi", "A copy of all my account data.")
    requests.record_identity(session, ref, "verified", _day(today, 139), "Signed in to the control panel")
    requests.close(session, ref, "fulfilled", replied_on=_day(today, 120))

    ref = add(120, "erasure", "Liisa Korhonen", "liisa.korhonen@example.fi", "Close my account and erase my data.")
    requests.close(
        session,
        ref,
        "partially-fulfilled",
        "Invoices are kept for 6 years under the Accounting Act (1336/1997) 2:10",
        replied_on=_day(today, 101),
    )

    ref = add(110, "objection", "Erik Lindqvist", "erik.lindqvist@example.se", "Stop the marketing profiling.")
    requests.close(session, ref, "fulfilled", replied_on=_day(today, 104))

    ref = add(100, "access", "Pekka Example", "pekka@example.com", "Everything you hold about me, again.")
    requests.close(
        session,
        ref,
        "refused",
        "Manifestly unfounded: the fifth identical request within a month; the full copy was sent on 2 March",
        replied_on=_day(today, 90),
    )

    ref = add(95, "consent-withdrawal", "Sanna Nieminen", "sanna.nieminen@example.fi", "No more newsletters.")
    requests.close(session, ref, "withdrawn", "The requester withdrew by e-mail", replied_on=_day(today, 94))

    ref = add(
        80,
        "portability",
        "Juha Mäkinen",
        "juha.makinen@example.fi",
        "My server configuration and billing history in a machine-readable form.",
    )
    requests.extend(session, ref, "Data spread over three billing systems", on=_day(today, 70), told_on=_day(today, 70))
    requests.close(session, ref, "fulfilled", replied_on=_day(today, 40))

    # Received as a processor: forwarded to the customer (the controller).
    ref = add(
        30,
        "erasure",
        "Tuula Laine",
        "tuula.laine@example.fi",
        "Erase me from Verkkokauppa Esimerkki's shop database (hosted on our servers).",
        role="processor",
        controller="Verkkokauppa Esimerkki Oy (fictional customer)",
        channel="web-form",
    )
    requests.forward(session, ref, on=_day(today, 29))
    ref = add(
        3,
        "access",
        "Oskar Berg",
        "oskar.berg@example.se",
        "Which data does Kirjasto Esimerkki store about me?",
        role="processor",
        controller="Kirjasto Esimerkki ry (fictional customer)",
        language="sv",
    )

    # Open: overdue, due soon, running, extended (told and not told), waiting for identity.
    ref = add(45, "rectification", "Anna Virtanen", "anna.virtanen@example.fi", "My surname changed at marriage.")
    requests.add_note(session, ref, "Billing team asked to correct the invoices too", _day(today, 40))
    add(36, "restriction", "Mikko Heikkinen", "mikko.heikkinen@example.fi", "Restrict processing during my dispute.")
    add(26, "access", "Emma Koskinen", "emma.koskinen@example.fi", "Logs of my logins for the last year.")
    add(8, "objection", "Jonne Esimerkki", "jonne@example.com", "Object to analytics cookies.", channel="post")
    ref = add(
        50,
        "erasure",
        "Kaisa Järvinen",
        "kaisa.jarvinen@example.fi",
        "Erase every back-up copy of my former company's account.",
    )
    requests.extend(session, ref, "Back-ups in several generations must be located", on=_day(today, 40))
    requests.record_extension_told(session, ref, _day(today, 39))
    ref = add(
        40,
        "automated-decision",
        "Ville Hämäläinen",
        "ville.hamalainen@example.fi",
        "Explain the automatic credit limit decision and let a person review it.",
    )
    requests.extend(session, ref, "The scoring model's supplier must be consulted", on=_day(today, 12))
    ref = add(6, "access", "Helmi Salo", "helmi.salo@example.fi", "All data, including support chats.")
    requests.record_identity(session, ref, "requested", _day(today, 5), "Asked for the customer number and invoice")
    ref = add(20, "portability", "Lauri Ojala", "", "Move my data to another provider.", channel="phone")
    requests.record_identity(session, ref, "requested", _day(today, 19), "Phone request: asked for written contact")
    requests.record_identity(session, ref, "received", _day(today, 10))
    add(
        1,
        "access",
        "Dmitri Petrov",
        "dmitri.petrov@example.com",
        "Копия моих данных, please (requested in English and Russian).",
        channel="web-form",
        language="en",
    )

    # Closed more than five years ago (retention.closed_case_years): Tools → Retention offers to purge it.
    ref = add(6 * 365 + 40, "access", "Aino Vanhanen", "aino.vanhanen@example.fi", "A copy of my old hosting data.")
    requests.close(session, ref, "fulfilled", replied_on=_day(today, 6 * 365 + 20))

"""Which processing activities the demo company's cases concern, so every detail view shows its links.

Cases are found by what they are about (their title, their role), not by number, so the other demo
parts may change their order freely; an activity or case that is absent is simply not linked.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

# (words in a breach's title, the activity's name)
BREACH_ACTIVITIES = (
    ("support agent", "Customer support"),
    ("another tenant", "Cloud service for customers (as processor)"),
    ("laptop", "Customer support"),
    ("Invoices", "Customer relationship and contracts"),
    ("Ransomware", "Cloud service for customers (as processor)"),
)


def populate(session: Session, today: dt.date) -> None:
    from dpo_desk.services import breaches, records, requests

    activities = {a.name: a.reference for a in records.list_activities(session)}

    def link(activity_name: str, case: str) -> None:
        if activity_name in activities:
            records.link_case(session, activities[activity_name], case)

    for view in breaches.all_views(session):
        for words, activity in BREACH_ACTIVITIES:
            if words.casefold() in view.title.casefold():
                link(activity, view.reference)
    for view in requests.iter_views(session):
        if view.role == "processor":
            link("Cloud service for customers (as processor)", view.reference)
        else:
            link("Customer relationship and contracts", view.reference)
            if view.type in ("objection", "consent-withdrawal"):
                link("Marketing and newsletters", view.reference)

"""The demo company's subprocessor register: about 25 fictional vendors of a Finnish cloud provider.

Within the EEA, under adequacy decisions (a DPF-certified US vendor with SCCs as fallback, the UK,
Switzerland, Canada, Japan), under SCCs (India, the Philippines, the US), one retired, one with a
warning (a transfer impact assessment past its review), and one announcement still inside its
objection period with an objection recorded. Every name is invented; web addresses use .example.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from dpo_desk.services import register as service

CUSTOMER_DATA = ["customer account data", "contact details", "usage and log data"]
END_USERS = ["customers' end users", "customer contacts"]


def _entry(
    name: str,
    service_: str,
    country: str,
    *,
    locations: str = "",
    purpose: str = "",
    entity: str = "",
    address: str = "",
    data: list[str] | None = None,
    subjects: list[str] | None = None,
    serves: str = "All cloud services",
    dpa: str | None = "",
    contact: str = "",
    website: str = "",
    dpf: bool = False,
    notes: str = "",
    status: str = "active",
) -> dict[str, Any]:
    slug = name.split()[0].lower().strip(",.")
    return {
        "name": name,
        "service": service_,
        "country": country,
        "processing_countries": locations or country,
        "purpose": purpose,
        "legal_entity_id": entity,
        "address": address,
        "data_categories": data if data is not None else CUSTOMER_DATA,
        "subject_categories": subjects if subjects is not None else END_USERS,
        "serves": serves,
        "dpa_signed_on": dpa,
        "contact": contact or f"privacy@{slug}.example",
        "website": website or f"https://{slug}.example/privacy",
        "dpf_certified": dpf,
        "notes": notes,
        "status": status,
    }


def populate(session: Session, today: dt.date) -> None:
    def ago(days: int) -> str:
        return (today - dt.timedelta(days=days)).isoformat()

    def ahead(days: int) -> str:
        return (today + dt.timedelta(days=days)).isoformat()

    eea = service.check_safeguard("eea")

    def add(entry: dict[str, Any], safeguard: service.SafeguardInput = eea, active_days: int = 700) -> str:
        entry = dict(entry)
        if entry["status"] == "active":
            entry["active_from"] = ago(active_days)
        if entry["dpa_signed_on"] == "":
            entry["dpa_signed_on"] = ago(active_days + 14)
        return service.add(session, safeguard=safeguard, today=today, **entry)

    # -- within the EEA ---------------------------------------------------------------------------
    add(
        _entry(
            "Kallioinen Datacenter Oy",
            "Colocation of the Helsinki region",
            "FI",
            locations="FI",
            purpose="Physical hosting of the servers that run customer workloads",
            entity="2345678-9",
            address="Konesalitie 4, 01510 Vantaa",
            data=["all customer data (encrypted at rest)"],
        ),
        active_days=2100,
    )
    add(
        _entry(
            "Rheinwerk Rechenzentrum GmbH",
            "Colocation in Frankfurt",
            "DE",
            locations="DE",
            purpose="Physical hosting of the Frankfurt region",
            entity="HRB 99887",
            address="Hafenstraße 12, 60327 Frankfurt am Main",
            data=["all customer data (encrypted at rest)"],
        ),
        active_days=1500,
    )
    add(
        _entry(
            "Nordvik Backup AB",
            "Off-site backups",
            "SE",
            locations="SE,FI",
            purpose="Encrypted copies of block storage for disaster recovery",
            entity="556677-8899",
            data=["encrypted backup images"],
        ),
        active_days=1200,
    )
    add(
        _entry(
            "Polder Networks B.V.",
            "Edge network and DDoS filtering",
            "NL",
            locations="NL,DE",
            purpose="Filtering attack traffic before it reaches customer servers",
            data=["IP addresses", "traffic metadata"],
        ),
        active_days=900,
    )
    add(
        _entry(
            "Kirjanpito Kivinen Oy",
            "Accounting and bookkeeping",
            "FI",
            purpose="Statutory bookkeeping",
            data=["invoicing details", "contact details"],
            subjects=["customers", "suppliers"],
            serves="Finance",
        ),
        active_days=2500,
    )
    add(
        _entry(
            "Palkka-Apu Oy",
            "Payroll",
            "FI",
            purpose="Salaries and employer reporting",
            data=["employee identity", "salary", "tax data"],
            subjects=["staff"],
            serves="HR",
        ),
        active_days=2400,
    )
    add(
        _entry(
            "Maksuvirta Payments Ltd",
            "Card payments",
            "IE",
            locations="IE,NL",
            purpose="Taking card payments for self-service accounts",
            data=["payment card tokens", "billing address"],
            subjects=["paying customers"],
            serves="Billing of self-service accounts",
        ),
        active_days=1100,
    )
    add(
        _entry(
            "Analytique Sobre SAS",
            "Web analytics (cookieless)",
            "FR",
            locations="FR",
            purpose="Visitor statistics of the public website",
            data=["pseudonymised page views"],
            subjects=["website visitors"],
            serves="Website",
        ),
        active_days=600,
    )
    add(
        _entry(
            "Sähköallekirjoitus Nordic AB",
            "Electronic signatures",
            "SE",
            locations="SE",
            purpose="Signing customer agreements",
            data=["name", "e-mail", "signature evidence"],
            subjects=["customer contacts"],
            serves="Sales",
        ),
        active_days=800,
    )
    add(
        _entry(
            "Fjordmøte AS",
            "Video meetings",
            "NO",
            locations="NO",
            purpose="Customer meetings and support calls",
            data=["names", "meeting metadata"],
            subjects=["customer contacts", "staff"],
            serves="Sales and support",
        ),
        active_days=500,
    )
    add(
        _entry(
            "Tallinna Telefon OÜ",
            "Support phone line",
            "EE",
            locations="EE",
            purpose="Call routing for the support line",
            data=["phone numbers", "call recordings"],
            subjects=["customer contacts"],
            serves="Support",
        ),
        active_days=400,
    )

    # -- adequacy ----------------------------------------------------------------------------------
    dpf = service.check_safeguard("adequacy", fallback_safeguard="scc", fallback_scc_module="3")
    add(
        _entry(
            "Skyline Mail Delivery Inc.",
            "Transactional e-mail",
            "US",
            locations="US,IE",
            purpose="Sending account notifications and password resets",
            entity="Delaware 7712345",
            address="500 Market Street, San Francisco, CA, USA",
            data=["e-mail addresses", "message metadata"],
            dpf=True,
            notes="On the Data Privacy Framework List; SCC module 3 signed as a fallback.",
        ),
        dpf,
        active_days=1000,
    )
    add(
        _entry(
            "Bellwether Status Ltd",
            "Public status page",
            "GB",
            locations="GB",
            purpose="Incident notices to subscribers",
            data=["subscriber e-mail addresses"],
            subjects=["status page subscribers"],
            serves="Operations",
        ),
        service.check_safeguard("adequacy"),
        active_days=700,
    )
    add(
        _entry(
            "Alpenübersetzung AG",
            "Translation of support articles",
            "CH",
            locations="CH",
            purpose="Translating documentation that may quote tickets",
            data=["support ticket excerpts"],
            subjects=["customer contacts"],
            serves="Support",
        ),
        service.check_safeguard("adequacy"),
        active_days=650,
    )
    add(
        _entry(
            "Maple Survey Corp.",
            "Customer satisfaction surveys",
            "CA",
            locations="CA",
            purpose="Asking customers about support quality",
            data=["e-mail", "survey answers"],
            subjects=["customer contacts"],
            serves="Support",
            notes="A commercial organisation under PIPEDA, within the decision's scope.",
        ),
        service.check_safeguard("adequacy"),
        active_days=300,
    )
    add(
        _entry(
            "Sakura Threat Intel K.K.",
            "Threat intelligence feed",
            "JP",
            locations="JP",
            purpose="Matching attacking IP addresses",
            data=["IP addresses"],
            subjects=["network users"],
            serves="Security operations",
        ),
        service.check_safeguard("adequacy"),
        active_days=350,
    )

    add(
        _entry(
            "Serra Atendimento Ltda",
            "Portuguese-language support",
            "BR",
            locations="BR",
            purpose="Support for customers in Portugal and Brazil",
            data=["names", "ticket content"],
            subjects=["customer contacts"],
            serves="Support",
        ),
        service.check_safeguard("adequacy"),
        active_days=120,
    )

    # -- standard contractual clauses ----------------------------------------------------------------
    add(
        _entry(
            "Helpwise Desk Inc.",
            "Support ticketing",
            "US",
            locations="US,DE",
            purpose="Handling support tickets",
            data=["names", "e-mail", "ticket content"],
            subjects=["customer contacts"],
            serves="Support",
            dpf=False,
            notes="Not on the DPF List: SCCs module 3.",
        ),
        service.check_safeguard(
            "scc",
            scc_module="3",
            tia_on=ago(200),
            tia_review_on=ahead(165),
            supplementary_measures="Encryption in transit and at rest; EU data residency "
            "for attachments; access logging",
        ),
        active_days=1300,
    )
    add(
        _entry(
            "Codeforge Solutions Pvt Ltd",
            "Software development partner",
            "IN",
            locations="IN",
            purpose="Second-line development on the control panel; no production data by default",
            entity="U72200KA2015PTC012345",
            address="Outer Ring Road, Bengaluru, India",
            data=["pseudonymised test data", "support escalations"],
            serves="Engineering",
        ),
        service.check_safeguard(
            "scc",
            scc_module="3",
            tia_on=ago(100),
            tia_review_on=ahead(265),
            supplementary_measures="Access only through EU jump hosts; pseudonymised data",
        ),
        active_days=450,
    )
    add(
        _entry(
            "Pacific Night Shift Inc.",
            "Follow-the-sun first-line support",
            "PH",
            locations="PH",
            purpose="Answering support chats outside Finnish office hours",
            data=["names", "chat content"],
            subjects=["customer contacts"],
            serves="Support",
            notes="Transfer impact assessment due for review.",
        ),
        service.check_safeguard(
            "scc",
            scc_module="3",
            tia_on=ago(420),
            tia_review_on=ago(55),
            supplementary_measures="Virtual desktops in the EU; no local copies",
        ),
        active_days=420,
    )
    add(
        _entry(
            "Pagerly Alerts Inc.",
            "On-call paging",
            "US",
            locations="US",
            purpose="Waking the on-call engineer",
            data=["staff phone numbers", "alert text"],
            subjects=["staff"],
            serves="Operations",
            dpf=True,
        ),
        dpf,
        active_days=560,
    )
    add(
        _entry(
            "Observa Logs GmbH",
            "Log management",
            "DE",
            locations="DE,US",
            purpose="Storing and searching operational logs",
            data=["IP addresses", "log lines"],
            subjects=["customers' end users"],
            serves="Operations",
            notes="US support staff may access logs for troubleshooting.",
        ),
        service.check_safeguard(
            "scc",
            scc_module="3",
            tia_on=ago(300),
            tia_review_on=ahead(65),
            supplementary_measures="IP addresses truncated before shipping",
        ),
        active_days=760,
    )

    # -- retired -------------------------------------------------------------------------------------
    old = add(
        _entry("Vanha Varmuuskopio Oy", "Tape backups", "FI", locations="FI", data=["backup tapes"]), active_days=3000
    )
    service.retire(session, old, ago(1150), "Replaced by Nordvik Backup AB")

    # -- planned, announced, inside its objection period --------------------------------------------
    planned = add(
        _entry(
            "Kuitu Compute Oy",
            "New Oulu region: colocation",
            "FI",
            locations="FI",
            purpose="Physical hosting of the coming Oulu region",
            entity="3456789-0",
            address="Teknologiantie 1, 90590 Oulu",
            data=["all customer data (encrypted at rest)"],
            status="planned",
            dpa=ago(20),
        )
    )
    announcement = service.announce(
        session,
        planned,
        announced_on=ago(10),
        message="The Oulu region opens for customers who choose it; existing servers stay where they are.",
    )
    service.record_objection(
        session,
        announcement.reference,
        customer="Esimerkkiasiakas Oy (fictional)",
        received_on=ago(3),
        reason="Asks for written confirmation that its servers stay in Helsinki.",
    )
    add(
        _entry(
            "Aurora Chat Ltd",
            "Website chat widget",
            "GB",
            locations="GB",
            status="planned",
            purpose="Sales chat on the public website",
            data=["chat content", "IP addresses"],
            subjects=["website visitors"],
            serves="Sales",
            dpa=None,
        ),
        service.check_safeguard("adequacy"),
    )

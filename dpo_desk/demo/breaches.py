"""The demo company's breaches: several causes, one notified late with reasons, one not notified (no risk,
with its reasoning), one high risk told to its data subjects, one still inside its 72 hours, one as processor.

Everything is fictional. Times are set relative to `today` so the demo always shows a running clock.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from dpo_desk.domain.timeparse import zone
from dpo_desk.services import breaches, organisation


def populate(session: Session, today: dt.date) -> None:
    tz = zone(organisation.get(session).timezone)

    def at(days_ago: int, hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime.combine(today - dt.timedelta(days=days_ago), dt.time(hour, minute), tzinfo=tz)

    ransomware = breaches.add(
        session,
        title="Ransomware on the CI build server",
        occurred_from=at(62, 2, 10),
        occurred_to=at(61, 14),
        discovered_at=at(61, 7, 45),
        aware_at=at(61, 11),
        how_found="Monitoring alert: build jobs failing, files renamed with a .lck extension",
        nature="confidentiality,availability",
        cause="ransomware",
        intent="deliberate",
        systems="ci-build-03 (Jenkins) and its artefact cache",
        description="An attacker used a leaked deploy token to reach the build server, encrypted its disks and "
        "copied the artefact cache, which held a test database export with real customer contact data.",
        data_categories="Names, e-mail addresses, phone numbers, company names, hashed passwords (bcrypt)",
        subject_categories="Contact persons of business customers",
        subjects_approx=1840,
        records_approx=2300,
        consequences="Targeted phishing against customer contacts; password hashes may be attacked offline.",
        measures_before="Disk encryption at rest, MFA for the admin console; the deploy token had no expiry.",
        measures_taken="Server isolated and rebuilt from clean images, all deploy tokens rotated, forced password "
        "reset for affected accounts, forensic investigation by an external firm.",
        measures_proposed="Short-lived deploy tokens, no production data in test exports, EDR on build servers.",
        risk="high",
        risk_reasoning="Contact data with password hashes taken by a criminal actor: phishing and credential "
        "stuffing are likely; many people affected.",
        enisa_dpc=2.5,
        enisa_ei=1,
        enisa_cb_confidentiality=0.25,
        enisa_cb_availability=0.25,
        enisa_malicious=True,
        other_notifications="Police report (rikosilmoitus) filed; voluntary report to NCSC-FI.",
    ).reference
    breaches.notify(
        session,
        ransomware,
        at(60, 9),
        content="Preliminary: ransomware, test export copied, numbers estimated.",
        authority_reference="TSV/1187/2026",
    )
    breaches.notify(
        session,
        ransomware,
        at(54, 15),
        content="Supplementary: forensic report confirms 1,840 contacts; no payment data involved.",
    )
    breaches.communicate(
        session,
        ransomware,
        status="done",
        at=at(59, 16),
        method="E-mail to each contact, notice on the status page",
        count=1840,
    )
    breaches.close(
        session, ransomware, "Tokens rotated, build platform rebuilt, test data policy changed.", at=at(40, 12)
    )

    misdelivery = breaches.add(
        session,
        title="Invoices e-mailed to the wrong customers",
        occurred_from=at(33, 8),
        occurred_to=at(33, 8, 20),
        discovered_at=at(30, 10),
        aware_at=at(30, 14),
        how_found="Two customers called support about invoices that were not theirs",
        nature="confidentiality",
        cause="misdelivery",
        intent="accidental",
        systems="Billing run (monthly invoicing job)",
        description="A mapping error in the billing run sent 212 invoices to the previous customer in the list.",
        data_categories="Names, billing addresses, invoice lines (services used, amounts)",
        subject_categories="Private customers of the consumer storage plan",
        subjects_approx=212,
        subjects_estimated=False,
        records_approx=212,
        records_estimated=False,
        consequences="Other people learnt the recipient's address and services used; low misuse potential.",
        measures_before="Four-eyes review of invoice template changes; no automated recipient check.",
        measures_taken="Recipients asked to delete the invoices; correct invoices re-sent.",
        measures_proposed="Automated check that the invoice recipient matches the account holder.",
        risk="risk",
        risk_reasoning="Addresses and spending disclosed to strangers; no special categories, limited harm.",
    ).reference
    breaches.notify(
        session,
        misdelivery,
        at(26, 10),
        late_reason="The scope (which invoices went to whom) was known only after the billing vendor's log "
        "analysis arrived on the fourth day.",
        content="Initial notification with the confirmed numbers.",
        authority_reference="TSV/1302/2026",
    )
    breaches.close(session, misdelivery, "Recipient check in the billing run since the next invoicing.", at=at(15, 9))

    laptop = breaches.add(
        session,
        title="Support engineer's laptop stolen from a car",
        occurred_from=at(20, 18),
        discovered_at=at(19, 7, 30),
        aware_at=at(19, 9),
        how_found="The engineer reported the theft the next morning",
        nature="confidentiality,availability",
        cause="lost-or-stolen",
        intent="deliberate",
        description="A company laptop was stolen from a parked car in Espoo.",
        data_categories="Support tickets cached by the mail client",
        subject_categories="Customers who contacted support",
        subjects_approx=150,
        consequences="None expected: the disk is encrypted and the device was wiped remotely.",
        measures_before="Full-disk encryption (BitLocker with TPM and PIN), remote wipe enrolled.",
        measures_taken="Device wiped remotely and removed from the directory; credentials rotated.",
        risk="none",
        risk_reasoning="Full-disk encryption with a PIN makes the data unintelligible; the key was not "
        "compromised and the wipe was confirmed. A risk is unlikely, so no notification (Art. 33(1)).",
    ).reference
    breaches.close(session, laptop, "Not notified: encrypted device, no risk. Police report filed.", at=at(18, 12))

    breaches.add(
        session,
        title="Phishing: a support agent's mailbox accessed",
        discovered_at=at(1, 8, 40),
        aware_at=at(1, 10, 15),
        how_found="Impossible-travel alert from the identity provider",
        nature="confidentiality",
        cause="social-engineering",
        intent="deliberate",
        description="An agent entered credentials on a fake sign-in page; the attacker read the mailbox for "
        "about 40 minutes before the session was revoked.",
        data_categories="Names, e-mail addresses, support messages (some with log excerpts)",
        subject_categories="Customers who wrote to support in the last 90 days",
        subjects_approx=600,
        measures_before="MFA by push notification (the agent approved a prompt).",
        measures_taken="Sessions revoked, password reset, number matching enforced for MFA.",
        risk="risk",
        risk_reasoning="Messages may include technical details useful for further attacks; no special categories.",
        enisa_dpc=2,
        enisa_ei=0.75,
        enisa_cb_confidentiality=0.5,
        enisa_malicious=True,
    )

    breaches.add(
        session,
        title="Backup bucket readable by another tenant (as processor)",
        occurred_from=at(9, 12),
        occurred_to=at(6, 16),
        discovered_at=at(6, 15),
        aware_at=at(6, 16),
        how_found="Found by the storage team during an access review",
        nature="confidentiality",
        cause="internal-human-error",
        intent="accidental",
        systems="Object storage, region fi-hel2",
        description="A policy change made one customer's backup bucket listable by another tenant for three days.",
        role="processor",
        controller_name="Kuvitteellinen Kauppa Oy (customer)",
        controller_told_at=at(6, 18),
        measures_taken="Policy reverted; access logs show no reads by the other tenant.",
    )

"""The demo company's records of processing, following the seeds' privacy notices (a Finnish cloud company).

Six activities: customer relationship and contracts, the cloud service itself (as processor for
customers), marketing and newsletters, website analytics and cookies, recruitment, support. Each
links the register's subprocessors whose name or service matches its keywords; when the register's
demo has not run (or names differ), the activity is simply left without links.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpo_desk.services import dpia, records
from dpo_desk.services.records import PurposeInput, TransferInput
from dpo_desk.store.models import Base

SECURITY = (
    "Role-based access with MFA; encryption in transit (TLS 1.2+) and at rest; logging and monitoring of access; "
    "staff bound by confidentiality; ISO/IEC 27001 information security management."
)


def _subprocessors_matching(session: Session, keywords: tuple[str, ...]) -> list[str]:
    table = Base.metadata.tables.get("subprocessor")
    if table is None:
        return []
    columns = [table.c.reference, table.c.name] + [table.c[n] for n in ("service",) if n in table.c]
    query = select(*columns).order_by(table.c.reference)
    if "status" in table.c:  # a retired vendor serves nothing any more
        query = query.where(table.c.status != "retired")
    found = []
    for row in session.execute(query):
        haystack = " ".join(str(v or "") for v in row[1:]).lower()
        if any(k in haystack for k in keywords):
            found.append(row[0])
    return found


def populate(session: Session, today: dt.date) -> None:
    def months_ago(months: int) -> dt.date:
        return records.checks.add_months(today, -months)

    def add(keywords: tuple[str, ...], reviewed: dt.date, **fields: object) -> str:
        fields.setdefault("subprocessors", _subprocessors_matching(session, keywords))
        fields.update(last_reviewed_on=reviewed, next_review_on=records.checks.add_months(reviewed, 12))
        return records.add_activity(session, **fields)  # type: ignore[arg-type]

    add(
        ("crm", "billing", "payment", "invoic", "accounting", "bookkeeping", "signature"),
        months_ago(3),
        name="Customer relationship and contracts",
        role="controller",
        description="Customer accounts, contracts, orders, invoicing and customer communication.",
        purposes=[
            PurposeInput("Concluding and performing customer contracts, orders and invoicing", "contract"),
            PurposeInput(
                "Informing customers about the service, changes and events",
                "legitimate-interests",
                "",
                months_ago(10),
                "Customers expect service information; opt-out offered in every message; interests not overridden.",
            ),
            PurposeInput("Bookkeeping and tax records", "legal-obligation"),
        ],
        subject_categories=["customers' contact persons", "users of customer accounts"],
        data_categories=[
            "name",
            "e-mail address",
            "phone number",
            "job title and company",
            "contract and order details",
            "billing and payment details",
            "customer communication",
        ],
        sources=["the data subject", "the customer company"],
        recipients=["payment service provider", "accounting firm", "group companies"],
        retention=(
            "For the customer relationship; accounting records 10 years after the financial year "
            "(Accounting Act 1336/1997, 2:10 §); other data 3 years after the relationship ends (limitation of claims)."
        ),
        security_measures=SECURITY,
        systems=["CRM", "Billing"],
        owner="Head of Sales Operations",
    )
    add(
        (
            "hosting",
            "data cent",
            "datacent",
            "infrastructure",
            "backup",
            "storage",
            "colocation",
            "network",
            "log management",
            "on-call",
        ),
        months_ago(5),
        name="Cloud service for customers (as processor)",
        role="processor",
        controllers=["Each customer under its data processing agreement"],
        controller_contacts=["The contact person and DPO named in each customer's agreement (customer register)"],
        description="Hosting, storage, databases and backups that customers use for their own personal data.",
        purposes=[
            PurposeInput("Hosting and operating customers' servers, storage and databases", "contract"),
            PurposeInput("Backups and disaster recovery", "contract"),
        ],
        subject_categories=["data subjects of the customers (as the customers decide)"],
        data_categories=["content data customers store", "user accounts", "access and event logs"],
        sources=["the customer (controller)"],
        recipients=["subprocessors listed in the register"],
        retention="For the contract term; deleted 30 days after termination; backups roll over within 14 days.",
        security_measures=SECURITY + " Tenant isolation; encrypted backups in a second Finnish data centre.",
        systems=["Cloud platform", "Backup system"],
        owner="CTO",
    )
    marketing = add(
        ("newsletter", "marketing", "e-mail", "crm", "lead", "webinar", "video"),
        months_ago(8),
        name="Marketing and newsletters",
        role="controller",
        purposes=[
            PurposeInput("Newsletter to subscribers", "consent"),
            PurposeInput(
                "Direct marketing and lead scoring of prospect customers' representatives",
                "legitimate-interests",
                "",
                months_ago(9),
                "Business contacts only, from public sources; opt-out honoured at once; interests not overridden.",
            ),
            PurposeInput(
                "Webinars and events (dietary requirements only when the participant gives them)",
                "legitimate-interests",
                "explicit-consent",
                months_ago(9),
                "Participants sign up themselves; minimal data; interests not overridden.",
            ),
        ],
        subject_categories=["newsletter subscribers", "prospect customers' representatives", "event participants"],
        data_categories=[
            "name",
            "e-mail address",
            "job title and company",
            "interests and interactions",
            "marketing permissions and prohibitions",
        ],
        special_categories=["dietary requirements (events)"],
        sources=["the data subject", "public sources such as LinkedIn", "lead generation providers"],
        recipients=["e-mail marketing provider", "event partners"],
        retention=(
            "Newsletter until consent is withdrawn; prospects reviewed yearly and removed after 24 months without "
            "interaction; an opt-out list is kept to honour the opt-out."
        ),
        security_measures=SECURITY,
        systems=["Marketing automation", "CRM"],
        owner="Head of Marketing",
    )
    add(
        ("analytics", "cookie", "tag manager", "consent management"),
        months_ago(2),
        name="Website analytics and cookies",
        role="controller",
        purposes=[
            PurposeInput("Analytics and advertising cookies", "consent"),
            PurposeInput(
                "Keeping the website secure and working",
                "legitimate-interests",
                "",
                months_ago(14),
                "Necessary for security; short retention; interests not overridden.",
            ),
        ],
        subject_categories=["website visitors"],
        data_categories=["IP address", "device and browser data", "cookie identifiers", "pages visited"],
        sources=["the data subject's device"],
        recipients=["analytics provider"],
        transfers=[
            TransferInput("US", "adequacy", "EU-US Data Privacy Framework", "Analytics provider (if certified)")
        ],
        retention="Cookies as listed in the cookie banner, at most 13 months; security logs 90 days.",
        security_measures=SECURITY,
        systems=["Website", "Consent management platform"],
        owner="Web team lead",
    )
    add(
        ("recruit", "applicant", "talent", "video", "signature"),
        months_ago(14),  # overdue for its yearly review: the demo shows the warning
        name="Recruitment",
        role="controller",
        purposes=[
            PurposeInput("Assessing applicants and concluding employment contracts", "contract"),
            PurposeInput(
                "Aptitude assessments (Act on the Protection of Privacy in Working Life 759/2004, 13 §)", "consent"
            ),
        ],
        subject_categories=["job applicants"],
        data_categories=["name and contact details", "CV and application", "interview notes", "references"],
        sources=["the applicant", "referees named by the applicant"],
        recipients=["recruitment system provider", "aptitude assessment provider"],
        retention="2 years after the position is filled (time to bring a discrimination claim), then deleted.",
        security_measures=SECURITY,
        systems=["Recruitment system"],
        owner="HR manager",
    )
    add(
        ("support", "helpdesk", "ticket", "chat", "survey"),
        months_ago(6),
        name="Customer support",
        role="controller",
        purposes=[
            PurposeInput("Answering support requests and solving issues", "contract"),
            PurposeInput("Improving support quality from ticket statistics", "legitimate-interests"),
        ],
        subject_categories=["customers' users", "customers' contact persons"],
        data_categories=["name", "e-mail address", "ticket content", "call recordings"],
        sources=["the data subject"],
        recipients=["helpdesk software provider"],
        retention="Tickets 3 years after closing; call recordings 6 months.",
        security_measures=SECURITY,
        systems=["Helpdesk", "Telephony"],
        owner="Head of Support",
    )

    dpia.screen_activity(session, marketing, ["evaluation-scoring", "matching-datasets"], months_ago(8))
    dpia.record_assessment(
        session,
        marketing,
        description="Lead scoring combines website interactions, newsletter opens and public profile data.",
        necessity="Scores only business contacts; no automated decisions; the scoring uses the fewest signals needed.",
        risks=[
            dpia.RiskInput(
                "Profiles built without the person knowing", "possible", "significant", "Privacy notice, opt-out link"
            ),
            dpia.RiskInput("Inaccurate public data", "likely", "minimal", "Yearly clean-up of prospects"),
        ],
        measures="Transparency in the privacy notice; opt-out honoured at once; data minimised to business data.",
        dpo_advice="Drop newsletter-open tracking from the score; keep the scoring logic documented.",
        dpo_advice_followed=True,
        residual_risk="low",
        assessed_on=months_ago(8),
        next_review_on=today + dt.timedelta(days=20),
    )

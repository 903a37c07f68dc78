"""What each report prints, gathered from a session as plain frozen data: the one road to every report.

A report is two steps: `gather_<report>(session, ...)` here (it reads and checks everything the
report states), then a writer in `reporting/` per format that takes the data and a path and
touches no session. The command line, the window's pages and the Reports page all take that road,
so a new format is a new writer over the same data, never a new way to read the store.
`gather(key, session, ...)` finds the gatherer of a Reports-page entry by its key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from dpo_desk.clock import now_of, today_of
from dpo_desk.domain.languages import check_language
from dpo_desk.errors import InvalidInput, RuleRefused
from dpo_desk.services import organisation
from dpo_desk.services.organisation import OrganisationView

LETTER_KINDS = ("acknowledgement", "identity-request", "extension", "refusal", "completion")


def _language(session: Session, lang: str | None, fallback: str = "fi") -> str:
    return check_language(lang or organisation.get(session).report_language or fallback)


# -- rights requests ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestLetter:
    """A reply letter to a requester: the case, who writes, which letter, in which language, dated when."""

    request: Any  # services.requests.RequestView
    organisation: OrganisationView
    kind: str
    lang: str
    today: dt.date
    recipients: tuple[str, ...] = ()  # a completion letter names those the data were disclosed to (Art. 19)


def check_letter(view: Any, kind: str) -> None:
    """Refuses a letter that would state something the case does not (yet) say."""
    if kind not in LETTER_KINDS:
        raise InvalidInput(
            "kind",
            kind,
            f"is not one of {', '.join(LETTER_KINDS)}",
            code="not-a-choice",
            values={"choices": LETTER_KINDS},
        )
    if kind == "extension" and not view.extended:
        raise RuleRefused(
            f"{view.reference} is not extended: record the extension and its reasons first.",
            code="letter-not-extended",
            values={"reference": view.reference},
        )
    if kind == "refusal" and view.outcome != "refused":
        raise RuleRefused(
            f"{view.reference} is not closed as refused: close it with its reasons first.",
            code="letter-not-refused",
            values={"reference": view.reference},
        )
    if kind == "completion" and view.outcome not in ("fulfilled", "partially-fulfilled", "withdrawn"):
        raise RuleRefused(
            f"{view.reference} is not closed as fulfilled, partially fulfilled or withdrawn; a completion letter "
            "would say otherwise.",
            code="letter-not-completed",
            values={"reference": view.reference},
        )
    if kind == "identity-request" and view.identity_status not in ("requested", "not-needed"):
        raise RuleRefused(
            f"{view.reference}: identity is already {view.identity_status}.",
            code="identity-already-settled",
            values={"reference": view.reference, "status": view.identity_status},
        )


def gather_request_letter(session: Session, reference: str, kind: str, lang: str | None = None) -> RequestLetter:
    from dpo_desk.services import recipients, requests

    view = requests.show(session, reference)
    check_letter(view, kind)
    language = check_language(lang or view.language)
    org = organisation.get(session)
    told: tuple[str, ...] = ()
    if kind == "completion" and recipients.applies(view.type, view.outcome):
        # Art. 19, second sentence: the requester is told who the recipients are.
        told = tuple(r.name for r in recipients.recipients(session, view.reference))
    return RequestLetter(view, org, kind, language, today_of(session, org.timezone), told)


def record_request_letter(session: Session, letter: RequestLetter) -> None:
    """Notes on the request's timeline that the letter was written (call it in the write that made it)."""
    from dpo_desk.services import requests

    requests.record_letter(session, letter.request.reference, letter.kind, letter.lang, letter.today)


@dataclass(frozen=True)
class RecipientNotice:
    """An Art. 19 notice to one recipient of a rectification, erasure or restriction carried out."""

    request: Any  # services.requests.RequestView
    organisation: OrganisationView
    recipient: Any  # services.recipients.RecipientView
    lang: str
    today: dt.date


def gather_recipient_notices(
    session: Session, reference: str, lang: str | None = None, excepted: list[str] | tuple[str, ...] = ()
) -> list[RecipientNotice]:
    """A notice for each recipient not yet told, less those `excepted` (refuses a request Art. 19 does not cover)."""
    from dpo_desk.services import recipients, requests

    to_tell = recipients.pending(session, reference, excepted)
    view = requests.show(session, reference)
    language = check_language(lang or view.language)
    org = organisation.get(session)
    today = today_of(session, org.timezone)
    return [RecipientNotice(view, org, recipient, language, today) for recipient in to_tell]


@dataclass(frozen=True)
class RequestLog:
    """The request log. `requests` is streamed from the session: write it inside the same read block."""

    organisation: OrganisationView
    lang: str
    start: dt.date | None
    end: dt.date | None
    total: int
    requests: Iterable[Any]  # services.requests.RequestView, in order of receipt
    figures: Any  # services.requests.RequestStatistics
    identity_clock: str
    today: dt.date


def gather_request_log(
    session: Session, start: dt.date | None = None, end: dt.date | None = None, lang: str | None = None
) -> RequestLog:
    from dpo_desk.services import requests, settings

    org = organisation.get(session)
    language = _language(session, lang)
    return RequestLog(
        org,
        language,
        start,
        end,
        requests.total(session, start, end),
        requests.iter_views(session, start, end, language),
        requests.statistics(session, start or dt.date(1900, 1, 1), end or dt.date(9999, 12, 31)),
        settings.get(session, "requests.identity_clock"),
        today_of(session, org.timezone),
    )


# -- breaches -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BreachCase:
    """One breach for a letter or a notification to the authority (`phase`: which notification, None the latest)."""

    breach: Any  # services.breaches.BreachView
    organisation: OrganisationView
    lang: str
    now: dt.datetime
    phase: int | None = None


def gather_breach(session: Session, reference: str, lang: str | None = None, phase: int | None = None) -> BreachCase:
    from dpo_desk.services import breaches

    view = breaches.get(session, reference)
    return BreachCase(view, organisation.get(session), _language(session, lang), now_of(session), phase)


def gather_breach_letter(session: Session, reference: str, lang: str | None = None) -> BreachCase:
    """The letter to the data subjects (Art. 34(2)); refused while one of its items is empty."""
    from dpo_desk.services import breaches

    view = breaches.letter_view(session, reference)
    return BreachCase(view, organisation.get(session), _language(session, lang), now_of(session), None)


@dataclass(frozen=True)
class BreachRegister:
    breaches: list[Any]  # services.breaches.BreachView
    organisation: OrganisationView
    lang: str
    now: dt.datetime


def gather_breach_register(session: Session, lang: str | None = None) -> BreachRegister:
    from dpo_desk.services import breaches

    views = breaches.all_views(session)
    return BreachRegister(views, organisation.get(session), _language(session, lang), now_of(session))


# -- the register of subprocessors ----------------------------------------------------------------


@dataclass(frozen=True)
class RegisterReport:
    """What the printed register and its spreadsheet show, so the two never disagree."""

    organisation: OrganisationView
    lang: str
    as_of: dt.date
    adequacy_as_of: dt.date
    entries: list[Any]  # services.register.SubprocessorView


def gather_register(session: Session, lang: str | None = None, include_retired: bool = False) -> RegisterReport:
    from dpo_desk.services import register

    org = organisation.get(session)
    return RegisterReport(
        org,
        _language(session, lang),
        today_of(session, org.timezone),
        register.adequacy_list().as_of,
        register.all_entries(session, include_retired=include_retired),
    )


@dataclass(frozen=True)
class ChangeNotice:
    """The customer notice of a register change (Art. 28(2)), for the letter and the e-mail alike."""

    organisation: OrganisationView
    lang: str
    announcement: Any  # services.register.AnnouncementView
    entry: Any  # services.register.SubprocessorView
    replaced_name: str


def gather_change_notice(session: Session, reference: str, lang: str | None = None) -> ChangeNotice:
    from dpo_desk.services import register

    announcement = register.get_announcement(session, reference)
    entry = register.get(session, announcement.subprocessor)
    replaced = ""
    if announcement.replaces:
        replaced = register.names_of(session, [announcement.replaces]).get(announcement.replaces, announcement.replaces)
    return ChangeNotice(organisation.get(session), _language(session, lang), announcement, entry, replaced)


# -- records of processing and impact assessments -------------------------------------------------


@dataclass(frozen=True)
class RecordsReport:
    document: Any  # services.records.RecordDocument (it carries the organisation)
    lang: str


def gather_records(
    session: Session, kind: str = "controller", lang: str | None = None, as_of: dt.date | None = None
) -> RecordsReport:
    from dpo_desk.services import records

    language = _language(session, lang)
    return RecordsReport(records.record_document(session, kind, as_of), language)


@dataclass(frozen=True)
class DpiaReport:
    assessment: Any  # services.dpia.DpiaView
    organisation: OrganisationView
    lang: str


def gather_dpia(session: Session, reference: str, lang: str | None = None) -> DpiaReport:
    from dpo_desk.services import dpia

    language = _language(session, lang)
    return DpiaReport(dpia.show(session, reference), organisation.get(session), language)


# -- across modules -------------------------------------------------------------------------------


@dataclass(frozen=True)
class AnnualReport:
    figures: Any  # services.annual_report.AnnualFigures
    lang: str
    today: dt.date


def gather_annual(session: Session, year: int | None = None, lang: str | None = None) -> AnnualReport:
    from dpo_desk.services import annual_report

    language = _language(session, lang, "en")
    today = today_of(session, organisation.get(session).timezone)
    chosen = annual_report.check_year(year if year is not None else today.year - 1)
    return AnnualReport(annual_report.figures(session, chosen), language, today)


@dataclass(frozen=True)
class DeadlineCalendar:
    items: list[Any]  # services.deadlines.OverviewItem
    warning_window: Any  # services.deadlines.WarningWindow
    now: dt.datetime
    name: str


def gather_deadlines(session: Session, as_of: dt.datetime | None = None) -> DeadlineCalendar:
    from dpo_desk.services import deadlines

    now = as_of or now_of(session)
    org = organisation.get(session)
    name = f"DPO Desk deadlines — {org.name}" if org.name else "DPO Desk deadlines"
    return DeadlineCalendar(deadlines.overview(session, now), deadlines.warning_window(session), now, name)


# -- the Reports page's entries, by key -----------------------------------------------------------

_BY_KEY: dict[str, Callable[..., Any]] = {
    "annual": lambda session, lang, year: gather_annual(session, year, lang),
    "request-log": lambda session, lang, year: gather_request_log(session, lang=lang),
    "breach-register": lambda session, lang, year: gather_breach_register(session, lang),
    "register-pdf": lambda session, lang, year: gather_register(session, lang),
    "register-xlsx": lambda session, lang, year: gather_register(session, lang),
    "records-controller": lambda session, lang, year: gather_records(session, "controller", lang),
    "records-processor": lambda session, lang, year: gather_records(session, "processor", lang),
    "records-xlsx": lambda session, lang, year: gather_records(session, "controller", lang),
    "deadlines-ics": lambda session, lang, year: gather_deadlines(session),
}


def gather(key: str, session: Session, *, lang: str | None = None, year: int | None = None) -> Any:
    """The data of the Reports page's entry `key` (see `reporting.catalogue`)."""
    try:
        gatherer = _BY_KEY[key]
    except KeyError:
        raise InvalidInput(
            "report",
            key,
            f"is not one of {', '.join(_BY_KEY)}",
            code="not-a-choice",
            values={"choices": tuple(_BY_KEY)},
        ) from None
    return gatherer(session, lang, year)


def produce(
    store: Any,
    key: str,
    write: Callable[[Any, Any, Any], Any] | None,
    target: Any,
    *,
    lang: str | None = None,
    year: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Gathers entry `key`'s data from a read of `store` and hands it to `write(data, target, progress)`.

    The writer runs inside the read because the request log streams its rows from it. With no
    writer (the whole-store export) the exchange service writes the file itself.
    """
    if progress:
        progress(0, 1)
    with store.read() as session:
        if write is None:
            from dpo_desk.services import exchange

            exchange.write_export(
                session, target, store_id=store.store_id, schema_revision=store.schema_revision, progress=progress
            )
        else:
            write(gather(key, session, lang=lang, year=year), target, progress)
    if progress:
        progress(1, 1)


def notify_recipients(
    session: Session,
    reference: str,
    lang: str | None,
    excused: list[tuple[str, str]],
    write: Callable[[RecipientNotice], Any] | None,
) -> tuple[list[Any], list[Any]]:
    """Art. 19 in one write: `write` makes each notice (None: only excuse), and each is recorded as told.

    Returns what `write` returned for each notice and the recipients afterwards. Run it in a write
    session, so that notices written and recorded stand or fall together.
    """
    from dpo_desk.services import recipients

    notices = gather_recipient_notices(session, reference, lang, [name for name, _ in excused])
    written = [write(notice) for notice in notices] if write else []
    told = [notice.recipient.name for notice in notices] if write else []
    return written, recipients.record(session, reference, told, excused)

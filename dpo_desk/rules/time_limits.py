"""The time limit of a rights request (GDPR Art. 12), computed as Regulation 1182/71 Art. 3 does.

- The day of receipt is not counted: a period of months ends on the same date of the final month,
  or on that month's last day when it has no such date (31 January -> 28/29 February).
- A period whose last day is a Saturday, Sunday or public holiday ends on the next working day.
- The extension (Art. 12(3)) makes it three months from the same start, then the same rule.
- Identity (Art. 12(6)): with the clock setting `restart` the period runs from the day the asked
  information arrived; while it is awaited there is no running limit. With `none` the period runs
  from receipt regardless. Asking after the first month has ended restarts nothing: the request
  stays due on its original date. A failed check stops nothing either: the refusal (Art. 12(2),
  12(4)) is due within the month that runs (from the information's arrival, or else from receipt).
- An extension counts only when the requester was told of it within the first month (Art. 12(3));
  otherwise the reply was due at the end of the first month.
- A request received as a processor is forwarded to the controller (Art. 28(3)(e)) within a number
  of working days after receipt (a setting, or the term agreed in the data processing agreement).

Worked examples (Finland): received 15 Jan 2026 -> 15 Feb is a Sunday -> 16 Feb 2026;
received 31 May 2026 -> no 31 June -> 30 June 2026; received 3 Mar 2026 -> 3 Apr is Good Friday
(4-6 Apr Saturday, Easter Sunday, Easter Monday) -> 7 Apr 2026; received 17 Feb 2026, extended ->
17 May 2026 is a Sunday -> 18 May 2026.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from dataclasses import dataclass

from dpo_desk.rules.working_days import HolidayCalendar

ONE_MONTH = 1
EXTENDED_MONTHS = 3
IDENTITY_CLOCKS = ("restart", "none")


def add_months(start: dt.date, months: int) -> dt.date:
    """The same date `months` later, or the last day of that month where it has no such date."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class TimeLimit:
    """A computed limit and everything needed to say how it was reached."""

    start: dt.date  # the day of the event from which the period runs (not itself counted)
    months: int
    nominal_end: dt.date  # the same date `months` later (or the month's last day)
    due: dt.date  # the nominal end moved past non-working days
    skipped: tuple[dt.date, ...]  # the non-working days passed over
    holidays: HolidayCalendar
    start_is_identity: bool = False
    working_days: int = 0  # a period of working days (the processor's forwarding term), not of months

    @property
    def month_was_short(self) -> bool:
        return self.nominal_end.day != self.start.day

    def facts(self, languages: tuple[str, ...] = ("en", "fi", "sv")) -> RuleFacts:
        """The rule's parts as plain data (no calendar), so a front end words it in its own language."""
        return RuleFacts(
            start=self.start,
            months=self.months,
            nominal_end=self.nominal_end,
            due=self.due,
            skipped=self.skipped,
            reasons=tuple(
                (lang, tuple(self.holidays.non_working_reason(day, lang) or "" for day in self.skipped))
                for lang in languages
            ),
            start_is_identity=self.start_is_identity,
            working_days=self.working_days,
        )

    def explain(self, language: str = "en") -> str:
        """The rule in words: 'one month from 3 March 2026; 3 April is Good Friday, ... so 7 April 2026'."""
        words = _WORDS.get(language, _WORDS["en"])
        if self.working_days:
            return words["forward"].format(
                days=self.working_days, start=words["date"](self.start), due=words["date"](self.due)
            )
        period = words["months"].get(self.months, f"{self.months} months")
        text = words["from"].format(period=period, start=words["date"](self.start))
        if self.start_is_identity:
            text += words["identity"]
        if self.month_was_short:
            text += words["short"].format(
                month=words["month"](self.nominal_end),
                day=words["ordinal"](self.start.day),
                end=words["date"](self.nominal_end),
            )
        if self.skipped:
            parts = [
                words["is"].format(day=words["day"](day), why=self.holidays.non_working_reason(day, language))
                for day in self.skipped
            ]
            text += "; " + ", ".join(parts) + words["so"].format(due=words["date"](self.due))
        elif not self.month_was_short:
            text += words["plain"].format(due=words["date"](self.due))
        return text


@dataclass(frozen=True)
class RuleFacts:
    """What `TimeLimit.explain` words, as data: the period, its days, and why each skipped day ends no limit."""

    start: dt.date
    months: int
    nominal_end: dt.date
    due: dt.date
    skipped: tuple[dt.date, ...]
    reasons: tuple[tuple[str, tuple[str, ...]], ...]  # (language, the reason of each skipped day)
    start_is_identity: bool = False
    working_days: int = 0

    @property
    def month_was_short(self) -> bool:
        return self.nominal_end.day != self.start.day

    def reasons_in(self, language: str) -> tuple[str, ...]:
        """Why each skipped day ends no limit, in `language` (English when it is not carried)."""
        by_language = dict(self.reasons)
        return by_language.get(language) or by_language.get("en") or tuple("" for _ in self.skipped)


def _en_date(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%B')} {day.year}"


def _en_day(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%B')}"


def _en_ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _fi_date(day: dt.date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


def _fi_day(day: dt.date) -> str:
    return f"{day.day}.{day.month}."


def _sv_date(day: dt.date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


_WORDS: dict[str, dict] = {
    "en": {
        "months": {1: "one month", 3: "three months"},
        "from": "{period} from {start}",
        "identity": " (the day the identity information arrived: the clock starts again, Art. 12(6))",
        "forward": "forward to the controller within {days} working days of {start} (Art. 28(3)(e)): {due}",
        "short": "; {month} has no {day}, so {end}",
        "is": "{day} is {why}",
        "so": ", so {due}",
        "plain": ": {due}",
        "date": _en_date,
        "month": lambda day: day.strftime("%B"),
        "ordinal": _en_ordinal,
        "day": _en_day,
    },
    "fi": {
        "months": {1: "kuukausi", 3: "kolme kuukautta"},
        "from": "{period} päivästä {start}",
        "identity": " (henkilöllisyystiedot saapuivat: määräaika alkaa alusta, 12 artiklan 6 kohta)",
        "forward": "välitettävä rekisterinpitäjälle {days} työpäivän kuluessa päivästä {start} "
        "(28 artiklan 3 kohdan e alakohta): {due}",
        "short": "; kuukaudessa ei ole {day} päivää, joten {end}",
        "is": "{day} on {why}",
        "so": ", joten {due}",
        "plain": ": {due}",
        "date": _fi_date,
        "month": lambda day: "",
        "ordinal": lambda n: f"{n}.",
        "day": _fi_day,
    },
    "sv": {
        "months": {1: "en månad", 3: "tre månader"},
        "from": "{period} från {start}",
        "identity": " (identitetsuppgifterna kom in: tidsfristen börjar om, artikel 12.6)",
        "forward": "vidarebefordras till den personuppgiftsansvarige inom {days} arbetsdagar från {start} "
        "(artikel 28.3 e): {due}",
        "short": "; månaden har ingen {day} dag, alltså {end}",
        "is": "{day} är {why}",
        "so": ", alltså {due}",
        "plain": ": {due}",
        "date": _sv_date,
        "month": lambda day: "",
        "ordinal": lambda n: f"{n}:a" if n % 10 in (1, 2) and n % 100 not in (11, 12) else f"{n}:e",
        "day": _fi_day,
    },
}


def period_end(start: dt.date, months: int, holidays: HolidayCalendar) -> TimeLimit:
    """A period of `months` from the event on `start`, ending on a working day."""
    nominal = add_months(start, months)
    due = holidays.next_working_day(nominal)
    skipped = tuple(day for day, _ in holidays.skipped_days(nominal))
    return TimeLimit(start=start, months=months, nominal_end=nominal, due=due, skipped=skipped, holidays=holidays)


def clock_start(received: dt.date, identity_received: dt.date | None, identity_clock: str) -> dt.date:
    """The day the reply period runs from: receipt, or the identity information's arrival (`restart`)."""
    if identity_clock not in IDENTITY_CLOCKS:
        raise ValueError(f"identity clock {identity_clock!r} is not one of {IDENTITY_CLOCKS}")
    if identity_clock == "restart" and identity_received is not None:
        return max(received, identity_received)
    return received


def forward_limit(received: dt.date, working_days: int, holidays: HolidayCalendar) -> TimeLimit:
    """A processor forwards a request to its controller within `working_days` working days after receipt.

    The day of receipt is not counted (as Reg. 1182/71 Art. 3(1)); 0 means the next working day.
    """
    day, counted = received, 0
    while counted < max(working_days, 1):
        day += dt.timedelta(days=1)
        if holidays.is_working_day(day):
            counted += 1
    return TimeLimit(received, 0, day, day, (), holidays, working_days=max(working_days, 1))


def identity_asked_late(received: dt.date, identity_requested: dt.date | None, holidays: HolidayCalendar) -> bool:
    """Identity information asked for after the first month had already ended: it restarts nothing."""
    return identity_requested is not None and identity_requested > period_end(received, ONE_MONTH, holidays).due


def reply_limit(
    received: dt.date,
    holidays: HolidayCalendar,
    *,
    extended: bool = False,
    identity_requested: dt.date | None = None,
    identity_received: dt.date | None = None,
    identity_clock: str = "restart",
    identity_failed: bool = False,
) -> TimeLimit | None:
    """The reply limit, or None while identity information asked for in time is awaited (clock `restart`).

    A failed check leaves the limit running: the refusal with its reasons is what is due then.
    """
    if identity_asked_late(received, identity_requested, holidays):
        identity_requested = identity_received = None
    waiting = identity_requested is not None and identity_received is None and not identity_failed
    if identity_clock == "restart" and waiting:
        return None
    start = clock_start(received, identity_received, identity_clock)
    limit = period_end(start, EXTENDED_MONTHS if extended else ONE_MONTH, holidays)
    if start != received:
        limit = dataclasses.replace(limit, start_is_identity=True)
    return limit


def extension_notice_limit(
    received: dt.date,
    holidays: HolidayCalendar,
    *,
    identity_requested: dt.date | None = None,
    identity_received: dt.date | None = None,
    identity_clock: str = "restart",
    identity_failed: bool = False,
) -> TimeLimit | None:
    """The requester must hear of an extension and its reasons within the first month (Art. 12(3))."""
    return reply_limit(
        received,
        holidays,
        extended=False,
        identity_requested=identity_requested,
        identity_received=identity_received,
        identity_clock=identity_clock,
        identity_failed=identity_failed,
    )


def extension_counts(extension_told: dt.date | None, first_month_due: dt.date | None) -> bool:
    """An extension counts only once the requester was told of it within the first month (Art. 12(3))."""
    return extension_told is not None and first_month_due is not None and extension_told <= first_month_due


def answered_in_time(
    replied: dt.date | None,
    due: dt.date | None,
    *,
    extended: bool = False,
    extension_told: dt.date | None = None,
    first_month_due: dt.date | None = None,
) -> bool | None:
    """Whether the reply met its limit: an extension never told in time leaves the first month's limit."""
    if replied is None or due is None:
        return None
    if extended and not extension_counts(extension_told, first_month_due):
        due = first_month_due or due
    return replied <= due


@dataclass(frozen=True)
class Flags:
    overdue: bool
    due_soon: bool
    extension_not_told: bool


def flags(
    due: dt.date | None,
    today: dt.date,
    *,
    closed: bool,
    soon_days: int,
    extended: bool = False,
    extension_told: dt.date | None = None,
    first_month_due: dt.date | None = None,
) -> Flags:
    """Overdue (past the due date, not closed), due soon (within `soon_days`), extension not told in time."""
    overdue = not closed and due is not None and today > due
    due_soon = not closed and due is not None and not overdue and (due - today).days <= soon_days
    not_told = False
    if extended and first_month_due is not None:
        # Told late, or not told and the first month is already over: either way Art. 12(3) was missed.
        not_told = extension_told > first_month_due if extension_told else today > first_month_due
    return Flags(overdue, due_soon, not_told)

"""The window's own wording of the core's refusals: code and values in, a translated sentence out.

The core words each refusal in English for the command line and the JSON. A `RuleRefused` carries its reason
as a stable `code` and the `values` the message names (reference, dates); an `InvalidInput` of the shared checks
(domain/validation, domain/timeparse) does too, and is worded as the spreadsheet import words a cell
(`cell_error_text.reason_text`), named by its field instead of placed in a cell. A code without a wording shows
the core's English message (tests/ui/test_refusal_text.py fails while a code raised in the core has none).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from dpo_desk.errors import (
    InvalidInput,
    RuleRefused,
    StoreBusy,
    StoreDamaged,
    StoreInUse,
    StoreNotFound,
    StoreTooNew,
    WrongPassphrase,
)
from dpo_desk.ui import input_reasons
from dpo_desk.ui.breach_warning_text import letter_item_names
from dpo_desk.ui.cell_error_text import reason_text
from dpo_desk.ui.dialogs.register_countries import country_names
from dpo_desk.ui.field_words import field_word
from dpo_desk.ui.formatting import format_date, format_moment
from dpo_desk.ui.i18n import translate


def _wordings() -> dict[str, str]:
    return {
        # requests
        "request-closed": translate(
            "RefusalText", "{reference} is closed ({replied_on}); a closed request is not changed."
        ),
        "request-type-fixed": translate(
            "RefusalText", "The type of {reference} was chosen when it was logged; it is not changed."
        ),
        "identity-step-out-of-order": translate(
            "RefusalText", "{reference}: this step of the identity check cannot follow where the check is now."
        ),
        "extension-reasons-missing": translate(
            "RefusalText", "{reference}: an extension needs its reasons; nothing was changed."
        ),
        "already-extended": translate(
            "RefusalText",
            "The time limit of {reference} was already extended on {extended_on}; it may be extended only once.",
        ),
        "extension-by-processor": translate(
            "RefusalText",
            "{reference} was received as a processor: the controller decides on an extension; "
            "forward the request to it.",
        ),
        "time-limit-not-started": translate(
            "RefusalText", "{reference}: the time limit has not started (identity information is awaited)."
        ),
        "extension-too-late": translate(
            "RefusalText",
            "{reference}: an extension must be decided and told within the first month (Art. 12(3)); "
            "the limit was {limit}, and {on} is after it. Nothing was changed.",
        ),
        "not-extended": translate(
            "RefusalText", "The time limit of {reference} is not extended; there is no extension to tell about."
        ),
        "extension-already-told": translate(
            "RefusalText", "{reference}: the extension notice was already recorded ({told_on})."
        ),
        "forward-by-controller": translate(
            "RefusalText",
            "{reference} was received as the controller; only a processor forwards a request to its controller.",
        ),
        "refusal-reasons-missing": translate(
            "RefusalText", "{reference}: a refusal needs its reasons; nothing was changed."
        ),
        "nothing-to-correct": translate(
            "RefusalText", "{reference}: nothing to correct (the values given are the ones stored)."
        ),
        # letters and notices of requests
        "letter-not-extended": translate(
            "RefusalText", "The time limit of {reference} is not extended: record the extension and its reasons first."
        ),
        "letter-not-refused": translate(
            "RefusalText", "{reference} is not closed as refused: close it with its reasons first."
        ),
        "letter-not-completed": translate(
            "RefusalText",
            "{reference} is not closed as fulfilled, partially fulfilled or withdrawn; a completion letter "
            "would say otherwise.",
        ),
        "identity-already-settled": translate(
            "RefusalText", "{reference}: identity information is no longer being asked for."
        ),
        "recipients-not-due": translate(
            "RefusalText",
            "{reference} is not a rectification, erasure or restriction closed as fulfilled or partially fulfilled; "
            "Art. 19 asks to tell the recipients only once one is carried out.",
        ),
        "recipient-settled": translate("RefusalText", "{name} is already recorded as told or excused."),
        "message-taken-in": translate(
            "RefusalText", "{source}: this message was already taken in as {reference}; nothing was stored."
        ),
        # breaches
        "letter-items-missing": translate(
            "RefusalText",
            "{reference}: the letter to the data subjects needs every item of Art. 34(2); empty: {missing}.",
        ),
        "late-reason-first": translate(
            "RefusalText",
            "With this awareness time the first notification would be late and it has no reasons for the delay; "
            "record them first.",
        ),
        "initial-notification-exists": translate(
            "RefusalText",
            "{reference} already has its initial notification; record this one as a supplementary notification.",
        ),
        "initial-notification-missing": translate(
            "RefusalText", "{reference} has no initial notification yet; record that first."
        ),
        "late-reason-missing": translate(
            "RefusalText",
            "The notification at {at} is after the {hours}-hour deadline ({deadline}): give the reasons for the delay.",
        ),
        "breach-closed": translate("RefusalText", "{reference} is already closed."),
        "controller-not-told": translate(
            "RefusalText", "{reference}: record when the controller was told before closing (Art. 33(2))."
        ),
        "risk-not-decided": translate(
            "RefusalText", "{reference}: decide the risk (none, risk or high) with its reasoning before closing."
        ),
        "risk-reasoning-missing": translate(
            "RefusalText", "{reference}: record the reasoning of the risk decision before closing (Art. 33(5))."
        ),
        "notification-missing": translate(
            "RefusalText", "{reference}: record the notification to the supervisory authority before closing."
        ),
        "communication-missing": translate(
            "RefusalText",
            "{reference} is high risk: record the communication to the data subjects or the Art. 34(3) "
            "exemption first.",
        ),
        "breach-not-closed": translate("RefusalText", "{reference} is not closed."),
        # register of subprocessors
        "already-retired": translate("RefusalText", "{reference} was already retired on {retired_on}."),
        "retired-not-announced": translate(
            "RefusalText", "{reference} is retired; a retired subprocessor cannot be announced."
        ),
        "announcement-open": translate(
            "RefusalText", "{reference} already has an open announcement {announcement}; close or withdraw it first."
        ),
        "announcement-withdrawn": translate("RefusalText", "{reference} was withdrawn; there is nothing to object to."),
        "announcement-settled": translate("RefusalText", "{reference} is no longer open."),
        # impact assessments, retention, spreadsheet import
        "advice-reason-missing": translate(
            "RefusalText",
            "The DPO's advice was not followed: record the reasons (Art. 35(2)); nothing was saved.",
        ),
        "purge-changed": translate(
            "RefusalText", "What would be purged has changed since the preview; look at the preview again."
        ),
        "rows-in-error": translate(
            "RefusalText",
            "Rows with errors: {rows}; nothing was imported. Correct them, or choose to skip the rows in error.",
        ),
    }


def _input_wordings() -> dict[str, str]:
    """The reasons of an InvalidInput a service raises itself (the shared checks' are cell_error_text's)."""
    return {**_dated_input_wordings(), **input_reasons.wordings()}


def _dated_input_wordings() -> dict[str, str]:
    """The reasons that place a day or a moment among a case's others, and the settings' first checks."""
    return {
        "before-received": translate("RefusalText", "is before the day the request was received ({earliest})"),
        "before-identity-request": translate("RefusalText", "is before the identity request ({earliest})"),
        "before-identity-step": translate("RefusalText", "is before the previous identity step ({earliest})"),
        "before-extension": translate("RefusalText", "is before the extension ({earliest})"),
        "before-active": translate("RefusalText", "is before the entry became active ({earliest})"),
        "review-not-after": translate("RefusalText", "must come after the review date ({reviewed_on})"),
        "before-planned": translate("RefusalText", "is before the entry was planned ({earliest})"),
        "before-assessment": translate("RefusalText", "is before the assessment itself ({earliest})"),
        "not-after-assessment": translate("RefusalText", "must come after the assessment date ({earliest})"),
        "before-breach-began": translate("RefusalText", "is before the time the breach began"),
        "before-breach-discovered": translate("RefusalText", "is before the breach was discovered"),
        "after-first-notification": translate("RefusalText", "is after the first notification was sent"),
        "before-aware": translate("RefusalText", "is before the organisation became aware of the breach ({earliest})"),
        "before-initial-notification": translate("RefusalText", "is before the initial notification ({earliest})"),
        "told-at-missing": translate("RefusalText", "is missing: when were the data subjects told?"),
        "told-how-missing": translate("RefusalText", "is missing: how were they told (e-mail, letter, public notice)?"),
        "planned-how-missing": translate("RefusalText", "is missing: how will they be told?"),
        "exemption-reason-missing": translate("RefusalText", "is missing: say why the Art. 34(3) exemption applies"),
        "public-communication-missing": translate(
            "RefusalText", "is missing: Art. 34(3)(c) needs a public communication instead; say which"
        ),
        "aware-missing": translate("RefusalText", "is required: when the organisation became aware of the breach"),
        "told-after-first-month": translate(
            "RefusalText",
            "is after the first month (the limit was {limit}): an extension told later does not count (Art. 12(3))",
        ),
        "negative": translate("RefusalText", "must not be negative"),
        "not-a-country-list": translate(
            "RefusalText", "is not a comma-separated list of two-letter country codes (such as SE,EE)"
        ),
        "unknown-timezone": translate("RefusalText", "is not a known time zone (for example Europe/Helsinki)"),
        "no-known-holidays": translate("RefusalText", "is not a country with known public holidays (for example FI)"),
        "not-an-email": translate("RefusalText", "is not an e-mail address"),
        "processor-only": translate("RefusalText", "is only for a request received as a processor"),
        "not-working-days": translate("RefusalText", "is not a whole number of working days"),
        "working-days-range": translate("RefusalText", "must be from 1 to {most} working days"),
        "controller-needed": translate("RefusalText", "is needed: to which controller was the request forwarded?"),
        "not-a-country-code": translate("RefusalText", "is not a country code (two letters, such as FI or US)"),
        "contacts-processor-only": translate("RefusalText", "belongs only in a processor's record"),
        "contact-without-controller": translate(
            "RefusalText", "has no controller to belong to (give one contact for each controller)"
        ),
    }


def worded_input_codes() -> frozenset[str]:
    """The codes of a service's own InvalidInput the window words (a test checks the core raises no other)."""
    return frozenset(_input_wordings())


def worded_codes() -> frozenset[str]:
    """The RuleRefused codes the window words (a test checks the core raises no other)."""
    return frozenset(_wordings())


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


def rule_refused_text(code: str, values: Mapping[str, Any], english: str) -> str:
    """A RuleRefused's reason in the window's language; `english` (the core's message) for a code not worded."""
    wording = _wordings().get(code)
    if wording is None:
        return english
    shown = _shown(values)
    if code == "letter-items-missing":
        names = letter_item_names()  # shared with the form's words, some of which begin with a capital
        words = (names.get(key, key) for key in values.get("missing", ()))
        shown["missing"] = "; ".join(word[:1].lower() + word[1:] for word in words)
    return wording.format_map(shown)


def _shown(values: Mapping[str, Any]) -> _Blank:
    """The values as the window shows them: dates and moments in its form (moments in the values' zone), a
    "country" or "countries" (ISO codes) by name in its language, any other list as "a, b"."""
    zone = str(values.get("timezone") or "Europe/Helsinki")
    shown = _Blank()
    for key, value in values.items():
        if value is None:
            continue
        if isinstance(value, dt.datetime):
            shown[key] = format_moment(value, zone)
        elif isinstance(value, dt.date):
            shown[key] = format_date(value)
        elif key in ("country", "countries"):
            shown[key] = country_names(value)
        elif isinstance(value, list | tuple):
            shown[key] = ", ".join(map(str, value))
        else:
            shown[key] = value
    return shown


def invalid_input_text(error: InvalidInput, name: str | None = None) -> str:
    """An InvalidInput with its field called `name` (the window's label; by default the field's word).

    A reason of the shared checks is worded in the window's language; any other keeps the core's English.
    """
    english = error.worded(name)
    if not error.code:
        return english
    reason = invalid_input_reason(error, "")
    subject = name if name is not None else field_word(error.field)
    return f"{subject}: {reason}" if reason else english


def invalid_input_reason(error: InvalidInput, english: str | None = None) -> str:
    """Only the reason of an InvalidInput, for the line under its field; `english` (by default the core's reason)
    for a reason the window does not word."""
    fallback = error.reason if english is None else english
    if not error.code:
        return fallback
    own = _input_wordings().get(error.code)
    if own is not None:
        return own.format_map(_shown(error.values))
    return reason_text(error.code, {**error.values, "value": "" if error.value is None else error.value}, fallback)


def error_text(error: BaseException) -> str:
    """What the window shows for a refusal of the core: worded in its language where it can be, else the English."""
    if isinstance(error, InvalidInput):
        return invalid_input_text(error)
    if isinstance(error, RuleRefused):
        return rule_refused_text(error.code, error.values, str(error))
    return store_error_text(error)


def store_error_text(error: BaseException) -> str:
    """Why the store cannot be used (at unlock, start, backup), from the error's class and values."""
    if isinstance(error, WrongPassphrase):
        return translate(
            "UnlockDialog", "Wrong passphrase: the store could not be unlocked with it (nothing was changed)."
        )
    if isinstance(error, StoreDamaged):
        if error.page:
            return translate(
                "RefusalText", "The store is damaged at page {page}; restore a backup (the damaged file is kept aside)."
            ).format(page=error.page)
        return translate("RefusalText", "The store is damaged; restore a backup (the damaged file is kept aside).")
    if isinstance(error, StoreBusy):
        return translate(
            "RefusalText",
            "The store is busy: another DPO Desk window or command has held it too long. Try again in a moment.",
        )
    if isinstance(error, StoreInUse):
        return translate(
            "RefusalText",
            "Another DPO Desk window or command has this store open; close it and try again (nothing was changed).",
        )
    if isinstance(error, StoreTooNew):
        return translate(
            "RefusalText",
            "This store was written by a newer DPO Desk (schema {revision}); upgrade DPO Desk to open it.",
        ).format(revision=error.revision)
    if isinstance(error, StoreNotFound):
        return translate("RefusalText", "No store at {path}: choose another file, or create a new store.").format(
            path=error.path
        )
    return str(error)

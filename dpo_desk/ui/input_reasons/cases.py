"""The window's wording of the reasons the core refuses an input of requests, e-mail intake,
recipients, attachments and the versions of a case.
"""

from __future__ import annotations

from dpo_desk.ui.i18n import translate


def wordings() -> dict[str, str]:
    """Each reason by its code, in the window's language, without its field."""
    return {
        # attachments and messages taken in (the size limit is the Settings page's "Largest attachment accepted")
        "not-a-case-reference": translate("InputReason", "is not a case reference like DSR-2026-0001 or BR-2026-0001"),
        "file-too-large": translate(
            "InputReason", "is over the limit of {most} MB (Settings: largest attachment accepted)"
        ),
        "not-a-message-file": translate("InputReason", "is not an e-mail message: use an .eml or an Outlook .msg file"),
        "message-binary": translate(
            "InputReason", "is not an e-mail message (it holds binary data, not mail headers); nothing was stored"
        ),
        "message-unreadable": translate(
            "InputReason", "is not an e-mail message (its structure could not be read); nothing was stored"
        ),
        "message-no-sender": translate(
            "InputReason", "is not an e-mail message (no sender with an address); nothing was stored"
        ),
        "message-not-outlook": translate(
            "InputReason", "is not an e-mail message (not an Outlook message file); nothing was stored"
        ),
        "message-damaged": translate(
            "InputReason",
            "is not an e-mail message (Outlook could not have written it: the file is damaged); nothing was stored",
        ),
        "message-not-mail": translate(
            "InputReason", "is not an e-mail message (an Outlook item that is not a mail message); nothing was stored"
        ),
        # the versions of a case
        "not-a-version": translate("InputReason", "is not a version number (a whole number from 1)"),
        # recipients told of a rectification, erasure or restriction (Art. 19)
        "not-a-recipient": translate("InputReason", "is not a recipient of {reference}"),
        "excuse-reason-missing": translate(
            "InputReason", "must be given for {name}: why telling them is impossible or too much"
        ),
        # requests
        "type-needed": translate("InputReason", "is needed: say which type of request this is"),
        "not-correctable": translate("InputReason", "cannot be corrected here"),
        "page-size-range": translate("InputReason", "must be from 0 to {most}"),
    }


def field_words() -> dict[str, str]:
    """The words of this area's input fields that the shared field words lack (by the core's name of the field)."""
    return {
        "MESSAGE": translate("FieldName", "message file"),
        "controller": translate("FieldName", "controller"),
        "email": translate("FieldName", "e-mail"),
        "excepted": translate("FieldName", "recipient excused"),
        "expected_version": translate("FieldName", "version edited"),
        "file name": translate("FieldName", "file name"),
        "forward_within": translate("FieldName", "forward within (working days)"),
        "identity step": translate("FieldName", "identity step"),
        "limit": translate("FieldName", "rows per page"),
        "offset": translate("FieldName", "rows skipped"),
        "reasons": translate("FieldName", "reasons"),
        "received": translate("FieldName", "received"),
        "subject": translate("FieldName", "requester"),
        "told_on": translate("FieldName", "requester told of the extension"),
    }

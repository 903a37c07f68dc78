"""A request timeline event's details in the window's language, from the parts the core reads out of it.

The core stores one English sentence per event (the command line and the JSON show it as stored) and
reads it back into parts (`services.requests.event_parts`); the window words the parts here. What the
DPO typed (notes, reasons, names, corrected values) is shown as typed; an event whose sentence the
core cannot read (an older wording) is shown as stored.
"""

from __future__ import annotations

from typing import Any

from dpo_desk.ui.i18n import translate


def correction_field_words() -> dict[str, str]:
    """The requester's details a correction names (services.requests.EDITABLE), as the window calls them."""
    return {
        "subject": translate("EventText", "requester"),
        "email": translate("EventText", "e-mail"),
        "contact": translate("EventText", "other contact"),
        "details": translate("EventText", "details"),
        "channel": translate("EventText", "channel"),
        "language": translate("EventText", "language of the letters"),
        "controller": translate("EventText", "controller"),
    }


def letter_words() -> dict[str, str]:
    """The reply letters (services.reports.LETTER_KINDS)."""
    return {
        "acknowledgement": translate("EventText", "acknowledgement"),
        "identity-request": translate("EventText", "request for identity information"),
        "extension": translate("EventText", "extension notice"),
        "refusal": translate("EventText", "refusal"),
        "completion": translate("EventText", "completion"),
    }


def _word(words: dict[str, str], value: str) -> str:
    return words.get(value, value)


def _correction(field: str, before: str, after: str, labels: dict[str, dict[str, str]]) -> str:
    values = {"channel": labels["channels"], "language": labels["languages"]}.get(field)
    if values is not None:
        before, after = _word(values, before), _word(values, after)
    empty = translate("EventText", "(empty)")
    return translate("EventText", "{field}: “{before}” → “{after}”").format(
        field=_word(correction_field_words(), field), before=before or empty, after=after or empty
    )


def event_details(event: Any, labels: dict[str, dict[str, str]]) -> str:
    """The "Details" of one timeline event; `labels` are the requests page's words (pages/requests.labels_for)."""
    parts = event.parts
    kind = event.kind
    if not parts and kind != "extension-told":
        return event.text
    if kind == "received":
        text = translate("EventText", "{type} request received by {channel}").format(
            type=_word(labels["types"], parts["type"]), channel=_word(labels["channels"], parts["channel"])
        )
        if parts["type_guessed"]:
            text += translate("EventText", " (type guessed from its words)")
        return text
    if kind == "classified":
        if "type" in parts:
            return translate("EventText", "type confirmed: {type}").format(type=_word(labels["types"], parts["type"]))
        return translate("EventText", "type: {before} → {after}").format(
            before=_word(labels["types"], parts["before"]), after=_word(labels["types"], parts["after"])
        )
    if kind.startswith("identity-"):
        text = parts["note"]
        if parts["asked_late"]:
            late = translate("EventText", "(asked after the first month had ended: the clock does not restart)")
            text = f"{text} {late}" if text else late
        return text
    if kind == "closed":
        outcome = _word(labels["outcomes"], parts["outcome"])
        return f"{outcome}: {parts['reason']}" if parts["reason"] else outcome
    if kind == "corrected":
        return "; ".join(_correction(*change, labels) for change in parts["changes"])
    if kind == "letter":
        return translate("EventText", "{letter} ({language})").format(
            letter=_word(letter_words(), parts["letter"]), language=_word(labels["languages"], parts["language"])
        )
    return event.text  # extended, forwarded, note, extension-told: the DPO's own words (or none)

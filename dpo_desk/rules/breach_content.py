"""What a breach notification (Art. 33(3)) and a letter to data subjects (Art. 34(2)) must contain: pure.

A notification may go out without some items and give them later (Art. 33(4)): the items missing
when a phase was sent are kept with it, and stay outstanding until a later phase goes out with them.
The letter to data subjects is refused while an item Art. 34(2) names is empty, since it would tell
the people affected less than the law requires.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Item:
    key: str
    article: str
    what: str  # in words, as a warning or a refusal names it


ART_33_3 = (
    Item("subject_categories", "Art. 33(3)(a)", "the categories of data subjects"),
    Item("subjects_approx", "Art. 33(3)(a)", "the approximate number of data subjects"),
    Item("data_categories", "Art. 33(3)(a)", "the categories of personal data records"),
    Item("records_approx", "Art. 33(3)(a)", "the approximate number of personal data records"),
    Item("consequences", "Art. 33(3)(c)", "the likely consequences of the breach"),
    Item("measures", "Art. 33(3)(d)", "the measures taken or proposed"),
)

ART_34_2 = (
    Item("description", "Art. 34(2)", "the nature of the breach in plain words (its description)"),
    Item("dpo_contact", "Art. 34(2), 33(3)(b)", "the contact details of the DPO (organisation settings)"),
    Item("consequences", "Art. 34(2), 33(3)(c)", "the likely consequences"),
    Item("measures", "Art. 34(2), 33(3)(d)", "the measures taken or proposed"),
)

_BY_KEY_33_3 = {item.key: item for item in ART_33_3}
_BY_KEY_34_2 = {item.key: item for item in ART_34_2}


def _present(values: Mapping[str, Any], key: str) -> bool:
    if key == "measures":
        return any(str(values.get(k) or "").strip() for k in ("measures_taken", "measures_proposed"))
    value = values.get(key)
    return value is not None and (not isinstance(value, str) or bool(value.strip()))


def missing(values: Mapping[str, Any], items: Sequence[Item] = ART_33_3) -> tuple[str, ...]:
    """The keys of `items` that `values` (a breach's fields) leave empty, in the article's order."""
    return tuple(item.key for item in items if not _present(values, item.key))


def letter_item(key: str) -> Item:
    """An item of Art. 34(2) by its key."""
    return _BY_KEY_34_2[key]


# The codes of an outstanding item's warning: recorded since the phase went out, or still missing.
OUTSTANDING_CODES = ("item-now-recorded", "item-missing")


@dataclass(frozen=True)
class Outstanding:
    """An Art. 33(3) item the latest phase went out without: its code, the item's key and article, in English."""

    code: str
    key: str
    article: str
    message: str


def outstanding(last_phase_missing: Sequence[str], values: Mapping[str, Any]) -> list[Outstanding]:
    """Each item the latest phase went out without (Art. 33(4)), as data a front end words in its language."""
    found = []
    for key in last_phase_missing:
        if key not in _BY_KEY_33_3:
            continue
        entry = _BY_KEY_33_3[key]
        if _present(values, key):
            found.append(
                Outstanding(
                    "item-now-recorded",
                    key,
                    entry.article,
                    f"{entry.article}: {entry.what} is now recorded but was not in the notification: "
                    "send it in a supplementary notification (Art. 33(4)).",
                )
            )
        else:
            found.append(
                Outstanding(
                    "item-missing",
                    key,
                    entry.article,
                    f"{entry.article}: {entry.what} is missing from the notification: record it and send it in a "
                    "supplementary notification (Art. 33(4)).",
                )
            )
    return found


def outstanding_warnings(last_phase_missing: Sequence[str], values: Mapping[str, Any]) -> list[str]:
    """A warning for each item the latest phase went out without (Art. 33(4))."""
    return [item.message for item in outstanding(last_phase_missing, values)]

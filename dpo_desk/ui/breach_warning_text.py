"""The window's own wording of a breach's outstanding Art. 33(3) items (rules/breach_content.outstanding).

The core words each in English for the command line and the JSON, and carries its code and the item's key
as data; the window words it in its language here, naming the item as the notification form does
(tests/ui/test_breach_warning_text.py fails while an item of Art. 33(3) or a code has no wording).
"""

from __future__ import annotations

from typing import Any

from dpo_desk.ui.core_texts import core_text
from dpo_desk.ui.i18n import translate


def item_names() -> dict[str, str]:
    """Each Art. 33(3) item by its key, named as the notification form names it (English as the core says it)."""
    return {
        "subject_categories": translate("BreachWarning", "the categories of data subjects"),
        "subjects_approx": translate("BreachWarning", "the approximate number of data subjects"),
        "data_categories": translate("BreachWarning", "the categories of personal data records"),
        "records_approx": translate("BreachWarning", "the approximate number of personal data records"),
        "consequences": translate("BreachWarning", "the likely consequences of the breach"),
        "measures": translate("BreachWarning", "the measures taken or proposed"),
    }


def letter_item_names() -> dict[str, str]:
    """Each Art. 34(2) item of the letter to the data subjects by its key (rules/breach_content.ART_34_2)."""
    return {
        "description": translate("BreachWarning", "the nature of the breach in plain words (its description)"),
        "dpo_contact": translate("BreachWarning", "the contact details of the DPO (organisation settings)"),
        "consequences": translate("BreachWarning", "the likely consequences"),
        "measures": translate("BreachWarning", "the measures taken or proposed"),
    }


def articles() -> dict[str, str]:
    """The article of each item, as the window's language cites it."""
    return {
        "Art. 33(3)(a)": translate("BreachWarning", "Art. 33(3)(a)"),
        "Art. 33(3)(c)": translate("BreachWarning", "Art. 33(3)(c)"),
        "Art. 33(3)(d)": translate("BreachWarning", "Art. 33(3)(d)"),
    }


def _wordings() -> dict[str, str]:
    return {
        "item-now-recorded": translate(
            "BreachWarning",
            "{article}: {what} is now recorded but was not in the notification: send it in a supplementary "
            "notification (Art. 33(4)).",
        ),
        "item-missing": translate(
            "BreachWarning",
            "{article}: {what} is missing from the notification: record it and send it in a supplementary "
            "notification (Art. 33(4)).",
        ),
    }


def outstanding_text(item: Any) -> str:
    """An outstanding item's warning in the window's language (the core's English for an unknown code or key)."""
    wording = _wordings().get(item.code)
    what = item_names().get(item.key)
    if wording is None or what is None:
        return item.message
    return wording.format(what=what, article=articles().get(item.article, item.article))


def breach_warnings(view: Any) -> list[str]:
    """A breach view's warnings in the window's language, in the core's order."""
    by_message = {item.message: item for item in getattr(view, "outstanding", ())}
    return [outstanding_text(by_message[w]) if w in by_message else core_text(w) for w in view.warnings]

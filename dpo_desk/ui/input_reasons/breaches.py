"""The window's wording of the reasons the core refuses an input of breaches, their notifications and their letters."""

from __future__ import annotations

from dpo_desk.ui.i18n import translate


def wordings() -> dict[str, str]:
    """Each reason by its code, in the window's language, without its field."""
    return {
        # the breach's fields (services/breaches.clean); a choice, a yes or no and a count reuse the shared codes
        "not-a-breach-field": translate("InputReason", "is not a field of a breach"),
        "not-a-nature-list": translate(
            "InputReason", "is not a comma-separated list of confidentiality, integrity and availability"
        ),
        # the ENISA 2013 severity (rules/enisa): what each score allows, whether typed wrong or out of range
        "not-an-enisa-dpc": translate("InputReason", "is not a number from 1 to 4"),
        "not-an-enisa-ei": translate("InputReason", "is not 0.25, 0.5, 0.75 or 1"),
        "not-an-enisa-cb": translate("InputReason", "is not a multiple of 0.25 from 0 to 2"),
        "not-an-enisa-loss": translate("InputReason", "is not 0, 0.25 or 0.5"),
        "cb-not-sum": translate("InputReason", "is not the sum of its parts (the losses plus malicious intent)"),
        "enisa-incomplete": translate("InputReason", "needs all three ENISA components (DPC, EI and CB) or none"),
        # the notifications to the supervisory authority and their documents
        "not-a-notification": translate("InputReason", "is not a notification of {reference}"),
        "not-a-recorded-phase": translate("InputReason", "is not a notification of {reference} (it has {count})"),
    }


def field_words() -> dict[str, str]:
    """The words of this area's input fields that the shared field words lack (by the core's name of the field)."""
    return {
        "notification": translate("FieldName", "notification"),
        "--phase": translate("FieldName", "phase"),  # the notification document's phase, by its number
        "method": translate("FieldName", "communication method"),  # how the data subjects were (or will be) told
        "count": translate("FieldName", "data subjects told (number)"),
        "summary": translate("FieldName", "closing summary"),
    }

"""The window's wording of the reasons the core refuses an input of the register of
subprocessors, the records of processing, impact assessments and the organisation.
"""

from __future__ import annotations

from dpo_desk.ui.i18n import translate


def wordings() -> dict[str, str]:
    """Each reason by its code, in the window's language, without its field."""
    return {
        # the register of subprocessors and its transfers
        "not-an-entry-field": translate("InputReason", "“{name}” is not a field of a register entry"),
        "retired-when-added": translate(
            "InputReason", "cannot be retired for a new entry: add the entry first, then retire it"
        ),
        "retired-by-retiring": translate(
            "InputReason", "becomes retired only by retiring the entry (which records the date)"
        ),
        "eea-outside": translate(
            "InputReason", "does not fit: {countries} outside the EEA; give the safeguard of the transfer"
        ),
        "safeguard-without-transfer": translate(
            "InputReason", "is for transfers outside the EEA; every country here is in the EEA"
        ),
        "country-in-eea": translate("InputReason", "{country} is in the EEA: there is no transfer to safeguard"),
        "not-an-entry-country": translate(
            "InputReason",
            "{country} is not one of the entry's countries: add it to the processing countries first",
        ),
        "scc-module-without-scc": translate("InputReason", "is only for standard contractual clauses"),
        "derogation-missing": translate("InputReason", "is missing: which Art. 49(1) derogation (a–g) applies?"),
        "derogation-without-derogation": translate(
            "InputReason", "is only for a transfer relying on an Art. 49(1) derogation"
        ),
        "fallback-without-adequacy": translate("InputReason", "is only for a transfer relying on an adequacy decision"),
        "fallback-module-without-scc": translate(
            "InputReason", "is only for standard contractual clauses as the fallback safeguard"
        ),
        "adequacy-list-unreadable": translate("InputReason", "cannot be read ({path})"),
        "adequacy-list-unusable": translate("InputReason", "is not usable ({path}): {problem}"),
        "inside-objection-period": translate(
            "InputReason", "falls inside the objection period (customers may object until {until})"
        ),
        "replaces-itself": translate("InputReason", "is the entry being announced itself"),
        "before-announcement": translate("InputReason", "is before the announcement ({earliest})"),
        # the records of processing
        "not-an-activity-field": translate("InputReason", "“{name}” is not a field of a processing activity"),
        "not-a-special-condition": translate("InputReason", "is not an Art. 9(2) condition (a letter from a to j)"),
        "not-in-register": translate("InputReason", "{reference} is not in the subprocessor register"),
        "not-a-linkable-reference": translate(
            "InputReason", "is not a request (DSR-…), breach (BR-…) or subprocessor (SP-…) reference"
        ),
        # impact assessments and their screening list
        "not-an-assessment-field": translate("InputReason", "“{name}” is not a field of an impact assessment"),
        "screening-list-malformed": translate("InputReason", "is malformed ({problem})"),
        "screening-list-incomplete": translate("InputReason", "needs a threshold of at least 1 and its criteria"),
        # the organisation
        "not-an-organisation-field": translate("InputReason", "“{name}” is not part of the organisation"),
    }


def field_words() -> dict[str, str]:
    """The words of this area's input fields that the shared field words lack (by the core's name of the field)."""
    return {
        "adequacy list": translate("FieldName", "adequacy list"),
        "criteria": translate("FieldName", "impact assessment criteria"),
        "DPO e-mail": translate("FieldName", "DPO's e-mail"),
        "holiday country": translate("FieldName", "holiday country"),
        "impact assessment list": translate("FieldName", "list of processing that needs an impact assessment"),
        "next_review": translate("FieldName", "next review"),
        "report language": translate("FieldName", "language of reports"),
        "subprocessors": translate("FieldName", "subprocessors"),
        "transfer_country": translate("FieldName", "country of the transfer"),
        "transfer_detail": translate("FieldName", "details of the transfer"),
        "transfer_recipient": translate("FieldName", "recipient of the transfer"),
        "transfer_safeguard": translate("FieldName", "safeguard of the transfer"),
    }

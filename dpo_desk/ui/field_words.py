"""The store's tables and fields as the window words them (the audit trail, the register's history, the import plan).

The core names a field by its column (`received_on`) and a table by its name (`audit_log`), as the
command line and the JSON show them; the window shows these words instead. A name without a word here
is shown with its underscores as spaces; tests/ui/test_core_words.py fails when an audited column lacks one.
"""

from __future__ import annotations

import re

from dpo_desk.ui import input_reasons
from dpo_desk.ui.i18n import translate


def field_words() -> dict[str, str]:
    """Each audited column (and the keys of the trail's summary entries), as the window words it; then the
    input fields each area of the window's refusals words (`input_reasons`)."""
    return {
        **input_reasons.field_words(),
        "active_from": translate("FieldName", "active from"),
        "activity_id": translate("FieldName", "processing activity"),
        "added_at": translate("FieldName", "added"),
        "address": translate("FieldName", "address"),
        "announced_on": translate("FieldName", "announced"),
        "announcement_id": translate("FieldName", "announcement"),
        "assessed_on": translate("FieldName", "assessed"),
        "assessment_id": translate("FieldName", "impact assessment"),
        "at": translate("FieldName", "recorded at"),
        "attachments_note": translate("FieldName", "note on attachments"),
        "authority_deadline": translate("FieldName", "deadline for the authority"),
        "authority_reference": translate("FieldName", "authority's reference"),
        "aware_at": translate("FieldName", "became aware"),
        "balancing_conclusion": translate("FieldName", "balancing test conclusion"),
        "balancing_on": translate("FieldName", "balancing test date"),
        "breach_id": translate("FieldName", "breach"),
        "business_id": translate("FieldName", "business ID"),
        "case": translate("FieldName", "case"),
        "case_reference": translate("FieldName", "case"),
        "cause": translate("FieldName", "cause"),
        "channel": translate("FieldName", "channel"),
        "closed_at": translate("FieldName", "closed"),
        "closing_summary": translate("FieldName", "closing summary"),
        "communicated_at": translate("FieldName", "data subjects told"),
        "communicated_count": translate("FieldName", "data subjects told (number)"),
        "communication": translate("FieldName", "communication to data subjects"),
        "communication_method": translate("FieldName", "communication method"),
        "consequences": translate("FieldName", "consequences"),
        "contact": translate("FieldName", "contact"),
        "content": translate("FieldName", "content"),
        "controller_contacts": translate("FieldName", "controller's contact details"),
        "controller_name": translate("FieldName", "controller"),
        "controller_told_at": translate("FieldName", "controller told"),
        "controllers": translate("FieldName", "controllers"),
        "country": translate("FieldName", "country"),
        "created_at": translate("FieldName", "created"),
        "criminal_categories": translate("FieldName", "criminal offence data"),
        "criminal_data": translate("FieldName", "criminal offence data"),
        "customer": translate("FieldName", "customer"),
        "data_categories": translate("FieldName", "categories of personal data"),
        "derogation": translate("FieldName", "derogation (Art. 49)"),
        "description": translate("FieldName", "description"),
        "detail": translate("FieldName", "detail"),
        "details": translate("FieldName", "details"),
        "discovered_at": translate("FieldName", "discovered"),
        "dpa_signed_on": translate("FieldName", "data processing agreement signed"),
        "dpf_certified": translate("FieldName", "Data Privacy Framework certified"),
        "dpia_criteria": translate("FieldName", "impact assessment criteria"),
        "dpo_advice": translate("FieldName", "DPO's advice"),
        "dpo_advice_followed": translate("FieldName", "DPO's advice followed"),
        "dpo_advice_reason": translate("FieldName", "why the advice was not followed"),
        "dpo_email": translate("FieldName", "DPO's e-mail"),
        "dpo_name": translate("FieldName", "DPO's name"),
        "dpo_phone": translate("FieldName", "DPO's phone"),
        "due_on": translate("FieldName", "due"),
        "effective_on": translate("FieldName", "effective"),
        "enisa_cb": translate("FieldName", "ENISA circumstances of the breach"),
        "enisa_cb_availability": translate("FieldName", "ENISA loss of availability"),
        "enisa_cb_confidentiality": translate("FieldName", "ENISA loss of confidentiality"),
        "enisa_cb_integrity": translate("FieldName", "ENISA loss of integrity"),
        "enisa_dpc": translate("FieldName", "ENISA data processing context"),
        "enisa_ei": translate("FieldName", "ENISA ease of identification"),
        "enisa_malicious": translate("FieldName", "ENISA malicious intent"),
        "exemption": translate("FieldName", "exemption (Art. 34(3))"),
        "exemption_reason": translate("FieldName", "reason for the exemption"),
        "extended_on": translate("FieldName", "extended"),
        "extension_reason": translate("FieldName", "reason for the extension"),
        "extension_told_on": translate("FieldName", "requester told of the extension"),
        "fallback_safeguard": translate("FieldName", "fallback safeguard"),
        "fallback_scc_module": translate("FieldName", "fallback SCC module"),
        "filename": translate("FieldName", "file name"),
        "first_month_due_on": translate("FieldName", "end of the first month"),
        "forward_term_agreed": translate("FieldName", "forwarding term agreed"),
        "forward_within_days": translate("FieldName", "forward within (working days)"),
        "forwarded_on": translate("FieldName", "forwarded"),
        "holiday_country": translate("FieldName", "holidays of"),
        "how_found": translate("FieldName", "how it was found"),
        "id": translate("FieldName", "number"),
        "identity_checked_on": translate("FieldName", "identity checked"),
        "identity_clock": translate("FieldName", "identity clock"),
        "identity_codes": translate("FieldName", "identity codes"),
        "identity_received_on": translate("FieldName", "identity information received"),
        "identity_requested_on": translate("FieldName", "identity information asked"),
        "identity_status": translate("FieldName", "identity"),
        "intent": translate("FieldName", "intent"),
        "joint_controllers": translate("FieldName", "joint controllers"),
        "key": translate("FieldName", "setting"),
        "kind": translate("FieldName", "kind"),
        "language": translate("FieldName", "language"),
        "last_reviewed_on": translate("FieldName", "last reviewed"),
        "late": translate("FieldName", "late"),
        "late_reason": translate("FieldName", "reason for the delay"),
        "lead_authority": translate("FieldName", "lead supervisory authority"),
        "legal_basis": translate("FieldName", "legal basis"),
        "legal_entity_id": translate("FieldName", "legal entity ID"),
        "likelihood": translate("FieldName", "likelihood"),
        "measures": translate("FieldName", "measures"),
        "measures_before": translate("FieldName", "measures in place before"),
        "measures_proposed": translate("FieldName", "measures proposed"),
        "measures_taken": translate("FieldName", "measures taken"),
        "media_type": translate("FieldName", "media type"),
        "member_states": translate("FieldName", "member states"),
        "message": translate("FieldName", "message"),
        "message_digest": translate("FieldName", "message digest"),
        "message_id": translate("FieldName", "message ID"),
        "missing_items": translate("FieldName", "items missing"),
        "name": translate("FieldName", "name"),
        "nature": translate("FieldName", "nature"),
        "necessity": translate("FieldName", "necessity and proportionality"),
        "next_review_on": translate("FieldName", "next review"),
        "note": translate("FieldName", "note"),
        "notes": translate("FieldName", "notes"),
        "notifier_name": translate("FieldName", "notifier"),
        "objection_until": translate("FieldName", "objections until"),
        "on": translate("FieldName", "date"),
        "occurred_from": translate("FieldName", "occurred from"),
        "occurred_to": translate("FieldName", "occurred until"),
        "ongoing": translate("FieldName", "ongoing"),
        "other_authorities": translate("FieldName", "other authorities"),
        "other_notifications": translate("FieldName", "other notifications"),
        "outcome": translate("FieldName", "outcome"),
        "outcome_reason": translate("FieldName", "reasons"),
        "owner": translate("FieldName", "owner"),
        "phase": translate("FieldName", "phase"),
        "planned_on": translate("FieldName", "planned"),
        "position": translate("FieldName", "position"),
        "prior_consultation_on": translate("FieldName", "prior consultation"),
        "prior_consultation_outcome": translate("FieldName", "prior consultation outcome"),
        "processing_countries": translate("FieldName", "countries of processing"),
        "processor_name": translate("FieldName", "processor"),
        "processor_told_at": translate("FieldName", "processor told"),
        "purpose": translate("FieldName", "purpose"),
        "reason": translate("FieldName", "reason"),
        "received_on": translate("FieldName", "received"),
        "recipient": translate("FieldName", "recipient"),
        "recipients": translate("FieldName", "recipients"),
        "recorded_at": translate("FieldName", "recorded"),
        "records_approx": translate("FieldName", "records (approximate)"),
        "records_estimated": translate("FieldName", "records estimated"),
        "reference": translate("FieldName", "reference"),
        "replaces": translate("FieldName", "replaces"),
        "replied_on": translate("FieldName", "replied"),
        "report_language": translate("FieldName", "language of reports"),
        "request_id": translate("FieldName", "request"),
        "residual_risk": translate("FieldName", "residual risk"),
        "resolution": translate("FieldName", "resolution"),
        "retention": translate("FieldName", "retention"),
        "retired_on": translate("FieldName", "retired"),
        "risk": translate("FieldName", "risk"),
        "risk_reasoning": translate("FieldName", "reasoning for the risk"),
        "role": translate("FieldName", "role"),
        "safeguard": translate("FieldName", "safeguard"),
        "scc_module": translate("FieldName", "SCC module"),
        "scc_version": translate("FieldName", "SCC version"),
        "screened_on": translate("FieldName", "screened"),
        "search_key": translate("FieldName", "search key"),
        "security_measures": translate("FieldName", "security measures"),
        "sent_at": translate("FieldName", "sent"),
        "serves": translate("FieldName", "serves"),
        "service": translate("FieldName", "service"),
        "severity": translate("FieldName", "severity"),
        "sha256": translate("FieldName", "SHA-256"),
        "size": translate("FieldName", "size"),
        "source": translate("FieldName", "source"),
        "sources": translate("FieldName", "sources"),
        "special_categories": translate("FieldName", "special categories (Art. 9)"),
        "special_condition": translate("FieldName", "Art. 9(2) condition"),
        "status": translate("FieldName", "status"),
        "subject_categories": translate("FieldName", "categories of data subjects"),
        "subject_contact": translate("FieldName", "requester's other contact"),
        "subject_email": translate("FieldName", "requester's e-mail"),
        "subject_name": translate("FieldName", "requester"),
        "subjects_approx": translate("FieldName", "data subjects (approximate)"),
        "subjects_estimated": translate("FieldName", "data subjects estimated"),
        "subprocessor_id": translate("FieldName", "subprocessor"),
        "supplementary_measures": translate("FieldName", "supplementary measures"),
        "systems": translate("FieldName", "systems"),
        "text": translate("FieldName", "text"),
        "tia_on": translate("FieldName", "transfer impact assessment"),
        "tia_review_on": translate("FieldName", "transfer impact assessment review"),
        "timezone": translate("FieldName", "time zone"),
        "title": translate("FieldName", "title"),
        "type": translate("FieldName", "type"),
        "type_guessed": translate("FieldName", "type guessed"),
        "updated_at": translate("FieldName", "updated"),
        "value": translate("FieldName", "value"),
        "version": translate("FieldName", "version"),
        "vulnerable_subjects": translate("FieldName", "vulnerable data subjects"),
        "warning_count": translate("FieldName", "warnings"),
        "website": translate("FieldName", "website"),
        "added": translate("FieldName", "added"),
        "changed": translate("FieldName", "changed"),
        "file_sha256": translate("FieldName", "file's SHA-256"),
        "field": translate("FieldName", "field"),
        "file": translate("FieldName", "file"),
        "sort": translate("FieldName", "sort order"),
        "passphrase": translate("FieldName", "passphrase"),
    }


def table_words() -> dict[str, str]:
    """Each table of the store (an export's sections), as the window words it."""
    return {
        "activity_case": translate("TableName", "cases of processing activities"),
        "activity_purpose": translate("TableName", "purposes of processing"),
        "activity_subprocessor": translate("TableName", "subprocessors of processing activities"),
        "activity_transfer": translate("TableName", "transfers of processing activities"),
        "assessment_risk": translate("TableName", "risks of impact assessments"),
        "attachment": translate("TableName", "attachments"),
        "audit_log": translate("TableName", "audit trail"),
        "breach": translate("TableName", "breaches"),
        "breach_notification": translate("TableName", "breach notifications"),
        "impact_assessment": translate("TableName", "impact assessments"),
        "organisation": translate("TableName", "organisation"),
        "processing_activity": translate("TableName", "processing activities"),
        "recipient_notice": translate("TableName", "notices to recipients"),
        "reference_counter": translate("TableName", "reference counters"),
        "request": translate("TableName", "requests"),
        "request_event": translate("TableName", "request timelines"),
        "setting": translate("TableName", "settings"),
        "store_meta": translate("TableName", "store information"),
        "subprocessor": translate("TableName", "subprocessors"),
        "subprocessor_announcement": translate("TableName", "subprocessor announcements"),
        "subprocessor_objection": translate("TableName", "objections to subprocessors"),
        "subprocessor_transfer": translate("TableName", "transfers by subprocessors"),
    }


# The core names a part of a list or of a file by its place: "purpose 2: legal_basis" (a record's second
# purpose), "request row 3 column outcome" (an export's table), "sheet 'Requests', row 4, column B".
_NUMBERED_PART = re.compile(r"^(?P<part>\w+) (?P<number>\d+): (?P<field>\w+)$")
_TABLE_CELL = re.compile(r"^(?P<table>\w+) row (?P<row>\d+)(?: column (?P<column>\w+))?$")
_SHEET_CELL = re.compile(r"^sheet (?P<sheet>'.*'|\".*\"), row (?P<row>\d+), column (?P<column>[A-Z]+)$")
_TABLE = re.compile(r"^tables\.(?P<table>\w+)$")


def field_word(name: str, words: dict[str, str] | None = None) -> str:
    """One field's word; `words` from `field_words()` when wording many."""
    words = words if words is not None else field_words()
    word = words.get(name)
    if word:
        return word
    if found := _NUMBERED_PART.match(name):
        return f"{field_word(found['part'], words)} {found['number']}: {field_word(found['field'], words)}"
    if found := _TABLE_CELL.match(name):
        table = table_word(found["table"])
        if found["column"]:
            return translate("FieldName", "{table}, row {row}, column {column}").format(
                table=table, row=found["row"], column=field_word(found["column"], words)
            )
        return translate("FieldName", "{table}, row {row}").format(table=table, row=found["row"])
    if found := _SHEET_CELL.match(name):
        return translate("FieldName", "sheet {sheet}, row {row}, column {column}").format(
            sheet=found["sheet"], row=found["row"], column=found["column"]
        )
    if found := _TABLE.match(name):
        return table_word(found["table"])
    return name.replace("_", " ")


def table_word(name: str) -> str:
    return table_words().get(name) or name.replace("_", " ")

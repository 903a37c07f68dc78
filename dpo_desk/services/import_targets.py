"""The registers a spreadsheet can be imported into, each storing rows through its module's service.

Headers are matched first by the label files the reports write them with (`reports/<report>/<lang>.json`,
in Finnish, Swedish and English), so every workbook the app writes reads back; then by common
synonyms, as people name their columns; a header not known can still be mapped by hand (`--map
"Header=field"`, or the window's mapping step). Values written in words (statuses, types, yes/no)
are read by the same label files. Columns the reports derive (a due date, a warning, a score) are
known and left out, since the service computes them again from the facts.

A service's refusal names its field ("aware_at"): the field of that key, or the one the target's
`service_names` gives for it, shows it in the column it came from. A row is stored by replaying its
facts through the service in the order they happen (logged, identity asked, extended, closed), so
every rule is checked again.
"""

from __future__ import annotations

import functools
import importlib
import json
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy.orm import Session

from dpo_desk.paths import reports_dir
from dpo_desk.services import references
from dpo_desk.services.import_fields import Detail, Field, Target

LANGUAGES = ("fi", "sv", "en")

ROLE_WORDS = {
    "controller": ("rekisterinpitäjä", "personuppgiftsansvarig"),
    "processor": ("käsittelijä", "henkilötietojen käsittelijä", "personuppgiftsbiträde", "biträde"),
}


def available() -> list[Target]:
    """Every register a spreadsheet can be imported into, in the order the window offers them."""
    return [build() for build in BUILDERS]


# -- the reports' own words --------------------------------------------------------------------


@functools.cache
def _labels(report: str, lang: str) -> dict[str, Any]:
    # Read directly (not through reporting.labels): services do not import the reporting layer.
    with open(reports_dir() / report / f"{lang}.json", encoding="utf-8") as f:
        return json.load(f)


def _label(report: str, lang: str, path: str) -> str | None:
    """The label at `path` ("columns.received_on" or "col_name") in one language, soft hyphens removed."""
    value: Any = _labels(report, lang)
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value.replace("\u00ad", "") if isinstance(value, str) else None


def headers_of(report: str, path: str) -> tuple[str, ...]:
    """A column's header in every language the report is written in."""
    return tuple(h for h in (_label(report, lang, path) for lang in LANGUAGES) if h)


def words_of(
    report: str, paths: Mapping[str, str], extra: Mapping[str, tuple[str, ...]] | None = None
) -> dict[str, tuple[str, ...]]:
    """Each stored value with the words the report prints for it in every language, plus `extra` synonyms."""
    extra = extra or {}
    words = ChoiceWords({value: (*headers_of(report, path), *extra.get(value, ())) for value, path in paths.items()})
    words.titles = {
        lang: {value: label for value, path in paths.items() if (label := _label(report, lang, path))}
        for lang in LANGUAGES
    }
    return words


class ChoiceWords(dict):
    """`words_of`'s words of each stored value, and `titles`: the report's one word for it, by language."""

    titles: dict[str, dict[str, str]]


def _field(
    key: str,
    label: str,
    kind: str = "text",
    required: bool = False,
    *,
    report: tuple[str, str] | None = None,
    synonyms: tuple[str, ...] = (),
    choices: Mapping[str, tuple[str, ...]] | None = None,
) -> Field:
    exact = headers_of(*report) if report else ()
    titles = {lang: title for lang in LANGUAGES if report and (title := _label(report[0], lang, report[1]))}
    choice_titles = getattr(choices, "titles", {})
    return Field(key, label, kind, required, synonyms, dict(choices or {}), exact, titles, choice_titles)


TAKEN = "import.references_taken"  # session.info: a batched import's references in use, by model


def _keeping_reference(model: str, create: Callable[[Session, dict[str, Any]], str]) -> Callable[..., str]:
    """`create`, giving the row the reference the file names when it is free in this store.

    A workbook the app wrote reads back with its own references; a reference already taken, or of
    another year's series, is not reused and the service numbers the row as any new one.
    """

    def keeping(session: Session, values: dict[str, Any]) -> str:
        from sqlalchemy import select

        module_name, _, class_name = model.rpartition(".")
        table = getattr(importlib.import_module(module_name), class_name)
        wanted = str(values.pop("reference", None) or "").strip().upper()
        taken = session.info.get(TAKEN)  # a batched import reads the references in use once
        if taken is not None and model not in taken:
            taken[model] = set(session.scalars(select(table.reference)))
        if wanted and (
            wanted not in taken[model]
            if taken is not None
            else session.scalar(select(table.id).where(table.reference == wanted)) is None
        ):
            session.info[references.WANTED] = wanted
        try:
            reference = create(session, values)
        finally:
            session.info.pop(references.WANTED, None)
        if taken is not None:
            taken[model].add(reference)
        return reference

    return keeping


def _reference_field(report: str, path: str) -> Field:
    return _field("reference", "Reference", report=(report, path), synonyms=("viite", "tunnus", "referens"))


# -- the request log ---------------------------------------------------------------------------

REQUEST_LOG = "request-log"
REQUEST_TYPES = {
    "access": ("pääsy", "tarkastus", "tarkastusoikeus", "oikeus saada pääsy tietoihin", "insyn", "tillgång"),
    "rectification": ("oikaisu", "tietojen oikaisu", "rättelse"),
    "erasure": ("poisto", "poistaminen", "tietojen poistaminen", "radering", "oikeus tulla unohdetuksi"),
    "restriction": ("rajoitus", "käsittelyn rajoittaminen", "begränsning", "begränsning av behandling"),
    "portability": ("siirto", "siirrettävyys", "tietojen siirrettävyys", "dataportabilitet", "flyttbarhet"),
    "objection": ("vastustus", "vastustaminen", "vastustamisoikeus", "invändning"),
    "consent-withdrawal": ("suostumuksen peruutus", "suostumuksen peruuttaminen", "återkallelse av samtycke"),
    "automated-decision": ("automaattinen päätöksenteko", "automatiserat beslut", "automatiserat beslutsfattande"),
    "unclassified": ("luokittelematon", "oklassificerad"),
}
CHANNELS = {
    "email": ("e-mail", "sähköposti", "e-post"),
    "web-form": ("web form", "verkkolomake", "lomake", "webbformulär"),
    "post": ("letter", "posti", "kirje", "brev"),
    "phone": ("telephone", "puhelin", "telefon"),
    "in-person": ("henkilökohtaisesti", "paikan päällä", "personligen"),
}
OUTCOMES = {
    "fulfilled": ("done", "toteutettu", "täytetty", "uppfylld", "genomförd"),
    "partially-fulfilled": ("partly fulfilled", "osittain toteutettu", "delvis uppfylld"),
    "refused": ("rejected", "hylätty", "kieltäydytty", "avslagen", "avslag"),
    "withdrawn": ("peruttu", "peruutettu", "återkallad"),
    "forwarded-to-controller": ("forwarded", "siirretty rekisterinpitäjälle", "vidarebefordrad"),
}
IDENTITY_STATES = ("not-needed", "requested", "received", "verified", "failed")
LANGUAGE_WORDS = {
    "fi": ("suomi", "finnish", "finska"),
    "sv": ("ruotsi", "swedish", "svenska"),
    "en": ("englanti", "english", "engelska"),
}
# Columns of the request log the service derives from the facts: known, and not imported.
REQUEST_LOG_DERIVED = (
    "article", "clock_start_on", "extension_not_told", "due_on", "due_rule", "status",
    "answered_on_time", "days_to_close", "overdue",
)  # fmt: skip


Words = Mapping[str, tuple[str, ...]]
# (field key, label, kind, the log's column, synonyms, (label section, value words) for words)
REQUEST_FIELDS: tuple[tuple[str, str, str, str, tuple[str, ...], tuple[str, Words] | None], ...] = (
    ("received", "Received", "date", "received_on", ("received on", "vastaanotettu", "saapunut", "mottagen"), None),
    ("type", "Type", "choice", "type", ("request type", "pyyntö", "laji", "typ"), ("types", REQUEST_TYPES)),
    ("subject", "Requester", "text", "subject_name", ("name", "nimi", "pyytäjä", "rekisteröity", "namn"), None),
    ("email", "E-mail", "text", "subject_email", ("email", "sähköposti", "e-post"), None),
    ("contact", "Other contact details", "text", "subject_contact", ("yhteystiedot",), None),
    ("details", "What they ask", "text", "details", ("details", "pyyntö tarkemmin", "kuvaus", "beskrivning"), None),
    ("channel", "Channel", "choice", "channel", ("kanava", "kanal"), ("channels", CHANNELS)),
    ("role", "Our role", "choice", "role", ("role", "rooli", "roll"), ("roles", ROLE_WORDS)),
    ("controller", "Controller", "text", "controller_name", ("rekisterinpitäjä", "personuppgiftsansvarig"), None),
    ("forwarded", "Forwarded to controller", "date", "forwarded_on", (), None),
    ("identity", "Identity", "choice", "identity_status", (), ("identity", {s: () for s in IDENTITY_STATES})),
    ("identity_requested", "Identity information asked", "date", "identity_requested_on", (), None),
    ("identity_received", "Identity information received", "date", "identity_received_on", (), None),
    ("identity_checked", "Identity checked", "date", "identity_checked_on", (), None),
    ("extended", "Extended on", "date", "extended_on", (), None),
    ("extension_reason", "Extension reason", "text", "extension_reason", ("jatkon syy", "förlängning"), None),
    ("extension_told", "Extension told", "date", "extension_told_on", (), None),
    ("outcome", "Outcome", "choice", "outcome", ("tulos", "ratkaisu", "utfall", "resultat"), ("outcomes", OUTCOMES)),
    ("reason", "Reasons", "text", "outcome_reason", ("perustelut", "syy", "skäl", "motivering"), None),
    ("replied", "Replied", "date", "replied_on", ("replied on", "vastattu", "vastaus lähetetty", "besvarad"), None),
)  # fmt: skip


def request_log_target() -> Target:

    def words(section: str, values: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        return words_of(REQUEST_LOG, {v: f"{section}.{v}" for v in values}, values)

    fields = [_reference_field(REQUEST_LOG, "columns.reference")]
    for key, label, kind, column, synonyms, vocabulary in REQUEST_FIELDS:
        choices = words(*vocabulary) if vocabulary else None
        required = key in ("received", "type", "subject")
        fields.append(_field(key, label, kind, required, report=(REQUEST_LOG, f"columns.{column}"),
                             synonyms=synonyms, choices=choices))  # fmt: skip
    language = (REQUEST_LOG, "columns.language")
    fields.append(_field("language", "Language", "choice", report=language, synonyms=("kieli", "språk"),
                         choices=LANGUAGE_WORDS))  # fmt: skip
    return Target(
        "requests",
        "Request log",
        tuple(fields),
        _keeping_reference("dpo_desk.store.models.requests.Request", _create_request),
        tuple(h for name in REQUEST_LOG_DERIVED for h in headers_of(REQUEST_LOG, f"columns.{name}")),
        batched=True,
    )


def _create_request(session: Session, v: dict[str, Any]) -> str:
    from dpo_desk.services import requests

    return requests.add_logged(session, v)  # add, record_identity, extend, forward/close: their own checks


# -- the breach register -----------------------------------------------------------------------

BREACH_REGISTER = "breach-register"
NOTIFICATION = "breach-notification"
NATURES = {
    "confidentiality": ("luottamuksellisuus", "sekretess", "konfidentialitet"),
    "integrity": ("eheys", "integritet", "riktighet"),
    "availability": ("saatavuus", "käytettävyys", "tillgänglighet"),
}
CAUSES = {
    "ransomware": ("kiristyshaittaohjelma", "ransomware-hyökkäys", "utpressningsprogram"),
    "data-exfiltration": ("exfiltration", "tietojen anastus", "tietomurto", "dataintrång"),
    "internal-human-error": ("human error", "inhimillinen virhe", "mänskligt misstag", "mänskligt fel"),
    "lost-or-stolen": ("lost", "stolen", "kadonnut", "varastettu", "förlorad", "stulen"),
    "misdelivery": ("wrong recipient", "väärä vastaanottaja", "fel mottagare", "felskickad"),
    "social-engineering": ("phishing", "tietojenkalastelu", "huijaus", "nätfiske", "social manipulation"),
    "other": ("muu", "annan", "övrigt"),
}
INTENTS = {"accidental": ("accident",), "deliberate": ("intentional",), "unknown": ()}
RISKS = {
    "none": ("no risk", "ei riskiä", "ei aiheudu riskiä", "ingen risk", "orsakar inte risk"),
    "risk": ("riski", "aiheutuu riski", "orsakar risk"),
    "high": ("high risk", "korkea riski", "aiheutuu korkea riski", "hög risk", "orsakar hög risk"),
    "undecided": ("undecided",),
}
COMMUNICATIONS = {"done": (), "planned": (), "exempt": (), "none": (), "not_required": ()}
# Columns of the breach register the service derives: known, and not imported.
BREACH_DERIVED = ("status", "authority_deadline", "enisa_score", "enisa_band", "notification_required",
                  "notified_late", "phases")  # fmt: skip
# (field key, label, kind, the register's label key, synonyms)
BREACH_FIELDS: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    ("title", "Title", "text", "title", ("breach", "otsikko", "loukkaus", "rubrik", "incident")),
    ("aware_at", "Became aware", "time", "aware_at", ("aware", "tietoiseksi", "blev medveten", "kännedom")),
    ("occurred_from", "Occurred", "time", "occurred_from", ("occurred", "tapahtui", "alkoi", "inträffade")),
    ("occurred_to", "Ended", "time", "occurred_to", ()),
    ("ongoing", "Ongoing", "boolean", "ongoing", ()),
    ("discovered_at", "Discovered", "time", "discovered_at", ("havaittu", "upptäckt")),
    ("how_found", "How detected", "text", "how_found", ()),
    ("description", "Description", "text", "description", ("kuvaus", "beskrivning", "what happened")),
    ("systems", "Systems", "text", "systems", ()),
    ("data_categories", "Data categories", "text", "data_categories", ("tietoryhmät", "kategorier av uppgifter")),
    ("special_categories", "Special categories", "boolean", "special_categories", ()),
    ("criminal_data", "Criminal data", "boolean", "criminal_data", ()),
    ("identity_codes", "Personal identity codes", "boolean", "identity_codes", ()),
    ("vulnerable_subjects", "Children or vulnerable", "boolean", "vulnerable", ()),
    ("subject_categories", "Data subject categories", "text", "subject_categories", ("rekisteröityjen ryhmät",)),
    ("subjects_approx", "Data subjects", "integer", "subjects_approx", ("rekisteröityjä", "antal registrerade")),
    ("records_approx", "Records", "integer", "records_approx", ("tietueita", "antal poster")),
    ("member_states", "Other member states", "countries", "member_states", ()),
    ("consequences", "Consequences", "text", "consequences", ("seuraukset", "följder")),
    ("measures_before", "Security before", "text", "measures_before", ()),
    ("measures_taken", "Measures taken", "text", "measures_taken", ("toimenpiteet", "vidtagna åtgärder")),
    ("measures_proposed", "Measures proposed", "text", "measures_proposed", ("ehdotetut toimenpiteet",)),
    ("controller_name", "Controller", "text", "controller_name", ()),
    ("controller_told_at", "Controller told", "time", "controller_told_at", ()),
    ("risk_reasoning", "Risk reasoning", "text", "risk_reasoning", ("riskin perustelut", "motivering")),
    ("notified_at", "Notified", "time", "first_notified_at", ("ilmoitettu", "anmäld", "notified to the authority")),
    ("late_reason", "Reasons for delay", "text", "late_reason", ("viivästyksen syy", "skäl för dröjsmål")),
    ("authority_reference", "Authority's reference", "text", "authority_references", ("diaarinumero", "diarienummer")),
    ("communicated_at", "Informed at", "time", "communicated_at", ()),
    ("communication_method", "How informed", "text", "communication_method", ()),
    ("exemption", "Art. 34(3) ground", "text", "exemption", ()),
    ("exemption_reason", "Why the exemption applies", "text", "exemption_reason", ()),
    ("closed_at", "Closed", "time", "closed_at", ()),
    ("closing_summary", "Closing summary", "text", "closing_summary", ()),
    ("subjects_estimated", "Data subjects estimated", "boolean", "subjects_estimated", ()),
    ("records_estimated", "Records estimated", "boolean", "records_estimated", ()),
    ("processor_name", "Processor", "text", "processor_name", ()),
    ("processor_told_at", "Processor told us", "time", "processor_told_at", ()),
    ("joint_controllers", "Joint controllers", "text", "joint_controllers", ()),
    ("notifier_name", "Notifier", "text", "notifier_name", ()),
    ("enisa_dpc", "ENISA DPC", "text", "enisa_dpc", ()),
    ("enisa_ei", "ENISA EI", "text", "enisa_ei", ()),
    ("enisa_cb", "ENISA CB", "text", "enisa_cb", ()),
    ("enisa_cb_confidentiality", "ENISA CB confidentiality", "text", "enisa_cb_confidentiality", ()),
    ("enisa_cb_integrity", "ENISA CB integrity", "text", "enisa_cb_integrity", ()),
    ("enisa_cb_availability", "ENISA CB availability", "text", "enisa_cb_availability", ()),
    ("enisa_malicious", "ENISA malicious intent", "boolean", "enisa_malicious", ()),
    ("communicated_count", "Data subjects informed", "integer", "communicated_count", ()),
    ("lead_authority", "Lead authority", "text", "lead_authority", ()),
    ("other_authorities", "Other authorities", "text", "other_authorities", ()),
    ("other_notifications", "Other notifications", "text", "other_notifications", ()),
    ("attachments_note", "Attachments", "text", "attachments_note", ()),
)  # fmt: skip
PHASES = {"initial": ("preliminary",), "supplementary": ()}
# Facts recorded after the breach is logged, each by its own step of the service.
_BREACH_STEPS = ("notified_at", "late_reason", "authority_reference", "communication", "communicated_at",
                 "communication_method", "communicated_count", "exemption", "exemption_reason", "closed_at",
                 "closing_summary", "notifications")  # fmt: skip


def breach_register_target() -> Target:

    def terms(
        prefix: str, values: Mapping[str, tuple[str, ...]], report: str = NOTIFICATION
    ) -> dict[str, tuple[str, ...]]:
        return words_of(report, {v: f"{prefix}{v}" for v in values}, values)

    fields = [_reference_field(BREACH_REGISTER, "reference")] + [
        _field(key, label, kind, key in ("title", "aware_at"), report=(BREACH_REGISTER, label_key), synonyms=synonyms)
        for key, label, kind, label_key, synonyms in BREACH_FIELDS
    ]
    fields[7:7] = [
        _field("nature", "Nature", "choices", report=(BREACH_REGISTER, "nature"), synonyms=("luonne", "tyyppi", "art"),
               choices=terms("nature_", NATURES)),
        _field("cause", "Cause", "choice", report=(BREACH_REGISTER, "cause"), synonyms=("syy", "orsak"),
               choices=terms("cause_", CAUSES)),
        _field("intent", "Accidental or deliberate", "choice", report=(BREACH_REGISTER, "intent"),
               choices=terms("intent_", INTENTS)),
    ]  # fmt: skip
    fields += [
        _field("role", "Our role", "choice", report=(BREACH_REGISTER, "role"), synonyms=("rooli", "roll"),
               choices=terms("role_", {k: ROLE_WORDS[k] for k in ROLE_WORDS}, BREACH_REGISTER)),
        _field("risk", "Risk", "choice", report=(BREACH_REGISTER, "risk"), synonyms=("riski", "risknivå", "risk level"),
               choices=terms("risk_", RISKS, BREACH_REGISTER)),
        _field("communication", "Data subjects informed", "choice", report=(BREACH_REGISTER, "communication"),
               choices=terms("comm_", COMMUNICATIONS, BREACH_REGISTER)),
    ]  # fmt: skip
    derived = tuple(h for name in BREACH_DERIVED for h in headers_of(BREACH_REGISTER, name))
    create = _keeping_reference("dpo_desk.store.models.breaches.Breach", _create_breach)
    phases = Detail(
        "notifications",
        "Notifications",
        (
            _reference_field(BREACH_REGISTER, "reference"),
            _field("phase", "Phase", "choice", report=(BREACH_REGISTER, "phase"),
                   choices=terms("phase_", PHASES, BREACH_REGISTER)),
            _field("sent_at", "Sent", "time", True, report=(BREACH_REGISTER, "sent_at")),
            _field("late_reason", "Reasons for the delay", report=(BREACH_REGISTER, "late_reason")),
            _field("authority_reference", "Authority's case number", report=(BREACH_REGISTER, "authority_reference")),
            _field("content", "Contents", report=(BREACH_REGISTER, "content")),
        ),
    )  # fmt: skip
    notes_headers = ("number", "notified_late")  # of the notifications sheet: derived
    derived += tuple(h for name in notes_headers for h in headers_of(BREACH_REGISTER, name))
    return Target("breaches", "Breach register", tuple(fields), create, derived, (phases,))


def _create_breach(session: Session, v: dict[str, Any]) -> str:
    from dpo_desk.services import breaches

    dropped = {"risk": "undecided"}
    facts = {
        k: value
        for k, value in v.items()
        if k not in _BREACH_STEPS and value not in (None, "", []) and dropped.get(k) != value
    }
    reference = breaches.add(session, **facts).reference
    phases = v.get("notifications")
    if phases is None and v.get("notified_at"):  # a register without its notifications sheet: the first one
        phases = [{k: v.get(k) for k in ("late_reason", "authority_reference")} | {"sent_at": v["notified_at"]}]
    for phase in sorted(phases or [], key=lambda p: p["sent_at"]):
        breaches.notify(
            session,
            reference,
            phase["sent_at"],
            content=phase.get("content") or "",
            late_reason=phase.get("late_reason") or "",
            authority_reference=phase.get("authority_reference") or "",
            phase=phase.get("phase"),
        )
    if v.get("communication") in ("done", "planned", "exempt"):
        ground = re.search(r"\(([abc])\)\s*$", v.get("exemption") or "")
        breaches.communicate(
            session,
            reference,
            status=v["communication"],
            at=v.get("communicated_at"),
            method=v.get("communication_method") or "",
            count=v.get("communicated_count"),
            exemption=ground[1] if ground else (v.get("exemption") or ""),
            reason=v.get("exemption_reason") or "",
        )
    if v.get("closed_at") or v.get("closing_summary"):
        breaches.close(session, reference, v.get("closing_summary") or "", at=v.get("closed_at"))
    return reference


# -- the subprocessor register -----------------------------------------------------------------

SUBPROCESSOR_REGISTER = "subprocessor-register"
MECHANISMS = {
    "eea": ("ETA", "EES", "EU", "EU/ETA", "EU/EES", "inside the EEA"),
    "adequacy": ("riittävyyspäätös", "tietosuojan riittävyys", "adekvat skyddsnivå", "beslut om adekvat skyddsnivå"),
    "scc": (
        "SCC",
        "SCCs",
        "standard contractual clauses",
        "vakiolausekkeet",
        "mallisopimuslausekkeet",
        "standardavtalsklausuler",
    ),
    "bcr": (
        "BCR",
        "BCRs",
        "binding corporate rules",
        "yritystä koskevat sitovat säännöt",
        "bindande företagsbestämmelser",
    ),
    "derogation": ("Art. 49", "poikkeus", "undantag"),
    "none": ("ei mitään", "ingen", "puuttuu", "saknas"),
}
STATUSES = {
    "planned": ("suunniteltu", "planerad"),
    "announced": ("ilmoitettu", "tiedotettu", "aviserad"),
    "active": ("käytössä", "aktiivinen", "aktiv", "i bruk"),
    "retired": ("poistettu käytöstä", "lopetettu", "avvecklad"),
}
# (field key, label, kind, the register's label key, synonyms)
REGISTER_FIELDS: tuple[tuple[str, str, str, str | None, tuple[str, ...]], ...] = (
    ("name", "Name", "text", "col_name", ("subprocessor", "alihankkija", "nimi", "underbiträde", "namn")),
    ("service", "Service", "text", "col_service", ("palvelu", "tjänst", "what they do")),
    ("country", "Country", "country", "col_country", ("maa", "sijaintimaa", "land", "country of establishment")),
    ("locations", "Processing countries", "countries", "col_processing",
     ("käsittelymaat", "sijainnit", "behandlingsländer", "processing locations")),
    ("purpose", "Purpose", "text", "col_purpose", ("tarkoitus", "ändamål", "why")),
    ("legal_entity_id", "Legal entity id", "text", "col_entity", ("y-tunnus", "business id", "org.nr")),
    ("address", "Address", "text", "col_address", ("osoite", "adress")),
    ("data_categories", "Data categories", "list", "col_data", ("tietoryhmät", "kategorier av uppgifter")),
    ("subject_categories", "Data subject categories", "list", "col_subjects",
     ("rekisteröityjen ryhmät", "kategorier av registrerade")),
    ("serves", "Serves", "text", "col_serves", ("customers", "asiakkaat", "palvelut", "kunder")),
    ("dpa_signed", "DPA signed", "date", "col_dpa",
     ("DPA", "käsittelysopimus", "personuppgiftsbiträdesavtal", "data processing agreement")),
    ("planned_on", "Planned on", "date", "col_planned_on", ()),
    ("announced_on", "Announced on", "date", "col_announced_on", ()),
    ("active_from", "Active from", "date", "col_active_from", ()),
    ("retired_on", "Retired on", "date", "col_retired_on", ()),
    ("scc_module", "SCC module", "integer", "col_scc_module", ("SCC moduuli", "SCC-modul", "module")),
    ("derogation", "Art. 49 derogation", "text", "col_derogation", ("poikkeusperuste", "undantagsgrund")),
    ("dpf_certified", "DPF certified", "boolean", "col_dpf", ("DPF", "Data Privacy Framework")),
    ("tia", "Transfer impact assessment", "date", "col_tia", ("TIA", "siirtovaikutusten arviointi")),
    ("tia_review", "TIA review", "date", "col_tia_review", ("TIA review on", "TIA tarkistus", "TIA översyn")),
    ("contact", "Contact", "text", "col_contact", ("yhteystiedot", "kontakt")),
    ("website", "Web address", "text", "col_website", ("web", "url", "verkkosivu", "webbplats")),
    ("notes", "Notes", "text", "col_notes", ("huomautukset", "lisätiedot", "anteckningar")),
)  # fmt: skip
REGISTER_DERIVED = ("col_warnings",)
# the register service's name of a field → its key here (the command line's words, as `--map` takes them)
REGISTER_SERVICE_NAMES = {
    "processing_countries": "locations",
    "dpa_signed_on": "dpa_signed",
    "safeguard": "mechanism",
    "tia_on": "tia",
    "tia_review_on": "tia_review",
}


def register_target() -> Target:

    def words(section: str, values: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        return words_of(SUBPROCESSOR_REGISTER, {v: f"{section}.{v}" for v in values}, values)

    fields = [_reference_field(SUBPROCESSOR_REGISTER, "col_reference")] + [
        _field(key, label, kind, key in ("name", "service", "country"),
               report=(SUBPROCESSOR_REGISTER, label_key) if label_key else None, synonyms=synonyms)
        for key, label, kind, label_key, synonyms in REGISTER_FIELDS
    ]  # fmt: skip
    fields[12:12] = [
        _field("status", "Status", "choice", report=(SUBPROCESSOR_REGISTER, "col_status"),
               synonyms=("tila", "status"), choices=words("status", STATUSES)),
        _field("mechanism", "Safeguard", "choice", report=(SUBPROCESSOR_REGISTER, "col_safeguard"),
               synonyms=("siirtoperuste", "suojatoimi", "skyddsåtgärd", "transfer mechanism"),
               choices=words("safeguard", MECHANISMS)),
    ]  # fmt: skip
    derived = tuple(h for name in REGISTER_DERIVED for h in headers_of(SUBPROCESSOR_REGISTER, name))
    create = _keeping_reference("dpo_desk.store.models.register.Subprocessor", _create_subprocessor)

    def column(key: str) -> tuple[str, str]:
        return (SUBPROCESSOR_REGISTER, key)

    transfers = Detail(
        "transfers",
        "Transfers",
        (
            _reference_field(SUBPROCESSOR_REGISTER, "col_reference"),
            _field("country", "Country", "country", True, report=column("col_transfer_country")),
            _field("safeguard", "Safeguard", "choice", report=column("col_safeguard"),
                   choices=words("safeguard", MECHANISMS)),
            _field("scc_module", "SCC module", "integer", report=column("col_scc_module")),
            _field("scc_version", "SCC version", report=column("col_scc_version")),
            _field("derogation", "Art. 49(1) derogation", report=column("col_derogation")),
            _field("tia_on", "Transfer impact assessment", "date", report=column("col_tia")),
            _field("tia_review_on", "Assessment review", "date", report=column("col_tia_review")),
            _field("supplementary_measures", "Supplementary measures", report=column("col_measures")),
            _field("fallback_safeguard", "Fallback safeguard", "choice", report=column("col_fallback_safeguard"),
                   choices=words("safeguard", {k: MECHANISMS[k] for k in ("scc", "bcr")})),
            _field("fallback_scc_module", "Fallback SCC module", "integer", report=column("col_fallback_module")),
        ),
    )  # fmt: skip
    return Target(
        "register", "Subprocessor register", tuple(fields), create, derived, (transfers,), REGISTER_SERVICE_NAMES
    )


def _create_subprocessor(session: Session, v: dict[str, Any]) -> str:
    from dpo_desk.services import register

    safeguard = register.check_safeguard(
        v.get("mechanism"),
        scc_module=v.get("scc_module"),
        derogation=v.get("derogation") or "",
        tia_on=v.get("tia"),
        tia_review_on=v.get("tia_review"),
    )
    renamed = {key: name for name, key in REGISTER_SERVICE_NAMES.items() if key in ("locations", "dpa_signed")}
    skipped = {"mechanism", "scc_module", "derogation", "tia", "tia_review", "retired_on", "transfers"}
    fields = {renamed.get(k, k): value for k, value in v.items() if k not in skipped and value not in (None, "", [])}
    fields["dpf_certified"] = bool(v.get("dpf_certified"))
    retired = fields.get("status") == "retired"
    if retired:  # an entry is added first and retired on its day, as the register records it
        fields["status"] = "active" if fields.get("active_from") else "planned"
    transfers = v.get("transfers")
    reference = register.add(session, safeguard=safeguard if transfers is None else None, **fields)
    for transfer in transfers or []:  # the workbook's transfers sheet: each country's own safeguard
        parts = {k: value for k, value in transfer.items() if k not in ("reference", "country", "safeguard")}
        chosen = register.check_safeguard(transfer.get("safeguard"), **parts)
        register.set_transfer(session, reference, transfer["country"], chosen)
    if retired:
        register.retire(session, reference, on=v.get("retired_on"))
    return reference


# -- the record of processing activities -------------------------------------------------------

RECORDS = "records"
# (field key, label, kind, the record's column, synonyms)
RECORD_FIELDS: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    ("name", "Name", "text", "col_name", ("käsittelytoimi", "processing activity", "behandling")),
    ("controllers", "Controllers", "lines", "col_controllers", ()),
    ("controller_contacts", "Controllers' contact details", "lines", "col_controller_contacts", ()),
    ("description", "Description", "text", "col_description", ("kuvaus", "beskrivning")),
    ("subject_categories", "Data subjects", "lines", "col_subjects", ("rekisteröidyt", "registrerade")),
    ("data_categories", "Personal data", "lines", "col_data", ("henkilötiedot", "personuppgifter")),
    ("special_categories", "Special categories", "lines", "col_special", ()),
    ("criminal_categories", "Criminal data", "lines", "col_criminal", ()),
    ("sources", "Sources", "lines", "col_sources", ("lähteet", "källor")),
    ("recipients", "Recipients", "lines", "col_recipients", ("vastaanottajat", "mottagare")),
    ("subprocessors", "Subprocessors", "lines", "col_subprocessors", ()),
    ("retention", "Erasure time limits", "text", "col_retention", ("säilytysaika", "retention", "lagringstid")),
    ("security_measures", "Security measures", "text", "col_security", ()),
    ("systems", "Systems", "lines", "col_systems", ("järjestelmät", "system")),
    ("owner", "Owner", "text", "col_owner", ("omistaja", "ägare")),
    ("last_reviewed_on", "Last reviewed", "date", "col_last_review", ()),
    ("next_review_on", "Next review", "date", "col_next_review", ()),
    ("dpia_criteria", "Screening criteria", "lines", "col_dpia_criteria", ()),
    ("screened_on", "Screened on", "date", "col_screened_on", ()),
)  # fmt: skip
# Columns the record derives (from the purposes, the linked subprocessors, the assessment): not imported.
# The processor's record (Art. 30(2)) heads the same facts with its own labels.
PROCESSOR_HEADINGS = {
    "col_subjects": "col_subjects_other",
    "col_data": "col_data_other",
    "col_recipients": "col_recipients_other",
    "col_retention": "col_retention_other",
    "col_security": "col_security_processor",
}
RECORD_DERIVED = (
    "col_purposes",
    "col_legal_bases",
    "col_special_conditions",
    "col_transfers",
    "col_dpia",
    "col_controllers_processor",
    "col_processing_processor",
    "col_transfers_processor",
)
_SUBPROCESSOR_REFERENCE = re.compile(r"\((SP-\d+)\)\s*$|^(SP-\d+)$")


def _processor_headings(label_key: str) -> tuple[str, ...]:
    alternative = PROCESSOR_HEADINGS.get(label_key)
    return headers_of(RECORDS, alternative) if alternative else ()


def record_target() -> Target:

    def words(section: str, values: Iterable[str]) -> dict[str, tuple[str, ...]]:
        return words_of(RECORDS, {v: f"{section}.{v}" for v in values})

    def column(key: str) -> tuple[str, str]:
        return (RECORDS, key)

    from dpo_desk.services import records

    fields = [
        _reference_field(RECORDS, "col_reference"),
        *(_field(key, label, kind, key == "name", report=column(label_key),
                 synonyms=synonyms + _processor_headings(label_key))
          for key, label, kind, label_key, synonyms in RECORD_FIELDS),
        _field("role", "Role", "choice", True, report=column("col_role"), choices=words("roles", records.ROLES)),
        _field("status", "Status", "choice", report=column("col_status"), choices=words("statuses", records.STATUSES)),
    ]  # fmt: skip
    purposes = Detail(
        "purposes",
        "Purposes",
        (
            _reference_field(RECORDS, "col_reference"),
            _field("purpose", "Purpose", "text", True, report=column("col_purpose")),
            _field("legal_basis", "Legal basis", "choice", report=column("col_legal_basis"),
                   choices=words("legal_bases", records.LEGAL_BASES)),
            _field("special_condition", "Art. 9(2) condition", "choice", report=column("col_special_condition"),
                   choices=words("special_conditions", records.SPECIAL_CONDITIONS)),
            _field("balancing_on", "Balancing test on", "date", report=column("col_balancing_on")),
            _field("balancing_conclusion", "Balancing test conclusion", report=column("col_balancing_conclusion")),
        ),
    )  # fmt: skip
    by_hand = Detail(
        "transfers",
        "Transfers entered by hand",
        (
            _reference_field(RECORDS, "col_reference"),
            _field("country", "Country", "country", True, report=column("col_country")),
            _field("safeguard", "Safeguard", "choice", True, report=column("col_safeguard"),
                   choices=words("safeguards", MECHANISMS)),
            _field("detail", "Detail", report=column("col_detail")),
            _field("recipient", "Recipient", report=column("col_recipient")),
        ),
    )  # fmt: skip
    derived = tuple(h for name in RECORD_DERIVED for h in headers_of(RECORDS, name))
    create = _keeping_reference("dpo_desk.store.models.records.ProcessingActivity", _create_activity)
    return Target("records", "Record of processing activities", tuple(fields), create, derived, (purposes, by_hand))


def _create_activity(session: Session, v: dict[str, Any]) -> str:
    from dpo_desk.services import dpia, records

    linked = []
    for line in v.get("subprocessors") or []:  # "Pilvi Oy (SP-0003)", as the record names them
        found = _SUBPROCESSOR_REFERENCE.search(line.strip().upper())
        linked.append(found[1] or found[2] if found else line)
    screening = {k: v.pop(k, None) for k in ("dpia_criteria", "screened_on")}
    purposes = [records.PurposeInput(**{k: x for k, x in p.items() if k != "reference" and x is not None})
                for p in v.pop("purposes", None) or []]  # fmt: skip
    transfers = [records.TransferInput(**{k: x or "" for k, x in t.items() if k != "reference"})
                 for t in v.pop("transfers", None) or []]  # fmt: skip
    facts = {k: x for k, x in v.items() if x not in (None, "", []) and k not in ("name", "role", "subprocessors")}
    reference = records.add_activity(
        session, name=v["name"], role=v["role"], purposes=purposes, transfers=transfers, subprocessors=linked, **facts
    )
    if screening["dpia_criteria"] or screening["screened_on"]:
        dpia.screen_activity(session, reference, screening["dpia_criteria"] or [], on=screening["screened_on"])
    return reference


# The functions building each target, in the order the window offers them.
BUILDERS: tuple[Callable[[], Target], ...] = (
    register_target,
    request_log_target,
    breach_register_target,
    record_target,
)

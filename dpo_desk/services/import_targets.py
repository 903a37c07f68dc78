"""The registers a spreadsheet can be imported into, each storing rows through its module's service.

Headers are matched in English, Finnish and Swedish, as people name their columns; a header not
listed here can still be mapped by hand (`--map "Header=field"`, or the window's mapping step).
Field keys are the command line's option names, so a service's refusal ("--aware-at: ...") is shown
in the column it came from.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from dpo_desk.services.import_fields import Field, Target

# module -> name of the function there that builds its target (in the order the window offers them)
BUILDERS: tuple[tuple[str, str], ...] = (
    (__name__, "register_target"),
    (__name__, "request_log_target"),
    (__name__, "breach_register_target"),
)

ROLE_WORDS = {
    "controller": ("rekisterinpitäjä", "personuppgiftsansvarig"),
    "processor": ("käsittelijä", "henkilötietojen käsittelijä", "personuppgiftsbiträde", "biträde"),
}


def available() -> list[Target]:
    found: list[Target] = []
    for module_name, builder_name in BUILDERS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as missing:
            if missing.name != module_name:
                raise
            continue
        builder: Callable[[], Target | None] | None = getattr(module, builder_name, None)
        target = builder() if builder is not None else None
        if target is not None:
            found.append(target)
    return found


def _has(module: str) -> bool:
    try:
        importlib.import_module(f"dpo_desk.services.{module}")
    except ModuleNotFoundError:
        return False
    return True


# -- the request log ---------------------------------------------------------------------------

REQUEST_TYPES = {
    "access": ("pääsy", "tarkastus", "tarkastusoikeus", "oikeus saada pääsy tietoihin", "insyn", "tillgång"),
    "rectification": ("oikaisu", "tietojen oikaisu", "rättelse"),
    "erasure": ("poisto", "poistaminen", "tietojen poistaminen", "radering", "oikeus tulla unohdetuksi"),
    "restriction": ("rajoitus", "käsittelyn rajoittaminen", "begränsning", "begränsning av behandling"),
    "portability": ("siirto", "siirrettävyys", "tietojen siirrettävyys", "dataportabilitet", "flyttbarhet"),
    "objection": ("vastustus", "vastustaminen", "vastustamisoikeus", "invändning"),
    "consent-withdrawal": ("suostumuksen peruutus", "suostumuksen peruuttaminen", "återkallelse av samtycke"),
    "automated-decision": ("automaattinen päätöksenteko", "automatiserat beslut", "automatiserat beslutsfattande"),
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


def request_log_target() -> Target | None:
    if not _has("requests"):
        return None
    return Target(
        "requests",
        "Request log",
        (
            Field("received", "Received", "date", True, ("received on", "vastaanotettu", "saapunut", "mottagen")),
            Field("type", "Type", "choice", True, ("request type", "pyyntö", "laji", "typ"), REQUEST_TYPES),
            Field("subject", "Requester", "text", True, ("name", "nimi", "pyytäjä", "rekisteröity", "namn")),
            Field("email", "E-mail", "text", False, ("email", "sähköposti", "e-post")),
            Field("details", "What they ask", "text", False, ("details", "pyyntö tarkemmin", "kuvaus", "beskrivning")),
            Field("channel", "Channel", "choice", False, ("kanava", "kanal"), CHANNELS),
            Field("role", "Our role", "choice", False, ("role", "rooli", "roll"), ROLE_WORDS),
            Field("controller", "Controller", "text", False, ("rekisterinpitäjä", "personuppgiftsansvarig")),
            Field("extension_reason", "Extension reason", "text", False, ("jatkon syy", "förlängning")),
            Field("outcome", "Outcome", "choice", False, ("tulos", "ratkaisu", "utfall", "resultat"), OUTCOMES),
            Field("reason", "Reasons", "text", False, ("perustelut", "syy", "skäl", "motivering")),
            Field("replied", "Replied", "date", False, ("replied on", "vastattu", "vastaus lähetetty", "besvarad")),
        ),
        _create_request,
    )


def _create_request(session: Session, v: dict[str, Any]) -> str:
    from dpo_desk.services import requests

    reference = requests.add(
        session,
        type=v["type"],
        received=v["received"],
        subject=v["subject"],
        email=v.get("email") or "",
        details=v.get("details") or "",
        channel=v.get("channel") or "email",
        role=v.get("role") or "controller",
        controller=v.get("controller") or "",
    )
    if v.get("extension_reason"):
        requests.extend(session, reference, v["extension_reason"], on=v["received"])
    if v.get("outcome"):
        requests.close(session, reference, v["outcome"], v.get("reason") or "", replied_on=v.get("replied"))
    return reference


# -- the breach register -----------------------------------------------------------------------

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
RISKS = {
    "none": ("no risk", "ei riskiä", "ei aiheudu riskiä", "ingen risk", "orsakar inte risk"),
    "risk": ("riski", "aiheutuu riski", "orsakar risk"),
    "high": ("high risk", "korkea riski", "aiheutuu korkea riski", "hög risk", "orsakar hög risk"),
}


def breach_register_target() -> Target | None:
    if not _has("breaches"):
        return None
    return Target(
        "breaches",
        "Breach register",
        (
            Field("title", "Title", "text", True, ("breach", "otsikko", "loukkaus", "rubrik", "incident")),
            Field("aware_at", "Became aware", "time", True, ("aware", "tietoiseksi", "blev medveten", "kännedom")),
            Field("occurred_at", "Occurred", "time", False, ("tapahtui", "alkoi", "inträffade")),
            Field("discovered_at", "Discovered", "time", False, ("havaittu", "upptäckt")),
            Field("nature", "Nature", "choices", False, ("luonne", "tyyppi", "art"), NATURES),
            Field("cause", "Cause", "choice", False, ("syy", "orsak"), CAUSES),
            Field("description", "Description", "text", False, ("kuvaus", "beskrivning", "what happened")),
            Field("data_categories", "Data categories", "text", False, ("tietoryhmät", "kategorier av uppgifter")),
            Field("subject_categories", "Data subject categories", "text", False, ("rekisteröityjen ryhmät",)),
            Field("subjects_approx", "Data subjects", "integer", False, ("rekisteröityjä", "antal registrerade")),
            Field("records_approx", "Records", "integer", False, ("tietueita", "antal poster")),
            Field("consequences", "Consequences", "text", False, ("seuraukset", "följder")),
            Field("measures_taken", "Measures taken", "text", False, ("toimenpiteet", "vidtagna åtgärder")),
            Field("measures_proposed", "Measures proposed", "text", False, ("ehdotetut toimenpiteet",)),
            Field("risk", "Risk", "choice", False, ("riski", "risknivå", "risk level"), RISKS),
            Field("risk_reasoning", "Risk reasoning", "text", False, ("riskin perustelut", "motivering")),
            Field("role", "Our role", "choice", False, ("rooli", "roll"), ROLE_WORDS),
            Field("notified_at", "Notified", "time", False, ("ilmoitettu", "anmäld", "notified to the authority")),
            Field("late_reason", "Reasons for delay", "text", False, ("viivästyksen syy", "skäl för dröjsmål")),
            Field("authority_reference", "Authority's reference", "text", False, ("diaarinumero", "diarienummer")),
        ),
        _create_breach,
    )


def _create_breach(session: Session, v: dict[str, Any]) -> str:
    from dpo_desk.services import breaches

    renamed = {"occurred_at": "occurred_from"}
    skipped = {"notified_at", "late_reason", "authority_reference"}
    fields = {renamed.get(k, k): value for k, value in v.items() if k not in skipped and value not in (None, "", [])}
    view = breaches.add(session, **fields)
    if v.get("notified_at"):
        breaches.notify(
            session,
            view.reference,
            v["notified_at"],
            late_reason=v.get("late_reason") or "",
            authority_reference=v.get("authority_reference") or "",
        )
    return view.reference


# -- the subprocessor register -----------------------------------------------------------------


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


def register_target() -> Target | None:
    if not _has("register"):
        return None
    return Target(
        "register",
        "Subprocessor register",
        (
            Field("name", "Name", "text", True, ("subprocessor", "alihankkija", "nimi", "underbiträde", "namn")),
            Field("service", "Service", "text", True, ("palvelu", "tjänst", "what they do")),
            Field("country", "Country", "country", True, ("maa", "sijaintimaa", "land", "country of establishment")),
            Field(
                "locations",
                "Processing countries",
                "countries",
                False,
                ("käsittelymaat", "sijainnit", "behandlingsländer", "processing locations"),
            ),
            Field("purpose", "Purpose", "text", False, ("tarkoitus", "ändamål", "why")),
            Field("legal_entity_id", "Legal entity id", "text", False, ("y-tunnus", "business id", "org.nr")),
            Field("address", "Address", "text", False, ("osoite", "adress")),
            Field("data_categories", "Data categories", "list", False, ("tietoryhmät", "kategorier av uppgifter")),
            Field(
                "subject_categories",
                "Data subject categories",
                "list",
                False,
                ("rekisteröityjen ryhmät", "kategorier av registrerade"),
            ),
            Field("serves", "Serves", "text", False, ("customers", "asiakkaat", "palvelut", "kunder")),
            Field(
                "dpa_signed",
                "DPA signed",
                "date",
                False,
                ("DPA", "käsittelysopimus", "personuppgiftsbiträdesavtal", "data processing agreement"),
            ),
            Field("status", "Status", "choice", False, ("tila", "status"), STATUSES),
            Field(
                "mechanism",
                "Safeguard",
                "choice",
                False,
                ("siirtoperuste", "suojatoimi", "skyddsåtgärd", "transfer mechanism"),
                MECHANISMS,
            ),
            Field("scc_module", "SCC module", "integer", False, ("SCC moduuli", "SCC-modul", "module")),
            Field("derogation", "Art. 49 derogation", "text", False, ("poikkeusperuste", "undantagsgrund")),
            Field("dpf_certified", "DPF certified", "boolean", False, ("DPF", "Data Privacy Framework")),
            Field("tia", "Transfer impact assessment", "date", False, ("TIA", "siirtovaikutusten arviointi")),
            Field("tia_review", "TIA review", "date", False, ("TIA review on", "TIA tarkistus", "TIA översyn")),
            Field("contact", "Contact", "text", False, ("yhteystiedot", "kontakt")),
            Field("website", "Web address", "text", False, ("web", "url", "verkkosivu", "webbplats")),
            Field("notes", "Notes", "text", False, ("huomautukset", "lisätiedot", "anteckningar")),
        ),
        _create_subprocessor,
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
    renamed = {"locations": "processing_countries", "dpa_signed": "dpa_signed_on"}
    skipped = {"mechanism", "scc_module", "derogation", "tia", "tia_review"}
    fields = {renamed.get(k, k): value for k, value in v.items() if k not in skipped and value not in (None, "", [])}
    fields["dpf_certified"] = bool(v.get("dpf_certified"))
    return register.add(session, safeguard=safeguard, **fields)

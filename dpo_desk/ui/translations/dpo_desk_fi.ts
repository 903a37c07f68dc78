<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>— none recorded —</source>
        <translation>— ei kirjattu —</translation>
    </message>
    <message>
        <source>Consent, Art. 6(1)(a)</source>
        <translation>Suostumus, 6 art. 1 a</translation>
    </message>
    <message>
        <source>Contract, Art. 6(1)(b)</source>
        <translation>Sopimus, 6 art. 1 b</translation>
    </message>
    <message>
        <source>Legal obligation, Art. 6(1)(c)</source>
        <translation>Lakisääteinen velvoite, 6 art. 1 c</translation>
    </message>
    <message>
        <source>Vital interests, Art. 6(1)(d)</source>
        <translation>Elintärkeät edut, 6 art. 1 d</translation>
    </message>
    <message>
        <source>Public task, Art. 6(1)(e)</source>
        <translation>Yleisen edun mukainen tehtävä, 6 art. 1 e</translation>
    </message>
    <message>
        <source>Legitimate interests, Art. 6(1)(f)</source>
        <translation>Oikeutettu etu, 6 art. 1 f</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ei mitään —</translation>
    </message>
    <message>
        <source>(a) Explicit consent</source>
        <translation>(a) Nimenomainen suostumus</translation>
    </message>
    <message>
        <source>(b) Employment and social security law</source>
        <translation>(b) Työ- ja sosiaaliturvaoikeus</translation>
    </message>
    <message>
        <source>(c) Vital interests</source>
        <translation>(c) Elintärkeät edut</translation>
    </message>
    <message>
        <source>(d) Not-for-profit body</source>
        <translation>(d) Voittoa tavoittelematon yhteisö</translation>
    </message>
    <message>
        <source>(e) Made public by the data subject</source>
        <translation>(e) Rekisteröidyn julkistamat tiedot</translation>
    </message>
    <message>
        <source>(f) Legal claims</source>
        <translation>(f) Oikeusvaateet</translation>
    </message>
    <message>
        <source>(g) Substantial public interest</source>
        <translation>(g) Tärkeä yleinen etu</translation>
    </message>
    <message>
        <source>(h) Health or social care</source>
        <translation>(h) Terveydenhuolto tai sosiaalihuolto</translation>
    </message>
    <message>
        <source>(i) Public health</source>
        <translation>(i) Kansanterveys</translation>
    </message>
    <message>
        <source>(j) Archiving, research, statistics</source>
        <translation>(j) Arkistointi, tutkimus, tilastot</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Rekisterinpitäjä</translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation>Yhteisrekisterinpitäjä</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Poistunut</translation>
    </message>
    <message>
        <source>Standard contractual clauses</source>
        <translation>Vakiosopimuslausekkeet</translation>
    </message>
    <message>
        <source>Adequacy decision</source>
        <translation>Tietosuojan riittävyyttä koskeva päätös</translation>
    </message>
    <message>
        <source>Binding corporate rules</source>
        <translation>Yritystä koskevat sitovat säännöt</translation>
    </message>
    <message>
        <source>Derogation (Art. 49)</source>
        <translation>Poikkeus (49 art.)</translation>
    </message>
    <message>
        <source>No safeguard</source>
        <translation>Ei suojatoimia</translation>
    </message>
    <message>
        <source>Within the EEA</source>
        <translation>ETA:n sisällä</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Muokkaa: {0}</translation>
    </message>
    <message>
        <source>New processing activity</source>
        <translation>Uusi käsittelytoimi</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Käsittelytoimi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Our role</source>
        <translation>Roolimme</translation>
    </message>
    <message>
        <source>Joint controllers / controllers served</source>
        <translation>Yhteisrekisterinpitäjät / palvellut rekisterinpitäjät</translation>
    </message>
    <message>
        <source>Names separated by semicolons</source>
        <translation>Nimet puolipistein eroteltuina</translation>
    </message>
    <message>
        <source>Controllers&apos; contact details</source>
        <translation>Rekisterinpitäjien yhteystiedot</translation>
    </message>
    <message>
        <source>As processor: one line per controller, in the same order (Art. 30(2)(a))</source>
        <translation>Käsittelijänä: yksi rivi kutakin rekisterinpitäjää kohden samassa järjestyksessä (30 artiklan 2 kohdan a alakohta)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omistaja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Seuraava katselmointi</translation>
    </message>
    <message>
        <source>2027-06-30 (empty: a review period from the last review)</source>
        <translation>2027-06-30 (tyhjä: katselmointiväli edellisestä katselmoinnista)</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Järjestelmät</translation>
    </message>
    <message>
        <source>Add a system</source>
        <translation>Lisää järjestelmä</translation>
    </message>
    <message>
        <source>Purposes and legal bases</source>
        <translation>Käyttötarkoitukset ja oikeusperusteet</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Käyttötarkoitus</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Oikeusperuste</translation>
    </message>
    <message>
        <source>Art. 9(2) condition</source>
        <translation>9 art. 2 kohdan peruste</translation>
    </message>
    <message>
        <source>Balancing test date</source>
        <translation>Tasapainotestin päivä</translation>
    </message>
    <message>
        <source>Balancing conclusion</source>
        <translation>Johtopäätös</translation>
    </message>
    <message>
        <source>Add purpose</source>
        <translation>Lisää käyttötarkoitus</translation>
    </message>
    <message>
        <source>Remove purpose</source>
        <translation>Poista käyttötarkoitus</translation>
    </message>
    <message>
        <source>Each purpose needs its Art. 6(1) basis; legitimate interests need the balancing test&apos;s date and conclusion.</source>
        <translation>Jokainen käyttötarkoitus tarvitsee 6 art. 1 kohdan oikeusperusteen; oikeutettu etu vaatii tasapainotestin päivän ja johtopäätöksen.</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Käyttötarkoitukset</translation>
    </message>
    <message>
        <source>Data subjects and data</source>
        <translation>Rekisteröidyt ja tiedot</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Rekisteröidyt</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>Lisää ryhmä</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Henkilötiedot</translation>
    </message>
    <message>
        <source>Special categories (Art. 9)</source>
        <translation>Erityiset henkilötietoryhmät (9 art.)</translation>
    </message>
    <message>
        <source>Add a special category</source>
        <translation>Lisää erityinen ryhmä</translation>
    </message>
    <message>
        <source>Criminal data (Art. 10)</source>
        <translation>Rikostiedot (10 art.)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Tietolähteet</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Lisää tietolähde</translation>
    </message>
    <message>
        <source>Recipients and transfers</source>
        <translation>Vastaanottajat ja siirrot</translation>
    </message>
    <message>
        <source>Categories of recipients</source>
        <translation>Vastaanottajaryhmät</translation>
    </message>
    <message>
        <source>Add a recipient</source>
        <translation>Lisää vastaanottaja</translation>
    </message>
    <message>
        <source>Linked subprocessors</source>
        <translation>Linkitetyt alikäsittelijät</translation>
    </message>
    <message>
        <source>Reference, e.g. SP-0001</source>
        <translation>Tunnus, esim. SP-0001</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Suojatoimi</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Lisätieto</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <source>Add transfer</source>
        <translation>Lisää siirto</translation>
    </message>
    <message>
        <source>Remove transfer</source>
        <translation>Poista siirto</translation>
    </message>
    <message>
        <source>Transfers of linked subprocessors are derived; add only others here.</source>
        <translation>Linkitettyjen alikäsittelijöiden siirrot johdetaan niistä; lisää tähän vain muut.</translation>
    </message>
    <message>
        <source>Other transfers outside the EEA</source>
        <translation>Muut siirrot ETA:n ulkopuolelle</translation>
    </message>
    <message>
        <source>Retention and security</source>
        <translation>Säilytys ja tietoturva</translation>
    </message>
    <message>
        <source>Retention or its criteria</source>
        <translation>Säilytysaika tai sen kriteerit</translation>
    </message>
    <message>
        <source>Security measures (Art. 32)</source>
        <translation>Turvatoimet (32 art.)</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Ei tallennettu.</translation>
    </message>
</context>
<context>
    <name>AdequacyDialog</name>
    <message>
        <source>Adequacy decisions</source>
        <translation>Riittävyyspäätökset</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Maat</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Voimassa asti</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Soveltamisala</translation>
    </message>
    <message>
        <source>Legal challenge</source>
        <translation>Oikeudellinen haaste</translation>
    </message>
    <message>
        <source>Use a newer list…</source>
        <translation>Käytä uudempaa luetteloa…</translation>
    </message>
    <message>
        <source>Check an adequacy list file and use it from now on</source>
        <translation>Tarkista riittävyyspäätösluettelo ja ota se käyttöön</translation>
    </message>
    <message>
        <source>Adequacy decisions as of {0}, from {1}. The EEA: {2}.</source>
        <translation>Riittävyyspäätökset {0} tilanteen mukaan, lähde {1}. ETA: {2}.</translation>
    </message>
    <message>
        <source>A newer adequacy list</source>
        <translation>Uudempi riittävyyspäätösluettelo</translation>
    </message>
    <message>
        <source>Adequacy list (*.json)</source>
        <translation>Riittävyyspäätösluettelo (*.json)</translation>
    </message>
    <message>
        <source>Using the adequacy list of {0}.</source>
        <translation>Käytössä {0} riittävyyspäätösluettelo.</translation>
    </message>
    <message>
        <source>The list was not changed.</source>
        <translation>Luetteloa ei muutettu.</translation>
    </message>
</context>
<context>
    <name>AnnounceDialog</name>
    <message>
        <source>Customers are told before the change takes effect (Art. 28(2)); they may object until the end of the objection period, which becomes a deadline.</source>
        <translation>Asiakkaille ilmoitetaan ennen muutoksen voimaantuloa (28 art. 2 kohta); he voivat vastustaa vastustusajan loppuun asti, josta tulee määräaika.</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Ilmoitettu</translation>
    </message>
    <message>
        <source>Takes effect on (optional)</source>
        <translation>Voimaan (valinnainen)</translation>
    </message>
    <message>
        <source>— nothing: a new subprocessor</source>
        <translation>— ei mitään: uusi alikäsittelijä</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Korvaa</translation>
    </message>
    <message>
        <source>Note for the customers</source>
        <translation>Huomautus asiakkaille</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Fictional demo data — this store&apos;s passphrase is “{0}”. File: {1}</source>
        <translation>Kuvitteellinen esittelyaineisto — tämän tiedoston tunnuslause on ”{0}”. Tiedosto: {1}</translation>
    </message>
    <message>
        <source>Creating the store…</source>
        <translation>Luodaan tiedostoa…</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Avataan tiedostoa…</translation>
    </message>
    <message>
        <source>DPO Desk</source>
        <translation>DPO Desk</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Impact assessment — {0}</source>
        <translation>Vaikutustenarviointi — {0}</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Epätodennäköinen</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Mahdollinen</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Todennäköinen</translation>
    </message>
    <message>
        <source>Very likely</source>
        <translation>Hyvin todennäköinen</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>Vähäinen</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Merkittävä</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Vakava</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Erittäin vakava</translation>
    </message>
    <message>
        <source>(a) Description and purposes</source>
        <translation>(a) Kuvaus ja käyttötarkoitukset</translation>
    </message>
    <message>
        <source>(b) Necessity and proportionality</source>
        <translation>(b) Tarpeellisuus ja oikeasuhteisuus</translation>
    </message>
    <message>
        <source>Risk to data subjects</source>
        <translation>Riski</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Todennäköisyys</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Vakavuus</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Toimenpiteet</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>Lisää riski</translation>
    </message>
    <message>
        <source>Remove risk</source>
        <translation>Poista riski</translation>
    </message>
    <message>
        <source>(c) Risks</source>
        <translation>(c) Riskit</translation>
    </message>
    <message>
        <source>(d) Measures envisaged</source>
        <translation>(d) Suunnitellut toimenpiteet</translation>
    </message>
    <message>
        <source>The DPO&apos;s advice (Art. 35(2))</source>
        <translation>Tietosuojavastaavan neuvo (35 art. 2 kohta)</translation>
    </message>
    <message>
        <source>Advice followed</source>
        <translation>Neuvoa noudatettu</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ei kirjattu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Why not followed</source>
        <translation>Miksi ei noudatettu</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Jäännösriski</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Ei arvioitu</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Matala</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Keskitaso</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Korkea</translation>
    </message>
    <message>
        <source>Prior consultation (Art. 36) on</source>
        <translation>Ennakkokuuleminen (36 art.) päivänä</translation>
    </message>
    <message>
        <source>needed when a high residual risk remains, e.g. 2026-05-10</source>
        <translation>tarpeen, kun korkea jäännösriski jää, esim. 2026-05-10</translation>
    </message>
    <message>
        <source>Consultation outcome</source>
        <translation>Kuulemisen tulos</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Arvioitu</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Seuraava katselmointi</translation>
    </message>
    <message>
        <source>Art. 35(7): the assessment contains at least (a) to (d).</source>
        <translation>35 art. 7 kohta: arvioinnissa on vähintään kohdat a–d.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Ei tallennettu.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lisätty</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>Henkilöllisyystodistus</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Asiakirja</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Kuva</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Lisää…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Tallenna nimellä…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>No attachments yet. Add e-mails, letters, scans or images with “Add…”.</source>
        <translation>Ei liitteitä. Lisää sähköpostit, kirjeet ja kuvat: ”Lisää…”.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attachments&lt;/b&gt; (kept encrypted in the store)</source>
        <translation>&lt;b&gt;Liitteet&lt;/b&gt; (salattuina tiedostossa)</translation>
    </message>
    <message>
        <source>Attach files to {0}</source>
        <translation>Liitä tiedostoja kohteeseen {0}</translation>
    </message>
    <message numerus="yes">
        <source>Attached %n file(s).</source>
        <translation>
            <numerusform>Liitettiin %n tiedosto.</numerusform>
            <numerusform>Liitettiin %n tiedostoa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the attachment as</source>
        <translation>Tallenna liite nimellä</translation>
    </message>
    <message>
        <source>Saved to {0}. It is not encrypted there: delete it when done.</source>
        <translation>Tallennettu: {0}. Siellä se ei ole salattu: poista se, kun et enää tarvitse sitä.</translation>
    </message>
    <message>
        <source>Remove {0} for good?</source>
        <translation>Poistetaanko {0} pysyvästi?</translation>
    </message>
    <message>
        <source>Removed {0}.</source>
        <translation>{0} poistettu.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Liitteet</translation>
    </message>
    <message>
        <source>Case reference (e.g. DSR-2026-0001):</source>
        <translation>Asian tunnus (esim. DSR-2026-0001):</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Created</source>
        <translation>Luonti</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Poisto</translation>
    </message>
    <message>
        <source>Purged (retention)</source>
        <translation>Hävitys (säilytysaika)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Tuonti</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Vienti</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Palautus varmuuskopiosta</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Tunnuslauseen vaihto</translation>
    </message>
    <message>
        <source>Resealed</source>
        <translation>Uudelleensinetöinti</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Testiaineiston luonti</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Tapahtumaloki</translation>
    </message>
    <message>
        <source>Record, e.g. DSR-2026-0001 (part of it is enough)</source>
        <translation>Tietue, esim. DSR-2026-0001 (osa riittää)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Suodata</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Tietue:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Tietue</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Kentät</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Ennen</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Jälkeen</translation>
    </message>
    <message>
        <source>Select an entry to see each field before and after.</source>
        <translation>Valitse merkintä nähdäksesi kunkin kentän ennen ja jälkeen.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n merkintä</numerusform>
            <numerusform>%n merkintää</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>Tarkista ketju</translation>
    </message>
    <message>
        <source>Keep this hash outside the computer; a later check against it shows whether the trail was rewritten.</source>
        <translation>Säilytä tämä tiiviste tietokoneen ulkopuolella; myöhempi tarkistus sitä vasten näyttää, onko lokia kirjoitettu uudelleen.</translation>
    </message>
    <message>
        <source>Copy the head</source>
        <translation>Kopioi uusin tiiviste</translation>
    </message>
    <message>
        <source>E-mail the head…</source>
        <translation>Lähetä uusin tiiviste sähköpostilla…</translation>
    </message>
    <message>
        <source>Opens a new message in your e-mail program with the hash in it</source>
        <translation>Avaa sähköpostiohjelmaasi uuden viestin, jossa tiiviste on valmiina</translation>
    </message>
    <message>
        <source>Print the head…</source>
        <translation>Tulosta uusin tiiviste…</translation>
    </message>
    <message>
        <source>A page with the hash and how to check it, to file away on paper</source>
        <translation>Sivu, jolla on tiiviste ja ohje sen tarkistamiseen, paperille arkistoitavaksi</translation>
    </message>
    <message>
        <source>Newest hash:</source>
        <translation>Uusin tiiviste:</translation>
    </message>
    <message>
        <source>Every change to the store, newest first. Each entry&apos;s hash covers its content and the entry before it, so an entry altered, removed or reordered outside DPO Desk shows up when the chain is verified.</source>
        <translation>Jokainen muutos tiedostoon, uusimmat ensin. Kunkin merkinnän tiiviste kattaa sen sisällön ja edellisen merkinnän, joten DPO Deskin ulkopuolella muutettu, poistettu tai uudelleenjärjestetty merkintä paljastuu, kun ketju tarkistetaan.</translation>
    </message>
    <message>
        <source>Entry {0}: {1} of {2} by {3} at {4}</source>
        <translation>Merkintä {0}: {1} / {2}, {3}, {4}</translation>
    </message>
    <message>
        <source>(its values were removed by a retention purge; the chain still covers their seal)</source>
        <translation>(arvot poistettiin säilytysajan päätyttyä; ketju kattaa yhä niiden sinetin)</translation>
    </message>
    <message>
        <source>removed by retention purge</source>
        <translation>poistettu säilytysajan päätyttyä</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Tarkistetaan…</translation>
    </message>
    <message>
        <source>Verifying… {0} of {1}</source>
        <translation>Tarkistetaan… {0}/{1}</translation>
    </message>
    <message>
        <source>DPO Desk audit trail head {0}</source>
        <translation>DPO Deskin tapahtumalokin uusin tiiviste {0}</translation>
    </message>
    <message>
        <source>The newest hash of the DPO Desk audit trail on {0}:

{1}

Check it later with: dpo-desk audit verify --expect-head {1}</source>
        <translation>DPO Deskin tapahtumalokin uusin tiiviste {0}:

{1}

Tarkista se myöhemmin komennolla: dpo-desk audit verify --expect-head {1}</translation>
    </message>
    <message>
        <source>DPO Desk audit trail head</source>
        <translation>DPO Deskin tapahtumalokin uusin tiiviste</translation>
    </message>
    <message>
        <source>The newest hash of the audit trail. Keep this page away from the computer: a trail rewritten later no longer passes through this hash.</source>
        <translation>Tapahtumalokin uusin tiiviste. Säilytä tämä sivu erillään tietokoneesta: myöhemmin uudelleen kirjoitettu loki ei enää kulje tämän tiivisteen kautta.</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Tietovarasto:</translation>
    </message>
    <message>
        <source>Printed on:</source>
        <translation>Tulostettu:</translation>
    </message>
    <message>
        <source>To check the trail later against this page:</source>
        <translation>Lokin tarkistaminen myöhemmin tätä sivua vasten:</translation>
    </message>
    <message>
        <source>Print the head</source>
        <translation>Tulosta uusin tiiviste</translation>
    </message>
    <message numerus="yes">
        <source>The chain verifies: %n entries, each linked to the one before.</source>
        <translation>
            <numerusform>Ketju on eheä: %n merkintä, joka on linkitetty edelliseen.</numerusform>
            <numerusform>Ketju on eheä: %n merkintää, kukin linkitetty edelliseen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at entry {0}: {1}</source>
        <translation>Ketju katkeaa merkinnän {0} kohdalla: {1}</translation>
    </message>
    <message>
        <source>The trail fails its check: {0}</source>
        <translation>Loki ei läpäise tarkistusta: {0}</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Back up the store</source>
        <translation>Varmuuskopioi tiedosto</translation>
    </message>
    <message>
        <source>DPO Desk store (*.dpodesk)</source>
        <translation>DPO Desk -tiedosto (*.dpodesk)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Varmuuskopio</translation>
    </message>
    <message>
        <source>Backup written: {0}
It opens with the same passphrase as this store.</source>
        <translation>Varmuuskopio kirjoitettu: {0}
Se aukeaa samalla tunnuslauseella kuin tämä tiedosto.</translation>
    </message>
</context>
<context>
    <name>BreachDetail</name>
    <message>
        <source>Close breach…</source>
        <translation>Sulje loukkaus…</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Tosiasiat</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riski</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Ilmoitukset</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Rekisteröidyt</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Asiakirjat</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Käsittelytoimet</translation>
    </message>
    <message>
        <source>Ransomware</source>
        <translation>Kiristyshaittaohjelma</translation>
    </message>
    <message>
        <source>Data exfiltration</source>
        <translation>Tietojen vienti ulos</translation>
    </message>
    <message>
        <source>Internal human error</source>
        <translation>Sisäinen inhimillinen virhe</translation>
    </message>
    <message>
        <source>Lost or stolen device or paper</source>
        <translation>Laite tai paperi kadonnut</translation>
    </message>
    <message>
        <source>Misdelivery</source>
        <translation>Väärä vastaanottaja</translation>
    </message>
    <message>
        <source>Social engineering</source>
        <translation>Käyttäjän manipulointi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Luottamuksellisuus</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Eheys</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Saatavuus</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Ei päätetty</translation>
    </message>
    <message>
        <source>No risk</source>
        <translation>Ei riskiä</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Korkea riski</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Ei vielä tiedossa</translation>
    </message>
    <message>
        <source>Accidental</source>
        <translation>Vahinko</translation>
    </message>
    <message>
        <source>Deliberate</source>
        <translation>Tahallinen</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Rekisterinpitäjä</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <source>low</source>
        <translation>matala</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>keskitaso</translation>
    </message>
    <message>
        <source>high</source>
        <translation>korkea</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>erittäin korkea</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Alkoi</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Päättyi</translation>
    </message>
    <message>
        <source>Still ongoing</source>
        <translation>Jatkuu yhä</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Havaittu</translation>
    </message>
    <message>
        <source>Became aware</source>
        <translation>Tietoon tullut</translation>
    </message>
    <message>
        <source>How it was found</source>
        <translation>Miten havaittiin</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Mitä tapahtui</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Luonne</translation>
    </message>
    <message>
        <source>Cause (EDPB 01/2021)</source>
        <translation>Syy (EDPB 01/2021)</translation>
    </message>
    <message>
        <source>Accidental or deliberate</source>
        <translation>Vahinko vai tahallinen</translation>
    </message>
    <message>
        <source>System or processing</source>
        <translation>Järjestelmä tai käsittely</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>People and data</source>
        <translation>Ihmiset ja tiedot</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Tietoryhmät</translation>
    </message>
    <message>
        <source>Special categories (Art. 9)</source>
        <translation>Erityiset henkilötietoryhmät (9 art.)</translation>
    </message>
    <message>
        <source>Criminal convictions and offences (Art. 10)</source>
        <translation>Rikostuomiot ja rikkomukset (10 art.)</translation>
    </message>
    <message>
        <source>Personal identity codes</source>
        <translation>Henkilötunnukset</translation>
    </message>
    <message>
        <source>Children or vulnerable people</source>
        <translation>Lapset tai haavoittuvat</translation>
    </message>
    <message>
        <source>Data subject categories</source>
        <translation>Rekisteröityjen ryhmät</translation>
    </message>
    <message>
        <source>Data subjects (approx.)</source>
        <translation>Rekisteröityjä (noin)</translation>
    </message>
    <message>
        <source>The number of data subjects is an estimate</source>
        <translation>Rekisteröityjen määrä on arvio</translation>
    </message>
    <message>
        <source>Records (approx.)</source>
        <translation>Tietueita (noin)</translation>
    </message>
    <message>
        <source>The number of records is an estimate</source>
        <translation>Tietueiden määrä on arvio</translation>
    </message>
    <message>
        <source>Other member states</source>
        <translation>Muut jäsenvaltiot</translation>
    </message>
    <message>
        <source>Effects and measures</source>
        <translation>Seuraukset ja toimenpiteet</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Todennäköiset seuraukset</translation>
    </message>
    <message>
        <source>Security before the breach</source>
        <translation>Tietoturva ennen loukkausta</translation>
    </message>
    <message>
        <source>Measures taken after detection</source>
        <translation>Toimenpiteet havaitsemisen jälkeen</translation>
    </message>
    <message>
        <source>Measures proposed</source>
        <translation>Ehdotetut toimenpiteet</translation>
    </message>
    <message>
        <source>Role and contacts</source>
        <translation>Rooli ja yhteystiedot</translation>
    </message>
    <message>
        <source>Our role</source>
        <translation>Roolimme</translation>
    </message>
    <message>
        <source>Controller (when we are processor)</source>
        <translation>Rekisterinpitäjämme</translation>
    </message>
    <message>
        <source>Controller told</source>
        <translation>Rekisterinpitäjälle ilmoitettu</translation>
    </message>
    <message>
        <source>Processor involved</source>
        <translation>Osallinen käsittelijä</translation>
    </message>
    <message>
        <source>Processor told us</source>
        <translation>Käsittelijä ilmoitti meille</translation>
    </message>
    <message>
        <source>Joint controllers</source>
        <translation>Yhteisrekisterinpitäjät</translation>
    </message>
    <message>
        <source>Person notifying</source>
        <translation>Ilmoittaja</translation>
    </message>
    <message>
        <source>Lead authority</source>
        <translation>Johtava valvontaviranomainen</translation>
    </message>
    <message>
        <source>Other authorities notified</source>
        <translation>Muut ilmoitetut viranomaiset</translation>
    </message>
    <message>
        <source>Police, NIS2, NCSC-FI…</source>
        <translation>Poliisi, NIS2, Traficom…</translation>
    </message>
    <message>
        <source>Attachments, secure messages</source>
        <translation>Liitteet, suojatut viestit</translation>
    </message>
    <message>
        <source>Save facts</source>
        <translation>Tallenna tiedot</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Tallenna (Ctrl+S)</translation>
    </message>
    <message>
        <source>Risk to data subjects</source>
        <translation>Riski rekisteröidyille</translation>
    </message>
    <message>
        <source>Reasoning (kept in the register)</source>
        <translation>Perustelut (säilytetään rekisterissä)</translation>
    </message>
    <message>
        <source>Save risk decision</source>
        <translation>Tallenna riskipäätös</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <source>Late: reasons</source>
        <translation>Myöhässä: syyt</translation>
    </message>
    <message>
        <source>Authority ref.</source>
        <translation>Viranomaisen dnro</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sisältö</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Lähetysaika</translation>
    </message>
    <message>
        <source>What it contained or changed</source>
        <translation>Mitä se sisälsi tai muutti</translation>
    </message>
    <message>
        <source>Authority&apos;s case number</source>
        <translation>Viranomaisen diaarinumero</translation>
    </message>
    <message>
        <source>Reasons for the delay</source>
        <translation>Viivästyksen syyt</translation>
    </message>
    <message>
        <source>Record notification</source>
        <translation>Kirjaa ilmoitus</translation>
    </message>
    <message>
        <source>Set case number…</source>
        <translation>Aseta diaarinumero…</translation>
    </message>
    <message>
        <source>Notifications to the supervisory authority, in phases (Art. 33(4))</source>
        <translation>Ilmoitukset valvontaviranomaiselle vaiheittain (33 art. 4 kohta)</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Ei vielä kirjauksia</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Ilmoitettu</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>Not told: Art. 34(3) exemption</source>
        <translation>Ei ilmoitettu: 34 art. 3 kohdan poikkeus</translation>
    </message>
    <message>
        <source>When told</source>
        <translation>Ilmoitettu milloin</translation>
    </message>
    <message>
        <source>How (e-mail, letter, public notice)</source>
        <translation>Miten (sähköposti, kirje, julkinen tiedote)</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Kuinka monelle</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>Poikkeus</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(a) data protected, e.g. encrypted</source>
        <translation>(a) tiedot suojattu, esim. salattu</translation>
    </message>
    <message>
        <source>(b) later measures remove the high risk</source>
        <translation>(b) myöhemmät toimet poistavat korkean riskin</translation>
    </message>
    <message>
        <source>(c) disproportionate effort: public communication</source>
        <translation>(c) kohtuuton vaiva: julkinen tiedote</translation>
    </message>
    <message>
        <source>Why the exemption applies</source>
        <translation>Miksi poikkeus soveltuu</translation>
    </message>
    <message>
        <source>Save communication</source>
        <translation>Tallenna ilmoitus rekisteröidyille</translation>
    </message>
    <message>
        <source>Add their data categories to the facts</source>
        <translation>Lisää niiden tietoryhmät tietoihin</translation>
    </message>
    <message numerus="yes">
        <source>Added %n data categories from the activities; save the facts to keep them.</source>
        <translation>
            <numerusform>Lisättiin %n tietoryhmä käsittelytoimista; tallenna tiedot säilyttääksesi sen.</numerusform>
            <numerusform>Lisättiin %n tietoryhmää käsittelytoimista; tallenna tiedot säilyttääksesi ne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englanti</translation>
    </message>
    <message>
        <source>Notification to the Ombudsman…</source>
        <translation>Ilmoitus tietosuojavaltuutetulle…</translation>
    </message>
    <message>
        <source>Letter to data subjects…</source>
        <translation>Kirje rekisteröidyille…</translation>
    </message>
    <message>
        <source>As PDF, or as .docx or .odt to finish it in a word processor</source>
        <translation>PDF:nä, tai .docx- tai .odt-tiedostona viimeisteltäväksi tekstinkäsittelyssä</translation>
    </message>
    <message>
        <source>Export evidence bundle…</source>
        <translation>Vie todistepaketti…</translation>
    </message>
    <message>
        <source>A zip the authority can check without DPO Desk, with a manifest hash</source>
        <translation>Zip-paketti, jonka viranomainen voi tarkistaa ilman DPO Deskiä, ja sen luettelon tiiviste</translation>
    </message>
    <message>
        <source>Open in its application</source>
        <translation>Avaa sen sovelluksessa</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Tallenna asiakirja</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>The first page of a generated document shows here.</source>
        <translation>Luodun asiakirjan ensimmäinen sivu näkyy tässä.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>{status} · {cause} · aware {aware} ({zone}) · risk: {risk}</source>
        <translation>{status} · {cause} · tietoiseksi {aware} ({zone}) · riski: {risk}</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Avaa uudelleen</translation>
    </message>
    <message>
        <source>Initial (preliminary)</source>
        <translation>Ensimmäinen (alustava)</translation>
    </message>
    <message>
        <source>Supplementary</source>
        <translation>Täydentävä</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>ajoissa</translation>
    </message>
    <message>
        <source>Next: supplementary notification</source>
        <translation>Seuraavaksi: täydentävä ilmoitus</translation>
    </message>
    <message>
        <source>Next: initial notification</source>
        <translation>Seuraavaksi: ensimmäinen ilmoitus</translation>
    </message>
    <message>
        <source>Draft of the initial notification</source>
        <translation>Luonnos ensimmäisestä ilmoituksesta</translation>
    </message>
    <message>
        <source>High risk: tell the data subjects without undue delay (Art. 34), or record the exemption.</source>
        <translation>Korkea riski: ilmoita rekisteröidyille ilman aiheetonta viivytystä (34 art.) tai kirjaa poikkeus.</translation>
    </message>
    <message>
        <source>Not required unless the risk is high; you may still tell them.</source>
        <translation>Ei pakollinen, ellei riski ole korkea; voit silti ilmoittaa.</translation>
    </message>
    <message>
        <source>As processor: controller told {0}</source>
        <translation>Käsittelijänä: rekisterinpitäjälle ilmoitettu {0}</translation>
    </message>
    <message>
        <source>As processor: tell the controller without undue delay (Art. 33(2))</source>
        <translation>Käsittelijänä: ilmoita rekisterinpitäjälle ilman aiheetonta viivytystä (33 art. 2 kohta)</translation>
    </message>
    <message>
        <source>late, with reasons</source>
        <translation>myöhässä, perusteltu</translation>
    </message>
    <message>
        <source>within the {0} hours</source>
        <translation>{0} tunnin kuluessa</translation>
    </message>
    <message>
        <source>Authority notified {0} ({1})</source>
        <translation>Viranomaiselle ilmoitettu {0} ({1})</translation>
    </message>
    <message>
        <source>No notification to the authority: no risk (the reasoning is kept in the register)</source>
        <translation>Ei ilmoitusta viranomaiselle: ei riskiä (perustelut säilytetään rekisterissä)</translation>
    </message>
    <message>
        <source>Deadline passed {0} ago ({1}); notify now and give reasons for the delay</source>
        <translation>Määräaika umpeutui {0} sitten ({1}); ilmoita nyt ja perustele viivästys</translation>
    </message>
    <message>
        <source>Notify the authority within {0} — by {1} ({2})</source>
        <translation>Ilmoita viranomaiselle {0} kuluessa — viimeistään {1} ({2})</translation>
    </message>
    <message>
        <source>Supplementary notifications follow without undue further delay.</source>
        <translation>Täydentävät ilmoitukset tehdään ilman aiheetonta lisäviivytystä.</translation>
    </message>
    <message>
        <source>After the {0} hours: reasons for the delay are required.</source>
        <translation>{0} tunnin jälkeen viivästys on perusteltava.</translation>
    </message>
    <message>
        <source>Within the {0} hours.</source>
        <translation>{0} tunnin kuluessa.</translation>
    </message>
    <message>
        <source>Facts saved.</source>
        <translation>Tiedot tallennettu.</translation>
    </message>
    <message>
        <source>Risk decision saved.</source>
        <translation>Riskipäätös tallennettu.</translation>
    </message>
    <message>
        <source>Notification recorded.</source>
        <translation>Ilmoitus kirjattu.</translation>
    </message>
    <message>
        <source>Case number of notification {0}:</source>
        <translation>Ilmoituksen {0} diaarinumero:</translation>
    </message>
    <message>
        <source>Case number saved.</source>
        <translation>Diaarinumero tallennettu.</translation>
    </message>
    <message>
        <source>Communication saved.</source>
        <translation>Ilmoitus rekisteröidyille tallennettu.</translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation>Avattu uudelleen.</translation>
    </message>
    <message>
        <source>Close {0}</source>
        <translation>Sulje {0}</translation>
    </message>
    <message>
        <source>Closing summary (what was done, what was learnt):</source>
        <translation>Loppuyhteenveto (mitä tehtiin, mitä opittiin):</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Suljettu.</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Kirjoitetaan: {0}…</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Tallennettu {0}</translation>
    </message>
    <message>
        <source>Saved for editing: open it in its application to finish it.</source>
        <translation>Tallennettu muokattavaksi: avaa se sovelluksessaan viimeistelläksesi sen.</translation>
    </message>
    <message>
        <source>Export evidence bundle</source>
        <translation>Vie todistepaketti</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Zip-paketti (*.zip)</translation>
    </message>
    <message>
        <source>Wrote {0}. Give its manifest hash to the recipient separately: {1}</source>
        <translation>Kirjoitettiin {0}. Anna sen luettelon tiiviste vastaanottajalle erikseen: {1}</translation>
    </message>
    <message>
        <source>Writing the evidence bundle…</source>
        <translation>Kirjoitetaan todistepakettia…</translation>
    </message>
    <message>
        <source>No preview: the document could not be read.</source>
        <translation>Ei esikatselua: asiakirjaa ei voitu lukea.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sivu</numerusform>
            <numerusform>%n sivua</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachWarning</name>
    <message>
        <source>the categories of data subjects</source>
        <translation>Rekisteröityjen ryhmät</translation>
    </message>
    <message>
        <source>the approximate number of data subjects</source>
        <translation>Rekisteröityjen arvioitu lukumäärä</translation>
    </message>
    <message>
        <source>the categories of personal data records</source>
        <translation>Henkilötietoryhmät</translation>
    </message>
    <message>
        <source>the approximate number of personal data records</source>
        <translation>Henkilötietotietueiden arvioitu lukumäärä</translation>
    </message>
    <message>
        <source>the likely consequences of the breach</source>
        <translation>Tietoturvaloukkauksen todennäköiset seuraukset</translation>
    </message>
    <message>
        <source>the measures taken or proposed</source>
        <translation>Toteutetut tai ehdotetut toimenpiteet</translation>
    </message>
    <message>
        <source>the nature of the breach in plain words (its description)</source>
        <translation>tietoturvaloukkauksen luonne selkokielellä (sen kuvaus)</translation>
    </message>
    <message>
        <source>the contact details of the DPO (organisation settings)</source>
        <translation>tietosuojavastaavan yhteystiedot (organisaation asetukset)</translation>
    </message>
    <message>
        <source>the likely consequences</source>
        <translation>todennäköiset seuraukset</translation>
    </message>
    <message>
        <source>Art. 33(3)(a)</source>
        <translation>33 artiklan 3 kohdan a alakohta</translation>
    </message>
    <message>
        <source>Art. 33(3)(c)</source>
        <translation>33 artiklan 3 kohdan c alakohta</translation>
    </message>
    <message>
        <source>Art. 33(3)(d)</source>
        <translation>33 artiklan 3 kohdan d alakohta</translation>
    </message>
    <message>
        <source>{article}: {what} is now recorded but was not in the notification: send it in a supplementary notification (Art. 33(4)).</source>
        <translation>{what} ({article}): kirjattu nyt, mutta puuttui ilmoituksesta; lähetä tieto Tietosuojavaltuutetun toimistolle täydentävässä ilmoituksessa (33 artiklan 4 kohta).</translation>
    </message>
    <message>
        <source>{article}: {what} is missing from the notification: record it and send it in a supplementary notification (Art. 33(4)).</source>
        <translation>{what} ({article}): puuttuu ilmoituksesta; kirjaa tieto ja lähetä se täydentävässä ilmoituksessa (33 artiklan 4 kohta).</translation>
    </message>
</context>
<context>
    <name>BreachesPage</name>
    <message>
        <source>Search reference or title (Ctrl+F)</source>
        <translation>Hae tunnuksella tai otsikolla (Ctrl+F)</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>Avoimet ja suljetut</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Mikä tahansa riski</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Ei päätetty</translation>
    </message>
    <message>
        <source>Any cause</source>
        <translation>Mikä tahansa syy</translation>
    </message>
    <message>
        <source>New breach</source>
        <translation>Uusi loukkaus</translation>
    </message>
    <message>
        <source>Log a new breach ({0})</source>
        <translation>Kirjaa uusi loukkaus ({0})</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Became aware</source>
        <translation>Tietoon tullut</translation>
    </message>
    <message>
        <source>Deadline (72 h)</source>
        <translation>Määräaika (72 h)</translation>
    </message>
    <message>
        <source>controller&apos;s</source>
        <translation>rekisterinpitäjän</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Ilmoitettu</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riski</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Breach register (xlsx)…</source>
        <translation>Loukkausrekisteri (xlsx)…</translation>
    </message>
    <message>
        <source>Every breach, notified or not, with the reasoning of each decision</source>
        <translation>Jokainen loukkaus, ilmoitettu tai ei, ja kunkin päätöksen perustelut</translation>
    </message>
    <message>
        <source>Select a breach to see its clock, facts and notifications.</source>
        <translation>Valitse loukkaus nähdäksesi sen määräajan, tiedot ja ilmoitukset.</translation>
    </message>
    <message>
        <source>Every breach, notified or not, is kept here as the register of Art. 33(5).</source>
        <translation>Kaikki loukkaukset, myös ilmoittamattomat (33 art. 5 kohdan rekisteri).</translation>
    </message>
    <message>
        <source>&amp;New breach…</source>
        <translation>&amp;Uusi loukkaus…</translation>
    </message>
    <message>
        <source>&amp;Find a breach</source>
        <translation>&amp;Etsi loukkaus</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>&amp;Open the selected attachment</source>
        <translation>&amp;Avaa valittu liite</translation>
    </message>
    <message>
        <source>&amp;Save the breach&apos;s open tab</source>
        <translation>&amp;Tallenna loukkauksen avoin välilehti</translation>
    </message>
    <message>
        <source>Write the &amp;notification to the authority (PDF)…</source>
        <translation>Kirjoita &amp;ilmoitus viranomaiselle (PDF)…</translation>
    </message>
    <message>
        <source>E&amp;xport the breach register…</source>
        <translation>&amp;Vie loukkausrekisteri…</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Loukkaukset</translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es)</source>
        <translation>
            <numerusform>%n loukkaus</numerusform>
            <numerusform>%n loukkausta</numerusform>
        </translation>
    </message>
    <message>
        <source>No breach matches these filters.</source>
        <translation>Mikään loukkaus ei vastaa suodattimia.</translation>
    </message>
    <message>
        <source>No breaches recorded.

Press Ctrl+N to log one the moment you become aware:
the 72 hours to notify the Data Protection Ombudsman start then.</source>
        <translation>Ei kirjattuja loukkauksia.

Paina Ctrl+N ja kirjaa loukkaus heti, kun saat siitä tiedon:
72 tunnin ilmoitusaika Tietosuojavaltuutetun toimistolle alkaa silloin.</translation>
    </message>
    <message>
        <source>Save the breach register</source>
        <translation>Tallenna loukkausrekisteri</translation>
    </message>
    <message>
        <source>Writing the register…</source>
        <translation>Kirjoitetaan rekisteriä…</translation>
    </message>
    <message>
        <source>Writing the register… {0}/{1}</source>
        <translation>Kirjoitetaan rekisteriä… {0}/{1}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Tallennettu {0}</translation>
    </message>
</context>
<context>
    <name>CategoryPicker</name>
    <message>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
</context>
<context>
    <name>CellError</name>
    <message>
        <source>a value is required</source>
        <translation>arvo on pakollinen</translation>
    </message>
    <message>
        <source>“{value}” is a number, not a date: write it as 2026-03-05</source>
        <translation>”{value}” on luku eikä päivämäärä: kirjoita se muodossa 2026-03-05</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>”{value}” ei ole kokonaisluku</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>”{value}” ei ole mikään näistä: {choices}</translation>
    </message>
    <message>
        <source>“{value}” is not a country: write its two-letter code (such as FI) or its name</source>
        <translation>”{value}” ei ole maa: kirjoita maan kaksikirjaiminen koodi (esimerkiksi FI) tai sen nimi</translation>
    </message>
    <message>
        <source>“{value}” is not yes or no</source>
        <translation>”{value}” ei ole kyllä tai ei</translation>
    </message>
    <message>
        <source>a date like 2026-03-05 is needed</source>
        <translation>tarvitaan päivämäärä, esimerkiksi 2026-03-05</translation>
    </message>
    <message>
        <source>“{value}” can be read two ways: say above how dates with slashes are written, or write it as 2026-03-05</source>
        <translation>”{value}” voi tarkoittaa kahta eri päivää: kerro yllä, miten kauttaviivoin kirjoitetut päivämäärät luetaan, tai kirjoita se muodossa 2026-03-05</translation>
    </message>
    <message>
        <source>“{value}” is not a day of the calendar</source>
        <translation>”{value}” ei ole kalenterin päivä</translation>
    </message>
    <message>
        <source>“{value}” is not a date: write it as 2026-03-05 (year-month-day)</source>
        <translation>”{value}” ei ole päivämäärä: kirjoita se muodossa 2026-03-05 (vuosi-kuukausi-päivä)</translation>
    </message>
    <message>
        <source>“{value}” is outside the years {earliest}–{latest}</source>
        <translation>”{value}” ei ole vuosien {earliest}–{latest} välillä</translation>
    </message>
    <message>
        <source>a time like 2026-03-27 15:00 is needed</source>
        <translation>tarvitaan ajankohta, esimerkiksi 2026-03-27 15:00</translation>
    </message>
    <message>
        <source>“{value}” is not a time: write it as 2026-03-27 15:00</source>
        <translation>”{value}” ei ole ajankohta: kirjoita se muodossa 2026-03-27 15:00</translation>
    </message>
    <message>
        <source>“{value}” needs a time of day: write it as 2026-03-27 15:00</source>
        <translation>”{value}” tarvitsee kellonajan: kirjoita se muodossa 2026-03-27 15:00</translation>
    </message>
    <message>
        <source>“{value}” does not exist in the time zone {zone}: the clocks skip that hour when summer time begins; write the time with its UTC offset (2026-03-29T03:30+02:00)</source>
        <translation>”{value}” ei ole olemassa aikavyöhykkeellä {zone}: kellot siirtyvät kesäaikaan tämän tunnin yli; kirjoita aika UTC-poikkeamineen (2026-03-29T03:30+02:00)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ei saa olla tyhjä</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>on pidempi kuin {limit} merkkiä</translation>
    </message>
    <message>
        <source>holds a control character; remove it</source>
        <translation>sisältää ohjausmerkin; poista se</translation>
    </message>
    <message>
        <source>not accepted: {reason}</source>
        <translation>ei hyväksytty: {reason}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Uusi…</translation>
    </message>
    <message>
        <source>&amp;Edit the selected…</source>
        <translation>&amp;Muokkaa valittua…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Etsi</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>&amp;Lisää muistiinpano…</translation>
    </message>
    <message>
        <source>&amp;Close the case…</source>
        <translation>&amp;Sulje asia…</translation>
    </message>
    <message>
        <source>&amp;Announce a change…</source>
        <translation>&amp;Ilmoita muutoksesta…</translation>
    </message>
    <message>
        <source>Mark as &amp;reviewed</source>
        <translation>Merkitse &amp;katselmoiduksi</translation>
    </message>
    <message>
        <source>DPIA &amp;screening…</source>
        <translation>Vaikutustenarvioinnin esia&amp;rviointi…</translation>
    </message>
    <message>
        <source>&amp;Impact assessment…</source>
        <translation>Vaikutuste&amp;narviointi…</translation>
    </message>
    <message>
        <source>&amp;Open the selected attachment</source>
        <translation>&amp;Avaa valittu liite</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Tul&amp;osta…</translation>
    </message>
    <message>
        <source>E&amp;xport this list…</source>
        <translation>&amp;Vie tämä luettelo…</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>Reply to the request</source>
        <translation>Vastaa pyyntöön</translation>
    </message>
    <message>
        <source>Tell the requester about the extension</source>
        <translation>Kerro pyytäjälle määräajan pidennyksestä</translation>
    </message>
    <message>
        <source>Tell the recipients of the rectification, erasure or restriction (Art. 19)</source>
        <translation>Ilmoita vastaanottajille oikaisusta, poistamisesta tai käsittelyn rajoittamisesta (19 art.)</translation>
    </message>
    <message>
        <source>Notify the supervisory authority (72 h)</source>
        <translation>Ilmoita valvontaviranomaiselle (72 h)</translation>
    </message>
    <message>
        <source>Tell the data subjects (high risk)</source>
        <translation>Ilmoita rekisteröidyille (korkea riski)</translation>
    </message>
    <message>
        <source>Tell the controller of the breach (processor, Art. 33(2))</source>
        <translation>Ilmoita loukkauksesta rekisterinpitäjälle (käsittelijä, 33 art. 2 kohta)</translation>
    </message>
    <message>
        <source>Objection period of a register change ends</source>
        <translation>Rekisterimuutoksen vastustusaika päättyy</translation>
    </message>
    <message>
        <source>Review the transfer impact assessment</source>
        <translation>Katselmoi siirtoa koskeva vaikutustenarviointi</translation>
    </message>
    <message>
        <source>Get the data processing agreement signed</source>
        <translation>Hanki käsittelysopimus allekirjoitettuna</translation>
    </message>
    <message>
        <source>Review the processing activity</source>
        <translation>Katselmoi käsittelytoimi</translation>
    </message>
    <message>
        <source>Review the data protection impact assessment</source>
        <translation>Katselmoi tietosuojaa koskeva vaikutustenarviointi</translation>
    </message>
    <message>
        <source>Forward the request to the controller</source>
        <translation>Välitä pyyntö rekisterinpitäjälle</translation>
    </message>
    <message>
        <source>GDPR Art. 12(3); Reg. 1182/71 Art. 3</source>
        <translation>Tietosuoja-asetuksen 12 artiklan 3 kohta; asetuksen 1182/71 3 artikla</translation>
    </message>
    <message>
        <source>GDPR Art. 12(3): tell the requester of the extension and its reasons within the first month</source>
        <translation>Tietosuoja-asetuksen 12 artiklan 3 kohta: kerro pyytäjälle jatkoajasta ja sen syistä ensimmäisen kuukauden kuluessa</translation>
    </message>
    <message>
        <source>GDPR Art. 28(3)(e): forward to the controller without undue delay</source>
        <translation>Tietosuoja-asetuksen 28 artiklan 3 kohdan e alakohta: välitä rekisterinpitäjälle ilman aiheetonta viivytystä</translation>
    </message>
    <message>
        <source>GDPR Art. 19: tell each recipient of the rectification, erasure or restriction</source>
        <translation>Tietosuoja-asetuksen 19 artikla: ilmoita oikaisusta, poistamisesta tai rajoittamisesta jokaiselle vastaanottajalle</translation>
    </message>
    <message>
        <source>GDPR Art. 33(1): 72 hours from awareness</source>
        <translation>Tietosuoja-asetuksen 33 artiklan 1 kohta: 72 tuntia siitä, kun loukkaus tuli tietoon</translation>
    </message>
    <message>
        <source>GDPR Art. 34(1): without undue delay</source>
        <translation>Tietosuoja-asetuksen 34 artiklan 1 kohta: ilman aiheetonta viivytystä</translation>
    </message>
    <message>
        <source>Art. 28(2): customers may object until the end of the period</source>
        <translation>28 artiklan 2 kohta: asiakkaat voivat vastustaa määräajan loppuun asti</translation>
    </message>
    <message>
        <source>Art. 46: the safeguard must stay effective (EDPB Recommendations 01/2020)</source>
        <translation>46 artikla: suojatoimien on pysyttävä tehokkaina (EDPB:n suositukset 01/2020)</translation>
    </message>
    <message>
        <source>Art. 28(3)-(4): processing by a subprocessor is governed by a contract</source>
        <translation>28 artiklan 3 ja 4 kohta: alikäsittelijän käsittelystä on tehtävä sopimus</translation>
    </message>
    <message>
        <source>Art. 30, Art. 5(2)</source>
        <translation>30 artikla, 5 artiklan 2 kohta</translation>
    </message>
    <message>
        <source>Art. 35(11)</source>
        <translation>35 artiklan 11 kohta</translation>
    </message>
    <message>
        <source>The risk to data subjects has not been decided.</source>
        <translation>Rekisteröidyille aiheutuvasta riskistä ei ole vielä päätetty.</translation>
    </message>
    <message>
        <source>The risk decision has no reasoning (the register needs it, Art. 33(5)).</source>
        <translation>Riskiarviolta puuttuvat perustelut (rekisteri edellyttää niitä, 33 artiklan 5 kohta).</translation>
    </message>
    <message>
        <source>As a processor: tell the controller without undue delay (Art. 33(2)) and record when.</source>
        <translation>Henkilötietojen käsittelijänä: ilmoita rekisterinpitäjälle ilman aiheetonta viivytystä (33 artiklan 2 kohta) ja kirjaa milloin.</translation>
    </message>
    <message>
        <source>The supervisory authority has not been notified.</source>
        <translation>Valvontaviranomaiselle ei ole ilmoitettu.</translation>
    </message>
    <message>
        <source>High risk: tell the data subjects (Art. 34), or record the Art. 34(3) exemption and why.</source>
        <translation>Korkea riski: ilmoita rekisteröidyille (34 artikla) tai kirjaa 34 artiklan 3 kohdan poikkeus perusteluineen.</translation>
    </message>
    <message>
        <source>Art. 34(3)(b) is relied on: the Data Protection Ombudsman&apos;s guidance of 8 November 2023 is that data subjects are to be told whenever the risk was high, even if measures taken later removed it; the Ombudsman can order it.</source>
        <translation>Vedotaan 34 artiklan 3 kohdan b alakohtaan: tietosuojavaltuutetun 8.11.2023 ohjeen mukaan rekisteröidyille on ilmoitettava aina, kun riski oli korkea, vaikka myöhemmät toimet olisivat poistaneet sen; tietosuojavaltuutettu voi määrätä ilmoittamaan.</translation>
    </message>
    <message>
        <source>When identity information is asked for, the time limit</source>
        <translation>Kun henkilöllisyyden selvitystä pyydetään, määräaika</translation>
    </message>
    <message>
        <source>Days before a request&apos;s limit it counts as due soon</source>
        <translation>Päiviä ennen pyynnön määräaikaa, jolloin se on pian erääntyvä</translation>
    </message>
    <message>
        <source>Days after a rectification, erasure or restriction to tell its recipients (Art. 19)</source>
        <translation>Päivät oikaisusta, poistamisesta tai rajoittamisesta vastaanottajille ilmoittamiseen (19 art.)</translation>
    </message>
    <message>
        <source>Christmas Eve ends no time limit</source>
        <translation>Jouluaattona ei pääty määräaika</translation>
    </message>
    <message>
        <source>Midsummer Eve ends no time limit</source>
        <translation>Juhannusaattona ei pääty määräaika</translation>
    </message>
    <message>
        <source>Days customers have to object to a register change</source>
        <translation>Päiviä, jotka asiakkailla on aikaa vastustaa rekisterimuutosta</translation>
    </message>
    <message>
        <source>Remind me of a request&apos;s limit this many days ahead</source>
        <translation>Muistuta pyynnön määräajasta näin monta päivää ennen</translation>
    </message>
    <message>
        <source>Remind me of a breach limit this many hours ahead</source>
        <translation>Muistuta loukkauksen määräajasta näin monta tuntia ennen</translation>
    </message>
    <message>
        <source>Review every processing activity within (months)</source>
        <translation>Katselmoi jokainen käsittelytoimi (kuukautta)</translation>
    </message>
    <message>
        <source>A request received as a processor is forwarded to the controller within (working days)</source>
        <translation>Henkilötietojen käsittelijänä vastaanotettu pyyntö välitetään rekisterinpitäjälle (työpäivää)</translation>
    </message>
    <message>
        <source>Art. 28(3)(e) says only &apos;without undue delay&apos; (assist the controller); a term agreed in the data processing agreement, entered on the request, takes its place</source>
        <translation>28 artiklan 3 kohdan e alakohta sanoo vain ”ilman aiheetonta viivytystä” (rekisterinpitäjän avustaminen); käsittelysopimuksessa sovittu ja pyyntöön kirjattu aika korvaa tämän</translation>
    </message>
    <message>
        <source>Largest attachment accepted (MB)</source>
        <translation>Suurin hyväksytty liite (Mt)</translation>
    </message>
    <message>
        <source>Largest spreadsheet accepted for import, unpacked (MB)</source>
        <translation>Suurin tuotava taulukko purettuna (Mt)</translation>
    </message>
    <message>
        <source>Most rows a spreadsheet import reads</source>
        <translation>Enimmäisrivimäärä taulukkotuonnissa</translation>
    </message>
    <message>
        <source>Lock the window after idle minutes</source>
        <translation>Lukitse ikkuna, kun joutoaikaa on kulunut (min)</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Säilytettävät päivittäiset varmuuskopiot</translation>
    </message>
    <message>
        <source>Closed cases may be purged after (years)</source>
        <translation>Suljetut asiat voi poistaa (vuoden kuluttua)</translation>
    </message>
    <message>
        <source>restart: starts again on the day the information arrives (Art. 12(6)); none: keeps the original clock</source>
        <translation>alkaa alusta: alkaa uudelleen sinä päivänä, kun tiedot saapuvat (12 art. 6 kohta); ei: alkuperäinen määräaika jatkuu</translation>
    </message>
    <message>
        <source>Finnish Time Limits Act 150/1930 §5</source>
        <translation>Laki säädettyjen määräaikain laskemisesta 150/1930, 5 §</translation>
    </message>
    <message>
        <source>Art. 28(2)</source>
        <translation>28 art. 2 kohta</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Vuosiraportti</translation>
    </message>
    <message>
        <source>The year&apos;s rights requests, breaches and register changes, for management or the authority.</source>
        <translation>Vuoden oikeuspyynnöt, loukkaukset ja rekisterimuutokset johdolle tai viranomaiselle.</translation>
    </message>
    <message>
        <source>Rights-request log</source>
        <translation>Oikeuspyyntöjen loki</translation>
    </message>
    <message>
        <source>Every request with its dates and outcome, and a sheet of statistics.</source>
        <translation>Jokainen pyyntö päivämäärineen ja lopputuloksineen sekä tilastovälilehti.</translation>
    </message>
    <message>
        <source>Breach register (Art. 33(5))</source>
        <translation>Loukkausrekisteri (33 art. 5 kohta)</translation>
    </message>
    <message>
        <source>Every breach, notified or not, with facts, effects and the reasons for each decision.</source>
        <translation>Jokainen loukkaus, ilmoitettu tai ei, tietoineen, seurauksineen ja päätösten perusteluineen.</translation>
    </message>
    <message>
        <source>Register of subprocessors (PDF)</source>
        <translation>Alikäsittelijärekisteri (PDF)</translation>
    </message>
    <message>
        <source>The printable register with countries and transfer safeguards.</source>
        <translation>Tulostettava rekisteri maineen ja siirtojen suojatoimineen.</translation>
    </message>
    <message>
        <source>Register of subprocessors (spreadsheet)</source>
        <translation>Alikäsittelijärekisteri (taulukko)</translation>
    </message>
    <message>
        <source>The register and its transfers on separate sheets.</source>
        <translation>Rekisteri ja sen siirrot omilla välilehdillään.</translation>
    </message>
    <message>
        <source>Record of processing activities, as controller (PDF)</source>
        <translation>Seloste käsittelytoimista rekisterinpitäjänä (PDF)</translation>
    </message>
    <message>
        <source>Art. 30(1): every activity the organisation controls.</source>
        <translation>30 art. 1 kohta: jokainen organisaation rekisterinpitäjänä tekemä käsittelytoimi.</translation>
    </message>
    <message>
        <source>Record of processing activities, as processor (PDF)</source>
        <translation>Seloste käsittelytoimista käsittelijänä (PDF)</translation>
    </message>
    <message>
        <source>Art. 30(2): every category of processing carried out for customers.</source>
        <translation>30 art. 2 kohta: jokainen asiakkaiden lukuun suoritettu käsittelyn ryhmä.</translation>
    </message>
    <message>
        <source>Record of processing activities (spreadsheet)</source>
        <translation>Seloste käsittelytoimista (taulukko)</translation>
    </message>
    <message>
        <source>Every activity and its Art. 30 items, one row each.</source>
        <translation>Jokainen käsittelytoimi ja sen 30 artiklan kohdat, yksi rivi kutakin.</translation>
    </message>
    <message>
        <source>Deadlines calendar (.ics)</source>
        <translation>Määräaikakalenteri (.ics)</translation>
    </message>
    <message>
        <source>Every open deadline as a calendar event with a reminder; importing again updates the events.</source>
        <translation>Jokainen avoin määräaika kalenteritapahtumana muistutuksineen; uusi tuonti päivittää tapahtumat.</translation>
    </message>
    <message>
        <source>Whole store as JSON</source>
        <translation>Koko tiedosto JSON-muodossa</translation>
    </message>
    <message>
        <source>Everything in the store as one documented JSON file (for archiving or moving to another store).</source>
        <translation>Kaikki tiedoston sisältö yhtenä dokumentoituna JSON-tiedostona (arkistointiin tai siirtoon toiseen tiedostoon).</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>liian lyhyt</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>heikko</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>kohtalainen</translation>
    </message>
    <message>
        <source>good</source>
        <translation>hyvä</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>vahva</translation>
    </message>
</context>
<context>
    <name>CountryListEdit</name>
    <message>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a country or its code</source>
        <translation>Kirjoita maa tai sen koodi</translation>
    </message>
</context>
<context>
    <name>CreateStoreDialog</name>
    <message>
        <source>Create a new DPO Desk store</source>
        <translation>Luo uusi DPO Desk -tiedosto</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <source>Store file:</source>
        <translation>Tiedosto:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Tunnuslause:</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>Tunnuslause uudelleen:</translation>
    </message>
    <message>
        <source>Everything in the store is encrypted with this passphrase. It cannot be recovered: keep it in your password manager. Several words make a strong one.</source>
        <translation>Kaikki tiedoston sisältö salataan tällä tunnuslauseella. Sitä ei voi palauttaa: säilytä se salasanojen hallintaohjelmassa. Useasta sanasta syntyy vahva tunnuslause.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Luo</translation>
    </message>
    <message>
        <source>Where should the store go?</source>
        <translation>Mihin tiedosto tallennetaan?</translation>
    </message>
    <message>
        <source>DPO Desk store (*.dpodesk)</source>
        <translation>DPO Desk -tiedosto (*.dpodesk)</translation>
    </message>
    <message>
        <source>A file already exists there; choose another name.</source>
        <translation>Siellä on jo tiedosto; valitse toinen nimi.</translation>
    </message>
    <message>
        <source>Choose where the store goes.</source>
        <translation>Valitse tiedoston sijainti.</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Loukkaukset</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Selosteet</translation>
    </message>
    <message>
        <source>in {0} h</source>
        <translation>{0} h päästä</translation>
    </message>
    <message>
        <source>late</source>
        <translation>myöhässä</translation>
    </message>
    <message>
        <source>today</source>
        <translation>tänään</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>huomenna</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Asia</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Mitä on tehtävä</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Osio</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Sääntö</translation>
    </message>
    <message>
        <source>Double-click to open {0}</source>
        <translation>Avaa {0} kaksoisnapsauttamalla</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Kaikki osiot</translation>
    </message>
    <message>
        <source>Every open deadline</source>
        <translation>Kaikki avoimet määräajat</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Vain myöhässä olevat</translation>
    </message>
    <message>
        <source>Due within…</source>
        <translation>Erääntyy…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> päivää</translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation>Vie kalenteri (.ics)…</translation>
    </message>
    <message>
        <source>Every open deadline as calendar events ({0})</source>
        <translation>Kaikki avoimet määräajat kalenteritapahtumina ({0})</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>E&amp;xport the calendar (.ics)…</source>
        <translation>&amp;Vie kalenteri (.ics)…</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Osio:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Näytä:</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n päivän päästä</numerusform>
            <numerusform>%n päivän päästä</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing is due&lt;/h3&gt;&lt;p&gt;No request, breach, register entry or processing activity has an open deadline. Limits appear here as soon as cases are logged.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mikään ei erääntymässä&lt;/h3&gt;&lt;p&gt;Millään pyynnöllä, loukkauksella, rekisterimerkinnällä tai käsittelytoimella ei ole avointa määräaikaa. Määräajat näkyvät tässä heti, kun asioita kirjataan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Määräajat</translation>
    </message>
    <message numerus="yes">
        <source>%n open deadline(s), {0} overdue. Double-click a row to open its case.</source>
        <translation>
            <numerusform>%n avoin määräaika, {0} myöhässä. Avaa asia kaksoisnapsauttamalla riviä.</numerusform>
            <numerusform>%n avointa määräaikaa, {0} myöhässä. Avaa asia kaksoisnapsauttamalla riviä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export deadlines as a calendar</source>
        <translation>Vie määräajat kalenterina</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n deadline(s) to {0}.</source>
        <translation>
            <numerusform>%n määräaika kirjoitettu tiedostoon {0}.</numerusform>
            <numerusform>%n määräaikaa kirjoitettu tiedostoon {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Kirjoitetaan kalenteria…</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-asiakirja (*.pdf)</translation>
    </message>
    <message>
        <source>Word document, editable (*.docx)</source>
        <translation>Word-asiakirja, muokattava (*.docx)</translation>
    </message>
    <message>
        <source>OpenDocument text, editable (*.odt)</source>
        <translation>OpenDocument-teksti, muokattava (*.odt)</translation>
    </message>
</context>
<context>
    <name>EmailIntake</name>
    <message>
        <source>New request from e-mail</source>
        <translation>Uusi pyyntö sähköpostista</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml *.msg)</source>
        <translation>Sähköpostiviestit (*.eml *.msg)</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Mitään ei tallennettu.</translation>
    </message>
</context>
<context>
    <name>EnisaHelper</name>
    <message>
        <source>ENISA 2013 severity helper: SE = DPC × EI + CB</source>
        <translation>ENISA 2013 -vakavuusapu: SE = DPC × EI + CB</translation>
    </message>
    <message>
        <source>Record this score with the risk decision</source>
        <translation>Kirjaa tämä pistemäärä riskipäätökseen</translation>
    </message>
    <message>
        <source>1 simple data</source>
        <translation>1 tavalliset tiedot</translation>
    </message>
    <message>
        <source>2 behavioural data</source>
        <translation>2 käyttäytymistiedot</translation>
    </message>
    <message>
        <source>3 financial data</source>
        <translation>3 taloudelliset tiedot</translation>
    </message>
    <message>
        <source>4 sensitive data</source>
        <translation>4 arkaluonteiset tiedot</translation>
    </message>
    <message>
        <source>Raise or lower for volume, the controller, vulnerable people, public data</source>
        <translation>Nosta tai laske määrän, rekisterinpitäjän, haavoittuvien ihmisten tai julkisten tietojen mukaan</translation>
    </message>
    <message>
        <source>0.25 negligible</source>
        <translation>0,25 merkityksetön</translation>
    </message>
    <message>
        <source>0.5 limited</source>
        <translation>0,5 rajallinen</translation>
    </message>
    <message>
        <source>0.75 significant</source>
        <translation>0,75 merkittävä</translation>
    </message>
    <message>
        <source>1 maximum</source>
        <translation>1 enimmäinen</translation>
    </message>
    <message>
        <source>Malicious intent (+0.5)</source>
        <translation>Vahingollinen tarkoitus (+0,5)</translation>
    </message>
    <message>
        <source>Kind of data (DPC base)</source>
        <translation>Tietojen laji (DPC-perusta)</translation>
    </message>
    <message>
        <source>Context adjustment</source>
        <translation>Asiayhteyden korjaus</translation>
    </message>
    <message>
        <source>Ease of identification (EI)</source>
        <translation>Tunnistettavuus (EI)</translation>
    </message>
    <message>
        <source>Loss of confidentiality</source>
        <translation>Luottamuksellisuuden menetys</translation>
    </message>
    <message>
        <source>Loss of integrity</source>
        <translation>Eheyden menetys</translation>
    </message>
    <message>
        <source>Loss of availability</source>
        <translation>Saatavuuden menetys</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Vakavuus</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>requester</source>
        <translation>pyytäjä</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <source>other contact</source>
        <translation>muu yhteystieto</translation>
    </message>
    <message>
        <source>details</source>
        <translation>tiedot</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanava</translation>
    </message>
    <message>
        <source>language of the letters</source>
        <translation>kirjeiden kieli</translation>
    </message>
    <message>
        <source>controller</source>
        <translation>rekisterinpitäjä</translation>
    </message>
    <message>
        <source>acknowledgement</source>
        <translation>vastaanottoilmoitus</translation>
    </message>
    <message>
        <source>request for identity information</source>
        <translation>henkilöllisyyden selvityspyyntö</translation>
    </message>
    <message>
        <source>extension notice</source>
        <translation>ilmoitus pidennyksestä</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>kieltäytyminen</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>täyttäminen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tyhjä)</translation>
    </message>
    <message>
        <source>{field}: “{before}” → “{after}”</source>
        <translation>{field}: ”{before}” → ”{after}”</translation>
    </message>
    <message>
        <source>{type} request received by {channel}</source>
        <translation>pyyntö: {type}, kanava: {channel}</translation>
    </message>
    <message>
        <source> (type guessed from its words)</source>
        <translation> (tyyppi arvattu sanoista)</translation>
    </message>
    <message>
        <source>type confirmed: {type}</source>
        <translation>tyyppi vahvistettu: {type}</translation>
    </message>
    <message>
        <source>type: {before} → {after}</source>
        <translation>tyyppi: {before} → {after}</translation>
    </message>
    <message>
        <source>(asked after the first month had ended: the clock does not restart)</source>
        <translation>(pyydetty ensimmäisen kuukauden päätyttyä: määräaika ei ala alusta)</translation>
    </message>
    <message>
        <source>{letter} ({language})</source>
        <translation>{letter} ({language})</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Export the whole store</source>
        <translation>Vie koko tiedosto</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Viedään…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>DPO Desk export or register (*.json *.xlsx *.csv);;JSON (*.json);;Spreadsheet (*.xlsx *.csv)</source>
        <translation>DPO Desk -vienti tai rekisteri (*.json *.xlsx *.csv);;JSON (*.json);;Taulukko (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Tuotu.</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>VVVV-KK-PP TT:MM</translation>
    </message>
</context>
<context>
    <name>FieldName</name>
    <message>
        <source>active from</source>
        <translation>käytössä alkaen</translation>
    </message>
    <message>
        <source>processing activity</source>
        <translation>käsittelytoimi</translation>
    </message>
    <message>
        <source>added</source>
        <translation>lisätty</translation>
    </message>
    <message>
        <source>address</source>
        <translation>osoite</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>ilmoitettu</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>ilmoitus</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>arvioitu</translation>
    </message>
    <message>
        <source>impact assessment</source>
        <translation>vaikutustenarviointi</translation>
    </message>
    <message>
        <source>recorded at</source>
        <translation>kirjattu</translation>
    </message>
    <message>
        <source>note on attachments</source>
        <translation>huomautus liitteistä</translation>
    </message>
    <message>
        <source>deadline for the authority</source>
        <translation>viranomaisen määräaika</translation>
    </message>
    <message>
        <source>authority&apos;s reference</source>
        <translation>viranomaisen viite</translation>
    </message>
    <message>
        <source>became aware</source>
        <translation>tietoon tullut</translation>
    </message>
    <message>
        <source>balancing test conclusion</source>
        <translation>tasapainotestin johtopäätös</translation>
    </message>
    <message>
        <source>balancing test date</source>
        <translation>tasapainotestin päivä</translation>
    </message>
    <message>
        <source>breach</source>
        <translation>tietoturvaloukkaus</translation>
    </message>
    <message>
        <source>business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>case</source>
        <translation>asia</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>syy</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanava</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>suljettu</translation>
    </message>
    <message>
        <source>closing summary</source>
        <translation>päättämisen yhteenveto</translation>
    </message>
    <message>
        <source>data subjects told</source>
        <translation>rekisteröidyille kerrottu</translation>
    </message>
    <message>
        <source>data subjects told (number)</source>
        <translation>kerrottu rekisteröidyille (määrä)</translation>
    </message>
    <message>
        <source>communication to data subjects</source>
        <translation>ilmoitus rekisteröidyille</translation>
    </message>
    <message>
        <source>communication method</source>
        <translation>ilmoitustapa</translation>
    </message>
    <message>
        <source>consequences</source>
        <translation>seuraukset</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>yhteystieto</translation>
    </message>
    <message>
        <source>content</source>
        <translation>sisältö</translation>
    </message>
    <message>
        <source>controller&apos;s contact details</source>
        <translation>rekisterinpitäjän yhteystiedot</translation>
    </message>
    <message>
        <source>controller</source>
        <translation>rekisterinpitäjä</translation>
    </message>
    <message>
        <source>controller told</source>
        <translation>rekisterinpitäjälle ilmoitettu</translation>
    </message>
    <message>
        <source>controllers</source>
        <translation>rekisterinpitäjät</translation>
    </message>
    <message>
        <source>country</source>
        <translation>maa</translation>
    </message>
    <message>
        <source>created</source>
        <translation>luotu</translation>
    </message>
    <message>
        <source>criminal offence data</source>
        <translation>rikostuomioita koskevat tiedot</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>asiakas</translation>
    </message>
    <message>
        <source>categories of personal data</source>
        <translation>henkilötietoryhmät</translation>
    </message>
    <message>
        <source>derogation (Art. 49)</source>
        <translation>poikkeus (49 artikla)</translation>
    </message>
    <message>
        <source>description</source>
        <translation>kuvaus</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>tarkennus</translation>
    </message>
    <message>
        <source>details</source>
        <translation>tiedot</translation>
    </message>
    <message>
        <source>discovered</source>
        <translation>havaittu</translation>
    </message>
    <message>
        <source>data processing agreement signed</source>
        <translation>käsittelysopimus allekirjoitettu</translation>
    </message>
    <message>
        <source>Data Privacy Framework certified</source>
        <translation>Data Privacy Framework -sertifioitu</translation>
    </message>
    <message>
        <source>impact assessment criteria</source>
        <translation>vaikutustenarvioinnin kriteerit</translation>
    </message>
    <message>
        <source>DPO&apos;s advice</source>
        <translation>tietosuojavastaavan neuvo</translation>
    </message>
    <message>
        <source>DPO&apos;s advice followed</source>
        <translation>tietosuojavastaavan neuvoa noudatettu</translation>
    </message>
    <message>
        <source>why the advice was not followed</source>
        <translation>miksi neuvoa ei noudatettu</translation>
    </message>
    <message>
        <source>DPO&apos;s e-mail</source>
        <translation>tietosuojavastaavan sähköposti</translation>
    </message>
    <message>
        <source>DPO&apos;s name</source>
        <translation>tietosuojavastaavan nimi</translation>
    </message>
    <message>
        <source>DPO&apos;s phone</source>
        <translation>tietosuojavastaavan puhelin</translation>
    </message>
    <message>
        <source>due</source>
        <translation>määräpäivä</translation>
    </message>
    <message>
        <source>effective</source>
        <translation>voimassa alkaen</translation>
    </message>
    <message>
        <source>ENISA circumstances of the breach</source>
        <translation>ENISA loukkauksen olosuhteet</translation>
    </message>
    <message>
        <source>ENISA loss of availability</source>
        <translation>ENISA saatavuuden menetys</translation>
    </message>
    <message>
        <source>ENISA loss of confidentiality</source>
        <translation>ENISA luottamuksellisuuden menetys</translation>
    </message>
    <message>
        <source>ENISA loss of integrity</source>
        <translation>ENISA eheyden menetys</translation>
    </message>
    <message>
        <source>ENISA data processing context</source>
        <translation>ENISA käsittelyn asiayhteys</translation>
    </message>
    <message>
        <source>ENISA ease of identification</source>
        <translation>ENISA tunnistettavuus</translation>
    </message>
    <message>
        <source>ENISA malicious intent</source>
        <translation>ENISA tahallisuus</translation>
    </message>
    <message>
        <source>exemption (Art. 34(3))</source>
        <translation>poikkeus (34 artiklan 3 kohta)</translation>
    </message>
    <message>
        <source>reason for the exemption</source>
        <translation>poikkeuksen peruste</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>pidennetty</translation>
    </message>
    <message>
        <source>reason for the extension</source>
        <translation>pidennyksen syy</translation>
    </message>
    <message>
        <source>requester told of the extension</source>
        <translation>pyytäjälle kerrottu pidennyksestä</translation>
    </message>
    <message>
        <source>fallback safeguard</source>
        <translation>varasuojatoimi</translation>
    </message>
    <message>
        <source>fallback SCC module</source>
        <translation>varalausekkeiden moduuli</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>tiedostonimi</translation>
    </message>
    <message>
        <source>end of the first month</source>
        <translation>ensimmäisen kuukauden päättyminen</translation>
    </message>
    <message>
        <source>forwarding term agreed</source>
        <translation>välittämisen määräaika sovittu</translation>
    </message>
    <message>
        <source>forward within (working days)</source>
        <translation>välitettävä (työpäivää)</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>välitetty</translation>
    </message>
    <message>
        <source>holidays of</source>
        <translation>pyhäpäivät</translation>
    </message>
    <message>
        <source>how it was found</source>
        <translation>miten havaittiin</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numero</translation>
    </message>
    <message>
        <source>identity checked</source>
        <translation>henkilöllisyys tarkistettu</translation>
    </message>
    <message>
        <source>identity clock</source>
        <translation>henkilöllisyyden määräaika</translation>
    </message>
    <message>
        <source>identity codes</source>
        <translation>henkilötunnukset</translation>
    </message>
    <message>
        <source>identity information received</source>
        <translation>henkilöllisyystiedot saatu</translation>
    </message>
    <message>
        <source>identity information asked</source>
        <translation>henkilöllisyystietoja pyydetty</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>henkilöllisyys</translation>
    </message>
    <message>
        <source>intent</source>
        <translation>tahallisuus</translation>
    </message>
    <message>
        <source>joint controllers</source>
        <translation>yhteisrekisterinpitäjät</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>asetus</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>laji</translation>
    </message>
    <message>
        <source>language</source>
        <translation>kieli</translation>
    </message>
    <message>
        <source>last reviewed</source>
        <translation>viimeksi tarkistettu</translation>
    </message>
    <message>
        <source>late</source>
        <translation>myöhässä</translation>
    </message>
    <message>
        <source>reason for the delay</source>
        <translation>viivästyksen syy</translation>
    </message>
    <message>
        <source>lead supervisory authority</source>
        <translation>johtava valvontaviranomainen</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>oikeusperuste</translation>
    </message>
    <message>
        <source>legal entity ID</source>
        <translation>oikeushenkilön tunnus</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>todennäköisyys</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>toimenpiteet</translation>
    </message>
    <message>
        <source>measures in place before</source>
        <translation>aiemmat toimenpiteet</translation>
    </message>
    <message>
        <source>measures proposed</source>
        <translation>ehdotetut toimenpiteet</translation>
    </message>
    <message>
        <source>measures taken</source>
        <translation>toteutetut toimenpiteet</translation>
    </message>
    <message>
        <source>media type</source>
        <translation>tiedostotyyppi</translation>
    </message>
    <message>
        <source>member states</source>
        <translation>jäsenvaltiot</translation>
    </message>
    <message>
        <source>message</source>
        <translation>viesti</translation>
    </message>
    <message>
        <source>message digest</source>
        <translation>viestin tiiviste</translation>
    </message>
    <message>
        <source>message ID</source>
        <translation>viestin tunniste</translation>
    </message>
    <message>
        <source>items missing</source>
        <translation>puuttuvat tiedot</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>nature</source>
        <translation>luonne</translation>
    </message>
    <message>
        <source>necessity and proportionality</source>
        <translation>tarpeellisuus ja oikeasuhteisuus</translation>
    </message>
    <message>
        <source>next review</source>
        <translation>seuraava tarkistus</translation>
    </message>
    <message>
        <source>note</source>
        <translation>huomautus</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>huomautukset</translation>
    </message>
    <message>
        <source>notifier</source>
        <translation>ilmoittaja</translation>
    </message>
    <message>
        <source>objections until</source>
        <translation>vastustettava viimeistään</translation>
    </message>
    <message>
        <source>date</source>
        <translation>päivä</translation>
    </message>
    <message>
        <source>occurred from</source>
        <translation>tapahtui alkaen</translation>
    </message>
    <message>
        <source>occurred until</source>
        <translation>tapahtui asti</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>jatkuu</translation>
    </message>
    <message>
        <source>other authorities</source>
        <translation>muut viranomaiset</translation>
    </message>
    <message>
        <source>other notifications</source>
        <translation>muut ilmoitukset</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>lopputulos</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>perustelut</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>omistaja</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>vaihe</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>suunniteltu</translation>
    </message>
    <message>
        <source>position</source>
        <translation>järjestys</translation>
    </message>
    <message>
        <source>prior consultation</source>
        <translation>ennakkokuuleminen</translation>
    </message>
    <message>
        <source>prior consultation outcome</source>
        <translation>ennakkokuulemisen tulos</translation>
    </message>
    <message>
        <source>countries of processing</source>
        <translation>käsittelymaat</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>henkilötietojen käsittelijä</translation>
    </message>
    <message>
        <source>processor told</source>
        <translation>käsittelijälle ilmoitettu</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>käyttötarkoitus</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>syy</translation>
    </message>
    <message>
        <source>received</source>
        <translation>vastaanotettu</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>vastaanottaja</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>vastaanottajat</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>kirjattu</translation>
    </message>
    <message>
        <source>records (approximate)</source>
        <translation>tietueita (arvio)</translation>
    </message>
    <message>
        <source>records estimated</source>
        <translation>tietueet arvioitu</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>tunnus</translation>
    </message>
    <message>
        <source>replaces</source>
        <translation>korvaa</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>vastattu</translation>
    </message>
    <message>
        <source>language of reports</source>
        <translation>raporttien kieli</translation>
    </message>
    <message>
        <source>request</source>
        <translation>pyyntö</translation>
    </message>
    <message>
        <source>residual risk</source>
        <translation>jäännösriski</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>ratkaisu</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>säilytysaika</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>poistettu käytöstä</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>riski</translation>
    </message>
    <message>
        <source>reasoning for the risk</source>
        <translation>riskin perustelut</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rooli</translation>
    </message>
    <message>
        <source>safeguard</source>
        <translation>suojatoimi</translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation>vakiolausekkeiden moduuli</translation>
    </message>
    <message>
        <source>SCC version</source>
        <translation>vakiolausekkeiden versio</translation>
    </message>
    <message>
        <source>screened</source>
        <translation>seulottu</translation>
    </message>
    <message>
        <source>search key</source>
        <translation>hakuavain</translation>
    </message>
    <message>
        <source>security measures</source>
        <translation>turvatoimet</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>lähetetty</translation>
    </message>
    <message>
        <source>serves</source>
        <translation>palvelee</translation>
    </message>
    <message>
        <source>service</source>
        <translation>palvelu</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>vakavuus</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>size</source>
        <translation>koko</translation>
    </message>
    <message>
        <source>source</source>
        <translation>lähde</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>lähteet</translation>
    </message>
    <message>
        <source>special categories (Art. 9)</source>
        <translation>erityiset henkilötietoryhmät (9 artikla)</translation>
    </message>
    <message>
        <source>Art. 9(2) condition</source>
        <translation>9 artiklan 2 kohdan edellytys</translation>
    </message>
    <message>
        <source>status</source>
        <translation>tila</translation>
    </message>
    <message>
        <source>categories of data subjects</source>
        <translation>rekisteröityjen ryhmät</translation>
    </message>
    <message>
        <source>requester&apos;s other contact</source>
        <translation>pyytäjän muu yhteystieto</translation>
    </message>
    <message>
        <source>requester&apos;s e-mail</source>
        <translation>pyytäjän sähköposti</translation>
    </message>
    <message>
        <source>requester</source>
        <translation>pyytäjä</translation>
    </message>
    <message>
        <source>data subjects (approximate)</source>
        <translation>rekisteröityjä (arvio)</translation>
    </message>
    <message>
        <source>data subjects estimated</source>
        <translation>rekisteröidyt arvioitu</translation>
    </message>
    <message>
        <source>subprocessor</source>
        <translation>alikäsittelijä</translation>
    </message>
    <message>
        <source>supplementary measures</source>
        <translation>lisätoimenpiteet</translation>
    </message>
    <message>
        <source>systems</source>
        <translation>järjestelmät</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teksti</translation>
    </message>
    <message>
        <source>transfer impact assessment</source>
        <translation>siirtovaikutusten arviointi</translation>
    </message>
    <message>
        <source>transfer impact assessment review</source>
        <translation>siirtovaikutusten arvioinnin tarkistus</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>aikavyöhyke</translation>
    </message>
    <message>
        <source>title</source>
        <translation>otsikko</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tyyppi</translation>
    </message>
    <message>
        <source>type guessed</source>
        <translation>tyyppi arvattu</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>päivitetty</translation>
    </message>
    <message>
        <source>value</source>
        <translation>arvo</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versio</translation>
    </message>
    <message>
        <source>vulnerable data subjects</source>
        <translation>haavoittuvassa asemassa olevat rekisteröidyt</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>varoitukset</translation>
    </message>
    <message>
        <source>website</source>
        <translation>verkkosivusto</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>muutettu</translation>
    </message>
    <message>
        <source>file&apos;s SHA-256</source>
        <translation>tiedoston SHA-256</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>tunnuslause</translation>
    </message>
    <message>
        <source>{table}, row {row}, column {column}</source>
        <translation>{table}, rivi {row}, sarake {column}</translation>
    </message>
    <message>
        <source>{table}, row {row}</source>
        <translation>{table}, rivi {row}</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}, column {column}</source>
        <translation>taulukko {sheet}, rivi {row}, sarake {column}</translation>
    </message>
    <message>
        <source>field</source>
        <translation>kenttä</translation>
    </message>
    <message>
        <source>sort order</source>
        <translation>lajittelujärjestys</translation>
    </message>
    <message>
        <source>notification</source>
        <translation>ilmoitus</translation>
    </message>
    <message>
        <source>message file</source>
        <translation>viestitiedosto</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <source>recipient excused</source>
        <translation>vastaanottaja, jolle ei ilmoiteta</translation>
    </message>
    <message>
        <source>version edited</source>
        <translation>muokattu versio</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tiedosto</translation>
    </message>
    <message>
        <source>identity step</source>
        <translation>henkilöllisyyden selvittämisen vaihe</translation>
    </message>
    <message>
        <source>rows per page</source>
        <translation>rivejä sivulla</translation>
    </message>
    <message>
        <source>rows skipped</source>
        <translation>ohitetut rivit</translation>
    </message>
    <message>
        <source>format version</source>
        <translation>muotoversio</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>taulut</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>tapahtumaloki</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>sarakkeet</translation>
    </message>
    <message>
        <source>column mapping</source>
        <translation>sarakkeiden valinta</translation>
    </message>
    <message>
        <source>date order</source>
        <translation>päivämäärien järjestys</translation>
    </message>
    <message>
        <source>new passphrase</source>
        <translation>uusi tunnuslause</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>tallennettava tiedosto</translation>
    </message>
    <message>
        <source>evidence bundle file</source>
        <translation>todistepaketin tiedosto</translation>
    </message>
    <message>
        <source>evidence bundle</source>
        <translation>todistepaketti</translation>
    </message>
    <message>
        <source>backup file</source>
        <translation>varmuuskopiotiedosto</translation>
    </message>
    <message>
        <source>year</source>
        <translation>vuosi</translation>
    </message>
    <message>
        <source>end of the period</source>
        <translation>jakson loppu</translation>
    </message>
    <message>
        <source>head kept elsewhere</source>
        <translation>muualla säilytetty tiiviste</translation>
    </message>
    <message>
        <source>report</source>
        <translation>raportti</translation>
    </message>
    <message>
        <source>time limit when identity information is asked</source>
        <translation>määräaika, kun henkilöllisyyden todentamista pyydetään</translation>
    </message>
    <message>
        <source>forwarding to the controller (working days)</source>
        <translation>välittäminen rekisterinpitäjälle (työpäivää)</translation>
    </message>
    <message>
        <source>days before a request is due soon</source>
        <translation>päivät, joita ennen pyynnön määräaika lähestyy</translation>
    </message>
    <message>
        <source>days to tell the recipients (Art. 19)</source>
        <translation>päivät vastaanottajille ilmoittamiseen (19 art.)</translation>
    </message>
    <message>
        <source>Christmas Eve as a non-working day</source>
        <translation>jouluaatto vapaapäivänä</translation>
    </message>
    <message>
        <source>Midsummer Eve as a non-working day</source>
        <translation>juhannusaatto vapaapäivänä</translation>
    </message>
    <message>
        <source>days to object to a register change</source>
        <translation>päivät rekisterimuutoksen vastustamiseen</translation>
    </message>
    <message>
        <source>reminder of a request&apos;s limit (days ahead)</source>
        <translation>muistutus pyynnön määräajasta (päivää ennen)</translation>
    </message>
    <message>
        <source>reminder of a breach limit (hours ahead)</source>
        <translation>muistutus tietoturvaloukkauksen määräajasta (tuntia ennen)</translation>
    </message>
    <message>
        <source>review of processing activities (months)</source>
        <translation>käsittelytoimien katselmointi (kuukautta)</translation>
    </message>
    <message>
        <source>largest attachment (MB)</source>
        <translation>suurin liite (Mt)</translation>
    </message>
    <message>
        <source>largest spreadsheet to import, unpacked (MB)</source>
        <translation>suurin tuotava taulukko purettuna (Mt)</translation>
    </message>
    <message>
        <source>most rows an import reads</source>
        <translation>tuonnin enimmäisrivimäärä</translation>
    </message>
    <message>
        <source>lock after idle (minutes)</source>
        <translation>lukitus joutoajan jälkeen (min)</translation>
    </message>
    <message>
        <source>daily backups kept</source>
        <translation>säilytettävät päivittäiset varmuuskopiot</translation>
    </message>
    <message>
        <source>closed cases may be purged after (years)</source>
        <translation>suljettujen asioiden poisto (vuoden kuluttua)</translation>
    </message>
    <message>
        <source>adequacy list</source>
        <translation>riittävyyspäätösluettelo</translation>
    </message>
    <message>
        <source>holiday country</source>
        <translation>pyhäpäivien maa</translation>
    </message>
    <message>
        <source>list of processing that needs an impact assessment</source>
        <translation>vaikutustenarviointia edellyttävien käsittelyjen luettelo</translation>
    </message>
    <message>
        <source>subprocessors</source>
        <translation>alikäsittelijät</translation>
    </message>
    <message>
        <source>country of the transfer</source>
        <translation>siirron kohdemaa</translation>
    </message>
    <message>
        <source>details of the transfer</source>
        <translation>siirron tiedot</translation>
    </message>
    <message>
        <source>recipient of the transfer</source>
        <translation>siirron vastaanottaja</translation>
    </message>
    <message>
        <source>safeguard of the transfer</source>
        <translation>siirron suojatoimi</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>{country}: no safeguard recorded for a transfer outside the EEA</source>
        <translation>{country}: ETA-alueen ulkopuolelle tehtävälle siirrolle ei ole kirjattu suojatoimia</translation>
    </message>
    <message>
        <source>{country}: the SCCs of {version} were repealed; sign the clauses of 2021/914</source>
        <translation>{country}: vakiolausekkeet {version} on kumottu; allekirjoita vakiosopimuslausekkeet 2021/914</translation>
    </message>
    <message>
        <source>{country}: the SCC module (1-4) is not recorded</source>
        <translation>{country}: vakiolausekkeiden moduulia (1–4) ei ole kirjattu</translation>
    </message>
    <message>
        <source>{country}: which Art. 49(1) derogation applies is not recorded</source>
        <translation>{country}: sovellettavaa 49 artiklan 1 kohdan poikkeusta ei ole kirjattu</translation>
    </message>
    <message>
        <source>{country}: a subprocessor receives data all the time, but Art. 49 derogations are for occasional transfers (EDPB Guidelines 2/2018): put SCCs or another Art. 46 safeguard in place</source>
        <translation>{country}: alikäsittelijä saa tietoja jatkuvasti, mutta 49 artiklan poikkeukset koskevat satunnaisia siirtoja (EDPB:n ohjeet 2/2018): ota käyttöön vakiolausekkeet tai muu 46 artiklan mukainen suojatoimi</translation>
    </message>
    <message>
        <source>{country}: compelling legitimate interests also need the supervisory authority informed of the transfer and the data subjects told of it and of the interests pursued (Art. 49(1) second subparagraph)</source>
        <translation>{country}: pakottaviin oikeutettuihin etuihin perustuvasta siirrosta on lisäksi ilmoitettava valvontaviranomaiselle, ja rekisteröidyille on kerrottava siirrosta ja tavoitelluista eduista (49 artiklan 1 kohdan toinen alakohta)</translation>
    </message>
    <message>
        <source>{country}: SCC module {module} ({module_name}) does not fit a subprocessor, which processes on our behalf: module 3 when we act as a processor, module 2 when we are the controller</source>
        <translation>{country}: vakiolausekkeiden moduuli {module} ({module_name}) ei sovi alikäsittelijälle, joka käsittelee tietoja puolestamme: moduuli 3, kun toimimme henkilötietojen käsittelijänä, moduuli 2, kun olemme rekisterinpitäjä</translation>
    </message>
    <message>
        <source>{country}: SCC module {module} ({module_name}) is recorded, but the activities it serves say we act {role}: module {expected} would fit; check the contract</source>
        <translation>{country}: vakiolausekkeiden moduuli {module} ({module_name}) on kirjattu, mutta käsittelytoimet, joita alikäsittelijä palvelee, osoittavat, että toimimme {role}: moduuli {expected} sopisi; tarkista sopimus</translation>
    </message>
    <message>
        <source>{country}: adequacy claimed but no adequacy decision covers it</source>
        <translation>{country}: siirto perustuu kirjauksen mukaan riittävyyspäätökseen, mutta maata ei koske mikään riittävyyspäätös</translation>
    </message>
    <message>
        <source>{country}: adequacy claimed but decision {reference} is not in force on {date}</source>
        <translation>{country}: siirto perustuu kirjauksen mukaan riittävyyspäätökseen, mutta päätös {reference} ei ole voimassa {date}</translation>
    </message>
    <message>
        <source>{country}: no valid transfer basis: {decision} covers only certified organisations and this recipient is not marked as certified; sign the 2021 SCCs or use another Art. 46 safeguard</source>
        <translation>{country}: ei pätevää siirtoperustetta: {decision} kattaa vain sertifioidut organisaatiot, eikä tätä vastaanottajaa ole merkitty sertifioiduksi; allekirjoita vuoden 2021 vakiolausekkeet tai käytä muuta 46 artiklan mukaista suojatoimea</translation>
    </message>
    <message>
        <source>{country}: {decision} is under legal challenge; record a fallback</source>
        <translation>{country}: {decision} on oikeudellisesti haastettu; kirjaa varalla oleva siirtoperuste</translation>
    </message>
    <message>
        <source>{country}: {decision} is under legal challenge (case {case} pending); record a fallback</source>
        <translation>{country}: {decision} on oikeudellisesti haastettu (asia {case} vireillä); kirjaa varalla oleva siirtoperuste</translation>
    </message>
    <message>
        <source>{country}: {decision} is under legal challenge; fallback recorded: {fallback}</source>
        <translation>{country}: {decision} on oikeudellisesti haastettu; varalla oleva siirtoperuste kirjattu: {fallback}</translation>
    </message>
    <message>
        <source>{country}: the decision&apos;s scope is limited: {scope_note}</source>
        <translation>{country}: riittävyyspäätöksen soveltamisala on rajattu: {scope_note}</translation>
    </message>
    <message>
        <source>{country}: the transfer impact assessment was due for review on {date}</source>
        <translation>{country}: siirtovaikutusten arviointi olisi pitänyt katselmoida {date} mennessä</translation>
    </message>
    <message>
        <source>{country}: no transfer impact assessment recorded (Clause 14 of the SCCs requires one; EDPB Recommendations 01/2020)</source>
        <translation>{country}: siirtovaikutusten arviointia ei ole kirjattu (vakiolausekkeiden 14 lauseke edellyttää sitä; EDPB:n suositukset 01/2020)</translation>
    </message>
    <message>
        <source>no signed data processing agreement (Art. 28(3)) recorded</source>
        <translation>allekirjoitettua henkilötietojen käsittelysopimusta (28 artiklan 3 kohta) ei ole kirjattu</translation>
    </message>
    <message>
        <source>controller to controller</source>
        <translation>rekisterinpitäjältä rekisterinpitäjälle</translation>
    </message>
    <message>
        <source>controller to processor</source>
        <translation>rekisterinpitäjältä henkilötietojen käsittelijälle</translation>
    </message>
    <message>
        <source>processor to processor</source>
        <translation>henkilötietojen käsittelijältä henkilötietojen käsittelijälle</translation>
    </message>
    <message>
        <source>processor to controller</source>
        <translation>henkilötietojen käsittelijältä rekisterinpitäjälle</translation>
    </message>
    <message>
        <source>as a processor</source>
        <translation>henkilötietojen käsittelijänä</translation>
    </message>
    <message>
        <source>as the controller</source>
        <translation>rekisterinpitäjänä</translation>
    </message>
    <message>
        <source>SCCs</source>
        <translation>vakiolausekkeet</translation>
    </message>
    <message>
        <source>BCRs</source>
        <translation>yritystä koskevat sitovat säännöt</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>All deadlines…</source>
        <translation>Kaikki määräajat…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Etusivu</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Ei vielä näytettävää</translation>
    </message>
    <message>
        <source>When you log a rights request or a breach, or fill the register of subprocessors and the records of processing, this page shows what is open, what is late and what falls due in the next two weeks, with the year&apos;s figures in charts.</source>
        <translation>Kun kirjaat oikeuspyynnön tai loukkauksen tai täytät alikäsittelijärekisterin ja selosteen käsittelytoimista, tämä sivu näyttää, mikä on avoinna, mikä myöhässä ja mikä erääntyy kahden seuraavan viikon aikana, sekä vuoden luvut kaavioina.</translation>
    </message>
    <message>
        <source>Log a request</source>
        <translation>Kirjaa pyyntö</translation>
    </message>
    <message>
        <source>Log a breach</source>
        <translation>Kirjaa loukkaus</translation>
    </message>
    <message>
        <source>Open the register</source>
        <translation>Avaa rekisteri</translation>
    </message>
    <message>
        <source>Organisation settings</source>
        <translation>Organisaation asetukset</translation>
    </message>
    <message>
        <source>As of {0}</source>
        <translation>Tilanne {0}</translation>
    </message>
    <message>
        <source>Overdue ({0})</source>
        <translation>Myöhässä ({0})</translation>
    </message>
    <message numerus="yes">
        <source>Due in the next %n day(s) ({0})</source>
        <translation>
            <numerusform>Erääntyy seuraavan %n päivän aikana ({0})</numerusform>
            <numerusform>Erääntyy seuraavien %n päivän aikana ({0})</numerusform>
        </translation>
    </message>
    <message>
        <source>open requests</source>
        <translation>avointa pyyntöä</translation>
    </message>
    <message>
        <source>open breaches</source>
        <translation>avointa loukkausta</translation>
    </message>
    <message>
        <source>entries with warnings</source>
        <translation>merkintää, joissa varoituksia</translation>
    </message>
    <message>
        <source>activities with warnings</source>
        <translation>käsittelytointa, joissa varoituksia</translation>
    </message>
    <message>
        <source>Open {0} (due {1})</source>
        <translation>Avaa {0} (määräpäivä {1})</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Ei mitään myöhässä.</translation>
    </message>
    <message>
        <source>Nothing falls due.</source>
        <translation>Ei mitään erääntymässä.</translation>
    </message>
    <message>
        <source>Requests per month by type, {0}</source>
        <translation>Pyynnöt kuukausittain tyypeittäin, {0}</translation>
    </message>
    <message>
        <source>On time ({0})</source>
        <translation>Ajoissa ({0})</translation>
    </message>
    <message>
        <source>Late ({0})</source>
        <translation>Myöhässä ({0})</translation>
    </message>
    <message>
        <source>Breaches by cause</source>
        <translation>Loukkaukset syittäin</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Asia</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n myöhässä</numerusform>
            <numerusform>%n myöhässä</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the {0} page</source>
        <translation>Näytä sivu {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n more: all of them on the Deadlines page</source>
        <translation>
            <numerusform>%n lisää: kaikki Määräajat-sivulla</numerusform>
            <numerusform>%n lisää: kaikki Määräajat-sivulla</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the Deadlines page</source>
        <translation>Näytä Määräajat-sivu</translation>
    </message>
    <message>
        <source>Requests closed {0}: answered on time</source>
        <translation>Suljetut pyynnöt {0}: vastattu ajoissa</translation>
    </message>
    <message>
        <source>Requests closed {0}: {1} % answered on time</source>
        <translation>Suljetut pyynnöt {0}: {1} % vastattu ajoissa</translation>
    </message>
    <message>
        <source>Requests closed {0}: none yet</source>
        <translation>Suljetut pyynnöt {0}: ei vielä yhtään</translation>
    </message>
    <message>
        <source>Breaches by cause: none in the last 12 months</source>
        <translation>Loukkaukset syittäin: ei yhtään viimeisten 12 kuukauden aikana</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Pääsy tietoihin</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Oikaisu</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Poistaminen</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Käsittelyn rajoittaminen</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>Siirrettävyys</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Vastustaminen</translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation>Suostumuksen peruminen</translation>
    </message>
    <message>
        <source>Automated decision</source>
        <translation>Automaattinen päätös</translation>
    </message>
    <message>
        <source>Ransomware</source>
        <translation>Kiristyshaittaohjelma</translation>
    </message>
    <message>
        <source>Data exfiltration</source>
        <translation>Tietojen vienti ulos</translation>
    </message>
    <message>
        <source>Human error</source>
        <translation>Inhimillinen virhe</translation>
    </message>
    <message>
        <source>Lost or stolen</source>
        <translation>Kadonnut tai varastettu</translation>
    </message>
    <message>
        <source>Misdelivery</source>
        <translation>Väärä vastaanottaja</translation>
    </message>
    <message>
        <source>Social engineering</source>
        <translation>Käyttäjän manipulointi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
</context>
<context>
    <name>ImportPlanDialog</name>
    <message>
        <source>Import {0}</source>
        <translation>Tuo {0}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>Nothing has been written yet. This is what the import would do:</source>
        <translation>Mitään ei ole vielä kirjoitettu. Tuonti tekisi seuraavaa:</translation>
    </message>
    <message>
        <source>exact copy into an empty store</source>
        <translation>tarkka kopio tyhjään tietokantaan</translation>
    </message>
    <message>
        <source>merge by reference</source>
        <translation>yhdistäminen tunnuksen mukaan</translation>
    </message>
    <message>
        <source>Import mode: {0}</source>
        <translation>Tuontitapa: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n lisättävä</numerusform>
            <numerusform>%n lisättävää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to change</source>
        <translation>
            <numerusform>%n muutettava</numerusform>
            <numerusform>%n muutettavaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n ennallaan</numerusform>
            <numerusform>%n ennallaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to add</source>
        <translation>
            <numerusform>%n lisättävä rivi</numerusform>
            <numerusform>%n lisättävää riviä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rivi</numerusform>
            <numerusform>%n riviä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of imported records written</source>
        <translation>
            <numerusform>%n tuotujen tietueiden rivi kirjoitetaan</numerusform>
            <numerusform>%n tuotujen tietueiden riviä kirjoitetaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries of the file&apos;s audit trail kept out: this store&apos;s own trail has begun</source>
        <translation>
            <numerusform>tiedoston tapahtumalokista jätetään pois %n merkintä: tämän tietokannan oma loki on jo alkanut</numerusform>
            <numerusform>tiedoston tapahtumalokista jätetään pois %n merkintää: tämän tietokannan oma loki on jo alkanut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries restored as they were</source>
        <translation>
            <numerusform>%n merkintä palautetaan sellaisenaan</numerusform>
            <numerusform>%n merkintää palautetaan sellaisenaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them sealed anew (written before DPO Desk sealed values)</source>
        <translation>
            <numerusform>niistä %n sinetöidään uudelleen (kirjoitettu ennen kuin DPO Desk sinetöi arvot)</numerusform>
            <numerusform>niistä %n sinetöidään uudelleen (kirjoitettu ennen kuin DPO Desk sinetöi arvot)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputReason</name>
    <message>
        <source>is not a field of a breach</source>
        <translation>ei ole tietoturvaloukkauksen kenttä</translation>
    </message>
    <message>
        <source>is not a comma-separated list of confidentiality, integrity and availability</source>
        <translation>ei ole pilkuin eroteltu luettelo näistä: luottamuksellisuus, eheys, saatavuus</translation>
    </message>
    <message>
        <source>is not a number from 1 to 4</source>
        <translation>ei ole luku väliltä 1–4</translation>
    </message>
    <message>
        <source>is not 0.25, 0.5, 0.75 or 1</source>
        <translation>ei ole 0,25; 0,5; 0,75 tai 1</translation>
    </message>
    <message>
        <source>is not a multiple of 0.25 from 0 to 2</source>
        <translation>ei ole luvun 0,25 monikerta väliltä 0–2</translation>
    </message>
    <message>
        <source>is not 0, 0.25 or 0.5</source>
        <translation>ei ole 0; 0,25 tai 0,5</translation>
    </message>
    <message>
        <source>is not the sum of its parts (the losses plus malicious intent)</source>
        <translation>ei ole osiensa summa (menetykset sekä vahingollinen tarkoitus)</translation>
    </message>
    <message>
        <source>needs all three ENISA components (DPC, EI and CB) or none</source>
        <translation>tarvitsee kaikki kolme ENISA-osatekijää (DPC, EI ja CB) tai ei yhtään niistä</translation>
    </message>
    <message>
        <source>is not a notification of {reference}</source>
        <translation>ei ole tapauksen {reference} ilmoitus</translation>
    </message>
    <message>
        <source>is not a notification of {reference} (it has {count})</source>
        <translation>ei ole tapauksen {reference} ilmoitus (kirjattuja ilmoituksia on {count})</translation>
    </message>
    <message>
        <source>changed after it was checked; nothing was imported</source>
        <translation>muuttui tarkistuksen jälkeen; mitään ei tuotu</translation>
    </message>
    <message>
        <source>cannot be read ({problem})</source>
        <translation>ei ole luettavissa ({problem})</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>ei ole UTF-8-tekstiä</translation>
    </message>
    <message>
        <source>is not valid JSON (line {line}, column {column})</source>
        <translation>ei ole kelvollista JSONia (rivi {line}, sarake {column})</translation>
    </message>
    <message>
        <source>is nested deeper than any export</source>
        <translation>on syvemmin sisäkkäinen kuin mikään vientitiedosto</translation>
    </message>
    <message>
        <source>holds a number that no field takes</source>
        <translation>sisältää luvun, jota mikään kenttä ei hyväksy</translation>
    </message>
    <message>
        <source>is not a DPO Desk export (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>ei ole DPO Desk -vienti (siitä puuttuu &quot;format&quot;: &quot;{format}&quot;)</translation>
    </message>
    <message>
        <source>“{value}” is not a format version</source>
        <translation>”{value}” ei ole muotoversio</translation>
    </message>
    <message>
        <source>is missing or not an object</source>
        <translation>puuttuu tai ei ole objekti</translation>
    </message>
    <message>
        <source>appears twice in the file</source>
        <translation>esiintyy tiedostossa kahdesti</translation>
    </message>
    <message>
        <source>“{value}” is not a table of this DPO Desk version</source>
        <translation>”{value}” ei ole tämän DPO Desk -version taulu</translation>
    </message>
    <message>
        <source>is not a list of rows</source>
        <translation>ei ole rivien luettelo</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ei ole objekti</translation>
    </message>
    <message>
        <source>“{value}” is not a column of this table</source>
        <translation>”{value}” ei ole tämän taulun sarake</translation>
    </message>
    <message>
        <source>is not a valid value of its kind ({kind})</source>
        <translation>ei ole kelvollinen arvo tyypiltään ({kind})</translation>
    </message>
    <message>
        <source>does not fit this store ({reason}); nothing was imported</source>
        <translation>ei sovi tähän DPO Desk -tiedostoon ({reason}); mitään ei tuotu</translation>
    </message>
    <message>
        <source>entry {value} breaks the file&apos;s audit chain: the file&apos;s trail was altered</source>
        <translation>merkintä {value} katkaisee tiedoston tapahtumalokin ketjun: lokia on muutettu</translation>
    </message>
    <message>
        <source>is required for a closed request</source>
        <translation>on pakollinen suljetulle pyynnölle</translation>
    </message>
    <message>
        <source>must be closed for a request with an outcome</source>
        <translation>on oltava suljettu, kun pyynnöllä on lopputulos</translation>
    </message>
    <message>
        <source>is required for a refusal (Art. 12(4))</source>
        <translation>on pakollinen, kun pyynnöstä kieltäydytään (12 artiklan 4 kohta)</translation>
    </message>
    <message>
        <source>is required for an extension (Art. 12(3))</source>
        <translation>on pakollinen, kun määräaikaa pidennetään (12 artiklan 3 kohta)</translation>
    </message>
    <message>
        <source>is not a spreadsheet: use .xlsx or .csv</source>
        <translation>ei ole taulukko: käytä .xlsx- tai .csv-tiedostoa</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>ei ole olemassa</translation>
    </message>
    <message>
        <source>is larger than the import limit of {megabytes} MB</source>
        <translation>on suurempi kuin tuonnin enimmäiskoko {megabytes} Mt</translation>
    </message>
    <message>
        <source>could not be read as an Excel workbook</source>
        <translation>ei ole luettavissa Excel-työkirjana</translation>
    </message>
    <message>
        <source>unpacks to {unpacked} MB, past the import limit of {megabytes} MB; nothing was read</source>
        <translation>on purettuna {unpacked} Mt, yli tuonnin enimmäiskoon {megabytes} Mt; mitään ei luettu</translation>
    </message>
    <message>
        <source>has more than {rows} rows, the import limit; nothing was read</source>
        <translation>sisältää yli {rows} riviä, tuonnin enimmäismäärän; mitään ei luettu</translation>
    </message>
    <message>
        <source>holds no rows</source>
        <translation>ei sisällä rivejä</translation>
    </message>
    <message>
        <source>has no header row: its first row must name the columns</source>
        <translation>siitä puuttuu otsikkorivi: ensimmäisen rivin on nimettävä sarakkeet</translation>
    </message>
    <message>
        <source>is not text in UTF-8 or Windows-1252</source>
        <translation>ei ole UTF-8- tai Windows-1252-merkistön tekstiä</translation>
    </message>
    <message>
        <source>is not valid CSV at line {line} (look at its quotation marks); nothing was read</source>
        <translation>ei ole kelvollista CSV:tä rivillä {line} (tarkista lainausmerkit); mitään ei luettu</translation>
    </message>
    <message>
        <source>is not a text file</source>
        <translation>ei ole tekstitiedosto</translation>
    </message>
    <message>
        <source>lacks required columns: {columns}; map them first</source>
        <translation>siitä puuttuu pakollisia sarakkeita: {columns}; valitse niille sarakkeet ensin</translation>
    </message>
    <message>
        <source>“{value}” is not a column of {source} (columns: {columns})</source>
        <translation>”{value}” ei ole tiedoston {source} sarake (sarakkeet: {columns})</translation>
    </message>
    <message>
        <source>“{value}” is not a field of this register (known: {known})</source>
        <translation>”{value}” ei ole tämän rekisterin kenttä (tunnetut: {known})</translation>
    </message>
    <message>
        <source>is too short: use at least {least} characters</source>
        <translation>on liian lyhyt: käytä vähintään {least} merkkiä</translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation>ei saa sisältää NUL-merkkiä</translation>
    </message>
    <message>
        <source>is empty: give the store&apos;s passphrase</source>
        <translation>puuttuu: anna tiedoston tunnuslause</translation>
    </message>
    <message>
        <source>is empty: name the file to write</source>
        <translation>puuttuu: nimeä tallennettava tiedosto</translation>
    </message>
    <message>
        <source>holds control or bidi characters; choose a plain file name</source>
        <translation>sisältää ohjaus- tai kirjoitussuuntamerkkejä; valitse tavallinen tiedostonimi</translation>
    </message>
    <message>
        <source>is a folder; give a file name</source>
        <translation>on kansio; anna tiedostonimi</translation>
    </message>
    <message>
        <source>is in a folder that does not exist</source>
        <translation>on kansiossa, jota ei ole olemassa</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ei ole tavallinen tiedosto</translation>
    </message>
    <message>
        <source>already exists; choose another name</source>
        <translation>on jo olemassa; valitse toinen nimi</translation>
    </message>
    <message>
        <source>is the store or one of its own files; choose another file</source>
        <translation>on DPO Desk -tiedosto itse tai jokin sen omista tiedostoista; valitse toinen tiedosto</translation>
    </message>
    <message>
        <source>is in the store&apos;s backup folder; choose another file</source>
        <translation>on DPO Desk -tiedoston varmuuskopiokansiossa; valitse toinen tiedosto</translation>
    </message>
    <message>
        <source>is one of the store&apos;s backups; choose another file</source>
        <translation>on DPO Desk -tiedoston varmuuskopio; valitse toinen tiedosto</translation>
    </message>
    <message>
        <source>cannot be written ({why})</source>
        <translation>ei ole kirjoitettavissa ({why})</translation>
    </message>
    <message>
        <source>cannot be used ({why})</source>
        <translation>ei ole käytettävissä ({why})</translation>
    </message>
    <message>
        <source>does not end in {suffixes}</source>
        <translation>tiedostopääte ei ole mikään näistä: {suffixes}</translation>
    </message>
    <message>
        <source>is longer than a spreadsheet cell holds ({limit} characters)</source>
        <translation>on pidempi kuin laskentataulukon soluun mahtuu ({limit} merkkiä)</translation>
    </message>
    <message>
        <source>holds control characters a spreadsheet cannot store</source>
        <translation>sisältää ohjausmerkkejä, joita laskentataulukkoon ei voi tallentaa</translation>
    </message>
    <message>
        <source>is not a readable zip file</source>
        <translation>ei ole luettavissa oleva zip-tiedosto</translation>
    </message>
    <message>
        <source>holds a path outside its folder: “{member}”</source>
        <translation>sisältää polun oman kansionsa ulkopuolelle: ”{member}”</translation>
    </message>
    <message>
        <source>has no {manifest}</source>
        <translation>ei sisällä tiedostoa {manifest}</translation>
    </message>
    <message>
        <source>has a {manifest} that cannot be read</source>
        <translation>sisältää tiedoston {manifest}, jota ei voi lukea</translation>
    </message>
    <message>
        <source>is not a case reference like DSR-2026-0001 or BR-2026-0001</source>
        <translation>ei ole asian tunnus, kuten DSR-2026-0001 tai BR-2026-0001</translation>
    </message>
    <message>
        <source>does not exist or is not a file</source>
        <translation>ei ole olemassa tai ei ole tiedosto</translation>
    </message>
    <message>
        <source>is over the limit of {most} MB (Settings: largest attachment accepted)</source>
        <translation>ylittää {most} Mt:n rajan (Asetukset: suurin hyväksytty liite)</translation>
    </message>
    <message>
        <source>is not an e-mail message: use an .eml or an Outlook .msg file</source>
        <translation>ei ole sähköpostiviesti: käytä .eml-tiedostoa tai Outlookin .msg-tiedostoa</translation>
    </message>
    <message>
        <source>is not an e-mail message (it holds binary data, not mail headers); nothing was stored</source>
        <translation>ei ole sähköpostiviesti (siinä on binääridataa eikä sähköpostin otsakkeita); mitään ei tallennettu</translation>
    </message>
    <message>
        <source>is not an e-mail message (its structure could not be read); nothing was stored</source>
        <translation>ei ole sähköpostiviesti (sen rakennetta ei voitu lukea); mitään ei tallennettu</translation>
    </message>
    <message>
        <source>is not an e-mail message (no sender with an address); nothing was stored</source>
        <translation>ei ole sähköpostiviesti (lähettäjän osoite puuttuu); mitään ei tallennettu</translation>
    </message>
    <message>
        <source>is not an e-mail message (not an Outlook message file); nothing was stored</source>
        <translation>ei ole sähköpostiviesti (se ei ole Outlookin viestitiedosto); mitään ei tallennettu</translation>
    </message>
    <message>
        <source>is not an e-mail message (Outlook could not have written it: the file is damaged); nothing was stored</source>
        <translation>ei ole sähköpostiviesti (Outlook ei ole voinut kirjoittaa sitä: tiedosto on vioittunut); mitään ei tallennettu</translation>
    </message>
    <message>
        <source>is not an e-mail message (an Outlook item that is not a mail message); nothing was stored</source>
        <translation>ei ole sähköpostiviesti (Outlook-kohde, joka ei ole sähköpostiviesti); mitään ei tallennettu</translation>
    </message>
    <message>
        <source>is not a version number (a whole number from 1)</source>
        <translation>ei ole versionumero (kokonaisluku 1:stä alkaen)</translation>
    </message>
    <message>
        <source>is not a recipient of {reference}</source>
        <translation>ei ole pyynnön {reference} vastaanottaja</translation>
    </message>
    <message>
        <source>must be given for {name}: why telling them is impossible or too much</source>
        <translation>on annettava vastaanottajalle {name}: miksi ilmoittaminen on mahdotonta tai vaatisi kohtuuttomia ponnistuksia</translation>
    </message>
    <message>
        <source>is needed: say which type of request this is</source>
        <translation>tarvitaan: kerro, minkä tyyppinen pyyntö tämä on</translation>
    </message>
    <message>
        <source>cannot be corrected here</source>
        <translation>ei ole korjattavissa tässä</translation>
    </message>
    <message>
        <source>must be from 0 to {most}</source>
        <translation>on oltava 0–{most}</translation>
    </message>
    <message>
        <source>is empty: name the file (or folder) for the copy</source>
        <translation>puuttuu: nimeä kopion tiedosto (tai kansio)</translation>
    </message>
    <message>
        <source>is a folder that could not be made ({why})</source>
        <translation>on kansio, jota ei voitu luoda ({why})</translation>
    </message>
    <message>
        <source>already exists; try again in a second</source>
        <translation>on jo olemassa; yritä uudelleen hetken kuluttua</translation>
    </message>
    <message>
        <source>is the store itself</source>
        <translation>on avoinna oleva DPO Desk -tiedosto itse</translation>
    </message>
    <message>
        <source>is not a year like 2026</source>
        <translation>ei ole vuosiluku (kuten 2026)</translation>
    </message>
    <message>
        <source>is before the start of the period ({since})</source>
        <translation>on ennen jakson alkua ({since})</translation>
    </message>
    <message>
        <source>is not a head printed by Verify the chain (64 hexadecimal digits)</source>
        <translation>ei ole Tarkista ketju -toiminnon antama tiiviste (64 heksadesimaalimerkkiä)</translation>
    </message>
    <message>
        <source>must be at most {most} printable characters</source>
        <translation>saa olla enintään {most} tulostettavaa merkkiä</translation>
    </message>
    <message>
        <source>is not a setting (known: {known})</source>
        <translation>ei ole asetus (tunnetut: {known})</translation>
    </message>
    <message>
        <source>is not allowed here (default {default})</source>
        <translation>ei ole sallittu arvo (oletus {default})</translation>
    </message>
    <message>
        <source>“{name}” is not a field of a register entry</source>
        <translation>”{name}” ei ole rekisterimerkinnän kenttä</translation>
    </message>
    <message>
        <source>cannot be retired for a new entry: add the entry first, then retire it</source>
        <translation>uutta merkintää ei voi kirjata käytöstä poistetuksi: lisää merkintä ensin ja poista se sitten käytöstä</translation>
    </message>
    <message>
        <source>becomes retired only by retiring the entry (which records the date)</source>
        <translation>muuttuu käytöstä poistetuksi vain, kun merkintä poistetaan käytöstä (jolloin päivä kirjataan)</translation>
    </message>
    <message>
        <source>does not fit: {countries} outside the EEA; give the safeguard of the transfer</source>
        <translation>ei sovi: ETA:n ulkopuolella on {countries}; anna siirron suojatoimi</translation>
    </message>
    <message>
        <source>is for transfers outside the EEA; every country here is in the EEA</source>
        <translation>koskee siirtoja ETA:n ulkopuolelle; kaikki tämän merkinnän maat ovat ETA:ssa</translation>
    </message>
    <message>
        <source>{country} is in the EEA: there is no transfer to safeguard</source>
        <translation>{country} on ETA:ssa: suojattavaa siirtoa ei ole</translation>
    </message>
    <message>
        <source>{country} is not one of the entry&apos;s countries: add it to the processing countries first</source>
        <translation>{country} ei ole merkinnän maiden joukossa: lisää se ensin käsittelymaihin</translation>
    </message>
    <message>
        <source>is only for standard contractual clauses</source>
        <translation>koskee vain vakiosopimuslausekkeita</translation>
    </message>
    <message>
        <source>is missing: which Art. 49(1) derogation (a–g) applies?</source>
        <translation>puuttuu: mitä 49 artiklan 1 kohdan poikkeusta (a–g) sovelletaan?</translation>
    </message>
    <message>
        <source>is only for a transfer relying on an Art. 49(1) derogation</source>
        <translation>koskee vain siirtoa, joka perustuu 49 artiklan 1 kohdan poikkeukseen</translation>
    </message>
    <message>
        <source>is only for a transfer relying on an adequacy decision</source>
        <translation>koskee vain siirtoa, joka perustuu riittävyyspäätökseen</translation>
    </message>
    <message>
        <source>is only for standard contractual clauses as the fallback safeguard</source>
        <translation>koskee vain vakiosopimuslausekkeita varasuojatoimena</translation>
    </message>
    <message>
        <source>cannot be read ({path})</source>
        <translation>ei ole luettavissa ({path})</translation>
    </message>
    <message>
        <source>is not usable ({path}): {problem}</source>
        <translation>ei ole käyttökelpoinen ({path}): {problem}</translation>
    </message>
    <message>
        <source>falls inside the objection period (customers may object until {until})</source>
        <translation>osuu vastustusajalle (asiakkaat voivat vastustaa {until} asti)</translation>
    </message>
    <message>
        <source>is the entry being announced itself</source>
        <translation>on itse ilmoitettava merkintä</translation>
    </message>
    <message>
        <source>is before the announcement ({earliest})</source>
        <translation>on ennen ilmoitusta ({earliest})</translation>
    </message>
    <message>
        <source>“{name}” is not a field of a processing activity</source>
        <translation>”{name}” ei ole käsittelytoimen kenttä</translation>
    </message>
    <message>
        <source>is not an Art. 9(2) condition (a letter from a to j)</source>
        <translation>ei ole 9 artiklan 2 kohdan edellytys (kirjain a–j)</translation>
    </message>
    <message>
        <source>{reference} is not in the subprocessor register</source>
        <translation>{reference} ei ole alikäsittelijärekisterissä</translation>
    </message>
    <message>
        <source>is not a request (DSR-…), breach (BR-…) or subprocessor (SP-…) reference</source>
        <translation>ei ole pyynnön (DSR-…), tietoturvaloukkauksen (BR-…) tai alikäsittelijän (SP-…) tunnus</translation>
    </message>
    <message>
        <source>“{name}” is not a field of an impact assessment</source>
        <translation>”{name}” ei ole vaikutustenarvioinnin kenttä</translation>
    </message>
    <message>
        <source>is malformed ({problem})</source>
        <translation>on virheellinen ({problem})</translation>
    </message>
    <message>
        <source>needs a threshold of at least 1 and its criteria</source>
        <translation>tarvitsee vähintään 1:n kynnysarvon ja kriteerinsä</translation>
    </message>
    <message>
        <source>“{name}” is not part of the organisation</source>
        <translation>”{name}” ei kuulu organisaation tietoihin</translation>
    </message>
</context>
<context>
    <name>LinkedActivitiesPanel</name>
    <message>
        <source>Processing activities concerned</source>
        <translation>Asiaan liittyvät käsittelytoimet</translation>
    </message>
    <message>
        <source>No activity linked yet.</source>
        <translation>Käsittelytoimia ei vielä linkitetty.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Linkitä</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Poista linkitys</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DPO Desk</source>
        <translation>DPO Desk</translation>
    </message>
    <message>
        <source>Hide for today</source>
        <translation>Piilota tältä päivältä</translation>
    </message>
    <message>
        <source>Hide the reminders until tomorrow; the Deadlines page still lists them.</source>
        <translation>Piilota muistutukset huomiseen asti; Määräajat-sivu näyttää ne edelleen.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Työskennellään…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Export whole store…</source>
        <translation>&amp;Vie koko tiedosto…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Tuo…</translation>
    </message>
    <message>
        <source>New request from &amp;e-mail…</source>
        <translation>Uusi pyyntö &amp;sähköpostista…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Varmuuskopioi &amp;nyt…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Vaihda tunnuslau&amp;se…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lukitse</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Lop&amp;eta</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Siirry</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>T&amp;yökalut</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Tapahtumaloki…</translation>
    </message>
    <message>
        <source>A&amp;ttachments of a case…</source>
        <translation>Asian &amp;liitteet…</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>&amp;Säilytysajat…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;About DPO Desk</source>
        <translation>&amp;Tietoja DPO Deskistä</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Asia</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Avataan tiedostoa…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Avaa lukitus</translation>
    </message>
    <message>
        <source>&lt;h1&gt;DPO Desk&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;DPO Desk&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The store is locked&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Tiedosto on lukittu&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Enter the passphrase to go on.</source>
        <translation>Jatka kirjoittamalla tunnuslause.</translation>
    </message>
    <message>
        <source>No page shows {0}.</source>
        <translation>Mikään sivu ei näytä kohdetta {0}.</translation>
    </message>
    <message>
        <source>Updated: changed elsewhere</source>
        <translation>Päivitetty: muutettu muualla</translation>
    </message>
    <message numerus="yes">
        <source>Updated: %n change(s) by others</source>
        <translation>
            <numerusform>Päivitetty: %n muutos muilta</numerusform>
            <numerusform>Päivitetty: %n muutosta muilta</numerusform>
        </translation>
    </message>
    <message>
        <source>Store: {0}</source>
        <translation>Tiedosto: {0}</translation>
    </message>
    <message>
        <source>DPO Desk — {0}</source>
        <translation>DPO Desk — {0}</translation>
    </message>
    <message>
        <source>About DPO Desk</source>
        <translation>Tietoja DPO Deskistä</translation>
    </message>
    <message>
        <source>DPO Desk {0}
A Data Protection Officer&apos;s casebook, offline, in one encrypted file.</source>
        <translation>DPO Desk {0}
Tietosuojavastaavan asiakirjakansio, ilman verkkoyhteyttä, yhdessä salatussa tiedostossa.</translation>
    </message>
    <message>
        <source>Not locked: a dialog holds input that is not saved yet.</source>
        <translation>Ei lukittu: valintaikkunassa on tallentamattomia tietoja.</translation>
    </message>
    <message>
        <source>Lock DPO Desk</source>
        <translation>Lukitse DPO Desk</translation>
    </message>
    <message>
        <source>An open dialog holds input that is not saved. Lock anyway and discard it?</source>
        <translation>Avoimessa valintaikkunassa on tallentamattomia tietoja. Lukitaanko silti ja hylätään tiedot?</translation>
    </message>
    <message>
        <source>Could not unlock.</source>
        <translation>Lukituksen avaaminen epäonnistui.</translation>
    </message>
    <message>
        <source>Keep the audit trail&apos;s head outside this computer (printed, or e-mailed to yourself): Tools → Audit trail → Verify the chain, then Copy the head. A head kept elsewhere shows any later rewrite.</source>
        <translation>Säilytä tapahtumalokin uusin tiiviste tämän tietokoneen ulkopuolella (tulosteena tai itsellesi sähköpostitse): Työkalut → Tapahtumaloki → Tarkista ketju, sitten Kopioi uusin tiiviste. Muualla säilytetty tiiviste paljastaa myöhemmän uudelleenkirjoituksen.</translation>
    </message>
    <message>
        <source>Attachments of {0}</source>
        <translation>Asian {0} liitteet</translation>
    </message>
    <message>
        <source>Daily backup written: {0}</source>
        <translation>Päivittäinen varmuuskopio kirjoitettu: {0}</translation>
    </message>
    <message>
        <source>The daily backup failed: {0}</source>
        <translation>Päivittäinen varmuuskopiointi epäonnistui: {0}</translation>
    </message>
    <message>
        <source>The change failed; nothing was changed.</source>
        <translation>Vaihto epäonnistui; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Tunnuslause vaihdettu.</translation>
    </message>
    <message>
        <source>Restored from {0}.</source>
        <translation>Palautettu varmuuskopiosta {0}.</translation>
    </message>
</context>
<context>
    <name>NewBreachDialog</name>
    <message>
        <source>Log a breach</source>
        <translation>Kirjaa loukkaus</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Became aware</source>
        <translation>Tietoon tullut</translation>
    </message>
    <message>
        <source>The 72 hours run from this moment (time in {0})</source>
        <translation>72 tuntia lasketaan tästä hetkestä (aika vyöhykkeellä {0})</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Luonne</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Mitä tapahtui</translation>
    </message>
    <message>
        <source>Log breach</source>
        <translation>Kirjaa loukkaus</translation>
    </message>
    <message>
        <source>Log what is known now; everything can be completed later.</source>
        <translation>Kirjaa se, mitä nyt tiedetään; kaiken voi täydentää myöhemmin.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>Strength:</source>
        <translation>Vahvuus:</translation>
    </message>
    <message>
        <source>Use at least {0} characters.</source>
        <translation>Käytä vähintään {0} merkkiä.</translation>
    </message>
    <message>
        <source>A passphrase cannot contain a NUL character.</source>
        <translation>Tunnuslause ei voi sisältää NUL-merkkiä.</translation>
    </message>
    <message>
        <source>Type the passphrase again to confirm it.</source>
        <translation>Vahvista kirjoittamalla tunnuslause uudelleen.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Tunnuslauseet eivät täsmää.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New rights request</source>
        <translation>Uusi oikeuspyyntö</translation>
    </message>
    <message>
        <source>New request from e-mail</source>
        <translation>Uusi pyyntö sähköpostista</translation>
    </message>
    <message>
        <source>2026-03-05 or 5.3.2026</source>
        <translation>2026-03-05 tai 5.3.2026</translation>
    </message>
    <message>
        <source>The requester&apos;s name</source>
        <translation>Pyytäjän nimi</translation>
    </message>
    <message>
        <source>name@example.fi</source>
        <translation>nimi@esimerkki.fi</translation>
    </message>
    <message>
        <source>Address or phone, if given</source>
        <translation>Osoite tai puhelin, jos annettu</translation>
    </message>
    <message>
        <source>The customer for whom we process the data</source>
        <translation>Asiakas, jonka lukuun käsittelemme tietoja</translation>
    </message>
    <message>
        <source>Working days the processing agreement gives; empty: the setting</source>
        <translation>Käsittelysopimuksen antamat työpäivät; tyhjä: asetuksen mukaan</translation>
    </message>
    <message>
        <source>What they ask, in their words</source>
        <translation>Mitä pyydetään, pyytäjän sanoin</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Pyytäjä</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>Muu yhteystieto</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>We act as</source>
        <translation>Roolimme</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Rekisterinpitäjä</translation>
    </message>
    <message>
        <source>Forward within</source>
        <translation>Välitettävä</translation>
    </message>
    <message>
        <source>Letters in</source>
        <translation>Kirjeiden kieli</translation>
    </message>
    <message>
        <source>What they ask</source>
        <translation>Mitä pyydetään</translation>
    </message>
    <message>
        <source>Note: this receipt date is in the future.</source>
        <translation>Huom.: vastaanottopäivä on tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The type is right (it was guessed from the message&apos;s words)</source>
        <translation>Laji on oikea (se pääteltiin viestin sanoista)</translation>
    </message>
    <message>
        <source>Read from {0}: from {1}.</source>
        <translation>Luettu tiedostosta {0}: lähettäjä {1}.</translation>
    </message>
    <message>
        <source>Sent {0}; received on that day in the organisation&apos;s time zone.</source>
        <translation>Lähetetty {0}; vastaanotettu sinä päivänä organisaation aikavyöhykkeellä.</translation>
    </message>
    <message>
        <source>The message has no date: it is logged as received today.</source>
        <translation>Viestissä ei ole päiväystä: se kirjataan tänään vastaanotetuksi.</translation>
    </message>
    <message>
        <source>No type could be told from its words: choose one, or keep it unclassified for now.</source>
        <translation>Lajia ei voitu päätellä viestin sanoista: valitse laji tai jätä pyyntö toistaiseksi luokittelematta.</translation>
    </message>
    <message>
        <source>Attached to the case, encrypted: {0}.</source>
        <translation>Liitetään asiaan salattuina: {0}.</translation>
    </message>
    <message>
        <source>This message was already taken in as {0}.</source>
        <translation>Tämä viesti on jo kirjattu pyynnöksi {0}.</translation>
    </message>
    <message>
        <source>Still needed: {0}</source>
        <translation>Vielä tarvitaan: {0}</translation>
    </message>
    <message>
        <source>Due {0}: {1}</source>
        <translation>Määräpäivä {0}: {1}</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Mitään ei tallennettu.</translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Ilmoitettu syy</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Peruttu; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Something went wrong ({0}); nothing was changed.</source>
        <translation>Jokin meni vikaan ({0}); mitään ei muutettu.</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>Holds hidden characters ({0}) that change how it reads: {1}</source>
        <translation>Sisältää piilomerkkejä ({0}), jotka muuttavat tekstin lukutapaa: {1}</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Several ordinary words make a strong passphrase.</source>
        <translation>Useasta tavallisesta sanasta syntyy vahva tunnuslause.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Erittäin heikko</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Heikko</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Kohtalainen</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Vahva</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Erittäin vahva</translation>
    </message>
    <message>
        <source>{0}: {1} to guess.</source>
        <translation>{0}: arvaamiseen kuluu {1}.</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>alle minuutti</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuutti</numerusform>
            <numerusform>%n minuuttia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n tunti</numerusform>
            <numerusform>%n tuntia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n päivä</numerusform>
            <numerusform>%n päivää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n vuosi</numerusform>
            <numerusform>%n vuotta</numerusform>
        </translation>
    </message>
    <message>
        <source>centuries</source>
        <translation>vuosisatoja</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This part of DPO Desk is not built yet.</source>
        <translation>Tätä DPO Deskin osaa ei ole vielä tehty.</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n päivä myöhässä</numerusform>
            <numerusform>%n päivää myöhässä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n päivän päästä</numerusform>
            <numerusform>%n päivän päästä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to {0}.</source>
        <translation>
            <numerusform>%n rivi kirjoitettu tiedostoon {0}.</numerusform>
            <numerusform>%n riviä kirjoitettu tiedostoon {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n WP248 criteria apply ({0}): two or more make an assessment likely required.</source>
        <translation>
            <numerusform>%n WP248-kriteeri täyttyy ({0}): kahdesta tai useammasta seuraa, että arviointi on todennäköisesti tarpeen.</numerusform>
            <numerusform>%n WP248-kriteeriä täyttyy ({0}): kahdesta tai useammasta seuraa, että arviointi on todennäköisesti tarpeen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n WP248 criteria apply: fewer than two do not require an assessment on their own.</source>
        <translation>
            <numerusform>%n WP248-kriteeri täyttyy: alle kaksi ei yksinään edellytä arviointia.</numerusform>
            <numerusform>%n WP248-kriteeriä täyttyy: alle kaksi ei yksinään edellytä arviointia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Search reference, name or owner (Ctrl+F)</source>
        <translation>Hae tunnuksella, nimellä tai omistajalla (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Kaikki roolit</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Uusi käsittelytoimi</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Muokkaa</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Esiarviointi</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Katselmoitu</translation>
    </message>
    <message>
        <source>Record of processing…</source>
        <translation>Selosteet…</translation>
    </message>
    <message>
        <source>Controller&apos;s record (PDF)</source>
        <translation>Rekisterinpitäjän seloste (PDF)</translation>
    </message>
    <message>
        <source>Processor&apos;s record (PDF)</source>
        <translation>Käsittelijän seloste (PDF)</translation>
    </message>
    <message>
        <source>Controller&apos;s record (Excel)</source>
        <translation>Rekisterinpitäjän seloste (Excel)</translation>
    </message>
    <message>
        <source>Processor&apos;s record (Excel)</source>
        <translation>Käsittelijän seloste (Excel)</translation>
    </message>
    <message>
        <source>Impact assessment of the selected activity (PDF)</source>
        <translation>Valitun käsittelytoimen vaikutustenarviointi (PDF)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Oikeusperusteet</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Katselmointi</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varoitukset</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Rekisterinpitäjä</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>No processing activities yet.

The record of processing (Art. 30) lists what the organisation does with personal data, why, on which legal basis and for how long.
Press Ctrl+N to add the first activity.</source>
        <translation>Ei vielä käsittelytoimia.

Seloste käsittelytoimista (30 art.) kertoo, mitä organisaatio tekee henkilötiedoilla, miksi, millä oikeusperusteella ja kuinka kauan.
Lisää ensimmäinen käsittelytoimi painamalla Ctrl+N.</translation>
    </message>
    <message>
        <source>Select an activity to see its record.</source>
        <translation>Valitse käsittelytoimi nähdäksesi sen selosteen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warnings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Varoitukset&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Selosteet</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>suostumus</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>sopimus</translation>
    </message>
    <message>
        <source>legal obligation</source>
        <translation>lakisääteinen velvoite</translation>
    </message>
    <message>
        <source>vital interests</source>
        <translation>elintärkeät edut</translation>
    </message>
    <message>
        <source>public task</source>
        <translation>yleisen edun mukainen tehtävä</translation>
    </message>
    <message>
        <source>legitimate interests</source>
        <translation>oikeutettu etu</translation>
    </message>
    <message numerus="yes">
        <source>%n activities · {0} with warnings</source>
        <translation>
            <numerusform>%n käsittelytoimi · {0} varoituksin</numerusform>
            <numerusform>%n käsittelytointa · {0} varoituksin</numerusform>
        </translation>
    </message>
    <message>
        <source>no contact details</source>
        <translation>ei yhteystietoja</translation>
    </message>
    <message>
        <source>{0} · review due {1}</source>
        <translation>{0} · katselmointi viimeistään {1}</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Käyttötarkoitukset</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Rekisteröidyt</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Henkilötiedot</translation>
    </message>
    <message>
        <source>Special categories</source>
        <translation>Erityiset ryhmät</translation>
    </message>
    <message>
        <source>Criminal data</source>
        <translation>Rikostiedot</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Tietolähteet</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Vastaanottajat</translation>
    </message>
    <message>
        <source>Subprocessors</source>
        <translation>Alikäsittelijät</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Siirrot</translation>
    </message>
    <message>
        <source>via {0}</source>
        <translation>kautta {0}</translation>
    </message>
    <message>
        <source>(entered by hand)</source>
        <translation>(syötetty käsin)</translation>
    </message>
    <message>
        <source>none outside the EEA</source>
        <translation>ei siirtoja ETA:n ulkopuolelle</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Säilytys</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Tietoturva</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Asiat</translation>
    </message>
    <message>
        <source>not screened yet (Ctrl+D)</source>
        <translation>ei vielä esiarvioitu (Ctrl+D)</translation>
    </message>
    <message numerus="yes">
        <source>likely required (%n rule(s) fired)</source>
        <translation>
            <numerusform>todennäköisesti tarpeen (%n sääntö täyttyi)</numerusform>
            <numerusform>todennäköisesti tarpeen (%n sääntöä täyttyi)</numerusform>
        </translation>
    </message>
    <message>
        <source>; no assessment recorded</source>
        <translation>; arviointia ei kirjattu</translation>
    </message>
    <message>
        <source>not likely required</source>
        <translation>ei todennäköisesti tarpeen</translation>
    </message>
    <message>
        <source>Impact assessment</source>
        <translation>Vaikutustenarviointi</translation>
    </message>
    <message>
        <source>✔ No warnings.</source>
        <translation>✔ Ei varoituksia.</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>Tallennettu {0}.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Tallenna raportti</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <source>Add a processing activity ({0})</source>
        <translation>Lisää käsittelytoimi ({0})</translation>
    </message>
    <message>
        <source>Edit the selected activity ({0})</source>
        <translation>Muokkaa valittua käsittelytointa ({0})</translation>
    </message>
    <message>
        <source>Impact assessment screening of the selected activity ({0})</source>
        <translation>Valitun käsittelytoimen vaikutustenarvioinnin esiarviointi ({0})</translation>
    </message>
    <message>
        <source>Record the impact assessment of the selected activity ({0})</source>
        <translation>Kirjaa valitun käsittelytoimen vaikutustenarviointi ({0})</translation>
    </message>
    <message>
        <source>Record today&apos;s review of the selected activity ({0})</source>
        <translation>Kirjaa valitun käsittelytoimen katselmointi tälle päivälle ({0})</translation>
    </message>
    <message>
        <source>&amp;New processing activity…</source>
        <translation>&amp;Uusi käsittelytoimi…</translation>
    </message>
    <message>
        <source>&amp;Edit the activity…</source>
        <translation>&amp;Muokkaa käsittelytointa…</translation>
    </message>
    <message>
        <source>&amp;Find an activity</source>
        <translation>&amp;Etsi käsittelytoimi</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>Mark the activity as &amp;reviewed</source>
        <translation>Merkitse käsittelytoimi &amp;katselmoiduksi</translation>
    </message>
    <message>
        <source>Impact assessment &amp;screening…</source>
        <translation>Vaikutustenarvioinnin esia&amp;rviointi…</translation>
    </message>
    <message>
        <source>Record the &amp;impact assessment…</source>
        <translation>Kirjaa vaikutuste&amp;narviointi…</translation>
    </message>
    <message>
        <source>E&amp;xport the record of processing…</source>
        <translation>&amp;Vie seloste käsittelytoimista…</translation>
    </message>
    <message>
        <source>Writing the record…</source>
        <translation>Kirjoitetaan selostetta…</translation>
    </message>
    <message>
        <source>Writing the record… {0}/{1}</source>
        <translation>Kirjoitetaan selostetta… {0}/{1}</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Kirjoitettu {0}</translation>
    </message>
</context>
<context>
    <name>RecordsWarning</name>
    <message>
        <source>As a joint controller, the record must name the other joint controllers (Art. 26, 30).</source>
        <translation>Yhteisenä rekisterinpitäjänä selosteessa on nimettävä muut yhteiset rekisterinpitäjät (26 ja 30 artikla).</translation>
    </message>
    <message>
        <source>As a processor, the record must name the controllers it serves (Art. 26, 30).</source>
        <translation>Henkilötietojen käsittelijänä selosteessa on nimettävä rekisterinpitäjät, joiden lukuun käsittely tehdään (26 ja 30 artikla).</translation>
    </message>
    <message>
        <source>The contact details of the controller “{controller}” are missing (Art. 30(2)(a)).</source>
        <translation>Rekisterinpitäjän ”{controller}” yhteystiedot puuttuvat (30 artiklan 2 kohdan a alakohta).</translation>
    </message>
    <message>
        <source>No purpose is recorded (Art. 30(1)(b)); add at least one.</source>
        <translation>Käsittelyn tarkoitusta ei ole kirjattu (30 artiklan 1 kohdan b alakohta); lisää vähintään yksi.</translation>
    </message>
    <message>
        <source>No category of processing is recorded (Art. 30(2)(b)); add at least one.</source>
        <translation>Käsittelyn ryhmää ei ole kirjattu (30 artiklan 2 kohdan b alakohta); lisää vähintään yksi.</translation>
    </message>
    <message>
        <source>The purpose “{purpose}” has no legal basis under Art. 6(1).</source>
        <translation>Käsittelyn tarkoitukselle ”{purpose}” ei ole kirjattu 6 artiklan 1 kohdan mukaista oikeusperustetta.</translation>
    </message>
    <message>
        <source>The purpose “{purpose}” relies on legitimate interests without a recorded balancing test (its date and conclusion).</source>
        <translation>Käsittelyn tarkoitus ”{purpose}” perustuu oikeutettuun etuun, mutta tasapainotestiä (sen päivämäärää ja johtopäätöstä) ei ole kirjattu.</translation>
    </message>
    <message>
        <source>Special categories of data ({categories}) are processed without an Art. 9(2) condition.</source>
        <translation>Erityisiä henkilötietoryhmiä ({categories}) käsitellään ilman 9 artiklan 2 kohdan mukaista perustetta.</translation>
    </message>
    <message>
        <source>No retention period or criteria for it (Art. 30(1)(f)).</source>
        <translation>Säilytysaikaa tai sen määrittämisen perusteita ei ole kirjattu (30 artiklan 1 kohdan f alakohta).</translation>
    </message>
    <message>
        <source>Linked subprocessor {name} ({subprocessor}): {warning}</source>
        <translation>Linkitetty alikäsittelijä {name} ({subprocessor}): {warning}</translation>
    </message>
    <message>
        <source>The transfer to {country} entered by hand has no safeguard (Art. 44-49).</source>
        <translation>Käsin kirjatulle siirrolle maahan {country} ei ole suojatoimea (44–49 artikla).</translation>
    </message>
    <message>
        <source>The screening says an impact assessment is needed, but none is recorded.</source>
        <translation>Esiarvioinnin mukaan vaikutustenarviointi tarvitaan, mutta sitä ei ole kirjattu.</translation>
    </message>
    <message>
        <source>The impact assessment was due for review on {date}.</source>
        <translation>Vaikutustenarviointi olisi pitänyt katselmoida {date} mennessä.</translation>
    </message>
    <message>
        <source>A high residual risk remains but no prior consultation of the Data Protection Ombudsman is recorded (Art. 36).</source>
        <translation>Jäännösriski on edelleen korkea, mutta ennakkokuulemista Tietosuojavaltuutetun toimiston kanssa ei ole kirjattu (36 artikla).</translation>
    </message>
    <message>
        <source>Not reviewed within {months} months or by its review date (last review: {last_reviewed}).</source>
        <translation>Ei katselmoitu {months} kuukauden kuluessa eikä katselmointipäivään mennessä (viimeksi katselmoitu: {last_reviewed}).</translation>
    </message>
    <message>
        <source>Not reviewed within {months} months or by its review date (never reviewed).</source>
        <translation>Ei katselmoitu {months} kuukauden kuluessa eikä katselmointipäivään mennessä (ei koskaan katselmoitu).</translation>
    </message>
    <message>
        <source>purpose {0}</source>
        <translation>käsittelyn tarkoitus {0}</translation>
    </message>
</context>
<context>
    <name>RefusalText</name>
    <message>
        <source>{reference} is closed ({replied_on}); a closed request is not changed.</source>
        <translation>{reference} on suljettu ({replied_on}); suljettua pyyntöä ei muuteta.</translation>
    </message>
    <message>
        <source>The type of {reference} was chosen when it was logged; it is not changed.</source>
        <translation>Pyynnön {reference} tyyppi valittiin, kun se kirjattiin; sitä ei muuteta.</translation>
    </message>
    <message>
        <source>{reference}: this step of the identity check cannot follow where the check is now.</source>
        <translation>{reference}: tämä henkilöllisyyden selvityksen vaihe ei voi seurata selvityksen nykyistä vaihetta.</translation>
    </message>
    <message>
        <source>{reference}: an extension needs its reasons; nothing was changed.</source>
        <translation>{reference}: määräajan pidennykselle tarvitaan perustelut; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The time limit of {reference} was already extended on {extended_on}; it may be extended only once.</source>
        <translation>Pyynnön {reference} määräaikaa pidennettiin jo {extended_on}; määräaikaa voi pidentää vain kerran.</translation>
    </message>
    <message>
        <source>{reference} was received as a processor: the controller decides on an extension; forward the request to it.</source>
        <translation>{reference} vastaanotettiin henkilötietojen käsittelijänä: rekisterinpitäjä päättää määräajan pidennyksestä; välitä pyyntö rekisterinpitäjälle.</translation>
    </message>
    <message>
        <source>{reference}: the time limit has not started (identity information is awaited).</source>
        <translation>{reference}: määräaika ei ole alkanut (henkilöllisyystietoja odotetaan).</translation>
    </message>
    <message>
        <source>{reference}: an extension must be decided and told within the first month (Art. 12(3)); the limit was {limit}, and {on} is after it. Nothing was changed.</source>
        <translation>{reference}: määräajan pidennyksestä on päätettävä ja kerrottava ensimmäisen kuukauden kuluessa (12 art. 3 kohta); raja oli {limit}, ja {on} on sen jälkeen. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The time limit of {reference} is not extended; there is no extension to tell about.</source>
        <translation>Pyynnön {reference} määräaikaa ei ole pidennetty; pidennyksestä ei ole kerrottavaa.</translation>
    </message>
    <message>
        <source>{reference}: the extension notice was already recorded ({told_on}).</source>
        <translation>{reference}: ilmoitus määräajan pidennyksestä on jo kirjattu ({told_on}).</translation>
    </message>
    <message>
        <source>{reference} was received as the controller; only a processor forwards a request to its controller.</source>
        <translation>{reference} vastaanotettiin rekisterinpitäjänä; vain henkilötietojen käsittelijä välittää pyynnön rekisterinpitäjälle.</translation>
    </message>
    <message>
        <source>{reference}: a refusal needs its reasons; nothing was changed.</source>
        <translation>{reference}: kieltäytymiselle tarvitaan perustelut; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>{reference}: nothing to correct (the values given are the ones stored).</source>
        <translation>{reference}: ei korjattavaa (annetut arvot ovat jo tallennettuina).</translation>
    </message>
    <message>
        <source>The time limit of {reference} is not extended: record the extension and its reasons first.</source>
        <translation>Pyynnön {reference} määräaikaa ei ole pidennetty: kirjaa ensin pidennys ja sen perustelut.</translation>
    </message>
    <message>
        <source>{reference} is not closed as refused: close it with its reasons first.</source>
        <translation>{reference} ei ole suljettu hylättynä: sulje se ensin perusteluineen.</translation>
    </message>
    <message>
        <source>{reference} is not closed as fulfilled, partially fulfilled or withdrawn; a completion letter would say otherwise.</source>
        <translation>{reference} ei ole suljettu täytettynä, osittain täytettynä tai peruttuna; loppukirje kertoisi toisin.</translation>
    </message>
    <message>
        <source>{reference}: identity information is no longer being asked for.</source>
        <translation>{reference}: henkilöllisyystietoja ei enää pyydetä.</translation>
    </message>
    <message>
        <source>{reference} is not a rectification, erasure or restriction closed as fulfilled or partially fulfilled; Art. 19 asks to tell the recipients only once one is carried out.</source>
        <translation>{reference} ei ole täytettynä tai osittain täytettynä suljettu oikaisu, poistaminen tai käsittelyn rajoittaminen; 19 artiklan mukaan vastaanottajille ilmoitetaan vasta, kun sellainen on toteutettu.</translation>
    </message>
    <message>
        <source>{name} is already recorded as told or excused.</source>
        <translation>{name} on jo kirjattu tiedon saaneeksi tai ilmoittamisesta vapautetuksi.</translation>
    </message>
    <message>
        <source>{source}: this message was already taken in as {reference}; nothing was stored.</source>
        <translation>{source}: tämä viesti on jo otettu vastaan pyyntönä {reference}; mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>{reference}: the letter to the data subjects needs every item of Art. 34(2); empty: {missing}.</source>
        <translation>{reference}: rekisteröidyille lähetettävässä kirjeessä on oltava jokainen 34 art. 2 kohdan tieto; tyhjänä: {missing}.</translation>
    </message>
    <message>
        <source>With this awareness time the first notification would be late and it has no reasons for the delay; record them first.</source>
        <translation>Tällä tietoon tulon ajalla ensimmäinen ilmoitus olisi myöhässä, eikä viivästyksen syitä ole kirjattu; kirjaa ne ensin.</translation>
    </message>
    <message>
        <source>{reference} already has its initial notification; record this one as a supplementary notification.</source>
        <translation>{reference}: ensimmäinen ilmoitus on jo kirjattu; kirjaa tämä täydentäväksi ilmoitukseksi.</translation>
    </message>
    <message>
        <source>{reference} has no initial notification yet; record that first.</source>
        <translation>{reference}: ensimmäistä ilmoitusta ei ole vielä kirjattu; kirjaa se ensin.</translation>
    </message>
    <message>
        <source>The notification at {at} is after the {hours}-hour deadline ({deadline}): give the reasons for the delay.</source>
        <translation>Ilmoitus ({at}) on {hours} tunnin määräajan ({deadline}) jälkeen: kerro viivästyksen syyt.</translation>
    </message>
    <message>
        <source>{reference} is already closed.</source>
        <translation>{reference} on jo suljettu.</translation>
    </message>
    <message>
        <source>{reference}: record when the controller was told before closing (Art. 33(2)).</source>
        <translation>{reference}: kirjaa ennen sulkemista, milloin rekisterinpitäjälle ilmoitettiin (33 art. 2 kohta).</translation>
    </message>
    <message>
        <source>{reference}: decide the risk (none, risk or high) with its reasoning before closing.</source>
        <translation>{reference}: päätä riski (ei riskiä, riski tai suuri riski) perusteluineen ennen sulkemista.</translation>
    </message>
    <message>
        <source>{reference}: record the reasoning of the risk decision before closing (Art. 33(5)).</source>
        <translation>{reference}: kirjaa riskipäätöksen perustelut ennen sulkemista (33 art. 5 kohta).</translation>
    </message>
    <message>
        <source>{reference}: record the notification to the supervisory authority before closing.</source>
        <translation>{reference}: kirjaa ilmoitus valvontaviranomaiselle ennen sulkemista.</translation>
    </message>
    <message>
        <source>{reference} is high risk: record the communication to the data subjects or the Art. 34(3) exemption first.</source>
        <translation>{reference}: riski on suuri: kirjaa ensin tiedottaminen rekisteröidyille tai 34 art. 3 kohdan poikkeus.</translation>
    </message>
    <message>
        <source>{reference} is not closed.</source>
        <translation>{reference} ei ole suljettu.</translation>
    </message>
    <message>
        <source>{reference} was already retired on {retired_on}.</source>
        <translation>{reference} poistettiin käytöstä jo {retired_on}.</translation>
    </message>
    <message>
        <source>{reference} is retired; a retired subprocessor cannot be announced.</source>
        <translation>{reference} on poistettu käytöstä; käytöstä poistetusta alikäsittelijästä ei voi ilmoittaa.</translation>
    </message>
    <message>
        <source>{reference} already has an open announcement {announcement}; close or withdraw it first.</source>
        <translation>{reference}: ilmoitus {announcement} on jo avoinna; sulje tai peru se ensin.</translation>
    </message>
    <message>
        <source>{reference} was withdrawn; there is nothing to object to.</source>
        <translation>{reference} on peruttu; vastustettavaa ei ole.</translation>
    </message>
    <message>
        <source>{reference} is no longer open.</source>
        <translation>{reference} ei ole enää avoinna.</translation>
    </message>
    <message>
        <source>The DPO&apos;s advice was not followed: record the reasons (Art. 35(2)); nothing was saved.</source>
        <translation>Tietosuojavastaavan neuvoa ei noudatettu: kirjaa syyt (35 art. 2 kohta); mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>What would be purged has changed since the preview; look at the preview again.</source>
        <translation>Hävitettävät tiedot ovat muuttuneet esikatselun jälkeen; katso esikatselu uudelleen.</translation>
    </message>
    <message>
        <source>Rows with errors: {rows}; nothing was imported. Correct them, or choose to skip the rows in error.</source>
        <translation>Virheellisiä rivejä: {rows}; mitään ei tuotu. Korjaa ne tai valitse virheellisten rivien ohittaminen.</translation>
    </message>
    <message>
        <source>is before the day the request was received ({earliest})</source>
        <translation>on ennen päivää, jona pyyntö vastaanotettiin ({earliest})</translation>
    </message>
    <message>
        <source>is before the identity request ({earliest})</source>
        <translation>on ennen henkilöllisyyden selvityspyyntöä ({earliest})</translation>
    </message>
    <message>
        <source>is before the previous identity step ({earliest})</source>
        <translation>on ennen henkilöllisyyden selvittämisen edellistä vaihetta ({earliest})</translation>
    </message>
    <message>
        <source>is before the extension ({earliest})</source>
        <translation>on ennen määräajan pidennystä ({earliest})</translation>
    </message>
    <message>
        <source>is before the entry became active ({earliest})</source>
        <translation>on ennen kuin merkintä tuli voimaan ({earliest})</translation>
    </message>
    <message>
        <source>must come after the review date ({reviewed_on})</source>
        <translation>on oltava tarkistuspäivän ({reviewed_on}) jälkeen</translation>
    </message>
    <message>
        <source>is before the entry was planned ({earliest})</source>
        <translation>on ennen kuin merkintä suunniteltiin ({earliest})</translation>
    </message>
    <message>
        <source>is before the assessment itself ({earliest})</source>
        <translation>on ennen itse arviointia ({earliest})</translation>
    </message>
    <message>
        <source>must come after the assessment date ({earliest})</source>
        <translation>on oltava arvioinnin päivämäärän jälkeen ({earliest})</translation>
    </message>
    <message>
        <source>is before the time the breach began</source>
        <translation>on ennen tietoturvaloukkauksen alkamista</translation>
    </message>
    <message>
        <source>is before the breach was discovered</source>
        <translation>on ennen kuin tietoturvaloukkaus havaittiin</translation>
    </message>
    <message>
        <source>is after the first notification was sent</source>
        <translation>on ensimmäisen ilmoituksen lähettämisen jälkeen</translation>
    </message>
    <message>
        <source>is before the organisation became aware of the breach ({earliest})</source>
        <translation>on ennen kuin organisaatio sai tietää tietoturvaloukkauksesta ({earliest})</translation>
    </message>
    <message>
        <source>is before the initial notification ({earliest})</source>
        <translation>on ennen ensimmäistä ilmoitusta ({earliest})</translation>
    </message>
    <message>
        <source>is missing: when were the data subjects told?</source>
        <translation>puuttuu: milloin rekisteröidyille ilmoitettiin?</translation>
    </message>
    <message>
        <source>is missing: how were they told (e-mail, letter, public notice)?</source>
        <translation>puuttuu: miten heille ilmoitettiin (sähköposti, kirje, julkinen tiedote)?</translation>
    </message>
    <message>
        <source>is missing: how will they be told?</source>
        <translation>puuttuu: miten heille ilmoitetaan?</translation>
    </message>
    <message>
        <source>is missing: say why the Art. 34(3) exemption applies</source>
        <translation>puuttuu: kerro, miksi 34 artiklan 3 kohdan poikkeus soveltuu</translation>
    </message>
    <message>
        <source>is missing: Art. 34(3)(c) needs a public communication instead; say which</source>
        <translation>puuttuu: 34 artiklan 3 kohdan c alakohta edellyttää sen sijaan julkista tiedottamista; kerro mikä</translation>
    </message>
    <message>
        <source>is required: when the organisation became aware of the breach</source>
        <translation>tarvitaan: milloin organisaatio sai tietää tietoturvaloukkauksesta</translation>
    </message>
    <message>
        <source>is after the first month (the limit was {limit}): an extension told later does not count (Art. 12(3))</source>
        <translation>on ensimmäisen kuukauden jälkeen (määräaika oli {limit}): myöhemmin ilmoitettu pidennys ei ole pätevä (12 artiklan 3 kohta)</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ei saa olla negatiivinen</translation>
    </message>
    <message>
        <source>is not a comma-separated list of two-letter country codes (such as SE,EE)</source>
        <translation>ei ole pilkuin eroteltu luettelo kaksikirjaimisia maakoodeja (esimerkiksi SE,EE)</translation>
    </message>
    <message>
        <source>is not a known time zone (for example Europe/Helsinki)</source>
        <translation>ei ole tunnettu aikavyöhyke (esimerkiksi Europe/Helsinki)</translation>
    </message>
    <message>
        <source>is not a country with known public holidays (for example FI)</source>
        <translation>ei ole maa, jonka yleiset vapaapäivät tunnetaan (esimerkiksi FI)</translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation>ei ole sähköpostiosoite</translation>
    </message>
    <message>
        <source>is only for a request received as a processor</source>
        <translation>koskee vain henkilötietojen käsittelijänä vastaanotettua pyyntöä</translation>
    </message>
    <message>
        <source>is not a whole number of working days</source>
        <translation>ei ole kokonainen määrä työpäiviä</translation>
    </message>
    <message>
        <source>must be from 1 to {most} working days</source>
        <translation>on oltava 1–{most} työpäivää</translation>
    </message>
    <message>
        <source>is needed: to which controller was the request forwarded?</source>
        <translation>tarvitaan: mille rekisterinpitäjälle pyyntö välitettiin?</translation>
    </message>
    <message>
        <source>is not a country code (two letters, such as FI or US)</source>
        <translation>ei ole maakoodi (kaksi kirjainta, esimerkiksi FI tai US)</translation>
    </message>
    <message>
        <source>belongs only in a processor&apos;s record</source>
        <translation>kuuluu vain henkilötietojen käsittelijän selosteeseen</translation>
    </message>
    <message>
        <source>has no controller to belong to (give one contact for each controller)</source>
        <translation>ei vastaa yhtään rekisterinpitäjää (anna yksi yhteystieto kutakin rekisterinpitäjää kohden)</translation>
    </message>
    <message>
        <source>The store is damaged at page {page}; restore a backup (the damaged file is kept aside).</source>
        <translation>Tiedosto on vioittunut sivulla {page}; palauta varmuuskopio (vioittunut tiedosto säilytetään erillään).</translation>
    </message>
    <message>
        <source>The store is damaged; restore a backup (the damaged file is kept aside).</source>
        <translation>Tiedosto on vioittunut; palauta varmuuskopio (vioittunut tiedosto säilytetään erillään).</translation>
    </message>
    <message>
        <source>The store is busy: another DPO Desk window or command has held it too long. Try again in a moment.</source>
        <translation>Tiedosto on varattu: toinen DPO Desk -ikkuna tai -komento on pitänyt sitä liian kauan. Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>Another DPO Desk window or command has this store open; close it and try again (nothing was changed).</source>
        <translation>Toinen DPO Desk -ikkuna tai -komento pitää tätä tiedostoa auki; sulje se ja yritä uudelleen (mitään ei muutettu).</translation>
    </message>
    <message>
        <source>This store was written by a newer DPO Desk (schema {revision}); upgrade DPO Desk to open it.</source>
        <translation>Tämä tiedosto on tallennettu uudemmalla DPO Deskillä (skeema {revision}); päivitä DPO Desk avataksesi sen.</translation>
    </message>
    <message>
        <source>No store at {path}: choose another file, or create a new store.</source>
        <translation>Polussa {path} ei ole DPO Desk -tiedostoa: valitse toinen tiedosto tai luo uusi.</translation>
    </message>
</context>
<context>
    <name>RegisterActions</name>
    <message>
        <source>Announce {0} to the customers</source>
        <translation>Ilmoita asiakkaille: {0}</translation>
    </message>
    <message>
        <source>Objection to {0}</source>
        <translation>Vastustus: {0}</translation>
    </message>
    <message>
        <source>Retire {0}</source>
        <translation>Poista käytöstä: {0}</translation>
    </message>
</context>
<context>
    <name>RegisterDetailPanel</name>
    <message>
        <source>planned</source>
        <translation>suunniteltu</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>ilmoitettu</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiivinen</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>poistunut</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Suojatoimi</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Arvioitu</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Katselmointi</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Varajärjestely</translation>
    </message>
    <message>
        <source>Edit safeguard…</source>
        <translation>Muokkaa suojatoimia…</translation>
    </message>
    <message>
        <source>Record the safeguard of the selected transfer</source>
        <translation>Kirjaa valitun siirron suojatoimi</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Ilmoitus</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Ilmoitettu</translation>
    </message>
    <message>
        <source>Objections until</source>
        <translation>Vastustusaika päättyy</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Record objection…</source>
        <translation>Kirjaa vastustus…</translation>
    </message>
    <message>
        <source>A customer objects to the announcement</source>
        <translation>Asiakas vastustaa ilmoitettua muutosta</translation>
    </message>
    <message>
        <source>Change took effect</source>
        <translation>Muutos voimassa</translation>
    </message>
    <message>
        <source>Close the announcement: the change went ahead</source>
        <translation>Sulje ilmoitus: muutos toteutui</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englanti</translation>
    </message>
    <message>
        <source>Customer notice…</source>
        <translation>Asiakasilmoitus…</translation>
    </message>
    <message>
        <source>Save the notice as PDF, .docx or .odt, and its e-mail text</source>
        <translation>Tallenna ilmoitus PDF-, .docx- tai .odt-tiedostona sekä sen sähköpostiteksti</translation>
    </message>
    <message>
        <source>Objections to the selected announcement</source>
        <translation>Valitun ilmoituksen vastustukset</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Muutokset</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Siirrot</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Ilmoitukset</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Käsittelytoimet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No entry selected&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Ei valittua merkintää&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Select an entry to see its transfers, warnings, announcements and history.</source>
        <translation>Valitse merkintä nähdäksesi sen siirrot, varoitukset, ilmoitukset ja historian.</translation>
    </message>
    <message>
        <source>replaces {0}</source>
        <translation>korvaa: {0}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>avoin</translation>
    </message>
    <message>
        <source>took effect</source>
        <translation>toteutui</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Ei varoituksia.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Established in</source>
        <translation>Sijoittautumismaa</translation>
    </message>
    <message>
        <source>Processing countries</source>
        <translation>Käsittelymaat</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Käyttötarkoitus</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Henkilötiedot</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Rekisteröidyt</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Palvelee</translation>
    </message>
    <message>
        <source>DPA signed</source>
        <translation>Käsittelysopimus allekirjoitettu</translation>
    </message>
    <message>
        <source>DPF certified</source>
        <translation>DPF-sertifioitu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Ilmoitettu</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Käytössä alkaen</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>Poistettu käytöstä</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Verkko-osoite</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Huomautukset</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>merkintä</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>siirto</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>ilmoitus</translation>
    </message>
    <message>
        <source>objection</source>
        <translation>vastustus</translation>
    </message>
    <message>
        <source>link to a processing activity</source>
        <translation>linkki käsittelytoimeen</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>RegisterEditorDialog</name>
    <message>
        <source>Edit {0}</source>
        <translation>Muokkaa: {0}</translation>
    </message>
    <message>
        <source>New subprocessor</source>
        <translation>Uusi alikäsittelijä</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Business ID or registry number</source>
        <translation>Y-tunnus tai rekisterinumero</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Country of establishment</source>
        <translation>Sijoittautumismaa</translation>
    </message>
    <message>
        <source>Processing countries</source>
        <translation>Käsittelymaat</translation>
    </message>
    <message>
        <source>Service it provides</source>
        <translation>Tarjoamansa palvelu</translation>
    </message>
    <message>
        <source>Why (purpose)</source>
        <translation>Miksi (käyttötarkoitus)</translation>
    </message>
    <message>
        <source>Personal data (comma list)</source>
        <translation>Henkilötiedot (pilkuin eroteltuina)</translation>
    </message>
    <message>
        <source>Data subjects (comma list)</source>
        <translation>Rekisteröidyt (pilkuin eroteltuina)</translation>
    </message>
    <message>
        <source>Serves (our services or customers)</source>
        <translation>Palvelee (palvelumme tai asiakkaamme)</translation>
    </message>
    <message>
        <source>DPA signed on</source>
        <translation>Käsittelysopimus allekirjoitettu</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>suunniteltu</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>ilmoitettu</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiivinen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Käytössä alkaen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Verkko-osoite</translation>
    </message>
    <message>
        <source>On the EU-US Data Privacy Framework List</source>
        <translation>EU:n ja Yhdysvaltojen tietosuojakehyksen (DPF) luettelossa</translation>
    </message>
    <message>
        <source>DPF certified</source>
        <translation>DPF-sertifioitu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Huomautukset</translation>
    </message>
    <message>
        <source>Safeguard for the countries outside the EEA</source>
        <translation>Suojatoimi ETA:n ulkopuolisille maille</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ei vielä</translation>
    </message>
    <message>
        <source>adequacy decision</source>
        <translation>riittävyyspäätös</translation>
    </message>
    <message>
        <source>standard contractual clauses 2021/914</source>
        <translation>vakiosopimuslausekkeet 2021/914</translation>
    </message>
    <message>
        <source>binding corporate rules</source>
        <translation>yritystä koskevat sitovat säännöt</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Suojatoimi</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation>Vakiolausekkeiden moduuli</translation>
    </message>
    <message>
        <source>Transfer impact assessment</source>
        <translation>Siirtoa koskeva vaikutustenarviointi</translation>
    </message>
    <message>
        <source>Review the assessment on</source>
        <translation>Katselmoi arviointi</translation>
    </message>
    <message>
        <source>Outside the EEA: {0}</source>
        <translation>ETA:n ulkopuolella: {0}</translation>
    </message>
    <message>
        <source>Every country is in the EEA: no transfer needs a safeguard.</source>
        <translation>Kaikki maat ovat ETA:ssa: mikään siirto ei tarvitse suojatoimia.</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>poistunut</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was saved.</source>
        <translation>Jokin meni vikaan; mitään ei tallennettu.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Every status</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Ilmoitettu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Poistunut</translation>
    </message>
    <message>
        <source>Every country</source>
        <translation>Kaikki maat</translation>
    </message>
    <message>
        <source>Every safeguard</source>
        <translation>Kaikki suojatoimet</translation>
    </message>
    <message>
        <source>EEA only</source>
        <translation>Vain ETA</translation>
    </message>
    <message>
        <source>Adequacy decision</source>
        <translation>Tietosuojan riittävyyttä koskeva päätös</translation>
    </message>
    <message>
        <source>SCCs</source>
        <translation>Vakiolausekkeet</translation>
    </message>
    <message>
        <source>BCRs</source>
        <translation>Sitovat säännöt</translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation>Poikkeus</translation>
    </message>
    <message>
        <source>No safeguard</source>
        <translation>Ei suojatoimia</translation>
    </message>
    <message>
        <source>With or without warnings</source>
        <translation>Varoituksin tai ilman</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>Varoituksin</translation>
    </message>
    <message>
        <source>Without warnings</source>
        <translation>Ilman varoituksia</translation>
    </message>
    <message>
        <source>Search reference, name or service (Ctrl+F)</source>
        <translation>Hae tunnuksella, nimellä tai palvelulla (Ctrl+F)</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Uusi…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <source>Announce…</source>
        <translation>Ilmoita…</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Poista käytöstä…</translation>
    </message>
    <message>
        <source>Retire the entry</source>
        <translation>Poista merkintä käytöstä</translation>
    </message>
    <message>
        <source>Adequacy list…</source>
        <translation>Riittävyyspäätökset…</translation>
    </message>
    <message>
        <source>The adequacy decisions in use, and a newer list</source>
        <translation>Käytössä olevat riittävyyspäätökset ja uudempi luettelo</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Vie…</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Subprocessor</source>
        <translation>Alikäsittelijä</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Käsittely</translation>
    </message>
    <message>
        <source>Safeguards</source>
        <translation>Suojaus</translation>
    </message>
    <message>
        <source>DPA signed</source>
        <translation>Sopimus</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varoitukset</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <source>Add a subprocessor ({0})</source>
        <translation>Lisää alikäsittelijä ({0})</translation>
    </message>
    <message>
        <source>Edit the entry ({0})</source>
        <translation>Muokkaa merkintää ({0})</translation>
    </message>
    <message>
        <source>Announce the change to customers ({0})</source>
        <translation>Ilmoita muutoksesta asiakkaille ({0})</translation>
    </message>
    <message>
        <source>Print the register with a preview ({0})</source>
        <translation>Tulosta rekisteri esikatselun kautta ({0})</translation>
    </message>
    <message>
        <source>Save the register as PDF or Excel ({0})</source>
        <translation>Tallenna rekisteri PDF- tai Excel-tiedostona ({0})</translation>
    </message>
    <message>
        <source>&amp;New subprocessor…</source>
        <translation>&amp;Uusi alikäsittelijä…</translation>
    </message>
    <message>
        <source>&amp;Edit the entry…</source>
        <translation>&amp;Muokkaa merkintää…</translation>
    </message>
    <message>
        <source>&amp;Find a subprocessor</source>
        <translation>&amp;Etsi alikäsittelijä</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>&amp;Announce the change to customers…</source>
        <translation>&amp;Ilmoita muutoksesta asiakkaille…</translation>
    </message>
    <message>
        <source>&amp;Print the register…</source>
        <translation>Tul&amp;osta rekisteri…</translation>
    </message>
    <message>
        <source>E&amp;xport the register…</source>
        <translation>&amp;Vie rekisteri…</translation>
    </message>
    <message>
        <source>EEA</source>
        <translation>ETA</translation>
    </message>
    <message>
        <source>adequacy</source>
        <translation>riittävyys</translation>
    </message>
    <message>
        <source>SCC</source>
        <translation>SCC</translation>
    </message>
    <message>
        <source>BCR</source>
        <translation>BCR</translation>
    </message>
    <message>
        <source>derogation</source>
        <translation>poikkeus</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>suunniteltu</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>ilmoitettu</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiivinen</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>poistunut</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, {0} with warnings · adequacy decisions as of {1}</source>
        <translation>
            <numerusform>%n merkintä, {0} varoituksin · riittävyyspäätökset {1} tilanteen mukaan</numerusform>
            <numerusform>%n merkintää, {0} varoituksin · riittävyyspäätökset {1} tilanteen mukaan</numerusform>
        </translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation>Mikään merkintä ei vastaa suodattimia.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No subprocessors yet&lt;/h3&gt;&lt;p&gt;Add the first one with &lt;b&gt;New…&lt;/b&gt; (Ctrl+N): who it is, the service it provides, and every country where it processes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ei vielä alikäsittelijöitä&lt;/h3&gt;&lt;p&gt;Lisää ensimmäinen painikkeella &lt;b&gt;Uusi…&lt;/b&gt; (Ctrl+N): kuka se on, mitä palvelua se tarjoaa ja kaikki maat, joissa se käsittelee tietoja.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Announced {0}: customers may object until {1}. Save the customer notice next.</source>
        <translation>Ilmoitettu {0}: asiakkaat voivat vastustaa {1} asti. Tallenna seuraavaksi asiakasilmoitus.</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>Tallennettu {0}.</translation>
    </message>
    <message>
        <source>Writing the register…</source>
        <translation>Kirjoitetaan rekisteriä…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Save the register</source>
        <translation>Tallenna rekisteri</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the customer notice</source>
        <translation>Tallenna asiakasilmoitus</translation>
    </message>
</context>
<context>
    <name>RegisterPrint</name>
    <message>
        <source>Print the register</source>
        <translation>Tulosta rekisteri</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Vaihda tunnuslause</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Nykyinen tunnuslause:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Uusi tunnuslause:</translation>
    </message>
    <message>
        <source>New passphrase again:</source>
        <translation>Uusi tunnuslause uudelleen:</translation>
    </message>
    <message>
        <source>The store is copied under the new passphrase, the copy is checked, and only then does it replace the store: if anything goes wrong, the current passphrase keeps working. Backups made before keep the passphrase they were made with.</source>
        <translation>Tiedosto kopioidaan uudella tunnuslauseella, kopio tarkistetaan ja vasta sitten se korvaa tiedoston: jos jokin menee vikaan, nykyinen tunnuslause toimii edelleen. Aiemmin tehdyt varmuuskopiot säilyttävät tunnuslauseen, jolla ne tehtiin.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Vaihda</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>Anna nykyinen tunnuslause.</translation>
    </message>
    <message>
        <source>The new passphrase is the current one.</source>
        <translation>Uusi tunnuslause on sama kuin nykyinen.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%n deadline(s) overdue: {0}</source>
        <translation>
            <numerusform>%n määräaika myöhässä: {0}</numerusform>
            <numerusform>%n määräaikaa myöhässä: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since your last session ({0}), %n deadline(s) became overdue: {1}</source>
        <translation>
            <numerusform>Edellisen istuntosi ({0}) jälkeen %n määräaika on mennyt umpeen: {1}</numerusform>
            <numerusform>Edellisen istuntosi ({0}) jälkeen %n määräaikaa on mennyt umpeen: {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue deadlines</source>
        <translation>Myöhässä olevat määräajat</translation>
    </message>
    <message>
        <source>Deadline passed</source>
        <translation>Määräaika umpeutui</translation>
    </message>
    <message>
        <source>Now overdue: {0}</source>
        <translation>Nyt myöhässä: {0}</translation>
    </message>
    <message>
        <source>Deadlines coming up</source>
        <translation>Lähestyvät määräajat</translation>
    </message>
    <message>
        <source>Due soon: {0}</source>
        <translation>Erääntyy pian: {0}</translation>
    </message>
    <message>
        <source>; and {0} more</source>
        <translation>; ja {0} muuta</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Every report and export DPO Desk writes. Files are written only where you choose.</source>
        <translation>Kaikki DPO Deskin raportit ja viennit. Tiedostot kirjoitetaan vain valitsemaasi paikkaan.</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englanti</translation>
    </message>
    <message>
        <source>Language of the reports:</source>
        <translation>Raporttien kieli:</translation>
    </message>
    <message>
        <source>Year of the annual report:</source>
        <translation>Vuosiraportin vuosi:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <source>Generate…</source>
        <translation>Luo…</translation>
    </message>
    <message>
        <source>Save {0}</source>
        <translation>Tallenna {0}</translation>
    </message>
    <message>
        <source>Another report is being written; wait for it or cancel it.</source>
        <translation>Toista raporttia kirjoitetaan; odota tai peruuta se.</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Kirjoitetaan: {0}…</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Kirjoitettu {0}</translation>
    </message>
</context>
<context>
    <name>RequestActionDialog</name>
    <message>
        <source>2026-03-05 or 5.3.2026</source>
        <translation>2026-03-05 tai 5.3.2026</translation>
    </message>
    <message>
        <source>This is needed.</source>
        <translation>Tämä tarvitaan.</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was changed.</source>
        <translation>Jokin meni vikaan; mitään ei muutettu.</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>Requester</source>
        <translation>Pyytäjä</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>We act as</source>
        <translation>Roolimme</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Henkilöllisyys</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Pidennys</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <source>What they ask</source>
        <translation>Mitä pyydetään</translation>
    </message>
    <message>
        <source>Information asked…</source>
        <translation>Tietoja pyydetty…</translation>
    </message>
    <message>
        <source>Information received…</source>
        <translation>Tiedot saatu…</translation>
    </message>
    <message>
        <source>Verified…</source>
        <translation>Varmennettu…</translation>
    </message>
    <message>
        <source>Could not be verified…</source>
        <translation>Ei voitu varmentaa…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Pidennä…</translation>
    </message>
    <message>
        <source>Two further months, once, with reasons</source>
        <translation>Kaksi lisäkuukautta, kerran, perustellen</translation>
    </message>
    <message>
        <source>Extension told…</source>
        <translation>Pidennyksestä kerrottu…</translation>
    </message>
    <message>
        <source>When the requester was told</source>
        <translation>Milloin pyytäjälle kerrottiin</translation>
    </message>
    <message>
        <source>Forward to controller…</source>
        <translation>Siirrä rekisterinpitäjälle…</translation>
    </message>
    <message>
        <source>Received as processor</source>
        <translation>Vastaanotettu käsittelijänä</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Sulje…</translation>
    </message>
    <message>
        <source>Outcome and reply date (Ctrl+Shift+C)</source>
        <translation>Lopputulos ja vastauspäivä (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Lisää muistiinpano…</translation>
    </message>
    <message>
        <source>A note on the timeline (Ctrl+Shift+N)</source>
        <translation>Muistiinpano aikajanalle (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Correct details…</source>
        <translation>Korjaa tietoja…</translation>
    </message>
    <message>
        <source>Name, contact, what they ask</source>
        <translation>Nimi, yhteystiedot, mitä pyydetään</translation>
    </message>
    <message>
        <source>Letters and evidence</source>
        <translation>Kirjeet ja todisteet</translation>
    </message>
    <message>
        <source>Export evidence bundle…</source>
        <translation>Vie todistepaketti…</translation>
    </message>
    <message>
        <source>Tell the recipients (Art. 19)…</source>
        <translation>Ilmoita vastaanottajille (19 art.)…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Aikajana</translation>
    </message>
    <message>
        <source>Acknowledgement…</source>
        <translation>Vastaanottoilmoitus…</translation>
    </message>
    <message>
        <source>Request for identity information…</source>
        <translation>Henkilöllisyyden selvityspyyntö…</translation>
    </message>
    <message>
        <source>Extension notice…</source>
        <translation>Ilmoitus pidennyksestä…</translation>
    </message>
    <message>
        <source>Refusal…</source>
        <translation>Kieltäytyminen…</translation>
    </message>
    <message>
        <source>Completion…</source>
        <translation>Täyttäminen…</translation>
    </message>
    <message>
        <source>Identity information was asked for after the first month had ended: the clock does not restart and the request stays due on its original date (Art. 12(3), 12(6)).</source>
        <translation>Henkilöllisyyden selvitystä pyydettiin vasta ensimmäisen kuukauden päätyttyä: määräaika ei ala alusta, vaan pyyntöön on vastattava alkuperäisessä määräajassa (12 artiklan 3 ja 6 kohta).</translation>
    </message>
    <message>
        <source>The extension was recorded after the first month had ended: it does not count, and the reply was due at the end of the first month (Art. 12(3)).</source>
        <translation>Jatkoaika kirjattiin ensimmäisen kuukauden päätyttyä: se ei ole voimassa, ja vastaus olisi pitänyt antaa ensimmäisen kuukauden loppuun mennessä (12 artiklan 3 kohta).</translation>
    </message>
    <message>
        <source>The identity could not be verified, but the time limit still runs: tell the requester within it that you cannot act and why, with the right to complain (Art. 12(2), 12(4)). Close the request as refused and send the refusal letter.</source>
        <translation>Henkilöllisyyttä ei voitu varmentaa, mutta määräaika kulkee: kerro pyytäjälle sen kuluessa, ettet voi toimia ja miksi, sekä oikeudesta tehdä valitus (12 artiklan 2 ja 4 kohta). Sulje pyyntö hylättynä ja lähetä kieltäytymiskirje.</translation>
    </message>
    <message>
        <source>The requester was not told of the extension within the first month: the reply was due at the end of the first month (Art. 12(3)).</source>
        <translation>Pyytäjälle ei kerrottu määräajan pidentämisestä ensimmäisen kuukauden kuluessa: vastaus olisi pitänyt antaa ensimmäisen kuukauden loppuun mennessä (12 artiklan 3 kohta).</translation>
    </message>
    <message>
        <source>{0}, received by {1} — {2}</source>
        <translation>{0}, kanava: {1} — {2}</translation>
    </message>
    <message>
        <source>Replied {0} (due {1}) — {2}</source>
        <translation>Vastattu {0} (määräpäivä {1}) — {2}</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>ajoissa</translation>
    </message>
    <message>
        <source>late</source>
        <translation>myöhässä</translation>
    </message>
    <message>
        <source>No time limit running</source>
        <translation>Määräaika ei kulu</translation>
    </message>
    <message>
        <source>Forward to the controller by {0}</source>
        <translation>Välitettävä rekisterinpitäjälle viimeistään {0}</translation>
    </message>
    <message>
        <source>Due {0}</source>
        <translation>Määräpäivä {0}</translation>
    </message>
    <message>
        <source>Overdue: the limit has passed.</source>
        <translation>Myöhässä: määräaika on umpeutunut.</translation>
    </message>
    <message>
        <source>Due soon.</source>
        <translation>Erääntyy pian.</translation>
    </message>
    <message>
        <source>The requester was not told of the extension within the first month (Art. 12(3)).</source>
        <translation>Pyytäjälle ei kerrottu pidennyksestä ensimmäisen kuukauden aikana (12 art. 3 kohta).</translation>
    </message>
    <message>
        <source>{0}; letters in {1}</source>
        <translation>{0}; kirjeet kielellä {1}</translation>
    </message>
    <message>
        <source> for {0}</source>
        <translation> (rekisterinpitäjä: {0})</translation>
    </message>
    <message>
        <source>(controller not named)</source>
        <translation>(rekisterinpitäjää ei nimetty)</translation>
    </message>
    <message>
        <source>; forwarded {0}</source>
        <translation>; siirretty {0}</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>pyydetty</translation>
    </message>
    <message>
        <source>received</source>
        <translation>saatu</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>tarkistettu</translation>
    </message>
    <message>
        <source>; the month runs from {0}</source>
        <translation>; kuukausi lasketaan päivästä {0}</translation>
    </message>
    <message>
        <source>not yet told</source>
        <translation>ei vielä kerrottu</translation>
    </message>
    <message>
        <source>{0}: {1} (requester told: {2})</source>
        <translation>{0}: {1} (pyytäjälle kerrottu: {2})</translation>
    </message>
    <message>
        <source>not extended</source>
        <translation>ei pidennetty</translation>
    </message>
    <message>
        <source>not closed</source>
        <translation>ei suljettu</translation>
    </message>
    <message>
        <source>Ask for the information needed to identify the requester (Art. 12(6)). Under the default setting the month starts again when it arrives.</source>
        <translation>Pyydä tiedot, joita tarvitaan pyytäjän tunnistamiseen (12 art. 6 kohta). Oletusasetuksella kuukausi alkaa alusta, kun tiedot saapuvat.</translation>
    </message>
    <message>
        <source>The identity information arrived: the month runs from this day (default setting).</source>
        <translation>Henkilöllisyystiedot saapuivat: kuukausi lasketaan tästä päivästä (oletusasetus).</translation>
    </message>
    <message>
        <source>The requester&apos;s identity was confirmed.</source>
        <translation>Pyytäjän henkilöllisyys varmistettiin.</translation>
    </message>
    <message>
        <source>The identity could not be confirmed; close the request with reasons afterwards.</source>
        <translation>Henkilöllisyyttä ei voitu varmistaa; sulje pyyntö sen jälkeen perustellen.</translation>
    </message>
    <message>
        <source>Identity: {0}</source>
        <translation>Henkilöllisyys: {0}</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Päivänä</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Extend the time limit</source>
        <translation>Pidennä määräaikaa</translation>
    </message>
    <message>
        <source>The limit becomes three months from the same start (Art. 12(3)), once. The requester must be told of the extension and its reasons within the first month (by {0}).</source>
        <translation>Määräajaksi tulee kolme kuukautta samasta alkupäivästä (12 art. 3 kohta), kerran. Pyytäjälle on kerrottava pidennyksestä ja sen syistä ensimmäisen kuukauden aikana ({0} mennessä).</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Syyt</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Päätetty</translation>
    </message>
    <message>
        <source>Requester told on</source>
        <translation>Pyytäjälle kerrottu</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>Ilmoitus pidennyksestä</translation>
    </message>
    <message>
        <source>When the requester was told of the extension and its reasons.</source>
        <translation>Milloin pyytäjälle kerrottiin pidennyksestä ja sen syistä.</translation>
    </message>
    <message>
        <source>Told on</source>
        <translation>Kerrottu</translation>
    </message>
    <message>
        <source>Forward to the controller</source>
        <translation>Siirrä rekisterinpitäjälle</translation>
    </message>
    <message>
        <source>A request received as a processor goes to the controller (Art. 28(3)(e)); this closes it here.</source>
        <translation>Käsittelijänä vastaanotettu pyyntö siirretään rekisterinpitäjälle (28 art. 3 kohdan e alakohta); tämä sulkee sen täällä.</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Rekisterinpitäjä</translation>
    </message>
    <message>
        <source>Forwarded on</source>
        <translation>Siirretty</translation>
    </message>
    <message>
        <source>Close the request</source>
        <translation>Sulje pyyntö</translation>
    </message>
    <message>
        <source>Record the outcome and the day the reply went out. A refusal needs its reasons; the refusal letter tells of the right to complain to the Data Protection Ombudsman and to a judicial remedy.</source>
        <translation>Kirjaa lopputulos ja vastauksen lähetyspäivä. Kieltäytyminen on perusteltava; kieltäytymiskirjeessä kerrotaan oikeudesta tehdä valitus Tietosuojavaltuutetun toimistolle ja hakea muutosta tuomioistuimelta.</translation>
    </message>
    <message>
        <source>Reply sent on</source>
        <translation>Vastaus lähetetty</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Lisää muistiinpano</translation>
    </message>
    <message>
        <source>Notes are added to the timeline and never edited.</source>
        <translation>Muistiinpanot lisätään aikajanalle eikä niitä muokata.</translation>
    </message>
    <message>
        <source>Correct the requester&apos;s details</source>
        <translation>Korjaa pyytäjän tietoja</translation>
    </message>
    <message>
        <source>Each change is noted on the timeline. The type and the receipt date fix the time limit and are not corrected: close a wrongly logged request as withdrawn and log it again.</source>
        <translation>Jokainen muutos merkitään aikajanalle. Tyyppi ja vastaanottopäivä määräävät määräajan eikä niitä korjata: sulje väärin kirjattu pyyntö peruttuna ja kirjaa se uudelleen.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>Muu yhteystieto</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <source>access</source>
        <translation>pääsy tietoihin</translation>
    </message>
    <message>
        <source>rectification</source>
        <translation>oikaisu</translation>
    </message>
    <message>
        <source>erasure</source>
        <translation>poistaminen</translation>
    </message>
    <message>
        <source>restriction</source>
        <translation>käsittelyn rajoittaminen</translation>
    </message>
    <message>
        <source>portability</source>
        <translation>siirrettävyys</translation>
    </message>
    <message>
        <source>objection</source>
        <translation>vastustaminen</translation>
    </message>
    <message>
        <source>consent withdrawal</source>
        <translation>suostumuksen peruminen</translation>
    </message>
    <message>
        <source>automated decision</source>
        <translation>automaattinen päätös</translation>
    </message>
    <message>
        <source>unclassified</source>
        <translation>luokittelematon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>verkkolomake</translation>
    </message>
    <message>
        <source>post</source>
        <translation>posti</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>henkilökohtaisesti</translation>
    </message>
    <message>
        <source>controller</source>
        <translation>rekisterinpitäjä</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>käsittelijä</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>open</source>
        <translation>avoin</translation>
    </message>
    <message>
        <source>awaiting identity</source>
        <translation>odottaa henkilöllisyyttä</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>pidennetty</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>suljettu</translation>
    </message>
    <message>
        <source>fulfilled</source>
        <translation>täytetty</translation>
    </message>
    <message>
        <source>partially fulfilled</source>
        <translation>osittain täytetty</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>hylätty</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <source>forwarded to controller</source>
        <translation>siirretty rekisterinpitäjälle</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>ei tarpeen</translation>
    </message>
    <message>
        <source>information asked</source>
        <translation>tietoja pyydetty</translation>
    </message>
    <message>
        <source>information received</source>
        <translation>tiedot saatu</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>varmennettu</translation>
    </message>
    <message>
        <source>could not be verified</source>
        <translation>ei voitu varmentaa</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Type settled</source>
        <translation>Tyyppi vahvistettu</translation>
    </message>
    <message>
        <source>Identity information asked</source>
        <translation>Henkilöllisyystietoja pyydetty</translation>
    </message>
    <message>
        <source>Identity information received</source>
        <translation>Henkilöllisyystiedot saatu</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Henkilöllisyys varmennettu</translation>
    </message>
    <message>
        <source>Identity not verified</source>
        <translation>Henkilöllisyyttä ei varmennettu</translation>
    </message>
    <message>
        <source>Time limit extended</source>
        <translation>Määräaikaa pidennetty</translation>
    </message>
    <message>
        <source>Requester told of the extension</source>
        <translation>Pyytäjälle kerrottu pidennyksestä</translation>
    </message>
    <message>
        <source>Forwarded to the controller</source>
        <translation>Siirretty rekisterinpitäjälle</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Letter written</source>
        <translation>Kirje kirjoitettu</translation>
    </message>
    <message>
        <source>Details corrected</source>
        <translation>Tietoja korjattu</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>New request</source>
        <translation>Uusi pyyntö</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Kaikki tyypit</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Vain myöhässä olevat</translation>
    </message>
    <message>
        <source>Search reference, name or e-mail (Ctrl+F)</source>
        <translation>Hae tunnuksella, nimellä tai sähköpostilla (Ctrl+F)</translation>
    </message>
    <message>
        <source>Export request log…</source>
        <translation>Vie pyyntöloki…</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Pyytäjä</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Saapunut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>odottaa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>Choose a request to see its time limit, actions and timeline.</source>
        <translation>Valitse pyyntö nähdäksesi sen määräajan, toiminnot ja aikajanan.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Open the letter</source>
        <translation>Avaa kirje</translation>
    </message>
    <message>
        <source>Open it in the application your system uses for its type (Ctrl+Shift+O)</source>
        <translation>Avaa se sovelluksessa, jota järjestelmäsi käyttää sen tyypille (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>myöhässä</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>erääntyy pian</translation>
    </message>
    <message>
        <source>More than {0} requests</source>
        <translation>Yli {0} pyyntöä</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n pyyntö</numerusform>
            <numerusform>%n pyyntöä</numerusform>
        </translation>
    </message>
    <message>
        <source>No request matches these filters.</source>
        <translation>Mikään pyyntö ei vastaa suodattimia.</translation>
    </message>
    <message>
        <source>No rights requests yet.
Log the first one with New request (Ctrl+N).</source>
        <translation>Ei vielä oikeuspyyntöjä.
Kirjaa ensimmäinen painikkeella Uusi pyyntö (Ctrl+N).</translation>
    </message>
    <message>
        <source>Logged {0}.</source>
        <translation>Kirjattu {0}.</translation>
    </message>
    <message>
        <source>Export request log</source>
        <translation>Vie pyyntöloki</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the request log…</source>
        <translation>Kirjoitetaan pyyntölokia…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n request(s) to {0}.</source>
        <translation>
            <numerusform>%n pyyntö kirjoitettu tiedostoon {0}.</numerusform>
            <numerusform>%n pyyntöä kirjoitettu tiedostoon {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save reply letter</source>
        <translation>Tallenna vastauskirje</translation>
    </message>
    <message>
        <source>Export evidence bundle</source>
        <translation>Vie todistepaketti</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Zip-paketti (*.zip)</translation>
    </message>
    <message>
        <source>Wrote {0}. Give its manifest hash to the recipient separately: {1}</source>
        <translation>Kirjoitettiin {0}. Anna sen luettelon tiiviste vastaanottajalle erikseen: {1}</translation>
    </message>
    <message>
        <source>Writing the evidence bundle…</source>
        <translation>Kirjoitetaan todistepakettia…</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <source>OpenDocument (.odt)</source>
        <translation>OpenDocument (.odt)</translation>
    </message>
    <message>
        <source>Tell the recipients</source>
        <translation>Ilmoita vastaanottajille</translation>
    </message>
    <message>
        <source>Write the notices as</source>
        <translation>Kirjoita ilmoitukset muodossa</translation>
    </message>
    <message>
        <source>Folder for the notices</source>
        <translation>Kansio ilmoituksille</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n notice(s) to the recipients.</source>
        <translation>
            <numerusform>Kirjoitettiin %n ilmoitus vastaanottajille.</numerusform>
            <numerusform>Kirjoitettiin %n ilmoitusta vastaanottajille.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still to tell: {0}</source>
        <translation>Vielä ilmoittamatta: {0}</translation>
    </message>
    <message>
        <source>Writing the notices to the recipients…</source>
        <translation>Kirjoitetaan ilmoituksia vastaanottajille…</translation>
    </message>
    <message>
        <source>Wrote {0}.</source>
        <translation>Kirjoitettu {0}.</translation>
    </message>
    <message>
        <source>Log a new rights request ({0})</source>
        <translation>Kirjaa uusi oikeuspyyntö ({0})</translation>
    </message>
    <message>
        <source>The request log and statistics as a workbook ({0})</source>
        <translation>Pyyntöloki ja tilastot työkirjana ({0})</translation>
    </message>
    <message>
        <source>Rows: &lt;span style=&apos;background:#fde2e1;color:#1f1f1f&apos;&gt;&amp;nbsp;overdue&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#ffdcb8;color:#1f1f1f&apos;&gt;&amp;nbsp;due within 72 hours&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fff4ce;color:#1f1f1f&apos;&gt;&amp;nbsp;within a week&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#f2f2f2;color:#1f1f1f&apos;&gt;&amp;nbsp;closed&amp;nbsp;&lt;/span&gt;</source>
        <translation>Rivit: &lt;span style=&apos;background:#fde2e1;color:#1f1f1f&apos;&gt;&amp;nbsp;myöhässä&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#ffdcb8;color:#1f1f1f&apos;&gt;&amp;nbsp;erääntyy 72 tunnin kuluessa&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fff4ce;color:#1f1f1f&apos;&gt;&amp;nbsp;viikon kuluessa&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#f2f2f2;color:#1f1f1f&apos;&gt;&amp;nbsp;suljettu&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Uusi pyyntö…</translation>
    </message>
    <message>
        <source>&amp;Find a request</source>
        <translation>&amp;Etsi pyyntö</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>Add a &amp;note to the request…</source>
        <translation>&amp;Lisää pyyntöön muistiinpano…</translation>
    </message>
    <message>
        <source>&amp;Close the request…</source>
        <translation>&amp;Sulje pyyntö…</translation>
    </message>
    <message>
        <source>&amp;Open the selected attachment</source>
        <translation>&amp;Avaa valittu liite</translation>
    </message>
    <message>
        <source>E&amp;xport the request log…</source>
        <translation>&amp;Vie pyyntöloki…</translation>
    </message>
    <message>
        <source>Writing the letter…</source>
        <translation>Kirjoitetaan kirjettä…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <source>Check the backup</source>
        <translation>Tarkista varmuuskopio</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Varmuuskopio:</translation>
    </message>
    <message>
        <source>Its passphrase:</source>
        <translation>Sen tunnuslause:</translation>
    </message>
    <message>
        <source>The backup is checked before anything is replaced: it must open with its passphrase, pass SQLite&apos;s and SQLCipher&apos;s integrity checks, and come from this version of DPO Desk or an earlier one. The store&apos;s present content is kept in a copy beside it.</source>
        <translation>Varmuuskopio tarkistetaan ennen kuin mitään korvataan: sen on auettava tunnuslauseellaan, läpäistävä SQLiten ja SQLCipherin eheystarkistukset ja oltava tämän tai aiemman DPO Desk -version tekemä. Tiedoston nykyinen sisältö säilytetään kopiona sen vieressä.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Valitse varmuuskopio</translation>
    </message>
    <message>
        <source>DPO Desk store (*.dpodesk *.bak)</source>
        <translation>DPO Desk -tiedosto (*.dpodesk *.bak)</translation>
    </message>
    <message>
        <source>Sound: schema {0}, {1} audit entries, {2} KB. Restore replaces the open store with it.</source>
        <translation>Kunnossa: skeema {0}, {1} lokimerkintää, {2} kt. Palautus korvaa avoimen tiedoston sillä.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention</source>
        <translation>Säilytys</translation>
    </message>
    <message>
        <source>Looking for what may go…</source>
        <translation>Etsitään poistettavaa…</translation>
    </message>
    <message>
        <source>Goes</source>
        <translation>Poistuu</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Mikä se on</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Liitetty</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Miksi</translation>
    </message>
    <message>
        <source>Purge these</source>
        <translation>Poista nämä</translation>
    </message>
    <message>
        <source>Cases closed longer ago than the retention setting go whole: the case, its timeline, its attachments and the values in its audit entries. ID documents of requests whose identity has been verified go too. Nothing goes before you confirm; the audit trail records what went. Backups and exports made earlier keep their copies until you delete them.</source>
        <translation>Asiat, jotka on suljettu säilytysasetusta aiemmin, poistuvat kokonaan: asia, sen aikajana, liitteet ja arvot sen lokimerkinnöissä. Myös niiden pyyntöjen henkilöllisyystodistukset poistuvat, joiden henkilöllisyys on varmennettu. Mitään ei poisteta ennen vahvistustasi; tapahtumaloki kirjaa, mitä poistettiin. Aiemmin tehdyt varmuuskopiot ja viennit säilyttävät kopionsa, kunnes poistat ne.</translation>
    </message>
    <message>
        <source>{0} request, replied {1}</source>
        <translation>pyyntö ({0}), vastattu {1}</translation>
    </message>
    <message>
        <source>breach “{0}”, closed {1}</source>
        <translation>tietoturvaloukkaus ”{0}”, suljettu {1}</translation>
    </message>
    <message>
        <source>the whole case</source>
        <translation>koko asia</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>Henkilöllisyystodistus</translation>
    </message>
    <message numerus="yes">
        <source>closed before {0} (%n year(s))</source>
        <translation>
            <numerusform>suljettu ennen {0} (%n vuosi)</numerusform>
            <numerusform>suljettu ennen {0} (%n vuotta)</numerusform>
        </translation>
    </message>
    <message>
        <source>an ID document; the identity has been verified</source>
        <translation>henkilöllisyystodistus; henkilöllisyys on varmennettu</translation>
    </message>
    <message>
        <source>May be purged as of {0}: closed cases {1}, ID documents {2}.</source>
        <translation>Voidaan poistaa {0} tilanteen mukaan: suljettuja asioita {1}, henkilöllisyystodistuksia {2}.</translation>
    </message>
    <message>
        <source>Nothing needs purging as of {0}.</source>
        <translation>Mitään ei tarvitse poistaa {0} tilanteen mukaan.</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Remove for good: closed cases {0}, ID documents {1}? This cannot be undone, except by restoring a backup made before.</source>
        <translation>Poistetaanko pysyvästi: suljettuja asioita {0}, henkilöllisyystodistuksia {1}? Tätä ei voi perua, paitsi palauttamalla aiemmin tehty varmuuskopio.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n tavu</numerusform>
            <numerusform>%n tavua</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} kt</translation>
    </message>
    <message>
        <source>Purged closed cases {0}, ID documents {1}; the values of {2} audit entries went with them.</source>
        <translation>Poistettiin suljettuja asioita {0}, henkilöllisyystodistuksia {1}; {2} lokimerkinnän arvot poistuivat niiden mukana.</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <source>Retired on</source>
        <translation>Poistettu käytöstä</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Miksi</translation>
    </message>
</context>
<context>
    <name>RuleText</name>
    <message>
        <source>forward to the controller within {days} working days of {start} (Art. 28(3)(e)): {due}</source>
        <translation>välitettävä rekisterinpitäjälle {days} työpäivän kuluessa päivästä {start} (28 artiklan 3 kohdan e alakohta): {due}</translation>
    </message>
    <message>
        <source>one month from {start}</source>
        <translation>kuukausi päivästä {start}</translation>
    </message>
    <message>
        <source>three months from {start}</source>
        <translation>kolme kuukautta päivästä {start}</translation>
    </message>
    <message>
        <source>{months} months from {start}</source>
        <translation>{months} kuukautta päivästä {start}</translation>
    </message>
    <message>
        <source> (the day the identity information arrived: the clock starts again, Art. 12(6))</source>
        <translation> (päivä, jona henkilöllisyystiedot saapuivat: määräaika alkaa alusta, 12 artiklan 6 kohta)</translation>
    </message>
    <message>
        <source>; {month} has no day {day}, so {end}</source>
        <translation>; {month}ssa ei ole {day}. päivää, joten {end}</translation>
    </message>
    <message>
        <source>{day} is {why}</source>
        <translation>{day} on {why}</translation>
    </message>
    <message>
        <source>, so {due}</source>
        <translation>, joten {due}</translation>
    </message>
    <message>
        <source>: {due}</source>
        <translation>: {due}</translation>
    </message>
    <message>
        <source>waiting for the identity information asked on {date}: the month starts again when it arrives (Art. 12(6))</source>
        <translation>odotetaan {date} pyydettyjä henkilöllisyystietoja: kuukausi alkaa alusta, kun ne saapuvat (12 artiklan 6 kohta)</translation>
    </message>
    <message>
        <source> (the setting&apos;s {days} working days when it was logged)</source>
        <translation> (asetuksen {days} työpäivää kirjaushetkellä)</translation>
    </message>
    <message>
        <source> (the term agreed in the data processing agreement)</source>
        <translation> (henkilötietojen käsittelysopimuksessa sovittu määräaika)</translation>
    </message>
    <message>
        <source> (stored: {date}, computed under earlier holiday settings)</source>
        <translation> (tallennettu: {date}, laskettu aiempien pyhäpäiväasetusten mukaan)</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Evaluation or scoring, profiling, predicting</source>
        <translation>Arviointi tai pisteytys, profilointi, ennakointi</translation>
    </message>
    <message>
        <source>Automated decision with legal or similar effect</source>
        <translation>Automaattinen päätös, jolla on oikeusvaikutuksia tai vastaavia vaikutuksia</translation>
    </message>
    <message>
        <source>Systematic monitoring</source>
        <translation>Järjestelmällinen valvonta</translation>
    </message>
    <message>
        <source>Sensitive or highly personal data</source>
        <translation>Arkaluonteiset tai erittäin henkilökohtaiset tiedot</translation>
    </message>
    <message>
        <source>Large scale</source>
        <translation>Laajamittainen käsittely</translation>
    </message>
    <message>
        <source>Matching or combining data sets</source>
        <translation>Aineistojen yhdistäminen tai yhteensovittaminen</translation>
    </message>
    <message>
        <source>Vulnerable data subjects</source>
        <translation>Haavoittuvassa asemassa olevat rekisteröidyt</translation>
    </message>
    <message>
        <source>Innovative technology or organisational solutions</source>
        <translation>Uusi teknologia tai organisatoriset ratkaisut</translation>
    </message>
    <message>
        <source>Prevents exercising a right or using a service</source>
        <translation>Estää oikeuden käyttämisen tai palvelun käytön</translation>
    </message>
    <message>
        <source>Biometric data for unique identification</source>
        <translation>Biometriset tiedot yksilöimistä varten</translation>
    </message>
    <message>
        <source>Genetic data</source>
        <translation>Geneettiset tiedot</translation>
    </message>
    <message>
        <source>Location data</source>
        <translation>Sijaintitiedot</translation>
    </message>
    <message>
        <source>Information withheld under Art. 14(5)(b)</source>
        <translation>14 art. 5 kohdan b alakohdan nojalla antamatta jätetyt tiedot</translation>
    </message>
    <message>
        <source>Whistleblowing system</source>
        <translation>Väärinkäytösten ilmoituskanava</translation>
    </message>
    <message>
        <source>{0}: the record lists it, so it counts without a tick.</source>
        <translation>{0}: selosteessa mainittu, joten se lasketaan ilman rastia.</translation>
    </message>
    <message>
        <source>Large-scale processing of special categories or criminal data requires an assessment (Art. 35(3)(b)).</source>
        <translation>Erityisten henkilötietoryhmien tai rikostietojen laajamittainen käsittely edellyttää vaikutustenarviointia (35 artiklan 3 kohdan b alakohta).</translation>
    </message>
    <message>
        <source>A whistleblowing system is on the Ombudsman&apos;s list on its own.</source>
        <translation>Väärinkäytösten ilmoituskanava on Tietosuojavaltuutetun luettelossa jo yksinään.</translation>
    </message>
    <message>
        <source>{0} needs at least one further WP248 criterion to be on the Ombudsman&apos;s list.</source>
        <translation>{0} tarvitsee vähintään yhden muun WP248-kriteerin ollakseen Tietosuojavaltuutetun luettelossa.</translation>
    </message>
    <message>
        <source>{0} with a further criterion is on the Ombudsman&apos;s list.</source>
        <translation>{0} yhdessä muun kriteerin kanssa on Tietosuojavaltuutetun luettelossa.</translation>
    </message>
    <message>
        <source>Impact assessment screening — {0}</source>
        <translation>Vaikutustenarvioinnin esiarviointi — {0}</translation>
    </message>
    <message>
        <source>WP248 criteria (two or more: an assessment is likely required)</source>
        <translation>WP248-kriteerit (kaksi tai useampi: arviointi on todennäköisesti tarpeen)</translation>
    </message>
    <message>
        <source>The Data Protection Ombudsman&apos;s list</source>
        <translation>Tietosuojavaltuutetun luettelo</translation>
    </message>
    <message>
        <source>The activity&apos;s record lists such data.</source>
        <translation>Käsittelytoimen selosteessa on tällaisia tietoja.</translation>
    </message>
    <message>
        <source>The Data Protection Ombudsman&apos;s list of {0}</source>
        <translation>Tietosuojavaltuutetun luettelo {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;An impact assessment is likely required.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vaikutustenarviointi on todennäköisesti tarpeen.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;An impact assessment is not likely required.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vaikutustenarviointi ei todennäköisesti ole tarpeen.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Organisation and its DPO (heads every report)</source>
        <translation>Organisaatio ja sen tietosuojavastaava (jokaisen raportin ylätunniste)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>DPO name</source>
        <translation>Tietosuojavastaavan nimi</translation>
    </message>
    <message>
        <source>DPO e-mail</source>
        <translation>Tietosuojavastaavan sähköposti</translation>
    </message>
    <message>
        <source>DPO phone</source>
        <translation>Tietosuojavastaavan puhelin</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Aikavyöhyke</translation>
    </message>
    <message>
        <source>Holiday country</source>
        <translation>Pyhäpäivien maa</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englanti</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Raporttien kieli</translation>
    </message>
    <message>
        <source>This window (your own preference, not the store&apos;s)</source>
        <translation>Tämä ikkuna (oma valintasi, ei tiedoston asetus)</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Järjestelmän kieli</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Ikkunan kieli</translation>
    </message>
    <message>
        <source>Applies the next time DPO Desk starts.</source>
        <translation>Tulee voimaan, kun DPO Desk käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
        <source>Rules and reminders</source>
        <translation>Säännöt ja muistutukset</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Tallenna (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Save the settings</source>
        <translation>&amp;Tallenna asetukset</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>starts again when the information arrives</source>
        <translation>alkaa alusta, kun tiedot saapuvat</translation>
    </message>
    <message>
        <source>keeps running from receipt</source>
        <translation>jatkuu vastaanottopäivästä</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message>
        <source>Import {0}</source>
        <translation>Tuo {0}</translation>
    </message>
    <message>
        <source>Not used in this file</source>
        <translation>Ei käytössä tässä tiedostossa</translation>
    </message>
    <message>
        <source>day/month/year (05/03/2026 is 5 March)</source>
        <translation>päivä/kuukausi/vuosi (05/03/2026 on 5. maaliskuuta)</translation>
    </message>
    <message>
        <source>month/day/year (05/03/2026 is 3 May)</source>
        <translation>kuukausi/päivä/vuosi (05/03/2026 on 3. toukokuuta)</translation>
    </message>
    <message>
        <source>Import into:</source>
        <translation>Tuo kohteeseen:</translation>
    </message>
    <message>
        <source>Dates written with slashes:</source>
        <translation>Kauttaviivoin kirjoitetut päivämäärät:</translation>
    </message>
    <message>
        <source>Say how to read dates like 05/03/2026; 2026-03-05 and 5.3.2026 are always clear.</source>
        <translation>Kerro, miten päivämäärät kuten 05/03/2026 luetaan; 2026-03-05 ja 5.3.2026 ovat aina yksiselitteisiä.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Sarake tiedostossa</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Luetaan kenttään</translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>Ei virheitä.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Luetaan tiedostoa…</translation>
    </message>
    <message>
        <source>Skip the rows in error and import the others</source>
        <translation>Ohita virheelliset rivit ja tuo muut</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>No register of this version can be imported from a spreadsheet yet.</source>
        <translation>Tämän version rekisteriä ei voi vielä tuoda taulukosta.</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Oikeuspyyntöjen loki</translation>
    </message>
    <message>
        <source>Breach register</source>
        <translation>Loukkausrekisteri</translation>
    </message>
    <message>
        <source>Subprocessor register</source>
        <translation>Alikäsittelijärekisteri</translation>
    </message>
    <message>
        <source>Record of processing activities</source>
        <translation>Seloste käsittelytoimista</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— jätä pois —</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Tarkistetaan jokaista riviä…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Choose the column for: {0}.</source>
        <translation>Valitse sarake kentälle: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import.</source>
        <translation>
            <numerusform>%n rivi valmiina tuotavaksi.</numerusform>
            <numerusform>%n riviä valmiina tuotavaksi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors.</source>
        <translation>
            <numerusform>%n rivissä virheitä.</numerusform>
            <numerusform>%n rivissä virheitä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {0} of sheet {1}, column {2}</source>
        <translation>Taulukon {1} rivi {0}, sarake {2}</translation>
    </message>
    <message>
        <source>Row {0}, column {1}</source>
        <translation>Rivi {0}, sarake {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>%n rivi tuotu.</numerusform>
            <numerusform>%n riviä tuotu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in error skipped.</source>
        <translation>
            <numerusform>%n virheellinen rivi ohitettu.</numerusform>
            <numerusform>%n virheellistä riviä ohitettu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaleEdit</name>
    <message>
        <source>This case</source>
        <translation>Tapaus</translation>
    </message>
    <message>
        <source>{0} was changed by {1} at {2} after you opened it.</source>
        <translation>{0}: {1} muutti tapausta {2}, kun olit jo avannut sen.</translation>
    </message>
    <message>
        <source>{0} was changed by someone else after you opened it.</source>
        <translation>{0}: joku muu muutti tapausta, kun olit jo avannut sen.</translation>
    </message>
    <message>
        <source>Your change was not saved. Reload the case to see theirs, then redo yours.</source>
        <translation>Muutostasi ei tallennettu. Lataa tapaus uudelleen nähdäksesi hänen muutoksensa ja tee omasi sitten uudelleen.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Joku muu muutti tapausta</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Lataa uudelleen</translation>
    </message>
</context>
<context>
    <name>TableName</name>
    <message>
        <source>cases of processing activities</source>
        <translation>käsittelytoimien asiat</translation>
    </message>
    <message>
        <source>purposes of processing</source>
        <translation>käsittelyn tarkoitukset</translation>
    </message>
    <message>
        <source>subprocessors of processing activities</source>
        <translation>käsittelytoimien alikäsittelijät</translation>
    </message>
    <message>
        <source>transfers of processing activities</source>
        <translation>käsittelytoimien siirrot</translation>
    </message>
    <message>
        <source>risks of impact assessments</source>
        <translation>vaikutustenarviointien riskit</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>liitteet</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>tapahtumaloki</translation>
    </message>
    <message>
        <source>breaches</source>
        <translation>tietoturvaloukkaukset</translation>
    </message>
    <message>
        <source>breach notifications</source>
        <translation>tietoturvaloukkausilmoitukset</translation>
    </message>
    <message>
        <source>impact assessments</source>
        <translation>vaikutustenarvioinnit</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisaatio</translation>
    </message>
    <message>
        <source>processing activities</source>
        <translation>käsittelytoimet</translation>
    </message>
    <message>
        <source>notices to recipients</source>
        <translation>ilmoitukset vastaanottajille</translation>
    </message>
    <message>
        <source>reference counters</source>
        <translation>tunnuslaskurit</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>pyynnöt</translation>
    </message>
    <message>
        <source>request timelines</source>
        <translation>pyyntöjen aikajanat</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>asetukset</translation>
    </message>
    <message>
        <source>store information</source>
        <translation>tietokannan tiedot</translation>
    </message>
    <message>
        <source>subprocessors</source>
        <translation>alikäsittelijät</translation>
    </message>
    <message>
        <source>subprocessor announcements</source>
        <translation>alikäsittelijäilmoitukset</translation>
    </message>
    <message>
        <source>objections to subprocessors</source>
        <translation>alikäsittelijöiden vastustukset</translation>
    </message>
    <message>
        <source>transfers by subprocessors</source>
        <translation>alikäsittelijöiden siirrot</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer to {0}</source>
        <translation>Siirto maahan {0}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ei vielä</translation>
    </message>
    <message>
        <source>adequacy decision</source>
        <translation>riittävyyspäätös</translation>
    </message>
    <message>
        <source>standard contractual clauses</source>
        <translation>vakiosopimuslausekkeet</translation>
    </message>
    <message>
        <source>binding corporate rules</source>
        <translation>yritystä koskevat sitovat säännöt</translation>
    </message>
    <message>
        <source>Art. 49(1) derogation</source>
        <translation>49 art. 1 kohdan poikkeus</translation>
    </message>
    <message>
        <source>(a) explicit consent</source>
        <translation>(a) nimenomainen suostumus</translation>
    </message>
    <message>
        <source>(b) contract with the data subject</source>
        <translation>(b) sopimus rekisteröidyn kanssa</translation>
    </message>
    <message>
        <source>(c) contract in the data subject&apos;s interest</source>
        <translation>(c) sopimus rekisteröidyn edun mukaisesti</translation>
    </message>
    <message>
        <source>(d) important reasons of public interest</source>
        <translation>(d) tärkeät yleistä etua koskevat syyt</translation>
    </message>
    <message>
        <source>(e) legal claims</source>
        <translation>(e) oikeusvaateet</translation>
    </message>
    <message>
        <source>(f) vital interests</source>
        <translation>(f) elintärkeät edut</translation>
    </message>
    <message>
        <source>(g) public register</source>
        <translation>(g) julkinen rekisteri</translation>
    </message>
    <message>
        <source>compelling legitimate interests (second subparagraph)</source>
        <translation>pakottavat oikeutetut edut (toinen alakohta)</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Suojatoimi</translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation>Vakiolausekkeiden moduuli</translation>
    </message>
    <message>
        <source>SCC set</source>
        <translation>Vakiolausekkeiden versio</translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation>Poikkeus</translation>
    </message>
    <message>
        <source>Transfer impact assessment</source>
        <translation>Siirtoa koskeva vaikutustenarviointi</translation>
    </message>
    <message>
        <source>Review the assessment on</source>
        <translation>Katselmoi arviointi</translation>
    </message>
    <message>
        <source>Supplementary measures</source>
        <translation>Täydentävät toimenpiteet</translation>
    </message>
    <message>
        <source>Fallback safeguard</source>
        <translation>Varasuojatoimi</translation>
    </message>
    <message>
        <source>Fallback SCC module</source>
        <translation>Varalla oleva vakiolausekemoduuli</translation>
    </message>
    <message>
        <source>No adequacy decision covers {0}.</source>
        <translation>Mikään riittävyyspäätös ei kata maata {0}.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Mitään ei tallennettu.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Wrong passphrase: the store could not be unlocked with it (nothing was changed).</source>
        <translation>Väärä tunnuslause: tiedoston lukitusta ei voitu avata sillä (mitään ei muutettu).</translation>
    </message>
    <message>
        <source>Unlock DPO Desk</source>
        <translation>Avaa DPO Deskin lukitus</translation>
    </message>
    <message>
        <source>Passphrase for {0}:</source>
        <translation>Tunnuslause tiedostolle {0}:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Avaa lukitus</translation>
    </message>
</context>
<context>
    <name>_ActionDialog</name>
    <message>
        <source>Nothing was saved.</source>
        <translation>Mitään ei tallennettu.</translation>
    </message>
</context>
<context>
    <name>edit</name>
    <message>
        <source>Show the passphrase</source>
        <translation>Näytä tunnuslause</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Piilota tunnuslause</translation>
    </message>
</context>
</TS>

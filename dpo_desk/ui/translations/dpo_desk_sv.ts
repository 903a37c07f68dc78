<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>— none recorded —</source>
        <translation>— inte registrerad —</translation>
    </message>
    <message>
        <source>Consent, Art. 6(1)(a)</source>
        <translation>Samtycke, art. 6.1 a</translation>
    </message>
    <message>
        <source>Contract, Art. 6(1)(b)</source>
        <translation>Avtal, art. 6.1 b</translation>
    </message>
    <message>
        <source>Legal obligation, Art. 6(1)(c)</source>
        <translation>Rättslig förpliktelse, art. 6.1 c</translation>
    </message>
    <message>
        <source>Vital interests, Art. 6(1)(d)</source>
        <translation>Grundläggande intressen, art. 6.1 d</translation>
    </message>
    <message>
        <source>Public task, Art. 6(1)(e)</source>
        <translation>Allmänt intresse, art. 6.1 e</translation>
    </message>
    <message>
        <source>Legitimate interests, Art. 6(1)(f)</source>
        <translation>Berättigat intresse, art. 6.1 f</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ingen —</translation>
    </message>
    <message>
        <source>(a) Explicit consent</source>
        <translation>(a) Uttryckligt samtycke</translation>
    </message>
    <message>
        <source>(b) Employment and social security law</source>
        <translation>(b) Arbetsrätt och social trygghet</translation>
    </message>
    <message>
        <source>(c) Vital interests</source>
        <translation>(c) Grundläggande intressen</translation>
    </message>
    <message>
        <source>(d) Not-for-profit body</source>
        <translation>(d) Ideell organisation</translation>
    </message>
    <message>
        <source>(e) Made public by the data subject</source>
        <translation>(e) Offentliggjorda av den registrerade</translation>
    </message>
    <message>
        <source>(f) Legal claims</source>
        <translation>(f) Rättsliga anspråk</translation>
    </message>
    <message>
        <source>(g) Substantial public interest</source>
        <translation>(g) Viktigt allmänt intresse</translation>
    </message>
    <message>
        <source>(h) Health or social care</source>
        <translation>(h) Hälso- eller sjukvård, social omsorg</translation>
    </message>
    <message>
        <source>(i) Public health</source>
        <translation>(i) Folkhälsa</translation>
    </message>
    <message>
        <source>(j) Archiving, research, statistics</source>
        <translation>(j) Arkivering, forskning, statistik</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Personuppgiftsansvarig</translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation>Gemensamt personuppgiftsansvarig</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Personuppgiftsbiträde</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I bruk</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Avvecklad</translation>
    </message>
    <message>
        <source>Standard contractual clauses</source>
        <translation>Standardavtalsklausuler</translation>
    </message>
    <message>
        <source>Adequacy decision</source>
        <translation>Beslut om adekvat skyddsnivå</translation>
    </message>
    <message>
        <source>Binding corporate rules</source>
        <translation>Bindande företagsbestämmelser</translation>
    </message>
    <message>
        <source>Derogation (Art. 49)</source>
        <translation>Undantag (art. 49)</translation>
    </message>
    <message>
        <source>No safeguard</source>
        <translation>Ingen skyddsåtgärd</translation>
    </message>
    <message>
        <source>Within the EEA</source>
        <translation>Inom EES</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Redigera {0}</translation>
    </message>
    <message>
        <source>New processing activity</source>
        <translation>Ny behandling</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Our role</source>
        <translation>Vår roll</translation>
    </message>
    <message>
        <source>Joint controllers / controllers served</source>
        <translation>Gemensamt ansvariga / betjänade personuppgiftsansvariga</translation>
    </message>
    <message>
        <source>Names separated by semicolons</source>
        <translation>Namn åtskilda med semikolon</translation>
    </message>
    <message>
        <source>Controllers&apos; contact details</source>
        <translation>Personuppgiftsansvarigas kontaktuppgifter</translation>
    </message>
    <message>
        <source>As processor: one line per controller, in the same order (Art. 30(2)(a))</source>
        <translation>Som personuppgiftsbiträde: en rad per personuppgiftsansvarig, i samma ordning (artikel 30.2 a)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nästa översyn</translation>
    </message>
    <message>
        <source>2027-06-30 (empty: a review period from the last review)</source>
        <translation>2027-06-30 (tomt: översynsintervall från senaste översyn)</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Add a system</source>
        <translation>Lägg till system</translation>
    </message>
    <message>
        <source>Purposes and legal bases</source>
        <translation>Ändamål och rättsliga grunder</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <source>Art. 9(2) condition</source>
        <translation>Villkor enligt art. 9.2</translation>
    </message>
    <message>
        <source>Balancing test date</source>
        <translation>Avvägningens datum</translation>
    </message>
    <message>
        <source>Balancing conclusion</source>
        <translation>Slutsats</translation>
    </message>
    <message>
        <source>Add purpose</source>
        <translation>Lägg till ändamål</translation>
    </message>
    <message>
        <source>Remove purpose</source>
        <translation>Ta bort ändamål</translation>
    </message>
    <message>
        <source>Each purpose needs its Art. 6(1) basis; legitimate interests need the balancing test&apos;s date and conclusion.</source>
        <translation>Varje ändamål behöver sin grund enligt art. 6.1; berättigat intresse kräver intresseavvägningens datum och slutsats.</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>Data subjects and data</source>
        <translation>Registrerade och uppgifter</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Registrerade</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>Lägg till kategori</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <source>Special categories (Art. 9)</source>
        <translation>Särskilda kategorier (art. 9)</translation>
    </message>
    <message>
        <source>Add a special category</source>
        <translation>Lägg till särskild kategori</translation>
    </message>
    <message>
        <source>Criminal data (Art. 10)</source>
        <translation>Uppgifter om brott (art. 10)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Lägg till källa</translation>
    </message>
    <message>
        <source>Recipients and transfers</source>
        <translation>Mottagare och överföringar</translation>
    </message>
    <message>
        <source>Categories of recipients</source>
        <translation>Kategorier av mottagare</translation>
    </message>
    <message>
        <source>Add a recipient</source>
        <translation>Lägg till mottagare</translation>
    </message>
    <message>
        <source>Linked subprocessors</source>
        <translation>Länkade underbiträden</translation>
    </message>
    <message>
        <source>Reference, e.g. SP-0001</source>
        <translation>Referens, t.ex. SP-0001</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Skyddsåtgärd</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Add transfer</source>
        <translation>Lägg till överföring</translation>
    </message>
    <message>
        <source>Remove transfer</source>
        <translation>Ta bort överföring</translation>
    </message>
    <message>
        <source>Transfers of linked subprocessors are derived; add only others here.</source>
        <translation>Länkade underbitradens överföringar härleds; lägg bara till andra här.</translation>
    </message>
    <message>
        <source>Other transfers outside the EEA</source>
        <translation>Andra överföringar utanför EES</translation>
    </message>
    <message>
        <source>Retention and security</source>
        <translation>Lagring och säkerhet</translation>
    </message>
    <message>
        <source>Retention or its criteria</source>
        <translation>Lagringstid eller kriterier</translation>
    </message>
    <message>
        <source>Security measures (Art. 32)</source>
        <translation>Säkerhetsåtgärder (art. 32)</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Inte sparat.</translation>
    </message>
</context>
<context>
    <name>AdequacyDialog</name>
    <message>
        <source>Adequacy decisions</source>
        <translation>Beslut om adekvat skyddsnivå</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltigt till</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <source>Legal challenge</source>
        <translation>Rättslig prövning</translation>
    </message>
    <message>
        <source>Use a newer list…</source>
        <translation>Använd en nyare lista…</translation>
    </message>
    <message>
        <source>Check an adequacy list file and use it from now on</source>
        <translation>Kontrollera en lista över adekvansbeslut och använd den härefter</translation>
    </message>
    <message>
        <source>Adequacy decisions as of {0}, from {1}. The EEA: {2}.</source>
        <translation>Adekvansbeslut per {0}, från {1}. EES: {2}.</translation>
    </message>
    <message>
        <source>A newer adequacy list</source>
        <translation>En nyare lista över adekvansbeslut</translation>
    </message>
    <message>
        <source>Adequacy list (*.json)</source>
        <translation>Lista över adekvansbeslut (*.json)</translation>
    </message>
    <message>
        <source>Using the adequacy list of {0}.</source>
        <translation>Listan över adekvansbeslut per {0} används.</translation>
    </message>
    <message>
        <source>The list was not changed.</source>
        <translation>Listan ändrades inte.</translation>
    </message>
</context>
<context>
    <name>AnnounceDialog</name>
    <message>
        <source>Customers are told before the change takes effect (Art. 28(2)); they may object until the end of the objection period, which becomes a deadline.</source>
        <translation>Kunderna informeras innan ändringen träder i kraft (art. 28.2); de kan invända till slutet av invändningstiden, som blir en tidsfrist.</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Aviserad</translation>
    </message>
    <message>
        <source>Takes effect on (optional)</source>
        <translation>Träder i kraft (valfritt)</translation>
    </message>
    <message>
        <source>— nothing: a new subprocessor</source>
        <translation>— inget: ett nytt underbiträde</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Ersätter</translation>
    </message>
    <message>
        <source>Note for the customers</source>
        <translation>Meddelande till kunderna</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Fictional demo data — this store&apos;s passphrase is “{0}”. File: {1}</source>
        <translation>Fiktiva demodata — filens lösenfras är ”{0}”. Fil: {1}</translation>
    </message>
    <message>
        <source>Creating the store…</source>
        <translation>Skapar filen…</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Öppnar filen…</translation>
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
        <translation>Konsekvensbedömning — {0}</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Osannolik</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Möjlig</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Sannolik</translation>
    </message>
    <message>
        <source>Very likely</source>
        <translation>Mycket sannolik</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>Minimal</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Betydande</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Allvarlig</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Mycket allvarlig</translation>
    </message>
    <message>
        <source>(a) Description and purposes</source>
        <translation>(a) Beskrivning och ändamål</translation>
    </message>
    <message>
        <source>(b) Necessity and proportionality</source>
        <translation>(b) Nödvändighet och proportionalitet</translation>
    </message>
    <message>
        <source>Risk to data subjects</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Sannolikhet</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighet</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>Lägg till risk</translation>
    </message>
    <message>
        <source>Remove risk</source>
        <translation>Ta bort risk</translation>
    </message>
    <message>
        <source>(c) Risks</source>
        <translation>(c) Risker</translation>
    </message>
    <message>
        <source>(d) Measures envisaged</source>
        <translation>(d) Planerade åtgärder</translation>
    </message>
    <message>
        <source>The DPO&apos;s advice (Art. 35(2))</source>
        <translation>Dataskyddsombudets råd (art. 35.2)</translation>
    </message>
    <message>
        <source>Advice followed</source>
        <translation>Rådet följt</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Inte registrerat</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Why not followed</source>
        <translation>Varför det inte följdes</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Kvarstående risk</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Inte bedömd</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <source>Prior consultation (Art. 36) on</source>
        <translation>Förhandssamråd (art. 36) den</translation>
    </message>
    <message>
        <source>needed when a high residual risk remains, e.g. 2026-05-10</source>
        <translation>behövs när en hög kvarstående risk återstår, t.ex. 2026-05-10</translation>
    </message>
    <message>
        <source>Consultation outcome</source>
        <translation>Samrådets resultat</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Bedömd den</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nästa översyn</translation>
    </message>
    <message>
        <source>Art. 35(7): the assessment contains at least (a) to (d).</source>
        <translation>Art. 35.7: bedömningen innehåller minst a–d.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Inte sparat.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>Id-handling</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Spara som…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>No attachments yet. Add e-mails, letters, scans or images with “Add…”.</source>
        <translation>Inga bilagor. Lägg till e-post, brev och bilder: ”Lägg till…”.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attachments&lt;/b&gt; (kept encrypted in the store)</source>
        <translation>&lt;b&gt;Bilagor&lt;/b&gt; (lagras krypterade)</translation>
    </message>
    <message>
        <source>Attach files to {0}</source>
        <translation>Bifoga filer till {0}</translation>
    </message>
    <message numerus="yes">
        <source>Attached %n file(s).</source>
        <translation>
            <numerusform>Bifogade %n fil.</numerusform>
            <numerusform>Bifogade %n filer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the attachment as</source>
        <translation>Spara bilagan som</translation>
    </message>
    <message>
        <source>Saved to {0}. It is not encrypted there: delete it when done.</source>
        <translation>Sparad i {0}. Där är den inte krypterad: radera den när du är klar.</translation>
    </message>
    <message>
        <source>Remove {0} for good?</source>
        <translation>Ta bort {0} för gott?</translation>
    </message>
    <message>
        <source>Removed {0}.</source>
        <translation>{0} borttagen.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>Case reference (e.g. DSR-2026-0001):</source>
        <translation>Ärendereferens (t.ex. DSR-2026-0001):</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>Purged (retention)</source>
        <translation>Gallrad (lagringstid)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Återställd från säkerhetskopia</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Lösenfrasen bytt</translation>
    </message>
    <message>
        <source>Resealed</source>
        <translation>Förseglad på nytt</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Testdata skapade</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>Record, e.g. DSR-2026-0001 (part of it is enough)</source>
        <translation>Post, t.ex. DSR-2026-0001 (en del räcker)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrera</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Post:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Select an entry to see each field before and after.</source>
        <translation>Välj en post för att se varje fält före och efter.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>Verifiera kedjan</translation>
    </message>
    <message>
        <source>Keep this hash outside the computer; a later check against it shows whether the trail was rewritten.</source>
        <translation>Förvara det här hashvärdet utanför datorn; en senare kontroll mot det visar om loggen har skrivits om.</translation>
    </message>
    <message>
        <source>Copy the head</source>
        <translation>Kopiera senaste hashvärdet</translation>
    </message>
    <message>
        <source>E-mail the head…</source>
        <translation>E-posta senaste hashvärdet…</translation>
    </message>
    <message>
        <source>Opens a new message in your e-mail program with the hash in it</source>
        <translation>Öppnar ett nytt meddelande i ditt e-postprogram med hashvärdet i</translation>
    </message>
    <message>
        <source>Print the head…</source>
        <translation>Skriv ut senaste hashvärdet…</translation>
    </message>
    <message>
        <source>A page with the hash and how to check it, to file away on paper</source>
        <translation>En sida med hashvärdet och hur det kontrolleras, att arkivera på papper</translation>
    </message>
    <message>
        <source>Newest hash:</source>
        <translation>Senaste hashvärde:</translation>
    </message>
    <message>
        <source>Every change to the store, newest first. Each entry&apos;s hash covers its content and the entry before it, so an entry altered, removed or reordered outside DPO Desk shows up when the chain is verified.</source>
        <translation>Varje ändring i filen, nyaste först. Varje posts hash täcker dess innehåll och posten före, så en post som ändrats, tagits bort eller flyttats utanför DPO Desk syns när kedjan verifieras.</translation>
    </message>
    <message>
        <source>Entry {0}: {1} of {2} by {3} at {4}</source>
        <translation>Post {0}: {1} av {2} av {3} kl. {4}</translation>
    </message>
    <message>
        <source>(its values were removed by a retention purge; the chain still covers their seal)</source>
        <translation>(värdena togs bort vid gallring; kedjan täcker fortfarande deras försegling)</translation>
    </message>
    <message>
        <source>removed by retention purge</source>
        <translation>borttaget vid gallring</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verifierar…</translation>
    </message>
    <message>
        <source>Verifying… {0} of {1}</source>
        <translation>Verifierar… {0} av {1}</translation>
    </message>
    <message>
        <source>DPO Desk audit trail head {0}</source>
        <translation>DPO Desks granskningslogg, senaste hashvärdet {0}</translation>
    </message>
    <message>
        <source>The newest hash of the DPO Desk audit trail on {0}:

{1}

Check it later with: dpo-desk audit verify --expect-head {1}</source>
        <translation>Det senaste hashvärdet i DPO Desks granskningslogg den {0}:

{1}

Kontrollera det senare med: dpo-desk audit verify --expect-head {1}</translation>
    </message>
    <message>
        <source>DPO Desk audit trail head</source>
        <translation>Senaste hashvärdet i DPO Desks granskningslogg</translation>
    </message>
    <message>
        <source>The newest hash of the audit trail. Keep this page away from the computer: a trail rewritten later no longer passes through this hash.</source>
        <translation>Granskningsloggens senaste hashvärde. Förvara sidan skild från datorn: en logg som skrivs om senare går inte längre genom detta hashvärde.</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Lagring:</translation>
    </message>
    <message>
        <source>Printed on:</source>
        <translation>Utskriven:</translation>
    </message>
    <message>
        <source>To check the trail later against this page:</source>
        <translation>Så kontrolleras loggen senare mot denna sida:</translation>
    </message>
    <message>
        <source>Print the head</source>
        <translation>Skriv ut senaste hashvärdet</translation>
    </message>
    <message numerus="yes">
        <source>The chain verifies: %n entries, each linked to the one before.</source>
        <translation>
            <numerusform>Kedjan är hel: %n post, länkad till den före.</numerusform>
            <numerusform>Kedjan är hel: %n poster, var och en länkad till den före.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at entry {0}: {1}</source>
        <translation>Kedjan är bruten vid post {0}: {1}</translation>
    </message>
    <message>
        <source>The trail fails its check: {0}</source>
        <translation>Loggen klarar inte kontrollen: {0}</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Back up the store</source>
        <translation>Säkerhetskopiera filen</translation>
    </message>
    <message>
        <source>DPO Desk store (*.dpodesk)</source>
        <translation>DPO Desk-fil (*.dpodesk)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <source>Backup written: {0}
It opens with the same passphrase as this store.</source>
        <translation>Säkerhetskopian skrevs: {0}
Den öppnas med samma lösenfras som denna fil.</translation>
    </message>
</context>
<context>
    <name>BreachDetail</name>
    <message>
        <source>Close breach…</source>
        <translation>Stäng incident…</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakta</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Anmälningar</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Registrerade</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Behandlingar</translation>
    </message>
    <message>
        <source>Ransomware</source>
        <translation>Utpressningsprogram</translation>
    </message>
    <message>
        <source>Data exfiltration</source>
        <translation>Dataexfiltrering</translation>
    </message>
    <message>
        <source>Internal human error</source>
        <translation>Internt mänskligt fel</translation>
    </message>
    <message>
        <source>Lost or stolen device or paper</source>
        <translation>Enhet eller papper förlorad</translation>
    </message>
    <message>
        <source>Misdelivery</source>
        <translation>Felsändning</translation>
    </message>
    <message>
        <source>Social engineering</source>
        <translation>Social manipulation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Konfidentialitet</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Riktighet</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Inte avgjort</translation>
    </message>
    <message>
        <source>No risk</source>
        <translation>Ingen risk</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Hög risk</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Ännu inte känt</translation>
    </message>
    <message>
        <source>Accidental</source>
        <translation>Oavsiktlig</translation>
    </message>
    <message>
        <source>Deliberate</source>
        <translation>Avsiktlig</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Personuppgiftsansvarig</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Personuppgiftsbiträde</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <source>low</source>
        <translation>låg</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hög</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>mycket hög</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Började</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Upphörde</translation>
    </message>
    <message>
        <source>Still ongoing</source>
        <translation>Pågår fortfarande</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Upptäckt</translation>
    </message>
    <message>
        <source>Became aware</source>
        <translation>Blev medveten</translation>
    </message>
    <message>
        <source>How it was found</source>
        <translation>Hur den upptäcktes</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Cause (EDPB 01/2021)</source>
        <translation>Orsak (EDPB 01/2021)</translation>
    </message>
    <message>
        <source>Accidental or deliberate</source>
        <translation>Oavsiktlig eller avsiktlig</translation>
    </message>
    <message>
        <source>System or processing</source>
        <translation>System eller behandling</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>People and data</source>
        <translation>Personer och uppgifter</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Uppgiftskategorier</translation>
    </message>
    <message>
        <source>Special categories (Art. 9)</source>
        <translation>Särskilda kategorier (art. 9)</translation>
    </message>
    <message>
        <source>Criminal convictions and offences (Art. 10)</source>
        <translation>Fällande domar och lagöverträdelser (art. 10)</translation>
    </message>
    <message>
        <source>Personal identity codes</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Children or vulnerable people</source>
        <translation>Barn eller sårbara personer</translation>
    </message>
    <message>
        <source>Data subject categories</source>
        <translation>Kategorier av registrerade</translation>
    </message>
    <message>
        <source>Data subjects (approx.)</source>
        <translation>Registrerade (ca)</translation>
    </message>
    <message>
        <source>The number of data subjects is an estimate</source>
        <translation>Antalet registrerade är en uppskattning</translation>
    </message>
    <message>
        <source>Records (approx.)</source>
        <translation>Poster (ca)</translation>
    </message>
    <message>
        <source>The number of records is an estimate</source>
        <translation>Antalet poster är en uppskattning</translation>
    </message>
    <message>
        <source>Other member states</source>
        <translation>Andra medlemsstater</translation>
    </message>
    <message>
        <source>Effects and measures</source>
        <translation>Följder och åtgärder</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Sannolika följder</translation>
    </message>
    <message>
        <source>Security before the breach</source>
        <translation>Säkerhet före incidenten</translation>
    </message>
    <message>
        <source>Measures taken after detection</source>
        <translation>Åtgärder efter upptäckten</translation>
    </message>
    <message>
        <source>Measures proposed</source>
        <translation>Föreslagna åtgärder</translation>
    </message>
    <message>
        <source>Role and contacts</source>
        <translation>Roll och kontakter</translation>
    </message>
    <message>
        <source>Our role</source>
        <translation>Vår roll</translation>
    </message>
    <message>
        <source>Controller (when we are processor)</source>
        <translation>Vår personuppgiftsansvarige</translation>
    </message>
    <message>
        <source>Controller told</source>
        <translation>Personuppgiftsansvarig informerad</translation>
    </message>
    <message>
        <source>Processor involved</source>
        <translation>Inblandat biträde</translation>
    </message>
    <message>
        <source>Processor told us</source>
        <translation>Biträdet informerade oss</translation>
    </message>
    <message>
        <source>Joint controllers</source>
        <translation>Gemensamt personuppgiftsansvariga</translation>
    </message>
    <message>
        <source>Person notifying</source>
        <translation>Anmälare</translation>
    </message>
    <message>
        <source>Lead authority</source>
        <translation>Ansvarig tillsynsmyndighet</translation>
    </message>
    <message>
        <source>Other authorities notified</source>
        <translation>Andra underrättade myndigheter</translation>
    </message>
    <message>
        <source>Police, NIS2, NCSC-FI…</source>
        <translation>Polisen, NIS2, Traficom…</translation>
    </message>
    <message>
        <source>Attachments, secure messages</source>
        <translation>Bilagor, säkra meddelanden</translation>
    </message>
    <message>
        <source>Save facts</source>
        <translation>Spara fakta</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Spara (Ctrl+S)</translation>
    </message>
    <message>
        <source>Risk to data subjects</source>
        <translation>Risk för de registrerade</translation>
    </message>
    <message>
        <source>Reasoning (kept in the register)</source>
        <translation>Motivering (sparas i registret)</translation>
    </message>
    <message>
        <source>Save risk decision</source>
        <translation>Spara riskbeslut</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>Late: reasons</source>
        <translation>Sen: skäl</translation>
    </message>
    <message>
        <source>Authority ref.</source>
        <translation>Myndighetens dnr</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Skickad den</translation>
    </message>
    <message>
        <source>What it contained or changed</source>
        <translation>Vad den innehöll eller ändrade</translation>
    </message>
    <message>
        <source>Authority&apos;s case number</source>
        <translation>Myndighetens diarienummer</translation>
    </message>
    <message>
        <source>Reasons for the delay</source>
        <translation>Skäl till förseningen</translation>
    </message>
    <message>
        <source>Record notification</source>
        <translation>Registrera anmälan</translation>
    </message>
    <message>
        <source>Set case number…</source>
        <translation>Ange diarienummer…</translation>
    </message>
    <message>
        <source>Notifications to the supervisory authority, in phases (Art. 33(4))</source>
        <translation>Anmälningar till tillsynsmyndigheten i omgångar (art. 33.4)</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Inget registrerat ännu</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Informerade</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Not told: Art. 34(3) exemption</source>
        <translation>Inte informerade: undantag enligt art. 34.3</translation>
    </message>
    <message>
        <source>When told</source>
        <translation>När de informerades</translation>
    </message>
    <message>
        <source>How (e-mail, letter, public notice)</source>
        <translation>Hur (e-post, brev, offentligt meddelande)</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Hur många</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>Undantag</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(a) data protected, e.g. encrypted</source>
        <translation>(a) uppgifterna skyddade, t.ex. krypterade</translation>
    </message>
    <message>
        <source>(b) later measures remove the high risk</source>
        <translation>(b) senare åtgärder undanröjer den höga risken</translation>
    </message>
    <message>
        <source>(c) disproportionate effort: public communication</source>
        <translation>(c) oproportionerlig insats: offentligt meddelande</translation>
    </message>
    <message>
        <source>Why the exemption applies</source>
        <translation>Varför undantaget gäller</translation>
    </message>
    <message>
        <source>Save communication</source>
        <translation>Spara informationen</translation>
    </message>
    <message>
        <source>Add their data categories to the facts</source>
        <translation>Lägg till deras uppgiftskategorier i fakta</translation>
    </message>
    <message numerus="yes">
        <source>Added %n data categories from the activities; save the facts to keep them.</source>
        <translation>
            <numerusform>Lade till %n uppgiftskategori från behandlingarna; spara fakta för att behålla den.</numerusform>
            <numerusform>Lade till %n uppgiftskategorier från behandlingarna; spara fakta för att behålla dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Notification to the Ombudsman…</source>
        <translation>Anmälan till dataombudsmannen…</translation>
    </message>
    <message>
        <source>Letter to data subjects…</source>
        <translation>Brev till de registrerade…</translation>
    </message>
    <message>
        <source>As PDF, or as .docx or .odt to finish it in a word processor</source>
        <translation>Som PDF, eller som .docx eller .odt för att färdigställa i en ordbehandlare</translation>
    </message>
    <message>
        <source>Export evidence bundle…</source>
        <translation>Exportera bevispaket…</translation>
    </message>
    <message>
        <source>A zip the authority can check without DPO Desk, with a manifest hash</source>
        <translation>En zip som myndigheten kan kontrollera utan DPO Desk, med förteckningens hashvärde</translation>
    </message>
    <message>
        <source>Open in its application</source>
        <translation>Öppna i dess program</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Spara dokumentet</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>The first page of a generated document shows here.</source>
        <translation>Första sidan av ett skapat dokument visas här.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>{status} · {cause} · aware {aware} ({zone}) · risk: {risk}</source>
        <translation>{status} · {cause} · medveten {aware} ({zone}) · risk: {risk}</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <source>Initial (preliminary)</source>
        <translation>Första (preliminär)</translation>
    </message>
    <message>
        <source>Supplementary</source>
        <translation>Kompletterande</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>i tid</translation>
    </message>
    <message>
        <source>Next: supplementary notification</source>
        <translation>Nästa: kompletterande anmälan</translation>
    </message>
    <message>
        <source>Next: initial notification</source>
        <translation>Nästa: första anmälan</translation>
    </message>
    <message>
        <source>Draft of the initial notification</source>
        <translation>Utkast till första anmälan</translation>
    </message>
    <message>
        <source>High risk: tell the data subjects without undue delay (Art. 34), or record the exemption.</source>
        <translation>Hög risk: informera de registrerade utan onödigt dröjsmål (art. 34) eller registrera undantaget.</translation>
    </message>
    <message>
        <source>Not required unless the risk is high; you may still tell them.</source>
        <translation>Krävs inte om risken inte är hög; du kan ändå informera dem.</translation>
    </message>
    <message>
        <source>As processor: controller told {0}</source>
        <translation>Som biträde: personuppgiftsansvarig informerad {0}</translation>
    </message>
    <message>
        <source>As processor: tell the controller without undue delay (Art. 33(2))</source>
        <translation>Som biträde: informera den personuppgiftsansvarige utan onödigt dröjsmål (art. 33.2)</translation>
    </message>
    <message>
        <source>late, with reasons</source>
        <translation>sen, med skäl</translation>
    </message>
    <message>
        <source>within the {0} hours</source>
        <translation>inom {0} timmar</translation>
    </message>
    <message>
        <source>Authority notified {0} ({1})</source>
        <translation>Myndigheten underrättad {0} ({1})</translation>
    </message>
    <message>
        <source>No notification to the authority: no risk (the reasoning is kept in the register)</source>
        <translation>Ingen anmälan till myndigheten: ingen risk (motiveringen sparas i registret)</translation>
    </message>
    <message>
        <source>Deadline passed {0} ago ({1}); notify now and give reasons for the delay</source>
        <translation>Tidsfristen gick ut för {0} sedan ({1}); anmäl nu och ange skälen till förseningen</translation>
    </message>
    <message>
        <source>Notify the authority within {0} — by {1} ({2})</source>
        <translation>Anmäl till myndigheten inom {0} — senast {1} ({2})</translation>
    </message>
    <message>
        <source>Supplementary notifications follow without undue further delay.</source>
        <translation>Kompletterande anmälningar görs utan ytterligare onödigt dröjsmål.</translation>
    </message>
    <message>
        <source>After the {0} hours: reasons for the delay are required.</source>
        <translation>Efter {0} timmar måste förseningen motiveras.</translation>
    </message>
    <message>
        <source>Within the {0} hours.</source>
        <translation>Inom {0} timmar.</translation>
    </message>
    <message>
        <source>Facts saved.</source>
        <translation>Fakta sparade.</translation>
    </message>
    <message>
        <source>Risk decision saved.</source>
        <translation>Riskbeslut sparat.</translation>
    </message>
    <message>
        <source>Notification recorded.</source>
        <translation>Anmälan registrerad.</translation>
    </message>
    <message>
        <source>Case number of notification {0}:</source>
        <translation>Diarienummer för anmälan {0}:</translation>
    </message>
    <message>
        <source>Case number saved.</source>
        <translation>Diarienummer sparat.</translation>
    </message>
    <message>
        <source>Communication saved.</source>
        <translation>Informationen sparad.</translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation>Öppnad igen.</translation>
    </message>
    <message>
        <source>Close {0}</source>
        <translation>Stäng {0}</translation>
    </message>
    <message>
        <source>Closing summary (what was done, what was learnt):</source>
        <translation>Slutsammanfattning (vad som gjordes, vad vi lärde oss):</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Stängd.</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Skriver {0}…</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Sparade {0}</translation>
    </message>
    <message>
        <source>Saved for editing: open it in its application to finish it.</source>
        <translation>Sparat för redigering: öppna det i dess program för att färdigställa det.</translation>
    </message>
    <message>
        <source>Export evidence bundle</source>
        <translation>Exportera bevispaket</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Zip-arkiv (*.zip)</translation>
    </message>
    <message>
        <source>Wrote {0}. Give its manifest hash to the recipient separately: {1}</source>
        <translation>Skrev {0}. Ge förteckningens hashvärde till mottagaren separat: {1}</translation>
    </message>
    <message>
        <source>Writing the evidence bundle…</source>
        <translation>Skriver bevispaketet…</translation>
    </message>
    <message>
        <source>No preview: the document could not be read.</source>
        <translation>Ingen förhandsvisning: dokumentet kunde inte läsas.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachWarning</name>
    <message>
        <source>the categories of data subjects</source>
        <translation>Kategorier av registrerade</translation>
    </message>
    <message>
        <source>the approximate number of data subjects</source>
        <translation>Ungefärligt antal registrerade</translation>
    </message>
    <message>
        <source>the categories of personal data records</source>
        <translation>Kategorier av personuppgiftsposter</translation>
    </message>
    <message>
        <source>the approximate number of personal data records</source>
        <translation>Ungefärligt antal personuppgiftsposter</translation>
    </message>
    <message>
        <source>the likely consequences of the breach</source>
        <translation>Sannolika konsekvenser av personuppgiftsincidenten</translation>
    </message>
    <message>
        <source>the measures taken or proposed</source>
        <translation>Vidtagna eller föreslagna åtgärder</translation>
    </message>
    <message>
        <source>the nature of the breach in plain words (its description)</source>
        <translation>personuppgiftsincidentens art på ett tydligt språk (dess beskrivning)</translation>
    </message>
    <message>
        <source>the contact details of the DPO (organisation settings)</source>
        <translation>dataskyddsombudets kontaktuppgifter (organisationens inställningar)</translation>
    </message>
    <message>
        <source>the likely consequences</source>
        <translation>de sannolika konsekvenserna</translation>
    </message>
    <message>
        <source>Art. 33(3)(a)</source>
        <translation>artikel 33.3 a</translation>
    </message>
    <message>
        <source>Art. 33(3)(c)</source>
        <translation>artikel 33.3 c</translation>
    </message>
    <message>
        <source>Art. 33(3)(d)</source>
        <translation>artikel 33.3 d</translation>
    </message>
    <message>
        <source>{article}: {what} is now recorded but was not in the notification: send it in a supplementary notification (Art. 33(4)).</source>
        <translation>{what} ({article}): antecknat nu, men saknades i anmälan; skicka uppgiften till Dataombudsmannens byrå i en kompletterande anmälan (artikel 33.4).</translation>
    </message>
    <message>
        <source>{article}: {what} is missing from the notification: record it and send it in a supplementary notification (Art. 33(4)).</source>
        <translation>{what} ({article}): saknas i anmälan; anteckna uppgiften och skicka den i en kompletterande anmälan (artikel 33.4).</translation>
    </message>
</context>
<context>
    <name>BreachesPage</name>
    <message>
        <source>Search reference or title (Ctrl+F)</source>
        <translation>Sök referens eller rubrik (Ctrl+F)</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>Öppna och stängda</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Alla risker</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Inte avgjort</translation>
    </message>
    <message>
        <source>Any cause</source>
        <translation>Alla orsaker</translation>
    </message>
    <message>
        <source>New breach</source>
        <translation>Ny incident</translation>
    </message>
    <message>
        <source>Log a new breach ({0})</source>
        <translation>Registrera en ny incident ({0})</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Became aware</source>
        <translation>Blev medveten</translation>
    </message>
    <message>
        <source>Deadline (72 h)</source>
        <translation>Tidsfrist (72 h)</translation>
    </message>
    <message>
        <source>controller&apos;s</source>
        <translation>den ansvariges</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Anmäld</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Breach register (xlsx)…</source>
        <translation>Incidentregister (xlsx)…</translation>
    </message>
    <message>
        <source>Every breach, notified or not, with the reasoning of each decision</source>
        <translation>Varje incident, anmäld eller inte, med motiveringen till varje beslut</translation>
    </message>
    <message>
        <source>Select a breach to see its clock, facts and notifications.</source>
        <translation>Välj en incident för att se dess klocka, fakta och anmälningar.</translation>
    </message>
    <message>
        <source>Every breach, notified or not, is kept here as the register of Art. 33(5).</source>
        <translation>Alla incidenter, även de som inte anmälts (registret enligt art. 33.5).</translation>
    </message>
    <message>
        <source>&amp;New breach…</source>
        <translation>&amp;Ny incident…</translation>
    </message>
    <message>
        <source>&amp;Find a breach</source>
        <translation>&amp;Sök incident</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&amp;Open the selected attachment</source>
        <translation>Öppna den valda &amp;bilagan</translation>
    </message>
    <message>
        <source>&amp;Save the breach&apos;s open tab</source>
        <translation>S&amp;para incidentens öppna flik</translation>
    </message>
    <message>
        <source>Write the &amp;notification to the authority (PDF)…</source>
        <translation>Skriv &amp;anmälan till myndigheten (PDF)…</translation>
    </message>
    <message>
        <source>E&amp;xport the breach register…</source>
        <translation>E&amp;xportera incidentregistret…</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Incidenter</translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidenter</numerusform>
        </translation>
    </message>
    <message>
        <source>No breach matches these filters.</source>
        <translation>Ingen incident matchar filtren.</translation>
    </message>
    <message>
        <source>No breaches recorded.

Press Ctrl+N to log one the moment you become aware:
the 72 hours to notify the Data Protection Ombudsman start then.</source>
        <translation>Inga incidenter registrerade.

Tryck Ctrl+N och registrera en så snart du blir medveten:
de 72 timmarna för anmälan till Dataombudsmannens byrå börjar då.</translation>
    </message>
    <message>
        <source>Save the breach register</source>
        <translation>Spara incidentregistret</translation>
    </message>
    <message>
        <source>Writing the register…</source>
        <translation>Skriver registret…</translation>
    </message>
    <message>
        <source>Writing the register… {0}/{1}</source>
        <translation>Skriver registret… {0}/{1}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Sparade {0}</translation>
    </message>
</context>
<context>
    <name>CategoryPicker</name>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
</context>
<context>
    <name>CellError</name>
    <message>
        <source>a value is required</source>
        <translation>ett värde krävs</translation>
    </message>
    <message>
        <source>“{value}” is a number, not a date: write it as 2026-03-05</source>
        <translation>”{value}” är ett tal, inte ett datum: skriv det som 2026-03-05</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>”{value}” är inte ett heltal</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>”{value}” är inte något av: {choices}</translation>
    </message>
    <message>
        <source>“{value}” is not a country: write its two-letter code (such as FI) or its name</source>
        <translation>”{value}” är inget land: skriv landets tvåbokstavskod (till exempel FI) eller dess namn</translation>
    </message>
    <message>
        <source>“{value}” is not yes or no</source>
        <translation>”{value}” är inte ja eller nej</translation>
    </message>
    <message>
        <source>a date like 2026-03-05 is needed</source>
        <translation>ett datum som 2026-03-05 behövs</translation>
    </message>
    <message>
        <source>“{value}” can be read two ways: say above how dates with slashes are written, or write it as 2026-03-05</source>
        <translation>”{value}” kan läsas på två sätt: ange ovan hur datum med snedstreck skrivs, eller skriv det som 2026-03-05</translation>
    </message>
    <message>
        <source>“{value}” is not a day of the calendar</source>
        <translation>”{value}” är ingen dag i kalendern</translation>
    </message>
    <message>
        <source>“{value}” is not a date: write it as 2026-03-05 (year-month-day)</source>
        <translation>”{value}” är inget datum: skriv det som 2026-03-05 (år-månad-dag)</translation>
    </message>
    <message>
        <source>“{value}” is outside the years {earliest}–{latest}</source>
        <translation>”{value}” ligger utanför åren {earliest}–{latest}</translation>
    </message>
    <message>
        <source>a time like 2026-03-27 15:00 is needed</source>
        <translation>en tidpunkt som 2026-03-27 15:00 behövs</translation>
    </message>
    <message>
        <source>“{value}” is not a time: write it as 2026-03-27 15:00</source>
        <translation>”{value}” är ingen tidpunkt: skriv den som 2026-03-27 15:00</translation>
    </message>
    <message>
        <source>“{value}” needs a time of day: write it as 2026-03-27 15:00</source>
        <translation>”{value}” behöver ett klockslag: skriv det som 2026-03-27 15:00</translation>
    </message>
    <message>
        <source>“{value}” does not exist in the time zone {zone}: the clocks skip that hour when summer time begins; write the time with its UTC offset (2026-03-29T03:30+02:00)</source>
        <translation>”{value}” finns inte i tidszonen {zone}: klockan hoppar över den timmen när sommartiden börjar; skriv tiden med dess UTC-förskjutning (2026-03-29T03:30+02:00)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>får inte vara tom</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>är längre än {limit} tecken</translation>
    </message>
    <message>
        <source>holds a control character; remove it</source>
        <translation>innehåller ett styrtecken; ta bort det</translation>
    </message>
    <message>
        <source>not accepted: {reason}</source>
        <translation>godtogs inte: {reason}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <source>&amp;Edit the selected…</source>
        <translation>&amp;Redigera det valda…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Lägg till &amp;anteckning…</translation>
    </message>
    <message>
        <source>&amp;Close the case…</source>
        <translation>S&amp;täng ärendet…</translation>
    </message>
    <message>
        <source>&amp;Announce a change…</source>
        <translation>A&amp;visera en ändring…</translation>
    </message>
    <message>
        <source>Mark as &amp;reviewed</source>
        <translation>Markera som &amp;översedd</translation>
    </message>
    <message>
        <source>DPIA &amp;screening…</source>
        <translation>&amp;Förhandsbedömning…</translation>
    </message>
    <message>
        <source>&amp;Impact assessment…</source>
        <translation>&amp;Konsekvensbedömning…</translation>
    </message>
    <message>
        <source>&amp;Open the selected attachment</source>
        <translation>Öppna den valda &amp;bilagan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>S&amp;para</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skr&amp;iv ut…</translation>
    </message>
    <message>
        <source>E&amp;xport this list…</source>
        <translation>E&amp;xportera den här listan…</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>Reply to the request</source>
        <translation>Besvara begäran</translation>
    </message>
    <message>
        <source>Tell the requester about the extension</source>
        <translation>Informera den som begärt om förlängningen</translation>
    </message>
    <message>
        <source>Tell the recipients of the rectification, erasure or restriction (Art. 19)</source>
        <translation>Meddela mottagarna om rättelse, radering eller begränsning (art. 19)</translation>
    </message>
    <message>
        <source>Notify the supervisory authority (72 h)</source>
        <translation>Anmäl till tillsynsmyndigheten (72 h)</translation>
    </message>
    <message>
        <source>Tell the data subjects (high risk)</source>
        <translation>Informera de registrerade (hög risk)</translation>
    </message>
    <message>
        <source>Tell the controller of the breach (processor, Art. 33(2))</source>
        <translation>Informera den personuppgiftsansvarige om incidenten (biträde, art. 33.2)</translation>
    </message>
    <message>
        <source>Objection period of a register change ends</source>
        <translation>Invändningstiden för en registerändring löper ut</translation>
    </message>
    <message>
        <source>Review the transfer impact assessment</source>
        <translation>Se över bedömningen av överföringens konsekvenser</translation>
    </message>
    <message>
        <source>Get the data processing agreement signed</source>
        <translation>Få personuppgiftsbiträdesavtalet undertecknat</translation>
    </message>
    <message>
        <source>Review the processing activity</source>
        <translation>Se över behandlingen</translation>
    </message>
    <message>
        <source>Review the data protection impact assessment</source>
        <translation>Se över konsekvensbedömningen avseende dataskydd</translation>
    </message>
    <message>
        <source>Forward the request to the controller</source>
        <translation>Vidarebefordra begäran till den personuppgiftsansvarige</translation>
    </message>
    <message>
        <source>GDPR Art. 12(3); Reg. 1182/71 Art. 3</source>
        <translation>Artikel 12.3 i dataskyddsförordningen; artikel 3 i förordning 1182/71</translation>
    </message>
    <message>
        <source>GDPR Art. 12(3): tell the requester of the extension and its reasons within the first month</source>
        <translation>Artikel 12.3 i dataskyddsförordningen: meddela den som begärt om förlängningen och skälen inom den första månaden</translation>
    </message>
    <message>
        <source>GDPR Art. 28(3)(e): forward to the controller without undue delay</source>
        <translation>Artikel 28.3 e i dataskyddsförordningen: vidarebefordra till den personuppgiftsansvarige utan onödigt dröjsmål</translation>
    </message>
    <message>
        <source>GDPR Art. 19: tell each recipient of the rectification, erasure or restriction</source>
        <translation>Artikel 19 i dataskyddsförordningen: underrätta varje mottagare om rättelsen, radering eller begränsningen</translation>
    </message>
    <message>
        <source>GDPR Art. 33(1): 72 hours from awareness</source>
        <translation>Artikel 33.1 i dataskyddsförordningen: 72 timmar från att incidenten blev känd</translation>
    </message>
    <message>
        <source>GDPR Art. 34(1): without undue delay</source>
        <translation>Artikel 34.1 i dataskyddsförordningen: utan onödigt dröjsmål</translation>
    </message>
    <message>
        <source>Art. 28(2): customers may object until the end of the period</source>
        <translation>Artikel 28.2: kunderna kan invända till periodens slut</translation>
    </message>
    <message>
        <source>Art. 46: the safeguard must stay effective (EDPB Recommendations 01/2020)</source>
        <translation>Artikel 46: skyddsåtgärden måste förbli effektiv (EDPB:s rekommendationer 01/2020)</translation>
    </message>
    <message>
        <source>Art. 28(3)-(4): processing by a subprocessor is governed by a contract</source>
        <translation>Artikel 28.3–28.4: ett underbiträdes behandling ska regleras av ett avtal</translation>
    </message>
    <message>
        <source>Art. 30, Art. 5(2)</source>
        <translation>Artikel 30, artikel 5.2</translation>
    </message>
    <message>
        <source>Art. 35(11)</source>
        <translation>Artikel 35.11</translation>
    </message>
    <message>
        <source>The risk to data subjects has not been decided.</source>
        <translation>Risken för de registrerade har inte bedömts.</translation>
    </message>
    <message>
        <source>The risk decision has no reasoning (the register needs it, Art. 33(5)).</source>
        <translation>Riskbedömningen saknar motivering (registret kräver den, artikel 33.5).</translation>
    </message>
    <message>
        <source>As a processor: tell the controller without undue delay (Art. 33(2)) and record when.</source>
        <translation>Som personuppgiftsbiträde: underrätta den personuppgiftsansvarige utan onödigt dröjsmål (artikel 33.2) och anteckna när.</translation>
    </message>
    <message>
        <source>The supervisory authority has not been notified.</source>
        <translation>Tillsynsmyndigheten har inte underrättats.</translation>
    </message>
    <message>
        <source>High risk: tell the data subjects (Art. 34), or record the Art. 34(3) exemption and why.</source>
        <translation>Hög risk: informera de registrerade (artikel 34), eller anteckna undantaget i artikel 34.3 och varför.</translation>
    </message>
    <message>
        <source>Art. 34(3)(b) is relied on: the Data Protection Ombudsman&apos;s guidance of 8 November 2023 is that data subjects are to be told whenever the risk was high, even if measures taken later removed it; the Ombudsman can order it.</source>
        <translation>Artikel 34.3 b åberopas: enligt dataombudsmannens anvisning av den 8 november 2023 ska de registrerade informeras alltid när risken var hög, även om senare åtgärder undanröjde den; dataombudsmannen kan förelägga om det.</translation>
    </message>
    <message>
        <source>When identity information is asked for, the time limit</source>
        <translation>När identitetsuppgifter begärs, tidsfristen</translation>
    </message>
    <message>
        <source>Days before a request&apos;s limit it counts as due soon</source>
        <translation>Dagar före en begärans tidsfrist då den snart förfaller</translation>
    </message>
    <message>
        <source>Days after a rectification, erasure or restriction to tell its recipients (Art. 19)</source>
        <translation>Dagar efter rättelse, radering eller begränsning att meddela mottagarna (art. 19)</translation>
    </message>
    <message>
        <source>Christmas Eve ends no time limit</source>
        <translation>Julafton avslutar ingen tidsfrist</translation>
    </message>
    <message>
        <source>Midsummer Eve ends no time limit</source>
        <translation>Midsommarafton avslutar ingen tidsfrist</translation>
    </message>
    <message>
        <source>Days customers have to object to a register change</source>
        <translation>Dagar kunderna har på sig att invända mot en registerändring</translation>
    </message>
    <message>
        <source>Remind me of a request&apos;s limit this many days ahead</source>
        <translation>Påminn om en begärans tidsfrist så många dagar före</translation>
    </message>
    <message>
        <source>Remind me of a breach limit this many hours ahead</source>
        <translation>Påminn om en incidents tidsfrist så många timmar före</translation>
    </message>
    <message>
        <source>Review every processing activity within (months)</source>
        <translation>Se över varje behandling inom (månader)</translation>
    </message>
    <message>
        <source>A request received as a processor is forwarded to the controller within (working days)</source>
        <translation>En begäran som tagits emot som personuppgiftsbiträde vidarebefordras till den personuppgiftsansvarige inom (arbetsdagar)</translation>
    </message>
    <message>
        <source>Art. 28(3)(e) says only &apos;without undue delay&apos; (assist the controller); a term agreed in the data processing agreement, entered on the request, takes its place</source>
        <translation>Art. 28.3 e säger bara ”utan onödigt dröjsmål” (bistå den personuppgiftsansvarige); en tidsfrist i personuppgiftsbiträdesavtalet, angiven på begäran, gäller i stället</translation>
    </message>
    <message>
        <source>Largest attachment accepted (MB)</source>
        <translation>Största tillåtna bilaga (MB)</translation>
    </message>
    <message>
        <source>Largest spreadsheet accepted for import, unpacked (MB)</source>
        <translation>Största kalkylblad som importeras, uppackat (MB)</translation>
    </message>
    <message>
        <source>Most rows a spreadsheet import reads</source>
        <translation>Högsta antal rader som en import läser</translation>
    </message>
    <message>
        <source>Lock the window after idle minutes</source>
        <translation>Lås fönstret efter inaktivitet (min)</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Dagliga säkerhetskopior som sparas</translation>
    </message>
    <message>
        <source>Closed cases may be purged after (years)</source>
        <translation>Stängda ärenden får gallras efter (år)</translation>
    </message>
    <message>
        <source>restart: starts again on the day the information arrives (Art. 12(6)); none: keeps the original clock</source>
        <translation>börjar om: börjar om den dag uppgifterna kommer in (art. 12.6); ingen: den ursprungliga tidsfristen löper vidare</translation>
    </message>
    <message>
        <source>Finnish Time Limits Act 150/1930 §5</source>
        <translation>Finska lagen om beräkning av laga tid 150/1930, 5 §</translation>
    </message>
    <message>
        <source>Art. 28(2)</source>
        <translation>Art. 28.2</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Årsrapport</translation>
    </message>
    <message>
        <source>The year&apos;s rights requests, breaches and register changes, for management or the authority.</source>
        <translation>Årets begäranden, incidenter och registerändringar, för ledningen eller myndigheten.</translation>
    </message>
    <message>
        <source>Rights-request log</source>
        <translation>Logg över begäranden</translation>
    </message>
    <message>
        <source>Every request with its dates and outcome, and a sheet of statistics.</source>
        <translation>Varje begäran med datum och utfall, och ett blad med statistik.</translation>
    </message>
    <message>
        <source>Breach register (Art. 33(5))</source>
        <translation>Incidentregister (art. 33.5)</translation>
    </message>
    <message>
        <source>Every breach, notified or not, with facts, effects and the reasons for each decision.</source>
        <translation>Varje incident, anmäld eller inte, med fakta, följder och skälen till varje beslut.</translation>
    </message>
    <message>
        <source>Register of subprocessors (PDF)</source>
        <translation>Register över underbiträden (PDF)</translation>
    </message>
    <message>
        <source>The printable register with countries and transfer safeguards.</source>
        <translation>Det utskrivbara registret med länder och skyddsåtgärder för överföringar.</translation>
    </message>
    <message>
        <source>Register of subprocessors (spreadsheet)</source>
        <translation>Register över underbiträden (kalkylblad)</translation>
    </message>
    <message>
        <source>The register and its transfers on separate sheets.</source>
        <translation>Registret och dess överföringar på separata blad.</translation>
    </message>
    <message>
        <source>Record of processing activities, as controller (PDF)</source>
        <translation>Register över behandling som personuppgiftsansvarig (PDF)</translation>
    </message>
    <message>
        <source>Art. 30(1): every activity the organisation controls.</source>
        <translation>Art. 30.1: varje behandling som organisationen ansvarar för.</translation>
    </message>
    <message>
        <source>Record of processing activities, as processor (PDF)</source>
        <translation>Register över behandling som personuppgiftsbiträde (PDF)</translation>
    </message>
    <message>
        <source>Art. 30(2): every category of processing carried out for customers.</source>
        <translation>Art. 30.2: varje kategori av behandling som utförs för kunderna.</translation>
    </message>
    <message>
        <source>Record of processing activities (spreadsheet)</source>
        <translation>Register över behandling (kalkylblad)</translation>
    </message>
    <message>
        <source>Every activity and its Art. 30 items, one row each.</source>
        <translation>Varje behandling och dess uppgifter enligt art. 30, en rad var.</translation>
    </message>
    <message>
        <source>Deadlines calendar (.ics)</source>
        <translation>Kalender med tidsfrister (.ics)</translation>
    </message>
    <message>
        <source>Every open deadline as a calendar event with a reminder; importing again updates the events.</source>
        <translation>Varje öppen tidsfrist som kalenderhändelse med påminnelse; en ny import uppdaterar händelserna.</translation>
    </message>
    <message>
        <source>Whole store as JSON</source>
        <translation>Hela filen som JSON</translation>
    </message>
    <message>
        <source>Everything in the store as one documented JSON file (for archiving or moving to another store).</source>
        <translation>Allt i filen som en dokumenterad JSON-fil (för arkivering eller flytt till en annan fil).</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>för kort</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>svag</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>godtagbar</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bra</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
</context>
<context>
    <name>CountryListEdit</name>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a country or its code</source>
        <translation>Skriv ett land eller dess kod</translation>
    </message>
</context>
<context>
    <name>CreateStoreDialog</name>
    <message>
        <source>Create a new DPO Desk store</source>
        <translation>Skapa en ny DPO Desk-fil</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Store file:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Lösenfras:</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>Lösenfras igen:</translation>
    </message>
    <message>
        <source>Everything in the store is encrypted with this passphrase. It cannot be recovered: keep it in your password manager. Several words make a strong one.</source>
        <translation>Allt i filen krypteras med den här lösenfrasen. Den kan inte återställas: spara den i din lösenordshanterare. Flera ord ger en stark lösenfras.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <source>Where should the store go?</source>
        <translation>Var ska filen sparas?</translation>
    </message>
    <message>
        <source>DPO Desk store (*.dpodesk)</source>
        <translation>DPO Desk-fil (*.dpodesk)</translation>
    </message>
    <message>
        <source>A file already exists there; choose another name.</source>
        <translation>Det finns redan en fil där; välj ett annat namn.</translation>
    </message>
    <message>
        <source>Choose where the store goes.</source>
        <translation>Välj var filen ska sparas.</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Requests</source>
        <translation>Begäranden</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Incidenter</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Behandlingar</translation>
    </message>
    <message>
        <source>in {0} h</source>
        <translation>om {0} h</translation>
    </message>
    <message>
        <source>late</source>
        <translation>sen</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>i morgon</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Vad som ska göras</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Double-click to open {0}</source>
        <translation>Dubbelklicka för att öppna {0}</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Alla moduler</translation>
    </message>
    <message>
        <source>Every open deadline</source>
        <translation>Alla öppna tidsfrister</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Endast försenade</translation>
    </message>
    <message>
        <source>Due within…</source>
        <translation>Förfaller inom…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation>Exportera kalender (.ics)…</translation>
    </message>
    <message>
        <source>Every open deadline as calendar events ({0})</source>
        <translation>Alla öppna tidsfrister som kalenderhändelser ({0})</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>E&amp;xport the calendar (.ics)…</source>
        <translation>E&amp;xportera kalendern (.ics)…</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Modul:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Visa:</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing is due&lt;/h3&gt;&lt;p&gt;No request, breach, register entry or processing activity has an open deadline. Limits appear here as soon as cases are logged.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Inget förfaller&lt;/h3&gt;&lt;p&gt;Ingen begäran, incident, registerpost eller behandling har en öppen tidsfrist. Tidsfrister visas här så snart ärenden registreras.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Tidsfrister</translation>
    </message>
    <message numerus="yes">
        <source>%n open deadline(s), {0} overdue. Double-click a row to open its case.</source>
        <translation>
            <numerusform>%n öppen tidsfrist, {0} försenade. Dubbelklicka på en rad för att öppna ärendet.</numerusform>
            <numerusform>%n öppna tidsfrister, {0} försenade. Dubbelklicka på en rad för att öppna ärendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export deadlines as a calendar</source>
        <translation>Exportera tidsfrister som kalender</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n deadline(s) to {0}.</source>
        <translation>
            <numerusform>Skrev %n tidsfrist till {0}.</numerusform>
            <numerusform>Skrev %n tidsfrister till {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Skriver kalendern…</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Word document, editable (*.docx)</source>
        <translation>Word-dokument, redigerbart (*.docx)</translation>
    </message>
    <message>
        <source>OpenDocument text, editable (*.odt)</source>
        <translation>OpenDocument-text, redigerbar (*.odt)</translation>
    </message>
</context>
<context>
    <name>EmailIntake</name>
    <message>
        <source>New request from e-mail</source>
        <translation>Ny begäran från e-post</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml *.msg)</source>
        <translation>E-postmeddelanden (*.eml *.msg)</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Ingenting sparades.</translation>
    </message>
</context>
<context>
    <name>EnisaHelper</name>
    <message>
        <source>ENISA 2013 severity helper: SE = DPC × EI + CB</source>
        <translation>ENISA 2013-hjälp för allvarlighet: SE = DPC × EI + CB</translation>
    </message>
    <message>
        <source>Record this score with the risk decision</source>
        <translation>Registrera poängen med riskbeslutet</translation>
    </message>
    <message>
        <source>1 simple data</source>
        <translation>1 enkla uppgifter</translation>
    </message>
    <message>
        <source>2 behavioural data</source>
        <translation>2 beteendeuppgifter</translation>
    </message>
    <message>
        <source>3 financial data</source>
        <translation>3 finansiella uppgifter</translation>
    </message>
    <message>
        <source>4 sensitive data</source>
        <translation>4 känsliga uppgifter</translation>
    </message>
    <message>
        <source>Raise or lower for volume, the controller, vulnerable people, public data</source>
        <translation>Höj eller sänk för volym, den ansvarige, sårbara personer, offentliga uppgifter</translation>
    </message>
    <message>
        <source>0.25 negligible</source>
        <translation>0,25 försumbar</translation>
    </message>
    <message>
        <source>0.5 limited</source>
        <translation>0,5 begränsad</translation>
    </message>
    <message>
        <source>0.75 significant</source>
        <translation>0,75 betydande</translation>
    </message>
    <message>
        <source>1 maximum</source>
        <translation>1 maximal</translation>
    </message>
    <message>
        <source>Malicious intent (+0.5)</source>
        <translation>Illasinnat uppsåt (+0,5)</translation>
    </message>
    <message>
        <source>Kind of data (DPC base)</source>
        <translation>Typ av uppgifter (DPC-bas)</translation>
    </message>
    <message>
        <source>Context adjustment</source>
        <translation>Justering för sammanhang</translation>
    </message>
    <message>
        <source>Ease of identification (EI)</source>
        <translation>Identifierbarhet (EI)</translation>
    </message>
    <message>
        <source>Loss of confidentiality</source>
        <translation>Förlust av konfidentialitet</translation>
    </message>
    <message>
        <source>Loss of integrity</source>
        <translation>Förlust av riktighet</translation>
    </message>
    <message>
        <source>Loss of availability</source>
        <translation>Förlust av tillgänglighet</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighet</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>requester</source>
        <translation>sökande</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>other contact</source>
        <translation>annan kontakt</translation>
    </message>
    <message>
        <source>details</source>
        <translation>uppgifter</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <source>language of the letters</source>
        <translation>brevens språk</translation>
    </message>
    <message>
        <source>controller</source>
        <translation>personuppgiftsansvarig</translation>
    </message>
    <message>
        <source>acknowledgement</source>
        <translation>mottagningsbekräftelse</translation>
    </message>
    <message>
        <source>request for identity information</source>
        <translation>begäran om identitetsuppgifter</translation>
    </message>
    <message>
        <source>extension notice</source>
        <translation>meddelande om förlängning</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>avslag</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>slutförande</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>{field}: “{before}” → “{after}”</source>
        <translation>{field}: ”{before}” → ”{after}”</translation>
    </message>
    <message>
        <source>{type} request received by {channel}</source>
        <translation>begäran: {type}, kanal: {channel}</translation>
    </message>
    <message>
        <source> (type guessed from its words)</source>
        <translation> (typen gissad utifrån orden)</translation>
    </message>
    <message>
        <source>type confirmed: {type}</source>
        <translation>typen bekräftad: {type}</translation>
    </message>
    <message>
        <source>type: {before} → {after}</source>
        <translation>typ: {before} → {after}</translation>
    </message>
    <message>
        <source>(asked after the first month had ended: the clock does not restart)</source>
        <translation>(begärda efter att den första månaden löpt ut: fristen börjar inte om)</translation>
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
        <translation>Exportera hela filen</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>DPO Desk export or register (*.json *.xlsx *.csv);;JSON (*.json);;Spreadsheet (*.xlsx *.csv)</source>
        <translation>DPO Desk-export eller register (*.json *.xlsx *.csv);;JSON (*.json);;Kalkylblad (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importerat.</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>ÅÅÅÅ-MM-DD TT:MM</translation>
    </message>
</context>
<context>
    <name>FieldName</name>
    <message>
        <source>active from</source>
        <translation>används från</translation>
    </message>
    <message>
        <source>processing activity</source>
        <translation>behandling</translation>
    </message>
    <message>
        <source>added</source>
        <translation>tillagd</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adress</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>meddelad</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>meddelande</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>bedömd</translation>
    </message>
    <message>
        <source>impact assessment</source>
        <translation>konsekvensbedömning</translation>
    </message>
    <message>
        <source>recorded at</source>
        <translation>registrerad</translation>
    </message>
    <message>
        <source>note on attachments</source>
        <translation>anmärkning om bilagor</translation>
    </message>
    <message>
        <source>deadline for the authority</source>
        <translation>tidsfrist för myndigheten</translation>
    </message>
    <message>
        <source>authority&apos;s reference</source>
        <translation>myndighetens referens</translation>
    </message>
    <message>
        <source>became aware</source>
        <translation>kännedom fått</translation>
    </message>
    <message>
        <source>balancing test conclusion</source>
        <translation>intresseavvägningens slutsats</translation>
    </message>
    <message>
        <source>balancing test date</source>
        <translation>intresseavvägningens datum</translation>
    </message>
    <message>
        <source>breach</source>
        <translation>personuppgiftsincident</translation>
    </message>
    <message>
        <source>business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>case</source>
        <translation>ärende</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>orsak</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stängd</translation>
    </message>
    <message>
        <source>closing summary</source>
        <translation>avslutande sammanfattning</translation>
    </message>
    <message>
        <source>data subjects told</source>
        <translation>de registrerade informerade</translation>
    </message>
    <message>
        <source>data subjects told (number)</source>
        <translation>informerade registrerade (antal)</translation>
    </message>
    <message>
        <source>communication to data subjects</source>
        <translation>meddelande till de registrerade</translation>
    </message>
    <message>
        <source>communication method</source>
        <translation>sätt att informera</translation>
    </message>
    <message>
        <source>consequences</source>
        <translation>konsekvenser</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <source>content</source>
        <translation>innehåll</translation>
    </message>
    <message>
        <source>controller&apos;s contact details</source>
        <translation>personuppgiftsansvarigas kontaktuppgifter</translation>
    </message>
    <message>
        <source>controller</source>
        <translation>personuppgiftsansvarig</translation>
    </message>
    <message>
        <source>controller told</source>
        <translation>personuppgiftsansvarig informerad</translation>
    </message>
    <message>
        <source>controllers</source>
        <translation>personuppgiftsansvariga</translation>
    </message>
    <message>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>created</source>
        <translation>skapad</translation>
    </message>
    <message>
        <source>criminal offence data</source>
        <translation>uppgifter om lagöverträdelser</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>kund</translation>
    </message>
    <message>
        <source>categories of personal data</source>
        <translation>kategorier av personuppgifter</translation>
    </message>
    <message>
        <source>derogation (Art. 49)</source>
        <translation>undantag (artikel 49)</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivning</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>detalj</translation>
    </message>
    <message>
        <source>details</source>
        <translation>uppgifter</translation>
    </message>
    <message>
        <source>discovered</source>
        <translation>upptäckt</translation>
    </message>
    <message>
        <source>data processing agreement signed</source>
        <translation>personuppgiftsbiträdesavtal undertecknat</translation>
    </message>
    <message>
        <source>Data Privacy Framework certified</source>
        <translation>certifierad enligt Data Privacy Framework</translation>
    </message>
    <message>
        <source>impact assessment criteria</source>
        <translation>kriterier för konsekvensbedömning</translation>
    </message>
    <message>
        <source>DPO&apos;s advice</source>
        <translation>dataskyddsombudets råd</translation>
    </message>
    <message>
        <source>DPO&apos;s advice followed</source>
        <translation>dataskyddsombudets råd följt</translation>
    </message>
    <message>
        <source>why the advice was not followed</source>
        <translation>varför rådet inte följdes</translation>
    </message>
    <message>
        <source>DPO&apos;s e-mail</source>
        <translation>dataskyddsombudets e-post</translation>
    </message>
    <message>
        <source>DPO&apos;s name</source>
        <translation>dataskyddsombudets namn</translation>
    </message>
    <message>
        <source>DPO&apos;s phone</source>
        <translation>dataskyddsombudets telefon</translation>
    </message>
    <message>
        <source>due</source>
        <translation>förfallodag</translation>
    </message>
    <message>
        <source>effective</source>
        <translation>gäller från</translation>
    </message>
    <message>
        <source>ENISA circumstances of the breach</source>
        <translation>ENISA omständigheter kring incidenten</translation>
    </message>
    <message>
        <source>ENISA loss of availability</source>
        <translation>ENISA förlust av tillgänglighet</translation>
    </message>
    <message>
        <source>ENISA loss of confidentiality</source>
        <translation>ENISA förlust av konfidentialitet</translation>
    </message>
    <message>
        <source>ENISA loss of integrity</source>
        <translation>ENISA förlust av riktighet</translation>
    </message>
    <message>
        <source>ENISA data processing context</source>
        <translation>ENISA behandlingssammanhang</translation>
    </message>
    <message>
        <source>ENISA ease of identification</source>
        <translation>ENISA identifierbarhet</translation>
    </message>
    <message>
        <source>ENISA malicious intent</source>
        <translation>ENISA uppsåt</translation>
    </message>
    <message>
        <source>exemption (Art. 34(3))</source>
        <translation>undantag (artikel 34.3)</translation>
    </message>
    <message>
        <source>reason for the exemption</source>
        <translation>skäl för undantaget</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>förlängd</translation>
    </message>
    <message>
        <source>reason for the extension</source>
        <translation>skäl för förlängningen</translation>
    </message>
    <message>
        <source>requester told of the extension</source>
        <translation>sökanden informerad om förlängningen</translation>
    </message>
    <message>
        <source>fallback safeguard</source>
        <translation>reservskyddsåtgärd</translation>
    </message>
    <message>
        <source>fallback SCC module</source>
        <translation>reservmodul för standardavtalsklausuler</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>filnamn</translation>
    </message>
    <message>
        <source>end of the first month</source>
        <translation>första månadens slut</translation>
    </message>
    <message>
        <source>forwarding term agreed</source>
        <translation>tidsfrist för vidarebefordran avtalad</translation>
    </message>
    <message>
        <source>forward within (working days)</source>
        <translation>vidarebefordras inom (arbetsdagar)</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>vidarebefordrad</translation>
    </message>
    <message>
        <source>holidays of</source>
        <translation>helgdagar enligt</translation>
    </message>
    <message>
        <source>how it was found</source>
        <translation>hur den upptäcktes</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>identity checked</source>
        <translation>identitet kontrollerad</translation>
    </message>
    <message>
        <source>identity clock</source>
        <translation>identitetens tidsfrist</translation>
    </message>
    <message>
        <source>identity codes</source>
        <translation>personbeteckningar</translation>
    </message>
    <message>
        <source>identity information received</source>
        <translation>identitetsuppgifter mottagna</translation>
    </message>
    <message>
        <source>identity information asked</source>
        <translation>identitetsuppgifter begärda</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identitet</translation>
    </message>
    <message>
        <source>intent</source>
        <translation>uppsåt</translation>
    </message>
    <message>
        <source>joint controllers</source>
        <translation>gemensamt personuppgiftsansvariga</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>inställning</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>last reviewed</source>
        <translation>senast granskad</translation>
    </message>
    <message>
        <source>late</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>reason for the delay</source>
        <translation>skäl till förseningen</translation>
    </message>
    <message>
        <source>lead supervisory authority</source>
        <translation>ansvarig tillsynsmyndighet</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>rättslig grund</translation>
    </message>
    <message>
        <source>legal entity ID</source>
        <translation>identifierare för juridisk person</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>sannolikhet</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>åtgärder</translation>
    </message>
    <message>
        <source>measures in place before</source>
        <translation>åtgärder före</translation>
    </message>
    <message>
        <source>measures proposed</source>
        <translation>föreslagna åtgärder</translation>
    </message>
    <message>
        <source>measures taken</source>
        <translation>vidtagna åtgärder</translation>
    </message>
    <message>
        <source>media type</source>
        <translation>filtyp</translation>
    </message>
    <message>
        <source>member states</source>
        <translation>medlemsstater</translation>
    </message>
    <message>
        <source>message</source>
        <translation>meddelande</translation>
    </message>
    <message>
        <source>message digest</source>
        <translation>meddelandets kontrollsumma</translation>
    </message>
    <message>
        <source>message ID</source>
        <translation>meddelande-ID</translation>
    </message>
    <message>
        <source>items missing</source>
        <translation>saknade uppgifter</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>nature</source>
        <translation>art</translation>
    </message>
    <message>
        <source>necessity and proportionality</source>
        <translation>nödvändighet och proportionalitet</translation>
    </message>
    <message>
        <source>next review</source>
        <translation>nästa granskning</translation>
    </message>
    <message>
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <source>notifier</source>
        <translation>anmälare</translation>
    </message>
    <message>
        <source>objections until</source>
        <translation>invändningar senast</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>occurred from</source>
        <translation>inträffade från</translation>
    </message>
    <message>
        <source>occurred until</source>
        <translation>inträffade till</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>pågående</translation>
    </message>
    <message>
        <source>other authorities</source>
        <translation>andra myndigheter</translation>
    </message>
    <message>
        <source>other notifications</source>
        <translation>andra anmälningar</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>utfall</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>skäl</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ägare</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fas</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planerad</translation>
    </message>
    <message>
        <source>position</source>
        <translation>ordning</translation>
    </message>
    <message>
        <source>prior consultation</source>
        <translation>förhandssamråd</translation>
    </message>
    <message>
        <source>prior consultation outcome</source>
        <translation>förhandssamrådets resultat</translation>
    </message>
    <message>
        <source>countries of processing</source>
        <translation>behandlingsländer</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>personuppgiftsbiträde</translation>
    </message>
    <message>
        <source>processor told</source>
        <translation>personuppgiftsbiträdet informerat</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>ändamål</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>skäl</translation>
    </message>
    <message>
        <source>received</source>
        <translation>mottagen</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>mottagare</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>mottagare</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>registrerad</translation>
    </message>
    <message>
        <source>records (approximate)</source>
        <translation>poster (uppskattning)</translation>
    </message>
    <message>
        <source>records estimated</source>
        <translation>poster uppskattade</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referens</translation>
    </message>
    <message>
        <source>replaces</source>
        <translation>ersätter</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>besvarad</translation>
    </message>
    <message>
        <source>language of reports</source>
        <translation>rapporternas språk</translation>
    </message>
    <message>
        <source>request</source>
        <translation>begäran</translation>
    </message>
    <message>
        <source>residual risk</source>
        <translation>kvarstående risk</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>lösning</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>lagringstid</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>avvecklad</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risk</translation>
    </message>
    <message>
        <source>reasoning for the risk</source>
        <translation>motivering av risken</translation>
    </message>
    <message>
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <source>safeguard</source>
        <translation>skyddsåtgärd</translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation>modul för standardavtalsklausuler</translation>
    </message>
    <message>
        <source>SCC version</source>
        <translation>version av standardavtalsklausulerna</translation>
    </message>
    <message>
        <source>screened</source>
        <translation>granskad</translation>
    </message>
    <message>
        <source>search key</source>
        <translation>söknyckel</translation>
    </message>
    <message>
        <source>security measures</source>
        <translation>säkerhetsåtgärder</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>skickad</translation>
    </message>
    <message>
        <source>serves</source>
        <translation>betjänar</translation>
    </message>
    <message>
        <source>service</source>
        <translation>tjänst</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>allvarlighetsgrad</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>size</source>
        <translation>storlek</translation>
    </message>
    <message>
        <source>source</source>
        <translation>källa</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>källor</translation>
    </message>
    <message>
        <source>special categories (Art. 9)</source>
        <translation>särskilda kategorier (artikel 9)</translation>
    </message>
    <message>
        <source>Art. 9(2) condition</source>
        <translation>villkor enligt artikel 9.2</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>categories of data subjects</source>
        <translation>kategorier av registrerade</translation>
    </message>
    <message>
        <source>requester&apos;s other contact</source>
        <translation>sökandens övriga kontakt</translation>
    </message>
    <message>
        <source>requester&apos;s e-mail</source>
        <translation>sökandens e-post</translation>
    </message>
    <message>
        <source>requester</source>
        <translation>sökande</translation>
    </message>
    <message>
        <source>data subjects (approximate)</source>
        <translation>registrerade (uppskattning)</translation>
    </message>
    <message>
        <source>data subjects estimated</source>
        <translation>registrerade uppskattade</translation>
    </message>
    <message>
        <source>subprocessor</source>
        <translation>underbiträde</translation>
    </message>
    <message>
        <source>supplementary measures</source>
        <translation>kompletterande åtgärder</translation>
    </message>
    <message>
        <source>systems</source>
        <translation>system</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>transfer impact assessment</source>
        <translation>bedömning av överföringens inverkan</translation>
    </message>
    <message>
        <source>transfer impact assessment review</source>
        <translation>granskning av överföringsbedömningen</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>tidszon</translation>
    </message>
    <message>
        <source>title</source>
        <translation>rubrik</translation>
    </message>
    <message>
        <source>type</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>type guessed</source>
        <translation>typ gissad</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>uppdaterad</translation>
    </message>
    <message>
        <source>value</source>
        <translation>värde</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>vulnerable data subjects</source>
        <translation>sårbara registrerade</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>varningar</translation>
    </message>
    <message>
        <source>website</source>
        <translation>webbplats</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ändrade</translation>
    </message>
    <message>
        <source>file&apos;s SHA-256</source>
        <translation>filens SHA-256</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>lösenfras</translation>
    </message>
    <message>
        <source>{table}, row {row}, column {column}</source>
        <translation>{table}, rad {row}, kolumn {column}</translation>
    </message>
    <message>
        <source>{table}, row {row}</source>
        <translation>{table}, rad {row}</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}, column {column}</source>
        <translation>blad {sheet}, rad {row}, kolumn {column}</translation>
    </message>
    <message>
        <source>field</source>
        <translation>fält</translation>
    </message>
    <message>
        <source>sort order</source>
        <translation>sorteringsordning</translation>
    </message>
    <message>
        <source>notification</source>
        <translation>anmälan</translation>
    </message>
    <message>
        <source>message file</source>
        <translation>meddelandefil</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>recipient excused</source>
        <translation>mottagare som inte underrättas</translation>
    </message>
    <message>
        <source>version edited</source>
        <translation>redigerad version</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>identity step</source>
        <translation>steg i identitetskontrollen</translation>
    </message>
    <message>
        <source>rows per page</source>
        <translation>rader per sida</translation>
    </message>
    <message>
        <source>rows skipped</source>
        <translation>överhoppade rader</translation>
    </message>
    <message>
        <source>format version</source>
        <translation>formatversion</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>tabeller</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>granskningslogg</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>kolumner</translation>
    </message>
    <message>
        <source>column mapping</source>
        <translation>kolumnval</translation>
    </message>
    <message>
        <source>date order</source>
        <translation>datumordning</translation>
    </message>
    <message>
        <source>new passphrase</source>
        <translation>ny lösenfras</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>fil som skrivs</translation>
    </message>
    <message>
        <source>evidence bundle file</source>
        <translation>bevispaketets fil</translation>
    </message>
    <message>
        <source>evidence bundle</source>
        <translation>bevispaket</translation>
    </message>
    <message>
        <source>backup file</source>
        <translation>säkerhetskopia</translation>
    </message>
    <message>
        <source>year</source>
        <translation>år</translation>
    </message>
    <message>
        <source>end of the period</source>
        <translation>periodens slut</translation>
    </message>
    <message>
        <source>head kept elsewhere</source>
        <translation>hashvärde som sparats på annat håll</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <source>time limit when identity information is asked</source>
        <translation>tidsfrist när identitetsuppgifter begärs</translation>
    </message>
    <message>
        <source>forwarding to the controller (working days)</source>
        <translation>vidarebefordran till den personuppgiftsansvarige (arbetsdagar)</translation>
    </message>
    <message>
        <source>days before a request is due soon</source>
        <translation>dagar innan en begärans tidsfrist närmar sig</translation>
    </message>
    <message>
        <source>days to tell the recipients (Art. 19)</source>
        <translation>dagar att meddela mottagarna (art. 19)</translation>
    </message>
    <message>
        <source>Christmas Eve as a non-working day</source>
        <translation>julafton som fridag</translation>
    </message>
    <message>
        <source>Midsummer Eve as a non-working day</source>
        <translation>midsommarafton som fridag</translation>
    </message>
    <message>
        <source>days to object to a register change</source>
        <translation>dagar att invända mot en registerändring</translation>
    </message>
    <message>
        <source>reminder of a request&apos;s limit (days ahead)</source>
        <translation>påminnelse om en begärans tidsfrist (dagar före)</translation>
    </message>
    <message>
        <source>reminder of a breach limit (hours ahead)</source>
        <translation>påminnelse om en personuppgiftsincidents tidsfrist (timmar före)</translation>
    </message>
    <message>
        <source>review of processing activities (months)</source>
        <translation>översyn av behandlingar (månader)</translation>
    </message>
    <message>
        <source>largest attachment (MB)</source>
        <translation>största bilaga (MB)</translation>
    </message>
    <message>
        <source>largest spreadsheet to import, unpacked (MB)</source>
        <translation>största kalkylblad att importera, uppackat (MB)</translation>
    </message>
    <message>
        <source>most rows an import reads</source>
        <translation>högsta antal rader en import läser</translation>
    </message>
    <message>
        <source>lock after idle (minutes)</source>
        <translation>lås efter inaktivitet (min)</translation>
    </message>
    <message>
        <source>daily backups kept</source>
        <translation>dagliga säkerhetskopior som sparas</translation>
    </message>
    <message>
        <source>closed cases may be purged after (years)</source>
        <translation>stängda ärenden får gallras efter (år)</translation>
    </message>
    <message>
        <source>adequacy list</source>
        <translation>listan över adekvansbeslut</translation>
    </message>
    <message>
        <source>holiday country</source>
        <translation>land för helgdagar</translation>
    </message>
    <message>
        <source>list of processing that needs an impact assessment</source>
        <translation>lista över behandlingar som kräver konsekvensbedömning</translation>
    </message>
    <message>
        <source>subprocessors</source>
        <translation>underbiträden</translation>
    </message>
    <message>
        <source>country of the transfer</source>
        <translation>överföringens land</translation>
    </message>
    <message>
        <source>details of the transfer</source>
        <translation>uppgifter om överföringen</translation>
    </message>
    <message>
        <source>recipient of the transfer</source>
        <translation>överföringens mottagare</translation>
    </message>
    <message>
        <source>safeguard of the transfer</source>
        <translation>överföringens skyddsåtgärd</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>{country}: no safeguard recorded for a transfer outside the EEA</source>
        <translation>{country}: inga skyddsåtgärder registrerade för en överföring utanför EES</translation>
    </message>
    <message>
        <source>{country}: the SCCs of {version} were repealed; sign the clauses of 2021/914</source>
        <translation>{country}: standardavtalsklausulerna {version} har upphävts; underteckna klausulerna 2021/914</translation>
    </message>
    <message>
        <source>{country}: the SCC module (1-4) is not recorded</source>
        <translation>{country}: modulen för standardavtalsklausulerna (1–4) är inte registrerad</translation>
    </message>
    <message>
        <source>{country}: which Art. 49(1) derogation applies is not recorded</source>
        <translation>{country}: vilket undantag enligt artikel 49.1 som tillämpas är inte registrerat</translation>
    </message>
    <message>
        <source>{country}: a subprocessor receives data all the time, but Art. 49 derogations are for occasional transfers (EDPB Guidelines 2/2018): put SCCs or another Art. 46 safeguard in place</source>
        <translation>{country}: ett underbiträde tar emot uppgifter hela tiden, men undantagen i artikel 49 gäller tillfälliga överföringar (EDPB:s riktlinjer 2/2018): inför standardavtalsklausuler eller en annan skyddsåtgärd enligt artikel 46</translation>
    </message>
    <message>
        <source>{country}: compelling legitimate interests also need the supervisory authority informed of the transfer and the data subjects told of it and of the interests pursued (Art. 49(1) second subparagraph)</source>
        <translation>{country}: vid tvingande berättigade intressen ska dessutom tillsynsmyndigheten informeras om överföringen och de registrerade informeras om den och om de intressen som eftersträvas (artikel 49.1 andra stycket)</translation>
    </message>
    <message>
        <source>{country}: SCC module {module} ({module_name}) does not fit a subprocessor, which processes on our behalf: module 3 when we act as a processor, module 2 when we are the controller</source>
        <translation>{country}: modul {module} i standardavtalsklausulerna ({module_name}) passar inte ett underbiträde, som behandlar uppgifter för vår räkning: modul 3 när vi är personuppgiftsbiträde, modul 2 när vi är personuppgiftsansvariga</translation>
    </message>
    <message>
        <source>{country}: SCC module {module} ({module_name}) is recorded, but the activities it serves say we act {role}: module {expected} would fit; check the contract</source>
        <translation>{country}: modul {module} i standardavtalsklausulerna ({module_name}) är angiven, men enligt de behandlingar den betjänar agerar vi {role}: modul {expected} skulle passa; kontrollera avtalet</translation>
    </message>
    <message>
        <source>{country}: adequacy claimed but no adequacy decision covers it</source>
        <translation>{country}: adekvat skyddsnivå åberopas, men inget beslut om adekvat skyddsnivå omfattar landet</translation>
    </message>
    <message>
        <source>{country}: adequacy claimed but decision {reference} is not in force on {date}</source>
        <translation>{country}: adekvat skyddsnivå åberopas, men beslutet {reference} gäller inte {date}</translation>
    </message>
    <message>
        <source>{country}: no valid transfer basis: {decision} covers only certified organisations and this recipient is not marked as certified; sign the 2021 SCCs or use another Art. 46 safeguard</source>
        <translation>{country}: ingen giltig grund för överföring: {decision} omfattar endast certifierade organisationer och mottagaren är inte markerad som certifierad; underteckna 2021 års standardavtalsklausuler eller använd en annan skyddsåtgärd enligt artikel 46</translation>
    </message>
    <message>
        <source>{country}: {decision} is under legal challenge; record a fallback</source>
        <translation>{country}: {decision} är föremål för rättslig prövning; ange en reservåtgärd</translation>
    </message>
    <message>
        <source>{country}: {decision} is under legal challenge (case {case} pending); record a fallback</source>
        <translation>{country}: {decision} är föremål för rättslig prövning (mål {case} pågår); ange en reservåtgärd</translation>
    </message>
    <message>
        <source>{country}: {decision} is under legal challenge; fallback recorded: {fallback}</source>
        <translation>{country}: {decision} är föremål för rättslig prövning; reservåtgärd angiven: {fallback}</translation>
    </message>
    <message>
        <source>{country}: the decision&apos;s scope is limited: {scope_note}</source>
        <translation>{country}: beslutets tillämpningsområde är begränsat: {scope_note}</translation>
    </message>
    <message>
        <source>{country}: the transfer impact assessment was due for review on {date}</source>
        <translation>{country}: konsekvensbedömningen av överföringen skulle ha setts över senast {date}</translation>
    </message>
    <message>
        <source>{country}: no transfer impact assessment recorded (Clause 14 of the SCCs requires one; EDPB Recommendations 01/2020)</source>
        <translation>{country}: ingen konsekvensbedömning av överföringen registrerad (klausul 14 i standardavtalsklausulerna kräver en; EDPB:s rekommendationer 01/2020)</translation>
    </message>
    <message>
        <source>no signed data processing agreement (Art. 28(3)) recorded</source>
        <translation>inget undertecknat personuppgiftsbiträdesavtal (artikel 28.3) registrerat</translation>
    </message>
    <message>
        <source>controller to controller</source>
        <translation>personuppgiftsansvarig till personuppgiftsansvarig</translation>
    </message>
    <message>
        <source>controller to processor</source>
        <translation>personuppgiftsansvarig till personuppgiftsbiträde</translation>
    </message>
    <message>
        <source>processor to processor</source>
        <translation>personuppgiftsbiträde till personuppgiftsbiträde</translation>
    </message>
    <message>
        <source>processor to controller</source>
        <translation>personuppgiftsbiträde till personuppgiftsansvarig</translation>
    </message>
    <message>
        <source>as a processor</source>
        <translation>som personuppgiftsbiträde</translation>
    </message>
    <message>
        <source>as the controller</source>
        <translation>som personuppgiftsansvarig</translation>
    </message>
    <message>
        <source>SCCs</source>
        <translation>standardavtalsklausuler</translation>
    </message>
    <message>
        <source>BCRs</source>
        <translation>bindande företagsbestämmelser</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>All deadlines…</source>
        <translation>Alla tidsfrister…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Inget att visa ännu</translation>
    </message>
    <message>
        <source>When you log a rights request or a breach, or fill the register of subprocessors and the records of processing, this page shows what is open, what is late and what falls due in the next two weeks, with the year&apos;s figures in charts.</source>
        <translation>När du registrerar en begäran eller en incident, eller fyller i registret över underbiträden och registret över behandling, visar den här sidan vad som är öppet, vad som är försenat och vad som förfaller de kommande två veckorna, med årets siffror i diagram.</translation>
    </message>
    <message>
        <source>Log a request</source>
        <translation>Registrera begäran</translation>
    </message>
    <message>
        <source>Log a breach</source>
        <translation>Registrera incident</translation>
    </message>
    <message>
        <source>Open the register</source>
        <translation>Öppna registret</translation>
    </message>
    <message>
        <source>Organisation settings</source>
        <translation>Organisationens inställningar</translation>
    </message>
    <message>
        <source>As of {0}</source>
        <translation>Per {0}</translation>
    </message>
    <message>
        <source>Overdue ({0})</source>
        <translation>Försenade ({0})</translation>
    </message>
    <message numerus="yes">
        <source>Due in the next %n day(s) ({0})</source>
        <translation>
            <numerusform>Förfaller inom %n dag ({0})</numerusform>
            <numerusform>Förfaller inom %n dagar ({0})</numerusform>
        </translation>
    </message>
    <message>
        <source>open requests</source>
        <translation>öppna begäranden</translation>
    </message>
    <message>
        <source>open breaches</source>
        <translation>öppna incidenter</translation>
    </message>
    <message>
        <source>entries with warnings</source>
        <translation>poster med varningar</translation>
    </message>
    <message>
        <source>activities with warnings</source>
        <translation>behandlingar med varningar</translation>
    </message>
    <message>
        <source>Open {0} (due {1})</source>
        <translation>Öppna {0} (förfaller {1})</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Inget försenat.</translation>
    </message>
    <message>
        <source>Nothing falls due.</source>
        <translation>Inget förfaller.</translation>
    </message>
    <message>
        <source>Requests per month by type, {0}</source>
        <translation>Begäranden per månad och typ, {0}</translation>
    </message>
    <message>
        <source>On time ({0})</source>
        <translation>I tid ({0})</translation>
    </message>
    <message>
        <source>Late ({0})</source>
        <translation>Sent ({0})</translation>
    </message>
    <message>
        <source>Breaches by cause</source>
        <translation>Incidenter per orsak</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the {0} page</source>
        <translation>Visa sidan {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n more: all of them on the Deadlines page</source>
        <translation>
            <numerusform>%n till: alla på sidan Tidsfrister</numerusform>
            <numerusform>%n till: alla på sidan Tidsfrister</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the Deadlines page</source>
        <translation>Visa sidan Tidsfrister</translation>
    </message>
    <message>
        <source>Requests closed {0}: answered on time</source>
        <translation>Stängda begäranden {0}: besvarade i tid</translation>
    </message>
    <message>
        <source>Requests closed {0}: {1} % answered on time</source>
        <translation>Stängda begäranden {0}: {1} % besvarade i tid</translation>
    </message>
    <message>
        <source>Requests closed {0}: none yet</source>
        <translation>Stängda begäranden {0}: inga ännu</translation>
    </message>
    <message>
        <source>Breaches by cause: none in the last 12 months</source>
        <translation>Incidenter per orsak: inga de senaste 12 månaderna</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Tillgång</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rättelse</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Radering</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Begränsning</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>Dataportabilitet</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Invändning</translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation>Återkallat samtycke</translation>
    </message>
    <message>
        <source>Automated decision</source>
        <translation>Automatiserat beslut</translation>
    </message>
    <message>
        <source>Ransomware</source>
        <translation>Utpressningsprogram</translation>
    </message>
    <message>
        <source>Data exfiltration</source>
        <translation>Dataexfiltrering</translation>
    </message>
    <message>
        <source>Human error</source>
        <translation>Mänskligt fel</translation>
    </message>
    <message>
        <source>Lost or stolen</source>
        <translation>Förlorad eller stulen</translation>
    </message>
    <message>
        <source>Misdelivery</source>
        <translation>Felsändning</translation>
    </message>
    <message>
        <source>Social engineering</source>
        <translation>Social manipulation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
</context>
<context>
    <name>ImportPlanDialog</name>
    <message>
        <source>Import {0}</source>
        <translation>Importera {0}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Nothing has been written yet. This is what the import would do:</source>
        <translation>Inget har skrivits ännu. Så här skulle importen göra:</translation>
    </message>
    <message>
        <source>exact copy into an empty store</source>
        <translation>exakt kopia till en tom databas</translation>
    </message>
    <message>
        <source>merge by reference</source>
        <translation>sammanslagning efter referens</translation>
    </message>
    <message>
        <source>Import mode: {0}</source>
        <translation>Importsätt: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n att lägga till</numerusform>
            <numerusform>%n att lägga till</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to change</source>
        <translation>
            <numerusform>%n att ändra</numerusform>
            <numerusform>%n att ändra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n oförändrad</numerusform>
            <numerusform>%n oförändrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to add</source>
        <translation>
            <numerusform>%n rad att lägga till</numerusform>
            <numerusform>%n rader att lägga till</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of imported records written</source>
        <translation>
            <numerusform>%n rad av importerade poster skrivs</numerusform>
            <numerusform>%n rader av importerade poster skrivs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries of the file&apos;s audit trail kept out: this store&apos;s own trail has begun</source>
        <translation>
            <numerusform>%n post i filens granskningslogg utelämnas: denna databas egen logg har redan börjat</numerusform>
            <numerusform>%n poster i filens granskningslogg utelämnas: denna databas egen logg har redan börjat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries restored as they were</source>
        <translation>
            <numerusform>%n post återställs som den var</numerusform>
            <numerusform>%n poster återställs som de var</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them sealed anew (written before DPO Desk sealed values)</source>
        <translation>
            <numerusform>%n av dem förseglas på nytt (skrivna innan DPO Desk förseglade värden)</numerusform>
            <numerusform>%n av dem förseglas på nytt (skrivna innan DPO Desk förseglade värden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputReason</name>
    <message>
        <source>is not a field of a breach</source>
        <translation>är inte ett fält i en personuppgiftsincident</translation>
    </message>
    <message>
        <source>is not a comma-separated list of confidentiality, integrity and availability</source>
        <translation>är inte en kommaseparerad lista av: konfidentialitet, riktighet, tillgänglighet</translation>
    </message>
    <message>
        <source>is not a number from 1 to 4</source>
        <translation>är inte ett tal från 1 till 4</translation>
    </message>
    <message>
        <source>is not 0.25, 0.5, 0.75 or 1</source>
        <translation>är inte 0,25; 0,5; 0,75 eller 1</translation>
    </message>
    <message>
        <source>is not a multiple of 0.25 from 0 to 2</source>
        <translation>är inte en multipel av 0,25 från 0 till 2</translation>
    </message>
    <message>
        <source>is not 0, 0.25 or 0.5</source>
        <translation>är inte 0; 0,25 eller 0,5</translation>
    </message>
    <message>
        <source>is not the sum of its parts (the losses plus malicious intent)</source>
        <translation>är inte summan av sina delar (förlusterna plus illasinnat uppsåt)</translation>
    </message>
    <message>
        <source>needs all three ENISA components (DPC, EI and CB) or none</source>
        <translation>behöver alla tre ENISA-komponenterna (DPC, EI och CB) eller ingen av dem</translation>
    </message>
    <message>
        <source>is not a notification of {reference}</source>
        <translation>är inte en anmälan i {reference}</translation>
    </message>
    <message>
        <source>is not a notification of {reference} (it has {count})</source>
        <translation>är inte en anmälan i {reference} (antal registrerade anmälningar: {count})</translation>
    </message>
    <message>
        <source>changed after it was checked; nothing was imported</source>
        <translation>ändrades efter att den kontrollerades; inget importerades</translation>
    </message>
    <message>
        <source>cannot be read ({problem})</source>
        <translation>kan inte läsas ({problem})</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>är inte UTF-8-text</translation>
    </message>
    <message>
        <source>is not valid JSON (line {line}, column {column})</source>
        <translation>är inte giltig JSON (rad {line}, kolumn {column})</translation>
    </message>
    <message>
        <source>is nested deeper than any export</source>
        <translation>är djupare kapslad än någon export</translation>
    </message>
    <message>
        <source>holds a number that no field takes</source>
        <translation>innehåller ett tal som inget fält tar emot</translation>
    </message>
    <message>
        <source>is not a DPO Desk export (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>är inte en DPO Desk-export (&quot;format&quot;: &quot;{format}&quot; saknas)</translation>
    </message>
    <message>
        <source>“{value}” is not a format version</source>
        <translation>”{value}” är inte en formatversion</translation>
    </message>
    <message>
        <source>is missing or not an object</source>
        <translation>saknas eller är inte ett objekt</translation>
    </message>
    <message>
        <source>appears twice in the file</source>
        <translation>förekommer två gånger i filen</translation>
    </message>
    <message>
        <source>“{value}” is not a table of this DPO Desk version</source>
        <translation>”{value}” är inte en tabell i den här versionen av DPO Desk</translation>
    </message>
    <message>
        <source>is not a list of rows</source>
        <translation>är inte en lista med rader</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>är inte ett objekt</translation>
    </message>
    <message>
        <source>“{value}” is not a column of this table</source>
        <translation>”{value}” är inte en kolumn i den här tabellen</translation>
    </message>
    <message>
        <source>is not a valid value of its kind ({kind})</source>
        <translation>är inte ett giltigt värde av sin typ ({kind})</translation>
    </message>
    <message>
        <source>does not fit this store ({reason}); nothing was imported</source>
        <translation>passar inte in i den här DPO Desk-filen ({reason}); inget importerades</translation>
    </message>
    <message>
        <source>entry {value} breaks the file&apos;s audit chain: the file&apos;s trail was altered</source>
        <translation>post {value} bryter kedjan i filens granskningslogg: loggen har ändrats</translation>
    </message>
    <message>
        <source>is required for a closed request</source>
        <translation>krävs för en avslutad begäran</translation>
    </message>
    <message>
        <source>must be closed for a request with an outcome</source>
        <translation>måste vara avslutad för en begäran med ett utfall</translation>
    </message>
    <message>
        <source>is required for a refusal (Art. 12(4))</source>
        <translation>krävs för ett avslag (artikel 12.4)</translation>
    </message>
    <message>
        <source>is required for an extension (Art. 12(3))</source>
        <translation>krävs för en förlängning (artikel 12.3)</translation>
    </message>
    <message>
        <source>is not a spreadsheet: use .xlsx or .csv</source>
        <translation>är inte ett kalkylblad: använd .xlsx eller .csv</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>finns inte</translation>
    </message>
    <message>
        <source>is larger than the import limit of {megabytes} MB</source>
        <translation>är större än importgränsen på {megabytes} MB</translation>
    </message>
    <message>
        <source>could not be read as an Excel workbook</source>
        <translation>kunde inte läsas som en Excel-arbetsbok</translation>
    </message>
    <message>
        <source>unpacks to {unpacked} MB, past the import limit of {megabytes} MB; nothing was read</source>
        <translation>packas upp till {unpacked} MB, över importgränsen på {megabytes} MB; inget lästes</translation>
    </message>
    <message>
        <source>has more than {rows} rows, the import limit; nothing was read</source>
        <translation>har fler än {rows} rader, importgränsen; inget lästes</translation>
    </message>
    <message>
        <source>holds no rows</source>
        <translation>innehåller inga rader</translation>
    </message>
    <message>
        <source>has no header row: its first row must name the columns</source>
        <translation>saknar rubrikrad: den första raden måste namnge kolumnerna</translation>
    </message>
    <message>
        <source>is not text in UTF-8 or Windows-1252</source>
        <translation>är inte text i UTF-8 eller Windows-1252</translation>
    </message>
    <message>
        <source>is not valid CSV at line {line} (look at its quotation marks); nothing was read</source>
        <translation>är inte giltig CSV på rad {line} (kontrollera citattecknen); inget lästes</translation>
    </message>
    <message>
        <source>is not a text file</source>
        <translation>är inte en textfil</translation>
    </message>
    <message>
        <source>lacks required columns: {columns}; map them first</source>
        <translation>saknar obligatoriska kolumner: {columns}; välj kolumner för dem först</translation>
    </message>
    <message>
        <source>“{value}” is not a column of {source} (columns: {columns})</source>
        <translation>”{value}” är inte en kolumn i {source} (kolumner: {columns})</translation>
    </message>
    <message>
        <source>“{value}” is not a field of this register (known: {known})</source>
        <translation>”{value}” är inte ett fält i det här registret (kända: {known})</translation>
    </message>
    <message>
        <source>is too short: use at least {least} characters</source>
        <translation>är för kort: använd minst {least} tecken</translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation>får inte innehålla ett NUL-tecken</translation>
    </message>
    <message>
        <source>is empty: give the store&apos;s passphrase</source>
        <translation>är tom: ange filens lösenfras</translation>
    </message>
    <message>
        <source>is empty: name the file to write</source>
        <translation>är tom: ange namnet på filen som ska skrivas</translation>
    </message>
    <message>
        <source>holds control or bidi characters; choose a plain file name</source>
        <translation>innehåller styr- eller skrivriktningstecken; välj ett vanligt filnamn</translation>
    </message>
    <message>
        <source>is a folder; give a file name</source>
        <translation>är en mapp; ange ett filnamn</translation>
    </message>
    <message>
        <source>is in a folder that does not exist</source>
        <translation>ligger i en mapp som inte finns</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>är inte en vanlig fil</translation>
    </message>
    <message>
        <source>already exists; choose another name</source>
        <translation>finns redan; välj ett annat namn</translation>
    </message>
    <message>
        <source>is the store or one of its own files; choose another file</source>
        <translation>är själva DPO Desk-filen eller en av dess egna filer; välj en annan fil</translation>
    </message>
    <message>
        <source>is in the store&apos;s backup folder; choose another file</source>
        <translation>ligger i DPO Desk-filens mapp för säkerhetskopior; välj en annan fil</translation>
    </message>
    <message>
        <source>is one of the store&apos;s backups; choose another file</source>
        <translation>är en av DPO Desk-filens säkerhetskopior; välj en annan fil</translation>
    </message>
    <message>
        <source>cannot be written ({why})</source>
        <translation>kan inte skrivas ({why})</translation>
    </message>
    <message>
        <source>cannot be used ({why})</source>
        <translation>kan inte användas ({why})</translation>
    </message>
    <message>
        <source>does not end in {suffixes}</source>
        <translation>filändelsen är inte någon av: {suffixes}</translation>
    </message>
    <message>
        <source>is longer than a spreadsheet cell holds ({limit} characters)</source>
        <translation>är längre än en cell i ett kalkylblad rymmer ({limit} tecken)</translation>
    </message>
    <message>
        <source>holds control characters a spreadsheet cannot store</source>
        <translation>innehåller styrtecken som ett kalkylblad inte kan lagra</translation>
    </message>
    <message>
        <source>is not a readable zip file</source>
        <translation>är inte en läsbar zip-fil</translation>
    </message>
    <message>
        <source>holds a path outside its folder: “{member}”</source>
        <translation>innehåller en sökväg utanför sin mapp: ”{member}”</translation>
    </message>
    <message>
        <source>has no {manifest}</source>
        <translation>saknar filen {manifest}</translation>
    </message>
    <message>
        <source>has a {manifest} that cannot be read</source>
        <translation>har en fil {manifest} som inte kan läsas</translation>
    </message>
    <message>
        <source>is not a case reference like DSR-2026-0001 or BR-2026-0001</source>
        <translation>är inte en ärendereferens som DSR-2026-0001 eller BR-2026-0001</translation>
    </message>
    <message>
        <source>does not exist or is not a file</source>
        <translation>finns inte eller är inte en fil</translation>
    </message>
    <message>
        <source>is over the limit of {most} MB (Settings: largest attachment accepted)</source>
        <translation>överskrider gränsen på {most} MB (Inställningar: största tillåtna bilaga)</translation>
    </message>
    <message>
        <source>is not an e-mail message: use an .eml or an Outlook .msg file</source>
        <translation>är inte ett e-postmeddelande: använd en .eml-fil eller en .msg-fil från Outlook</translation>
    </message>
    <message>
        <source>is not an e-mail message (it holds binary data, not mail headers); nothing was stored</source>
        <translation>är inte ett e-postmeddelande (den innehåller binära data, inte e-posthuvuden); ingenting sparades</translation>
    </message>
    <message>
        <source>is not an e-mail message (its structure could not be read); nothing was stored</source>
        <translation>är inte ett e-postmeddelande (dess struktur kunde inte läsas); ingenting sparades</translation>
    </message>
    <message>
        <source>is not an e-mail message (no sender with an address); nothing was stored</source>
        <translation>är inte ett e-postmeddelande (avsändaradress saknas); ingenting sparades</translation>
    </message>
    <message>
        <source>is not an e-mail message (not an Outlook message file); nothing was stored</source>
        <translation>är inte ett e-postmeddelande (det är inte en meddelandefil från Outlook); ingenting sparades</translation>
    </message>
    <message>
        <source>is not an e-mail message (Outlook could not have written it: the file is damaged); nothing was stored</source>
        <translation>är inte ett e-postmeddelande (Outlook kan inte ha skrivit den: filen är skadad); ingenting sparades</translation>
    </message>
    <message>
        <source>is not an e-mail message (an Outlook item that is not a mail message); nothing was stored</source>
        <translation>är inte ett e-postmeddelande (ett Outlook-objekt som inte är ett e-postmeddelande); ingenting sparades</translation>
    </message>
    <message>
        <source>is not a version number (a whole number from 1)</source>
        <translation>är inte ett versionsnummer (ett heltal från 1)</translation>
    </message>
    <message>
        <source>is not a recipient of {reference}</source>
        <translation>är inte en mottagare för {reference}</translation>
    </message>
    <message>
        <source>must be given for {name}: why telling them is impossible or too much</source>
        <translation>måste anges för {name}: varför det är omöjligt eller skulle medföra en oproportionell ansträngning att underrätta dem</translation>
    </message>
    <message>
        <source>is needed: say which type of request this is</source>
        <translation>behövs: ange vilken typ av begäran detta är</translation>
    </message>
    <message>
        <source>cannot be corrected here</source>
        <translation>kan inte rättas här</translation>
    </message>
    <message>
        <source>must be from 0 to {most}</source>
        <translation>måste vara 0–{most}</translation>
    </message>
    <message>
        <source>is empty: name the file (or folder) for the copy</source>
        <translation>är tom: ange filen (eller mappen) för kopian</translation>
    </message>
    <message>
        <source>is a folder that could not be made ({why})</source>
        <translation>är en mapp som inte kunde skapas ({why})</translation>
    </message>
    <message>
        <source>already exists; try again in a second</source>
        <translation>finns redan; försök igen om en sekund</translation>
    </message>
    <message>
        <source>is the store itself</source>
        <translation>är själva den öppna DPO Desk-filen</translation>
    </message>
    <message>
        <source>is not a year like 2026</source>
        <translation>är inte ett årtal (som 2026)</translation>
    </message>
    <message>
        <source>is before the start of the period ({since})</source>
        <translation>är före periodens början ({since})</translation>
    </message>
    <message>
        <source>is not a head printed by Verify the chain (64 hexadecimal digits)</source>
        <translation>är inte ett hashvärde från Verifiera kedjan (64 hexadecimala tecken)</translation>
    </message>
    <message>
        <source>must be at most {most} printable characters</source>
        <translation>får vara högst {most} skrivbara tecken</translation>
    </message>
    <message>
        <source>is not a setting (known: {known})</source>
        <translation>är inte en inställning (kända: {known})</translation>
    </message>
    <message>
        <source>is not allowed here (default {default})</source>
        <translation>är inte tillåtet här (standard {default})</translation>
    </message>
    <message>
        <source>“{name}” is not a field of a register entry</source>
        <translation>”{name}” är inte ett fält i en registerpost</translation>
    </message>
    <message>
        <source>cannot be retired for a new entry: add the entry first, then retire it</source>
        <translation>kan inte vara avvecklad för en ny post: lägg först till posten och avveckla den sedan</translation>
    </message>
    <message>
        <source>becomes retired only by retiring the entry (which records the date)</source>
        <translation>blir avvecklad endast genom att posten avvecklas (då registreras datumet)</translation>
    </message>
    <message>
        <source>does not fit: {countries} outside the EEA; give the safeguard of the transfer</source>
        <translation>passar inte: utanför EES finns {countries}; ange överföringens skyddsåtgärd</translation>
    </message>
    <message>
        <source>is for transfers outside the EEA; every country here is in the EEA</source>
        <translation>gäller överföringar utanför EES; alla länder här ligger i EES</translation>
    </message>
    <message>
        <source>{country} is in the EEA: there is no transfer to safeguard</source>
        <translation>{country} ligger i EES: det finns ingen överföring att skydda</translation>
    </message>
    <message>
        <source>{country} is not one of the entry&apos;s countries: add it to the processing countries first</source>
        <translation>{country} är inte ett av postens länder: lägg först till det bland behandlingsländerna</translation>
    </message>
    <message>
        <source>is only for standard contractual clauses</source>
        <translation>gäller endast standardavtalsklausuler</translation>
    </message>
    <message>
        <source>is missing: which Art. 49(1) derogation (a–g) applies?</source>
        <translation>saknas: vilket undantag enligt artikel 49.1 (a–g) tillämpas?</translation>
    </message>
    <message>
        <source>is only for a transfer relying on an Art. 49(1) derogation</source>
        <translation>gäller endast en överföring som grundar sig på ett undantag enligt artikel 49.1</translation>
    </message>
    <message>
        <source>is only for a transfer relying on an adequacy decision</source>
        <translation>gäller endast en överföring som grundar sig på ett beslut om adekvat skyddsnivå</translation>
    </message>
    <message>
        <source>is only for standard contractual clauses as the fallback safeguard</source>
        <translation>gäller endast standardavtalsklausuler som reservskyddsåtgärd</translation>
    </message>
    <message>
        <source>cannot be read ({path})</source>
        <translation>kan inte läsas ({path})</translation>
    </message>
    <message>
        <source>is not usable ({path}): {problem}</source>
        <translation>är inte användbar ({path}): {problem}</translation>
    </message>
    <message>
        <source>falls inside the objection period (customers may object until {until})</source>
        <translation>infaller inom invändningstiden (kunderna kan invända till och med {until})</translation>
    </message>
    <message>
        <source>is the entry being announced itself</source>
        <translation>är själva posten som aviseras</translation>
    </message>
    <message>
        <source>is before the announcement ({earliest})</source>
        <translation>är före aviseringen ({earliest})</translation>
    </message>
    <message>
        <source>“{name}” is not a field of a processing activity</source>
        <translation>”{name}” är inte ett fält i en behandling</translation>
    </message>
    <message>
        <source>is not an Art. 9(2) condition (a letter from a to j)</source>
        <translation>är inte ett villkor enligt artikel 9.2 (en bokstav a–j)</translation>
    </message>
    <message>
        <source>{reference} is not in the subprocessor register</source>
        <translation>{reference} finns inte i registret över underbiträden</translation>
    </message>
    <message>
        <source>is not a request (DSR-…), breach (BR-…) or subprocessor (SP-…) reference</source>
        <translation>är inte en referens till en begäran (DSR-…), en personuppgiftsincident (BR-…) eller ett underbiträde (SP-…)</translation>
    </message>
    <message>
        <source>“{name}” is not a field of an impact assessment</source>
        <translation>”{name}” är inte ett fält i en konsekvensbedömning</translation>
    </message>
    <message>
        <source>is malformed ({problem})</source>
        <translation>är felaktig ({problem})</translation>
    </message>
    <message>
        <source>needs a threshold of at least 1 and its criteria</source>
        <translation>behöver ett tröskelvärde på minst 1 och sina kriterier</translation>
    </message>
    <message>
        <source>“{name}” is not part of the organisation</source>
        <translation>”{name}” hör inte till organisationens uppgifter</translation>
    </message>
</context>
<context>
    <name>LinkedActivitiesPanel</name>
    <message>
        <source>Processing activities concerned</source>
        <translation>Berörda behandlingar</translation>
    </message>
    <message>
        <source>No activity linked yet.</source>
        <translation>Ingen behandling länkad ännu.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Länka</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Ta bort länk</translation>
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
        <translation>Dölj för i dag</translation>
    </message>
    <message>
        <source>Hide the reminders until tomorrow; the Deadlines page still lists them.</source>
        <translation>Dölj påminnelserna till i morgon; sidan Tidsfrister visar dem fortfarande.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbetar…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Export whole store…</source>
        <translation>&amp;Exportera hela filen…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>New request from &amp;e-mail…</source>
        <translation>Ny begäran från &amp;e-post…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Säkerhetskopiera nu…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Byt lösen&amp;fras…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Verktyg</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Granskningslogg…</translation>
    </message>
    <message>
        <source>A&amp;ttachments of a case…</source>
        <translation>Ärendets &amp;bilagor…</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>Ga&amp;llring…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About DPO Desk</source>
        <translation>&amp;Om DPO Desk</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Ärende</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Öppnar filen…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>&lt;h1&gt;DPO Desk&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;DPO Desk&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The store is locked&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Filen är låst&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Enter the passphrase to go on.</source>
        <translation>Ange lösenfrasen för att fortsätta.</translation>
    </message>
    <message>
        <source>No page shows {0}.</source>
        <translation>Ingen sida visar {0}.</translation>
    </message>
    <message>
        <source>Updated: changed elsewhere</source>
        <translation>Uppdaterat: ändrat på annat håll</translation>
    </message>
    <message numerus="yes">
        <source>Updated: %n change(s) by others</source>
        <translation>
            <numerusform>Uppdaterat: %n ändring av andra</numerusform>
            <numerusform>Uppdaterat: %n ändringar av andra</numerusform>
        </translation>
    </message>
    <message>
        <source>Store: {0}</source>
        <translation>Fil: {0}</translation>
    </message>
    <message>
        <source>DPO Desk — {0}</source>
        <translation>DPO Desk — {0}</translation>
    </message>
    <message>
        <source>About DPO Desk</source>
        <translation>Om DPO Desk</translation>
    </message>
    <message>
        <source>DPO Desk {0}
A Data Protection Officer&apos;s casebook, offline, in one encrypted file.</source>
        <translation>DPO Desk {0}
Dataskyddsombudets ärendebok, offline, i en krypterad fil.</translation>
    </message>
    <message>
        <source>Not locked: a dialog holds input that is not saved yet.</source>
        <translation>Inte låst: en dialogruta innehåller inmatning som inte har sparats än.</translation>
    </message>
    <message>
        <source>Lock DPO Desk</source>
        <translation>Lås DPO Desk</translation>
    </message>
    <message>
        <source>An open dialog holds input that is not saved. Lock anyway and discard it?</source>
        <translation>En öppen dialogruta innehåller inmatning som inte har sparats. Vill du låsa ändå och förkasta den?</translation>
    </message>
    <message>
        <source>Could not unlock.</source>
        <translation>Kunde inte låsa upp.</translation>
    </message>
    <message>
        <source>Keep the audit trail&apos;s head outside this computer (printed, or e-mailed to yourself): Tools → Audit trail → Verify the chain, then Copy the head. A head kept elsewhere shows any later rewrite.</source>
        <translation>Förvara granskningsloggens senaste hashvärde utanför den här datorn (utskrivet eller e-postat till dig själv): Verktyg → Granskningslogg → Verifiera kedjan, sedan Kopiera senaste hashvärdet. Ett hashvärde som förvaras någon annanstans avslöjar en senare omskrivning.</translation>
    </message>
    <message>
        <source>Attachments of {0}</source>
        <translation>Bilagor till {0}</translation>
    </message>
    <message>
        <source>Daily backup written: {0}</source>
        <translation>Daglig säkerhetskopia skriven: {0}</translation>
    </message>
    <message>
        <source>The daily backup failed: {0}</source>
        <translation>Den dagliga säkerhetskopieringen misslyckades: {0}</translation>
    </message>
    <message>
        <source>The change failed; nothing was changed.</source>
        <translation>Bytet misslyckades; inget ändrades.</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Lösenfrasen har bytts.</translation>
    </message>
    <message>
        <source>Restored from {0}.</source>
        <translation>Återställt från {0}.</translation>
    </message>
</context>
<context>
    <name>NewBreachDialog</name>
    <message>
        <source>Log a breach</source>
        <translation>Registrera incident</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Became aware</source>
        <translation>Blev medveten</translation>
    </message>
    <message>
        <source>The 72 hours run from this moment (time in {0})</source>
        <translation>De 72 timmarna räknas från detta ögonblick (tid i {0})</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
    <message>
        <source>Log breach</source>
        <translation>Registrera incident</translation>
    </message>
    <message>
        <source>Log what is known now; everything can be completed later.</source>
        <translation>Registrera det som är känt nu; allt kan kompletteras senare.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>Strength:</source>
        <translation>Styrka:</translation>
    </message>
    <message>
        <source>Use at least {0} characters.</source>
        <translation>Använd minst {0} tecken.</translation>
    </message>
    <message>
        <source>A passphrase cannot contain a NUL character.</source>
        <translation>En lösenfras får inte innehålla ett NUL-tecken.</translation>
    </message>
    <message>
        <source>Type the passphrase again to confirm it.</source>
        <translation>Skriv lösenfrasen igen för att bekräfta den.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Lösenfraserna stämmer inte överens.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New rights request</source>
        <translation>Ny begäran</translation>
    </message>
    <message>
        <source>New request from e-mail</source>
        <translation>Ny begäran från e-post</translation>
    </message>
    <message>
        <source>2026-03-05 or 5.3.2026</source>
        <translation>2026-03-05 eller 5.3.2026</translation>
    </message>
    <message>
        <source>The requester&apos;s name</source>
        <translation>Namn på den som begär</translation>
    </message>
    <message>
        <source>name@example.fi</source>
        <translation>namn@exempel.fi</translation>
    </message>
    <message>
        <source>Address or phone, if given</source>
        <translation>Adress eller telefon, om angivet</translation>
    </message>
    <message>
        <source>The customer for whom we process the data</source>
        <translation>Kunden för vars räkning vi behandlar uppgifterna</translation>
    </message>
    <message>
        <source>Working days the processing agreement gives; empty: the setting</source>
        <translation>Arbetsdagar enligt biträdesavtalet; tomt: inställningen</translation>
    </message>
    <message>
        <source>What they ask, in their words</source>
        <translation>Vad som begärs, med deras ord</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Sökande</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>Annan kontakt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>We act as</source>
        <translation>Vår roll</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Personuppgiftsansvarig</translation>
    </message>
    <message>
        <source>Forward within</source>
        <translation>Vidarebefordra inom</translation>
    </message>
    <message>
        <source>Letters in</source>
        <translation>Brev på</translation>
    </message>
    <message>
        <source>What they ask</source>
        <translation>Vad som begärs</translation>
    </message>
    <message>
        <source>Note: this receipt date is in the future.</source>
        <translation>Obs: mottagningsdatumet ligger i framtiden.</translation>
    </message>
    <message>
        <source>The type is right (it was guessed from the message&apos;s words)</source>
        <translation>Typen stämmer (den gissades utifrån meddelandets ord)</translation>
    </message>
    <message>
        <source>Read from {0}: from {1}.</source>
        <translation>Läst ur {0}: från {1}.</translation>
    </message>
    <message>
        <source>Sent {0}; received on that day in the organisation&apos;s time zone.</source>
        <translation>Skickat {0}; mottaget den dagen i organisationens tidszon.</translation>
    </message>
    <message>
        <source>The message has no date: it is logged as received today.</source>
        <translation>Meddelandet saknar datum: det registreras som mottaget i dag.</translation>
    </message>
    <message>
        <source>No type could be told from its words: choose one, or keep it unclassified for now.</source>
        <translation>Ingen typ kunde utläsas ur orden: välj en, eller låt begäran vara oklassificerad tills vidare.</translation>
    </message>
    <message>
        <source>Attached to the case, encrypted: {0}.</source>
        <translation>Bifogas ärendet, krypterat: {0}.</translation>
    </message>
    <message>
        <source>This message was already taken in as {0}.</source>
        <translation>Detta meddelande har redan registrerats som {0}.</translation>
    </message>
    <message>
        <source>Still needed: {0}</source>
        <translation>Saknas fortfarande: {0}</translation>
    </message>
    <message>
        <source>Due {0}: {1}</source>
        <translation>Förfaller {0}: {1}</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Inget sparades.</translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Angivet skäl</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Avbrutet; inget skrevs.</translation>
    </message>
    <message>
        <source>Something went wrong ({0}); nothing was changed.</source>
        <translation>Något gick fel ({0}); inget ändrades.</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>Holds hidden characters ({0}) that change how it reads: {1}</source>
        <translation>Innehåller dolda tecken ({0}) som ändrar hur texten läses: {1}</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Several ordinary words make a strong passphrase.</source>
        <translation>Flera vanliga ord ger en stark lösenfras.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Mycket svag</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Svag</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Godtagbar</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Mycket stark</translation>
    </message>
    <message>
        <source>{0}: {1} to guess.</source>
        <translation>{0}: tar {1} att gissa.</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>under en minut</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n timme</numerusform>
            <numerusform>%n timmar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
    <message>
        <source>centuries</source>
        <translation>århundraden</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This part of DPO Desk is not built yet.</source>
        <translation>Den här delen av DPO Desk är inte byggd ännu.</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n dag sen</numerusform>
            <numerusform>%n dagar sen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to {0}.</source>
        <translation>
            <numerusform>Skrev %n rad till {0}.</numerusform>
            <numerusform>Skrev %n rader till {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n WP248 criteria apply ({0}): two or more make an assessment likely required.</source>
        <translation>
            <numerusform>%n WP248-kriterium uppfylls ({0}): två eller fler gör att en bedömning sannolikt krävs.</numerusform>
            <numerusform>%n WP248-kriterier uppfylls ({0}): två eller fler gör att en bedömning sannolikt krävs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n WP248 criteria apply: fewer than two do not require an assessment on their own.</source>
        <translation>
            <numerusform>%n WP248-kriterium uppfylls: färre än två kräver inte i sig en bedömning.</numerusform>
            <numerusform>%n WP248-kriterier uppfylls: färre än två kräver inte i sig en bedömning.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Search reference, name or owner (Ctrl+F)</source>
        <translation>Sök referens, namn eller ägare (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Alla roller</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Ny behandling</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Förhandsbedömning</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Markera översedd</translation>
    </message>
    <message>
        <source>Record of processing…</source>
        <translation>Register…</translation>
    </message>
    <message>
        <source>Controller&apos;s record (PDF)</source>
        <translation>Personuppgiftsansvarigs register (PDF)</translation>
    </message>
    <message>
        <source>Processor&apos;s record (PDF)</source>
        <translation>Personuppgiftsbiträdes register (PDF)</translation>
    </message>
    <message>
        <source>Controller&apos;s record (Excel)</source>
        <translation>Personuppgiftsansvarigs register (Excel)</translation>
    </message>
    <message>
        <source>Processor&apos;s record (Excel)</source>
        <translation>Personuppgiftsbiträdes register (Excel)</translation>
    </message>
    <message>
        <source>Impact assessment of the selected activity (PDF)</source>
        <translation>Konsekvensbedömning av den valda behandlingen (PDF)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Rättsliga grunder</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Översyn</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Personuppgiftsansvarig</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I bruk</translation>
    </message>
    <message>
        <source>No processing activities yet.

The record of processing (Art. 30) lists what the organisation does with personal data, why, on which legal basis and for how long.
Press Ctrl+N to add the first activity.</source>
        <translation>Inga behandlingar ännu.

Registret över behandling (art. 30) visar vad organisationen gör med personuppgifter, varför, på vilken rättslig grund och hur länge.
Tryck Ctrl+N för att lägga till den första behandlingen.</translation>
    </message>
    <message>
        <source>Select an activity to see its record.</source>
        <translation>Välj en behandling för att se dess registerpost.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warnings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Varningar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Behandlingar</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>samtycke</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>avtal</translation>
    </message>
    <message>
        <source>legal obligation</source>
        <translation>rättslig förpliktelse</translation>
    </message>
    <message>
        <source>vital interests</source>
        <translation>grundläggande intressen</translation>
    </message>
    <message>
        <source>public task</source>
        <translation>uppgift av allmänt intresse</translation>
    </message>
    <message>
        <source>legitimate interests</source>
        <translation>berättigat intresse</translation>
    </message>
    <message numerus="yes">
        <source>%n activities · {0} with warnings</source>
        <translation>
            <numerusform>%n behandling · {0} med varningar</numerusform>
            <numerusform>%n behandlingar · {0} med varningar</numerusform>
        </translation>
    </message>
    <message>
        <source>no contact details</source>
        <translation>inga kontaktuppgifter</translation>
    </message>
    <message>
        <source>{0} · review due {1}</source>
        <translation>{0} · översyn senast {1}</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Registrerade</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <source>Special categories</source>
        <translation>Särskilda kategorier</translation>
    </message>
    <message>
        <source>Criminal data</source>
        <translation>Uppgifter om brott</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Subprocessors</source>
        <translation>Underbiträden</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Överföringar</translation>
    </message>
    <message>
        <source>via {0}</source>
        <translation>via {0}</translation>
    </message>
    <message>
        <source>(entered by hand)</source>
        <translation>(inmatad för hand)</translation>
    </message>
    <message>
        <source>none outside the EEA</source>
        <translation>inga utanför EES</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Lagring</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>not screened yet (Ctrl+D)</source>
        <translation>ännu inte förhandsbedömd (Ctrl+D)</translation>
    </message>
    <message numerus="yes">
        <source>likely required (%n rule(s) fired)</source>
        <translation>
            <numerusform>sannolikt nödvändig (%n regel uppfylld)</numerusform>
            <numerusform>sannolikt nödvändig (%n regler uppfyllda)</numerusform>
        </translation>
    </message>
    <message>
        <source>; no assessment recorded</source>
        <translation>; ingen bedömning registrerad</translation>
    </message>
    <message>
        <source>not likely required</source>
        <translation>sannolikt inte nödvändig</translation>
    </message>
    <message>
        <source>Impact assessment</source>
        <translation>Konsekvensbedömning</translation>
    </message>
    <message>
        <source>✔ No warnings.</source>
        <translation>✔ Inga varningar.</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>Sparade {0}.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Spara rapport</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Add a processing activity ({0})</source>
        <translation>Lägg till en behandling ({0})</translation>
    </message>
    <message>
        <source>Edit the selected activity ({0})</source>
        <translation>Redigera den valda behandlingen ({0})</translation>
    </message>
    <message>
        <source>Impact assessment screening of the selected activity ({0})</source>
        <translation>Förhandsbedömning av konsekvensbedömning för den valda behandlingen ({0})</translation>
    </message>
    <message>
        <source>Record the impact assessment of the selected activity ({0})</source>
        <translation>Registrera konsekvensbedömningen av den valda behandlingen ({0})</translation>
    </message>
    <message>
        <source>Record today&apos;s review of the selected activity ({0})</source>
        <translation>Registrera dagens översyn av den valda behandlingen ({0})</translation>
    </message>
    <message>
        <source>&amp;New processing activity…</source>
        <translation>&amp;Ny behandling…</translation>
    </message>
    <message>
        <source>&amp;Edit the activity…</source>
        <translation>&amp;Redigera behandlingen…</translation>
    </message>
    <message>
        <source>&amp;Find an activity</source>
        <translation>&amp;Sök behandling</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Mark the activity as &amp;reviewed</source>
        <translation>Markera behandlingen som &amp;översedd</translation>
    </message>
    <message>
        <source>Impact assessment &amp;screening…</source>
        <translation>&amp;Förhandsbedömning av konsekvensbedömning…</translation>
    </message>
    <message>
        <source>Record the &amp;impact assessment…</source>
        <translation>Registrera &amp;konsekvensbedömningen…</translation>
    </message>
    <message>
        <source>E&amp;xport the record of processing…</source>
        <translation>E&amp;xportera registret över behandling…</translation>
    </message>
    <message>
        <source>Writing the record…</source>
        <translation>Skriver registret…</translation>
    </message>
    <message>
        <source>Writing the record… {0}/{1}</source>
        <translation>Skriver registret… {0}/{1}</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Skrev {0}</translation>
    </message>
</context>
<context>
    <name>RecordsWarning</name>
    <message>
        <source>As a joint controller, the record must name the other joint controllers (Art. 26, 30).</source>
        <translation>Som gemensamt personuppgiftsansvarig ska registret ange de andra gemensamt personuppgiftsansvariga (artiklarna 26 och 30).</translation>
    </message>
    <message>
        <source>As a processor, the record must name the controllers it serves (Art. 26, 30).</source>
        <translation>Som personuppgiftsbiträde ska registret ange de personuppgiftsansvariga som behandlingen utförs för (artiklarna 26 och 30).</translation>
    </message>
    <message>
        <source>The contact details of the controller “{controller}” are missing (Art. 30(2)(a)).</source>
        <translation>Kontaktuppgifterna för den personuppgiftsansvarige ”{controller}” saknas (artikel 30.2 a).</translation>
    </message>
    <message>
        <source>No purpose is recorded (Art. 30(1)(b)); add at least one.</source>
        <translation>Inget ändamål är angivet (artikel 30.1 b); lägg till minst ett.</translation>
    </message>
    <message>
        <source>No category of processing is recorded (Art. 30(2)(b)); add at least one.</source>
        <translation>Ingen kategori av behandling är angiven (artikel 30.2 b); lägg till minst en.</translation>
    </message>
    <message>
        <source>The purpose “{purpose}” has no legal basis under Art. 6(1).</source>
        <translation>Ändamålet ”{purpose}” har ingen rättslig grund enligt artikel 6.1.</translation>
    </message>
    <message>
        <source>The purpose “{purpose}” relies on legitimate interests without a recorded balancing test (its date and conclusion).</source>
        <translation>Ändamålet ”{purpose}” grundas på berättigat intresse utan en registrerad intresseavvägning (dess datum och slutsats).</translation>
    </message>
    <message>
        <source>Special categories of data ({categories}) are processed without an Art. 9(2) condition.</source>
        <translation>Särskilda kategorier av personuppgifter ({categories}) behandlas utan ett villkor enligt artikel 9.2.</translation>
    </message>
    <message>
        <source>No retention period or criteria for it (Art. 30(1)(f)).</source>
        <translation>Ingen lagringstid eller kriterier för den är angivna (artikel 30.1 f).</translation>
    </message>
    <message>
        <source>Linked subprocessor {name} ({subprocessor}): {warning}</source>
        <translation>Länkat underbiträde {name} ({subprocessor}): {warning}</translation>
    </message>
    <message>
        <source>The transfer to {country} entered by hand has no safeguard (Art. 44-49).</source>
        <translation>Den manuellt angivna överföringen till {country} saknar skyddsåtgärd (artiklarna 44–49).</translation>
    </message>
    <message>
        <source>The screening says an impact assessment is needed, but none is recorded.</source>
        <translation>Enligt förhandsbedömningen behövs en konsekvensbedömning, men ingen är registrerad.</translation>
    </message>
    <message>
        <source>The impact assessment was due for review on {date}.</source>
        <translation>Konsekvensbedömningen skulle ha setts över senast {date}.</translation>
    </message>
    <message>
        <source>A high residual risk remains but no prior consultation of the Data Protection Ombudsman is recorded (Art. 36).</source>
        <translation>En hög kvarvarande risk kvarstår men inget förhandssamråd med Dataombudsmannens byrå är registrerat (artikel 36).</translation>
    </message>
    <message>
        <source>Not reviewed within {months} months or by its review date (last review: {last_reviewed}).</source>
        <translation>Ingen översyn inom {months} månader eller före översynsdatumet (senaste översyn: {last_reviewed}).</translation>
    </message>
    <message>
        <source>Not reviewed within {months} months or by its review date (never reviewed).</source>
        <translation>Ingen översyn inom {months} månader eller före översynsdatumet (ingen översyn gjord).</translation>
    </message>
    <message>
        <source>purpose {0}</source>
        <translation>ändamål {0}</translation>
    </message>
</context>
<context>
    <name>RefusalText</name>
    <message>
        <source>{reference} is closed ({replied_on}); a closed request is not changed.</source>
        <translation>{reference} är avslutad ({replied_on}); en avslutad begäran ändras inte.</translation>
    </message>
    <message>
        <source>The type of {reference} was chosen when it was logged; it is not changed.</source>
        <translation>Typen av {reference} valdes när den registrerades; den ändras inte.</translation>
    </message>
    <message>
        <source>{reference}: this step of the identity check cannot follow where the check is now.</source>
        <translation>{reference}: detta steg i identitetskontrollen kan inte följa där kontrollen nu står.</translation>
    </message>
    <message>
        <source>{reference}: an extension needs its reasons; nothing was changed.</source>
        <translation>{reference}: en förlängning behöver sina skäl; inget ändrades.</translation>
    </message>
    <message>
        <source>The time limit of {reference} was already extended on {extended_on}; it may be extended only once.</source>
        <translation>Tidsfristen för {reference} förlängdes redan {extended_on}; den får förlängas bara en gång.</translation>
    </message>
    <message>
        <source>{reference} was received as a processor: the controller decides on an extension; forward the request to it.</source>
        <translation>{reference} togs emot som personuppgiftsbiträde: den personuppgiftsansvarige beslutar om en förlängning; vidarebefordra begäran till den personuppgiftsansvarige.</translation>
    </message>
    <message>
        <source>{reference}: the time limit has not started (identity information is awaited).</source>
        <translation>{reference}: tidsfristen har inte börjat löpa (identitetsuppgifter inväntas).</translation>
    </message>
    <message>
        <source>{reference}: an extension must be decided and told within the first month (Art. 12(3)); the limit was {limit}, and {on} is after it. Nothing was changed.</source>
        <translation>{reference}: en förlängning ska beslutas och meddelas inom den första månaden (art. 12.3); gränsen var {limit}, och {on} är efter den. Inget ändrades.</translation>
    </message>
    <message>
        <source>The time limit of {reference} is not extended; there is no extension to tell about.</source>
        <translation>Tidsfristen för {reference} är inte förlängd; det finns ingen förlängning att meddela.</translation>
    </message>
    <message>
        <source>{reference}: the extension notice was already recorded ({told_on}).</source>
        <translation>{reference}: meddelandet om förlängningen är redan registrerat ({told_on}).</translation>
    </message>
    <message>
        <source>{reference} was received as the controller; only a processor forwards a request to its controller.</source>
        <translation>{reference} togs emot som personuppgiftsansvarig; bara ett personuppgiftsbiträde vidarebefordrar en begäran till den personuppgiftsansvarige.</translation>
    </message>
    <message>
        <source>{reference}: a refusal needs its reasons; nothing was changed.</source>
        <translation>{reference}: ett avslag behöver sina skäl; inget ändrades.</translation>
    </message>
    <message>
        <source>{reference}: nothing to correct (the values given are the ones stored).</source>
        <translation>{reference}: inget att rätta (de angivna värdena är redan de lagrade).</translation>
    </message>
    <message>
        <source>The time limit of {reference} is not extended: record the extension and its reasons first.</source>
        <translation>Tidsfristen för {reference} är inte förlängd: registrera först förlängningen och dess skäl.</translation>
    </message>
    <message>
        <source>{reference} is not closed as refused: close it with its reasons first.</source>
        <translation>{reference} är inte avslutad som avslagen: avsluta den först med skälen.</translation>
    </message>
    <message>
        <source>{reference} is not closed as fulfilled, partially fulfilled or withdrawn; a completion letter would say otherwise.</source>
        <translation>{reference} är inte avslutad som tillgodosedd, delvis tillgodosedd eller återkallad; ett slutbrev skulle säga något annat.</translation>
    </message>
    <message>
        <source>{reference}: identity information is no longer being asked for.</source>
        <translation>{reference}: identitetsuppgifter efterfrågas inte längre.</translation>
    </message>
    <message>
        <source>{reference} is not a rectification, erasure or restriction closed as fulfilled or partially fulfilled; Art. 19 asks to tell the recipients only once one is carried out.</source>
        <translation>{reference} är inte en rättelse, radering eller begränsning avslutad som tillgodosedd eller delvis tillgodosedd; enligt art. 19 underrättas mottagarna först när en sådan har genomförts.</translation>
    </message>
    <message>
        <source>{name} is already recorded as told or excused.</source>
        <translation>{name} är redan registrerad som underrättad eller undantagen.</translation>
    </message>
    <message>
        <source>{source}: this message was already taken in as {reference}; nothing was stored.</source>
        <translation>{source}: detta meddelande har redan tagits emot som {reference}; inget lagrades.</translation>
    </message>
    <message>
        <source>{reference}: the letter to the data subjects needs every item of Art. 34(2); empty: {missing}.</source>
        <translation>{reference}: brevet till de registrerade behöver varje uppgift i art. 34.2; tomt: {missing}.</translation>
    </message>
    <message>
        <source>With this awareness time the first notification would be late and it has no reasons for the delay; record them first.</source>
        <translation>Med denna tidpunkt för kännedom skulle den första anmälan vara försenad, och skälen till förseningen saknas; registrera dem först.</translation>
    </message>
    <message>
        <source>{reference} already has its initial notification; record this one as a supplementary notification.</source>
        <translation>{reference}: den första anmälan är redan registrerad; registrera denna som en kompletterande anmälan.</translation>
    </message>
    <message>
        <source>{reference} has no initial notification yet; record that first.</source>
        <translation>{reference}: ingen första anmälan är registrerad ännu; registrera den först.</translation>
    </message>
    <message>
        <source>The notification at {at} is after the {hours}-hour deadline ({deadline}): give the reasons for the delay.</source>
        <translation>Anmälan ({at}) är efter tidsfristen på {hours} timmar ({deadline}): ange skälen till förseningen.</translation>
    </message>
    <message>
        <source>{reference} is already closed.</source>
        <translation>{reference} är redan avslutad.</translation>
    </message>
    <message>
        <source>{reference}: record when the controller was told before closing (Art. 33(2)).</source>
        <translation>{reference}: registrera när den personuppgiftsansvarige underrättades innan du avslutar (art. 33.2).</translation>
    </message>
    <message>
        <source>{reference}: decide the risk (none, risk or high) with its reasoning before closing.</source>
        <translation>{reference}: bestäm risken (ingen risk, risk eller hög risk) med motivering innan du avslutar.</translation>
    </message>
    <message>
        <source>{reference}: record the reasoning of the risk decision before closing (Art. 33(5)).</source>
        <translation>{reference}: registrera motiveringen till riskbeslutet innan du avslutar (art. 33.5).</translation>
    </message>
    <message>
        <source>{reference}: record the notification to the supervisory authority before closing.</source>
        <translation>{reference}: registrera anmälan till tillsynsmyndigheten innan du avslutar.</translation>
    </message>
    <message>
        <source>{reference} is high risk: record the communication to the data subjects or the Art. 34(3) exemption first.</source>
        <translation>{reference} innebär hög risk: registrera först meddelandet till de registrerade eller undantaget i art. 34.3.</translation>
    </message>
    <message>
        <source>{reference} is not closed.</source>
        <translation>{reference} är inte avslutad.</translation>
    </message>
    <message>
        <source>{reference} was already retired on {retired_on}.</source>
        <translation>{reference} avvecklades redan {retired_on}.</translation>
    </message>
    <message>
        <source>{reference} is retired; a retired subprocessor cannot be announced.</source>
        <translation>{reference} är avvecklad; ett avvecklat underbiträde kan inte aviseras.</translation>
    </message>
    <message>
        <source>{reference} already has an open announcement {announcement}; close or withdraw it first.</source>
        <translation>{reference} har redan ett öppet meddelande {announcement}; stäng eller dra tillbaka det först.</translation>
    </message>
    <message>
        <source>{reference} was withdrawn; there is nothing to object to.</source>
        <translation>{reference} har dragits tillbaka; det finns inget att invända mot.</translation>
    </message>
    <message>
        <source>{reference} is no longer open.</source>
        <translation>{reference} är inte längre öppet.</translation>
    </message>
    <message>
        <source>The DPO&apos;s advice was not followed: record the reasons (Art. 35(2)); nothing was saved.</source>
        <translation>Dataskyddsombudets råd följdes inte: registrera skälen (art. 35.2); inget sparades.</translation>
    </message>
    <message>
        <source>What would be purged has changed since the preview; look at the preview again.</source>
        <translation>Det som skulle gallras har ändrats sedan förhandsvisningen; titta på förhandsvisningen igen.</translation>
    </message>
    <message>
        <source>Rows with errors: {rows}; nothing was imported. Correct them, or choose to skip the rows in error.</source>
        <translation>Rader med fel: {rows}; inget importerades. Rätta dem eller välj att hoppa över raderna med fel.</translation>
    </message>
    <message>
        <source>is before the day the request was received ({earliest})</source>
        <translation>är före den dag begäran togs emot ({earliest})</translation>
    </message>
    <message>
        <source>is before the identity request ({earliest})</source>
        <translation>är före begäran om identitetsuppgifter ({earliest})</translation>
    </message>
    <message>
        <source>is before the previous identity step ({earliest})</source>
        <translation>är före föregående steg i identitetskontrollen ({earliest})</translation>
    </message>
    <message>
        <source>is before the extension ({earliest})</source>
        <translation>är före förlängningen av tidsfristen ({earliest})</translation>
    </message>
    <message>
        <source>is before the entry became active ({earliest})</source>
        <translation>är före den dag posten trädde i kraft ({earliest})</translation>
    </message>
    <message>
        <source>must come after the review date ({reviewed_on})</source>
        <translation>måste vara efter granskningsdagen ({reviewed_on})</translation>
    </message>
    <message>
        <source>is before the entry was planned ({earliest})</source>
        <translation>är före den dag posten planerades ({earliest})</translation>
    </message>
    <message>
        <source>is before the assessment itself ({earliest})</source>
        <translation>är före själva bedömningen ({earliest})</translation>
    </message>
    <message>
        <source>must come after the assessment date ({earliest})</source>
        <translation>måste vara efter bedömningens datum ({earliest})</translation>
    </message>
    <message>
        <source>is before the time the breach began</source>
        <translation>är före tidpunkten då personuppgiftsincidenten började</translation>
    </message>
    <message>
        <source>is before the breach was discovered</source>
        <translation>är före tidpunkten då personuppgiftsincidenten upptäcktes</translation>
    </message>
    <message>
        <source>is after the first notification was sent</source>
        <translation>är efter att den första anmälan skickades</translation>
    </message>
    <message>
        <source>is before the organisation became aware of the breach ({earliest})</source>
        <translation>är före den tidpunkt då organisationen fick kännedom om personuppgiftsincidenten ({earliest})</translation>
    </message>
    <message>
        <source>is before the initial notification ({earliest})</source>
        <translation>är före den första anmälan ({earliest})</translation>
    </message>
    <message>
        <source>is missing: when were the data subjects told?</source>
        <translation>saknas: när informerades de registrerade?</translation>
    </message>
    <message>
        <source>is missing: how were they told (e-mail, letter, public notice)?</source>
        <translation>saknas: hur informerades de (e-post, brev, offentligt meddelande)?</translation>
    </message>
    <message>
        <source>is missing: how will they be told?</source>
        <translation>saknas: hur ska de informeras?</translation>
    </message>
    <message>
        <source>is missing: say why the Art. 34(3) exemption applies</source>
        <translation>saknas: ange varför undantaget i artikel 34.3 gäller</translation>
    </message>
    <message>
        <source>is missing: Art. 34(3)(c) needs a public communication instead; say which</source>
        <translation>saknas: artikel 34.3 c kräver i stället ett offentligt meddelande; ange vilket</translation>
    </message>
    <message>
        <source>is required: when the organisation became aware of the breach</source>
        <translation>krävs: när organisationen fick kännedom om personuppgiftsincidenten</translation>
    </message>
    <message>
        <source>is after the first month (the limit was {limit}): an extension told later does not count (Art. 12(3))</source>
        <translation>är efter den första månaden (gränsen var {limit}): en förlängning som meddelas senare gäller inte (artikel 12.3)</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>får inte vara negativt</translation>
    </message>
    <message>
        <source>is not a comma-separated list of two-letter country codes (such as SE,EE)</source>
        <translation>är inte en kommaseparerad lista med landskoder på två bokstäver (till exempel SE,EE)</translation>
    </message>
    <message>
        <source>is not a known time zone (for example Europe/Helsinki)</source>
        <translation>är inte en känd tidszon (till exempel Europe/Helsinki)</translation>
    </message>
    <message>
        <source>is not a country with known public holidays (for example FI)</source>
        <translation>är inte ett land med kända allmänna helgdagar (till exempel FI)</translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation>är inte en e-postadress</translation>
    </message>
    <message>
        <source>is only for a request received as a processor</source>
        <translation>gäller bara en begäran som tagits emot som personuppgiftsbiträde</translation>
    </message>
    <message>
        <source>is not a whole number of working days</source>
        <translation>är inte ett helt antal arbetsdagar</translation>
    </message>
    <message>
        <source>must be from 1 to {most} working days</source>
        <translation>måste vara 1–{most} arbetsdagar</translation>
    </message>
    <message>
        <source>is needed: to which controller was the request forwarded?</source>
        <translation>behövs: till vilken personuppgiftsansvarig vidarebefordrades begäran?</translation>
    </message>
    <message>
        <source>is not a country code (two letters, such as FI or US)</source>
        <translation>är inte en landskod (två bokstäver, till exempel FI eller US)</translation>
    </message>
    <message>
        <source>belongs only in a processor&apos;s record</source>
        <translation>hör bara till ett personuppgiftsbiträdes register</translation>
    </message>
    <message>
        <source>has no controller to belong to (give one contact for each controller)</source>
        <translation>hör inte till någon personuppgiftsansvarig (ge en kontakt för varje personuppgiftsansvarig)</translation>
    </message>
    <message>
        <source>The store is damaged at page {page}; restore a backup (the damaged file is kept aside).</source>
        <translation>Filen är skadat på sida {page}; återställ en säkerhetskopia (den skadade filen sparas separat).</translation>
    </message>
    <message>
        <source>The store is damaged; restore a backup (the damaged file is kept aside).</source>
        <translation>Filen är skadat; återställ en säkerhetskopia (den skadade filen sparas separat).</translation>
    </message>
    <message>
        <source>The store is busy: another DPO Desk window or command has held it too long. Try again in a moment.</source>
        <translation>Filen är upptaget: ett annat DPO Desk-fönster eller -kommando har hållit det för länge. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Another DPO Desk window or command has this store open; close it and try again (nothing was changed).</source>
        <translation>Ett annat DPO Desk-fönster eller -kommando har den här filen öppet; stäng det och försök igen (ingenting ändrades).</translation>
    </message>
    <message>
        <source>This store was written by a newer DPO Desk (schema {revision}); upgrade DPO Desk to open it.</source>
        <translation>Den här filen skrevs av en nyare DPO Desk (schema {revision}); uppgradera DPO Desk för att öppna det.</translation>
    </message>
    <message>
        <source>No store at {path}: choose another file, or create a new store.</source>
        <translation>Ingen fil på {path}: välj en annan fil eller skapa en ny fil.</translation>
    </message>
</context>
<context>
    <name>RegisterActions</name>
    <message>
        <source>Announce {0} to the customers</source>
        <translation>Avisera {0} till kunderna</translation>
    </message>
    <message>
        <source>Objection to {0}</source>
        <translation>Invändning mot {0}</translation>
    </message>
    <message>
        <source>Retire {0}</source>
        <translation>Avveckla {0}</translation>
    </message>
</context>
<context>
    <name>RegisterDetailPanel</name>
    <message>
        <source>planned</source>
        <translation>planerad</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>aviserad</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>avvecklad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Skyddsåtgärd</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Bedömd</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Översyn</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Reserv</translation>
    </message>
    <message>
        <source>Edit safeguard…</source>
        <translation>Redigera skyddsåtgärd…</translation>
    </message>
    <message>
        <source>Record the safeguard of the selected transfer</source>
        <translation>Registrera skyddsåtgärden för den valda överföringen</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Avisering</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Aviserad</translation>
    </message>
    <message>
        <source>Objections until</source>
        <translation>Invändningar till</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Record objection…</source>
        <translation>Registrera invändning…</translation>
    </message>
    <message>
        <source>A customer objects to the announcement</source>
        <translation>En kund invänder mot aviseringen</translation>
    </message>
    <message>
        <source>Change took effect</source>
        <translation>Ändringen genomförd</translation>
    </message>
    <message>
        <source>Close the announcement: the change went ahead</source>
        <translation>Stäng aviseringen: ändringen genomfördes</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Customer notice…</source>
        <translation>Kundmeddelande…</translation>
    </message>
    <message>
        <source>Save the notice as PDF, .docx or .odt, and its e-mail text</source>
        <translation>Spara meddelandet som PDF, .docx eller .odt, och dess e-posttext</translation>
    </message>
    <message>
        <source>Objections to the selected announcement</source>
        <translation>Invändningar mot den valda aviseringen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Överföringar</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Aviseringar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Behandlingar</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No entry selected&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Ingen post vald&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Select an entry to see its transfers, warnings, announcements and history.</source>
        <translation>Välj en post för att se dess överföringar, varningar, aviseringar och historik.</translation>
    </message>
    <message>
        <source>replaces {0}</source>
        <translation>ersätter {0}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>took effect</source>
        <translation>genomförd</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>återkallad</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Inga varningar.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notering</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Established in</source>
        <translation>Etablerad i</translation>
    </message>
    <message>
        <source>Processing countries</source>
        <translation>Behandlingsländer</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Registrerade</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Betjänar</translation>
    </message>
    <message>
        <source>DPA signed</source>
        <translation>PUB-avtal undertecknat</translation>
    </message>
    <message>
        <source>DPF certified</source>
        <translation>DPF-certifierad</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Aviserad</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Aktiv från</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>Avvecklad den</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webbadress</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>post</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>överföring</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>meddelande</translation>
    </message>
    <message>
        <source>objection</source>
        <translation>invändning</translation>
    </message>
    <message>
        <source>link to a processing activity</source>
        <translation>koppling till en behandling</translation>
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
        <translation>Redigera {0}</translation>
    </message>
    <message>
        <source>New subprocessor</source>
        <translation>Nytt underbiträde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Business ID or registry number</source>
        <translation>FO-nummer eller registreringsnummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Country of establishment</source>
        <translation>Etableringsland</translation>
    </message>
    <message>
        <source>Processing countries</source>
        <translation>Behandlingsländer</translation>
    </message>
    <message>
        <source>Service it provides</source>
        <translation>Tjänst som tillhandahålls</translation>
    </message>
    <message>
        <source>Why (purpose)</source>
        <translation>Varför (ändamål)</translation>
    </message>
    <message>
        <source>Personal data (comma list)</source>
        <translation>Personuppgifter (kommaseparerade)</translation>
    </message>
    <message>
        <source>Data subjects (comma list)</source>
        <translation>Registrerade (kommaseparerade)</translation>
    </message>
    <message>
        <source>Serves (our services or customers)</source>
        <translation>Betjänar (våra tjänster eller kunder)</translation>
    </message>
    <message>
        <source>DPA signed on</source>
        <translation>PUB-avtal undertecknat den</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planerad</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>aviserad</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Aktiv från</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webbadress</translation>
    </message>
    <message>
        <source>On the EU-US Data Privacy Framework List</source>
        <translation>På listan för EU–USA:s ramverk för dataskydd (DPF)</translation>
    </message>
    <message>
        <source>DPF certified</source>
        <translation>DPF-certifierad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Safeguard for the countries outside the EEA</source>
        <translation>Skyddsåtgärd för länderna utanför EES</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ingen ännu</translation>
    </message>
    <message>
        <source>adequacy decision</source>
        <translation>adekvansbeslut</translation>
    </message>
    <message>
        <source>standard contractual clauses 2021/914</source>
        <translation>standardavtalsklausuler 2021/914</translation>
    </message>
    <message>
        <source>binding corporate rules</source>
        <translation>bindande företagsbestämmelser</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Skyddsåtgärd</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation>SCC-modul</translation>
    </message>
    <message>
        <source>Transfer impact assessment</source>
        <translation>Bedömning av överföringens konsekvenser</translation>
    </message>
    <message>
        <source>Review the assessment on</source>
        <translation>Se över bedömningen den</translation>
    </message>
    <message>
        <source>Outside the EEA: {0}</source>
        <translation>Utanför EES: {0}</translation>
    </message>
    <message>
        <source>Every country is in the EEA: no transfer needs a safeguard.</source>
        <translation>Alla länder ligger i EES: ingen överföring behöver en skyddsåtgärd.</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>avvecklad</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was saved.</source>
        <translation>Något gick fel; inget sparades.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Every status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Aviserad</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Avvecklad</translation>
    </message>
    <message>
        <source>Every country</source>
        <translation>Alla länder</translation>
    </message>
    <message>
        <source>Every safeguard</source>
        <translation>Alla skyddsåtgärder</translation>
    </message>
    <message>
        <source>EEA only</source>
        <translation>Endast EES</translation>
    </message>
    <message>
        <source>Adequacy decision</source>
        <translation>Beslut om adekvat skyddsnivå</translation>
    </message>
    <message>
        <source>SCCs</source>
        <translation>SCC</translation>
    </message>
    <message>
        <source>BCRs</source>
        <translation>BCR</translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation>Undantag</translation>
    </message>
    <message>
        <source>No safeguard</source>
        <translation>Ingen skyddsåtgärd</translation>
    </message>
    <message>
        <source>With or without warnings</source>
        <translation>Med eller utan varningar</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>Med varningar</translation>
    </message>
    <message>
        <source>Without warnings</source>
        <translation>Utan varningar</translation>
    </message>
    <message>
        <source>Search reference, name or service (Ctrl+F)</source>
        <translation>Sök referens, namn eller tjänst (Ctrl+F)</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Ny…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Announce…</source>
        <translation>Avisera…</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Avveckla…</translation>
    </message>
    <message>
        <source>Retire the entry</source>
        <translation>Avveckla posten</translation>
    </message>
    <message>
        <source>Adequacy list…</source>
        <translation>Adekvansbeslut…</translation>
    </message>
    <message>
        <source>The adequacy decisions in use, and a newer list</source>
        <translation>De adekvansbeslut som används, och en nyare lista</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Subprocessor</source>
        <translation>Underbiträde</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Safeguards</source>
        <translation>Skydd</translation>
    </message>
    <message>
        <source>DPA signed</source>
        <translation>PUB-avtal</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Add a subprocessor ({0})</source>
        <translation>Lägg till ett underbiträde ({0})</translation>
    </message>
    <message>
        <source>Edit the entry ({0})</source>
        <translation>Redigera posten ({0})</translation>
    </message>
    <message>
        <source>Announce the change to customers ({0})</source>
        <translation>Avisera ändringen till kunderna ({0})</translation>
    </message>
    <message>
        <source>Print the register with a preview ({0})</source>
        <translation>Skriv ut registret med förhandsvisning ({0})</translation>
    </message>
    <message>
        <source>Save the register as PDF or Excel ({0})</source>
        <translation>Spara registret som PDF eller Excel ({0})</translation>
    </message>
    <message>
        <source>&amp;New subprocessor…</source>
        <translation>&amp;Nytt underbiträde…</translation>
    </message>
    <message>
        <source>&amp;Edit the entry…</source>
        <translation>&amp;Redigera posten…</translation>
    </message>
    <message>
        <source>&amp;Find a subprocessor</source>
        <translation>&amp;Sök underbiträde</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&amp;Announce the change to customers…</source>
        <translation>A&amp;visera ändringen till kunderna…</translation>
    </message>
    <message>
        <source>&amp;Print the register…</source>
        <translation>Skr&amp;iv ut registret…</translation>
    </message>
    <message>
        <source>E&amp;xport the register…</source>
        <translation>E&amp;xportera registret…</translation>
    </message>
    <message>
        <source>EEA</source>
        <translation>EES</translation>
    </message>
    <message>
        <source>adequacy</source>
        <translation>adekvans</translation>
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
        <translation>undantag</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planerad</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>aviserad</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>avvecklad</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, {0} with warnings · adequacy decisions as of {1}</source>
        <translation>
            <numerusform>%n post, {0} med varningar · adekvansbeslut per {1}</numerusform>
            <numerusform>%n poster, {0} med varningar · adekvansbeslut per {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation>Ingen post matchar filtren.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No subprocessors yet&lt;/h3&gt;&lt;p&gt;Add the first one with &lt;b&gt;New…&lt;/b&gt; (Ctrl+N): who it is, the service it provides, and every country where it processes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Inga underbiträden ännu&lt;/h3&gt;&lt;p&gt;Lägg till det första med &lt;b&gt;Ny…&lt;/b&gt; (Ctrl+N): vem det är, vilken tjänst det tillhandahåller och varje land där det behandlar uppgifter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Announced {0}: customers may object until {1}. Save the customer notice next.</source>
        <translation>Aviserat {0}: kunderna kan invända till och med {1}. Spara kundmeddelandet härnäst.</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>Sparade {0}.</translation>
    </message>
    <message>
        <source>Writing the register…</source>
        <translation>Skriver registret…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Save the register</source>
        <translation>Spara registret</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the customer notice</source>
        <translation>Spara kundmeddelandet</translation>
    </message>
</context>
<context>
    <name>RegisterPrint</name>
    <message>
        <source>Print the register</source>
        <translation>Skriv ut registret</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Nuvarande lösenfras:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Ny lösenfras:</translation>
    </message>
    <message>
        <source>New passphrase again:</source>
        <translation>Ny lösenfras igen:</translation>
    </message>
    <message>
        <source>The store is copied under the new passphrase, the copy is checked, and only then does it replace the store: if anything goes wrong, the current passphrase keeps working. Backups made before keep the passphrase they were made with.</source>
        <translation>Filen kopieras med den nya lösenfrasen, kopian kontrolleras och först därefter ersätter den filen: om något går fel fungerar den nuvarande lösenfrasen fortfarande. Säkerhetskopior som gjorts tidigare behåller den lösenfras de gjordes med.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Byt</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>Ange den nuvarande lösenfrasen.</translation>
    </message>
    <message>
        <source>The new passphrase is the current one.</source>
        <translation>Den nya lösenfrasen är densamma som den nuvarande.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%n deadline(s) overdue: {0}</source>
        <translation>
            <numerusform>%n tidsfrist försenad: {0}</numerusform>
            <numerusform>%n tidsfrister försenade: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since your last session ({0}), %n deadline(s) became overdue: {1}</source>
        <translation>
            <numerusform>Sedan din senaste session ({0}) har %n tidsfrist löpt ut: {1}</numerusform>
            <numerusform>Sedan din senaste session ({0}) har %n tidsfrister löpt ut: {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue deadlines</source>
        <translation>Försenade tidsfrister</translation>
    </message>
    <message>
        <source>Deadline passed</source>
        <translation>Tidsfristen har gått ut</translation>
    </message>
    <message>
        <source>Now overdue: {0}</source>
        <translation>Nu försenad: {0}</translation>
    </message>
    <message>
        <source>Deadlines coming up</source>
        <translation>Kommande tidsfrister</translation>
    </message>
    <message>
        <source>Due soon: {0}</source>
        <translation>Förfaller snart: {0}</translation>
    </message>
    <message>
        <source>; and {0} more</source>
        <translation>; och {0} till</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Every report and export DPO Desk writes. Files are written only where you choose.</source>
        <translation>Alla rapporter och exporter som DPO Desk skriver. Filer skrivs bara där du väljer.</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Language of the reports:</source>
        <translation>Rapporternas språk:</translation>
    </message>
    <message>
        <source>Year of the annual report:</source>
        <translation>Årsrapportens år:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Generate…</source>
        <translation>Skapa…</translation>
    </message>
    <message>
        <source>Save {0}</source>
        <translation>Spara {0}</translation>
    </message>
    <message>
        <source>Another report is being written; wait for it or cancel it.</source>
        <translation>En annan rapport skrivs; vänta på den eller avbryt den.</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Skriver {0}…</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Skrev {0}</translation>
    </message>
</context>
<context>
    <name>RequestActionDialog</name>
    <message>
        <source>2026-03-05 or 5.3.2026</source>
        <translation>2026-03-05 eller 5.3.2026</translation>
    </message>
    <message>
        <source>This is needed.</source>
        <translation>Detta behövs.</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was changed.</source>
        <translation>Något gick fel; inget ändrades.</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>Requester</source>
        <translation>Sökande</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>We act as</source>
        <translation>Vår roll</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitet</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Förlängning</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>What they ask</source>
        <translation>Vad som begärs</translation>
    </message>
    <message>
        <source>Information asked…</source>
        <translation>Uppgifter begärda…</translation>
    </message>
    <message>
        <source>Information received…</source>
        <translation>Uppgifter mottagna…</translation>
    </message>
    <message>
        <source>Verified…</source>
        <translation>Verifierad…</translation>
    </message>
    <message>
        <source>Could not be verified…</source>
        <translation>Kunde inte verifieras…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Förläng…</translation>
    </message>
    <message>
        <source>Two further months, once, with reasons</source>
        <translation>Ytterligare två månader, en gång, med skäl</translation>
    </message>
    <message>
        <source>Extension told…</source>
        <translation>Förlängning meddelad…</translation>
    </message>
    <message>
        <source>When the requester was told</source>
        <translation>När den som begärt informerades</translation>
    </message>
    <message>
        <source>Forward to controller…</source>
        <translation>Vidarebefordra till ansvarig…</translation>
    </message>
    <message>
        <source>Received as processor</source>
        <translation>Mottagen som biträde</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Stäng…</translation>
    </message>
    <message>
        <source>Outcome and reply date (Ctrl+Shift+C)</source>
        <translation>Utfall och svarsdatum (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Lägg till anteckning…</translation>
    </message>
    <message>
        <source>A note on the timeline (Ctrl+Shift+N)</source>
        <translation>En anteckning i tidslinjen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Correct details…</source>
        <translation>Rätta uppgifter…</translation>
    </message>
    <message>
        <source>Name, contact, what they ask</source>
        <translation>Namn, kontakt, vad som begärs</translation>
    </message>
    <message>
        <source>Letters and evidence</source>
        <translation>Brev och bevis</translation>
    </message>
    <message>
        <source>Export evidence bundle…</source>
        <translation>Exportera bevispaket…</translation>
    </message>
    <message>
        <source>Tell the recipients (Art. 19)…</source>
        <translation>Meddela mottagarna (art. 19)…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Acknowledgement…</source>
        <translation>Mottagningsbekräftelse…</translation>
    </message>
    <message>
        <source>Request for identity information…</source>
        <translation>Begäran om identitetsuppgifter…</translation>
    </message>
    <message>
        <source>Extension notice…</source>
        <translation>Meddelande om förlängning…</translation>
    </message>
    <message>
        <source>Refusal…</source>
        <translation>Avslag…</translation>
    </message>
    <message>
        <source>Completion…</source>
        <translation>Slutförande…</translation>
    </message>
    <message>
        <source>Identity information was asked for after the first month had ended: the clock does not restart and the request stays due on its original date (Art. 12(3), 12(6)).</source>
        <translation>Uppgifter om identiteten begärdes först efter den första månaden: tidsfristen börjar inte om, och begäran ska besvaras inom den ursprungliga fristen (artikel 12.3 och 12.6).</translation>
    </message>
    <message>
        <source>The extension was recorded after the first month had ended: it does not count, and the reply was due at the end of the first month (Art. 12(3)).</source>
        <translation>Förlängningen antecknades efter att den första månaden hade gått ut: den gäller inte, och svaret skulle ha getts före den första månadens slut (artikel 12.3).</translation>
    </message>
    <message>
        <source>The identity could not be verified, but the time limit still runs: tell the requester within it that you cannot act and why, with the right to complain (Art. 12(2), 12(4)). Close the request as refused and send the refusal letter.</source>
        <translation>Identiteten kunde inte styrkas, men tidsfristen löper: meddela den sökande inom fristen att du inte kan vidta åtgärder och varför, samt om rätten att klaga (artikel 12.2 och 12.4). Stäng begäran som avslagen och skicka avslagsbrevet.</translation>
    </message>
    <message>
        <source>The requester was not told of the extension within the first month: the reply was due at the end of the first month (Art. 12(3)).</source>
        <translation>Den registrerade underrättades inte om förlängningen inom den första månaden: svaret skulle ha lämnats senast vid utgången av den första månaden (artikel 12.3).</translation>
    </message>
    <message>
        <source>{0}, received by {1} — {2}</source>
        <translation>{0}, inkommen via {1} — {2}</translation>
    </message>
    <message>
        <source>Replied {0} (due {1}) — {2}</source>
        <translation>Besvarad {0} (förföll {1}) — {2}</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>i tid</translation>
    </message>
    <message>
        <source>late</source>
        <translation>sen</translation>
    </message>
    <message>
        <source>No time limit running</source>
        <translation>Ingen tidsfrist löper</translation>
    </message>
    <message>
        <source>Forward to the controller by {0}</source>
        <translation>Vidarebefordras till den personuppgiftsansvarige senast {0}</translation>
    </message>
    <message>
        <source>Due {0}</source>
        <translation>Förfaller {0}</translation>
    </message>
    <message>
        <source>Overdue: the limit has passed.</source>
        <translation>Försenad: tidsfristen har gått ut.</translation>
    </message>
    <message>
        <source>Due soon.</source>
        <translation>Förfaller snart.</translation>
    </message>
    <message>
        <source>The requester was not told of the extension within the first month (Art. 12(3)).</source>
        <translation>Den som begärt informerades inte om förlängningen inom den första månaden (art. 12.3).</translation>
    </message>
    <message>
        <source>{0}; letters in {1}</source>
        <translation>{0}; brev på {1}</translation>
    </message>
    <message>
        <source> for {0}</source>
        <translation> åt {0}</translation>
    </message>
    <message>
        <source>(controller not named)</source>
        <translation>(ansvarig inte namngiven)</translation>
    </message>
    <message>
        <source>; forwarded {0}</source>
        <translation>; vidarebefordrad {0}</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>begärda</translation>
    </message>
    <message>
        <source>received</source>
        <translation>mottagna</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>kontrollerade</translation>
    </message>
    <message>
        <source>; the month runs from {0}</source>
        <translation>; månaden räknas från {0}</translation>
    </message>
    <message>
        <source>not yet told</source>
        <translation>ännu inte informerad</translation>
    </message>
    <message>
        <source>{0}: {1} (requester told: {2})</source>
        <translation>{0}: {1} (den som begärt informerad: {2})</translation>
    </message>
    <message>
        <source>not extended</source>
        <translation>inte förlängd</translation>
    </message>
    <message>
        <source>not closed</source>
        <translation>inte stängd</translation>
    </message>
    <message>
        <source>Ask for the information needed to identify the requester (Art. 12(6)). Under the default setting the month starts again when it arrives.</source>
        <translation>Begär de uppgifter som behövs för att identifiera den som begär (art. 12.6). Med standardinställningen börjar månaden om när de kommer in.</translation>
    </message>
    <message>
        <source>The identity information arrived: the month runs from this day (default setting).</source>
        <translation>Identitetsuppgifterna kom in: månaden räknas från denna dag (standardinställning).</translation>
    </message>
    <message>
        <source>The requester&apos;s identity was confirmed.</source>
        <translation>Identiteten hos den som begärt bekräftades.</translation>
    </message>
    <message>
        <source>The identity could not be confirmed; close the request with reasons afterwards.</source>
        <translation>Identiteten kunde inte bekräftas; stäng därefter begäran med skäl.</translation>
    </message>
    <message>
        <source>Identity: {0}</source>
        <translation>Identitet: {0}</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Den</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Extend the time limit</source>
        <translation>Förläng tidsfristen</translation>
    </message>
    <message>
        <source>The limit becomes three months from the same start (Art. 12(3)), once. The requester must be told of the extension and its reasons within the first month (by {0}).</source>
        <translation>Tidsfristen blir tre månader från samma start (art. 12.3), en gång. Den som begärt ska informeras om förlängningen och skälen inom den första månaden (senast {0}).</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beslutad den</translation>
    </message>
    <message>
        <source>Requester told on</source>
        <translation>Informerad den</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>Meddelande om förlängning</translation>
    </message>
    <message>
        <source>When the requester was told of the extension and its reasons.</source>
        <translation>När den som begärt informerades om förlängningen och skälen.</translation>
    </message>
    <message>
        <source>Told on</source>
        <translation>Informerad den</translation>
    </message>
    <message>
        <source>Forward to the controller</source>
        <translation>Vidarebefordra till den personuppgiftsansvarige</translation>
    </message>
    <message>
        <source>A request received as a processor goes to the controller (Art. 28(3)(e)); this closes it here.</source>
        <translation>En begäran som tagits emot som biträde går till den personuppgiftsansvarige (art. 28.3 e); detta stänger den här.</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Personuppgiftsansvarig</translation>
    </message>
    <message>
        <source>Forwarded on</source>
        <translation>Vidarebefordrad den</translation>
    </message>
    <message>
        <source>Close the request</source>
        <translation>Stäng begäran</translation>
    </message>
    <message>
        <source>Record the outcome and the day the reply went out. A refusal needs its reasons; the refusal letter tells of the right to complain to the Data Protection Ombudsman and to a judicial remedy.</source>
        <translation>Registrera utfallet och dagen svaret skickades. Ett avslag ska motiveras; avslagsbrevet upplyser om rätten att klaga hos Dataombudsmannens byrå och till rättslig prövning.</translation>
    </message>
    <message>
        <source>Reply sent on</source>
        <translation>Svar skickat den</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Lägg till anteckning</translation>
    </message>
    <message>
        <source>Notes are added to the timeline and never edited.</source>
        <translation>Anteckningar läggs till i tidslinjen och redigeras aldrig.</translation>
    </message>
    <message>
        <source>Correct the requester&apos;s details</source>
        <translation>Rätta uppgifterna om den som begär</translation>
    </message>
    <message>
        <source>Each change is noted on the timeline. The type and the receipt date fix the time limit and are not corrected: close a wrongly logged request as withdrawn and log it again.</source>
        <translation>Varje ändring noteras i tidslinjen. Typen och mottagningsdatumet bestämmer tidsfristen och rättas inte: stäng en felregistrerad begäran som återkallad och registrera den igen.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>Annan kontakt</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <source>access</source>
        <translation>tillgång</translation>
    </message>
    <message>
        <source>rectification</source>
        <translation>rättelse</translation>
    </message>
    <message>
        <source>erasure</source>
        <translation>radering</translation>
    </message>
    <message>
        <source>restriction</source>
        <translation>begränsning</translation>
    </message>
    <message>
        <source>portability</source>
        <translation>dataportabilitet</translation>
    </message>
    <message>
        <source>objection</source>
        <translation>invändning</translation>
    </message>
    <message>
        <source>consent withdrawal</source>
        <translation>återkallat samtycke</translation>
    </message>
    <message>
        <source>automated decision</source>
        <translation>automatiserat beslut</translation>
    </message>
    <message>
        <source>unclassified</source>
        <translation>oklassificerad</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>webbformulär</translation>
    </message>
    <message>
        <source>post</source>
        <translation>post</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>personligen</translation>
    </message>
    <message>
        <source>controller</source>
        <translation>personuppgiftsansvarig</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>personuppgiftsbiträde</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>awaiting identity</source>
        <translation>väntar på identitet</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>förlängd</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stängd</translation>
    </message>
    <message>
        <source>fulfilled</source>
        <translation>tillgodosedd</translation>
    </message>
    <message>
        <source>partially fulfilled</source>
        <translation>delvis tillgodosedd</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>avslagen</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>återkallad</translation>
    </message>
    <message>
        <source>forwarded to controller</source>
        <translation>vidarebefordrad till ansvarig</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>behövs inte</translation>
    </message>
    <message>
        <source>information asked</source>
        <translation>uppgifter begärda</translation>
    </message>
    <message>
        <source>information received</source>
        <translation>uppgifter mottagna</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifierad</translation>
    </message>
    <message>
        <source>could not be verified</source>
        <translation>kunde inte verifieras</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Type settled</source>
        <translation>Typen fastställd</translation>
    </message>
    <message>
        <source>Identity information asked</source>
        <translation>Identitetsuppgifter begärda</translation>
    </message>
    <message>
        <source>Identity information received</source>
        <translation>Identitetsuppgifter mottagna</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Identitet verifierad</translation>
    </message>
    <message>
        <source>Identity not verified</source>
        <translation>Identitet inte verifierad</translation>
    </message>
    <message>
        <source>Time limit extended</source>
        <translation>Tidsfristen förlängd</translation>
    </message>
    <message>
        <source>Requester told of the extension</source>
        <translation>Den som begärt informerad om förlängningen</translation>
    </message>
    <message>
        <source>Forwarded to the controller</source>
        <translation>Vidarebefordrad till den personuppgiftsansvarige</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Letter written</source>
        <translation>Brev skrivet</translation>
    </message>
    <message>
        <source>Details corrected</source>
        <translation>Uppgifter rättade</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>New request</source>
        <translation>Ny begäran</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Endast försenade</translation>
    </message>
    <message>
        <source>Search reference, name or e-mail (Ctrl+F)</source>
        <translation>Sök referens, namn eller e-post (Ctrl+F)</translation>
    </message>
    <message>
        <source>Export request log…</source>
        <translation>Exportera logg…</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Sökande</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>väntar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Choose a request to see its time limit, actions and timeline.</source>
        <translation>Välj en begäran för att se dess tidsfrist, åtgärder och tidslinje.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Open the letter</source>
        <translation>Öppna brevet</translation>
    </message>
    <message>
        <source>Open it in the application your system uses for its type (Ctrl+Shift+O)</source>
        <translation>Öppna det i det program ditt system använder för filtypen (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Begäranden</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>förfaller snart</translation>
    </message>
    <message>
        <source>More than {0} requests</source>
        <translation>Fler än {0} begäranden</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n begäran</numerusform>
            <numerusform>%n begäranden</numerusform>
        </translation>
    </message>
    <message>
        <source>No request matches these filters.</source>
        <translation>Ingen begäran matchar filtren.</translation>
    </message>
    <message>
        <source>No rights requests yet.
Log the first one with New request (Ctrl+N).</source>
        <translation>Inga begäranden ännu.
Registrera den första med Ny begäran (Ctrl+N).</translation>
    </message>
    <message>
        <source>Logged {0}.</source>
        <translation>Registrerade {0}.</translation>
    </message>
    <message>
        <source>Export request log</source>
        <translation>Exportera loggen över begäranden</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the request log…</source>
        <translation>Skriver loggen över begäranden…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n request(s) to {0}.</source>
        <translation>
            <numerusform>Skrev %n begäran till {0}.</numerusform>
            <numerusform>Skrev %n begäranden till {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save reply letter</source>
        <translation>Spara svarsbrev</translation>
    </message>
    <message>
        <source>Export evidence bundle</source>
        <translation>Exportera bevispaket</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Zip-arkiv (*.zip)</translation>
    </message>
    <message>
        <source>Wrote {0}. Give its manifest hash to the recipient separately: {1}</source>
        <translation>Skrev {0}. Ge förteckningens hashvärde till mottagaren separat: {1}</translation>
    </message>
    <message>
        <source>Writing the evidence bundle…</source>
        <translation>Skriver bevispaketet…</translation>
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
        <translation>Meddela mottagarna</translation>
    </message>
    <message>
        <source>Write the notices as</source>
        <translation>Skriv meddelandena som</translation>
    </message>
    <message>
        <source>Folder for the notices</source>
        <translation>Mapp för meddelandena</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n notice(s) to the recipients.</source>
        <translation>
            <numerusform>Skrev %n meddelande till mottagarna.</numerusform>
            <numerusform>Skrev %n meddelanden till mottagarna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still to tell: {0}</source>
        <translation>Återstår att meddela: {0}</translation>
    </message>
    <message>
        <source>Writing the notices to the recipients…</source>
        <translation>Skriver meddelandena till mottagarna…</translation>
    </message>
    <message>
        <source>Wrote {0}.</source>
        <translation>Skrev {0}.</translation>
    </message>
    <message>
        <source>Log a new rights request ({0})</source>
        <translation>Registrera en ny begäran ({0})</translation>
    </message>
    <message>
        <source>The request log and statistics as a workbook ({0})</source>
        <translation>Loggen över begäranden och statistik som arbetsbok ({0})</translation>
    </message>
    <message>
        <source>Rows: &lt;span style=&apos;background:#fde2e1;color:#1f1f1f&apos;&gt;&amp;nbsp;overdue&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#ffdcb8;color:#1f1f1f&apos;&gt;&amp;nbsp;due within 72 hours&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fff4ce;color:#1f1f1f&apos;&gt;&amp;nbsp;within a week&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#f2f2f2;color:#1f1f1f&apos;&gt;&amp;nbsp;closed&amp;nbsp;&lt;/span&gt;</source>
        <translation>Rader: &lt;span style=&apos;background:#fde2e1;color:#1f1f1f&apos;&gt;&amp;nbsp;försenad&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#ffdcb8;color:#1f1f1f&apos;&gt;&amp;nbsp;förfaller inom 72 timmar&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fff4ce;color:#1f1f1f&apos;&gt;&amp;nbsp;inom en vecka&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#f2f2f2;color:#1f1f1f&apos;&gt;&amp;nbsp;stängd&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Ny begäran…</translation>
    </message>
    <message>
        <source>&amp;Find a request</source>
        <translation>&amp;Sök begäran</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Add a &amp;note to the request…</source>
        <translation>Lägg till en &amp;anteckning i begäran…</translation>
    </message>
    <message>
        <source>&amp;Close the request…</source>
        <translation>S&amp;täng begäran…</translation>
    </message>
    <message>
        <source>&amp;Open the selected attachment</source>
        <translation>Öppna den valda &amp;bilagan</translation>
    </message>
    <message>
        <source>E&amp;xport the request log…</source>
        <translation>E&amp;xportera loggen över begäranden…</translation>
    </message>
    <message>
        <source>Writing the letter…</source>
        <translation>Skriver brevet…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Check the backup</source>
        <translation>Kontrollera säkerhetskopian</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Säkerhetskopia:</translation>
    </message>
    <message>
        <source>Its passphrase:</source>
        <translation>Dess lösenfras:</translation>
    </message>
    <message>
        <source>The backup is checked before anything is replaced: it must open with its passphrase, pass SQLite&apos;s and SQLCipher&apos;s integrity checks, and come from this version of DPO Desk or an earlier one. The store&apos;s present content is kept in a copy beside it.</source>
        <translation>Säkerhetskopian kontrolleras innan något ersätts: den måste öppnas med sin lösenfras, klara SQLites och SQLCiphers integritetskontroller och komma från den här eller en tidigare version av DPO Desk. Filens nuvarande innehåll sparas i en kopia bredvid.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Välj en säkerhetskopia</translation>
    </message>
    <message>
        <source>DPO Desk store (*.dpodesk *.bak)</source>
        <translation>DPO Desk-fil (*.dpodesk *.bak)</translation>
    </message>
    <message>
        <source>Sound: schema {0}, {1} audit entries, {2} KB. Restore replaces the open store with it.</source>
        <translation>Felfri: schema {0}, {1} loggposter, {2} KB. Återställningen ersätter den öppna filen med den.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention</source>
        <translation>Lagring</translation>
    </message>
    <message>
        <source>Looking for what may go…</source>
        <translation>Söker efter det som kan gallras…</translation>
    </message>
    <message>
        <source>Goes</source>
        <translation>Gallras</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Vad det är</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Bifogad</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Purge these</source>
        <translation>Gallra dessa</translation>
    </message>
    <message>
        <source>Cases closed longer ago than the retention setting go whole: the case, its timeline, its attachments and the values in its audit entries. ID documents of requests whose identity has been verified go too. Nothing goes before you confirm; the audit trail records what went. Backups and exports made earlier keep their copies until you delete them.</source>
        <translation>Ärenden som stängdes tidigare än lagringsinställningen gallras helt: ärendet, dess tidslinje, dess bilagor och värdena i dess loggposter. Id-handlingar för begäranden vars identitet har verifierats gallras också. Inget gallras innan du bekräftar; granskningsloggen registrerar vad som gallrades. Säkerhetskopior och exporter som gjorts tidigare behåller sina kopior tills du raderar dem.</translation>
    </message>
    <message>
        <source>{0} request, replied {1}</source>
        <translation>begäran ({0}), besvarad {1}</translation>
    </message>
    <message>
        <source>breach “{0}”, closed {1}</source>
        <translation>personuppgiftsincident ”{0}”, stängd {1}</translation>
    </message>
    <message>
        <source>the whole case</source>
        <translation>hela ärendet</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>Id-handling</translation>
    </message>
    <message numerus="yes">
        <source>closed before {0} (%n year(s))</source>
        <translation>
            <numerusform>stängt före {0} (%n år)</numerusform>
            <numerusform>stängt före {0} (%n år)</numerusform>
        </translation>
    </message>
    <message>
        <source>an ID document; the identity has been verified</source>
        <translation>en id-handling; identiteten har verifierats</translation>
    </message>
    <message>
        <source>May be purged as of {0}: closed cases {1}, ID documents {2}.</source>
        <translation>Kan gallras per {0}: stängda ärenden {1}, id-handlingar {2}.</translation>
    </message>
    <message>
        <source>Nothing needs purging as of {0}.</source>
        <translation>Inget behöver gallras per {0}.</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Gallra</translation>
    </message>
    <message>
        <source>Remove for good: closed cases {0}, ID documents {1}? This cannot be undone, except by restoring a backup made before.</source>
        <translation>Ta bort för gott: stängda ärenden {0}, id-handlingar {1}? Detta kan inte ångras, utom genom att återställa en tidigare säkerhetskopia.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n byte</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <source>Purged closed cases {0}, ID documents {1}; the values of {2} audit entries went with them.</source>
        <translation>Gallrade stängda ärenden {0}, id-handlingar {1}; värdena i {2} loggposter gallrades med dem.</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <source>Retired on</source>
        <translation>Avvecklad den</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
</context>
<context>
    <name>RuleText</name>
    <message>
        <source>forward to the controller within {days} working days of {start} (Art. 28(3)(e)): {due}</source>
        <translation>vidarebefordras till den personuppgiftsansvarige inom {days} arbetsdagar från {start} (artikel 28.3 e): {due}</translation>
    </message>
    <message>
        <source>one month from {start}</source>
        <translation>en månad från {start}</translation>
    </message>
    <message>
        <source>three months from {start}</source>
        <translation>tre månader från {start}</translation>
    </message>
    <message>
        <source>{months} months from {start}</source>
        <translation>{months} månader från {start}</translation>
    </message>
    <message>
        <source> (the day the identity information arrived: the clock starts again, Art. 12(6))</source>
        <translation> (dagen då identitetsuppgifterna kom in: tidsfristen börjar om, artikel 12.6)</translation>
    </message>
    <message>
        <source>; {month} has no day {day}, so {end}</source>
        <translation>; {month} har ingen dag {day}, alltså {end}</translation>
    </message>
    <message>
        <source>{day} is {why}</source>
        <translation>{day} är {why}</translation>
    </message>
    <message>
        <source>, so {due}</source>
        <translation>, alltså {due}</translation>
    </message>
    <message>
        <source>: {due}</source>
        <translation>: {due}</translation>
    </message>
    <message>
        <source>waiting for the identity information asked on {date}: the month starts again when it arrives (Art. 12(6))</source>
        <translation>väntar på identitetsuppgifterna som begärdes {date}: månaden börjar om när de kommer in (artikel 12.6)</translation>
    </message>
    <message>
        <source> (the setting&apos;s {days} working days when it was logged)</source>
        <translation> (inställningens {days} arbetsdagar när begäran registrerades)</translation>
    </message>
    <message>
        <source> (the term agreed in the data processing agreement)</source>
        <translation> (tidsfristen som avtalats i personuppgiftsbiträdesavtalet)</translation>
    </message>
    <message>
        <source> (stored: {date}, computed under earlier holiday settings)</source>
        <translation> (sparat: {date}, beräknat enligt tidigare helgdagsinställningar)</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Evaluation or scoring, profiling, predicting</source>
        <translation>Utvärdering eller poängsättning, profilering, förutsägelse</translation>
    </message>
    <message>
        <source>Automated decision with legal or similar effect</source>
        <translation>Automatiserat beslut med rättslig eller liknande verkan</translation>
    </message>
    <message>
        <source>Systematic monitoring</source>
        <translation>Systematisk övervakning</translation>
    </message>
    <message>
        <source>Sensitive or highly personal data</source>
        <translation>Känsliga eller mycket personliga uppgifter</translation>
    </message>
    <message>
        <source>Large scale</source>
        <translation>Storskalig behandling</translation>
    </message>
    <message>
        <source>Matching or combining data sets</source>
        <translation>Matchning eller sammanförande av datamängder</translation>
    </message>
    <message>
        <source>Vulnerable data subjects</source>
        <translation>Sårbara registrerade</translation>
    </message>
    <message>
        <source>Innovative technology or organisational solutions</source>
        <translation>Ny teknik eller organisatoriska lösningar</translation>
    </message>
    <message>
        <source>Prevents exercising a right or using a service</source>
        <translation>Hindrar att en rättighet utövas eller en tjänst används</translation>
    </message>
    <message>
        <source>Biometric data for unique identification</source>
        <translation>Biometriska uppgifter för unik identifiering</translation>
    </message>
    <message>
        <source>Genetic data</source>
        <translation>Genetiska uppgifter</translation>
    </message>
    <message>
        <source>Location data</source>
        <translation>Platsuppgifter</translation>
    </message>
    <message>
        <source>Information withheld under Art. 14(5)(b)</source>
        <translation>Information som inte lämnats enligt art. 14.5 b</translation>
    </message>
    <message>
        <source>Whistleblowing system</source>
        <translation>Visselblåsarsystem</translation>
    </message>
    <message>
        <source>{0}: the record lists it, so it counts without a tick.</source>
        <translation>{0}: registret anger det, så det räknas utan bock.</translation>
    </message>
    <message>
        <source>Large-scale processing of special categories or criminal data requires an assessment (Art. 35(3)(b)).</source>
        <translation>Behandling i stor omfattning av särskilda kategorier eller uppgifter om lagöverträdelser kräver en konsekvensbedömning (artikel 35.3 b).</translation>
    </message>
    <message>
        <source>A whistleblowing system is on the Ombudsman&apos;s list on its own.</source>
        <translation>Ett visselblåsarsystem finns på Dataombudsmannens lista redan i sig.</translation>
    </message>
    <message>
        <source>{0} needs at least one further WP248 criterion to be on the Ombudsman&apos;s list.</source>
        <translation>{0} behöver minst ett ytterligare WP248-kriterium för att finnas på Dataombudsmannens lista.</translation>
    </message>
    <message>
        <source>{0} with a further criterion is on the Ombudsman&apos;s list.</source>
        <translation>{0} med ytterligare ett kriterium finns på Dataombudsmannens lista.</translation>
    </message>
    <message>
        <source>Impact assessment screening — {0}</source>
        <translation>Förhandsbedömning av konsekvensbedömning — {0}</translation>
    </message>
    <message>
        <source>WP248 criteria (two or more: an assessment is likely required)</source>
        <translation>WP248-kriterier (två eller fler: en bedömning krävs sannolikt)</translation>
    </message>
    <message>
        <source>The Data Protection Ombudsman&apos;s list</source>
        <translation>Dataombudsmannens lista</translation>
    </message>
    <message>
        <source>The activity&apos;s record lists such data.</source>
        <translation>Behandlingens registerpost anger sådana uppgifter.</translation>
    </message>
    <message>
        <source>The Data Protection Ombudsman&apos;s list of {0}</source>
        <translation>Dataombudsmannens lista per {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;An impact assessment is likely required.&lt;/b&gt;</source>
        <translation>&lt;b&gt;En konsekvensbedömning krävs sannolikt.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;An impact assessment is not likely required.&lt;/b&gt;</source>
        <translation>&lt;b&gt;En konsekvensbedömning krävs sannolikt inte.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Organisation and its DPO (heads every report)</source>
        <translation>Organisationen och dess dataskyddsombud (står överst i varje rapport)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>DPO name</source>
        <translation>Dataskyddsombudets namn</translation>
    </message>
    <message>
        <source>DPO e-mail</source>
        <translation>Dataskyddsombudets e-post</translation>
    </message>
    <message>
        <source>DPO phone</source>
        <translation>Dataskyddsombudets telefon</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tidszon</translation>
    </message>
    <message>
        <source>Holiday country</source>
        <translation>Land för helgdagar</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Rapportspråk</translation>
    </message>
    <message>
        <source>This window (your own preference, not the store&apos;s)</source>
        <translation>Det här fönstret (ditt eget val, inte filens)</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Fönstrets språk</translation>
    </message>
    <message>
        <source>Applies the next time DPO Desk starts.</source>
        <translation>Gäller från nästa gång DPO Desk startas.</translation>
    </message>
    <message>
        <source>Rules and reminders</source>
        <translation>Regler och påminnelser</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Spara (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Save the settings</source>
        <translation>S&amp;para inställningarna</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>starts again when the information arrives</source>
        <translation>börjar om när uppgifterna kommer in</translation>
    </message>
    <message>
        <source>keeps running from receipt</source>
        <translation>löper vidare från mottagandet</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message>
        <source>Import {0}</source>
        <translation>Importera {0}</translation>
    </message>
    <message>
        <source>Not used in this file</source>
        <translation>Används inte i den här filen</translation>
    </message>
    <message>
        <source>day/month/year (05/03/2026 is 5 March)</source>
        <translation>dag/månad/år (05/03/2026 är 5 mars)</translation>
    </message>
    <message>
        <source>month/day/year (05/03/2026 is 3 May)</source>
        <translation>månad/dag/år (05/03/2026 är 3 maj)</translation>
    </message>
    <message>
        <source>Import into:</source>
        <translation>Importera till:</translation>
    </message>
    <message>
        <source>Dates written with slashes:</source>
        <translation>Datum skrivna med snedstreck:</translation>
    </message>
    <message>
        <source>Say how to read dates like 05/03/2026; 2026-03-05 and 5.3.2026 are always clear.</source>
        <translation>Ange hur datum som 05/03/2026 ska läsas; 2026-03-05 och 5.3.2026 är alltid entydiga.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Läses som</translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>Inga fel.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Läser filen…</translation>
    </message>
    <message>
        <source>Skip the rows in error and import the others</source>
        <translation>Hoppa över rader med fel och importera de andra</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>No register of this version can be imported from a spreadsheet yet.</source>
        <translation>Inget register av den här versionen kan ännu importeras från ett kalkylblad.</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Logg över begäranden</translation>
    </message>
    <message>
        <source>Breach register</source>
        <translation>Incidentregister</translation>
    </message>
    <message>
        <source>Subprocessor register</source>
        <translation>Register över underbiträden</translation>
    </message>
    <message>
        <source>Record of processing activities</source>
        <translation>Register över behandling</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— utelämna —</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Kontrollerar varje rad…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Choose the column for: {0}.</source>
        <translation>Välj kolumnen för: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import.</source>
        <translation>
            <numerusform>%n rad klar att importeras.</numerusform>
            <numerusform>%n rader klara att importeras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors.</source>
        <translation>
            <numerusform>%n rad med fel.</numerusform>
            <numerusform>%n rader med fel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {0} of sheet {1}, column {2}</source>
        <translation>Rad {0} på bladet {1}, kolumn {2}</translation>
    </message>
    <message>
        <source>Row {0}, column {1}</source>
        <translation>Rad {0}, kolumn {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>%n rad importerad.</numerusform>
            <numerusform>%n rader importerade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in error skipped.</source>
        <translation>
            <numerusform>%n rad med fel hoppades över.</numerusform>
            <numerusform>%n rader med fel hoppades över.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaleEdit</name>
    <message>
        <source>This case</source>
        <translation>Ärendet</translation>
    </message>
    <message>
        <source>{0} was changed by {1} at {2} after you opened it.</source>
        <translation>{0} ändrades av {1} {2} efter att du öppnade det.</translation>
    </message>
    <message>
        <source>{0} was changed by someone else after you opened it.</source>
        <translation>{0} ändrades av någon annan efter att du öppnade det.</translation>
    </message>
    <message>
        <source>Your change was not saved. Reload the case to see theirs, then redo yours.</source>
        <translation>Din ändring sparades inte. Läs in ärendet på nytt för att se den andras ändring och gör sedan om din.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Ändrat av någon annan</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Läs in på nytt</translation>
    </message>
</context>
<context>
    <name>TableName</name>
    <message>
        <source>cases of processing activities</source>
        <translation>behandlingarnas ärenden</translation>
    </message>
    <message>
        <source>purposes of processing</source>
        <translation>ändamål med behandlingen</translation>
    </message>
    <message>
        <source>subprocessors of processing activities</source>
        <translation>behandlingarnas underbiträden</translation>
    </message>
    <message>
        <source>transfers of processing activities</source>
        <translation>behandlingarnas överföringar</translation>
    </message>
    <message>
        <source>risks of impact assessments</source>
        <translation>konsekvensbedömningarnas risker</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>bilagor</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>granskningslogg</translation>
    </message>
    <message>
        <source>breaches</source>
        <translation>personuppgiftsincidenter</translation>
    </message>
    <message>
        <source>breach notifications</source>
        <translation>anmälningar av personuppgiftsincidenter</translation>
    </message>
    <message>
        <source>impact assessments</source>
        <translation>konsekvensbedömningar</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>processing activities</source>
        <translation>behandlingar</translation>
    </message>
    <message>
        <source>notices to recipients</source>
        <translation>meddelanden till mottagare</translation>
    </message>
    <message>
        <source>reference counters</source>
        <translation>referensräknare</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>begäranden</translation>
    </message>
    <message>
        <source>request timelines</source>
        <translation>begärandenas tidslinjer</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>inställningar</translation>
    </message>
    <message>
        <source>store information</source>
        <translation>databasens uppgifter</translation>
    </message>
    <message>
        <source>subprocessors</source>
        <translation>underbiträden</translation>
    </message>
    <message>
        <source>subprocessor announcements</source>
        <translation>meddelanden om underbiträden</translation>
    </message>
    <message>
        <source>objections to subprocessors</source>
        <translation>invändningar mot underbiträden</translation>
    </message>
    <message>
        <source>transfers by subprocessors</source>
        <translation>underbiträdenas överföringar</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer to {0}</source>
        <translation>Överföring till {0}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ingen ännu</translation>
    </message>
    <message>
        <source>adequacy decision</source>
        <translation>adekvansbeslut</translation>
    </message>
    <message>
        <source>standard contractual clauses</source>
        <translation>standardavtalsklausuler</translation>
    </message>
    <message>
        <source>binding corporate rules</source>
        <translation>bindande företagsbestämmelser</translation>
    </message>
    <message>
        <source>Art. 49(1) derogation</source>
        <translation>Undantag enligt art. 49.1</translation>
    </message>
    <message>
        <source>(a) explicit consent</source>
        <translation>(a) uttryckligt samtycke</translation>
    </message>
    <message>
        <source>(b) contract with the data subject</source>
        <translation>(b) avtal med den registrerade</translation>
    </message>
    <message>
        <source>(c) contract in the data subject&apos;s interest</source>
        <translation>(c) avtal i den registrerades intresse</translation>
    </message>
    <message>
        <source>(d) important reasons of public interest</source>
        <translation>(d) viktiga skäl som rör allmänintresset</translation>
    </message>
    <message>
        <source>(e) legal claims</source>
        <translation>(e) rättsliga anspråk</translation>
    </message>
    <message>
        <source>(f) vital interests</source>
        <translation>(f) grundläggande intressen</translation>
    </message>
    <message>
        <source>(g) public register</source>
        <translation>(g) offentligt register</translation>
    </message>
    <message>
        <source>compelling legitimate interests (second subparagraph)</source>
        <translation>tvingande berättigade intressen (andra stycket)</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Skyddsåtgärd</translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation>SCC-modul</translation>
    </message>
    <message>
        <source>SCC set</source>
        <translation>SCC-uppsättning</translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation>Undantag</translation>
    </message>
    <message>
        <source>Transfer impact assessment</source>
        <translation>Bedömning av överföringens konsekvenser</translation>
    </message>
    <message>
        <source>Review the assessment on</source>
        <translation>Se över bedömningen den</translation>
    </message>
    <message>
        <source>Supplementary measures</source>
        <translation>Kompletterande åtgärder</translation>
    </message>
    <message>
        <source>Fallback safeguard</source>
        <translation>Reservskyddsåtgärd</translation>
    </message>
    <message>
        <source>Fallback SCC module</source>
        <translation>Reserv-SCC-modul</translation>
    </message>
    <message>
        <source>No adequacy decision covers {0}.</source>
        <translation>Inget adekvansbeslut omfattar {0}.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Inget sparades.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Wrong passphrase: the store could not be unlocked with it (nothing was changed).</source>
        <translation>Fel lösenfras: filen kunde inte låsas upp med den (inget ändrades).</translation>
    </message>
    <message>
        <source>Unlock DPO Desk</source>
        <translation>Lås upp DPO Desk</translation>
    </message>
    <message>
        <source>Passphrase for {0}:</source>
        <translation>Lösenfras för {0}:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
</context>
<context>
    <name>_ActionDialog</name>
    <message>
        <source>Nothing was saved.</source>
        <translation>Inget sparades.</translation>
    </message>
</context>
<context>
    <name>edit</name>
    <message>
        <source>Show the passphrase</source>
        <translation>Visa lösenfrasen</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Dölj lösenfrasen</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>— none recorded —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent, Art. 6(1)(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract, Art. 6(1)(b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligation, Art. 6(1)(c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital interests, Art. 6(1)(d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public task, Art. 6(1)(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interests, Art. 6(1)(f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a) Explicit consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(b) Employment and social security law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(c) Vital interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(d) Not-for-profit body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(e) Made public by the data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(f) Legal claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(g) Substantial public interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(h) Health or social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(i) Public health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(j) Archiving, research, statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard contractual clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequacy decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding corporate rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derogation (Art. 49)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safeguard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint controllers / controllers served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2027-06-30 (empty: a review period from the last review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes and legal bases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9(2) condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balancing test date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balancing conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each purpose needs its Art. 6(1) basis; legitimate interests need the balancing test&apos;s date and conclusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special categories (Art. 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a special category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal data (Art. 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients and transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked subprocessors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference, e.g. SP-0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers of linked subprocessors are derived; add only others here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other transfers outside the EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention and security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention or its criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security measures (Art. 32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdequacyDialog</name>
    <message>
        <source>Adequacy decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a newer list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an adequacy list file and use it from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequacy decisions as of {0}, from {1}. The EEA: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer adequacy list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequacy list (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the adequacy list of {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnounceDialog</name>
    <message>
        <source>Customers are told before the change takes effect (Art. 28(2)); they may object until the end of the objection period, which becomes a deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect on (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— nothing: a new subprocessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Fictional demo data — this store&apos;s passphrase is “{0}”. File: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Impact assessment — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a) Description and purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(b) Necessity and proportionality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk to data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(c) Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(d) Measures envisaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DPO&apos;s advice (Art. 35(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior consultation (Art. 36) on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed when a high residual risk remains, e.g. 2026-05-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 35(7): the assessment contains at least (a) to (d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachments yet. Add e-mails, letters, scans or images with “Add…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Attachments&lt;/b&gt; (kept encrypted in the store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attached %n file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save the attachment as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {0}. It is not encrypted there: delete it when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {0} for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference (e.g. DSR-2026-0001):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record, e.g. DSR-2026-0001 (part of it is enough)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see each field before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to the store, newest first. Each entry&apos;s hash covers its content and the entry before it, so an entry altered, removed or reordered outside DPO Desk shows up when the chain is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {0}: {1} of {2} by {3} at {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(its values were removed by a retention purge; the chain still covers their seal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed by retention purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying… {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The chain verifies: %n entries, each linked to the one before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at entry {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Back up the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO Desk store (*.dpodesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: {0}
It opens with the same passphrase as this store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachDetail</name>
    <message>
        <source>Close breach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ransomware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data exfiltration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal human error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost or stolen device or paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misdelivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accidental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliberate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became aware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause (EDPB 01/2021)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accidental or deliberate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System or processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special categories (Art. 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal convictions and offences (Art. 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal identity codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children or vulnerable people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subject categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects (approx.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of data subjects is an estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records (approx.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of records is an estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other member states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effects and measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security before the breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures taken after detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller (when we are processor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor told us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint controllers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person notifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other authorities notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police, NIS2, NCSC-FI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments, secure messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk to data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning (kept in the register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save risk decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late: reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it contained or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority&apos;s case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for the delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set case number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications to the supervisory authority, in phases (Art. 33(4))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not told: Art. 34(3) exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How (e-mail, letter, public notice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a) data protected, e.g. encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(b) later measures remove the high risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(c) disproportionate effort: public communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the exemption applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add their data categories to the facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n data categories from the activities; save the facts to keep them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification to the Ombudsman (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to data subjects (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first page of a generated document shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} · {cause} · aware {aware} ({zone}) · risk: {risk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial (preliminary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplementary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: supplementary notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: initial notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft of the initial notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk: tell the data subjects without undue delay (Art. 34), or record the exemption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required unless the risk is high; you may still tell them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As processor: controller told {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As processor: tell the controller without undue delay (Art. 33(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late, with reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the {0} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority notified {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notification to the authority: no risk (the reasoning is kept in the register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline passed {0} ago ({1}); notify now and give reasons for the delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify the authority within {0} — by {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplementary notifications follow without undue further delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the {0} hours: reasons for the delay are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the {0} hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk decision saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number of notification {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing summary (what was done, what was learnt):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: the document could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachesPage</name>
    <message>
        <source>Search reference or title (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a new breach (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became aware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline (72 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controller&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach register (xlsx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every breach, notified or not, with the reasoning of each decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a breach to see its clock, facts and notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every breach, notified or not, is kept here as the register of Art. 33(5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No breach matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No breaches recorded.

Press Ctrl+N to log one the moment you become aware:
the 72 hours to notify the Data Protection Ombudsman start then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the breach register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the register… {0}/{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryPicker</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>Reply to the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the requester about the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify the supervisory authority (72 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the data subjects (high risk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the controller of the breach (processor, Art. 33(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection period of a register change ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the transfer impact assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get the data processing agreement signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the data protection impact assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When identity information is asked for, the time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before a request&apos;s limit it counts as due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Eve ends no time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midsummer Eve ends no time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days customers have to object to a register change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me of a request&apos;s limit this many days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me of a breach limit this many hours ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review every processing activity within (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest attachment accepted (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the window after idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cases may be purged after (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart: starts again on the day the information arrives (Art. 12(6)); none: keeps the original clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finnish Time Limits Act 150/1930 §5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 28(2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s rights requests, breaches and register changes, for management or the authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights-request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request with its dates and outcome, and a sheet of statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach register (Art. 33(5))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every breach, notified or not, with facts, effects and the reasons for each decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of subprocessors (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printable register with countries and transfer safeguards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of subprocessors (spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register and its transfers on separate sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of processing activities, as controller (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(1): every activity the organisation controls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of processing activities, as processor (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 30(2): every category of processing carried out for customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of processing activities (spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every activity and its Art. 30 items, one row each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines calendar (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every open deadline as a calendar event with a reminder; importing again updates the events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole store as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in the store as one documented JSON file (for archiving or moving to another store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryListEdit</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a country or its code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateStoreDialog</name>
    <message>
        <source>Create a new DPO Desk store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in the store is encrypted with this passphrase. It cannot be recovered: keep it in your password manager. Several words make a strong one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should the store go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO Desk store (*.dpodesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file already exists there; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the store goes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {0} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %n day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every open deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every open deadline as calendar events (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing is due&lt;/h3&gt;&lt;p&gt;No request, breach, register entry or processing activity has an open deadline. Limits appear here as soon as cases are logged.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open deadline(s), {0} overdue. Double-click a row to open its case.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export deadlines as a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n deadline(s) to {0}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnisaHelper</name>
    <message>
        <source>ENISA 2013 severity helper: SE = DPC × EI + CB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this score with the risk decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 simple data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 behavioural data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 financial data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 sensitive data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise or lower for volume, the controller, vulnerable people, public data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.25 negligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.5 limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.75 significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malicious intent (+0.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of data (DPC base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ease of identification (EI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Export the whole store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %n row(s) to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO Desk export or register (*.json *.xlsx *.csv);;JSON (*.json);;Spreadsheet (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>All deadlines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you log a rights request or a breach, or fill the register of subprocessors and the records of processing, this page shows what is open, what is late and what falls due in the next two weeks, with the year&apos;s figures in charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due in the next %n day(s) ({0})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>open requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activities with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {0} (due {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing falls due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per month by type, {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on time: {0} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on time: no closed requests yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches by cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches by cause: none in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ransomware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data exfiltration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost or stolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misdelivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPlanDialog</name>
    <message>
        <source>Import {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet. This is what the import would do:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkedActivitiesPanel</name>
    <message>
        <source>Processing activities concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity linked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DPO Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export whole store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttachments of a case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About DPO Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;DPO Desk is locked&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page shows {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO Desk — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About DPO Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO Desk {0}
A Data Protection Officer&apos;s casebook, offline, in one encrypted file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewBreachDialog</name>
    <message>
        <source>Log a breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became aware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 72 hours run from this moment (time in {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log what is known now; everything can be completed later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New rights request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026-03-05 or 5.3.2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address or phone, if given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer for whom we process the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they ask, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We act as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: this receipt date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Something went wrong ({0}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This part of DPO Desk is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Search reference, name or owner (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a processing activity (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected activity (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact assessment screening of the selected activity (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the impact assessment of the selected activity (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record today&apos;s review of the selected activity (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of processing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller&apos;s record (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor&apos;s record (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller&apos;s record (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor&apos;s record (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact assessment of the selected activity (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No processing activities yet.

The record of processing (Art. 30) lists what the organisation does with personal data, why, on which legal basis and for how long.
Press Ctrl+N to add the first activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an activity to see its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Warnings&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vital interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legitimate interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n activities · {0} with warnings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subprocessors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(entered by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none outside the EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not screened yet (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>likely required (%n rule(s) fired)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; no assessment recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not likely required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ No warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the record… {0}/{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterActions</name>
    <message>
        <source>Announce {0} to the customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDetailPanel</name>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit safeguard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the safeguard of the selected transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objections until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record objection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer objects to the announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change took effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the announcement: the change went ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notice as PDF and e-mail text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objections to the selected announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No entry selected&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see its transfers, warnings, announcements and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPA signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPF certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterEditorDialog</name>
    <message>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New subprocessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business ID or registry number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service it provides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (purpose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data (comma list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects (comma list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves (our services or customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPA signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the EU-US Data Privacy Framework List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPF certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguard for the countries outside the EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adequacy decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard contractual clauses 2021/914</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binding corporate rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer impact assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the assessment on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the EEA: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every country is in the EEA: no transfer needs a safeguard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Every status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every safeguard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EEA only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequacy decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCCs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCRs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safeguard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With or without warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reference, name or service (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a subprocessor (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the entry (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce the change to customers (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequacy list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adequacy decisions in use, and a newer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the register with a preview (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the register as PDF or Excel (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subprocessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPA signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adequacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derogation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries, {0} with warnings · adequacy decisions as of {1}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No subprocessors yet&lt;/h3&gt;&lt;p&gt;Add the first one with &lt;b&gt;New…&lt;/b&gt; (Ctrl+N): who it is, the service it provides, and every country where it processes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced {0}: customers may object until {1}. Save the customer notice next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the customer notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterPrint</name>
    <message>
        <source>Print the register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is copied under the new passphrase, the copy is checked, and only then does it replace the store: if anything goes wrong, the current passphrase keeps working. Backups made before keep the passphrase they were made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is the current one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%n deadline(s) overdue: {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since your last session ({0}), %n deadline(s) became overdue: {1}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now overdue: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Every report and export DPO Desk writes. Files are written only where you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the annual report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available yet: the part of DPO Desk that writes it is not in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another report is being written; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestActionDialog</name>
    <message>
        <source>2026-03-05 or 5.3.2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We act as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information asked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information received…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be verified…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two further months, once, with reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension told…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the requester was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward to controller…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received as processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome and reply date (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the timeline (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, contact, what they ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for identity information…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, received by {1} — {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied {0} (due {1}) — {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time limit running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: the limit has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester was not told of the extension within the first month (Art. 12(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}; letters in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(controller not named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; forwarded {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the month runs from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} (requester told: {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the information needed to identify the requester (Art. 12(6)). Under the default setting the month starts again when it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity information arrived: the month runs from this day (default setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester&apos;s identity was confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity could not be confirmed; close the request with reasons afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit becomes three months from the same start (Art. 12(3)), once. The requester must be told of the extension and its reasons within the first month (by {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester told on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the requester was told of the extension and its reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward to the controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request received as a processor goes to the controller (Art. 28(3)(e)); this closes it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the outcome and the day the reply went out. A refusal needs its reasons; the refusal letter tells of the right to complain to the Data Protection Ombudsman and to a judicial remedy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are added to the timeline and never edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the requester&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each change is noted on the timeline. The type and the receipt date fix the time limit and are not corrected: close a wrongly logged request as withdrawn and log it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <source>access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automated decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partially fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarded to controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity information asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity information received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester told of the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to the controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details corrected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a new rights request (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reference, name or e-mail (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export request log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request log and statistics as a workbook (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: &lt;span style=&apos;background:#fde2e1&apos;&gt;&amp;nbsp;overdue&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fff4ce&apos;&gt;&amp;nbsp;due soon&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#f2f2f2&apos;&gt;&amp;nbsp;closed&amp;nbsp;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a request to see its time limit, actions and timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No request matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rights requests yet.
Log the first one with New request (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the request log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n request(s) to {0}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save reply letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the letter…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is checked before anything is replaced: it must open with its passphrase, pass SQLite&apos;s and SQLCipher&apos;s integrity checks, and come from this version of DPO Desk or an earlier one. The store&apos;s present content is kept in a copy beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO Desk store (*.dpodesk *.bak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound: schema {0}, {1} audit entries, {2} KB. Restore replaces the open store with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for what may go…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases closed longer ago than the retention setting go whole: the case, its timeline, its attachments and the values in its audit entries. ID documents of requests whose identity has been verified go too. Nothing goes before you confirm; the audit trail records what went. Backups and exports made earlier keep their copies until you delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be purged as of {0}: closed cases {1}, ID documents {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs purging as of {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove for good: closed cases {0}, ID documents {1}? This cannot be undone, except by restoring a backup made before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged closed cases {0}, ID documents {1}; the values of {2} audit entries went with them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <source>Retired on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Evaluation or scoring, profiling, predicting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decision with legal or similar effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systematic monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive or highly personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching or combining data sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerable data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innovative technology or organisational solutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevents exercising a right or using a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biometric data for unique identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genetic data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information withheld under Art. 14(5)(b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whistleblowing system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whistleblowing system is on the Ombudsman&apos;s list on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} needs at least one further WP248 criterion to be on the Ombudsman&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} with a further criterion is on the Ombudsman&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact assessment screening — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WP248 criteria (two or more: an assessment is likely required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Data Protection Ombudsman&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Data Protection Ombudsman&apos;s list of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;An impact assessment is likely required.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;An impact assessment is not likely required.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Organisation and its DPO (heads every report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules and reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts again when the information arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeps running from receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message>
        <source>Import {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day/month/year (05/03/2026 is 5 March)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month/day/year (05/03/2026 is 3 May)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates written with slashes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how to read dates like 05/03/2026; 2026-03-05 and 5.3.2026 are always clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the rows in error and import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No register of this version can be imported from a spreadsheet yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column for: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows ready: {0}. Rows with errors: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows imported: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows in error skipped: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adequacy decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard contractual clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binding corporate rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 49(1) derogation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a) explicit consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(b) contract with the data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(c) contract in the data subject&apos;s interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(d) important reasons of public interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(e) legal claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(f) vital interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(g) public register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compelling legitimate interests (second subparagraph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCC set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer impact assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the assessment on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplementary measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback safeguard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback SCC module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No adequacy decision covers {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock DPO Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ActionDialog</name>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

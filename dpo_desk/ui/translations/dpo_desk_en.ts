<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttachmentsPanel</name>
    <message numerus="yes">
        <source>Attached %n file(s).</source>
        <translation>
            <numerusform>Attached %n file.</numerusform>
            <numerusform>Attached %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chain verifies: %n entries, each linked to the one before.</source>
        <translation>
            <numerusform>The chain verifies: %n entry, linked to the one before.</numerusform>
            <numerusform>The chain verifies: %n entries, each linked to the one before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachDetail</name>
    <message numerus="yes">
        <source>Added %n data categories from the activities; save the facts to keep them.</source>
        <translation>
            <numerusform>Added %n data category from the activities; save the facts to keep it.</numerusform>
            <numerusform>Added %n data categories from the activities; save the facts to keep them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachesPage</name>
    <message numerus="yes">
        <source>%n breach(es)</source>
        <translation>
            <numerusform>%n breach</numerusform>
            <numerusform>%n breaches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deadline(s), {0} overdue. Double-click a row to open its case.</source>
        <translation>
            <numerusform>%n open deadline, {0} overdue. Double-click a row to open its case.</numerusform>
            <numerusform>%n open deadlines, {0} overdue. Double-click a row to open its case.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n deadline(s) to {0}.</source>
        <translation>
            <numerusform>Wrote %n deadline to {0}.</numerusform>
            <numerusform>Wrote %n deadlines to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>Due in the next %n day(s) ({0})</source>
        <translation>
            <numerusform>Due in the next %n day ({0})</numerusform>
            <numerusform>Due in the next %n days ({0})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more: all of them on the Deadlines page</source>
        <translation>
            <numerusform>%n more: all of them on the Deadlines page</numerusform>
            <numerusform>%n more: all of them on the Deadlines page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPlanDialog</name>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n to add</numerusform>
            <numerusform>%n to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to change</source>
        <translation>
            <numerusform>%n to change</numerusform>
            <numerusform>%n to change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to add</source>
        <translation>
            <numerusform>%n row to add</numerusform>
            <numerusform>%n rows to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of imported records written</source>
        <translation>
            <numerusform>%n row of imported records written</numerusform>
            <numerusform>%n rows of imported records written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries of the file&apos;s audit trail kept out: this store&apos;s own trail has begun</source>
        <translation>
            <numerusform>%n entry of the file&apos;s audit trail kept out: this store&apos;s own trail has begun</numerusform>
            <numerusform>%n entries of the file&apos;s audit trail kept out: this store&apos;s own trail has begun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries restored as they were</source>
        <translation>
            <numerusform>%n entry restored as it was</numerusform>
            <numerusform>%n entries restored as they were</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them sealed anew (written before DPO Desk sealed values)</source>
        <translation>
            <numerusform>%n of them sealed anew (written before DPO Desk sealed values)</numerusform>
            <numerusform>%n of them sealed anew (written before DPO Desk sealed values)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Updated: %n change(s) by others</source>
        <translation>
            <numerusform>Updated: %n change by others</numerusform>
            <numerusform>Updated: %n changes by others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to {0}.</source>
        <translation>
            <numerusform>Wrote %n row to {0}.</numerusform>
            <numerusform>Wrote %n rows to {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n WP248 criteria apply ({0}): two or more make an assessment likely required.</source>
        <translation>
            <numerusform>%n WP248 criterion applies ({0}): two or more make an assessment likely required.</numerusform>
            <numerusform>%n WP248 criteria apply ({0}): two or more make an assessment likely required.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n WP248 criteria apply: fewer than two do not require an assessment on their own.</source>
        <translation>
            <numerusform>%n WP248 criterion applies: fewer than two do not require an assessment on their own.</numerusform>
            <numerusform>%n WP248 criteria apply: fewer than two do not require an assessment on their own.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message numerus="yes">
        <source>%n activities · {0} with warnings</source>
        <translation>
            <numerusform>%n activity · {0} with warnings</numerusform>
            <numerusform>%n activities · {0} with warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>likely required (%n rule(s) fired)</source>
        <translation>
            <numerusform>likely required (%n rule fired)</numerusform>
            <numerusform>likely required (%n rules fired)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message numerus="yes">
        <source>%n entries, {0} with warnings · adequacy decisions as of {1}</source>
        <translation>
            <numerusform>%n entry, {0} with warnings · adequacy decisions as of {1}</numerusform>
            <numerusform>%n entries, {0} with warnings · adequacy decisions as of {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%n deadline(s) overdue: {0}</source>
        <translation>
            <numerusform>%n deadline overdue: {0}</numerusform>
            <numerusform>%n deadlines overdue: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since your last session ({0}), %n deadline(s) became overdue: {1}</source>
        <translation>
            <numerusform>Since your last session ({0}), %n deadline became overdue: {1}</numerusform>
            <numerusform>Since your last session ({0}), %n deadlines became overdue: {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n request(s) to {0}.</source>
        <translation>
            <numerusform>Wrote %n request to {0}.</numerusform>
            <numerusform>Wrote %n requests to {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n notice(s) to the recipients.</source>
        <translation>
            <numerusform>Wrote %n notice to the recipients.</numerusform>
            <numerusform>Wrote %n notices to the recipients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <source>closed before {0} (%n year(s))</source>
        <translation>
            <numerusform>closed before {0} (%n year)</numerusform>
            <numerusform>closed before {0} (%n years)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) ready to import.</source>
        <translation>
            <numerusform>%n row ready to import.</numerusform>
            <numerusform>%n rows ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors.</source>
        <translation>
            <numerusform>%n row with errors.</numerusform>
            <numerusform>%n rows with errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>%n row imported.</numerusform>
            <numerusform>%n rows imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in error skipped.</source>
        <translation>
            <numerusform>%n row in error skipped.</numerusform>
            <numerusform>%n rows in error skipped.</numerusform>
        </translation>
    </message>
</context>
</TS>

"""Words the core keeps in English (deadline kinds, setting labels, report kinds), marked for translation.

The core imports no Qt, so its words are listed here literally for pyside6-lupdate;
tests/ui/test_translations.py fails when the core gains a word this list lacks.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from dpo_desk.ui.i18n import translate

CONTEXT = "CoreText"

MARKED: frozenset[str] = frozenset(
    {
        # deadline kinds (services/deadlines.py KIND_LABELS)
        QT_TRANSLATE_NOOP("CoreText", "Reply to the request"),
        QT_TRANSLATE_NOOP("CoreText", "Tell the requester about the extension"),
        QT_TRANSLATE_NOOP("CoreText", "Tell the recipients of the rectification, erasure or restriction (Art. 19)"),
        QT_TRANSLATE_NOOP("CoreText", "Notify the supervisory authority (72 h)"),
        QT_TRANSLATE_NOOP("CoreText", "Tell the data subjects (high risk)"),
        QT_TRANSLATE_NOOP("CoreText", "Tell the controller of the breach (processor, Art. 33(2))"),
        QT_TRANSLATE_NOOP("CoreText", "Objection period of a register change ends"),
        QT_TRANSLATE_NOOP("CoreText", "Review the transfer impact assessment"),
        QT_TRANSLATE_NOOP("CoreText", "Get the data processing agreement signed"),
        QT_TRANSLATE_NOOP("CoreText", "Review the processing activity"),
        QT_TRANSLATE_NOOP("CoreText", "Review the data protection impact assessment"),
        QT_TRANSLATE_NOOP("CoreText", "Forward the request to the controller"),
        # the rules the deadline overview cites (the services' Deadline.rule)
        QT_TRANSLATE_NOOP("CoreText", "GDPR Art. 12(3); Reg. 1182/71 Art. 3"),
        QT_TRANSLATE_NOOP(
            "CoreText", "GDPR Art. 12(3): tell the requester of the extension and its reasons within the first month"
        ),
        QT_TRANSLATE_NOOP("CoreText", "GDPR Art. 28(3)(e): forward to the controller without undue delay"),
        QT_TRANSLATE_NOOP("CoreText", "GDPR Art. 19: tell each recipient of the rectification, erasure or restriction"),
        QT_TRANSLATE_NOOP("CoreText", "GDPR Art. 33(1): 72 hours from awareness"),
        QT_TRANSLATE_NOOP("CoreText", "GDPR Art. 34(1): without undue delay"),
        QT_TRANSLATE_NOOP("CoreText", "Art. 28(2): customers may object until the end of the period"),
        QT_TRANSLATE_NOOP("CoreText", "Art. 46: the safeguard must stay effective (EDPB Recommendations 01/2020)"),
        QT_TRANSLATE_NOOP("CoreText", "Art. 28(3)-(4): processing by a subprocessor is governed by a contract"),
        QT_TRANSLATE_NOOP("CoreText", "Art. 30, Art. 5(2)"),  # services/records.py: review an activity
        QT_TRANSLATE_NOOP("CoreText", "Art. 35(11)"),  # services/records.py: review an impact assessment
        # a breach's standing warnings (services/breaches.py _warnings)
        QT_TRANSLATE_NOOP("CoreText", "The risk to data subjects has not been decided."),
        QT_TRANSLATE_NOOP("CoreText", "The risk decision has no reasoning (the register needs it, Art. 33(5))."),
        QT_TRANSLATE_NOOP(
            "CoreText", "As a processor: tell the controller without undue delay (Art. 33(2)) and record when."
        ),
        QT_TRANSLATE_NOOP("CoreText", "The supervisory authority has not been notified."),
        QT_TRANSLATE_NOOP(
            "CoreText",
            "High risk: tell the data subjects (Art. 34), or record the Art. 34(3) exemption and why.",
        ),
        QT_TRANSLATE_NOOP(
            "CoreText",
            "Art. 34(3)(b) is relied on: the Data Protection Ombudsman's guidance of 8 November 2023 is that data "
            "subjects are to be told whenever the risk was high, even if measures taken later removed it; the "
            "Ombudsman can order it.",
        ),
        # setting labels and rules (dpo_desk/settings.py)
        QT_TRANSLATE_NOOP("CoreText", "When identity information is asked for, the time limit"),
        QT_TRANSLATE_NOOP("CoreText", "Days before a request's limit it counts as due soon"),
        QT_TRANSLATE_NOOP(
            "CoreText", "Days after a rectification, erasure or restriction to tell its recipients (Art. 19)"
        ),
        QT_TRANSLATE_NOOP("CoreText", "Christmas Eve ends no time limit"),
        QT_TRANSLATE_NOOP("CoreText", "Midsummer Eve ends no time limit"),
        QT_TRANSLATE_NOOP("CoreText", "Days customers have to object to a register change"),
        QT_TRANSLATE_NOOP("CoreText", "Remind me of a request's limit this many days ahead"),
        QT_TRANSLATE_NOOP("CoreText", "Remind me of a breach limit this many hours ahead"),
        QT_TRANSLATE_NOOP("CoreText", "Review every processing activity within (months)"),
        QT_TRANSLATE_NOOP(
            "CoreText", "A request received as a processor is forwarded to the controller within (working days)"
        ),
        QT_TRANSLATE_NOOP(
            "CoreText",
            "Art. 28(3)(e) says only 'without undue delay' (assist the controller); a term agreed in the data "
            "processing agreement, entered on the request, takes its place",
        ),
        QT_TRANSLATE_NOOP("CoreText", "Largest attachment accepted (MB)"),
        QT_TRANSLATE_NOOP("CoreText", "Largest spreadsheet accepted for import, unpacked (MB)"),
        QT_TRANSLATE_NOOP("CoreText", "Most rows a spreadsheet import reads"),
        QT_TRANSLATE_NOOP("CoreText", "Lock the window after idle minutes"),
        QT_TRANSLATE_NOOP("CoreText", "Daily backups kept"),
        QT_TRANSLATE_NOOP("CoreText", "Closed cases may be purged after (years)"),
        QT_TRANSLATE_NOOP(
            "CoreText",
            "restart: starts again on the day the information arrives (Art. 12(6)); none: keeps the original clock",
        ),
        QT_TRANSLATE_NOOP("CoreText", "Finnish Time Limits Act 150/1930 §5"),
        QT_TRANSLATE_NOOP("CoreText", "Art. 28(2)"),
        # report kinds (reporting/catalogue.py)
        QT_TRANSLATE_NOOP("CoreText", "Annual report"),
        QT_TRANSLATE_NOOP(
            "CoreText", "The year's rights requests, breaches and register changes, for management or the authority."
        ),
        QT_TRANSLATE_NOOP("CoreText", "Rights-request log"),
        QT_TRANSLATE_NOOP("CoreText", "Every request with its dates and outcome, and a sheet of statistics."),
        QT_TRANSLATE_NOOP("CoreText", "Breach register (Art. 33(5))"),
        QT_TRANSLATE_NOOP(
            "CoreText", "Every breach, notified or not, with facts, effects and the reasons for each decision."
        ),
        QT_TRANSLATE_NOOP("CoreText", "Register of subprocessors (PDF)"),
        QT_TRANSLATE_NOOP("CoreText", "The printable register with countries and transfer safeguards."),
        QT_TRANSLATE_NOOP("CoreText", "Register of subprocessors (spreadsheet)"),
        QT_TRANSLATE_NOOP("CoreText", "The register and its transfers on separate sheets."),
        QT_TRANSLATE_NOOP("CoreText", "Record of processing activities, as controller (PDF)"),
        QT_TRANSLATE_NOOP("CoreText", "Art. 30(1): every activity the organisation controls."),
        QT_TRANSLATE_NOOP("CoreText", "Record of processing activities, as processor (PDF)"),
        QT_TRANSLATE_NOOP("CoreText", "Art. 30(2): every category of processing carried out for customers."),
        QT_TRANSLATE_NOOP("CoreText", "Record of processing activities (spreadsheet)"),
        QT_TRANSLATE_NOOP("CoreText", "Every activity and its Art. 30 items, one row each."),
        QT_TRANSLATE_NOOP("CoreText", "Deadlines calendar (.ics)"),
        QT_TRANSLATE_NOOP(
            "CoreText", "Every open deadline as a calendar event with a reminder; importing again updates the events."
        ),
        QT_TRANSLATE_NOOP("CoreText", "Whole store as JSON"),
        QT_TRANSLATE_NOOP(
            "CoreText",
            "Everything in the store as one documented JSON file (for archiving or moving to another store).",
        ),
        # passphrase strength (ui/dialogs/passphrase.py strength_hint)
        QT_TRANSLATE_NOOP("CoreText", "too short"),
        QT_TRANSLATE_NOOP("CoreText", "weak"),
        QT_TRANSLATE_NOOP("CoreText", "fair"),
        QT_TRANSLATE_NOOP("CoreText", "good"),
        QT_TRANSLATE_NOOP("CoreText", "strong"),
    }
)


# Qt's own Finnish says "Peru" on its standard Cancel buttons; desktop Finnish, and this window, say "Peruuta".
# Our translator is consulted before Qt's, so this one message overrides it in every language.
QT_WORDS = (QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),)


def core_text(text: str) -> str:
    """The window's language for a word the core defined in English (unknown words stay as they are)."""
    return translate(CONTEXT, text)

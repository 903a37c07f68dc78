"""The window's wording of the reasons the core refuses an input of stores, backups, outputs,
reports, bundles and settings.
"""

from __future__ import annotations

from dpo_desk.ui.i18n import translate


def wordings() -> dict[str, str]:
    """Each reason by its code, in the window's language, without its field."""
    return {
        # passphrases (domain/passphrase, store/keying, store/engine)
        "passphrase-too-short": translate("InputReason", "is too short: use at least {least} characters"),
        "nul-character": translate("InputReason", "must not contain a NUL character"),
        "no-passphrase": translate("InputReason", "is empty: give the store's passphrase"),
        # every file the program writes (outputs, reporting): a report, a log, a bundle, a backup
        "no-file-name": translate("InputReason", "is empty: name the file to write"),
        "not-a-plain-name": translate("InputReason", "holds control or bidi characters; choose a plain file name"),
        "is-a-folder": translate("InputReason", "is a folder; give a file name"),
        "no-such-folder": translate("InputReason", "is in a folder that does not exist"),
        "not-a-regular-file": translate("InputReason", "is not a regular file"),
        # the window asks before replacing a file; the command line's words name its --force
        "file-exists": translate("InputReason", "already exists; choose another name"),
        "store-file": translate("InputReason", "is the store or one of its own files; choose another file"),
        "in-backup-folder": translate("InputReason", "is in the store's backup folder; choose another file"),
        "store-backup": translate("InputReason", "is one of the store's backups; choose another file"),
        "cannot-write": translate("InputReason", "cannot be written ({why})"),  # why: the system's own words
        "cannot-use": translate("InputReason", "cannot be used ({why})"),
        "wrong-suffix": translate("InputReason", "does not end in {suffixes}"),
        # spreadsheets written (reporting/xlsx): the field names the sheet, row and column
        "longer-than-a-cell": translate("InputReason", "is longer than a spreadsheet cell holds ({limit} characters)"),
        "not-storable-in-cell": translate("InputReason", "holds control characters a spreadsheet cannot store"),
        # evidence bundles read back (reporting/evidence_bundle)
        "not-a-zip": translate("InputReason", "is not a readable zip file"),
        "unsafe-member": translate("InputReason", "holds a path outside its folder: “{member}”"),
        "no-manifest": translate("InputReason", "has no {manifest}"),
        "manifest-unreadable": translate("InputReason", "has a {manifest} that cannot be read"),
        # backups and restores (store/backup)
        "no-such-file": translate("InputReason", "does not exist or is not a file"),
        "no-backup-name": translate("InputReason", "is empty: name the file (or folder) for the copy"),
        "cannot-make-folder": translate("InputReason", "is a folder that could not be made ({why})"),
        "kept-copy-exists": translate("InputReason", "already exists; try again in a second"),
        "is-the-store": translate("InputReason", "is the store itself"),
        # reports, the audit trail, the user's name, settings
        "not-a-year": translate("InputReason", "is not a year like 2026"),
        "before-since": translate("InputReason", "is before the start of the period ({since})"),
        "not-a-chain-head": translate(
            "InputReason", "is not a head printed by Verify the chain (64 hexadecimal digits)"
        ),
        "name-not-printable": translate("InputReason", "must be at most {most} printable characters"),
        "unknown-setting": translate("InputReason", "is not a setting (known: {known})"),
        "not-allowed-setting": translate("InputReason", "is not allowed here (default {default})"),
    }


def field_words() -> dict[str, str]:
    """The words of this area's input fields that the shared field words lack (by the core's name of the field)."""
    return {
        "lang": translate("FieldName", "language"),
        "new passphrase": translate("FieldName", "new passphrase"),
        "output file": translate("FieldName", "file to write"),
        "--zip": translate("FieldName", "evidence bundle file"),
        "bundle": translate("FieldName", "evidence bundle"),
        "backup file": translate("FieldName", "backup file"),
        "year": translate("FieldName", "year"),
        "until": translate("FieldName", "end of the period"),
        "expect_head": translate("FieldName", "head kept elsewhere"),
        "report": translate("FieldName", "report"),
        "setting": translate("FieldName", "setting"),
        # the settings (dpo_desk/settings.py), each refused by its key
        "requests.identity_clock": translate("FieldName", "time limit when identity information is asked"),
        "requests.processor_forward_working_days": translate(
            "FieldName", "forwarding to the controller (working days)"
        ),
        "requests.due_soon_days": translate("FieldName", "days before a request is due soon"),
        "requests.recipients_days": translate("FieldName", "days to tell the recipients (Art. 19)"),
        "holidays.christmas_eve_non_working": translate("FieldName", "Christmas Eve as a non-working day"),
        "holidays.midsummer_eve_non_working": translate("FieldName", "Midsummer Eve as a non-working day"),
        "register.objection_period_days": translate("FieldName", "days to object to a register change"),
        "reminders.request_days": translate("FieldName", "reminder of a request's limit (days ahead)"),
        "reminders.breach_hours": translate("FieldName", "reminder of a breach limit (hours ahead)"),
        "records.review_months": translate("FieldName", "review of processing activities (months)"),
        "attachments.max_megabytes": translate("FieldName", "largest attachment (MB)"),
        "import.max_unpacked_megabytes": translate("FieldName", "largest spreadsheet to import, unpacked (MB)"),
        "import.max_rows": translate("FieldName", "most rows an import reads"),
        "lock.idle_minutes": translate("FieldName", "lock after idle (minutes)"),
        "backups.keep": translate("FieldName", "daily backups kept"),
        "retention.closed_case_years": translate("FieldName", "closed cases may be purged after (years)"),
    }

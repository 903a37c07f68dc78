"""The window's wording of the reasons the core refuses an input of spreadsheet imports and exchange files.

The JSON export's reading (services/exchange, exchange_format, exchange_checks) and the spreadsheet's
(services/sheet_reader, spreadsheet_import, import_fields). A cell of a spreadsheet, and a value of an export's
row that the services would refuse, reuse the cell's reasons (cell_error_text: "required", "too-long",
"not-a-choice", "control-character") and the request's dates ("before-received").
"""

from __future__ import annotations

from dpo_desk.ui.i18n import translate


def wordings() -> dict[str, str]:
    """Each reason by its code, in the window's language, without its field."""
    return {
        # a JSON export (services/exchange, exchange_format, exchange_checks)
        "file-changed": translate("InputReason", "changed after it was checked; nothing was imported"),
        "file-unreadable": translate("InputReason", "cannot be read ({problem})"),
        "not-utf8": translate("InputReason", "is not UTF-8 text"),
        "not-json": translate("InputReason", "is not valid JSON (line {line}, column {column})"),
        "nested-too-deep": translate("InputReason", "is nested deeper than any export"),
        "number-no-field-takes": translate("InputReason", "holds a number that no field takes"),
        "not-an-export": translate("InputReason", 'is not a DPO Desk export (no "format": "{format}")'),
        "not-a-format-version": translate("InputReason", "“{value}” is not a format version"),
        "tables-missing": translate("InputReason", "is missing or not an object"),
        "appears-twice": translate("InputReason", "appears twice in the file"),
        "unknown-table": translate("InputReason", "“{value}” is not a table of this DPO Desk version"),
        "not-a-list-of-rows": translate("InputReason", "is not a list of rows"),
        "row-not-an-object": translate("InputReason", "is not an object"),
        "unknown-column": translate("InputReason", "“{value}” is not a column of this table"),
        "not-of-its-kind": translate("InputReason", "is not a valid value of its kind ({kind})"),
        "does-not-fit-store": translate("InputReason", "does not fit this store ({reason}); nothing was imported"),
        "breaks-audit-chain": translate(
            "InputReason", "entry {value} breaks the file's audit chain: the file's trail was altered"
        ),
        "required-when-closed": translate("InputReason", "is required for a closed request"),
        "closed-with-outcome": translate("InputReason", "must be closed for a request with an outcome"),
        "required-for-refusal": translate("InputReason", "is required for a refusal (Art. 12(4))"),
        "required-for-extension": translate("InputReason", "is required for an extension (Art. 12(3))"),
        # a spreadsheet (services/sheet_reader, spreadsheet_import, import_fields)
        "not-a-spreadsheet": translate("InputReason", "is not a spreadsheet: use .xlsx or .csv"),
        "file-not-found": translate("InputReason", "does not exist"),
        "larger-than-import-limit": translate("InputReason", "is larger than the import limit of {megabytes} MB"),
        "not-a-workbook": translate("InputReason", "could not be read as an Excel workbook"),
        "unpacks-past-import-limit": translate(
            "InputReason", "unpacks to {unpacked} MB, past the import limit of {megabytes} MB; nothing was read"
        ),
        "more-rows-than-import-limit": translate(
            "InputReason", "has more than {rows} rows, the import limit; nothing was read"
        ),
        "holds-no-rows": translate("InputReason", "holds no rows"),
        "no-header-row": translate("InputReason", "has no header row: its first row must name the columns"),
        "not-utf8-or-windows-1252": translate("InputReason", "is not text in UTF-8 or Windows-1252"),
        "not-valid-csv": translate(
            "InputReason", "is not valid CSV at line {line} (look at its quotation marks); nothing was read"
        ),
        "not-a-text-file": translate("InputReason", "is not a text file"),
        "required-columns-missing": translate("InputReason", "lacks required columns: {columns}; map them first"),
        "not-a-column-of-file": translate("InputReason", "“{value}” is not a column of {source} (columns: {columns})"),
        "not-a-field": translate("InputReason", "“{value}” is not a field of this register (known: {known})"),
    }


def field_words() -> dict[str, str]:
    """The words of this area's input fields that the shared field words lack (by the core's name of the field)."""
    return {
        "format_version": translate("FieldName", "format version"),
        "tables": translate("FieldName", "tables"),
        "audit_log": translate("FieldName", "audit trail"),
        "columns": translate("FieldName", "columns"),
        "map": translate("FieldName", "column mapping"),
        "date_order": translate("FieldName", "date order"),
    }

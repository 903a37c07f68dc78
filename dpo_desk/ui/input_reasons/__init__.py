"""The window's wording of the reasons a service gives for refusing an input, area by area.

Each area module words the `code`s its core modules raise an `InvalidInput` with (`cases`: requests and
their letters and files; `breaches`; `register`: subprocessors, records, impact assessments, the organisation;
`imports`: spreadsheets and exchange files; `files`: stores, backups, reports and settings). The reason is
worded without its field (the window shows it under its own label, or after the field's word and a colon).
"""

from __future__ import annotations

from dpo_desk.ui.input_reasons import breaches, cases, files, imports, register

AREAS = (cases, breaches, register, imports, files)


def wordings() -> dict[str, str]:
    """Every area's wordings by code (a test checks that no code is worded twice)."""
    merged: dict[str, str] = {}
    for area in AREAS:
        merged.update(area.wordings())
    return merged


def field_words() -> dict[str, str]:
    """Every area's words of its input fields (a test checks that none is worded twice)."""
    merged: dict[str, str] = {}
    for area in AREAS:
        merged.update(area.field_words())
    return merged

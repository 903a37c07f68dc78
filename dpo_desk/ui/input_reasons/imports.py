"""The window's wording of the reasons the core refuses an input of spreadsheet imports and exchange files."""

from __future__ import annotations


def wordings() -> dict[str, str]:
    """Each reason by its code, in the window's language, without its field."""
    return {}


def field_words() -> dict[str, str]:
    """The words of this area's input fields that the shared field words lack (by the core's name of the field)."""
    return {}

"""What a spreadsheet can be imported into: a target's fields, the headers that name them, and its `create`.

Kept apart from the import itself (`spreadsheet_import`) and from the registers that offer targets
(`import_targets`), so each of those depends on this module and neither on the other.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from dpo_desk.errors import InvalidInput

KINDS = ("text", "date", "time", "integer", "list", "lines", "choice", "choices", "country", "countries", "boolean")


@dataclass(frozen=True)
class Field:
    """A field of a target: its key, its label, its kind, and the headers that mean it (en/fi/sv).

    `exact` are the headers the app's own reports give the column (from their label files): they
    are matched before any synonym in `headers`, so a report's header never lands in another field.
    """

    key: str
    label: str
    kind: str = "text"
    required: bool = False
    headers: tuple[str, ...] = ()
    choices: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    exact: tuple[str, ...] = ()
    titles: Mapping[str, str] = field(default_factory=dict)  # the report's own header, by language: the window's label
    # a choice's word in the report, by language and stored value: how a refusal lists the choices in a window
    choice_titles: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def title(self, language: str) -> str:
        """The field's name in `language` (its report's header), or the English label."""
        return self.titles.get(language) or self.label

    def choice_words(self) -> dict[str, list[str]]:
        """The choices as the reports word them, by language (a stored value where a report has no word)."""
        return {
            language: [words.get(choice) or choice for choice in self.choices]
            for language, words in self.choice_titles.items()
        }


@dataclass(frozen=True)
class Detail:
    """Rows kept on a sheet of their own (a register's transfers, a breach's notifications).

    Each row names its case in the field `reference`; the case's `create` receives its rows, as
    dicts of values, under `key`.
    """

    key: str
    title: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class Target:
    """What a spreadsheet can be imported into; `create` stores one row through the module's service.

    `ignored` names the headers of columns the app's own reports add (derived values such as a due
    date or a warning) which are read back from the facts, so they are neither imported nor listed
    as columns left out. `batched`: see `spreadsheet_import.run`. `service_names` maps the name a
    service gives a field in its refusals to
    the field's key here, where the two differ ("processing_countries" is the column "locations").
    """

    key: str
    title: str
    fields: tuple[Field, ...]
    create: Callable[[Session, dict[str, Any]], str]
    ignored: tuple[str, ...] = ()
    details: tuple[Detail, ...] = ()
    service_names: Mapping[str, str] = field(default_factory=dict)
    # `create` adds the row without flushing: the import flushes (and the trail chains) a batch at once
    batched: bool = False

    def field(self, key: str) -> Field:
        for f in self.fields:
            if f.key == key:
                return f
        raise InvalidInput(
            "field",
            key,
            f"is not a field of {self.title} (known: {', '.join(self.keys)})",
            code="not-a-field",
            values={"value": key, "target": self.title, "known": ", ".join(self.keys)},
        )

    @property
    def keys(self) -> list[str]:
        return [f.key for f in self.fields]

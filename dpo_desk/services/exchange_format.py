"""The whole-store JSON format: how each column's value is written and read back, and its JSON Schema.

The document (format "dpo-desk-export", version FORMAT_VERSION):

    {"format": "dpo-desk-export", "format_version": 1, "exported_at": "...Z", "store_id": "...",
     "schema_revision": "0006", "tables": {"<table>": [{"<column>": value, ...}, ...], ...}}

Every table of the store is there (tables listed in NOT_EXPORTED excepted), rows in primary-key
order. Values: text as is; dates "2026-03-05"; times UTC "2026-03-05T10:00:00.000000Z"; lists of
strings as arrays; binary content as base64 text; booleans and numbers as JSON. The schema in
`resources/export-schema.json` is generated from the tables (`python -m dpo_desk.services.exchange_format`)
and a test keeps it in step.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import math
import sys
from typing import Any

from sqlalchemy import Boolean, Column, Date, Float, Integer, LargeBinary, Numeric, Table
from sqlalchemy.types import JSON, TypeEngine

from dpo_desk.domain.timeparse import EARLIEST_YEAR, LATEST_YEAR
from dpo_desk.errors import InvalidInput
from dpo_desk.store.models import Base
from dpo_desk.store.types import StringList, UtcDateTime

FORMAT = "dpo-desk-export"
FORMAT_VERSION = 1
NOT_EXPORTED = frozenset({"store_meta", "alembic_version"})
# A case's `version` counts the edits made in this store (working at the same time, revision 0014): it is
# no fact of the case, so an export leaves it out and an import starts a new case at 1 (a changed one, +1).
NOT_EXPORTED_COLUMNS = frozenset({"version"})


def exported_tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name not in NOT_EXPORTED]


def exported_columns(table: Table) -> list[Column[Any]]:
    return [c for c in table.columns if c.name not in NOT_EXPORTED_COLUMNS]


def _kind(column_type: TypeEngine[Any]) -> str:
    if isinstance(column_type, UtcDateTime):
        return "time"
    if isinstance(column_type, StringList):
        return "list"
    if isinstance(column_type, Boolean):
        return "bool"
    if isinstance(column_type, Date):
        return "date"
    if isinstance(column_type, Integer):
        return "int"
    if isinstance(column_type, Float | Numeric):
        return "number"
    if isinstance(column_type, LargeBinary):
        return "bytes"
    if isinstance(column_type, JSON):
        return "json"
    return "text"


def encode(column_type: TypeEngine[Any], value: Any) -> Any:
    if value is None:
        return None
    kind = _kind(column_type)
    if kind == "time":
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if kind == "date":
        return value.isoformat()
    if kind == "bytes":
        return base64.b64encode(value).decode("ascii")
    if kind == "list":
        return list(value)
    if kind == "number" and not isinstance(value, float | int):
        return str(value)
    return value


def decode(column_type: TypeEngine[Any], value: Any, where: str) -> Any:
    """The Python value for a column, or InvalidInput naming table, row and column."""
    return decode_kind(_kind(column_type), value, where)


def column_kinds(table: Table) -> list[tuple[Column[Any], str]]:
    """Each exported column with the kind of value it holds (for decoding many rows without asking each time)."""
    return [(c, _kind(c.type)) for c in exported_columns(table)]


def decode_kind(kind: str, value: Any, where: str) -> Any:
    """`decode` for a column whose kind (`column_kinds`) is known."""
    if value is None:
        return None
    if kind == "text" and isinstance(value, str):  # most values: said first
        return value
    try:
        if kind == "time":
            moment = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
            if moment.tzinfo is None or not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
                raise ValueError
            return moment.astimezone(dt.UTC)
        if kind == "date":
            day = dt.date.fromisoformat(str(value))
            if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
                raise ValueError
            return day
        if kind == "bytes":
            return base64.b64decode(str(value), validate=True)
        if kind == "list":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValueError
            return list(value)
        if kind == "bool":
            if not isinstance(value, bool):
                raise ValueError
            return value
        if kind == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError
            return value
        if kind == "number":
            number = float(value)
            if not math.isfinite(number):
                raise ValueError
            return number
        if kind == "json":
            return value
        if not isinstance(value, str):
            raise ValueError
        return value
    except (ValueError, TypeError):
        raise InvalidInput(
            where, None, f"is not a valid {kind} value", code="not-of-its-kind", values={"kind": kind}
        ) from None


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the export document, derived from the tables."""
    kinds = {
        "time": {"type": "string", "format": "date-time"},
        "date": {"type": "string", "format": "date"},
        "bytes": {"type": "string", "contentEncoding": "base64"},
        "list": {"type": "array", "items": {"type": "string"}},
        "bool": {"type": "boolean"},
        "int": {"type": "integer"},
        "number": {"type": ["number", "string"]},
        "json": {},
        "text": {"type": "string"},
    }
    tables: dict[str, Any] = {}
    for table in exported_tables():
        properties: dict[str, Any] = {}
        required = []
        for column in exported_columns(table):
            spec = dict(kinds[_kind(column.type)])
            if column.nullable and spec:
                types = spec.get("type", [])
                spec["type"] = [*([types] if isinstance(types, str) else types), "null"]
            if column.doc:
                spec["description"] = column.doc
            properties[column.name] = spec
            if not column.nullable:
                required.append(column.name)
        tables[table.name] = {
            "type": "array",
            "items": {"type": "object", "properties": properties, "required": required, "additionalProperties": False},
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "DPO Desk whole-store export",
        "description": "Every record of a DPO Desk store: organisation, settings, rights requests with their "
        "timelines, breaches with their notifications, the subprocessor register and transfers, records of "
        "processing, attachments and the audit trail. Times are UTC; dates ISO 8601.",
        "type": "object",
        "required": ["format", "format_version", "exported_at", "tables"],
        "properties": {
            "format": {"const": FORMAT},
            "format_version": {"type": "integer", "minimum": 1, "maximum": FORMAT_VERSION},
            "exported_at": {"type": "string", "format": "date-time"},
            "store_id": {"type": "string"},
            "schema_revision": {"type": "string"},
            "tables": {"type": "object", "properties": tables, "additionalProperties": False},
        },
    }


def render_schema() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render_schema())

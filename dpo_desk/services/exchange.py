"""Whole-store JSON export and import (the format is described in `exchange_format`).

Import into a store with no cases is exact: rows keep their ids, the audit trail is restored as it
was (when the store's own trail is still empty), and exporting again gives the same document apart
from the export time, the store id and the entries recording the import. Import into a store with
data merges by reference: a record whose reference is new is added, one that differs is updated and
its child rows (timeline, notifications, links) replaced by the file's; `plan_import` lists all this
without writing. Bulk rows are written with Core inserts; the trail gets one entry per table naming
every record added or changed and the file's SHA-256.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import math
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from dpo_desk.clock import now_of
from dpo_desk.errors import DpoDeskError, InvalidInput
from dpo_desk.outputs import atomic_output
from dpo_desk.services import exchange_checks, references
from dpo_desk.services.exchange_format import (
    FORMAT,
    FORMAT_VERSION,
    column_kinds,
    decode_kind,
    encode,
    exported_columns,
    exported_tables,
)
from dpo_desk.services.json_stream import JsonStream
from dpo_desk.store import audit

Progress = Callable[[int, int], None]
SINGLETONS = {"organisation": "id", "setting": "key", "reference_counter": "series"}
TRAIL = "audit_log"


# -- export -------------------------------------------------------------------------------------


def write_export(
    session: Session,
    target: str | os.PathLike[str],
    *,
    store_id: str = "",
    schema_revision: str = "",
    progress: Progress | None = None,
) -> dict[str, int]:
    """Streams every table to `target` (atomically); returns the row count per table."""
    tables = exported_tables()
    total = sum(session.scalar(select(func.count()).select_from(t)) or 0 for t in tables)
    counts: dict[str, int] = {}
    done = 0
    with atomic_output(target) as partial, open(partial, "w", encoding="utf-8") as out:
        head = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "exported_at": now_of(session).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "store_id": store_id,
            "schema_revision": schema_revision,
        }
        out.write("{\n")
        for key, value in head.items():
            out.write(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n")
        out.write('  "tables": {')
        for index, table in enumerate(tables):
            out.write(("," if index else "") + f"\n    {json.dumps(table.name)}: [")
            columns = exported_columns(table)
            order = list(table.primary_key.columns) or columns[:1]
            count = 0
            for row in session.execute(select(table).order_by(*order)):
                document = {c.name: encode(c.type, row._mapping[c]) for c in columns}
                out.write(("," if count else "") + "\n      " + json.dumps(document, ensure_ascii=False))
                count += 1
                done += 1
                if progress and done % 1000 == 0:
                    progress(done, total)
            out.write("\n    ]" if count else "]")
            counts[table.name] = count
        out.write("\n  }\n}\n")
    if progress:
        progress(total, total)
    return counts


# -- reading ------------------------------------------------------------------------------------


@dataclass
class Document:
    """A checked export file: where each table's rows are in it, read again (and checked again) when written.

    Only the head, each table's place and count, and the file's digest are kept, so a large export
    is never held in memory; `rows()` streams a table's rows from the file.
    """

    source: str
    sha256: str
    places: dict[str, tuple[int, int]]  # table name: (byte offset of its array, rows)
    stat: tuple[int, int] = (0, 0)  # size and modification time when checked
    _loaded: dict[str, list[dict[str, Any]]] = field(default_factory=dict, repr=False)

    def count(self, name: str) -> int:
        return self.places[name][1] if name in self.places else 0

    def rows(self, name: str) -> Iterator[dict[str, Any]]:
        """The table's rows, decoded and checked row by row as when the file was read."""
        if name not in self.places:
            return
        if name in self._loaded:
            yield from self._loaded[name]
            return
        offset, _count = self.places[name]
        table = {t.name: t for t in exported_tables()}[name]
        try:
            with open(self.source, "rb") as file:
                stream = JsonStream(file, _DECODER, offset)
                for number in stream.elements():
                    yield _decode_row(table, stream.value(), number)
        except (OSError, ValueError, RecursionError):  # the file changed after it was checked
            raise _changed(self.source) from None

    def table(self, name: str) -> list[dict[str, Any]]:
        """The table's rows held in memory, for a merge that looks its children up by record."""
        if name not in self._loaded:
            self._loaded[name] = list(self.rows(name))
        return self._loaded[name]

    def release(self) -> None:
        self._loaded.clear()

    def check_unchanged(self) -> None:
        if _file_stat(Path(self.source)) != self.stat:
            raise _changed(self.source)


def _changed(source: str) -> InvalidInput:
    return InvalidInput(
        "file", Path(source).name, "changed after it was checked; nothing was imported", code="file-changed"
    )


def _file_stat(path: Path) -> tuple[int, int]:
    try:
        found = path.stat()
    except OSError:
        return (-1, -1)
    return (found.st_size, found.st_mtime_ns)


def read_document(path: str | os.PathLike[str]) -> Document:
    """Reads and checks a file completely before anything is written; errors name where.

    The file is streamed: first its bytes (the digest, and UTF-8 throughout), then its JSON, each
    row decoded and checked and then let go. The refusals, and which one a faulty file gets, are
    those of parsing the file whole first: a syntax error anywhere before any check of the content.
    """
    path = Path(path)
    stat = _file_stat(path)
    sha256 = _digest(path)
    try:
        with path.open("rb") as file:
            head, places, fault = _check(JsonStream(file, _DECODER))
    except OSError as exc:
        raise InvalidInput(
            "file",
            str(path),
            f"cannot be read ({exc.strerror})",
            code="file-unreadable",
            values={"problem": exc.strerror},
        ) from None
    except UnicodeDecodeError:
        raise InvalidInput("file", str(path), "is not UTF-8 text", code="not-utf8") from None
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            "file",
            str(path),
            f"is not valid JSON (line {exc.lineno}, column {exc.colno})",
            code="not-json",
            values={"line": exc.lineno, "column": exc.colno},
        ) from None
    except RecursionError:
        raise InvalidInput("file", str(path), "is nested deeper than any export", code="nested-too-deep") from None
    except ValueError as exc:  # from the hooks below: a number no column holds
        raise InvalidInput("file", str(path), str(exc), code="number-no-field-takes") from None
    if head is None or head.get("format") != FORMAT:
        raise InvalidInput(
            "file",
            str(path),
            f'is not a DPO Desk export (no "format": "{FORMAT}")',
            code="not-an-export",
            values={"format": FORMAT},
        )
    version = head.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InvalidInput(
            "format_version", version, "is not a format version", code="not-a-format-version", values={"value": version}
        )
    if version > FORMAT_VERSION:
        raise DpoDeskError(
            f"{path} was written in export format {version}, newer than this DPO Desk reads ({FORMAT_VERSION}); "
            "upgrade DPO Desk to import it. Nothing was imported."
        )
    if places is None:
        raise InvalidInput("tables", None, "is missing or not an object", code="tables-missing")
    if fault is not None:
        raise fault
    return Document(str(path), sha256, places, stat)


def _digest(path: Path) -> str:
    """The file's SHA-256; reading it through also refuses a file that is not UTF-8 text, as parsing it whole did."""
    digest, utf8 = hashlib.sha256(), codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as file:
            while chunk := file.read(1 << 20):
                digest.update(chunk)
                utf8.decode(chunk)
            utf8.decode(b"", final=True)
    except OSError as exc:
        raise InvalidInput(
            "file",
            str(path),
            f"cannot be read ({exc.strerror})",
            code="file-unreadable",
            values={"problem": exc.strerror},
        ) from None
    except UnicodeDecodeError:
        raise InvalidInput("file", str(path), "is not UTF-8 text", code="not-utf8") from None
    return digest.hexdigest()


def _check(
    stream: JsonStream,
) -> tuple[dict[str, Any] | None, dict[str, tuple[int, int]] | None, InvalidInput | None]:
    """Walks the whole document: its head fields, where each table is, and the first fault in the tables' content.

    The content's fault is kept, not raised, until the walk has found the JSON sound (as parsing it
    whole would have refused a syntax error first); once there is one, the rest is only walked.
    """
    if stream.peek() != "{":
        stream.value()
        stream.finish()
        return None, None, None
    head: dict[str, Any] = {}
    places: dict[str, tuple[int, int]] | None = None
    fault: InvalidInput | None = None
    known = {t.name: t for t in exported_tables()}
    for key in stream.members():
        if key != "tables":
            head[key] = stream.value()
            continue
        if stream.peek() != "{":
            stream.skip()
            places = None
            continue
        if places is not None and fault is None:
            fault = InvalidInput("tables", None, "appears twice in the file", code="appears-twice")
        places = {}
        for name in stream.members():
            table = known.get(name)
            if fault is None and table is None:
                fault = InvalidInput(
                    "tables",
                    name,
                    "is not a table of this DPO Desk version",
                    code="unknown-table",
                    values={"value": name},
                )
            if fault is None and stream.peek() != "[":
                fault = InvalidInput(f"tables.{name}", None, "is not a list of rows", code="not-a-list-of-rows")
            if fault is None and name in places:
                fault = InvalidInput("tables", name, "appears twice in the file", code="appears-twice")
            if fault is not None or table is None:
                stream.skip()
                continue
            offset = stream.offset()
            count, fault = _check_rows(stream, table)
            places[name] = (offset, count)
    stream.finish()
    return head, places, fault


def _check_rows(stream: JsonStream, table: Table) -> tuple[int, InvalidInput | None]:
    """Decodes and checks each row of the table's array, then that no reference (or id) appears twice."""
    unique = list(dict.fromkeys(c for c in (_keyed(table), *(c.name for c in table.primary_key.columns)) if c))
    seen: dict[str, set[Any]] = {column: set() for column in unique}
    twice: dict[str, InvalidInput] = {}
    fault: InvalidInput | None = None
    count = 0
    for number in stream.elements():
        count = number
        if fault is not None:
            stream.skip()
            continue
        try:
            row = _decode_row(table, stream.value(), number)
        except InvalidInput as error:
            fault = error
            continue
        for column in unique:
            value = row.get(column)
            if value is not None and value in seen[column] and column not in twice:
                twice[column] = InvalidInput(
                    f"{table.name} row {number} column {column}",
                    value,
                    "appears twice in the file",
                    code="appears-twice",
                )
            seen[column].add(value)
    # As when the whole table was decoded before its keys were compared: a row's own fault comes first.
    fault = fault or next((twice[column] for column in unique if column in twice), None)
    return count, fault


# SQLite's INTEGER is 64-bit; a longer number is refused while parsing (also before Python's own
# 4,300-digit limit turns it into a ValueError).
_INT_DIGITS = 19


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > _INT_DIGITS or not -(2**63) <= int(text) < 2**63:
        raise ValueError("holds a whole number too large for any field")
    return int(text)


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("holds a number too large for any field")
    return value


def _no_constant(text: str) -> Any:
    raise ValueError(f"holds {text}, which is not a number any field takes")


_DECODER = json.JSONDecoder(parse_int=_bounded_int, parse_float=_finite, parse_constant=_no_constant)


def _decode_row(table: Table, row: Any, number: int) -> dict[str, Any]:
    if not isinstance(row, dict):
        raise InvalidInput(f"{table.name} row {number}", None, "is not an object", code="row-not-an-object")
    names, columns = _shape(table)
    if not names.issuperset(row):
        unknown = sorted(set(row) - names)[0]
        raise InvalidInput(
            f"{table.name} row {number}",
            unknown,
            "is not a column of this table",
            code="unknown-column",
            values={"value": unknown},
        )
    decoded = {}
    for name, kind, required in columns:
        value = row.get(name)
        if value is not None and not (kind == "text" and isinstance(value, str)):  # text as it is: most values
            value = decode_kind(kind, value, f"{table.name} row {number} column {name}")
        if value is None and required is not None:
            if required:
                raise InvalidInput(f"{table.name} row {number} column {name}", None, "is required", code="required")
            continue
        decoded[name] = value
    exchange_checks.check_row(table, decoded, lambda column: f"{table.name} row {number} column {column}")
    return decoded


@cache
def _shape(table: Table) -> tuple[frozenset[str], tuple[tuple[str, str, bool | None], ...]]:
    """The table's exported column names, and each column's name, kind and whether a missing value is refused
    (True), left to the column's default (False) or stored as null (None): worked out once, used on every row."""
    columns = []
    for column, kind in column_kinds(table):
        if column.nullable or column.primary_key:
            required = None
        else:
            required = column.default is None and column.server_default is None
        columns.append((column.name, kind, required))
    return frozenset(name for name, _, _ in columns), tuple(columns)


# -- planning and applying ----------------------------------------------------------------------


@dataclass
class TablePlan:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: int = 0
    note: str = ""
    # what `note` says, as data for a front end's own words: kind ("rows", "trail-kept-out", "trail-restored",
    # "children-written", "rows-to-add"), count, and resealed (of the trail restored)
    note_facts: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"added": self.added, "changed": self.changed, "unchanged": self.unchanged, "note": self.note}


@dataclass
class ImportPlan:
    exact: bool
    tables: dict[str, TablePlan]

    def to_json(self) -> dict[str, Any]:
        return {"mode": "exact" if self.exact else "merge", "tables": {k: v.to_json() for k, v in self.tables.items()}}

    def summary_lines(self) -> list[str]:
        lines = [f"Import mode: {'exact copy into an empty store' if self.exact else 'merge by reference'}"]
        for name, plan in self.tables.items():
            if plan.added or plan.changed or plan.note:
                lines.append(
                    f"{name}: {len(plan.added)} to add, {len(plan.changed)} to change, {plan.unchanged} unchanged"
                    + (f" ({plan.note})" if plan.note else "")
                )
                lines += [f"  + {ref}" for ref in plan.added[:50]] + [f"  ~ {ref}" for ref in plan.changed[:50]]
        return lines


def _keyed(table: Table) -> str | None:
    """The natural key column a record is matched by, if the table has one."""
    if "reference" in table.columns:
        return "reference"
    return SINGLETONS.get(table.name)


def _owner_fk(table: Table, keyed: set[str]) -> Any:
    for column in table.columns:
        for fk in column.foreign_keys:
            if fk.column.table.name in keyed:
                return column, fk.column.table
    return None


def is_empty(session: Session) -> bool:
    for table in exported_tables():
        if table.name in SINGLETONS or table.name == TRAIL:
            continue
        if session.scalar(select(func.count()).select_from(table)):
            return False
    return True


def plan_import(session: Session, document: Document) -> ImportPlan:
    return _run(session, document, write=False)


def apply_import(session: Session, document: Document) -> ImportPlan:
    """Writes the plan; a link the file breaks (to a record neither it nor the store holds) refuses it all."""
    try:
        return _run(session, document, write=True)
    except IntegrityError as exc:
        # SQLite names the constraint (a table and column, or "FOREIGN KEY"), never the values.
        reason = str(exc.orig).splitlines()[0] if exc.orig is not None else "a constraint failed"
        raise InvalidInput(
            "file",
            Path(document.source).name,
            f"does not fit this store ({reason}); nothing was imported",
            code="does-not-fit-store",
            values={"reason": reason},
        ) from None


def _run(session: Session, document: Document, write: bool) -> ImportPlan:
    if write:
        document.check_unchanged()
    try:
        plan = _run_tables(session, document, write)
    finally:
        document.release()
    if write:
        document.check_unchanged()  # rows were checked again as they were written; a file changed meanwhile is refused
    return plan


def _run_tables(session: Session, document: Document, write: bool) -> ImportPlan:
    exact = is_empty(session)
    plans: dict[str, TablePlan] = {}
    tables = exported_tables()
    keyed_names = {t.name for t in tables if _keyed(t) and t.name not in SINGLETONS}
    id_maps: dict[str, dict[int, int]] = {}
    natural_by_id: dict[str, dict[int, str]] = {}
    highest: dict[str, tuple[int, str]] = {}  # reference series: its highest number in the file, and that reference
    conn = session.connection()
    for table in tables:
        rows = _noting_references(document.rows(table.name), highest)
        plan = plans[table.name] = TablePlan()
        if table.name == TRAIL:
            _import_trail(session, table, document, plan, write)
            continue
        if exact and table.name not in SINGLETONS:
            count = 0
            for batch in _batches(rows):
                count += len(batch)
                plan.added += [str(r.get("reference", "")) for r in batch if r.get("reference")]
                if write:
                    conn.execute(table.insert(), batch)
            if not plan.added and count:
                plan.unchanged = 0
                plan.note = f"{count} rows"
                plan.note_facts = {"kind": "rows", "count": count}
            continue
        key = _keyed(table)
        if key:
            _merge_keyed(session, table, key, rows, plan, write, id_maps, natural_by_id, document)
        else:
            _merge_children(session, table, rows, plan, write, keyed_names, id_maps, natural_by_id, plans)
    if write:
        for table in tables:
            plan = plans[table.name]
            if plan.added or plan.changed:
                audit.append_entry(
                    session,
                    "import",
                    table.name,
                    f"import:{Path(document.source).name}",
                    {"added": plan.added, "changed": plan.changed, "file_sha256": document.sha256},
                )
        for _number, reference in highest.values():
            references.bump_to_at_least(session, reference)
        session.flush()
    return ImportPlan(exact, plans)


_BATCH = 2000


def _batches(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _noting_references(rows: Iterable[dict[str, Any]], highest: dict[str, tuple[int, str]]) -> Iterator[dict[str, Any]]:
    """Passes the rows on, noting each series' highest numbered reference (later ones are numbered past it)."""
    for row in rows:
        ref = row.get("reference")
        if isinstance(ref, str) and ref[-1:].isdigit():
            series, _, number = ref.rpartition("-")
            if number.isdigit() and int(number) > highest.get(series, (-1, ""))[0]:
                highest[series] = (int(number), ref)
        yield row


def _import_trail(session: Session, table: Table, document: Document, plan: TablePlan, write: bool) -> None:
    count = document.count(table.name)
    if not count:
        return
    if session.scalar(select(func.count()).select_from(table)):
        plan.note = f"{count} entries of the file's audit trail kept out: this store's own trail has begun"
        plan.note_facts = {"kind": "trail-kept-out", "count": count}
        plan.unchanged = count
        return
    legacy = []  # entries from before values were sealed: the whole chain is sealed anew, so it is held

    def walked() -> Iterator[dict[str, Any]]:
        for row in document.rows(table.name):
            if legacy or row.get("changes_digest") is None:
                legacy.append(row)
            yield row

    faults = list(audit.verify_chain(walked()))
    if faults:
        raise InvalidInput(
            "audit_log",
            faults[0].entry_id,
            f"breaks the file's audit chain: {faults[0].reason}",
            code="breaks-audit-chain",
            values={"value": faults[0].entry_id, "reason": faults[0].reason},
        )
    plan.note = f"{count} entries restored as they were"
    plan.note_facts = {"kind": "trail-restored", "count": count, "resealed": 0}
    if not legacy:
        if write:
            for batch in _batches(document.rows(table.name)):
                session.connection().execute(table.insert(), batch)
        return
    sealed, reseal_note = audit.resealed(list(document.rows(table.name)))
    if reseal_note:
        plan.note += f"; {reseal_note['resealed_entries']} of them sealed anew (written before DPO Desk sealed values)"
        plan.note_facts["resealed"] = int(reseal_note["resealed_entries"])
    if write:
        session.connection().execute(table.insert(), sealed)
        if reseal_note:
            audit.append_entry(session, "reseal", TRAIL, "audit", reseal_note)


def _comparable(table: Table, row: dict[str, Any], skip: set[str]) -> dict[str, Any]:
    return {c.name: row.get(c.name) for c in exported_columns(table) if c.name not in skip and not c.primary_key}


def _merge_keyed(
    session: Session,
    table: Table,
    key: str,
    rows: Iterable[dict[str, Any]],
    plan: TablePlan,
    write: bool,
    id_maps: dict[str, dict[int, int]],
    natural_by_id: dict[str, dict[int, str]],
    document: Document,
) -> None:
    conn = session.connection()
    pk = next(iter(table.primary_key.columns))
    existing = {r._mapping[table.c[key]]: dict(r._mapping) for r in conn.execute(select(table))}
    id_map = id_maps.setdefault(table.name, {})
    naturals = natural_by_id.setdefault(table.name, {})
    fk_columns = _fk_remaps(table)
    for row in rows:
        natural = row.get(key)
        row = _remap(row, fk_columns, id_maps)
        if pk.name != key and isinstance(row.get(pk.name), int):
            naturals[row[pk.name]] = str(natural)
        current = existing.get(natural)
        if current is None:
            plan.added.append(str(natural))
            if write:
                values = {k: v for k, v in row.items() if k != pk.name or pk.name == key}
                result = conn.execute(table.insert(), values)
                if pk.name != key and isinstance(row.get(pk.name), int):
                    id_map[row[pk.name]] = result.inserted_primary_key[0]
            continue
        if pk.name != key and isinstance(row.get(pk.name), int):
            id_map[row[pk.name]] = current[pk.name]
        if table.name == "reference_counter":
            if (row.get("last") or 0) > (current.get("last") or 0):
                plan.changed.append(str(natural))
                if write:
                    conn.execute(update(table).where(table.c[key] == natural).values(last=row["last"]))
            else:
                plan.unchanged += 1
            continue
        if _comparable(table, row, {key}) != _comparable(table, current, {key}) or _children_differ(
            session, table, current[pk.name], row.get(pk.name), document, id_maps
        ):
            plan.changed.append(str(natural))
            if write:
                values = {k: v for k, v in row.items() if k not in (pk.name, key)}
                conn.execute(update(table).where(table.c[key] == natural).values(**values))
                # As an edit does: each changed field's value before and after, filed under the record.
                changed = {k: [current.get(k), v] for k, v in values.items() if current.get(k) != v}
                if changed:
                    audit.append_entry(session, "update", table.name, str(natural), changed)
                if "version" in table.c:  # an import changing a case is an edit of it (working at the same time)
                    conn.execute(update(table).where(table.c[key] == natural).values(version=table.c.version + 1))
        else:
            plan.unchanged += 1


def _fk_remaps(table: Table) -> dict[str, str]:
    return {c.name: fk.column.table.name for c in table.columns for fk in c.foreign_keys}


def _remap(row: dict[str, Any], fk_columns: dict[str, str], id_maps: dict[str, dict[int, int]]) -> dict[str, Any]:
    if not fk_columns:
        return row
    mapped = dict(row)
    for column, parent in fk_columns.items():
        value = row.get(column)
        if value is not None and parent in id_maps:
            mapped[column] = id_maps[parent].get(value, value)
    return mapped


def _child_tables(parent: Table) -> list[tuple[Table, Any]]:
    children = []
    for table in exported_tables():
        for column in table.columns:
            if any(fk.column.table is parent for fk in column.foreign_keys) and not _keyed(table):
                children.append((table, column))
                break
    return children


def _children_differ(
    session: Session,
    parent: Table,
    target_id: Any,
    file_id: Any,
    document: Document,
    id_maps: dict[str, dict[int, int]],
) -> bool:
    conn = session.connection()
    for child, column in _child_tables(parent):
        skip = {column.name} | {c.name for c in child.primary_key.columns}
        fk_columns = _fk_remaps(child)
        theirs = sorted(
            json.dumps(_comparable(child, _remap(r, fk_columns, id_maps), skip), default=str, sort_keys=True)
            for r in document.table(child.name)
            if r.get(column.name) == file_id
        )
        ours = sorted(
            json.dumps(_comparable(child, dict(r._mapping), skip), default=str, sort_keys=True)
            for r in conn.execute(select(child).where(column == target_id))
        )
        if theirs != ours:
            return True
    return False


def _merge_children(
    session: Session,
    table: Table,
    rows: Iterable[dict[str, Any]],
    plan: TablePlan,
    write: bool,
    keyed: set[str],
    id_maps: dict[str, dict[int, int]],
    natural_by_id: dict[str, dict[int, str]],
    plans: dict[str, TablePlan],
) -> None:
    """Rows that belong to a keyed record are replaced with their record; free rows are added when new."""
    conn = session.connection()
    owner = _owner_fk(table, keyed)
    pk_names = {c.name for c in table.primary_key.columns}
    fk_columns = _fk_remaps(table)
    if owner is not None:
        column, parent = owner
        parent_plan = plans[parent.name]
        parent_plan_changed = set(parent_plan.added) | set(parent_plan.changed)
        touched_parents: dict[Any, list[dict[str, Any]]] = {}
        for row in rows:
            file_parent = row.get(column.name)
            natural = natural_by_id.get(parent.name, {}).get(file_parent)
            if natural not in parent_plan_changed:
                continue
            touched_parents.setdefault(id_maps.get(parent.name, {}).get(file_parent, file_parent), []).append(row)
        for target_parent, children in touched_parents.items():
            if write:
                conn.execute(delete(table).where(column == target_parent))
                conn.execute(
                    table.insert(),
                    [{k: v for k, v in _remap(r, fk_columns, id_maps).items() if k not in pk_names} for r in children],
                )
        written = sum(len(c) for c in touched_parents.values())
        plan.note = f"{written} rows of imported records written"
        plan.note_facts = {"kind": "children-written", "count": written}
        return
    skip = pk_names
    existing = {
        json.dumps(_comparable(table, dict(r._mapping), skip), default=str, sort_keys=True)
        for r in conn.execute(select(table))
    }
    fresh = []
    for row in rows:
        signature = json.dumps(_comparable(table, row, skip), default=str, sort_keys=True)
        if signature in existing:
            plan.unchanged += 1
        else:
            fresh.append({k: v for k, v in row.items() if k not in pk_names})
            existing.add(signature)
    if fresh:
        plan.note = f"{len(fresh)} rows to add"
        plan.note_facts = {"kind": "rows-to-add", "count": len(fresh)}
        if write:
            conn.execute(table.insert(), fresh)

"""Importing a register or a log from a spreadsheet.

Columns are matched by their headers in English, Finnish or Swedish (or mapped by hand), every
cell is parsed by its field's kind, errors are listed by row and column, and nothing is written
while any row is in error unless the user chooses to skip those rows.

A target (the subprocessor register, the request log, the breach register) is a list of fields
and a `create(session, values)` that goes through the module's own service, so an imported row
meets exactly the checks a typed one does. The preview runs that same `create` for each row inside
a savepoint that is rolled back, so the service's own refusals show in the preview, row by row.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy.orm import Session

from dpo_desk.domain.timeparse import parse_date, parse_time
from dpo_desk.errors import DpoDeskError, InvalidInput, RuleRefused
from dpo_desk.services import import_targets
from dpo_desk.services.import_fields import Detail, Field, Target
from dpo_desk.services.sheet_reader import Sheet

DATE_ORDERS = ("dmy", "mdy")
_TRUE = {"yes", "y", "true", "1", "x", "kyllä", "k", "ja", "j", "sant"}
_FALSE = {"no", "n", "false", "0", "ei", "e", "nej", "falskt", ""}


# Why a cell is refused, as a window words it: the stable `code` of a CellError (its `values` name what the
# reason names; "value" is the cell as typed). Codes of the import's own reading of cells, of the dates and
# times every input passes (domain/timeparse) and of the text and choice checks every service makes
# (domain/validation); "refused" is any other refusal of the module's service, with its English `reason` (and
# for a RuleRefused its own code and values as "refusal" and "refusal_values").
CELL_ERROR_CODES = (
    "required",
    "number-not-date",
    "not-whole-number",
    "not-a-choice",
    "not-a-country",
    "not-yes-no",
    "date-missing",
    "date-ambiguous",
    "date-impossible",
    "not-a-date",
    "year-out-of-range",
    "time-missing",
    "not-a-time",
    "time-of-day-missing",
    "time-skipped",
    "empty",
    "too-long",
    "control-character",
    "refused",
)


@dataclass(frozen=True)
class CellError:
    """A cell (or a row) refused: `message` in English for the command line and the JSON, and the same
    reason as data for a window to word: `code` (one of CELL_ERROR_CODES) and `values`."""

    row: int
    column: str
    field: str
    message: str
    sheet: str = ""  # set for a row of a detail sheet (a register's transfers)
    code: str = "refused"
    values: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        where = f"row {self.row} of sheet {self.sheet}" if self.sheet else f"row {self.row}"
        return f"{where}, column {self.column}: {self.message}"


@dataclass(frozen=True)
class PreviewRow:
    """A row as read (`values` by field) and as typed (`raw`, the cells' text, to show beside an error)."""

    number: int
    values: dict[str, Any]
    errors: tuple[CellError, ...] = ()
    raw: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportPreview:
    target: Target
    sheet: Sheet
    mapping: dict[int, str]
    rows: list[PreviewRow]
    created: list[str] = field(default_factory=list)
    dry_run: bool = True
    skip_errors: bool = False
    date_order: str | None = None
    tz_name: str = "Europe/Helsinki"
    details: tuple[Sheet, ...] = ()
    linked: tuple[str, ...] = ()  # "sheet Transfers: 14 rows as Transfers", for the summary

    @property
    def missing_required(self) -> list[str]:
        mapped = set(self.mapping.values())
        return [f.key for f in self.target.fields if f.required and f.key not in mapped]

    @property
    def unmapped_columns(self) -> list[str]:
        return [self.sheet.column_name(i) for i, h in enumerate(self.sheet.headers) if h and i not in self.mapping]

    @property
    def errors(self) -> list[CellError]:
        return [e for row in self.rows for e in row.errors]

    @property
    def good_rows(self) -> list[PreviewRow]:
        return [row for row in self.rows if not row.errors]

    @property
    def bad_rows(self) -> list[PreviewRow]:
        return [row for row in self.rows if row.errors]

    @property
    def unmapped_headers(self) -> list[str]:
        ignored = {normalise(h) for h in self.target.ignored}
        return [
            self.sheet.column_name(i)
            for i, h in enumerate(self.sheet.headers)
            if h and i not in self.mapping and normalise(h) not in ignored
        ]

    @property
    def skipped_rows(self) -> list[int]:
        return [row.number for row in self.bad_rows] if self.skip_errors else []

    def refusal(self) -> DpoDeskError | None:
        """Why nothing is (or would be) stored, the same for a dry run and the real one; None when rows are."""
        if self.missing_required:
            labels = ", ".join(self.target.field(k).label for k in self.missing_required)
            return InvalidInput(
                "columns",
                self.sheet.source,
                f"lacks required columns: {labels}; map them first",
                code="required-columns-missing",
                values={"columns": labels},
            )
        if self.bad_rows and not self.skip_errors:
            return RuleRefused(
                f"{_rows(len(self.bad_rows))} with errors (first: {self.errors[0]}); nothing was imported. "
                "Correct them, or choose to skip the rows in error.",
                code="rows-in-error",
                values={"rows": len(self.bad_rows)},
            )
        return None

    def summary_lines(self) -> list[str]:
        lines = [f"{self.sheet.source} into {self.target.title}: {_rows(len(self.rows))}"]
        for index, key in sorted(self.mapping.items()):
            lines.append(f"  column {self.sheet.column_name(index)} -> {self.target.field(key).label}")
        if self.unmapped_headers:
            lines.append(f"  not imported: {', '.join(self.unmapped_headers)}")
        lines.extend(f"  {line}" for line in self.linked)
        if self.missing_required:
            lines.append(f"  missing required columns: {', '.join(self.missing_required)}")
        lines.append(f"{_rows(len(self.good_rows))} ready, {_rows(len(self.bad_rows))} with errors")
        lines.extend(f"  {error}" for error in self.errors)
        return lines

    def to_json(self) -> dict[str, Any]:
        return {
            "target": self.target.key,
            "rows": len(self.rows),
            "ready": len(self.good_rows),
            "mapping": {self.sheet.headers[i]: key for i, key in sorted(self.mapping.items())},
            "missing_required": self.missing_required,
            "unmapped_columns": self.unmapped_headers,
            "errors": [e.__dict__ for e in self.errors],
            "dry_run": self.dry_run,
            "created": [] if self.dry_run else self.created,
        }


@dataclass(frozen=True)
class ImportResult:
    created: list[str]
    skipped_rows: list[int]


# -- matching columns --------------------------------------------------------------------------


@functools.lru_cache(maxsize=8192)  # a choice column repeats a few words on every row
def normalise(text: str) -> str:
    """Casefolded words without punctuation: "Received on (date)" and "received_on_date" match."""
    words = re.sub(r"[\W_]+", " ", unicodedata.normalize("NFC", str(text)).casefold())
    return " ".join(words.split())


def _vocabularies(target: Target | Detail) -> tuple[dict[str, str], dict[str, str]]:
    """The reports' own headers (exact), and every other name of each field (keys, labels, synonyms)."""
    exact: dict[str, str] = {}
    loose: dict[str, str] = {}
    for f in target.fields:
        for name in f.exact:
            exact.setdefault(normalise(name), f.key)
        for name in (f.key, f.label, *f.headers):
            loose.setdefault(normalise(name), f.key)
    return exact, loose


def match_columns(headers: Sequence[str], target: Target | Detail) -> dict[int, str]:
    """Column index -> field key for every header that names a field; each field taken once.

    A report's own header wins over a synonym wherever the columns stand, so a column the report
    writes in words ("Fallback safeguard") never takes the field of the one it writes as stored.
    """
    mapping: dict[int, str] = {}
    for vocabulary in _vocabularies(target):
        for index, header in enumerate(headers):
            key = vocabulary.get(normalise(header)) if header and index not in mapping else None
            if key and key not in mapping.values():
                mapping[index] = key
    return dict(sorted(mapping.items()))


def guess_target(headers: Sequence[str], targets: Sequence[Target]) -> Target | None:
    """The target whose fields the headers name most (at least two), if one stands out."""
    scored = sorted(((len(match_columns(headers, t)), t.key, t) for t in targets), key=lambda s: (-s[0], s[1]))
    if not scored or scored[0][0] < 2 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][2]


def apply_overrides(
    sheet: Sheet, target: Target, mapping: dict[int, str], overrides: Mapping[str, str]
) -> dict[int, str]:
    """The user's own choices ("Header" -> field key, or "" to leave a column out) over the guessed ones."""
    result = dict(mapping)
    by_header = {normalise(h): i for i, h in enumerate(sheet.headers) if h}
    for header, key in overrides.items():
        index = by_header.get(normalise(header))
        if index is None:
            raise InvalidInput(
                "map",
                header,
                f"is not a column of {sheet.source} (columns: {', '.join(sheet.headers)})",
                code="not-a-column-of-file",
                values={"value": header, "source": sheet.source, "columns": ", ".join(sheet.headers)},
            )
        if key:
            target.field(key)
            result = {i: k for i, k in result.items() if k != key}
            result[index] = key
        else:
            result.pop(index, None)
    return result


# -- reading cells -----------------------------------------------------------------------------


def parse_cell(f: Field, value: Any, *, date_order: str | None = None, tz_name: str = "Europe/Helsinki") -> Any:
    """A cell as its field's value (None when empty); InvalidInput naming the field when it cannot be read."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if f.required:
            raise InvalidInput(f.label, None, "is required", code="required")
        return [] if f.kind in ("list", "lines", "choices", "countries") else None
    parser = _PARSERS[f.kind]
    return parser(f, value, date_order, tz_name)


def _text(f: Field, value: Any, _order: str | None, _tz: str) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value).strip()


def _date(f: Field, value: Any, order: str | None, _tz: str) -> dt.date:
    if isinstance(value, int | float):
        raise InvalidInput(f.label, value, "is a number, not a date: write it as 2026-03-05", code="number-not-date")
    return parse_date(f.label, value if isinstance(value, dt.date) else str(value), slash_order=order)


def _time(f: Field, value: Any, order: str | None, tz: str) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return parse_time(f.label, value, tz)
    if isinstance(value, dt.date):
        raise InvalidInput(
            f.label, value.isoformat(), "needs a time of day: write it as 2026-03-27 15:00", code="time-of-day-missing"
        )
    text = str(value).strip()
    finnish = re.fullmatch(r"(\d{1,2}\.\d{1,2}\.\d{4})\s+(?:klo\s+)?(\d{1,2})[.:](\d{2})", text)
    if finnish:
        day = parse_date(f.label, finnish[1])
        naive = dt.datetime.combine(day, dt.time(int(finnish[2]), int(finnish[3])))
        return parse_time(f.label, naive, tz)
    return parse_time(f.label, text.replace(" ", "T", 1) if re.match(r"\d{4}-\d\d-\d\d \d", text) else text, tz)


def _integer(f: Field, value: Any, _order: str | None, _tz: str) -> int:
    if isinstance(value, bool):
        raise InvalidInput(f.label, value, "is not a whole number", code="not-whole-number")
    if isinstance(value, int):
        return value
    text = re.sub(r"[\s\u00a0\u202f]", "", str(value)).lstrip("~≈")
    if not re.fullmatch(r"\d+", text):
        raise InvalidInput(f.label, value, "is not a whole number", code="not-whole-number")
    return int(text)


def _list(f: Field, value: Any, _order: str | None, _tz: str) -> list[str]:
    return [part.strip() for part in re.split(r"[;\n]|,(?!\d)", str(value)) if part.strip()]


def _lines(f: Field, value: Any, _order: str | None, _tz: str) -> list[str]:
    """One item a line, as the record of processing writes them (an item may hold a comma)."""
    return [line.strip() for line in str(value).split("\n") if line.strip()]


def _choice(f: Field, value: Any, _order: str | None, _tz: str) -> str:
    found = _choice_words(f).get(normalise(str(value)))
    if found is not None:
        return found
    choices = {"choices": list(f.choices), "choice_words": f.choice_words()}
    raise InvalidInput(f.label, value, f"is not one of {', '.join(f.choices)}", code="not-a-choice", values=choices)


_WORDS: dict[int, tuple[Field, dict[str, str]]] = {}  # a field's normalised words -> its choice, by field


def _choice_words(f: Field) -> dict[str, str]:
    """Every word of each of the field's choices (the choice itself first), the first choice naming it winning."""
    held = _WORDS.get(id(f))
    if held is None or held[0] is not f:
        words: dict[str, str] = {}
        for choice, synonyms in f.choices.items():
            for word in (choice, *synonyms):
                words.setdefault(normalise(word), choice)
        if len(_WORDS) > 256:  # the targets are built anew for each import: forget old ones
            _WORDS.clear()
        held = _WORDS[id(f)] = (f, words)
    return held[1]


def _choices(f: Field, value: Any, order: str | None, tz: str) -> list[str]:
    return [_choice(f, part, order, tz) for part in _list(f, value, order, tz)]


def _country(f: Field, value: Any, _order: str | None, _tz: str) -> str:
    named = re.fullmatch(r".*\(([A-Za-z]{2})\)\s*", str(value))  # "Yhdysvallat (US)", as the reports write it
    code = country_code(named[1] if named else str(value))
    if code is None:
        raise InvalidInput(
            f.label, value, "is not a country (use its two-letter code, e.g. FI, or its name)", code="not-a-country"
        )
    return code


def _countries(f: Field, value: Any, order: str | None, tz: str) -> list[str]:
    return [_country(f, part, order, tz) for part in _list(f, value, order, tz)]


def _boolean(f: Field, value: Any, _order: str | None, _tz: str) -> bool:
    if isinstance(value, bool):
        return value
    word = normalise(str(value))
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise InvalidInput(f.label, value, "is not yes or no", code="not-yes-no")


_PARSERS: dict[str, Callable[[Field, Any, str | None, str], Any]] = {
    "text": _text,
    "date": _date,
    "time": _time,
    "integer": _integer,
    "list": _list,
    "lines": _lines,
    "choice": _choice,
    "choices": _choices,
    "country": _country,
    "countries": _countries,
    "boolean": _boolean,
}


def country_code(text: str) -> str | None:
    """ISO 3166 alpha-2 from a code (FI, FIN) or a name in English, Finnish or Swedish ("Saksa", "Tyskland")."""
    return _country_names().get(normalise(text))


@functools.cache
def _country_names() -> dict[str, str]:
    import gettext

    import pycountry

    names: dict[str, str] = {}
    translations = [gettext.NullTranslations()]
    for language in ("fi", "sv"):
        try:
            translations.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language]))
        except OSError:
            continue
    for country in pycountry.countries:
        code = country.alpha_2
        for name in (code, country.alpha_3, country.name, getattr(country, "common_name", None)):
            if name:
                names.setdefault(normalise(name), code)
        for translation in translations[1:]:
            names.setdefault(normalise(translation.gettext(country.name)), code)
    names.setdefault("uk", "GB")
    return names


# -- preview and import ------------------------------------------------------------------------


def parse_rows(
    sheet: Sheet, target: Target | Detail, mapping: Mapping[int, str], *, date_order: str | None = None, tz_name: str
) -> list[PreviewRow]:
    """Every row's values by field, with an error per cell that cannot be read. Pure: no session."""
    if date_order is not None and date_order not in DATE_ORDERS:
        raise InvalidInput(
            "date_order",
            date_order,
            f"is not one of {', '.join(DATE_ORDERS)}",
            code="not-a-choice",
            values={"choices": list(DATE_ORDERS)},
        )
    column_of = {key: index for index, key in mapping.items()}
    rows: list[PreviewRow] = []
    for offset, cells in enumerate(sheet.rows):
        number = sheet.first_row + offset
        if all(c in (None, "") for c in cells):
            continue
        values: dict[str, Any] = {}
        errors: list[CellError] = []
        raw: dict[str, str] = {}
        for f in target.fields:
            index = column_of.get(f.key)
            if index is None:
                continue
            raw[f.key] = "" if cells[index] is None else str(cells[index])
            try:
                values[f.key] = parse_cell(f, cells[index], date_order=date_order, tz_name=tz_name)
            except InvalidInput as error:
                message = _cell_message(f.label, raw[f.key], error)
                code, facts = _reason(raw[f.key], error)
                errors.append(CellError(number, sheet.column_name(index), f.key, message, code=code, values=facts))
        rows.append(PreviewRow(number, values, tuple(errors), raw))
    return rows


def run(
    session: Session,
    sheet: Sheet,
    target: Target,
    mapping: Mapping[int, str],
    *,
    date_order: str | None = None,
    tz_name: str = "Europe/Helsinki",
    skip_errors: bool = False,
    dry_run: bool = False,
    details: Sequence[Sheet] = (),
) -> ImportPreview:
    """The import: every readable row stored through the service, each in its own savepoint so a
    refused row leaves nothing behind, and all of it undone when any row is refused (unless told to
    skip those). A dry run is this same import, rolled back at the end: its counts and errors are
    the real run's. Whether anything was stored is `refusal()`; the caller raises it."""
    rows = parse_rows(sheet, target, mapping, date_order=date_order, tz_name=tz_name)
    rows, linked = _with_details(rows, target, details, date_order=date_order, tz_name=tz_name)
    outcome = functools.partial(
        ImportPreview,
        target,
        sheet,
        dict(mapping),
        dry_run=dry_run,
        skip_errors=skip_errors,
        date_order=date_order,
        tz_name=tz_name,
        details=tuple(details),
        linked=linked,
    )
    if outcome(rows).missing_required:  # no row can be stored until those columns are mapped
        return outcome(rows)
    whole = session.begin_nested()
    tried: list[PreviewRow] = []
    created: list[str] = []
    try:
        if target.batched:
            _store_batched(session, sheet, target, mapping, rows, tried, created)
        else:
            for row in rows:
                tried.append(row if row.errors else _store_row(session, sheet, target, mapping, row, created))
        result = outcome(tried, created)
    finally:
        if dry_run or not whole.is_active or outcome(tried).refusal() is not None:
            whole.rollback()
        else:
            whole.commit()
    return result if dry_run or result.refusal() is None else outcome(tried, [])


def _with_details(
    rows: list[PreviewRow], target: Target, sheets: Sequence[Sheet], *, date_order: str | None, tz_name: str
) -> tuple[list[PreviewRow], tuple[str, ...]]:
    """Each case row with the rows of its detail sheets (matched by headers, linked by reference)."""
    linked: list[str] = []
    for detail in target.details:
        found = _detail_sheet(detail, sheets)
        if found is None:
            continue
        sheet, mapping = found
        parsed = parse_rows(sheet, detail, mapping, date_order=date_order, tz_name=tz_name)
        linked.append(f"sheet {sheet.name}: {_rows(len(parsed))} as {detail.title}")
        by_case: dict[str, list[PreviewRow]] = {}
        for row in parsed:
            by_case.setdefault(str(row.values.get("reference") or "").strip().upper(), []).append(row)
        joined = []
        for row in rows:
            own = by_case.get(str(row.values.get("reference") or "").strip().upper(), [])
            faults = tuple(replace(e, sheet=sheet.name) for r in own for e in r.errors)
            values = {**row.values, detail.key: [r.values for r in own if not r.errors]}
            joined.append(PreviewRow(row.number, values, row.errors + faults, row.raw))
        rows = joined
    return rows, tuple(linked)


def _detail_sheet(detail: Detail, sheets: Sequence[Sheet]) -> tuple[Sheet, dict[int, str]] | None:
    for sheet in sheets:
        mapping = match_columns(sheet.headers, detail)
        if "reference" in mapping.values() and len(mapping) >= 2:
            return sheet, mapping
    return None


BATCH = 500


def _store_batched(
    session: Session,
    sheet: Sheet,
    target: Target,
    mapping: Mapping[int, str],
    rows: Sequence[PreviewRow],
    tried: list[PreviewRow],
    created: list[str],
) -> None:
    """A target whose `create` checks a row through its service and hands the new rows to `bulk.NewRows`
    (nothing in the session): `BATCH` rows at a time, each batch in a savepoint, are inserted through the
    Core (`bulk.insert`, a statement or two a table) and their audit entries chained in one pass; the settings,
    holiday calendar, reference counters and references in use are read once. A row the service refuses was
    never added; a batch whose write fails (a reference taken meanwhile) is rolled back and stored again row by
    row through the ORM, as other targets are.

    The rows read are frozen out of the garbage collector's sight meanwhile (`gc.freeze`: they are still freed
    when no longer referenced): each batch's rows and audit entries live long enough to reach the oldest
    generation, and every full collection then walked the whole sheet again. They are thawed at the end unless
    the process had frozen objects of its own already (the command line freezes its start-up, `cli/main.py`),
    since thawing cannot tell the two apart.
    """
    import gc

    from sqlalchemy.exc import IntegrityError

    from dpo_desk.services import import_targets, references, settings
    from dpo_desk.store import bulk

    pending = bulk.NewRows()
    memos = {settings.MEMO: {}, references.BULK: {}, import_targets.TAKEN: {}}
    session.info.update(memos, **{bulk.PENDING: pending})
    thaw = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        for start in range(0, len(rows), BATCH):
            batch = rows[start : start + BATCH]
            first, made = len(tried), len(created)
            savepoint = session.begin_nested()
            try:
                with session.no_autoflush:  # the counters of the batch's references are flushed with it
                    for row in batch:
                        tried.append(
                            row if row.errors else _create_unflushed(session, sheet, target, mapping, row, created)
                        )
                pending.write(session)
                session.flush()
            except (DpoDeskError, IntegrityError):
                savepoint.rollback()
                pending.clear()
                del tried[first:], created[made:]
                for key in (*memos, bulk.PENDING):  # one by one, each row flushed in its own savepoint as others are
                    session.info.pop(key)
                for row in batch:
                    tried.append(row if row.errors else _store_row(session, sheet, target, mapping, row, created))
                session.info.update({key: {} for key in memos}, **{bulk.PENDING: pending})
            else:
                savepoint.commit()
    finally:
        if thaw:
            gc.unfreeze()
        for key in (*memos, bulk.PENDING):
            session.info.pop(key, None)


def _create_unflushed(
    session: Session, sheet: Sheet, target: Target, mapping: Mapping[int, str], row: PreviewRow, created: list[str]
) -> PreviewRow:
    try:
        reference = target.create(session, dict(row.values))
    except DpoDeskError as error:
        return PreviewRow(row.number, row.values, (_service_error(sheet, target, mapping, row, error),), row.raw)
    created.append(reference)
    return row


def _store_row(
    session: Session, sheet: Sheet, target: Target, mapping: Mapping[int, str], row: PreviewRow, created: list[str]
) -> PreviewRow:
    savepoint = session.begin_nested()
    try:
        reference = target.create(session, dict(row.values))
        session.flush()
    except DpoDeskError as error:
        savepoint.rollback()
        return PreviewRow(row.number, row.values, (_service_error(sheet, target, mapping, row, error),), row.raw)
    savepoint.commit()
    created.append(reference)
    return row


def _service_error(
    sheet: Sheet, target: Target, mapping: Mapping[int, str], row: PreviewRow, error: DpoDeskError
) -> CellError:
    """The service's refusal, placed in the column of the field it names ("aware_at")."""
    named = getattr(error, "field", "") or ""
    key = target.service_names.get(named) or normalise(named).replace(" ", "_")
    index = {k: i for i, k in mapping.items()}.get(key)
    if index is None:
        refusal = (
            {"refusal": error.code, "refusal_values": dict(error.values)} if isinstance(error, RuleRefused) else {}
        )
        return CellError(row.number, "—", "", str(error), values={"reason": str(error), **refusal})
    label, raw = target.field(key).label, row.raw.get(key)
    code, values = _reason(raw, error)
    return CellError(
        row.number, sheet.column_name(index), key, _cell_message(label, raw, error), code=code, values=values
    )


def _cell_message(label: str, raw: str | None, error: DpoDeskError) -> str:
    reason = getattr(error, "reason", None) or str(error)
    return f"{label}: {raw!r} {reason}" if raw else f"{label} {reason}"


def _reason(raw: str | None, error: DpoDeskError) -> tuple[str, dict[str, Any]]:
    """The refusal as a code and its values (the cell as typed under "value"), for a window to word."""
    code = getattr(error, "code", "")
    if code not in CELL_ERROR_CODES:  # a service's own refusal: its English reason, and its code when it has one
        refused: dict[str, Any] = {"value": raw or "", "reason": getattr(error, "reason", None) or str(error)}
        if isinstance(error, RuleRefused) and code:
            refused.update(refusal=code, refusal_values=dict(error.values))
        return "refused", refused
    return code, {**getattr(error, "values", {}), "value": raw or ""}


def preview(
    session: Session, sheet: Sheet, target: Target, mapping: Mapping[int, str], **options: Any
) -> ImportPreview:
    """What the import would do: the import itself (`run`, same options), rolled back."""
    return run(session, sheet, target, mapping, **options, dry_run=True)


def apply(session: Session, result: ImportPreview, *, skip_errors: bool = False) -> ImportResult:
    """The import a preview showed, for real; raises its refusal (nothing stored) if it has one."""
    done = run(
        session,
        result.sheet,
        result.target,
        result.mapping,
        date_order=result.date_order,
        tz_name=result.tz_name,
        skip_errors=skip_errors,
        details=result.details,
    )
    refusal = done.refusal()
    if refusal is not None:
        raise refusal
    return ImportResult(done.created, done.skipped_rows)


def _rows(count: int) -> str:
    return f"{count} row" if count == 1 else f"{count} rows"


def targets() -> dict[str, Target]:
    """The targets of the modules this build has (the register, the request log, the breach register)."""
    return {t.key: t for t in import_targets.available()}

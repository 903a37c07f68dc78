"""Moving in and out: `export --json`, `import`, `demo` (and `generate` for synthetic data)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dpo_desk.cli.context import Context
from dpo_desk.errors import DpoDeskError


def register(commands: Any, reports: Any) -> None:
    export = commands.add_parser("export", help="write the whole store as one documented JSON file")
    export.add_argument("--json", dest="out", metavar="OUT", required=True, help="the JSON file to write")
    export.set_defaults(handler=run_export)
    imp = commands.add_parser(
        "import", help="read a DPO Desk JSON export (merges by reference), or a register from .xlsx/.csv"
    )
    imp.add_argument("file", metavar="FILE", help="a .json export, or an .xlsx or .csv register")
    imp.add_argument("--dry-run", action="store_true", help="list what would be added or changed; write nothing")
    imp.add_argument("--json", action="store_true", help="print the plan as JSON")
    sheet = imp.add_argument_group("spreadsheets")
    sheet.add_argument("--kind", metavar="KIND", help="what the sheet holds (guessed from its headers if not given)")
    sheet.add_argument(
        "--map",
        metavar="HEADER=FIELD",
        action="append",
        default=[],
        help="read column HEADER as FIELD (empty FIELD: leave the column out); repeatable",
    )
    sheet.add_argument("--date-order", choices=("dmy", "mdy"), help="how to read dates like 05/03/2026")
    sheet.add_argument("--skip-errors", action="store_true", help="import the good rows, skip the rows in error")
    imp.set_defaults(handler=run_import)
    demo = commands.add_parser("demo", help="fill an empty store with the fictional demo company")
    demo.set_defaults(handler=run_demo)
    generate = commands.add_parser(
        "generate", help="fill an empty store with reproducible synthetic data (benchmarks and tests)"
    )
    generate.add_argument("--requests", metavar="N", required=True, help="how many rights requests")
    generate.add_argument("--breaches", metavar="N", help="how many breaches (default: requests / 10)")
    generate.add_argument("--subprocessors", metavar="N", help="how many register entries (default: requests / 20)")
    generate.add_argument("--seed", metavar="S", default="2026", help="the same seed gives the same rows (2026)")
    generate.add_argument("--as-of", metavar="DATE", help="the day the data ends on (default: today)")
    generate.add_argument(
        "--audit-trail", action="store_true", help="also the audit entries of each case and its timeline, as if worked"
    )
    generate.set_defaults(handler=run_generate)


def run_export(ctx: Context) -> None:
    from dpo_desk.services import exchange

    store = ctx.open_store()
    with ctx.read() as session:
        counts = exchange.write_export(
            session, ctx.args.out, store_id=store.store_id, schema_revision=store.schema_revision
        )
    ctx.say(f"Wrote {sum(counts.values())} rows from {len(counts)} tables to {ctx.args.out}")


def run_import(ctx: Context) -> None:
    path = Path(ctx.args.file)
    if path.suffix.lower() != ".json":
        _import_spreadsheet(ctx, path)
        return
    from dpo_desk.services import exchange

    document = exchange.read_document(path)  # checked whole before the store is written
    if ctx.args.dry_run:
        with ctx.read() as session:
            plan = exchange.plan_import(session, document)
    else:
        with ctx.write() as session:
            plan = exchange.apply_import(session, document)
    if ctx.args.json:
        ctx.print_json(plan.to_json())
    else:
        for line in plan.summary_lines():
            ctx.say(line)
        ctx.say("Dry run: nothing was written." if ctx.args.dry_run else "Imported.")


def _import_spreadsheet(ctx: Context, path: Path) -> None:
    from dpo_desk.services import organisation
    from dpo_desk.services import spreadsheet_import as sheets
    from dpo_desk.services.sheet_reader import SheetLimits, read_workbook

    with ctx.read() as session:
        limits, tz_name = SheetLimits.of(session), organisation.get(session).timezone
    sheet, *details = read_workbook(path, limits)
    target = _sheet_target(ctx.args.kind, sheet.headers)
    overrides = dict(_map_option(text) for text in ctx.args.map)
    mapping = sheets.apply_overrides(sheet, target, sheets.match_columns(sheet.headers, target), overrides)
    with ctx.write() as session:  # a dry run is the same import, rolled back by the service
        done = sheets.run(
            session,
            sheet,
            target,
            mapping,
            date_order=ctx.args.date_order,
            tz_name=tz_name,
            skip_errors=ctx.args.skip_errors,
            dry_run=ctx.args.dry_run,
            details=details,
        )
        if ctx.args.json:
            ctx.print_json(done.to_json())
        else:
            for line in done.summary_lines():
                ctx.say(line)
        refusal = done.refusal()
        if refusal is not None:
            raise refusal
    if ctx.args.json:
        return
    skipped = f", skipped rows {', '.join(map(str, done.skipped_rows))}" if done.skipped_rows else ""
    count = len(done.created)
    if ctx.args.dry_run:
        ctx.say(f"Dry run: {count} {'row' if count == 1 else 'rows'} would be imported{skipped}; nothing was written.")
    else:
        ctx.say(f"Imported {count} {'row' if count == 1 else 'rows'} into {target.title}{skipped}.")


def _sheet_target(kind: str | None, headers: list[str]) -> Any:
    from dpo_desk.errors import InvalidInput
    from dpo_desk.services import spreadsheet_import as sheets

    known = sheets.targets()
    if not known:
        raise DpoDeskError("No register of this version can be imported from a spreadsheet yet.")
    if kind is not None:
        if kind not in known:
            raise InvalidInput("--kind", kind, f"is not one of {', '.join(known)}")
        return known[kind]
    guessed = sheets.guess_target(headers, list(known.values()))
    if guessed is None:
        raise InvalidInput(
            "--kind", None, f"is needed: the headers do not say what the file holds; choose one of {', '.join(known)}"
        )
    return guessed


def _map_option(text: str) -> tuple[str, str]:
    from dpo_desk.errors import InvalidInput

    header, sign, field = text.partition("=")
    if not sign or not header.strip():
        raise InvalidInput("--map", text, "is not HEADER=FIELD")
    return header.strip(), field.strip()


def run_demo(ctx: Context) -> None:
    from dpo_desk import demo
    from dpo_desk.services import exchange

    with ctx.write() as session:
        if not exchange.is_empty(session):
            raise DpoDeskError("The store already holds cases; the demo company goes only into an empty store.")
        demo.populate(session)
    ctx.say("Filled the store with the fictional demo company.")


def run_generate(ctx: Context) -> None:
    from dpo_desk.services import synthetic

    chosen = synthetic.plan(
        ctx.args.requests,
        ctx.args.breaches,
        ctx.args.subprocessors,
        seed=ctx.args.seed,
        as_of=ctx.args.as_of,
        audit_trail=ctx.args.audit_trail,
    )  # checked before the store is opened
    with ctx.write() as session:
        done = synthetic.generate(session, chosen)
    ctx.say(
        f"Generated {done.requests} requests, {done.breaches} breaches and {done.subprocessors} register entries "
        f"(seed {done.seed}, as of {done.as_of.isoformat()})."
    )

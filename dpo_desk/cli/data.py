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
    imp = commands.add_parser("import", help="read a DPO Desk JSON export (merges by reference)")
    imp.add_argument("file", metavar="FILE", help="a .json export")
    imp.add_argument("--dry-run", action="store_true", help="list what would be added or changed; write nothing")
    imp.add_argument("--json", action="store_true", help="print the plan as JSON")
    imp.set_defaults(handler=run_import)
    demo = commands.add_parser("demo", help="fill an empty store with the fictional demo company")
    demo.set_defaults(handler=run_demo)


def run_export(ctx: Context) -> None:
    from dpo_desk.services import exchange

    store = ctx.open_store()
    with ctx.read() as session:
        counts = exchange.write_export(
            session, ctx.args.out, store_id=store.store_id, schema_revision=store.schema_revision
        )
    ctx.say(f"Wrote {sum(counts.values())} rows from {len(counts)} tables to {ctx.args.out}")


def run_import(ctx: Context) -> None:
    from dpo_desk.services import exchange

    path = Path(ctx.args.file)
    if path.suffix.lower() != ".json":
        _import_spreadsheet(ctx, path)
        return
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
    try:
        from dpo_desk.services import spreadsheet_import
    except ModuleNotFoundError:
        raise DpoDeskError(f"{path.name}: only DPO Desk .json exports can be imported in this version.") from None
    spreadsheet_import.run_cli(ctx, path)


def run_demo(ctx: Context) -> None:
    from dpo_desk import demo
    from dpo_desk.services import exchange

    with ctx.write() as session:
        if not exchange._is_empty(session):
            raise DpoDeskError("The store already holds cases; the demo company goes only into an empty store.")
        demo.populate(session)
    ctx.say("Filled the store with the fictional demo company.")

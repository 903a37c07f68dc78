"""Entry point of `dpo-desk`: parse, dispatch to a command group, turn errors into one line."""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Sequence

from dpo_desk.cli import flags
from dpo_desk.clock import Clock
from dpo_desk.errors import DpoDeskError, InvalidInput

# Each module offers `register(commands, reports)`: its command group(s) and its `report` kinds.
GROUP_MODULES = (
    "dpo_desk.cli.store_cmds",
    "dpo_desk.cli.org",
    "dpo_desk.cli.request",
    "dpo_desk.cli.breach",
    "dpo_desk.cli.subprocessor",
    "dpo_desk.cli.records",
    "dpo_desk.cli.deadlines",
    "dpo_desk.cli.annual",
    "dpo_desk.cli.data",
    "dpo_desk.cli.safety",
    "dpo_desk.cli.bundle",
    "dpo_desk.cli.server_cmds",
)

# The group module that registers each command, so that a call builds (and imports) only its own
# group: building all of them costs every command ~50 ms. `report`, `--help` and any command not
# listed here build the whole parser (a test checks this map against what the modules register).
COMMAND_MODULES = {
    "init": "dpo_desk.cli.store_cmds",
    "org": "dpo_desk.cli.org",
    "request": "dpo_desk.cli.request",
    "breach": "dpo_desk.cli.breach",
    "subprocessor": "dpo_desk.cli.subprocessor",
    "transfers": "dpo_desk.cli.subprocessor",
    "dpia": "dpo_desk.cli.records",
    "records": "dpo_desk.cli.records",
    "deadlines": "dpo_desk.cli.deadlines",
    "demo": "dpo_desk.cli.data",
    "export": "dpo_desk.cli.data",
    "generate": "dpo_desk.cli.data",
    "import": "dpo_desk.cli.data",
    "attachment": "dpo_desk.cli.safety",
    "bundle": "dpo_desk.cli.bundle",
    "audit": "dpo_desk.cli.safety",
    "backup": "dpo_desk.cli.safety",
    "rekey": "dpo_desk.cli.safety",
    "restore": "dpo_desk.cli.safety",
    "retention": "dpo_desk.cli.safety",
    "server": "dpo_desk.cli.server_cmds",
}


class UsageError(DpoDeskError):
    exit_code = 2


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line instead of printing usage and exiting."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message} (see `{self.prog} --help`)")


def build_parser(groups: Sequence[str] = GROUP_MODULES) -> Parser:
    """The parser of every command group, or of `groups` only."""
    parser = Parser(prog="dpo-desk", description="DPO Desk on the command line: the same core as the window.")
    parser.add_argument(
        "--store",
        metavar="PATH",
        help="the encrypted store, or a postgresql://user@host:port/db URL (default: $DPO_DESK_STORE or the user "
        "data folder)",
    )
    parser.add_argument("--version", action="version", version=_version())
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    commands.required = True
    report = commands.add_parser("report", help="write a report (PDF or Excel)")
    reports = report.add_subparsers(dest="report_kind", metavar="KIND", parser_class=Parser)
    reports.required = True
    for name in groups:
        importlib.import_module(name).register(commands, reports)
    mark_outputs(parser)
    flags.mark_options(parser)
    return parser


def mark_outputs(parser: argparse.ArgumentParser) -> None:
    """Every command with an OUT option gets `--force` and has its OUT values checked before it runs.

    The check (dpo_desk.outputs) refuses the store, its side files and backups, and an existing file
    unless --force is given; it runs before the handler, so a refused file stores nothing.
    """
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                mark_outputs(sub)
    outputs = tuple(a.dest for a in parser._actions if a.metavar == "OUT")
    if outputs:
        if "--force" not in parser._option_string_actions:  # a command may declare its own
            parser.add_argument("--force", action="store_true", help="replace an existing file (never the store)")
        parser.set_defaults(output_options=outputs)


def command_groups(argv: Sequence[str]) -> Sequence[str]:
    """The group modules a call needs: its command's own, or all of them when in doubt."""
    index = 0
    while index < len(argv):
        token = argv[index]
        if token == "--store":
            index += 2
        elif token.startswith("--store="):
            index += 1
        elif token.startswith("-"):
            return GROUP_MODULES  # --help, --version, a misspelt option: the whole parser answers
        else:
            found = COMMAND_MODULES.get(token)
            return (found,) if found else GROUP_MODULES
    return GROUP_MODULES


def _version() -> str:
    from dpo_desk import __version__

    return f"dpo-desk {__version__}"


def _option_actions(parser: argparse.ArgumentParser) -> Sequence[argparse.Action]:
    found: list[argparse.Action] = []
    for action in parser._actions:
        found.append(action)
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found.extend(_option_actions(sub))
    return found


def glue_dash_values(parser: argparse.ArgumentParser, argv: Sequence[str]) -> list[str]:
    """`--service -2+3` becomes `--service=-2+3`: a value may begin with '-', never an option's name."""
    actions = _option_actions(parser)
    known = {s for a in actions for s in a.option_strings}
    takes_value = {s for a in actions if a.option_strings and a.nargs != 0 for s in a.option_strings}
    result: list[str] = []
    i = 0
    while i < len(argv):
        token = argv[i]
        if token in takes_value and i + 1 < len(argv) and argv[i + 1].startswith("-") and argv[i + 1] not in known:
            result.append(f"{token}={argv[i + 1]}")
            i += 2
            continue
        result.append(token)
        i += 1
    return result


def main(argv: Sequence[str] | None = None, *, clock: Clock | None = None) -> int:
    """Runs one command; `clock` is the time the core reads (the system's unless a caller hands one in)."""
    os.umask(0o077)  # every file we create (stores, backups, reports) is the owner's only
    from dpo_desk.cli.context import Context

    # Run as the program (not called in by a test or another module), the process is this command's:
    # the cyclic garbage collector then stays off while the start-up builds its long-lived objects
    # (SQLAlchemy, the models: ~50 ms of collections that free nothing), and skips its last
    # collection at exit (~80 ms). Every file and the store are closed explicitly, never by a collection.
    program = argv is None
    if program:
        gc.disable()
    argv = list(sys.argv[1:] if argv is None else argv)
    context = None
    args = None
    try:
        for position, token in enumerate(argv, start=1):
            # A real command line cannot carry one; called in-process, it would reach a query, where
            # PostgreSQL refuses it in any parameter (an internal error) and SQLite would look it up.
            if "\x00" in token:
                raise InvalidInput(f"argument {position}", None, "holds a NUL character (\\0): remove it")
        parser = build_parser(command_groups(argv))
        args = parser.parse_args(glue_dash_values(parser, argv))
        context = Context(args, on_open=_start_up_done if program else None, clock=clock)
        context.check_outputs()
        result = args.handler(context)
        return int(result or 0)
    except DpoDeskError as exc:
        prefix = "" if isinstance(exc, UsageError) else "dpo-desk: "
        from dpo_desk.domain.text import visible

        # the core names the field; the user typed an option of the command that ran
        message = flags.worded(exc, args) if isinstance(exc, InvalidInput) else str(exc)
        print(visible(f"{prefix}{message}"), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("dpo-desk: interrupted; nothing more was done.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: one line for the user, the details in a private log
        from dpo_desk.crash import log_crash

        where = log_crash(exc)
        print(
            f"dpo-desk: internal error ({type(exc).__name__}); details in {where}. Please report it.", file=sys.stderr
        )
        return 70
    finally:
        if context is not None:
            context.close()
        if program:
            gc.freeze()


def _start_up_done() -> None:
    """The store is open: what exists now lives until the end; collect only what comes after it.

    A long command (an import, a generated store of 100,000 cases) needs its collections back.
    """
    gc.freeze()
    gc.enable()

"""A command line call imports what its command needs: no Qt, no report libraries, no Alembic on a current store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dpo_desk.cli import main as cli_main
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.both_engines

HEAVY = {"PySide6", "reportlab", "openpyxl", "alembic"}

PROBE = """
import contextlib, io, sys
from dpo_desk.cli.main import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    code = main(sys.argv[1:])
print(code)
print(' '.join(sorted(sys.modules)))
print(out.getvalue())
"""


def _run(store_path: Path, *args: str) -> tuple[str, set[str]]:
    """The command's output, and the top-level packages it imported, in a fresh interpreter."""
    env = {**os.environ, "DPO_DESK_PASSPHRASE": PASSPHRASE}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--store", str(store_path), *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    code, modules, out = done.stdout.split("\n", 2)
    assert code == "0", done.stderr
    return out, {m.split(".")[0] for m in modules.split()} | set(modules.split())


@pytest.fixture
def with_a_request(cli, store_path: Path) -> tuple[Path, str]:
    ref = cli("request", "add", "--type", "access", "--received", "2026-03-03", "--subject", "Åke Ström").last_line
    return store_path, ref


def test_request_show_imports_no_qt_no_report_library_and_no_alembic(with_a_request) -> None:
    store_path, ref = with_a_request
    out, loaded = _run(store_path, "request", "show", ref, "--json")
    assert ref in out
    assert not loaded & HEAVY, loaded & HEAVY
    assert "holidays" not in loaded  # Finland's calendar of this year comes from rules/finnish_holidays
    # Only the models it reads are declared (each model module's set-up is 10-30 ms of the call).
    models = {m.rsplit(".", 1)[1] for m in loaded if m.startswith("dpo_desk.store.models.")}
    assert models == {"base", "core", "requests"}, models
    # Only its own command group was built: the other groups' modules were never imported.
    assert "dpo_desk.cli.request" in loaded
    assert not {"dpo_desk.cli.breach", "dpo_desk.cli.records", "dpo_desk.cli.safety"} & loaded


def test_deadlines_json_imports_no_heavy_library_and_no_holiday_calendars(with_a_request) -> None:
    store_path, ref = with_a_request
    out, loaded = _run(store_path, "deadlines", "--json", "--as-of", "2026-03-10")
    assert ref in out
    assert not loaded & (HEAVY | {"holidays"}), loaded & (HEAVY | {"holidays"})


def test_deadlines_json_reads_plain_rows_without_the_orm_the_models_or_the_case_services(with_a_request) -> None:
    """The ORM's import (~50 ms), the models' declarations and the case services with their rules were most
    of the call beyond its floor; the list comes from services/open_limits through the Core instead."""
    store_path, ref = with_a_request
    out, loaded = _run(store_path, "deadlines", "--json", "--as-of", "2026-03-10")
    assert ref in out
    assert "sqlalchemy.orm" not in loaded
    assert not {m for m in loaded if m.startswith("dpo_desk.store.models")}
    services = {f"dpo_desk.services.{name}" for name in ("deadlines", "requests", "breaches", "register", "records")}
    assert not services & loaded, services & loaded


@pytest.mark.parametrize("command, module", sorted(cli_main.COMMAND_MODULES.items()))
def test_each_listed_command_is_registered_by_its_module(command: str, module: str) -> None:
    parser = cli_main.build_parser([module])
    commands = next(a for a in parser._actions if a.dest == "command")
    assert command in commands.choices


def test_only_a_listed_command_builds_its_group_alone() -> None:
    groups = cli_main.command_groups
    assert groups(["--store", "x", "request", "show", "DSR-1"]) == ("dpo_desk.cli.request",)
    assert groups(["--store=x", "transfers"]) == ("dpo_desk.cli.subprocessor",)
    for argv in (["--help"], ["--store", "x", "report", "requests"], ["nonsense"], []):
        assert groups(argv) == cli_main.GROUP_MODULES


def test_help_still_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli_main.main(["--help"])
    shown = capsys.readouterr().out
    assert all(command in shown for command in [*cli_main.COMMAND_MODULES, "report"])


def test_a_misspelt_command_is_refused_naming_the_real_ones(cli) -> None:
    result = cli("reqest", "list", ok=False)
    assert "request" in result.err and "deadlines" in result.err


def test_run_as_the_program_the_collector_is_back_once_the_store_is_open(with_a_request) -> None:
    """Start-up runs without cyclic collections; a long command (an import, a generated store) gets them back."""
    store_path, _ = with_a_request
    probe = (
        "import contextlib, gc, io, sys\n"
        "from dpo_desk.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    code = main()\n"  # no argv: as the installed `dpo-desk` runs it
        "print(code, gc.isenabled(), gc.get_freeze_count() > 0)\n"
    )
    env = {**os.environ, "DPO_DESK_PASSPHRASE": PASSPHRASE}
    argv = ["--store", str(store_path), "deadlines", "--json"]
    done = subprocess.run([sys.executable, "-c", probe, *argv], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.split() == ["0", "True", "True"], done.stderr


def test_called_in_by_another_module_the_collector_is_left_alone(cli) -> None:
    import gc

    frozen = gc.get_freeze_count()
    cli("deadlines", "--json")
    assert gc.isenabled() and gc.get_freeze_count() == frozen


def test_asking_the_models_package_for_base_declares_every_table() -> None:
    probe = (
        "import sys; from dpo_desk.store.models import Base, MODULES; "
        "assert all(f'dpo_desk.store.models.{m}' in sys.modules for m in MODULES); "
        "print(' '.join(sorted(Base.metadata.tables)))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    tables = set(done.stdout.split())
    assert {"request", "request_event", "breach", "subprocessor", "processing_activity", "attachment"} <= tables

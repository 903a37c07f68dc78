"""The core never loads Qt; plain commands load no report libraries."""

from __future__ import annotations

import subprocess
import sys


def _loaded_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_core_imports_no_qt() -> None:
    loaded = _loaded_after(
        "import dpo_desk.store, dpo_desk.services.organisation, dpo_desk.services.settings, dpo_desk.cli.main,"
        " dpo_desk.demo"
    )
    assert not any(m.startswith("PySide6") for m in loaded)


def test_the_command_line_parser_loads_no_report_libraries() -> None:
    loaded = _loaded_after("from dpo_desk.cli.main import build_parser; build_parser()")
    heavy = {"PySide6", "reportlab", "openpyxl", "alembic"}
    assert not {m.split(".")[0] for m in loaded} & heavy


def test_import_targets_and_the_import_do_not_import_each_other() -> None:
    """Issue 15: the registers offering targets know only the fields; the import knows the registers."""
    assert "dpo_desk.services.spreadsheet_import" not in _loaded_after("import dpo_desk.services.import_targets")

"""The core names a refused input by its field, never by a command-line option (issue 15, point 1).

A service names the field ("received", "processing_countries"); the command line maps it to its
option (dpo_desk/cli/flags.py), and the window shows its own label. Every module of services/,
domain/ and rules/ is read as source: no call passes a field that begins with "-", and no default
of a field parameter is one.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import dpo_desk
from dpo_desk.errors import InvalidInput

pytestmark = pytest.mark.both_engines

CORE = ("services", "domain", "rules")
OPTION = re.compile(r"--?[A-Za-z]")
BARE_OPTION = re.compile(r"--[a-z][a-z-]*")
ROOT = Path(dpo_desk.__file__).parent


def _dashed(node: ast.AST) -> bool:
    """A string, or an f-string, that begins like an option: "--on", "-x", f"--{key}"."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return OPTION.match(node.value) is not None
    if isinstance(node, ast.JoinedStr) and node.values:
        first = node.values[0]
        return isinstance(first, ast.Constant) and str(first.value).startswith("-") and str(first.value) != "-"
    return False


def _flags_in(path: Path) -> list[str]:
    found = []
    where = path.relative_to(ROOT.parent) if path.is_relative_to(ROOT.parent) else path
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and BARE_OPTION.fullmatch(node.value):
            # an option anywhere, a table of them too ({"processing_countries": "--locations"})
            found.append(f"{where}:{node.lineno}: {node.value!r}")
        elif isinstance(node, ast.Call):
            # InvalidInput("--on", ...) and the helpers that pass their first argument on as the
            # field (validation.text("--reason", ...), parse_date("--received", ...)).
            named = [k.value for k in node.keywords if k.arg in ("field", "field_name", "option", "prefix")]
            for argument in [*node.args[:1], *named]:
                if _dashed(argument):
                    found.append(f"{where}:{node.lineno}: {ast.unparse(argument)}")
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for default in [*node.args.defaults, *(d for d in node.args.kw_defaults if d is not None)]:
                if _dashed(default):
                    found.append(f"{where}:{default.lineno}: {ast.unparse(default)}")
    return sorted(set(found))  # a string may be caught twice (a bare option passed in a call)


def test_no_core_module_names_a_field_by_a_command_line_option() -> None:
    modules = [p for layer in CORE for p in sorted((ROOT / layer).rglob("*.py"))]
    assert len(modules) > 40  # the scan reads the real tree, not an empty folder
    found = [hit for path in modules for hit in _flags_in(path)]
    assert found == [], "name the field, not the option (the CLI maps it: dpo_desk/cli/flags.py):\n" + "\n".join(found)


def test_the_scan_finds_an_option_where_there_is_one(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'def check(on, field_name="--x"):\n'
        '    validation.text(f"--{on}", on)\n'
        '    raise InvalidInput("--on", on, "is wrong")\n'
    )
    assert len(_flags_in(sample)) == 3
    (tmp_path / "table.py").write_text('NAMES = {"processing_countries": "--locations"}\n')
    assert len(_flags_in(tmp_path / "table.py")) == 1


def test_a_refusal_reads_naturally_without_the_command_line() -> None:
    refused = InvalidInput("received_on", "2026-13-01", "is not a valid date")
    assert str(refused) == "received on: '2026-13-01' is not a valid date"
    assert str(InvalidInput("title", None, "is required")) == "title is required"
    assert refused.worded("--received") == "--received: '2026-13-01' is not a valid date"
    assert refused.worded("Received on") == "Received on: '2026-13-01' is not a valid date"

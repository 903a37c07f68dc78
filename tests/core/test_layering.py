"""The layers of docs/architecture.md, checked on every module under dpo_desk/ by reading its source.

Each module is parsed (never imported), and every `import` in it, at the top or inside a function,
is matched against what its layer may not reach. A second scan finds reads of the system clock
outside `dpo_desk/clock.py`. `ALLOWED` names the few crossings that other work in flight removes;
anything not listed there fails.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "dpo_desk"

QT = ("PySide6", "shiboken6")
SQLALCHEMY = ("sqlalchemy", "alembic")
STORE = ("dpo_desk.store",)
SERVICES = ("dpo_desk.services",)
REPORTING = ("dpo_desk.reporting",)
UI = ("dpo_desk.ui",)
CLI = ("dpo_desk.cli",)

# (layer the rule applies to, what it may not import, why)
RULES: list[tuple[str, tuple[str, ...], str]] = [
    ("ui", STORE + SQLALCHEMY, "the window reaches the store through services, by ui/ops.py"),
    ("ui", CLI, "the window and the command line are two front ends over the same core"),
    ("cli", STORE + SQLALCHEMY, "the command line reaches the store through services"),
    ("cli", UI, "the window and the command line are two front ends over the same core"),
    ("services", REPORTING + UI + CLI, "services return data; writers and front ends sit above them"),
    ("reporting", STORE + SQLALCHEMY, "writers take plain data, never a session"),
    ("reporting", UI + CLI, "writers serve both front ends"),
    ("rules", STORE + SERVICES + REPORTING + SQLALCHEMY + UI + CLI, "rules are pure functions"),
    ("domain", STORE + SERVICES + REPORTING + SQLALCHEMY + UI + CLI, "the shared vocabulary stands below everything"),
]

# Crossings that other engineers' work in flight removes: (importing module, imported module).
ALLOWED: set[tuple[str, str]] = set()


@dataclass(frozen=True)
class Crossing:
    module: str
    imported: str
    line: int
    why: str

    def __str__(self) -> str:
        return f"{self.module}:{self.line} imports {self.imported} ({self.why})"


def _modules() -> list[tuple[str, Path]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found.append((".".join(parts), path))
    return found


def _imports(module: str, path: Path) -> list[tuple[str, int]]:
    """Every module `module` imports, as absolute dotted names (relative imports resolved)."""
    is_package = path.name == "__init__.py"
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names.append((target, node.lineno))
            # `from dpo_desk import store` names a module too.
            names += [(f"{target}.{a.name}", node.lineno) for a in node.names if _is_module(f"{target}.{a.name}")]
    return names


def _within(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes)


def _is_module(name: str) -> bool:
    parts = name.split(".")
    return (PACKAGE.parent.joinpath(*parts).with_suffix(".py")).exists() or PACKAGE.parent.joinpath(*parts).is_dir()


def _crossings() -> list[Crossing]:
    found = []
    for module, path in _modules():
        layer = module.split(".")[1] if module.count(".") else ""
        forbidden = [(banned, why) for rule_layer, banned, why in RULES if rule_layer == layer]
        if layer != "ui":
            forbidden.append((QT, "nothing outside ui/ imports Qt"))
        for imported, line in _imports(module, path):
            for banned, why in forbidden:
                if _within(imported, banned):
                    found.append(Crossing(module, imported, line, why))
    return found


def test_every_module_is_scanned() -> None:
    modules = dict(_modules())
    assert len(modules) > 150
    for layer in ("ui", "cli", "services", "reporting", "rules", "store", "domain"):
        assert any(name.startswith(f"dpo_desk.{layer}.") for name in modules), layer


def test_no_layer_imports_what_it_may_not() -> None:
    crossings = [c for c in _crossings() if (c.module, c.imported) not in ALLOWED]
    assert not crossings, "\n".join(map(str, crossings))


def test_the_allowed_crossings_still_exist() -> None:
    """An allowance whose crossing has gone is removed, so the list only ever shrinks."""
    present = {(c.module, c.imported) for c in _crossings()}
    assert not ALLOWED - present, sorted(ALLOWED - present)


@pytest.mark.parametrize(
    "source",
    [
        "import PySide6.QtWidgets",
        "from sqlalchemy.orm import Session",
        "from dpo_desk.store.backup import make_backup",
        "from ..store import Store",
        "from dpo_desk import store",
    ],
)
def test_the_scan_sees_each_form_of_import(tmp_path: Path, source: str) -> None:
    path = tmp_path / "probe.py"
    path.write_text(f"def handler():\n    {source}\n", encoding="utf-8")
    imported = {name for name, _ in _imports("dpo_desk.cli.probe", path)}
    assert any(_within(name, QT + SQLALCHEMY + STORE) for name in imported)


# ---- one clock ----

CLOCK_READS = {("datetime", "now"), ("datetime", "utcnow"), ("date", "today"), ("datetime", "today"), ("time", "time")}


def _clock_reads(path: Path) -> list[tuple[str, int]]:
    """Calls such as datetime.now(), dt.date.today(), datetime.datetime.now(tz), time.time()."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            owner_name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if (owner_name, node.func.attr) in CLOCK_READS:
                found.append((ast.unparse(node.func), node.lineno))
        elif isinstance(node, ast.ImportFrom) and node.module == "time":
            found += [(f"from time import {a.name}", node.lineno) for a in node.names if a.name == "time"]
    return found


def test_only_the_clock_reads_the_system_time() -> None:
    reads = [
        f"{module}:{line} calls {call}()"
        for module, path in _modules()
        if module != "dpo_desk.clock"
        for call, line in _clock_reads(path)
    ]
    assert not reads, "\n".join(reads)


def test_the_clock_scan_sees_each_spelling(tmp_path: Path) -> None:
    path = tmp_path / "probe.py"
    path.write_text(
        "import datetime, time\nimport datetime as dt\nfrom datetime import date\n"
        "a = datetime.datetime.now()\nb = dt.date.today()\nc = date.today()\nd = time.time()\n",
        encoding="utf-8",
    )
    assert [line for _, line in _clock_reads(path)] == [4, 5, 6, 7]


# ---- what is loaded at run time ----


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

"""Issue 22, points 9 and 11: values the register can hold, and no hidden character reaches a terminal raw."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from dpo_desk.domain.text import hidden_characters, visible

pytestmark = pytest.mark.both_engines

BIDI = "Anna \u202eFDP.exe\u202c \u2066iso\u2069"  # the services refuse control characters, not these
SNEAKY = "Anna \u202eFDP.exe\u202c \x1b[31mred\x1b[0m \x07bell \x85next \u2066iso\u2069"


def test_visible_escapes_every_hidden_character_and_nothing_else() -> None:
    shown = visible(SNEAKY + "\tÅäö Дмитрий مرحبا\n")
    assert not hidden_characters(shown)
    assert "\\u202e" in shown and "\\u001b[31m" in shown and "Åäö Дмитрий مرحبا" in shown and "\t" in shown
    assert hidden_characters(SNEAKY) == ["U+0007", "U+001B", "U+0085", "U+202C", "U+202E", "U+2066", "U+2069"]
    assert json.loads(f'"{visible(chr(0x202E))}"') == "\u202e"  # still valid inside a JSON string


def test_no_hidden_character_reaches_the_terminal(cli) -> None:
    reference = cli("request", "add", "--type", "access", "--received", "2026-11-20", "--subject", BIDI).last_line
    for args in (("request", "list"), ("request", "show", reference), ("request", "list", "--json")):
        out = cli(*args).out
        assert "Anna" in out and not hidden_characters(out), args
    assert cli("request", "list", "--json").json()[0]["subject_name"] == BIDI  # JSON still carries the value
    refused = cli("request", "show", "DSR-\u202e1", ok=False)
    assert not hidden_characters(refused.err)


def test_a_breach_description_is_limited_so_the_register_is_always_writable(cli, tmp_path: Path) -> None:
    """Point 9: a 100,000-character description was accepted, then the register could not be written."""
    common = ("breach", "add", "--title", "Long", "--aware-at", "2026-11-20T10:00:00+02:00", "--nature", "availability")
    refused = cli(*common, "--description", "x" * 20_001, ok=False)
    assert refused.code == 2 and "--description" in refused.err and "xxxx" not in refused.err
    cli(*common, "--description", "y" * 20_000)
    cli("report", "breaches", "--xlsx", tmp_path / "register.xlsx")
    book = load_workbook(tmp_path / "register.xlsx", read_only=True)
    assert any(cell == "y" * 20_000 for row in book.worksheets[0].iter_rows(values_only=True) for cell in row)

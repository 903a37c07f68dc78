"""`dpo-desk import FILE.xlsx|.csv`: the preview on standard output, one line on failure, nothing stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from dpo_desk.services import import_targets
from tests.core.test_spreadsheet_import import TARGET, _stored


def probe_target():
    return TARGET


@pytest.fixture
def with_probe(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_targets, "BUILDERS", ((__name__, "probe_target"),))


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "in.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_rows_in_error_are_listed_and_nothing_is_stored(cli, store_path, with_probe, tmp_path: Path) -> None:
    path = _csv(tmp_path, "Nimi;Maa\nHyvä Oy;FI\nHuono Oy;Atlantis\n")
    failed = cli("import", path, ok=False)
    assert "row 3, column B (Maa): Country: 'Atlantis' is not a country" in failed.out
    assert "1 row with errors" in failed.err
    dry = cli("import", path, "--dry-run", "--skip-errors")
    assert dry.last_line == "Dry run: 1 row would be imported, skipped rows 3; nothing was written."
    done = cli("import", path, "--skip-errors")
    assert done.last_line == "Imported 1 row into Probe register, skipped rows 3."
    from dpo_desk.store import Store
    from tests.conftest import PASSPHRASE

    with Store.open(store_path, PASSPHRASE) as store:
        assert set(_stored(store)) == {"Hyvä Oy"}


def test_columns_mapped_on_the_command_line(cli, with_probe, tmp_path: Path) -> None:
    path = _csv(tmp_path, "Toimittaja,Signed on\nOma Oy,5.3.2026\n")
    out = cli("import", path, "--kind", "probe", "--map", "Toimittaja=name", "--map", "Signed on=signed", "--json")
    plan = out.json()
    assert plan["mapping"] == {"Toimittaja": "name", "Signed on": "signed"}
    assert plan["ready"] == 1 and plan["errors"] == []


def test_unknown_kind_unguessable_headers_and_no_targets(cli, with_probe, tmp_path: Path, monkeypatch) -> None:
    path = _csv(tmp_path, "Foo,Bar\n1,2\n")
    assert "--kind: 'nope' is not one of probe" in cli("import", path, "--kind", "nope", ok=False).err
    assert "the headers do not say what the file holds" in cli("import", path, ok=False).err
    assert "is not HEADER=FIELD" in cli("import", path, "--kind", "probe", "--map", "Foo", ok=False).err
    monkeypatch.setattr(import_targets, "BUILDERS", ())
    assert "No register of this version" in cli("import", path, ok=False).err

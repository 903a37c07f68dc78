"""`dpo-desk import FILE.xlsx|.csv`: the preview on standard output, one line on failure, nothing stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from dpo_desk.services import import_targets
from tests.core.test_spreadsheet_import import TARGET, _stored

pytestmark = pytest.mark.both_engines


def probe_target():
    return TARGET


@pytest.fixture
def with_probe(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_targets, "BUILDERS", (probe_target,))


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


def test_a_dry_run_fails_as_the_import_does_and_says_the_same(cli, tmp_path: Path) -> None:
    """Issue 18: a dry run once said "N rows ready" and exited 0 where the import then failed."""
    missing = _csv(tmp_path, "Otsikko\nVuoto\n")  # a breach without the moment of awareness
    dry, real = (
        cli("import", missing, "--kind", "breaches", "--dry-run", ok=False),
        cli("import", missing, "--kind", "breaches", ok=False),
    )
    assert dry.err == real.err and "lacks required columns: Became aware" in real.err
    late = tmp_path / "late.csv"
    late.write_text(
        "Otsikko;Tullut tietoiseksi;Riskipäätös;Ilmoitettu valvontaviranomaiselle\n"
        "Ajoissa;2026-03-02 08:00;riski;2026-03-03 09:00\n"
        "Myöhässä ilman syytä;2026-03-02 08:00;riski;2026-03-09 09:00\n",
        encoding="utf-8",
    )
    dry, real = cli("import", late, "--dry-run", ok=False), cli("import", late, ok=False)
    assert dry.out == real.out and dry.err == real.err
    assert "1 row ready, 1 row with errors" in real.out
    assert "row 3, column —: The notification at 2026-03-09T09:00:00+02:00 is after" in real.out  # the service's
    assert cli("breach", "list", "--json").json() == []


def test_limits_refuse_a_file_at_once_in_one_line(cli, store_path: Path, tmp_path: Path) -> None:
    from dpo_desk.services import settings
    from dpo_desk.store import Store
    from tests.conftest import PASSPHRASE

    with Store.open(store_path, PASSPHRASE) as store, store.write() as session:
        settings.put(session, "import.max_rows", 3)
    path = _csv(tmp_path, "Nimi;Maa\n" + "".join(f"Oy {n};FI\n" for n in range(4)))
    refused = cli("import", path, "--kind", "register", ok=False)
    assert "has more than 3 rows, the import limit; nothing was read" in refused.err
    broken = _csv(tmp_path, 'Alihankkija;Palvelu;Maa\nA Oy;"Pilvi;FI\nB Oy;Posti;FI\n')
    assert "a quote opened on line 2 that is never closed" in cli("import", broken, ok=False).err

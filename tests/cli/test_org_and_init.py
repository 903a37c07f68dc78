"""`init`, `org set` and `org show`, and the command line's conventions."""

from __future__ import annotations

from pathlib import Path

import pytest

from dpo_desk.cli.main import main
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.both_engines


def test_org_set_then_show_json(cli) -> None:
    cli(
        "org",
        "set",
        "--name",
        "Testi Pilvi Oy",
        "--business-id",
        "7654321-0",
        "--dpo-name",
        "Matti Meikäläinen",
        "--dpo-email",
        "tietosuoja@example.fi",
        "--dpo-phone",
        "+358 9 000 0000",
    )
    shown = cli("org", "show", "--json").json()
    assert shown["name"] == "Testi Pilvi Oy"
    assert shown["dpo_name"] == "Matti Meikäläinen"
    assert shown["timezone"] == "Europe/Helsinki"
    assert shown["holiday_country"] == "FI"


def test_values_may_begin_with_dash_plus_equals_or_at(cli) -> None:
    cli("org", "set", "--name", "=cmd", "--business-id", "-2+3", "--address", "@home", "--dpo-phone", "+358")
    shown = cli("org", "show", "--json").json()
    assert (shown["name"], shown["business_id"], shown["address"], shown["dpo_phone"]) == (
        "=cmd",
        "-2+3",
        "@home",
        "+358",
    )


def test_bad_values_name_the_field_and_store_nothing(cli) -> None:
    cli("org", "set", "--name", "Before Oy")
    failed = cli("org", "set", "--name", "After Oy", "--timezone", "Mars/Olympus", ok=False)
    assert "timezone" in failed.err and "Mars/Olympus" in failed.err
    failed = cli("org", "set", "--dpo-email", "not-an-address", ok=False)
    assert "e-mail" in failed.err
    assert cli("org", "show", "--json").json()["name"] == "Before Oy"


def test_wrong_passphrase_is_one_line(cli) -> None:
    failed = cli("org", "show", ok=False, env={"DPO_DESK_PASSPHRASE": "wrong"})
    assert "passphrase" in failed.err.lower()


def test_unknown_command_is_one_line(cli) -> None:
    failed = cli("frobnicate", ok=False)
    assert "frobnicate" in failed.err


def test_init_creates_and_refuses_to_overwrite(tmp_path: Path, capsys, monkeypatch) -> None:
    path = tmp_path / "new.dpodesk"
    monkeypatch.setenv("DPO_DESK_NEW_PASSPHRASE", PASSPHRASE)
    assert main(["--store", str(path), "init"]) == 0
    before = path.read_bytes()
    assert main(["--store", str(path), "init"]) != 0
    assert "refusing to overwrite" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_init_refuses_a_short_passphrase(tmp_path: Path, capsys, monkeypatch) -> None:
    path = tmp_path / "short.dpodesk"
    monkeypatch.setenv("DPO_DESK_NEW_PASSPHRASE", "short")
    assert main(["--store", str(path), "init"]) != 0
    assert "too short" in capsys.readouterr().err
    assert not path.exists()


def test_no_passphrase_without_a_terminal_is_a_clear_error(cli, monkeypatch) -> None:
    monkeypatch.delenv("DPO_DESK_PASSPHRASE")
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    failed = cli("org", "show", ok=False)
    assert "DPO_DESK_PASSPHRASE" in failed.err

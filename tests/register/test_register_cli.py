"""The register on the command line: add, list, show, update, transfer, announce, object, retire, check, report."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

pytestmark = pytest.mark.both_engines


@pytest.fixture
def cli(cli):
    """The shared runner, where every expected failure must be a refusal, never an internal error."""

    def run(*args, ok=True, **kwargs):
        result = cli(*args, ok=ok, **kwargs)
        if ok is False:
            assert result.code in (1, 2) and "internal error" not in result.err, result.err
        return result

    return run


def test_add_list_show_and_refusals(cli) -> None:
    assert (
        cli(
            "subprocessor",
            "add",
            "--name",
            "Pohjola Hosting Oy",
            "--service",
            "Servers",
            "--country",
            "FI",
            "--locations",
            "FI,SE",
            "--mechanism",
            "eea",
            "--dpa-signed",
            "2026-01-05",
        ).last_line
        == "SP-0001"
    )
    assert (
        cli(
            "subprocessor",
            "add",
            "--name",
            "=1+1",
            "--service",
            "-2+3",
            "--country",
            "us",
            "--mechanism",
            "scc",
            "--scc-module",
            "2",
            "--tia",
            "2026-01-01",
            "--tia-review",
            "2027-01-01",
        ).last_line
        == "SP-0002"
    )
    entries = cli("subprocessor", "list", "--json").json()
    assert [(e["reference"], e["name"], e["country"], e["mechanism"]) for e in entries] == [
        ("SP-0001", "Pohjola Hosting Oy", "FI", "eea"),
        ("SP-0002", "=1+1", "US", "scc"),
    ]
    assert entries[0]["locations"] == ["FI", "SE"] and entries[0]["dpa_signed"] == "2026-01-05"
    assert entries[1]["service"] == "-2+3"
    assert entries[1]["transfers"][0]["detail"] == "SCC module 2"
    shown = cli("subprocessor", "show", "SP-0002", "--json").json()
    assert [w["code"] for w in shown["warnings"]] == ["dpa-missing"]
    # refused, nothing stored
    assert (
        "--country: 'ZZ'"
        in cli("subprocessor", "add", "--name", "X", "--service", "x", "--country", "ZZ", ok=False).err
    )
    cli("subprocessor", "add", "--name", "X", "--service", "x", "--country", "US", "--mechanism", "eea", ok=False)
    cli(
        "subprocessor",
        "add",
        "--name",
        "X",
        "--service",
        "x",
        "--country",
        "US",
        "--mechanism",
        "scc",
        "--scc-module",
        "5",
        ok=False,
    )
    cli(
        "subprocessor", "add", "--name", "X", "--service", "x", "--country", "US", "--mechanism", "derogation", ok=False
    )
    cli(
        "subprocessor", "add", "--name", "X", "--service", "x", "--country", "FI", "--dpa-signed", "31.2.2026", ok=False
    )
    assert "SP-0099" in cli("subprocessor", "show", "SP-0099", ok=False).err
    assert len(cli("subprocessor", "list", "--json").json()) == 2
    assert [e["reference"] for e in cli("subprocessor", "list", "--country", "SE", "--json").json()] == ["SP-0001"]
    assert [e["reference"] for e in cli("subprocessor", "list", "--warnings", "--json").json()] == ["SP-0002"]


def test_transfers_check_lists_each_warning(cli) -> None:
    cli(
        "subprocessor",
        "add",
        "--name",
        "Cloud Corp",
        "--service",
        "CDN",
        "--country",
        "US",
        "--mechanism",
        "adequacy",
        "--dpa-signed",
        "2026-01-05",
    )
    cli(
        "subprocessor",
        "add",
        "--name",
        "Old Clauses Ltd",
        "--service",
        "Support",
        "--country",
        "IN",
        "--mechanism",
        "scc",
        "--scc-module",
        "3",
        "--scc-version",
        "2010/87/EU",
        "--dpa-signed",
        "2020-01-05",
        "--tia",
        "2021-01-01",
        "--tia-review",
        "2022-01-01",
    )
    cli(
        "subprocessor",
        "add",
        "--name",
        "Claimed Adequacy Pvt",
        "--service",
        "Dev",
        "--country",
        "IN",
        "--mechanism",
        "adequacy",
        "--dpa-signed",
        "2026-01-05",
    )
    found = cli("transfers", "check", "--json").json()
    pairs = {(f["reference"], f["code"]) for f in found if f["severity"] == "warning"}
    assert pairs == {
        ("SP-0001", "us-not-dpf-certified"),
        ("SP-0002", "scc-pre-2021"),
        ("SP-0002", "tia-review-past"),
        ("SP-0003", "adequacy-not-in-force"),
    }
    assert all(f["message"] and f["country"] for f in found)
    cli("subprocessor", "update", "SP-0001", "--dpf-certified", "yes")
    cli(
        "subprocessor",
        "transfer",
        "SP-0001",
        "--country",
        "US",
        "--mechanism",
        "adequacy",
        "--fallback",
        "scc",
        "--fallback-scc-module",
        "3",
    )
    cli(
        "subprocessor",
        "transfer",
        "SP-0003",
        "--country",
        "IN",
        "--mechanism",
        "scc",
        "--scc-module",
        "2",
        "--tia",
        "2026-01-01",
    )
    cli("subprocessor", "transfer", "SP-0003", "--country", "FI", "--mechanism", "scc", ok=False)
    left = {(f["reference"], f["code"]) for f in cli("transfers", "check", "--json", "--warnings-only").json()}
    assert left == {("SP-0002", "scc-pre-2021"), ("SP-0002", "tia-review-past")}
    deadlines = cli("deadlines", "--json", "--as-of", "2026-06-01").json()
    assert {"reference": "SP-0002", "kind": "tia-review", "due": "2022-01-01", "overdue": True}.items() <= {
        k: v for d in deadlines if d["kind"] == "tia-review" for k, v in d.items()
    }.items()


def test_announce_object_close_and_retire(cli, tmp_path: Path) -> None:
    cli("org", "set", "--name", "Testi Pilvi Oy", "--dpo-name", "Matti", "--dpo-email", "dpo@example.fi")
    cli(
        "subprocessor",
        "add",
        "--name",
        "Vanha Oy",
        "--service",
        "Mail",
        "--country",
        "FI",
        "--dpa-signed",
        "2024-01-01",
    )
    cli(
        "subprocessor",
        "add",
        "--name",
        "Uusi AB",
        "--service",
        "Mail",
        "--country",
        "SE",
        "--status",
        "planned",
        "--dpa-signed",
        "2026-10-01",
    )
    done = cli(
        "subprocessor",
        "announce",
        "SP-0002",
        "--on",
        "2026-11-02",
        "--replaces",
        "SP-0001",
        "--pdf",
        tmp_path / "n.pdf",
        "--email",
        tmp_path / "n.txt",
        "--lang",
        "sv",
    )
    assert done.last_line == "SPN-2026-0001"
    assert "2026-12-02" in done.out
    assert "senast 2.12.2026" in (tmp_path / "n.txt").read_text(encoding="utf-8")  # sv date form (issue 17)
    assert "Vanha Oy" in "".join(p.extract_text() for p in PdfReader(tmp_path / "n.pdf").pages)
    deadlines = cli("deadlines", "--json", "--as-of", "2026-11-20").json()
    assert [(d["reference"], d["due"], d["overdue"]) for d in deadlines if d["kind"] == "objection-period"] == [
        ("SP-0002", "2026-12-02", False)
    ]
    cli(
        "subprocessor",
        "object",
        "SPN-2026-0001",
        "--customer",
        "Asiakas Oy",
        "--received",
        "2026-11-10",
        "--reason",
        "EU only",
    )
    late = cli(
        "subprocessor", "object", "SPN-2026-0001", "--customer", "Asiakas Oy", "--received", "2026-10-10", ok=False
    )
    assert "--received" in late.err
    shown = cli("subprocessor", "show", "SP-0002", "--json").json()
    (announcement,) = shown["announcements"]
    assert announcement["objection_until"] == "2026-12-02" and announcement["replaces"] == "SP-0001"
    assert [o["customer"] for o in announcement["objections"]] == ["Asiakas Oy"]
    assert shown["status"] == "announced"
    cli("subprocessor", "close", "SPN-2026-0001")
    assert cli("subprocessor", "show", "SP-0002", "--json").json()["status"] == "active"
    replaced = cli("subprocessor", "show", "SP-0001", "--json").json()
    assert (replaced["status"], replaced["retired_on"]) == ("retired", "2026-12-03")  # the change's effective day
    assert "replaced by SP-0002" in replaced["notes"]
    assert "already retired on 2026-12-03" in cli("subprocessor", "retire", "SP-0001", ok=False).err
    history = cli("subprocessor", "history", "SP-0001", "--json").json()
    assert [h["action"] for h in history][:1] == ["create"] and history[-1]["changes"]["status"] == [
        "active",
        "retired",
    ]


def test_report_subprocessors(cli, tmp_path: Path) -> None:
    cli("subprocessor", "add", "--name", "Ångström AB", "--service", "@SUM(A1)", "--country", "SE")
    cli("report", "subprocessors", "--pdf", tmp_path / "r.pdf", "--xlsx", tmp_path / "r.xlsx", "--lang", "en")
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "r.pdf").pages)
    assert "Ångström AB" in text and "Register of subprocessors" in text
    book = load_workbook(tmp_path / "r.xlsx")
    cell = book["Register"]["F2"]
    assert cell.value == "@SUM(A1)" and cell.data_type == "s"
    cli("report", "subprocessors", ok=False)
    cli("report", "subprocessors", "--pdf", tmp_path / "x.pdf", "--lang", "de", ok=False)


def test_a_newer_adequacy_list_is_checked_then_used(cli, tmp_path: Path, monkeypatch) -> None:
    import json

    from dpo_desk.paths import resources_dir

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("DPO_DESK_ADEQUACY", raising=False)
    cli(
        "subprocessor",
        "add",
        "--name",
        "Pune Ops",
        "--service",
        "Ops",
        "--country",
        "IN",
        "--mechanism",
        "adequacy",
        "--dpa-signed",
        "2026-01-01",
    )
    assert [e["reference"] for e in cli("subprocessor", "list", "--warnings", "--json").json()] == ["SP-0001"]
    broken = tmp_path / "broken.json"
    broken.write_text('{"as_of": "2027-01-01"}', encoding="utf-8")
    assert "eea" in cli("transfers", "adequacy", "--use", broken, ok=False).err
    document = json.loads((resources_dir() / "adequacy.json").read_text(encoding="utf-8"))
    document["as_of"] = "2027-01-01"
    document["decisions"].append(
        {"name": "India", "countries": ["IN"], "reference": "(EU) 2027/1", "adopted": "2026-11-01"}
    )
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(document), encoding="utf-8")
    done = cli("transfers", "adequacy", "--use", newer)
    assert "2027-01-01" in done.out and "warnings of 1 entries changed" in done.out
    shown = cli("transfers", "adequacy", "--json").json()
    assert shown["as_of"] == "2027-01-01" and shown["path"].startswith(str(tmp_path / "data"))
    assert cli("subprocessor", "list", "--warnings", "--json").json() == []


def test_a_change_notice_closes_after_its_period_whatever_the_day(cli, clock) -> None:
    """Issue 15: an entry recorded on the day after the change took effect still leaves the register."""
    clock.set("2026-12-04T10:00:00+02:00")
    cli("subprocessor", "add", "--name", "Vanha Oy", "--service", "Mail", "--country", "FI")
    cli("subprocessor", "add", "--name", "Uusi AB", "--service", "Mail", "--country", "SE", "--status", "planned")
    cli("subprocessor", "announce", "SP-0002", "--on", "2026-11-02", "--replaces", "SP-0001")
    closed = cli("subprocessor", "close", "SPN-2026-0001")
    assert "--on" not in closed.err
    assert cli("subprocessor", "show", "SP-0002", "--json").json()["status"] == "active"
    replaced = cli("subprocessor", "show", "SP-0001", "--json").json()
    # Recorded as active on 4 December, it leaves on that day rather than before it existed here.
    assert (replaced["status"], replaced["active_from"], replaced["retired_on"]) == (
        "retired",
        "2026-12-04",
        "2026-12-04",
    )

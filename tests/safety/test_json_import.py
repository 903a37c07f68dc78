"""Issue 22, points 4 and 8: a JSON import is input like any other; hostile files get one line and exit 1 or 2."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from dpo_desk.store import Store
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.both_engines


@pytest.fixture
def exported(cli, tmp_path: Path) -> dict:
    cli("request", "add", "--type", "access", "--received", "2026-11-20", "--subject", "Asta Aalto")
    path = tmp_path / "export.json"
    cli("export", "--json", path)
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def empty_store(tmp_path: Path) -> Path:
    path = tmp_path / "empty.dpodesk"
    Store.create(path, PASSPHRASE).close()
    return path


def _write(tmp_path: Path, document: dict | str, name: str = "edited.json") -> Path:
    path = tmp_path / name
    path.write_text(document if isinstance(document, str) else json.dumps(document), encoding="utf-8")
    return path


def _edited(document: dict, **changes: object) -> dict:
    edited = copy.deepcopy(document)
    edited["tables"]["request"][0].update(changes)
    return edited


@pytest.mark.parametrize(
    ("changes", "column"),
    [
        ({"status": "closed", "outcome": None}, "outcome"),
        ({"outcome": "fulfilled", "replied_on": "2026-11-21"}, "status"),
        ({"status": "closed", "outcome": "refused", "outcome_reason": "", "replied_on": "2026-11-21"},
         "outcome_reason"),
        ({"status": "extended", "extended_on": "2026-11-22", "extension_reason": None}, "extension_reason"),
        ({"status": "closed", "outcome": "fulfilled", "replied_on": "2026-01-01"}, "replied_on"),
    ],
    ids=["closed-without-outcome", "outcome-while-open", "refusal-without-reason", "extension-without-reason",
         "replied-before-received"],
)  # fmt: skip
def test_a_record_that_contradicts_itself_is_refused(cli, exported, empty_store, tmp_path, changes, column) -> None:
    """Each column may be allowed on its own and the row still impossible: the reports would misread it."""
    before = empty_store.read_bytes()
    refused = cli("--store", empty_store, "import", _write(tmp_path, _edited(exported, **changes)), ok=False)
    assert refused.code == 2 and f"request row 1 column {column.replace('_', ' ')}" in refused.err, refused.err
    assert empty_store.read_bytes() == before


@pytest.mark.parametrize(
    "changes",
    [
        {"type": "nonsense"},
        {"status": "pwned"},
        {"subject_name": "A" * 1_000_000},
        {"subject_name": "Asta\x00Aalto"},
        {"subject_name": "Asta \x1b[2J Aalto"},
    ],
    ids=["type", "status", "1MB-name", "NUL", "ESC"],
)
def test_an_edited_export_is_checked_like_entered_data(cli, exported, empty_store, tmp_path, changes) -> None:
    before = empty_store.read_bytes()
    refused = cli("--store", empty_store, "import", _write(tmp_path, _edited(exported, **changes)), ok=False)
    assert refused.code == 2 and "request row 1" in refused.err and "Asta" not in refused.err
    assert empty_store.read_bytes() == before
    assert cli("--store", empty_store, "request", "list", "--json").json() == []


def test_a_merge_that_changes_a_record_records_before_and_after(cli, exported, tmp_path) -> None:
    cli("import", _write(tmp_path, _edited(exported, subject_name="Asta Virtanen")))
    entries = cli("audit", "list", "--record", exported["tables"]["request"][0]["reference"], "--json").json()
    newest = entries[0]
    assert newest["action"] == "update"
    assert newest["changes"]["subject_name"] == {"before": "Asta Aalto", "after": "Asta Virtanen"}


def _hostile(exported: dict, case: str) -> dict | str:
    text = json.dumps(exported)
    if case == "id-10^30":
        return text.replace('"id": 1,', f'"id": {10**30},', 1)
    if case == "id-10^400":
        return text.replace('"id": 1,', '"id": 1' + "0" * 400 + ",", 1)
    if case == "100000-digits":
        return text.replace('"id": 1,', '"id": ' + "9" * 100_000 + ",", 1)
    if case == "float-overflow":
        return text.replace('"id": 1,', '"id": 1e400,', 1)
    if case == "deep-nesting":
        return '{"format": "dpo-desk-export", "x": ' + "[" * 200_000 + "]" * 200_000 + "}"
    if case == "duplicate-reference":
        twice = copy.deepcopy(exported)
        row = dict(twice["tables"]["request"][0], id=2)
        twice["tables"]["request"].append(row)
        return twice
    assert case == "broken-link"
    broken = copy.deepcopy(exported)
    broken["tables"]["request"] = []  # the timeline's rows now point at a request that is nowhere
    return broken


@pytest.mark.parametrize(
    "case",
    [
        "id-10^30",
        "id-10^400",
        "100000-digits",
        "float-overflow",
        "deep-nesting",
        "duplicate-reference",
        "broken-link",
    ],
)
def test_hostile_json_gets_one_line_and_changes_nothing(cli, exported, empty_store, tmp_path, case) -> None:
    before = empty_store.read_bytes()
    refused = cli("--store", empty_store, "import", _write(tmp_path, _hostile(exported, case)), ok=False)
    assert refused.code in (1, 2), refused.err
    assert empty_store.read_bytes() == before

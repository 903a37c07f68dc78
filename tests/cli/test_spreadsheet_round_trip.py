"""Every workbook the app writes imports back into an empty store with the same entries (issue 18, part 1).

The demo company's request log, breach register and subprocessor register are written in Finnish,
Swedish and English, imported into an empty store, and each entry compared with its original as
`show --json` prints it (the timeline and the moments of entry are the import's own). A dry run
reports what the real run then does.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from dpo_desk.services import breaches, register, requests
from dpo_desk.store import Store
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.both_engines

# (report command, extra options, how each entry is listed and shown, what the import writes anew)
REPORTS = {
    "requests": (("report", "requests"), (),
                 lambda s: [r.reference for r in requests.list_views(s, requests.Filters())],
                 lambda s, ref: requests.show(s, ref).to_json(), {"timeline", "created_at"}),
    "breaches": (("report", "breaches"), (), lambda s: [b.reference for b in breaches.all_views(s)],
                 lambda s, ref: breaches.get(s, ref).to_json(), {"created_at"}),
    "register": (("report", "subprocessors"), ("--include-retired",),
                 lambda s: [e.reference for e in register.all_entries(s)],
                 lambda s, ref: register.get(s, ref).to_json(), {"created_at", "updated_at", "announcements"}),
}  # fmt: skip


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory, template_store: Path) -> Path:
    from dpo_desk import demo
    from dpo_desk.clock import FixedClock
    from tests.conftest import TEST_NOW

    path = tmp_path_factory.mktemp("demo") / "demo.dpodesk"
    shutil.copyfile(template_store, path)
    with Store.open(path, PASSPHRASE, clock=FixedClock(TEST_NOW)) as store, store.write() as session:
        demo.populate(session)
    return path


# Findings that come from the record of processing (an SCC module weighed against the role of the
# activities that use the subprocessor): the register's workbook alone cannot bring them back.
FROM_THE_RECORDS = {"scc-module-questioned"}


def _entries(path: Path, kind: str, clock: Any, *, with_records: bool = False) -> dict[str, dict[str, Any]]:
    *_, listed, shown, fresh = REPORTS[kind]
    with Store.open(path, PASSPHRASE, clock=clock) as store, store.read() as session:
        entries = {ref: {k: v for k, v in shown(session, ref).items() if k not in fresh} for ref in listed(session)}
    if kind == "register" and not with_records:
        for entry in entries.values():
            entry["notices"] = [n for n in entry["notices"] if n["code"] not in FROM_THE_RECORDS]
    return entries


def _run(clock: Any, store: Path, *args: object) -> int:
    from dpo_desk.cli.main import main

    return main(["--store", str(store), *map(str, args)], clock=clock)


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
@pytest.mark.parametrize("kind", list(REPORTS))
def test_a_written_workbook_imports_back_with_nothing_lost(
    kind: str, lang: str, demo_store: Path, template_store: Path, tmp_path: Path, clock: Any, monkeypatch, capsys
) -> None:
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    command, options, *_ = REPORTS[kind]
    workbook = tmp_path / f"{kind}-{lang}.xlsx"
    assert _run(clock, demo_store, *command, "--xlsx", workbook, "--lang", lang, *options) == 0
    empty = tmp_path / "empty.dpodesk"
    shutil.copyfile(template_store, empty)
    capsys.readouterr()

    assert _run(clock, empty, "import", workbook, "--dry-run") == 0
    dry = capsys.readouterr().out
    assert _entries(empty, kind, clock) == {}
    assert _run(clock, empty, "import", workbook) == 0
    real = capsys.readouterr().out

    original, imported = _entries(demo_store, kind, clock), _entries(empty, kind, clock)
    assert list(imported) == list(original)
    for reference, entry in original.items():
        assert imported[reference] == entry, reference
    assert "0 rows with errors" in dry and "not imported" not in dry
    count = f"{len(original)} rows"
    assert f"Dry run: {count} would be imported; nothing was written." in dry
    assert dry.splitlines()[:-1] == real.splitlines()[:-1]  # the dry run said what the import did
    assert real.splitlines()[-1].startswith(f"Imported {count} into")


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_record_of_processing_imports_back_after_the_register(
    lang: str, demo_store: Path, template_store: Path, tmp_path: Path, clock: Any, monkeypatch, capsys
) -> None:
    """Activities link subprocessors by reference, so the register comes first; their case links and
    impact assessments are records of other modules, which the record only names."""
    from dpo_desk.services import records

    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    empty = tmp_path / "empty.dpodesk"
    shutil.copyfile(template_store, empty)
    register_book = tmp_path / "register.xlsx"
    assert (
        _run(clock, demo_store, "report", "subprocessors", "--xlsx", register_book, "--lang", lang, "--include-retired")
        == 0
    )
    assert _run(clock, empty, "import", register_book) == 0
    for kind in records.KINDS:
        book = tmp_path / f"record-{kind}.xlsx"
        assert _run(clock, demo_store, "report", "records", "--xlsx", book, "--lang", lang, "--kind", kind) == 0
        assert _run(clock, empty, "import", book) == 0
    capsys.readouterr()

    def shown(path: Path) -> dict[str, dict[str, Any]]:
        others = {"created_at", "updated_at", "cases", "assessment", "warnings"}
        with Store.open(path, PASSPHRASE, clock=clock) as store, store.read() as session:
            views = records.all_activities(session, include_retired=False)
            return {v.reference: {k: x for k, x in v.to_json().items() if k not in others} for v in views}

    original, imported = shown(demo_store), shown(empty)
    assert list(imported) == list(original)
    for reference, entry in original.items():
        assert imported[reference] == entry, reference
    # With the activities back, so are the register's findings that weigh them.
    register_before = _entries(demo_store, "register", clock, with_records=True)
    register_after = _entries(empty, "register", clock, with_records=True)
    assert any(n["code"] in FROM_THE_RECORDS for e in register_before.values() for n in e["notices"])
    assert register_after == register_before

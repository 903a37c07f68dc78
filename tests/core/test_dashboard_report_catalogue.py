"""The report catalogue: writers looked up by name, absent ones reported; data gathered by the entry's key."""

from __future__ import annotations

import sys
from types import ModuleType

import pytest

from dpo_desk.errors import DpoDeskError, InvalidInput
from dpo_desk.reporting import catalogue
from dpo_desk.services import reports

pytestmark = pytest.mark.both_engines


def test_the_writers_are_found_and_a_missing_module_is_none() -> None:
    assert catalogue.generator(catalogue.kind("annual")).__name__ == "write_annual_report"
    assert catalogue.generator(catalogue.kind("deadlines-ics")).__name__ == "write_deadlines_ics"
    assert catalogue.writer(catalogue.kind("store-export")) is None  # the exchange service writes it itself
    assert catalogue.available(catalogue.kind("store-export"))
    ghost = catalogue.ReportKind("ghost", "Ghost", "", "dpo_desk.reporting.no_such_report", "write", "pdf")
    assert catalogue.generator(ghost) is None and not catalogue.available(ghost)


def test_a_module_without_the_function_is_unavailable(monkeypatch) -> None:
    module = ModuleType("dpo_desk.reporting.half_built")
    monkeypatch.setitem(sys.modules, module.__name__, module)
    entry = catalogue.ReportKind("half", "Half", "", module.__name__, "write_half", "pdf")
    assert not catalogue.available(entry)
    module.write_half = lambda data, path: None
    assert catalogue.available(entry)


def test_every_entry_but_the_export_has_a_gatherer_of_its_key(store) -> None:
    with store.read() as session:
        for entry in catalogue.CATALOGUE:
            if catalogue.writer(entry) is not None:
                assert reports.gather(entry.key, session, lang="sv", year=2026) is not None, entry.key
        with pytest.raises(InvalidInput, match="report"):
            reports.gather("ghost", session)


def test_produce_hands_the_gathered_data_to_the_writer_with_progress(store, tmp_path) -> None:
    seen: list[tuple] = []
    progress: list[tuple[int, int]] = []

    def write(data, path, report_progress) -> None:
        seen.append((type(data).__name__, data.document.kind, data.lang, str(path), report_progress is not None))

    target = tmp_path / "r.pdf"
    reports.produce(store, "records-processor", write, target, lang="sv", progress=lambda d, t: progress.append((d, t)))
    assert seen == [("RecordsReport", "processor", "sv", str(target), True)]
    assert progress == [(0, 1), (1, 1)]


def test_writing_an_absent_report_says_so() -> None:
    ghost = catalogue.ReportKind("ghost", "Ghost register", "", "dpo_desk.reporting.no_such_report", "w", "xlsx")
    with pytest.raises(DpoDeskError, match="ghost register is not available"):
        catalogue.writer(ghost)


def test_default_file_names_and_every_key_unique() -> None:
    assert catalogue.default_filename(catalogue.kind("annual"), "fi", 2025) == "dpo-desk-annual-2025-fi.pdf"
    assert catalogue.default_filename(catalogue.kind("deadlines-ics"), "fi", 2025) == "dpo-desk-deadlines-ics.ics"
    keys = [entry.key for entry in catalogue.CATALOGUE]
    assert len(keys) == len(set(keys))

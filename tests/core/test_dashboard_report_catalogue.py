"""The report catalogue: generators imported by name when used, arguments passed in order."""

from __future__ import annotations

import sys
from types import ModuleType

from dpo_desk.reporting import catalogue


def test_each_entry_names_a_function_that_exists() -> None:
    assert catalogue.generator(catalogue.kind("annual")).__name__ == "write_annual_report"
    assert catalogue.generator(catalogue.kind("deadlines-ics")).__name__ == "write_deadlines_ics"
    assert catalogue.generator(catalogue.kind("store-export")).__name__ == "write_export"
    for entry in catalogue.CATALOGUE:
        assert callable(catalogue.generator(entry)), entry.key


def test_generate_passes_language_and_kind_in_order(store, monkeypatch, tmp_path) -> None:
    calls: list[tuple] = []
    module = ModuleType("dpo_desk.reporting.records_pdf_probe")
    module.write_records_pdf = lambda session, path, lang, kind: calls.append((str(path), lang, kind))
    monkeypatch.setitem(sys.modules, module.__name__, module)
    entry = catalogue.ReportKind(
        "probe", "Probe", "", module.__name__, "write_records_pdf", "pdf", ("lang", "kind:processor")
    )
    progress: list[tuple[int, int]] = []
    catalogue.generate(entry, store, tmp_path / "r.pdf", lang="sv", progress=lambda d, t: progress.append((d, t)))
    assert calls == [(str(tmp_path / "r.pdf"), "sv", "processor")]
    assert progress == [(0, 1), (1, 1)]


def test_default_file_names_and_every_key_unique() -> None:
    assert catalogue.default_filename(catalogue.kind("annual"), "fi", 2025) == "dpo-desk-annual-2025-fi.pdf"
    assert catalogue.default_filename(catalogue.kind("deadlines-ics"), "fi", 2025) == "dpo-desk-deadlines-ics.ics"
    keys = [entry.key for entry in catalogue.CATALOGUE]
    assert len(keys) == len(set(keys))

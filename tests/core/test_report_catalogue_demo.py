"""Every report the Reports page offers is written from the demo store and reads back with content."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from pypdf import PdfReader

from dpo_desk import demo
from dpo_desk.reporting import catalogue
from dpo_desk.services import reports

pytestmark = pytest.mark.both_engines


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory):
    from dpo_desk.clock import FixedClock
    from dpo_desk.store import Store
    from tests.conftest import PASSPHRASE, TEST_NOW

    store = Store.create(tmp_path_factory.mktemp("demo") / "demo.dpodesk", PASSPHRASE, clock=FixedClock(TEST_NOW))
    with store.write() as session:
        demo.populate(session, store.clock.now().date())
    yield store
    store.close()


@pytest.mark.parametrize("entry", catalogue.CATALOGUE, ids=lambda e: e.key)
def test_each_report_is_written_from_the_demo_store(demo_store, entry, tmp_path: Path) -> None:
    path = tmp_path / catalogue.default_filename(entry, "sv", 2026)
    year = demo_store.clock.now().date().year
    reports.produce(demo_store, entry.key, catalogue.writer(entry), path, lang="sv", year=year)
    if entry.suffix == "pdf":
        text = "".join(page.extract_text() or "" for page in PdfReader(path).pages)
        assert "Pilvilinna" in text  # the demo organisation heads every report
    elif entry.suffix == "xlsx":
        sheet = load_workbook(path, read_only=True).worksheets[0]
        assert len(list(sheet.iter_rows(values_only=True))) >= 2
    elif entry.suffix == "ics":
        assert Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    else:
        assert json.loads(path.read_text(encoding="utf-8"))["tables"]["organisation"]

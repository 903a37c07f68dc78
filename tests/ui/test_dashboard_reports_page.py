"""The Reports page: every report listed, generating through a job."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from dpo_desk.reporting import catalogue
from dpo_desk.services import organisation
from dpo_desk.ui.app import build_window
from tests.sample_company import fill_sample

pytestmark = pytest.mark.both_engines


@pytest.fixture
def window(qtbot, store):
    with store.write() as session:
        organisation.update(session, report_language="sv", name="Raportti Oy")
    made = build_window(store)
    qtbot.addWidget(made)
    made.show_page("reports")
    made.wait_loaded()
    yield made
    made.close()


def test_every_report_is_listed_and_can_be_generated(window) -> None:
    page = window.pages["reports"]
    assert set(page.buttons) == {entry.key for entry in catalogue.CATALOGUE}
    assert all(button.isEnabled() for button in page.buttons.values())
    assert page.language.currentData() == "sv"  # the organisation's report language


def test_generate_the_annual_report_in_the_chosen_language(window, store, tmp_path, qtbot) -> None:
    fill_sample(store)
    page = window.pages["reports"]
    asked: list[str] = []
    target = tmp_path / "vuosiraportti.pdf"

    def choose(entry, suggested):
        asked.append(suggested)
        return str(target)

    page.choose_path = choose
    page.language.setCurrentIndex(page.language.findData("fi"))
    page.year.setValue(2026)
    page.buttons["annual"].click()
    window.wait_loaded()
    qtbot.waitUntil(lambda: page.message.text().startswith("Wrote"), timeout=10000)
    assert asked == ["dpo-desk-annual-2026-fi.pdf"]
    text = PdfReader(str(target)).pages[0].extract_text()
    assert "Tietosuojan vuosiraportti 2026" in text and "Raportti Oy" in text
    assert page.running is None and not page.progress.isVisible()


def test_generate_the_whole_store_export(window, tmp_path, qtbot) -> None:
    page = window.pages["reports"]
    target = tmp_path / "all.json"
    page.choose_path = lambda entry, suggested: str(target)
    page.buttons["store-export"].click()
    window.wait_loaded()
    qtbot.waitUntil(lambda: page.message.text().startswith("Wrote"), timeout=10000)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert "Raportti Oy" in json.dumps(document, ensure_ascii=False)


def test_a_cancelled_file_dialog_starts_nothing(window) -> None:
    page = window.pages["reports"]
    asked: list[str] = []
    page.choose_path = lambda entry, suggested: asked.append(suggested) or ""
    page.buttons["deadlines-ics"].click()
    window.wait_loaded()
    assert asked == ["dpo-desk-deadlines-ics.ics"]
    assert page.running is None and page.message.text() == "" and not window.ops.busy

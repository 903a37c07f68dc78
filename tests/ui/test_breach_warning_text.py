"""The window words a breach's outstanding Art. 33(3) items in its own language, from their codes and keys."""

from __future__ import annotations

import pytest

from dpo_desk.rules import breach_content
from dpo_desk.services import breaches, organisation
from dpo_desk.ui.app import build_window
from dpo_desk.ui.breach_warning_text import articles, item_names, outstanding_text
from tests.ui.finnish import english_in, language

pytestmark = pytest.mark.both_engines


def test_every_art_33_3_item_and_code_has_a_window_wording(qapp) -> None:
    assert set(item_names()) == {item.key for item in breach_content.ART_33_3}
    assert set(articles()) == {item.article for item in breach_content.ART_33_3}
    keys = [item.key for item in breach_content.ART_33_3]
    missing = breach_content.outstanding(keys, {})
    recorded = breach_content.outstanding(keys, {k: "x" for k in (*keys, "measures_taken")})
    assert {o.code for o in missing + recorded} == set(breach_content.OUTSTANDING_CODES)
    for code in ("fi", "sv"):
        with language(code):
            for item in missing + recorded:
                text = outstanding_text(item)
                assert text != item.message and not english_in(text), (code, text)
    assert all(outstanding_text(item) == item.message for item in missing + recorded)  # English as the core says
    with language("sv"):
        assert outstanding_text(missing[0]) == (
            "Kategorier av registrerade (artikel 33.3 a): saknas i anmälan; anteckna uppgiften och skicka den i en "
            "kompletterande anmälan (artikel 33.4)."
        )


def test_the_finnish_breach_detail_words_the_outstanding_items_in_finnish(qtbot, store) -> None:
    with store.write() as session:
        organisation.update(session, name="Ikkuna Oy", dpo_name="Aino Virtanen", dpo_email="dpo@ikkuna.example")
        reference = breaches.add(
            session,
            title="Väärä postituslista",
            aware_at="2026-03-02T08:00",
            cause="misdelivery",
            risk="risk",
            risk_reasoning="Nimiä ja sähköpostiosoitteita",
            subject_categories="asiakkaat",
            consequences="Tietojenkalastelu",
        ).reference
        breaches.notify(session, reference, "2026-03-03T08:00")
        breaches.update(session, reference, subjects_approx=120)
    with language("fi"):
        window = build_window(store)
        qtbot.addWidget(window)
        window.show_page("breaches")
        window.wait_loaded()
        page = window.pages["breaches"]
        assert page.open_reference(reference)
        window.wait_loaded()
        text = page.detail.warnings.text()
        window.close()
    lines = text.splitlines()
    assert (
        "⚠ Rekisteröityjen arvioitu lukumäärä (33 artiklan 3 kohdan a alakohta): kirjattu nyt, mutta puuttui "
        "ilmoituksesta; lähetä tieto Tietosuojavaltuutetun toimistolle täydentävässä ilmoituksessa (33 artiklan 4 "
        "kohta)." in lines
    ), lines
    assert (
        "⚠ Toteutetut tai ehdotetut toimenpiteet (33 artiklan 3 kohdan d alakohta): puuttuu ilmoituksesta; kirjaa "
        "tieto ja lähetä se täydentävässä ilmoituksessa (33 artiklan 4 kohta)." in lines
    ), lines
    assert len([line for line in lines if "33 artiklan 4 kohta" in line]) == 4  # data, records, measures, subjects
    for line in lines:
        assert not english_in(line), line

"""A request's time-limit rule in the window's language, with the window's dates."""

from __future__ import annotations

import pytest

from dpo_desk.services import requests
from dpo_desk.ui.app import build_window
from dpo_desk.ui.rule_text import rule_text
from tests.ui.finnish import english_in, language

pytestmark = pytest.mark.both_engines


def _detail_rule(qtbot, store, reference: str, code: str) -> str:
    with language(code):
        window = build_window(store)
        qtbot.addWidget(window)
        window.show_page("requests")
        window.wait_loaded()
        page = window.pages["requests"]
        assert page.open_reference(reference)
        window.wait_loaded()
        text = page.detail.due_rule.text()
        window.close()
    return text


def test_the_finnish_request_detail_words_its_rule_in_finnish(qtbot, store) -> None:
    with store.write() as session:
        reference = requests.add(session, type="access", received="2026-03-03", subject="Ulla Uusi")
    text = _detail_rule(qtbot, store, reference, "fi")
    assert text.startswith("kuukausi päivästä 3.3.2026; 3.4.2026 on Pitkäperjantai"), text
    assert text.endswith(", joten 7.4.2026"), text
    assert not english_in(text), text
    swedish = _detail_rule(qtbot, store, reference, "sv")
    assert swedish.lower().startswith("en månad från 2026-03-03; 2026-04-03 är långfredag"), swedish
    assert swedish.endswith(", alltså 2026-04-07") and not english_in(swedish), swedish


def test_a_short_month_a_forwarding_term_and_an_awaited_identity_in_finnish(qapp, store) -> None:
    with store.write() as session:
        short = requests.add(session, type="access", received="2026-05-31", subject="Kesä Kaisa")
        forward = requests.add(
            session, type="access", received="2026-04-01", subject="Eino", role="processor", controller="Asiakas Oy"
        )
        waiting = requests.add(session, type="access", received="2026-04-01", subject="Ilona")
        requests.record_identity(session, waiting, "requested", on="2026-04-02")
        views = [requests.show(session, r) for r in (short, forward, waiting)]
    with language("fi"):
        shown = [rule_text(v) for v in views]
    assert shown[0] == "kuukausi päivästä 31.5.2026; kesäkuussa ei ole 31. päivää, joten 30.6.2026", shown[0]
    assert shown[1].startswith("välitettävä rekisterinpitäjälle 5 työpäivän kuluessa päivästä 1.4.2026"), shown[1]
    assert shown[1].endswith(": 10.4.2026 (asetuksen 5 työpäivää kirjaushetkellä)"), shown[1]
    assert shown[2].startswith("odotetaan 2.4.2026 pyydettyjä henkilöllisyystietoja"), shown[2]
    for text in shown:
        assert not english_in(text), text
    # the core keeps its English for the command line and the JSON, and no parts there
    assert views[0].due_rule.startswith("one month from 31 May 2026")
    assert "due_rule_facts" not in views[0].to_json()


def test_a_due_date_stored_under_earlier_holiday_settings_is_said_in_finnish(qapp, store) -> None:
    from dpo_desk.services import settings

    with store.write() as session:
        settings.put(session, "holidays.midsummer_eve_non_working", False)
        reference = requests.add(session, type="access", received="2026-05-19", subject="Juhannus Jussi")
        settings.put(session, "holidays.midsummer_eve_non_working", True)  # 19 June 2026 no longer ends a limit
        view = requests.show(session, reference)
    assert "(stored: 2026-06-19, computed under earlier holiday settings)" in view.due_rule
    with language("fi"):
        shown = rule_text(view)
    assert shown.endswith(" (tallennettu: 19.6.2026, laskettu aiempien pyhäpäiväasetusten mukaan)"), shown
    assert not english_in(shown), shown

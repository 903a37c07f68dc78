"""The window words the record of processing's warnings in its own language, from their codes and values."""

from __future__ import annotations

import datetime as dt

import pytest

from dpo_desk.demo import organisation as demo_organisation
from dpo_desk.demo import records as demo_records
from dpo_desk.demo import register as demo_register
from dpo_desk.rules import records_checks
from dpo_desk.rules.records_checks import ActivityFacts, PurposeFacts
from dpo_desk.rules.transfers import WARNING, Finding
from dpo_desk.services import records
from dpo_desk.ui.app import build_window
from dpo_desk.ui.records_warning_text import records_warning_text, worded_codes
from tests.ui.finnish import english_in, language

pytestmark = pytest.mark.both_engines

TODAY = dt.date(2026, 11, 25)
NO_SAFEGUARD = Finding(
    "safeguard-missing", WARNING, "US: no safeguard recorded for a transfer outside the EEA", "US", {"country": "US"}
)


def _every_warning() -> list[records_checks.Finding]:
    """Real warnings of the rules, one case or more for each code of CODES."""
    cases = [
        ActivityFacts("PA-0001", role="joint-controller", retention="5 vuotta", last_reviewed_on=TODAY),
        ActivityFacts(
            "PA-0002",
            role="processor",
            controllers=("Asiakas Oy",),
            controller_contacts=("",),
            last_reviewed_on=dt.date(2025, 1, 10),
        ),
        ActivityFacts("PA-0003", role="processor"),  # no controllers, no category, never reviewed
        ActivityFacts(
            "PA-0004",
            purposes=(
                PurposeFacts("Markkinointi"),
                PurposeFacts(""),
                PurposeFacts("Analytiikka", "legitimate-interests"),
            ),
            special_categories=("terveystiedot",),
            transfer_warnings=(("SP-0001", "Pilvi Oy", NO_SAFEGUARD),),
            manual_transfers=(("US", "none"),),
            screening_required=True,
            last_reviewed_on=TODAY,
        ),
        ActivityFacts(
            "PA-0005",
            purposes=(PurposeFacts("Palkanlaskenta", "legal-obligation"),),
            retention="6 vuotta",
            assessment_recorded=True,
            assessment_next_review=dt.date(2026, 6, 30),
            residual_risk="high",
            last_reviewed_on=TODAY,
        ),
    ]
    return [w for facts in cases for w in records_checks.check(facts, TODAY)]


def test_every_records_warning_code_of_the_core_has_a_window_wording() -> None:
    assert worded_codes() == set(records_checks.CODES), sorted(set(records_checks.CODES) ^ worded_codes())
    assert {w.code for w in _every_warning()} == set(records_checks.CODES)  # the cases reach every code


def test_every_warning_is_worded_in_finnish_and_swedish_with_its_values(qapp) -> None:
    warnings = _every_warning()
    for code in ("fi", "sv"):
        with language(code):
            for warning in warnings:
                text = records_warning_text(warning)
                assert text != warning.message, (code, warning.code)
                assert not english_in(text), (code, warning.code, text)
                assert "{" not in text and "}" not in text, text
    with language("fi"):
        shown = [records_warning_text(w) for w in warnings]
        assert "Vaikutustenarviointi olisi pitänyt katselmoida 30.6.2026 mennessä." in shown
        assert "Linkitetty alikäsittelijä Pilvi Oy (SP-0001): US: ETA-alueen ulkopuolelle tehtävälle siirrolle ei " \
            "ole kirjattu suojatoimia" in shown  # fmt: skip
        assert "Rekisterinpitäjän ”Asiakas Oy” yhteystiedot puuttuvat (30 artiklan 2 kohdan a alakohta)." in shown
        assert any("viimeksi katselmoitu: 10.1.2025" in s for s in shown)
        assert any("käsittelyn tarkoitus 2" in s for s in shown)
    with language("sv"):
        assert "Konsekvensbedömningen skulle ha setts över senast 2026-06-30." in [
            records_warning_text(w) for w in warnings
        ]
    # the English window says what the core says (dates in the window's form)
    english = {w.code: records_warning_text(w) for w in warnings}
    assert english["no-retention"] == "No retention period or criteria for it (Art. 30(1)(f))."
    assert english["dpia-review-overdue"] == "The impact assessment was due for review on 30 Jun 2026."


def test_the_finnish_records_page_words_its_warnings_in_finnish(qtbot, store) -> None:
    with store.write() as session:
        demo_organisation.populate(session, TODAY)
        demo_register.populate(session, TODAY)
        demo_records.populate(session, TODAY)
        reference = records.add_activity(
            session,
            name="Asiakasrekisteri",
            role="controller",
            special_categories=["terveystiedot"],
            next_review_on="2025-06-01",
            last_reviewed_on="2025-01-01",
        )
    with language("fi"):
        window = build_window(store)
        qtbot.addWidget(window)
        window.show_page("records")
        window.wait_loaded()
        page = window.pages["records"]
        assert page.open_reference(reference)
        window.wait_loaded()
        shown = [page.warnings.item(i).text() for i in range(page.warnings.count())]
        tips = [page.warnings.item(i).toolTip() for i in range(page.warnings.count())]
        window.close()
    assert "⚠ Käsittelyn tarkoitusta ei ole kirjattu (30 artiklan 1 kohdan b alakohta); lisää vähintään yksi." in shown
    assert any(s.startswith("⚠ Erityisiä henkilötietoryhmiä (terveystiedot)") for s in shown)
    assert any("Säilytysaikaa" in s for s in shown)
    assert any("viimeksi katselmoitu: 1.1.2025" in s for s in shown), shown
    for text in shown:
        assert not english_in(text), text
    assert all(tip.split(": ", 1)[0] in records_checks.CODES for tip in tips)

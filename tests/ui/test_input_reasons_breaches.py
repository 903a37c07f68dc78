"""The breach service's and the notification document's refusals of an input, worded by the window in Finnish and
Swedish from their codes, while the command line's English stays as it was (issue 16)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from dpo_desk.errors import InvalidInput
from dpo_desk.reporting import breach_notification
from dpo_desk.services import breaches, reports
from dpo_desk.ui import input_reasons
from dpo_desk.ui.app import build_window
from dpo_desk.ui.refusal_text import error_text, worded_input_codes
from tests.ui.finnish import english_in, language


@pytest.fixture
def breach(store) -> str:
    """A breach with its initial notification recorded (number 1 of 1)."""
    with store.write() as session:
        reference = breaches.add(session, title="Laptop lost", aware_at="2026-11-24T09:00").reference
        breaches.notify(session, reference, "2026-11-24T15:00", content="The first phase")
    assert reference == "BR-2026-0001"  # the refusals below name it
    return reference


def _refused(store, call: Callable[[Any], object]) -> InvalidInput:
    """The refusal of `call`, run in a write as the window and the command line run it; nothing of it is stored."""
    with store.read() as session:
        before = (breaches.get(session, "BR-2026-0001").to_json(), breaches.count(session))
    with pytest.raises(InvalidInput) as caught, store.write() as session:
        call(session)
    with store.read() as session:
        assert (breaches.get(session, "BR-2026-0001").to_json(), breaches.count(session)) == before
    return caught.value


def _worded(error: InvalidInput) -> tuple[str, str]:
    texts = []
    for lang in ("fi", "sv"):
        with language(lang):
            texts.append(error_text(error))
    return texts[0], texts[1]


def _update(**fields: Any) -> Callable[[Any], object]:
    return lambda session: breaches.update(session, "BR-2026-0001", **fields)


# (the call, its code, the command line's English, the Finnish window's words, the Swedish window's words)
REFUSALS = [
    pytest.param(
        _update(colour="red"),
        "not-a-breach-field",
        "field: 'colour' is not a field of a breach",
        "kenttä: ei ole tietoturvaloukkauksen kenttä",
        "fält: är inte ett fält i en personuppgiftsincident",
        id="not-a-breach-field",
    ),
    pytest.param(
        _update(nature="confidentiality, leak"),
        "not-a-nature-list",
        "nature: 'confidentiality, leak' is not a comma list of confidentiality, integrity, availability",
        "luonne: ei ole pilkuin eroteltu luettelo näistä: luottamuksellisuus, eheys, saatavuus",
        "art: är inte en kommaseparerad lista av: konfidentialitet, riktighet, tillgänglighet",
        id="not-a-nature-list",
    ),
    pytest.param(
        _update(ongoing="kyllä"),
        "not-yes-no",
        "ongoing: 'kyllä' is not true or false",
        "jatkuu: ”kyllä” ei ole kyllä tai ei",
        "pågående: ”kyllä” är inte ja eller nej",
        id="not-yes-no",
    ),
    pytest.param(
        _update(enisa_dpc="5", enisa_ei=0.5, enisa_cb=0.5),
        "not-an-enisa-dpc",
        "enisa dpc: '5' is refused: DPC is a number from 1 to 4",
        "ENISA käsittelyn asiayhteys: ei ole luku väliltä 1–4",
        "ENISA behandlingssammanhang: är inte ett tal från 1 till 4",
        id="not-an-enisa-dpc",
    ),
    pytest.param(
        _update(enisa_dpc=2, enisa_ei="0,3", enisa_cb=0.5),
        "not-an-enisa-ei",
        "enisa ei: '0,3' is refused: EI is one of 0.25, 0.5, 0.75, 1",
        "ENISA tunnistettavuus: ei ole 0,25; 0,5; 0,75 tai 1",
        "ENISA identifierbarhet: är inte 0,25; 0,5; 0,75 eller 1",
        id="not-an-enisa-ei",
    ),
    pytest.param(
        _update(enisa_dpc=2, enisa_ei=0.5, enisa_cb="2.1"),
        "not-an-enisa-cb",
        "enisa cb: '2.1' is refused: CB is a multiple of 0.25 from 0 to 2",
        "ENISA loukkauksen olosuhteet: ei ole luvun 0,25 monikerta väliltä 0–2",
        "ENISA omständigheter kring incidenten: är inte en multipel av 0,25 från 0 till 2",
        id="not-an-enisa-cb",
    ),
    pytest.param(
        _update(enisa_cb_confidentiality="abc"),  # not a number at all: the same rule says what it may be
        "not-an-enisa-loss",
        "enisa cb confidentiality: 'abc' is refused: could not convert string to float: 'abc'",
        "ENISA luottamuksellisuuden menetys: ei ole 0; 0,25 tai 0,5",
        "ENISA förlust av konfidentialitet: är inte 0; 0,25 eller 0,5",
        id="not-an-enisa-loss",
    ),
    pytest.param(
        _update(
            enisa_dpc=2,
            enisa_ei=0.5,
            enisa_cb=1.0,
            enisa_cb_confidentiality=0.5,
            enisa_cb_integrity=0.0,
            enisa_cb_availability=0.0,
            enisa_malicious=False,
        ),
        "cb-not-sum",
        "enisa cb: 1.0 is not the sum of its parts (losses plus malice)",
        "ENISA loukkauksen olosuhteet: ei ole osiensa summa (menetykset sekä vahingollinen tarkoitus)",
        "ENISA omständigheter kring incidenten: är inte summan av sina delar (förlusterna plus illasinnat uppsåt)",
        id="cb-not-sum",
    ),
    pytest.param(
        _update(enisa_dpc=2, enisa_ei=0.5),
        "enisa-incomplete",
        "enisa dpc needs all three ENISA components (DPC, EI and CB) or none",
        "ENISA käsittelyn asiayhteys: tarvitsee kaikki kolme ENISA-osatekijää (DPC, EI ja CB) tai ei yhtään niistä",
        "ENISA behandlingssammanhang: behöver alla tre ENISA-komponenterna (DPC, EI och CB) eller ingen av dem",
        id="enisa-incomplete",
    ),
    pytest.param(
        lambda session: breaches.fetch(session, sort_key="severity"),
        "not-a-choice",
        "sort: 'severity' is not one of reference, title, status, aware_at, authority_deadline, risk, cause, closed_at",
        "lajittelujärjestys: ”severity” ei ole mikään näistä: "
        "reference, title, status, aware_at, authority_deadline, risk, cause, closed_at",
        "sorteringsordning: ”severity” är inte något av: "
        "reference, title, status, aware_at, authority_deadline, risk, cause, closed_at",
        id="sort-not-a-choice",
    ),
    pytest.param(
        lambda session: breaches.set_authority_reference(session, "BR-2026-0001", 2, "TSV/123/2026"),
        "not-a-notification",
        "notification: 2 is not a notification of BR-2026-0001",
        "ilmoitus: ei ole tapauksen BR-2026-0001 ilmoitus",
        "anmälan: är inte en anmälan i BR-2026-0001",
        id="not-a-notification",
    ),
]


@pytest.mark.parametrize(("call", "code", "english", "finnish", "swedish"), REFUSALS)
def test_a_breach_refusal_keeps_its_english_and_is_worded_in_finnish_and_swedish(
    qapp, store, breach, call, code, english, finnish, swedish
) -> None:
    error = _refused(store, call)
    assert error.code == code
    assert str(error) == english  # what the command line prints after "dpo-desk: "
    assert _worded(error) == (finnish, swedish)
    assert not english_in(finnish) and not english_in(swedish), (english_in(finnish), english_in(swedish))


def test_a_notification_document_of_a_phase_not_recorded_is_refused_in_finnish(qapp, store, breach, tmp_path) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    target = folder / "notification.pdf"

    def write(session: Any) -> object:
        return breach_notification.write(reports.gather_breach(session, breach, "fi", 3), target)

    error = _refused(store, write)
    assert error.code == "not-a-recorded-phase" and error.values == {"reference": breach, "count": 1}
    assert str(error) == "--phase: 3 is not a notification of BR-2026-0001 (it has 1)"
    finnish, swedish = _worded(error)
    assert finnish == "vaihe: ei ole tapauksen BR-2026-0001 ilmoitus (kirjattuja ilmoituksia on 1)"
    assert swedish == "fas: är inte en anmälan i BR-2026-0001 (antal registrerade anmälningar: 1)"
    assert not english_in(finnish) and not english_in(swedish)
    assert list(folder.iterdir()) == []  # no document, not even half of one


def test_every_code_of_the_breach_area_is_worded_and_its_fields_have_words(qapp) -> None:
    # the ENISA scores pass their code to one helper: the constants of its callers are this area's own
    own = set(input_reasons.breaches.wordings())
    assert {"not-an-enisa-dpc", "not-an-enisa-ei", "not-an-enisa-cb", "not-an-enisa-loss"} <= own
    assert own <= worded_input_codes()
    for lang in ("fi", "sv"):
        with language(lang):
            for english, word in [
                *input_reasons.breaches.wordings().items(),
                *input_reasons.breaches.field_words().items(),
            ]:
                assert word and not english_in(word), (lang, english, word)


def test_a_finnish_breach_pane_shows_a_refused_member_state_in_finnish(qtbot, store, breach) -> None:
    with store.read() as session:
        version = breaches.get(session, breach).version
    with language("fi"):
        window = build_window(store)
        qtbot.addWidget(window)
        window.show_page("breaches")
        window.wait_loaded()
        page = window.pages["breaches"]
        assert page.open_reference(breach)
        detail = page.detail
        qtbot.waitUntil(lambda: (window.wait_loaded(), detail.view is not None)[1], timeout=10000)
        field = detail.facts.fields["member_states"]
        field.widget.setText("Ruotsi, Viro")  # the countries' names, not their codes
        detail.save_facts()
        qtbot.waitUntil(lambda: (window.wait_loaded(), field.error.text() != "")[1], timeout=10000)
        beside, below = field.error.text(), detail.message.text()
        window.close()
    with store.read() as session:
        view = breaches.get(session, breach)
    assert (view.member_states, view.version) == ((), version)  # nothing stored
    assert beside == "Ei ole pilkuin eroteltu luettelo kaksikirjaimisia maakoodeja (esimerkiksi SE,EE)", beside
    assert not english_in(beside) and not english_in(below), below

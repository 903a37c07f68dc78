"""The register's, the records' and the organisation's input refusals, provoked through the real services on a
real store: the command line's English is unchanged, the window words them in Finnish and Swedish, nothing is
stored."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from dpo_desk.errors import InvalidInput
from dpo_desk.services import organisation, records, register
from dpo_desk.services.records import PurposeInput
from dpo_desk.store.models.register import SubprocessorAnnouncement
from dpo_desk.ui.app import build_window
from dpo_desk.ui.refusal_text import _shown, error_text
from tests.ui.finnish import english_in, language


def _refused(store, work) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught, store.write() as session:
        work(session)
    return caught.value


def _in(lang: str, error: InvalidInput) -> str:
    with language(lang):
        return error_text(error)


def _worded(error: InvalidInput) -> tuple[str, str]:
    finnish, swedish = _in("fi", error), _in("sv", error)
    for text in (finnish, swedish):
        assert not english_in(text) and "{" not in text and text != str(error), text
    return finnish, swedish


def _entry(store, **fields) -> str:
    with store.write() as session:
        return register.add(session, **{"name": "Pohjola Hosting Oy", "service": "Servers", **fields})


def test_the_eea_for_a_country_outside_it_names_the_country_in_the_window_language(store, qapp) -> None:
    error = _refused(
        store,
        lambda session: register.add(
            session, name="Far Away Inc", service="Mail", country="US", safeguard=register.check_safeguard("eea")
        ),
    )
    assert str(error) == "safeguard: 'eea' does not fit: US is outside the EEA; give its safeguard"
    finnish, swedish = _worded(error)
    assert finnish == "suojatoimi: ei sovi: ETA:n ulkopuolella on Yhdysvallat; anna siirron suojatoimi"
    assert swedish == "skyddsåtgärd: passar inte: utanför EES finns USA; ange överföringens skyddsåtgärd"
    with store.read() as session:
        assert register.count(session) == 0


def test_a_transfer_to_a_country_without_one_is_refused_by_the_country_s_name(store, qapp) -> None:
    ref = _entry(store, country="FI", processing_countries="FI,SE")
    scc = register.check_safeguard("scc", scc_module="3")
    in_eea = _refused(store, lambda session: register.set_transfer(session, ref, "SE", scc))
    elsewhere = _refused(store, lambda session: register.set_transfer(session, ref, "US", scc))
    assert str(in_eea) == (
        "country: 'SE' is in the EEA: no transfer to safeguard (add it to the processing countries first)"
    )
    assert str(elsewhere) == (
        "country: 'US' is not one of the entry's countries: no transfer to safeguard "
        "(add it to the processing countries first)"
    )
    assert _worded(in_eea) == (
        "maa: Ruotsi on ETA:ssa: suojattavaa siirtoa ei ole",
        "land: Sverige ligger i EES: det finns ingen överföring att skydda",
    )
    assert _worded(elsewhere)[0] == "maa: Yhdysvallat ei ole merkinnän maiden joukossa: lisää se ensin käsittelymaihin"
    with store.read() as session:
        assert register.get(session, ref).transfers == []


def test_an_effective_day_inside_the_objection_period_names_its_end_as_the_window_writes_days(store, qapp) -> None:
    ref = _entry(store, country="FI", status="planned")
    error = _refused(
        store, lambda session: register.announce(session, ref, announced_on="2026-11-02", effective_on="2026-11-20")
    )
    assert str(error) == (
        "effective on: '2026-11-20' falls inside the objection period (customers may object until 2026-12-02)"
    )
    finnish, swedish = _worded(error)
    assert finnish == "voimassa alkaen: osuu vastustusajalle (asiakkaat voivat vastustaa 2.12.2026 asti)"
    assert swedish == "gäller från: infaller inom invändningstiden (kunderna kan invända till och med 2026-12-02)"
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(SubprocessorAnnouncement)) == 0
        assert register.get(session, ref).status == "planned"


def test_an_objection_before_the_announcement_and_a_status_set_by_hand_are_refused(store, qapp) -> None:
    ref = _entry(store, country="FI", status="planned")
    with store.write() as session:
        register.announce(session, ref, announced_on="2026-11-02")
    early = _refused(
        store,
        lambda session: register.record_objection(session, ref, customer="Asiakas Oy", received_on="2026-10-30"),
    )
    retired = _refused(store, lambda session: register.update(session, ref, status="retired"))
    assert str(early) == "received on: '2026-10-30' is before the announcement (2026-11-02)"
    assert str(retired) == "status: 'retired' is set by retiring the entry (which records the date)"
    assert _worded(early) == (
        "vastaanotettu: on ennen ilmoitusta (2.11.2026)",
        "mottagen: är före aviseringen (2026-11-02)",
    )
    assert _worded(retired)[0] == (
        "tila: muuttuu käytöstä poistetuksi vain, kun merkintä poistetaan käytöstä (jolloin päivä kirjataan)"
    )
    with store.read() as session:
        entry = register.get(session, ref)
        assert entry.status == "announced" and entry.retired_on is None
        assert not register.get_announcement(session, ref).objections


def test_a_link_to_a_subprocessor_not_in_the_register_names_its_reference(store, qapp) -> None:
    with store.write() as session:
        activity = records.add_activity(
            session, name="Customer support", role="controller", purposes=[PurposeInput("Support", "contract")]
        )
    error = _refused(store, lambda session: records.link_subprocessors(session, activity, "SP-0099"))
    assert str(error) == "subprocessors: 'SP-0099' is not in the subprocessor register"
    finnish, swedish = _worded(error)
    assert finnish == "alikäsittelijät: SP-0099 ei ole alikäsittelijärekisterissä"
    assert swedish == "underbiträden: SP-0099 finns inte i registret över underbiträden"
    with store.read() as session:
        assert not records.get(session, activity).subprocessors


def test_a_case_reference_of_no_kind_is_refused(store, qapp) -> None:
    with store.write() as session:
        activity = records.add_activity(
            session, name="Customer support", role="controller", purposes=[PurposeInput("Support", "contract")]
        )
    error = _refused(store, lambda session: records.link_case(session, activity, "XYZ-1"))
    assert str(error) == ("case: 'XYZ-1' is not a request (DSR-…), breach (BR-…) or subprocessor (SP-…) reference")
    assert _worded(error)[0] == (
        "asia: ei ole pyynnön (DSR-…), tietoturvaloukkauksen (BR-…) tai alikäsittelijän (SP-…) tunnus"
    )
    with store.read() as session:
        assert records.activities_for_case(session, "XYZ-1") == []


def test_a_report_language_not_offered_is_refused_with_the_choices(store, qapp) -> None:
    with store.read() as session:
        before = organisation.get(session).report_language
    error = _refused(store, lambda session: organisation.update(session, report_language="de"))
    assert str(error) == "report language: 'de' is not one of fi, sv, en"
    finnish, swedish = _worded(error)
    assert finnish == "raporttien kieli: ”de” ei ole mikään näistä: fi, sv, en"
    assert swedish.endswith("”de” är inte något av: fi, sv, en"), swedish
    with store.read() as session:
        assert organisation.get(session).report_language == before


def test_shown_values_name_countries_and_join_lists(qapp) -> None:
    values = {"countries": ["US", "IN"], "country": "SE", "choices": ("fi", "sv"), "until": dt.date(2026, 12, 2)}
    with language("fi"):
        shown = _shown(values)
    assert shown == {"countries": "Yhdysvallat, Intia", "country": "Ruotsi", "choices": "fi, sv", "until": "2.12.2026"}
    assert _shown({"countries": []})["countries"] == ""


def test_an_scc_module_without_scc_is_refused_in_a_finnish_window(qtbot, store) -> None:
    with language("fi"):
        window = build_window(store)
        qtbot.addWidget(window)
        window.show_page("register")
        window.wait_loaded()
        dialog = window.pages["register"].new_entry()
        window.wait_loaded()
        dialog.fields["name"].setText("Ikkuna Inc")
        dialog.fields["service"].setText("Posti")
        dialog.fields["country"].set_code("US")
        window.wait_loaded()
        mechanism = dialog.fields["mechanism"]
        mechanism.setCurrentIndex(mechanism.findData("adequacy"))
        dialog.fields["scc_module"].setValue(2)  # a module belongs to standard contractual clauses only
        dialog.save()
        window.wait_loaded()
        beside = dialog.errors["scc_module"].text() if dialog.errors["scc_module"].isVisibleTo(dialog) else ""
        shown = dialog.message.text()
        window.close()
    with store.read() as session:
        assert register.count(session) == 0  # nothing stored
    assert beside == "koskee vain vakiosopimuslausekkeita", beside
    assert shown.endswith(": koskee vain vakiosopimuslausekkeita"), shown
    assert not english_in(shown), shown

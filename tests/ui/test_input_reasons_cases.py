"""The window words the refusals of requests, e-mail intake, recipients, attachments and case versions in its
own language, while the command line keeps the core's English; a refused input stores nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import dpo_desk
from dpo_desk.errors import InvalidInput
from dpo_desk.services import attachments, email_intake, recipients, records, requests, settings
from dpo_desk.ui.app import build_window
from dpo_desk.ui.input_reasons import cases
from dpo_desk.ui.refusal_text import error_text, worded_input_codes
from tests.ui.finnish import english_in, language

pytestmark = pytest.mark.both_engines

FAKE_MESSAGE = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"  # a scan saved under a message's name


def _worded(error: InvalidInput) -> dict[str, str]:
    """The error as the window shows it in Finnish and in Swedish (neither with English left in it)."""
    shown = {}
    for lang in ("fi", "sv"):
        with language(lang):
            shown[lang] = error_text(error)
        assert not english_in(shown[lang]), (lang, shown[lang])
        assert "{" not in shown[lang] and error.reason not in shown[lang], (lang, shown[lang])
    return shown


def _erasure_with_recipients(store) -> str:
    with store.write() as session:
        reference = requests.add(session, type="erasure", received="2026-11-02", subject="Eero Esimerkki")
        activity = records.add_activity(
            session,
            name="Uutiskirje",
            role="controller",
            purposes=[records.PurposeInput("Markkinointi", "consent")],
            recipients=["Postitus Oy", "Painotalo Ab"],
        )
        records.link_case(session, activity, reference)
        requests.close(session, reference, "fulfilled", replied_on="2026-11-20")
    return reference


def test_the_email_intake_helper_codes_are_worded_here() -> None:
    source = (Path(dpo_desk.__file__).parent / "services" / "email_intake.py").read_text("utf-8")
    helper_codes = set(re.findall(r'_not_a_message\([^)]*"([\w-]+)"\s*\)', source))
    assert len(helper_codes) == 6, helper_codes
    assert helper_codes <= set(cases.wordings()), sorted(helper_codes - set(cases.wordings()))
    assert helper_codes <= worded_input_codes()


def test_an_attachment_over_the_size_limit_is_refused_in_finnish(store, tmp_path: Path) -> None:
    with store.write() as session:
        reference = requests.add(session, type="access", received="2026-11-02", subject="Eero Esimerkki")
        settings.put(session, "attachments.max_megabytes", 1)
    big = tmp_path / "skannaus.pdf"
    big.write_bytes(b"%PDF" + bytes(1536 * 1024))
    with pytest.raises(InvalidInput) as caught, store.write() as session:
        name, data = attachments.read_source(session, big)
        attachments.add(session, reference, name, data)
    error = caught.value
    assert str(error) == "file: 'skannaus.pdf' is 1.5 MB, over the limit of 1 MB (setting attachments.max_megabytes)"
    shown = _worded(error)
    assert shown["fi"] == "tiedosto: ylittää 1 Mt:n rajan (Asetukset: suurin hyväksytty liite)"
    assert shown["sv"] == "fil: överskrider gränsen på 1 MB (Inställningar: största tillåtna bilaga)"
    with store.read() as session:
        assert attachments.list_for(session, reference) == []


def test_an_attachment_for_no_case_is_refused_in_finnish(store) -> None:
    with pytest.raises(InvalidInput) as caught, store.write() as session:
        attachments.add(session, "DSR-26-1", "kortti.pdf", b"%PDF-1.7")
    error = caught.value
    assert str(error) == "case: 'DSR-26-1' is not a case reference like DSR-2026-0001 or BR-2026-0001"
    shown = _worded(error)
    assert shown["fi"] == "asia: ei ole asian tunnus, kuten DSR-2026-0001 tai BR-2026-0001"
    assert shown["sv"] == "ärende: är inte en ärendereferens som DSR-2026-0001 eller BR-2026-0001"
    with store.read() as session:
        assert attachments.list_for(session, "DSR-26-1") == []


def test_a_file_that_is_not_a_message_is_refused_in_finnish(store, tmp_path: Path) -> None:
    fake = tmp_path / "skannaus.eml"
    fake.write_bytes(FAKE_MESSAGE)
    with pytest.raises(InvalidInput) as caught, store.read() as session:
        email_intake.read_message(fake, attachments.max_bytes(session))
    error = caught.value
    assert str(error) == (
        "MESSAGE: 'skannaus.eml' is not an e-mail message (it holds binary data, not mail headers); nothing was stored"
    )
    shown = _worded(error)
    assert shown["fi"] == (
        "viestitiedosto: ei ole sähköpostiviesti (siinä on binääridataa eikä sähköpostin otsakkeita); "
        "mitään ei tallennettu"
    )
    assert shown["sv"].startswith("meddelandefil: är inte ett e-postmeddelande (den innehåller binära data")

    letter = tmp_path / "kirje.docx"
    letter.write_bytes(b"PK\x03\x04")
    with pytest.raises(InvalidInput) as caught, store.read() as session:
        email_intake.read_message(letter, attachments.max_bytes(session))
    assert str(caught.value) == "MESSAGE: 'kirje.docx' is not an e-mail message: use an .eml or an Outlook .msg file"
    assert _worded(caught.value)["fi"] == (
        "viestitiedosto: ei ole sähköpostiviesti: käytä .eml-tiedostoa tai Outlookin .msg-tiedostoa"
    )
    with store.read() as session:
        assert requests.total(session) == 0


def test_a_recipient_excused_without_reasons_is_refused_in_finnish(store) -> None:
    reference = _erasure_with_recipients(store)
    with pytest.raises(InvalidInput) as caught, store.write() as session:
        recipients.record(session, reference, ["Postitus Oy"], [("Painotalo Ab", "  ")])
    error = caught.value
    assert str(error) == "reasons must be given for Painotalo Ab: why telling them is impossible or too much"
    shown = _worded(error)
    assert shown["fi"] == (
        "perustelut: on annettava vastaanottajalle Painotalo Ab: miksi ilmoittaminen on mahdotonta tai vaatisi "
        "kohtuuttomia ponnistuksia"
    )
    assert shown["sv"].startswith("skäl: måste anges för Painotalo Ab: varför det är omöjligt")

    with pytest.raises(InvalidInput) as caught, store.write() as session:
        recipients.record(session, reference, ["Postitus Oy"], [("Ei Kukaan Oy", "Lopetti toimintansa")])
    error = caught.value
    assert str(error) == (
        f"excepted: 'Ei Kukaan Oy' is not a recipient of {reference}; they are: Postitus Oy, Painotalo Ab"
    )
    assert _worded(error)["fi"] == f"vastaanottaja, jolle ei ilmoiteta: ei ole pyynnön {reference} vastaanottaja"
    with store.read() as session:
        assert [v.settled for v in recipients.recipients(session, reference)] == [False, False]


def test_an_unclassified_request_needs_its_type_in_finnish(store) -> None:
    with store.write() as session:
        reference = requests.add(session, type="unclassified", received="2026-11-02", subject="Eero Esimerkki")
    with pytest.raises(InvalidInput) as caught, store.write() as session:
        requests.classify(session, reference)
    error = caught.value
    assert str(error) == "type: 'unclassified' is needed: say which type of request this is"
    shown = _worded(error)
    assert shown["fi"] == "tyyppi: tarvitaan: kerro, minkä tyyppinen pyyntö tämä on"
    assert shown["sv"] == "typ: behövs: ange vilken typ av begäran detta är"
    with store.read() as session:
        assert requests.show(session, reference).type == "unclassified"


def test_an_edit_of_no_version_and_of_no_field_is_refused_in_finnish(store) -> None:
    with store.write() as session:
        reference = requests.add(session, type="access", received="2026-11-02", subject="Eero Esimerkki")
    with pytest.raises(InvalidInput) as caught, store.write() as session:
        requests.correct(session, reference, expected_version="uusin", subject="Eero Esimerkkinen")
    error = caught.value
    assert str(error) == "expected version: 'uusin' is not a version number (a whole number from 1)"
    shown = _worded(error)
    assert shown["fi"] == "muokattu versio: ei ole versionumero (kokonaisluku 1:stä alkaen)"
    assert shown["sv"] == "redigerad version: är inte ett versionsnummer (ett heltal från 1)"

    with pytest.raises(InvalidInput) as caught, store.write() as session:
        requests.correct(session, reference, received="2026-11-01")
    error = caught.value
    assert str(error) == (
        "field: 'received' cannot be corrected (only subject, email, contact, details, channel, language, controller)"
    )
    assert _worded(error)["fi"] == "kenttä: ei ole korjattavissa tässä"
    with store.read() as session:
        view = requests.show(session, reference)
    assert view.subject_name == "Eero Esimerkki" and str(view.received_on) == "2026-11-02"


def test_a_page_too_long_is_refused_in_finnish(store) -> None:
    with pytest.raises(InvalidInput) as caught, store.read() as session:
        requests.page_views(session, requests.Filters(), limit=5000)
    error = caught.value
    assert str(error) == "limit: 5000 must be between 0 and 1000 (page through the rest with offset)"
    shown = _worded(error)
    assert shown["fi"] == "rivejä sivulla: on oltava 0–1000"
    assert shown["sv"] == "rader per sida: måste vara 0–1000"


def test_a_message_dropped_on_a_finnish_window_is_refused_in_finnish(qtbot, store, tmp_path: Path) -> None:
    fake = tmp_path / "skannaus.eml"
    fake.write_bytes(FAKE_MESSAGE)
    with language("fi"):
        window = build_window(store)
        qtbot.addWidget(window)
        window.show_page("requests")
        window.wait_loaded()
        page = window.pages["requests"]
        page.take_in_messages([str(fake)])
        qtbot.waitUntil(lambda: "sähköpostiviesti" in window.statusBar().currentMessage(), timeout=10000)
        shown = window.statusBar().currentMessage()
        assert page.intake.dialog is None
        window.close()
    with store.read() as session:
        assert requests.total(session) == 0  # nothing stored
    assert shown == (
        "viestitiedosto: ei ole sähköpostiviesti (siinä on binääridataa eikä sähköpostin otsakkeita); "
        "mitään ei tallennettu"
    ), shown
    assert not english_in(shown), shown


def test_an_attachment_over_the_limit_is_refused_in_a_finnish_window(qtbot, store, tmp_path: Path) -> None:
    with store.write() as session:
        reference = requests.add(session, type="access", received="2026-11-02", subject="Eero Esimerkki")
        settings.put(session, "attachments.max_megabytes", 1)
    big = tmp_path / "skannaus.pdf"
    big.write_bytes(b"%PDF" + bytes(1536 * 1024))
    with language("fi"):
        window = build_window(store)
        qtbot.addWidget(window)
        window.show_page("requests")
        window.wait_loaded()
        page = window.pages["requests"]
        assert page.open_reference(reference)
        window.wait_loaded()
        panel = page.detail.attachments
        panel.add_files([str(big)])
        window.wait_loaded()
        qtbot.waitUntil(lambda: bool(panel.message.text()), timeout=10000)
        shown = panel.message.text()
        window.close()
    with store.read() as session:
        assert attachments.list_for(session, reference) == []  # nothing stored
    assert shown == "tiedosto: ylittää 1 Mt:n rajan (Asetukset: suurin hyväksytty liite)", shown

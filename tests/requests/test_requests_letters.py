"""Reply letters: the right text, dates and reference in each language; user text printed literally."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from dpo_desk.errors import InvalidInput, RuleRefused
from dpo_desk.reporting import request_letters
from dpo_desk.services import organisation, reports, requests

pytestmark = pytest.mark.both_engines

NASTY = "<img src='/etc/passwd'/> Åsa & <b>Ström"


def _text(path) -> str:
    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def case(store):
    with store.write() as session:
        organisation.update(
            session,
            name="Kirjepilvi Oy",
            business_id="7654321-0",
            address="Testikatu 1, 00100 Helsinki",
            dpo_name="Tiina Tietosuoja",
            dpo_email="dpo@kirjepilvi.example",
        )
        ref = requests.add(session, type="erasure", received="2026-02-17", subject=NASTY, email="asa@example.fi")
    return ref


def _letter(session, reference: str, kind: str, path, lang: str) -> None:
    """The road every caller takes: gather (refusing what the case does not support), write, note it."""
    letter = reports.gather_request_letter(session, reference, kind, lang)
    request_letters.write_letter(letter, path)
    reports.record_request_letter(session, letter)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_refusal_letter_tells_of_the_ombudsman_and_a_judicial_remedy(store, case, tmp_path) -> None:
    with store.write() as session:
        requests.close(session, case, "refused", "Manifestly unfounded <script>", replied_on="2026-03-10")
        for lang in ("fi", "sv", "en"):
            _letter(session, case, "refusal", tmp_path / f"refusal-{lang}.pdf", lang)
        kinds = [e.text for e in requests.show(session, case).timeline if e.kind == "letter"]
        assert kinds == ["refusal (fi)", "refusal (sv)", "refusal (en)"]
    en = _flat(_text(tmp_path / "refusal-en.pdf"))
    assert "Decision on your request" in en and case in en and "Page 1 of 1" in en
    assert NASTY in en and "Manifestly unfounded <script>" in en  # printed as typed
    assert "Office of the Data Protection Ombudsman" in en and "Article 77" in en
    assert "judicial remedy" in en and "Article 79" in en
    assert "17 February 2026" in en and "Kirjepilvi Oy" in en and "Business ID 7654321-0" in en
    fi = _flat(_text(tmp_path / "refusal-fi.pdf"))
    assert "tietosuojavaltuutetun toimisto" in fi and "oikeussuojakeinoon" in fi and "17.2.2026" in fi
    assert "Sivu 1/1" in fi
    sv = _flat(_text(tmp_path / "refusal-sv.pdf"))
    assert "Dataombudsmannens byrå" in sv and "rättsmedel" in sv


def test_extension_acknowledgement_identity_and_completion(store, case, tmp_path) -> None:
    with store.write() as session:
        _letter(session, case, "acknowledgement", tmp_path / "ack.pdf", "en")
        with pytest.raises(RuleRefused):
            _letter(session, case, "extension", tmp_path / "no.pdf", "en")
        with pytest.raises(RuleRefused):
            _letter(session, case, "completion", tmp_path / "no.pdf", "en")
        with pytest.raises(InvalidInput):
            _letter(session, case, "poem", tmp_path / "no.pdf", "en")
        with pytest.raises(InvalidInput):
            _letter(session, case, "acknowledgement", tmp_path / "no.pdf", "de")
        requests.record_identity(session, case, "requested", "2026-02-18", "a copy of your latest invoice")
        _letter(session, case, "identity-request", tmp_path / "id.pdf", "en")
        requests.record_identity(session, case, "received", "2026-02-20")
        requests.extend(session, case, "Data in several back-up generations", on="2026-02-25")
        _letter(session, case, "extension", tmp_path / "ext.pdf", "fi")
        requests.close(session, case, "partially-fulfilled", "Invoices kept by law", replied_on="2026-04-01")
        _letter(session, case, "completion", tmp_path / "done.pdf", "en")
    assert not (tmp_path / "no.pdf").exists()
    ack = _flat(_text(tmp_path / "ack.pdf"))
    assert "at the latest on 17 March 2026" in ack and "Article 17" in ack
    ident = _flat(_text(tmp_path / "id.pdf"))
    assert "a copy of your latest invoice" in ident and "within one month of its arrival" in ident
    ext = _flat(_text(tmp_path / "ext.pdf"))
    assert "Data in several back-up generations" in ext and "viimeistään 20.5.2026" in ext
    done = _flat(_text(tmp_path / "done.pdf"))
    assert "acted on it in part" in done and "Invoices kept by law" in done and "Data Protection Ombudsman" in done


def test_letter_from_the_command_line(cli, tmp_path) -> None:
    ref = cli(
        "request", "add", "--type", "access", "--received", "2026-03-03", "--subject", "Asta", "--language", "sv"
    ).last_line
    out = tmp_path / "kvitto.pdf"
    cli("request", "letter", ref, "--kind", "acknowledgement", "--pdf", out)
    text = _flat(_text(out))
    assert "Bekräftelse" in text and "senast den 7.4.2026" in text
    cli("request", "letter", ref, "--kind", "refusal", "--pdf", tmp_path / "x.pdf", ok=False)


def test_acknowledgement_as_processor_says_the_controller_replies(store, tmp_path) -> None:
    with store.write() as session:
        ref = requests.add(
            session, type="access", received="2026-03-03", subject="Pia", role="processor", controller="Asiakas Oy"
        )
        _letter(session, ref, "acknowledgement", tmp_path / "pending.pdf", "en")
        requests.forward(session, ref, on="2026-03-04")
        _letter(session, ref, "acknowledgement", tmp_path / "forwarded.pdf", "fi")
    pending = _flat(_text(tmp_path / "pending.pdf"))
    assert "on behalf of Asiakas Oy" in pending and "at the latest" not in pending
    assert "välittäneet pyyntösi sille 4.3.2026" in _flat(_text(tmp_path / "forwarded.pdf"))

"""Issue 17, point 9: the documents' words: the GDPR's own terms, no English in fi/sv, one date form."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from dpo_desk.reporting.wording import article, date_text
from dpo_desk.services import requests

pytestmark = pytest.mark.both_engines

ISO_DATE = re.compile(r"\b20\d\d-\d\d-\d\d\b")
ENGLISH = ("GDPR Art.", "adequacy:", "SCC module", "Art. 6(1)", "module 3")


def _text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages)


def test_article_references_and_dates_in_each_language() -> None:
    assert article("33(1)", "fi") == "tietosuoja-asetuksen 33 artiklan 1 kohta"
    assert article("33(1)", "sv") == "artikel 33.1 i dataskyddsförordningen"
    assert article("6(1)(b)", "fi") == "tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta"
    assert article("6(1)(b)", "en") == "Art. 6(1)(b)"
    day = __import__("datetime").date(2026, 12, 4)
    assert (date_text(day, "fi"), date_text(day, "sv"), date_text(day, "en")) == (
        "4.12.2026",
        "4.12.2026",
        "4 December 2026",
    )


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_finnish_and_swedish_documents_carry_no_english_and_no_iso_dates(org, tmp_path: Path, lang: str) -> None:
    sp = org(
        "subprocessor", "add", "--name", "Helpdesk Inc", "--service", "Support", "--country", "US",
        "--mechanism", "scc", "--scc-module", "3", "--tia", "2026-01-10", "--dpa-signed", "2026-01-05",
    ).last_line  # fmt: skip
    uk = org(
        "subprocessor", "add", "--name", "Chat Ltd", "--service", "Chat", "--country", "GB",
        "--mechanism", "adequacy", "--dpa-signed", "2026-01-05",
    ).last_line  # fmt: skip
    org(
        "records", "add", "--name", "CRM", "--role", "controller", "--purpose", "Customers", "--legal-basis",
        "contract", "--retention", "2 years", "--subprocessors", f"{sp},{uk}",
    )  # fmt: skip
    breach = org(
        "breach", "add", "--title", "Wrong list", "--aware-at", "2026-06-01T10:00:00+03:00", "--risk", "high",
        "--description", "A mix-up", "--consequences", "Spam", "--measures-taken", "Recalled",
    ).last_line  # fmt: skip
    written = {
        "record": ("report", "records", "--pdf", tmp_path / "record.pdf", "--lang", lang),
        "notification": ("breach", "report", breach, "--pdf", tmp_path / "notification.pdf", "--lang", lang),
        "letter": ("breach", "letter", breach, "--pdf", tmp_path / "letter.pdf", "--lang", lang),
    }
    for name, args in written.items():
        org(*args)
        text = _text(tmp_path / f"{name}.pdf")
        assert not [e for e in ENGLISH if e in text], name
        assert not ISO_DATE.search(text), (name, ISO_DATE.findall(text))
    record = _text(tmp_path / "record.pdf")
    assert article("6(1)(b)", lang) in record
    assert ("moduuli 3" if lang == "fi" else "modul 3") in record and "(EU) 2021/1772" in record
    notification = _text(tmp_path / "notification.pdf")
    assert article("33(1)", lang, regulation=False) in notification
    assert date_text(__import__("datetime").date(2026, 6, 4), lang) in notification  # the deadline's day


def test_swedish_uses_the_gdprs_own_term_for_records(org, tmp_path: Path) -> None:
    breach = org("breach", "add", "--title", "X", "--aware-at", "2026-06-01T10:00:00+03:00").last_line
    org("breach", "report", breach, "--pdf", tmp_path / "sv.pdf", "--lang", "sv")
    text = _text(tmp_path / "sv.pdf")
    assert "personuppgiftsposter" in text and "registerposter" not in text


def test_the_finnish_breach_letter_reads_naturally(org, tmp_path: Path) -> None:
    breach = org(
        "breach", "add", "--title", "Wrong list", "--aware-at", "2026-06-01T10:00:00+03:00", "--risk", "high",
        "--description", "Lähetimme viestin väärälle listalle", "--consequences", "Roskaposti",
        "--measures-taken", "Pyysimme poistamaan viestin",
    ).last_line  # fmt: skip
    org("breach", "letter", breach, "--pdf", tmp_path / "fi.pdf", "--lang", "fi")
    text = _text(tmp_path / "fi.pdf")
    assert "joutunut tietoturvaloukkauksen kohteeksi" not in text
    assert "korkea riski" in text and "1.6.2026" in text


def test_an_acknowledgement_after_an_extension_gives_the_extended_date(org, tmp_path: Path) -> None:
    ref = org("request", "add", "--type", "access", "--received", "2026-02-17", "--subject", "Aino").last_line
    org("request", "extend", ref, "--reason", "Monta järjestelmää", "--on", "2026-03-02", "--told", "2026-03-02")
    org("request", "letter", ref, "--kind", "acknowledgement", "--pdf", tmp_path / "fi.pdf", "--lang", "fi")
    text = _text(tmp_path / "fi.pdf")
    assert "18.5.2026" in text and "voidaan jatkaa" not in text and "16.3.2026" not in text
    assert "15 artikla" in text and not ISO_DATE.search(text)


def test_the_window_writes_the_same_acknowledgement(store, page_showing, tmp_path: Path) -> None:
    with store.write() as session:
        ref = requests.add(session, type="access", received="2026-02-17", subject="Kalle", language="sv")
        requests.extend(session, ref, "Komplicerad", "2026-03-02", "2026-03-02")
    window, page = page_showing("requests", ref)
    page.ask_save_path = lambda *_args: str(tmp_path / "ack")
    page.detail._ask_letter("acknowledgement")
    window.wait_loaded()
    text = _text(tmp_path / "ack.pdf")
    assert "18.5.2026" in text and "kan tiden förlängas" not in text
    window.close()

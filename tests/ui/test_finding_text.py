"""The window words the core's transfer findings in its own language, from their codes and values."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest

from dpo_desk.demo import register as demo_register
from dpo_desk.paths import resources_dir
from dpo_desk.rules.transfers import (
    FINDING_CODES,
    WARNING,
    EntryFacts,
    Finding,
    TransferFacts,
    check_entry,
    parse_adequacy,
)
from dpo_desk.ui import i18n
from dpo_desk.ui.app import build_window
from dpo_desk.ui.finding_text import finding_text, worded_codes
from tests.ui.finnish import english_in, language

pytestmark = pytest.mark.both_engines

TODAY = dt.date(2026, 11, 25)


def _adequacy():
    shipped = parse_adequacy(json.loads((resources_dir() / "adequacy.json").read_text(encoding="utf-8")))
    dpf = next(d for d in shipped.decisions if d.requires_certification)
    # a decision for certified organisations of another country, as the DPF is for the US
    other = replace(dpf, key="ZZ", name="Certified Framework", countries=("ZZ",), challenge="", challenge_case="")
    return replace(shipped, decisions=(*shipped.decisions, other))


def _entry(country: str, *transfers: TransferFacts, roles: tuple[str, ...] = (), certified: bool = False):
    return EntryFacts(
        country, (), "active", TODAY, certified, tuple(transfers), roles
    )  # a signed agreement: only the transfer speaks


def _every_finding() -> list[Finding]:
    """Real findings of the rules, one case or more for each code."""
    adequacy = _adequacy()
    cases = [
        (EntryFacts("US", status="active"), TODAY),  # no agreement, no safeguard
        (_entry("US", TransferFacts("US", "scc", None, "2010/87/EU")), TODAY),
        (_entry("US", TransferFacts("US", "scc", 1, tia_on=TODAY)), TODAY),
        (_entry("US", TransferFacts("US", "scc", 2, tia_on=TODAY), roles=("processor",)), TODAY),
        (_entry("IN", TransferFacts("IN", "derogation")), TODAY),
        (_entry("IN", TransferFacts("IN", "derogation", derogation="compelling")), TODAY),
        (_entry("IN", TransferFacts("IN", "adequacy")), TODAY),
        (_entry("GB", TransferFacts("GB", "adequacy")), dt.date(2032, 1, 1)),
        (_entry("US", TransferFacts("US", "adequacy")), TODAY),
        (_entry("ZZ", TransferFacts("ZZ", "adequacy")), TODAY),
        (_entry("US", TransferFacts("US", "adequacy"), certified=True), TODAY),
        (_entry("US", TransferFacts("US", "adequacy", fallback_safeguard="scc"), certified=True), TODAY),
        (_entry("JP", TransferFacts("JP", "adequacy")), TODAY),
        (_entry("US", TransferFacts("US", "bcr", tia_on=TODAY, tia_review_on=dt.date(2026, 1, 31))), TODAY),
    ]
    return [f for entry, day in cases for f in check_entry(entry, adequacy, day)]


def test_every_finding_code_of_the_core_has_a_window_wording() -> None:
    assert worded_codes() == set(FINDING_CODES), sorted(set(FINDING_CODES) ^ worded_codes())
    assert {f.code for f in _every_finding()} == set(FINDING_CODES)  # the cases below reach every code


def test_every_finding_is_worded_in_finnish_and_swedish_with_its_values(qapp) -> None:
    findings = _every_finding()
    for code in ("fi", "sv"):
        with language(code):
            for finding in findings:
                text = finding_text(finding)
                assert text != finding.message, (code, finding.code)
                assert not english_in(text), (code, finding.code, text)
                assert "{" not in text and "}" not in text, text
    with language("fi"):
        shown = {f.code: finding_text(f) for f in findings}
        tia = "US: siirtovaikutusten arviointi olisi pitänyt katselmoida 31.1.2026 mennessä"
        assert shown["tia-review-past"] == tia
        assert any("päätös (EU) 2021/1772 ei ole voimassa 1.1.2032" in finding_text(f) for f in findings)
        assert "moduuli 2 (rekisterinpitäjältä henkilötietojen käsittelijälle)" in shown["scc-module-questioned"]
        assert "henkilötietojen käsittelijänä: moduuli 3 sopisi" in shown["scc-module-questioned"]
        assert "APPI" in shown["adequacy-limited-scope"] and "Yksityinen sektori" in shown["adequacy-limited-scope"]
    with language("sv"):
        assert any(f.code == "adequacy-challenged" and "reservåtgärd angiven: standardavtalsklausuler"
                   in finding_text(f) for f in findings)  # fmt: skip
    # the English window words them as the core does, with the window's dates
    english = {f.code: finding_text(f) for f in findings}
    assert english["tia-review-past"] == "US: the transfer impact assessment was due for review on 31 Jan 2026"
    assert english["dpa-missing"] == "no signed data processing agreement (Art. 28(3)) recorded"


def test_a_finnish_window_words_a_finding_in_finnish(qapp) -> None:
    finding = Finding(
        "safeguard-missing",
        WARNING,
        "US: no safeguard recorded for a transfer outside the EEA",
        "US",
        {"country": "US"},
    )
    try:
        i18n.install("fi")
        assert finding_text(finding) == "US: ETA-alueen ulkopuolelle tehtävälle siirrolle ei ole kirjattu suojatoimia"
        i18n.install("sv")
        assert finding_text(finding) == "US: inga skyddsåtgärder registrerade för en överföring utanför EES"
    finally:
        i18n.install("en")
    assert finding_text(finding) == finding.message


def test_a_code_without_a_wording_keeps_the_core_message(qapp) -> None:
    finding = Finding("no-such-code", WARNING, "an English message", "US")
    assert finding_text(finding) == "an English message"


def test_the_finnish_register_page_words_its_findings_in_finnish(qtbot, store) -> None:
    with store.write() as session:
        demo_register.populate(session, store.clock.now().date())
    with language("fi"):
        window = build_window(store)
        qtbot.addWidget(window)
        window.show_page("register")
        window.wait_loaded()
        page = window.pages["register"]
        assert page.open_reference("SP-0012")
        window.wait_loaded()
        text = page.detail.findings.text()
        window.close()
    assert "EU-US Data Privacy Framework on oikeudellisesti haastettu" in text
    assert "under legal challenge" not in text and not english_in(text.replace("EU-US Data Privacy Framework", ""))


def test_every_request_warning_code_of_the_core_has_a_window_wording() -> None:
    import re
    from pathlib import Path

    from dpo_desk.services import requests
    from dpo_desk.ui.widgets.request_detail import RequestDetail

    source = Path(requests.__file__).read_text(encoding="utf-8")
    codes = set(re.findall(r'RequestWarning\(\s*"([a-z0-9-]+)"', source))
    assert codes, "no RequestWarning codes found in services/requests.py"
    assert codes <= set(RequestDetail.WORDED_WARNING_CODES), sorted(codes - set(RequestDetail.WORDED_WARNING_CODES))

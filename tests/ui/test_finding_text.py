"""The window words the core's transfer findings in its own language, from their codes."""

from __future__ import annotations

from dpo_desk.rules.transfers import FINDING_CODES, WARNING, Finding
from dpo_desk.ui import i18n
from dpo_desk.ui.finding_text import WORDED_CODES, finding_text


def test_worded_codes_are_codes_of_the_core() -> None:
    assert set(WORDED_CODES) <= set(FINDING_CODES)


def test_a_finnish_window_words_a_finding_in_finnish(qapp) -> None:
    finding = Finding("safeguard-missing", WARNING, "US: no safeguard recorded for a transfer outside the EEA", "US")
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


def test_every_request_warning_code_of_the_core_has_a_window_wording() -> None:
    import re
    from pathlib import Path

    from dpo_desk.services import requests
    from dpo_desk.ui.widgets.request_detail import RequestDetail

    source = Path(requests.__file__).read_text(encoding="utf-8")
    codes = set(re.findall(r'RequestWarning\(\s*"([a-z0-9-]+)"', source))
    assert codes, "no RequestWarning codes found in services/requests.py"
    assert codes <= set(RequestDetail.WORDED_WARNING_CODES), sorted(codes - set(RequestDetail.WORDED_WARNING_CODES))

"""Issue 17, points 5 and 6: Art. 33(3) items given in phases, DST gaps, the case number, the Art. 34 letter."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from dpo_desk.services import breaches, organisation

pytestmark = pytest.mark.both_engines

COMPLETE = (
    "--subject-categories", "customers", "--subjects-approx", "120", "--data-categories", "names, e-mail",
    "--records-approx", "240", "--consequences", "Phishing", "--measures-taken", "Recalled the e-mail",
)  # fmt: skip


def _breach(cli, *extra: str) -> str:
    return cli(
        "breach", "add", "--title", "Wrong list", "--aware-at", "2026-06-01T10:00:00+03:00", "--risk", "risk",
        "--risk-reasoning", "Names", *extra,
    ).last_line  # fmt: skip


def _text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages)


# -- 5. Art. 33(3) in phases --------------------------------------------------------------------------


def test_each_missing_art_33_3_item_is_warned_until_a_later_phase_supplies_it(org) -> None:
    ref = _breach(org, "--subject-categories", "customers", "--consequences", "Phishing")
    org("breach", "notify", ref, "--at", "2026-06-02T10:00:00+03:00")
    shown = org("breach", "show", ref, "--json").json()
    assert shown["notifications"][0]["missing_items"] == [
        "subjects_approx",
        "data_categories",
        "records_approx",
        "measures",
    ]
    missing = [w for w in shown["warnings"] if "Art. 33(3)" in w]
    assert len(missing) == 4
    assert any("approximate number of data subjects is missing" in w for w in missing)
    assert any("Art. 33(3)(d)" in w for w in missing)
    org("breach", "update", ref, *COMPLETE)
    # recorded but not yet sent: still flagged, now asking for the supplementary notification
    pending = [w for w in org("breach", "show", ref, "--json").json()["warnings"] if "Art. 33(3)" in w]
    assert len(pending) == 4 and all("now recorded but was not in the notification" in w for w in pending)
    org("breach", "notify", ref, "--at", "2026-06-03T10:00:00+03:00", "--content", "Numbers")
    assert [w for w in org("breach", "show", ref, "--json").json()["warnings"] if "Art. 33(3)" in w] == []


def test_a_local_time_in_the_spring_forward_gap_is_refused(org) -> None:
    refused = org("breach", "add", "--title", "X", "--aware-at", "2026-03-29T03:30", ok=False)
    assert "does not exist in Europe/Helsinki" in refused.err and len(refused.err.strip().splitlines()) == 1
    assert org("breach", "list", "--json").json() == []


def test_an_ambiguous_autumn_hour_is_read_as_the_earlier_instant(org) -> None:
    ref = org("breach", "add", "--title", "X", "--aware-at", "2026-10-25T03:30").last_line
    shown = org("breach", "show", ref, "--json").json()
    assert shown["aware_at"] == "2026-10-25T03:30:00+03:00"
    assert shown["authority_deadline"] == "2026-10-28T02:30:00+02:00"  # 72 real hours, the safe (earlier) one


def test_the_printed_notification_carries_the_authoritys_case_number(org, tmp_path: Path) -> None:
    ref = _breach(org, *COMPLETE)
    org("breach", "notify", ref, "--at", "2026-06-02T10:00:00+03:00")
    org("breach", "report", ref, "--pdf", tmp_path / "before.pdf", "--lang", "en", "--phase", "1")
    assert "case number" not in _text(tmp_path / "before.pdf")
    org("breach", "authority-reference", ref, "--number", "1", "--authority-reference", "TSV/123/2026")
    org("breach", "report", ref, "--pdf", tmp_path / "en.pdf", "--lang", "en", "--phase", "1")
    assert "The Ombudsman's case number TSV/123/2026" in _text(tmp_path / "en.pdf")
    org("breach", "report", ref, "--pdf", tmp_path / "draft.pdf", "--lang", "fi")
    assert "Tietosuojavaltuutetun toimiston diaarinumero TSV/123/2026" in _text(tmp_path / "draft.pdf")


# -- 6. the Art. 34 letter -----------------------------------------------------------------------------


def test_the_letter_is_refused_naming_each_empty_art_34_2_item(org, tmp_path: Path) -> None:
    ref = _breach(org, "--risk", "high", "--consequences", "Phishing")
    refused = org("breach", "letter", ref, "--pdf", tmp_path / "l.pdf", ok=False)
    assert "nature of the breach in plain words" in refused.err and "measures taken or proposed" in refused.err
    assert "likely consequences" not in refused.err
    assert not (tmp_path / "l.pdf").exists()
    org("breach", "update", ref, "--description", "A list mix-up", "--measures-proposed", "Two-person check")
    org("breach", "letter", ref, "--pdf", tmp_path / "l.pdf", "--lang", "en")
    assert "may pose a high risk to you" in _text(tmp_path / "l.pdf")


def test_a_letter_for_a_breach_below_high_risk_claims_no_high_risk(org, tmp_path: Path) -> None:
    ref = _breach(org, "--description", "A list mix-up", "--consequences", "Spam", "--measures-taken", "Recalled")
    for lang, high in (("en", "high risk"), ("fi", "korkea riski"), ("sv", "hög risk")):
        org("breach", "letter", ref, "--pdf", tmp_path / f"{lang}.pdf", "--lang", lang)
        assert high not in _text(tmp_path / f"{lang}.pdf")


def test_an_art_34_3_b_exemption_shows_the_ombudsmans_guidance(org) -> None:
    ref = _breach(org, "--risk", "high")
    org("breach", "communicate", ref, "--exemption", "b", "--reason", "Keys rotated within the hour")
    warnings = org("breach", "show", ref, "--json").json()["warnings"]
    assert any("8 November 2023" in w and "Art. 34(3)(b)" in w for w in warnings)


# -- the window -------------------------------------------------------------------------------------------


def test_the_breach_view_shows_the_missing_items_and_refuses_the_letter(
    qtbot, store, page_showing, tmp_path: Path
) -> None:
    with store.write() as session:
        organisation.update(session, name="Ikkuna Oy", dpo_email="dpo@ikkuna.example")
        ref = breaches.add(session, title="Lost laptop", aware_at="2026-06-01T10:00", risk="high").reference
        breaches.notify(session, ref, "2026-06-02T10:00")
    window, page = page_showing("breaches")
    detail = page.detail
    qtbot.waitUntil(lambda: (window.wait_loaded(), detail.view is not None)[1], timeout=10000)
    assert "Art. 33(3)(c): the likely consequences of the breach is missing" in detail.warnings.text()
    assert not detail.warnings.isHidden()
    detail.write_document("letter", tmp_path / "letter.pdf", "en")
    qtbot.waitUntil(lambda: (window.wait_loaded(), "Art. 34(2)" in detail.document_status.text())[1], timeout=10000)
    assert "nature of the breach" in detail.document_status.text() and not (tmp_path / "letter.pdf").exists()
    window.close()

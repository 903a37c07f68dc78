"""A reply letter is written by a change the window hears of: the writer only writes, the caller notes it."""

from __future__ import annotations

import pytest

from dpo_desk.reporting import request_letters
from dpo_desk.services import reports, requests
from dpo_desk.ui.ops import Ops

pytestmark = pytest.mark.both_engines


def _requests_page(qtbot, store, reference: str):
    """The window on the requests page with `reference` open."""
    from dpo_desk.ui.app import build_window

    window = build_window(store)
    qtbot.addWidget(window)
    window.show_page("requests")
    window.wait_loaded()
    page = window.pages["requests"]
    page.open_reference(reference)
    window.wait_loaded()
    return window, page


def _letters(store, reference: str) -> list[str]:
    with store.read() as session:
        return [e.text for e in requests.show(session, reference).timeline if e.kind == "letter"]


def test_the_writer_stores_nothing_and_the_change_is_announced(store, tmp_path, qtbot) -> None:
    with store.write() as session:
        reference = requests.add(session, type="access", received="2026-11-20", subject="Aino")
    with store.read() as session:
        letter = reports.gather_request_letter(session, reference, "acknowledgement", "en")
    request_letters.write_letter(letter, tmp_path / "only.pdf")
    assert (tmp_path / "only.pdf").exists() and _letters(store, reference) == []

    def work(session):
        made = reports.gather_request_letter(session, reference, "acknowledgement", "fi")
        request_letters.write_letter(made, tmp_path / "noted.pdf")
        reports.record_request_letter(session, made)

    ops = Ops(store)
    try:
        with qtbot.waitSignal(ops.store_did_change, timeout=10000) as changed:
            ops.change(work)
        assert "request_event" in changed.args[0]
    finally:
        ops.shutdown()
    assert _letters(store, reference) == ["acknowledgement (fi)"]


def test_the_page_writes_an_editable_letter_and_opens_it_in_its_application(qtbot, store, tmp_path) -> None:
    import docx

    with store.write() as session:
        reference = requests.add(session, type="access", received="2026-11-20", subject="Muokattava Maija")
    window, page = _requests_page(qtbot, store, reference)
    opened: list[str] = []
    page.open_in_application = opened.append
    page.ask_save_path = lambda *_args: str(tmp_path / "reply.docx")
    page.detail._ask_letter("acknowledgement")
    window.wait_loaded()
    qtbot.waitUntil(lambda: page.open_button.isVisibleTo(page), timeout=10000)
    assert "Muokattava Maija" in "\n".join(p.text for p in docx.Document(str(tmp_path / "reply.docx")).paragraphs)
    page.open_button.click()
    assert opened == [str(tmp_path / "reply.docx")]
    assert _letters(store, reference)[-1].startswith("acknowledgement")
    window.close()


def test_export_evidence_bundle_from_the_request_view(qtbot, store, tmp_path) -> None:
    from dpo_desk.reporting import evidence_bundle

    with store.write() as session:
        reference = requests.add(session, type="erasure", received="2026-11-20", subject="Todiste Tuula")
    window, page = _requests_page(qtbot, store, reference)
    page.ask_save_path = lambda *_args: str(tmp_path / "evidence")
    page.detail.bundle_action.trigger()
    window.wait_loaded()
    qtbot.waitUntil(lambda: "manifest hash" in page.message.text(), timeout=10000)
    digest = page.message.text().rsplit(" ", 1)[-1]
    verdict = evidence_bundle.verify(tmp_path / "evidence.zip", digest)
    assert verdict.ok and verdict.case == reference
    window.close()


def test_tell_the_recipients_from_the_request_view(qtbot, store, tmp_path) -> None:
    from dpo_desk.services import recipients, records

    with store.write() as session:
        reference = requests.add(session, type="restriction", received="2026-11-02", subject="Rajoitettu Riikka")
        activity = records.add_activity(
            session,
            name="Customer register",
            role="controller",
            purposes=[records.PurposeInput("Customer service", "contract")],
            recipients=["Tilitoimisto Oy"],
        )
        records.link_case(session, activity, reference)
        requests.close(session, reference, "fulfilled", replied_on="2026-11-20")
    window, page = _requests_page(qtbot, store, reference)
    notices = tmp_path / "notices"
    notices.mkdir()
    page.ask_notice_folder = lambda: (str(notices), "odt")
    page.detail.recipients_action.trigger()
    window.wait_loaded()
    qtbot.waitUntil(lambda: "notice" in page.message.text(), timeout=10000)
    assert [p.suffix for p in notices.iterdir()] == [".odt"]
    with store.read() as session:
        assert [v.outcome for v in recipients.recipients(session, reference)] == ["told"]
    window.close()

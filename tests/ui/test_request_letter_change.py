"""A reply letter is written by a change the window hears of: the writer only writes, the caller notes it."""

from __future__ import annotations

from dpo_desk.reporting import request_letters
from dpo_desk.services import reports, requests
from dpo_desk.ui.ops import Ops


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

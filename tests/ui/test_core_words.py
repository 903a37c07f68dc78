"""Words the core gives as English sentences or codes, shown in a Finnish window in Finnish.

The core keeps its English for the command line and the JSON; it hands the window the parts, and the
window words them (issue 16, "nothing English in a Finnish window").
"""

from __future__ import annotations

import datetime as dt

from dpo_desk.services import requests
from dpo_desk.ui.app import build_window
from tests.ui.finnish import english_in, language


def _timeline(qtbot, store, reference: str, code: str) -> list[tuple[str, str]]:
    with language(code):
        window = build_window(store)
        qtbot.addWidget(window)
        window.show_page("requests")
        window.wait_loaded()
        page = window.pages["requests"]
        assert page.open_reference(reference)
        window.wait_loaded()
        tree = page.detail.timeline
        rows = [(tree.topLevelItem(i).text(1), tree.topLevelItem(i).text(2)) for i in range(tree.topLevelItemCount())]
        window.close()
    return rows


def test_the_request_timeline_words_its_events_in_finnish_and_keeps_typed_text(qtbot, store) -> None:
    with store.write() as session:
        reference = requests.add(session, type="access", received="2026-03-03", subject="Ulla Uusi", channel="web-form")
        requests.correct(session, reference, on="2026-03-04", subject="Ulla Uusitalo")
        requests.record_letter(session, reference, "acknowledgement", "fi", dt.date(2026, 3, 4))
        requests.add_note(session, reference, "Soitettu, ei vastausta", on="2026-03-05")
        requests.close(session, reference, "refused", "ilmeisen perusteeton", replied_on="2026-03-10")
    rows = _timeline(qtbot, store, reference, "fi")
    details = [text for _, text in rows]
    assert details[0] == "pyyntö: pääsy tietoihin, kanava: verkkolomake", details
    assert details[1] == "pyytäjä: ”Ulla Uusi” → ”Ulla Uusitalo”", details
    assert details[2] == "vastaanottoilmoitus (suomi)", details
    assert details[3] == "Soitettu, ei vastausta", details  # the DPO's note as typed
    assert details[4] == "hylätty: ilmeisen perusteeton", details  # the outcome worded, the reason as typed
    for what, text in rows:
        assert not english_in(what) and not english_in(text), (what, text)
    # the core keeps its sentence for the command line and the JSON
    with store.read() as session:
        stored = [e.text for e in requests.show(session, reference).timeline]
    assert stored[0] == "access request received by web-form"
    assert stored[-1] == "refused: ilmeisen perusteeton"


def test_the_retention_dialog_says_what_each_case_is_in_finnish(qtbot, store) -> None:
    from dpo_desk.ui.dialogs.retention import RetentionDialog
    from dpo_desk.ui.ops import Ops
    from tests.safety.test_retention import AS_OF, _cases

    refs = _cases(store)
    with language("fi"):
        dialog = RetentionDialog(Ops(store), as_of=AS_OF)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
        shown = {dialog.table.item(row, 1).text(): dialog.table.item(row, 2).text() for row in range(3)}
    assert shown[refs["old"]] == "pyyntö (pääsy tietoihin), vastattu 20.3.2019", shown
    assert shown[refs["breach"]].startswith("tietoturvaloukkaus ”Laptop of"), shown
    assert shown[refs["scan"]] == "passport.jpg", shown
    assert "closed" not in shown[refs["breach"]] and not english_in(shown[refs["old"]]), shown

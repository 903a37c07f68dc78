"""`--if-version N` on the edit commands (issue 20 §3): a change based on a stale version is refused."""

from __future__ import annotations

import pytest

from dpo_desk.services import requests
from dpo_desk.store import Store
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.both_engines


def _edit_elsewhere(store_path, clock, ref: str) -> None:
    """Another person (analyst1) corrects the request at 14:03 Helsinki time."""
    clock.set("2026-11-25T12:03:00+00:00")
    with Store.open(store_path, PASSPHRASE, actor="analyst1", clock=clock) as other, other.write() as session:
        requests.correct(session, ref, email="asta@example.com")


def test_a_stale_request_correction_is_refused_in_one_line_and_stores_nothing(cli, store_path, clock) -> None:
    ref = cli("request", "add", "--type", "access", "--received", "2026-11-02", "--subject", "Asta Example").last_line
    shown = cli("request", "show", ref, "--json").json()
    assert shown["version"] == 1
    cli("request", "note", ref, "--text", "called", "--if-version", "1")  # at version 1: goes through
    assert cli("request", "show", ref, "--json").json()["version"] == 2
    _edit_elsewhere(store_path, clock, ref)
    refused = cli("request", "correct", ref, "--subject", "Asta Esimerkki", "--if-version", "2", ok=False)
    assert refused.code == 1 and refused.out == ""
    assert f"{ref} was changed by analyst1" in refused.err
    assert "at 2026-11-25 14:03 after you opened it; reload it and redo your change" in refused.err
    after = cli("request", "show", ref, "--json").json()
    assert (after["subject_name"], after["subject_email"], after["version"]) == (
        "Asta Example",
        "asta@example.com",
        3,
    )
    assert [e["kind"] for e in after["timeline"]] == ["received", "note", "corrected"]
    cli("request", "correct", ref, "--subject", "Asta Esimerkki", "--if-version", "3")


def test_a_version_that_is_no_number_names_the_option(cli) -> None:
    ref = cli("request", "add", "--type", "access", "--received", "2026-11-02", "--subject", "Asta Example").last_line
    refused = cli("request", "close", ref, "--outcome", "fulfilled", "--if-version", "latest", ok=False)
    assert refused.code == 2 and "--if-version: 'latest' is not a version number" in refused.err


@pytest.mark.parametrize(
    "command",
    [
        ("update", "--title", "Laptop stolen"),
        ("communicate", "--planned", "--method", "e-mail"),
        ("close", "--summary", "done"),
    ],
)
def test_a_stale_breach_edit_is_refused(cli, store_path, clock, command) -> None:
    ref = cli("breach", "add", "--title", "Laptop lost", "--aware-at", "2026-11-24 09:00").last_line
    cli("breach", "update", ref, "--risk", "none", "--risk-reasoning", "encrypted disk", "--if-version", "1")
    assert cli("breach", "show", ref, "--json").json()["version"] == 2
    refused = cli("breach", command[0], ref, *command[1:], "--if-version", "1", ok=False)
    assert refused.code == 1 and f"{ref} was changed by " in refused.err and "reload it" in refused.err
    after = cli("breach", "show", ref, "--json").json()
    assert (after["title"], after["communication"], after["status"], after["version"]) == ("Laptop lost", "", "open", 2)

"""Working at the same time (issue 20 §3): an edit based on a stale version of a case is refused.

Two stores are open on the same file or server, as two people's windows are: one edits, the other's
edit based on the version it read is refused naming who changed the case and when, and nothing of
it is stored.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from dpo_desk.errors import InvalidInput, StaleEdit
from dpo_desk.services import breaches, requests
from dpo_desk.store import Store
from dpo_desk.store.models import AuditEntry
from dpo_desk.store.models.requests import Request
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.both_engines


def _request(store) -> str:
    with store.write() as session:
        return requests.add(
            session, type="access", received="2026-11-02", subject="Asta Example", email="asta@example.fi"
        )


def _breach(store) -> str:
    with store.write() as session:
        return breaches.add(
            session, title="Laptop lost", aware_at="2026-11-24 09:00", nature=["confidentiality"]
        ).reference


@pytest.fixture
def other(store_path, clock):
    """A second person's store on the same file or server (their own actor, the same clock)."""
    opened = Store.open(store_path, PASSPHRASE, actor="analyst1", clock=clock)
    yield opened
    opened.close()


def test_every_edit_of_a_request_adds_one_to_its_version(store) -> None:
    ref = _request(store)
    with store.read() as session:
        assert requests.show(session, ref).version == 1
    with store.write() as session:  # several changes and flushes in one transaction: one version
        requests.record_identity(session, ref, "requested", "2026-11-03")
        requests.add_note(session, ref, "called")
    with store.read() as session:
        assert requests.show(session, ref).version == 2
        assert requests.show(session, ref).to_json()["version"] == 2
    for edit in (
        lambda s, v: requests.record_identity(s, ref, "received", "2026-11-04", expected_version=v),
        lambda s, v: requests.add_note(s, ref, "a note", expected_version=v),
        lambda s, v: requests.correct(s, ref, subject="Asta Esimerkki", expected_version=v),
        lambda s, v: requests.close(s, ref, "fulfilled", replied_on="2026-11-20", expected_version=v),
    ):
        with store.write() as session:
            before = requests.show(session, ref).version
            assert edit(session, before).version == before + 1


def test_a_stale_edit_of_a_request_is_refused_naming_who_and_when(store, other, clock) -> None:
    ref = _request(store)
    with store.read() as session:
        seen = requests.show(session, ref).version
    clock.set("2026-11-25T12:03:00+00:00")  # 14:03 in Helsinki
    with other.write() as session:
        requests.correct(session, ref, email="asta@example.com", expected_version=seen)
    with store.read() as session:
        trail_before = session.scalar(select(func.count()).select_from(AuditEntry))
    with pytest.raises(StaleEdit) as refused, store.write() as session:
        requests.correct(session, ref, subject="Asta Esimerkki", expected_version=seen)
    message = str(refused.value)
    assert message.startswith(f"{ref} was changed by analyst1")
    assert "at 2026-11-25 14:03 after you opened it; reload it" in message
    assert "\n" not in message
    assert refused.value.by.startswith("analyst1") and refused.value.version == seen + 1
    with store.read() as session:  # nothing stored: the other's change stands, the trail did not grow
        view = requests.show(session, ref)
        assert (view.subject_name, view.subject_email, view.version) == ("Asta Example", "asta@example.com", seen + 1)
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == trail_before
    with store.write() as session:  # reloaded, the edit goes through
        assert requests.correct(session, ref, subject="Asta Esimerkki", expected_version=view.version).version == 3


def test_other_request_edits_check_the_version_too(store, other) -> None:
    ref = _request(store)
    with other.write() as session:
        requests.add_note(session, ref, "the other's note")
    stale = [
        lambda s: requests.add_note(s, ref, "mine", expected_version=1),
        lambda s: requests.record_identity(s, ref, "requested", expected_version=1),
        lambda s: requests.extend(s, ref, "many requests", expected_version=1),
        lambda s: requests.close(s, ref, "fulfilled", expected_version=1),
    ]
    for edit in stale:
        with pytest.raises(StaleEdit, match="changed by analyst1"), store.write() as session:
            edit(session)
    with store.read() as session:
        view = requests.show(session, ref)
        assert view.version == 2 and view.status == "open" and len(view.timeline) == 2


def test_a_version_given_is_a_whole_number(store) -> None:
    ref = _request(store)
    with pytest.raises(InvalidInput, match="version number"), store.write() as session:
        requests.add_note(session, ref, "x", expected_version="two")


def test_a_stale_edit_of_a_breach_is_refused_and_stores_nothing(store, other) -> None:
    ref = _breach(store)
    with store.read() as session:
        seen = breaches.get(session, ref)
    assert seen.version == 1 and seen.to_json()["version"] == 1
    with other.write() as session:
        assert (
            breaches.update(session, ref, risk="risk", risk_reasoning="names and e-mails", expected_version=1).version
            == 2
        )
    for edit in (
        lambda s: breaches.update(s, ref, title="Laptop stolen", expected_version=seen.version),
        lambda s: breaches.communicate(s, ref, status="planned", method="e-mail", expected_version=seen.version),
        lambda s: breaches.close(s, ref, "done", expected_version=seen.version),
    ):
        with pytest.raises(StaleEdit, match=f"^{ref} was changed by analyst1"), store.write() as session:
            edit(session)
    with store.read() as session:
        view = breaches.get(session, ref)
        assert (view.title, view.risk, view.communication, view.version) == ("Laptop lost", "risk", "", 2)
    with store.write() as session:  # a notification recorded is an edit of its breach
        breaches.notify(session, ref, "2026-11-24 15:00", expected_version=2)
    with store.read() as session:
        assert breaches.get(session, ref).version == 3


def test_an_update_names_the_version_it_read(store) -> None:
    """Writers take turns, but the UPDATE still names the version read: a row changed under it is not overwritten."""
    ref = _request(store)
    with pytest.raises(StaleEdit, match="changed by someone else"), store.write() as session:
        row = session.scalar(select(Request).where(Request.reference == ref))  # read at version 1
        session.execute(text("UPDATE request SET version = version + 1"))  # changed past the ORM
        row.subject_name = "My Name"
        session.flush()
    with store.read() as session:
        view = requests.show(session, ref)
        assert (view.subject_name, view.version) == ("Asta Example", 1)


def test_the_export_leaves_the_version_out_and_an_import_changing_a_case_adds_one(store, tmp_path) -> None:
    import json

    from dpo_desk.services import exchange

    ref = _request(store)
    path = tmp_path / "export.json"
    with store.read() as session:
        exchange.write_export(session, path, store_id=store.store_id, schema_revision=store.schema_revision)
    assert all("version" not in row for row in json.loads(path.read_text(encoding="utf-8"))["tables"]["request"])
    with store.write() as session:
        requests.correct(session, ref, subject="Changed Since")
    with store.write() as session:  # the export's older details come back: a change of the case
        plan = exchange.apply_import(session, exchange.read_document(path))
    assert ref in plan.tables["request"].changed
    with store.read() as session:
        view = requests.show(session, ref)
        assert (view.subject_name, view.version) == ("Asta Example", 3)

"""The change marker a window polls: others' writes move it, reading does not, and a Store knows its own."""

from __future__ import annotations

import pytest

from dpo_desk.services import breaches, changes, requests, settings
from dpo_desk.services.changes import ChangeMarker
from dpo_desk.store import Store
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.both_engines


@pytest.fixture
def other(store_path, clock):
    """A second Store on the same file or database: another process, or a colleague at another desk."""
    opened = Store.open(store_path, PASSPHRASE, actor="colleague", clock=clock)
    yield opened
    opened.close()


def _add_request(store: Store, subject: str) -> str:
    with store.write() as session:
        return requests.add(session, type="access", received="2026-11-20", subject=subject)


def test_reading_does_not_move_the_marker(store) -> None:
    _add_request(store, "Asta Example")
    marker = changes.change_marker(store)
    assert marker.entry_id > 0 and len(marker.hash) == 64
    with store.read() as session:
        requests.fetch(session, requests.Filters())
        settings.get(session, "lock.idle_minutes")
    with store.write():
        pass  # a write that changes nothing adds no entry either
    assert changes.change_marker(store) == marker
    assert changes.changed_since(store, marker) == changes.Changes(marker)


def test_another_stores_write_moves_the_marker_and_names_what_it_touched(store, other) -> None:
    marker = changes.change_marker(store)
    reference = _add_request(other, "Written Elsewhere")
    moved = changes.change_marker(store)
    assert moved.entry_id > marker.entry_id and moved != marker

    seen = changes.changed_since(store, marker)
    assert seen.marker == moved
    assert "request" in seen.touched and "breach" not in seen.touched
    assert seen.cases == 1 and seen.own == 0 and not seen.reset and seen.by_others
    with store.read() as session:
        assert requests.show(session, reference).subject_name == "Written Elsewhere"

    # From the writer's side the same entries are its own: nothing to refresh.
    mine = changes.changed_since(other, marker)
    assert mine.touched == frozenset() and mine.own > 0 and not mine.by_others


def test_own_and_others_entries_are_told_apart(store, other) -> None:
    marker = changes.change_marker(store)
    _add_request(store, "Mine")
    with other.write() as session:
        breaches.add(
            session,
            title="Lost laptop",
            aware_at="2026-11-24T09:00:00+02:00",
            nature=["confidentiality"],
            risk="risk",
        )
    _add_request(store, "Mine again")
    seen = changes.changed_since(store, marker)
    assert "breach" in seen.touched and "request" not in seen.touched
    assert seen.cases == 1 and seen.own >= 2
    assert changes.changed_since(store, seen.marker) == changes.Changes(seen.marker)


def test_a_trail_that_is_not_the_markers_asks_for_everything(store) -> None:
    _add_request(store, "Asta Example")
    marker = changes.change_marker(store)
    assert changes.changed_since(store, ChangeMarker(marker.entry_id, "0" * 64)).reset
    assert changes.changed_since(store, ChangeMarker(marker.entry_id + 50, "0" * 64)).reset

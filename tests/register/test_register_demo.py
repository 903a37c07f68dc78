"""The demo register and a replaced adequacy list."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from dpo_desk.demo import register as demo_register
from dpo_desk.paths import resources_dir
from dpo_desk.services import register as service

pytestmark = pytest.mark.both_engines

TODAY = dt.date(2026, 11, 25)


def test_demo_register_covers_each_kind(store) -> None:
    with store.write() as session:
        demo_register.populate(session, TODAY)
    with store.read() as session:
        entries = service.all_entries(session)
        warned = [e.reference for e in entries if e.warnings]
        announcements = service.announcements(session, open_only=True)
        us = [e for e in entries if e.country == "US" and e.dpf_certified]
    assert 23 <= len(entries) <= 27
    assert len(warned) == 1
    assert {e.mechanism for e in entries} >= {"eea", "adequacy", "scc"}
    assert us and us[0].transfers[0].safeguard == "adequacy" and us[0].transfers[0].fallback_safeguard == "scc"
    (announcement,) = announcements
    assert announcement.announced_on < TODAY <= announcement.objection_until
    assert len(announcement.objections) == 1
    assert sum(e.status == "retired" for e in entries) == 1


def test_a_replaced_adequacy_list_is_used_without_a_release(store, tmp_path, monkeypatch) -> None:
    with store.write() as session:
        ref = service.add(
            session,
            name="Pune Ops",
            service="Ops",
            country="IN",
            safeguard=service.check_safeguard("adequacy"),
            dpa_signed_on="2026-01-01",
        )
        assert [f.code for f in service.get(session, ref).warnings] == ["adequacy-not-in-force"]
    document = json.loads((resources_dir() / "adequacy.json").read_text(encoding="utf-8"))
    document["as_of"] = "2027-01-01"
    document["decisions"].append(
        {"key": "IN", "name": "India", "countries": ["IN"], "reference": "(EU) 2027/1", "adopted": "2026-11-01"}
    )
    replaced = tmp_path / "adequacy.json"
    replaced.write_text(json.dumps(document), encoding="utf-8")
    monkeypatch.setenv(service.ADEQUACY_ENV, str(replaced))
    assert service.adequacy_list().as_of == dt.date(2027, 1, 1)
    with store.write() as session:
        assert service.get(session, ref).warnings == []
        assert service.open_count(session) == 1  # counted with the old list
        assert service.refresh_warnings_if_stale(session) == 1
        assert service.open_count(session) == 0
        assert service.refresh_warnings_if_stale(session) == 0

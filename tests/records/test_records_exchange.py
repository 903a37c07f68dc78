"""Records survive the whole-store JSON export and import, links to subprocessors included."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete

from dpo_desk.services import dpia, exchange, records, register
from dpo_desk.services.records import PurposeInput
from dpo_desk.store import Store
from dpo_desk.store.models import Base
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.both_engines


def _export(store: Store, path: Path) -> None:
    with store.read() as session:
        exchange.write_export(session, path, store_id=store.store_id, schema_revision=store.schema_revision)


def _source(store: Store) -> str:
    with store.write() as session:
        register.add(session, name="Unrelated Oy", service="Cleaning", country="FI")
        sp = register.add(
            session,
            name="Helpdesk Inc",
            service="Tickets",
            country="US",
            safeguard=register.SafeguardInput(safeguard="scc", scc_module=3),
        )
        ref = records.add_activity(
            session,
            name="Support",
            role="controller",
            purposes=[PurposeInput("Tickets", "contract")],
            subprocessors=[sp],
            retention="2 years",
        )
        records.link_case(session, ref, "DSR-2026-0001")
        dpia.screen_activity(session, ref, "large-scale,systematic-monitoring")
        dpia.record_assessment(session, ref, description="d", risks=[dpia.RiskInput("r", "likely", "serious")])
    return sp


def test_exact_round_trip_keeps_activities_links_and_assessment(store, tmp_path: Path) -> None:
    sp = _source(store)
    _export(store, tmp_path / "out.json")
    target = Store.create(tmp_path / "target.dpodesk", PASSPHRASE)
    with target.write() as session:
        exchange.apply_import(session, exchange.read_document(tmp_path / "out.json"))
    with target.read() as session:
        view = records.get(session, "PA-0001")
        assessment = dpia.show(session, "PA-0001").assessment
    target.close()
    assert [s.reference for s in view.subprocessors] == [sp]
    assert view.cases == ("DSR-2026-0001",)
    assert [(t.country, t.safeguard) for t in view.transfers] == [("US", "scc")]
    assert assessment is not None and assessment.risks[0].level == "high"


def test_merge_into_a_store_with_other_subprocessors_links_by_reference(store, tmp_path: Path) -> None:
    sp = _source(store)
    _export(store, tmp_path / "out.json")
    target = Store.create(tmp_path / "target.dpodesk", PASSPHRASE)
    with target.write() as session:  # the target's own entry SP-0005 holds id 5: imported rows get new ids
        for n in range(5):
            register.add(session, name=f"Local {n} Oy", service="Local", country="FI")
        table = Base.metadata.tables["subprocessor"]
        session.execute(delete(table).where(table.c.reference != "SP-0005"))
    with target.write() as session:
        exchange.apply_import(session, exchange.read_document(tmp_path / "out.json"))
    with target.read() as session:
        view = records.get(session, "PA-0001")
        names = {s.reference: s.name for s in view.subprocessors}
    target.close()
    assert names == {sp: "Helpdesk Inc"}

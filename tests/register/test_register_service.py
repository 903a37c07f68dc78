"""The register's service on a real encrypted store: entries, transfers, warnings, announcements."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from dpo_desk.errors import InvalidInput, NotFound, RuleRefused
from dpo_desk.services import register as service
from dpo_desk.store.models.register import Subprocessor

pytestmark = pytest.mark.both_engines


def _add(store, **fields):
    safeguard = fields.pop("safeguard", None)
    with store.write() as session:
        return service.add(session, safeguard=safeguard, **fields)


def test_add_get_and_names(store) -> None:
    ref = _add(store, name="Pohjola Hosting Oy", service="Servers", country="fi", processing_countries="FI,SE")
    assert ref == "SP-0001"
    with store.read() as session:
        entry = service.get(session, ref)
        assert entry.country == "FI"
        assert entry.processing_countries == ["FI", "SE"]
        assert entry.mechanism == "eea"
        assert entry.transfers == []
        assert entry.status == "active"
        assert service.names_of(session, [ref, "SP-9999"]) == {ref: "Pohjola Hosting Oy"}
        assert service.transfers_for(session, [ref]) == []


def test_unknown_country_is_refused_and_nothing_stored(store) -> None:
    with pytest.raises(InvalidInput) as refused:
        _add(store, name="Nowhere Ltd", service="x", country="ZZ")
    assert refused.value.field == "country"
    with pytest.raises(InvalidInput):
        _add(store, name="Nowhere Ltd", service="x", country="FI", processing_countries="FI,XX")
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Subprocessor)) == 0


def test_eea_mechanism_for_a_third_country_is_refused(store) -> None:
    with pytest.raises(InvalidInput):
        _add(store, name="Far Away Inc", service="x", country="US", safeguard=service.check_safeguard("eea"))


def test_transfers_for_lists_each_country_outside_the_eea(store) -> None:
    scc = service.check_safeguard("scc", scc_module="3", tia_on="2026-01-10", tia_review_on="2027-01-10")
    ref = _add(
        store,
        name="Mailer Inc",
        service="E-mail",
        country="IE",
        processing_countries="IE,US,IN",
        safeguard=scc,
        dpa_signed_on="2026-01-05",
    )
    with store.read() as session:
        views = service.transfers_for(session, [ref])
    assert [(v.country, v.safeguard, v.detail, v.warnings) for v in views] == [
        ("IN", "scc", "SCC module 3", []),
        ("US", "scc", "SCC module 3", []),
    ]
    assert views[0].subprocessor == ref and views[0].name == "Mailer Inc"


def test_adequacy_for_us_without_certification_warns(store) -> None:
    ref = _add(
        store,
        name="Cloud Corp",
        service="CDN",
        country="US",
        safeguard=service.check_safeguard("adequacy"),
        dpa_signed_on="2026-01-05",
    )
    with store.read() as session:
        (view,) = service.transfers_for(session, [ref])
        assert view.safeguard == "adequacy" and view.detail == "adequacy: EU-US Data Privacy Framework"
        assert any("not marked as certified" in w for w in view.warnings)
        assert service.open_count(session) == 1
    with store.write() as session:
        service.update(session, ref, dpf_certified=True)
        service.set_transfer(
            session, ref, "US", service.check_safeguard("adequacy", fallback_safeguard="scc", fallback_scc_module=3)
        )
    with store.read() as session:
        entry = service.get(session, ref)
        assert entry.warnings == []
        assert [f.code for f in entry.findings] == ["adequacy-challenged"]
        assert service.open_count(session) == 0


def test_missing_dpa_and_tia_review_are_deadlines(store) -> None:
    scc = service.check_safeguard("scc", scc_module="2", tia_on="2025-01-10", tia_review_on="2026-01-10")
    ref = _add(
        store,
        name="Support Desk Ltd",
        service="Helpdesk",
        country="GB",
        processing_countries="GB,PH",
        safeguard=scc,
        active_from="2025-02-01",
    )
    with store.read() as session:
        found = {(d.kind, d.due) for d in service.deadlines(session, dt.datetime(2026, 3, 1, tzinfo=dt.UTC))}
        codes = {f.code for f in service.get(session, ref).findings}
    assert ("dpa-missing", dt.date(2025, 2, 1)) in found
    assert ("tia-review", dt.date(2026, 1, 10)) in found
    assert {"dpa-missing", "tia-review-past"} <= codes


def test_not_found(store) -> None:
    with store.read() as session, pytest.raises(NotFound):
        service.get(session, "SP-0042")


def test_announcement_objection_period_and_objection(store) -> None:
    ref = _add(store, name="New Analytics Oy", service="Analytics", country="FI", status="planned")
    with store.write() as session:
        announcement = service.announce(session, ref, announced_on="2026-11-02")
    assert announcement.objection_until == dt.date(2026, 12, 2)
    assert announcement.effective_on == dt.date(2026, 12, 3)
    with store.read() as session:
        assert service.get(session, ref).status == "announced"
        kinds = [(d.kind, d.due) for d in service.deadlines(session, dt.datetime(2026, 11, 20, tzinfo=dt.UTC))]
        assert ("objection-period", dt.date(2026, 12, 2)) in kinds
        later = [d.kind for d in service.deadlines(session, dt.datetime(2026, 12, 5, tzinfo=dt.UTC))]
        assert "objection-period" not in later
    with store.write() as session:
        with pytest.raises(RuleRefused):
            service.announce(session, ref, announced_on="2026-11-03")
        after = service.record_objection(
            session, ref, customer="Asiakas Oy", received_on="2026-11-10", reason="EU only"
        )
    assert [(o.customer, o.received_on) for o in after.objections] == [("Asiakas Oy", dt.date(2026, 11, 10))]
    with store.read() as session:
        assert service.changes(session, dt.date(2026, 11, 1), dt.date(2026, 11, 30)).announced == 1
        history = service.history(session, ref)
    assert {h.entity for h in history} >= {"subprocessor", "subprocessor_announcement", "subprocessor_objection"}


def test_filters_in_sql(store) -> None:
    eea = _add(store, name="Alpha Oy", service="Servers", country="FI", dpa_signed_on="2026-01-01")
    scc = _add(
        store,
        name="Beta Inc",
        service="Mail",
        country="US",
        dpa_signed_on="2026-01-01",
        safeguard=service.check_safeguard("scc", scc_module="2", tia_on="2025-01-01", tia_review_on="2025-06-01"),
    )
    bare = _add(
        store, name="Gamma Pvt", service="Dev", country="IE", processing_countries="IE,IN", dpa_signed_on="2026-01-01"
    )
    with store.write() as session:
        service.retire(session, eea, None)

    def refs(**filters) -> list[str]:
        with store.read() as session:
            wanted = service.RegisterFilter(**filters)
            rows = service.fetch(session, 0, 50, "reference", False, wanted)
            assert service.count(session, wanted) == len(rows)
            return [r.reference for r in rows]

    assert refs() == [eea, scc, bare]
    assert refs(status="retired") == [eea]
    assert refs(safeguard="eea") == [eea]
    assert refs(safeguard="scc") == [scc]
    assert refs(safeguard="none") == [bare]
    assert refs(country="IN") == [bare]
    assert refs(country="FI") == [eea]
    assert refs(has_warnings=True) == [scc, bare]  # a passed review date, a missing safeguard
    assert refs(has_warnings=False) == [eea]  # retired entries never warn
    assert refs(search="GAMMA") == [bare]
    with store.read() as session:
        assert [r.reference for r in service.fetch(session, 0, 50, "name", True)] == [bare, scc, eea]


def test_changing_countries_keeps_one_transfer_per_country_outside_the_eea(store) -> None:
    ref = _add(
        store,
        name="Delta Ltd",
        service="Ops",
        country="IE",
        processing_countries="IE,US,IN",
        safeguard=service.check_safeguard("scc", scc_module="3", tia_on="2025-12-01"),
        dpa_signed_on="2026-01-01",
    )
    with store.write() as session:
        entry = service.update(session, ref, processing_countries="IE,US,JP")
    assert [(t.country, t.safeguard) for t in entry.transfers] == [("JP", "none"), ("US", "scc")]
    assert [f.code for f in entry.warnings] == ["safeguard-missing"]
    with store.write() as session:
        entry = service.update(session, ref, processing_countries="IE")
    assert entry.transfers == [] and entry.warnings == [] and entry.mechanism == "eea"
    with store.write() as session, pytest.raises(InvalidInput) as refused:
        service.set_transfer(session, ref, "US", service.check_safeguard("scc", scc_module="3"))
    assert refused.value.field == "country"

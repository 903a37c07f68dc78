"""The deadline overview over the real modules of the demo company, at a fixed moment."""

from __future__ import annotations

import datetime as dt

import pytest

from dpo_desk import demo
from dpo_desk.services import deadlines

pytestmark = pytest.mark.both_engines

NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)


def test_every_module_contributes_soonest_first_with_overdue_marked(store) -> None:
    with store.write() as session:
        demo.populate(session, NOW.date())
    with store.read() as session:
        items = deadlines.overview(session, NOW)
    kinds = {(i.deadline.module, i.deadline.kind) for i in items}
    for expected in (
        ("requests", "reply"),
        ("breaches", "authority-notification"),
        ("register", "objection-period"),
        ("register", "tia-review"),
        ("records", "review"),
    ):
        assert expected in kinds, expected
    moments = [i.deadline.due_moment("Europe/Helsinki") for i in items]
    assert moments == sorted(moments)
    assert all(i.overdue == (moment < NOW) for i, moment in zip(items, moments, strict=True))
    prefixes = {"requests": "DSR-", "breaches": "BR-", "register": "SP-", "records": ("PA-", "DPIA-")}
    assert all(i.deadline.reference.startswith(prefixes[i.deadline.module]) for i in items)
    overdue = [i.deadline.reference for i in items if i.overdue]
    assert "DSR-2026-0009" in overdue and "PA-0005" in overdue  # the demo's late rectification and review

"""The home page's data, computed in the core: counts, overdue, the next 14 days, chart series."""

from __future__ import annotations

import datetime as dt

import pytest

from dpo_desk.services import dashboard
from tests.sample_company import SAMPLE_NOW, SAMPLE_OVERDUE, fill_sample

pytestmark = pytest.mark.both_engines


@pytest.fixture
def cases(store):
    fill_sample(store)


def test_snapshot_counts_overdue_and_the_next_fourteen_days(store, cases) -> None:
    with store.read() as session:
        snap = dashboard.snapshot(session, SAMPLE_NOW)
    # two requests and two breaches open; SP-0001 lacks its DPA; PA-0001's review is past by the store's clock
    assert snap.open_counts == {"requests": 2, "breaches": 2, "register": 1, "records": 1}
    assert [i.deadline.reference for i in snap.overdue] == SAMPLE_OVERDUE
    # 14 days from 10 May is 24 May: PA-0001 (1 July) waits
    assert [i.deadline.reference for i in snap.due_soon] == ["BR-2026-0002", "SP-0001", "DSR-2026-0004", "SP-0003"]
    assert not snap.is_empty


def test_chart_series_cover_the_last_twelve_months(store, cases) -> None:
    with store.read() as session:
        snap = dashboard.snapshot(session, SAMPLE_NOW)
    assert snap.months[0] == "2025-06" and snap.months[-1] == "2026-05" and len(snap.months) == 12
    assert set(snap.requests_by_month) == {"access", "erasure", "objection"}
    assert snap.requests_by_month["access"][snap.months.index("2026-01")] == 1
    assert snap.requests_by_month["access"][snap.months.index("2026-03")] == 1
    assert snap.requests_by_month["access"][-1] == 2
    assert sum(snap.requests_by_month["erasure"]) == 3 and sum(snap.requests_by_month["objection"]) == 1
    # seven answered: only January's access request, answered on 20 February, was late
    assert (snap.answered_on_time, snap.answered_late) == (6, 1)
    assert snap.on_time_share == pytest.approx(6 / 7)
    assert list(snap.breaches_by_cause.items()) == [("misdelivery", 2), ("lost-or-stolen", 1)]


def test_an_empty_store_is_empty(store) -> None:
    with store.read() as session:
        snap = dashboard.snapshot(session, SAMPLE_NOW)
    assert snap.open_counts == {"requests": 0, "breaches": 0, "register": 0, "records": 0}
    assert snap.is_empty and not snap.has_charts


def test_chart_months_cross_the_year() -> None:
    assert dashboard.chart_months(dt.date(2026, 2, 14), 4) == ["2025-11", "2025-12", "2026-01", "2026-02"]


def test_the_dashboard_core_loads_no_qt_and_no_report_libraries() -> None:
    import subprocess
    import sys

    probe = (
        "import sys, dpo_desk.services.dashboard, dpo_desk.services.annual_report, dpo_desk.reporting.catalogue,"
        " dpo_desk.reporting.deadlines_ics, dpo_desk.cli.annual\n"
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    loaded = set(
        subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    )
    assert "dpo_desk" in loaded
    assert not loaded & {"PySide6", "reportlab", "icalendar", "openpyxl"}

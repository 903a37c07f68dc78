"""The home page's data, computed in the core: counts, overdue, the next 14 days, chart series."""

from __future__ import annotations

import datetime as dt

import pytest

from dpo_desk.services import dashboard
from tests.fake_cases import SAMPLE_NOW, fill_sample, install


@pytest.fixture
def cases(monkeypatch):
    return fill_sample(install(monkeypatch))


def test_snapshot_counts_overdue_and_the_next_fourteen_days(store, cases) -> None:
    with store.read() as session:
        snap = dashboard.snapshot(session, SAMPLE_NOW)
    assert snap.open_counts == {"requests": 5, "breaches": 2, "register": 1, "records": 0}
    assert [i.deadline.reference for i in snap.overdue] == ["BR-2026-0001", "DSR-2026-0003"]
    # 14 days from 10 May is 24 May: PA-0002 (1 July) waits
    assert [i.deadline.reference for i in snap.due_soon] == ["BR-2026-0002", "SP-0001", "DSR-2026-0004", "SP-0003"]
    assert not snap.is_empty


def test_chart_series_cover_the_last_twelve_months(store, cases) -> None:
    with store.read() as session:
        snap = dashboard.snapshot(session, SAMPLE_NOW)
    assert snap.months[0] == "2025-06" and snap.months[-1] == "2026-05" and len(snap.months) == 12
    assert cases.asked[0] == ("requests", dt.date(2025, 6, 1), dt.date(2026, 5, 10))
    assert set(snap.requests_by_month) == {"access", "erasure", "objection"}
    assert snap.requests_by_month["access"][snap.months.index("2026-03")] == 2
    assert snap.requests_by_month["access"][-1] == 3
    assert sum(snap.requests_by_month["objection"]) == 1
    assert (snap.answered_on_time, snap.answered_late) == (5, 1)
    assert snap.on_time_share == pytest.approx(5 / 6)
    assert list(snap.breaches_by_cause.items()) == [("misdelivery", 2), ("lost-device", 1)]


def test_absent_modules_are_none_not_zero_and_an_empty_store_is_empty(store, monkeypatch) -> None:
    install(monkeypatch, ("requests",))
    with store.read() as session:
        snap = dashboard.snapshot(session, SAMPLE_NOW)
    assert snap.open_counts == {"requests": 0, "breaches": None, "register": None, "records": None}
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

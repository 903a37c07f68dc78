"""A search with many hits is counted up to COUNT_CAP ("1,000+") and paged in order without sorting
every hit (the sort column's index is walked instead); the pages are the same either way."""

from __future__ import annotations

import datetime as dt

import pytest

from dpo_desk.services import requests
from dpo_desk.store import search

pytestmark = pytest.mark.both_engines

F = requests.Filters
CAP = 10  # the tests' COUNT_CAP: 40 hits are "many", 6 are few
TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def filled(store):
    with store.write() as session:
        for n in range(40):  # four a day, so the id breaks ties in every sort
            received = dt.date(2026, 3, 2) + dt.timedelta(days=n // 4)
            requests.add(
                session,
                type="access" if n % 3 else "erasure",
                received=received.isoformat(),
                subject=f"Many Mäkinen {39 - n:02d}",
                email=f"person{n}@many.example",
            )
        for n in range(6):
            requests.add(session, type="access", received=f"2026-04-0{n + 1}", subject=f"Few Öhman {n}")
    return store


def _pages(session, filters, sort: str, descending: bool, size: int = 7) -> list[str]:
    found: list[str] = []
    while True:
        page = requests.fetch(
            session, filters, offset=len(found), limit=size, sort=sort, descending=descending, today=TODAY
        )
        found += [row.reference for row in page]
        if len(page) < size:
            return found


def test_a_search_counts_up_to_the_cap_and_exactly_below_it(filled, monkeypatch) -> None:
    monkeypatch.setattr(requests, "COUNT_CAP", CAP)
    with filled.read() as session:
        assert requests.count(session, F(search="many.example"), TODAY) == 40
        assert requests.count(session, F(search="many.example"), TODAY, cap=CAP) == CAP + 1  # "more than 10"
        assert requests.count(session, F(search="öhman"), TODAY, cap=CAP) == 6
        assert requests.count(session, F(search="many.example", type="erasure"), TODAY, cap=CAP) == CAP + 1
        assert requests.count(session, F(search="ny"), TODAY, cap=CAP) == CAP + 1  # two letters: LIKE, capped too
        assert requests.count(session, F(), TODAY, cap=CAP) == 46  # no search: counted exactly from indexes


@pytest.mark.parametrize("sort", ["received_on", "subject_name", "reference", "due_on", "type"])
@pytest.mark.parametrize("descending", [True, False])
def test_many_hits_page_in_the_same_order_as_sorting_them_all(filled, monkeypatch, sort, descending) -> None:
    filters = F(search="many.example")
    with filled.read() as session:
        monkeypatch.setattr(requests, "COUNT_CAP", 1000)  # 40 hits are few: every hit sorted
        sorted_all = _pages(session, filters, sort, descending)
        monkeypatch.setattr(requests, "COUNT_CAP", CAP)  # 40 hits are many: the sort column's index walked
        assert requests._many(session, filters, TODAY) == search.walks_indexes(session)  # SQLite's plan alone
        walked = _pages(session, filters, sort, descending)
    assert len(sorted_all) == 40 == len(set(sorted_all))
    assert walked == sorted_all


def test_list_views_walk_in_order_of_receipt_and_the_page_says_its_count_is_a_floor(filled, monkeypatch) -> None:
    monkeypatch.setattr(requests, "COUNT_CAP", CAP)
    filters = F(search="many.example")
    with filled.read() as session:
        every = requests.list_views(session, filters, None, TODAY)
        first = requests.page_views(session, filters, 5, 0, TODAY)
        later = requests.page_views(session, filters, 20, 10, TODAY)
        last = requests.page_views(session, filters, 20, 30, TODAY)
        few = requests.page_views(session, F(search="öhman"), 5, 0, TODAY)
    assert [v.received_on for v in every] == sorted(v.received_on for v in every)
    paged = [v.reference for v in first.views] + [v.reference for v in later.views] + [v.reference for v in last.views]
    assert paged[:5] == [v.reference for v in every][:5]
    assert [v.reference for v in later.views] == [v.reference for v in every][10:30]
    assert [v.reference for v in last.views] == [v.reference for v in every][30:]
    assert (first.total, first.capped, first.more) == (CAP, True, True)  # "10+"
    assert (later.total, later.capped, later.more) == (30, True, True)  # counted past the page's end
    assert (last.total, last.capped, last.more) == (40, False, False)
    assert (few.total, few.capped, few.more) == (6, False, True)


def test_the_command_line_says_a_capped_count_with_a_plus(cli, monkeypatch) -> None:
    monkeypatch.setattr(requests, "COUNT_CAP", CAP)
    cli("generate", "--requests", "30", "--seed", "4", "--as-of", "2026-05-04")
    every = cli("request", "list", "--search", "dsr-", "--limit", "1000", "--json").json()
    assert len(every) == 30
    done = cli("request", "list", "--search", "dsr-", "--limit", "5")
    assert done.last_line == "5 of 10+ request(s) shown; --offset 5 for the next page"
    listed = cli("request", "list", "--search", "dsr-", "--limit", "5", "--offset", "5", "--json")
    assert [r["reference"] for r in listed.json()] == [r["reference"] for r in every[5:10]]
    assert "5 of 10+ request(s) shown; --offset 10 for the next page" in listed.err
    assert cli("request", "list", "--search", "dsr-", "--offset", "25").last_line == "5 of 30 request(s) shown"


def test_only_a_column_with_an_index_of_its_own_is_walked() -> None:
    walked = {key for key in requests.SORT_KEYS if requests._has_own_index(key)}
    # status and type share their indexes with a date: ordering by them and the id would read a whole
    # status's (or type's) rows, so their hits are sorted instead
    assert walked == {"reference", "received_on", "subject_name", "subject_email", "due_on", "outcome"}

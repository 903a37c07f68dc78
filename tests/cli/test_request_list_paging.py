"""`request list` answers with a page (200 unless asked) and says how many match in all."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.both_engines


def test_a_list_is_a_page_of_200_and_the_total_is_told_beside_the_json(cli) -> None:
    cli("generate", "--requests", "230", "--seed", "4", "--as-of", "2026-05-04")
    first = cli("request", "list", "--json")
    page = first.json()
    assert len(page) == 200
    assert "200 of 230 request(s) shown; --offset 200 for the next page" in first.err
    rest = cli("request", "list", "--offset", "200", "--json").json()
    assert len(rest) == 30
    every = [r["reference"] for r in page + rest]
    assert len(set(every)) == 230  # the pages neither overlap nor leave a request out
    assert [r["received_on"] for r in page + rest] == sorted(r["received_on"] for r in page + rest)


def test_the_text_listing_ends_with_the_count(cli) -> None:
    cli("generate", "--requests", "30", "--seed", "4", "--as-of", "2026-05-04")
    done = cli("request", "list", "--limit", "5")
    assert len(done.out.strip().splitlines()) == 6
    assert done.last_line == "5 of 30 request(s) shown; --offset 5 for the next page"
    assert cli("request", "list").last_line == "30 of 30 request(s) shown"


def test_a_page_has_at_most_1000_and_the_refusal_names_the_flag(cli) -> None:
    refused = cli("request", "list", "--limit", "5000", "--json", ok=False)
    assert "--limit" in refused.err and "1000" in refused.err
    refused = cli("request", "list", "--offset", "-1", ok=False)
    assert "--offset" in refused.err
    refused = cli("request", "list", "--limit", "-1", ok=False)
    assert "--limit" in refused.err

"""`dpo-desk generate` fills a store that the other commands then read like any other."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.both_engines


def test_generate_then_show_and_deadlines(cli) -> None:
    done = cli("generate", "--requests", "120", "--seed", "4", "--as-of", "2026-05-04")
    assert "120 requests, 12 breaches and 6 register entries" in done.out
    listed = cli("request", "list", "--limit", "3", "--json").json()
    shown = cli("request", "show", listed[0]["reference"], "--json").json()
    assert shown["reference"] == listed[0]["reference"]
    assert shown["received_on"] <= "2026-05-04"
    due = cli("deadlines", "--json", "--as-of", "2026-05-04").json()
    assert due and {"reference", "kind", "due", "overdue"} <= set(due[0])
    assert any(item["kind"] == "reply" for item in due)


def test_generate_refuses_a_store_with_cases(cli) -> None:
    cli("generate", "--requests", "10")
    refused = cli("generate", "--requests", "10", ok=False)
    assert "empty store" in refused.err


def test_generate_names_a_bad_count(cli) -> None:
    refused = cli("generate", "--requests", "ten", ok=False)
    assert "--requests" in refused.err

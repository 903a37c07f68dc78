"""The quick search finds a substring of reference, name, e-mail or title whatever its case, Ä, Ö and Å included."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.both_engines


def test_requests_and_breaches_are_found_by_any_part_in_any_case(cli) -> None:
    cli(
        "request",
        "add",
        "--type",
        "access",
        "--received",
        "2026-03-03",
        "--subject",
        "Åsa Jääskeläinen",
        "--email",
        "asa@örebro.example",
    )
    cli("request", "add", "--type", "erasure", "--received", "2026-03-04", "--subject", "Matti Virtanen")
    cli("breach", "add", "--title", "Sähköpostivuoto Örebrossa", "--aware-at", "2026-03-02T08:00:00+02:00")

    def found(*args: str) -> list[str]:
        return [row["reference"] for row in cli(*args, "--json").json()]

    assert found("request", "list", "--search", "JÄÄSKELÄ") == ["DSR-2026-0001"]
    assert found("request", "list", "--search", "åsa jää") == ["DSR-2026-0001"]
    assert found("request", "list", "--search", "ÖREBRO.EX") == ["DSR-2026-0001"]
    assert found("request", "list", "--search", "2026-0002") == ["DSR-2026-0002"]
    assert found("request", "list", "--search", "vi") == ["DSR-2026-0002"]  # short terms still match
    assert found("breach", "list", "--search", "SÄHKÖPOSTI") == ["BR-2026-0001"]
    assert found("breach", "list", "--search", "örebro") == ["BR-2026-0001"]  # SQLite's lower() keeps Ö
    assert found("breach", "list", "--search", "nothing like it") == []


def test_wildcards_are_searched_for_literally(cli) -> None:
    for name in ("Alpha_Beta Oy", "AlphaXBeta Oy", "Hundred 100% Oy"):
        cli("subprocessor", "add", "--name", name, "--service", "Hosting", "--country", "FI", "--mechanism", "eea")
    names = [e["name"] for e in cli("subprocessor", "list", "--search", "a_b", "--json").json()]
    assert names == ["Alpha_Beta Oy"]
    assert [e["name"] for e in cli("subprocessor", "list", "--search", "0%", "--json").json()] == ["Hundred 100% Oy"]

"""`request ...` on the command line: the life of a case, filters, and refusals that store nothing."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.both_engines


def test_request_life_on_the_command_line(cli) -> None:
    ref = cli(
        "request",
        "add",
        "--type",
        "access",
        "--received",
        "2026-03-03",
        "--subject",
        "=Asta",
        "--email",
        "asta@example.fi",
        "--role",
        "processor",
        "--controller",
        "Asiakas Oy",
    ).last_line
    assert ref == "DSR-2026-0001"
    shown = cli("request", "show", ref, "--json").json()
    # received as a processor: what is due is forwarding it, within the setting's 5 working days (issue 17)
    assert (shown["due_on"], shown["status"], shown["subject_name"]) == ("2026-03-10", "open", "=Asta")
    assert "forward to the controller within 5 working days" in shown["due_rule"]
    cli("request", "identity", ref, "requested", "--on", "2026-03-04")
    assert cli("request", "show", ref, "--json").json()["due_on"] == "2026-03-10"
    cli("request", "identity", ref, "received", "--on", "2026-03-10")
    cli("request", "identity", ref, "received", "--on", "2026-03-11", ok=False)
    assert cli("request", "show", ref, "--json").json()["due_on"] == "2026-03-10"
    cli("request", "note", ref, "--text", "Called the customer")
    cli("request", "forward", ref, "--on", "2026-03-12")
    shown = cli("request", "show", ref, "--json").json()
    assert (shown["outcome"], shown["forwarded_on"], shown["controller_name"]) == (
        "forwarded-to-controller",
        "2026-03-12",
        "Asiakas Oy",
    )
    assert [e["kind"] for e in shown["timeline"]] == [
        "received",
        "identity-requested",
        "identity-received",
        "note",
        "forwarded",
    ]
    cli("request", "close", ref, "--outcome", "fulfilled", ok=False)  # already closed


def test_list_filters(cli) -> None:
    a = cli("request", "add", "--type", "access", "--received", "2026-01-05", "--subject", "Åke Ström").last_line
    b = cli(
        "request",
        "add",
        "--type",
        "erasure",
        "--received",
        "2026-02-01",
        "--subject",
        "Bea",
        "--email",
        "BEA@example.fi",
    ).last_line
    cli("request", "extend", b, "--reason", "Complex", "--on", "2026-02-02", "--told", "2026-02-03")
    refs = lambda *args: [r["reference"] for r in cli("request", "list", *args, "--json").json()]  # noqa: E731
    assert refs() == [a, b]
    assert refs("--type", "erasure") == [b]
    assert refs("--status", "extended") == [b]
    assert refs("--search", "bea@EX") == [b]
    assert refs("--search", "åke") == [a]
    assert refs("--overdue", "--as-of", "2026-02-06") == [a]
    assert refs("--limit", "1") == [a]
    cli("request", "list", "--status", "lost", "--json", ok=False)
    cli("request", "list", "--type", "nope", ok=False)


def test_close_needs_a_known_outcome_and_a_reply_date_not_before_receipt(cli) -> None:
    ref = cli("request", "add", "--type", "objection", "--received", "2026-01-15", "--subject", "Asta").last_line
    cli("request", "close", ref, "--outcome", "ignored", ok=False)
    cli("request", "close", ref, "--outcome", "fulfilled", "--replied", "2026-01-01", ok=False)
    cli("request", "identity", ref, "maybe", ok=False)
    assert cli("request", "show", ref, "--json").json()["status"] == "open"
    cli("request", "close", ref, "--outcome", "fulfilled", "--replied", "2026-02-10")
    shown = cli("request", "show", ref, "--json").json()
    assert (shown["replied_on"], shown["answered_on_time"]) == ("2026-02-10", True)
    cli("request", "show", "DSR-2026-0099", ok=False)


def test_times_print_with_the_organisations_offset(cli) -> None:
    ref = cli("request", "add", "--type", "access", "--received", "2026-03-03", "--subject", "Asta").last_line
    shown = cli("request", "show", ref, "--json").json()
    assert shown["created_at"][-6:] in ("+02:00", "+03:00")
    assert shown["timeline"][0]["at"][-6:] in ("+02:00", "+03:00")
    cli("org", "set", "--timezone", "UTC")
    assert cli("request", "show", ref, "--json").json()["created_at"].endswith("+00:00")

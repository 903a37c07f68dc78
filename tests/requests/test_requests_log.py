"""`report requests --xlsx`: every request with every field, statistics, and no formula from user text."""

from __future__ import annotations

import openpyxl
import pytest

pytestmark = pytest.mark.both_engines


def test_request_log_workbook(cli, tmp_path) -> None:
    a = cli(
        "request",
        "add",
        "--type",
        "access",
        "--received",
        "2026-01-15",
        "--subject",
        '=HYPERLINK("x")',
        "--email",
        "a@example.fi",
        "--details",
        "+cmd|' /C calc'!A0",
    ).last_line
    b = cli("request", "add", "--type", "erasure", "--received", "2026-02-17", "--subject", "Bea").last_line
    cli("request", "add", "--type", "objection", "--received", "2025-12-01", "--subject", "Old one")
    cli("request", "close", a, "--outcome", "fulfilled", "--replied", "2026-02-10")
    cli("request", "extend", b, "--reason", "@SUM(1,2)", "--on", "2026-02-20")
    cli("request", "close", b, "--outcome", "refused", "--reason", "Unfounded", "--replied", "2026-05-19")
    out = tmp_path / "log.xlsx"
    cli("report", "requests", "--xlsx", out, "--from", "2026-01-01", "--to", "2026-12-31", "--lang", "en")

    book = openpyxl.load_workbook(out)
    log, stats = book["Request log"], book["Statistics"]
    assert log.freeze_panes == "A2" and log.auto_filter.ref == "A1:AE3"  # AE: the language, for the log read back
    header = [c.value for c in log[1]]
    rows = [dict(zip(header, (c.value for c in row), strict=True)) for row in log.iter_rows(min_row=2)]
    assert [r["Reference"] for r in rows] == [a, b]  # the 2025 request is outside the period
    first, second = rows
    assert first["Requester"] == '=HYPERLINK("x")' and first["What was asked"] == "+cmd|' /C calc'!A0"
    assert log["F2"].data_type == "s" and log["F2"].quotePrefix
    assert second["Reason for the extension"] == "@SUM(1,2)"
    assert first["Due"].date().isoformat() == "2026-02-16" and second["Due"].date().isoformat() == "2026-05-18"
    assert "15 February is a Sunday" in first["How the due date was computed"]
    assert (first["Answered on time"], second["Answered on time"]) == ("yes", "no")
    assert second["Outcome"] == "refused" and second["Reasons"] == "Unfounded" and second["GDPR article"] == "17"
    assert first["Days to close"] == 26
    assert not any(cell.data_type == "f" for row in log.iter_rows() for cell in row)

    figures = {row[0].value: row[1].value for row in stats.iter_rows(min_row=2)}
    assert stats.freeze_panes == "A2" and stats.auto_filter.ref
    assert figures["Requests in total"] == 2 and figures["Closed"] == 2
    assert figures["Answered on time"] == 1 and figures["Share answered on time (of closed), %"] == 50
    assert figures["Median days to close"] == (26 + 91) / 2
    assert figures["By type: erasure"] == 1 and figures["By outcome: refused"] == 1


def test_request_log_in_finnish_by_default(cli, tmp_path) -> None:
    cli("request", "add", "--type", "portability", "--received", "2026-03-03", "--subject", "Åsa")
    out = tmp_path / "loki.xlsx"
    cli("report", "requests", "--xlsx", out)
    book = openpyxl.load_workbook(out)
    log = book["Pyyntöloki"]
    assert log["A1"].value == "Tunnus" and log["B2"].value == "siirto järjestelmästä toiseen"
    assert "Pitkäperjantai" in log["W2"].value
    cli("report", "requests", "--xlsx", tmp_path / "missing" / "x.xlsx", ok=False)

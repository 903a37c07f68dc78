"""The printed table, and the targets of issues 10 and 21 judged on the ratios of one run, at every size."""

from __future__ import annotations

from typing import Any

from benchmarks.measures import Row

PLAIN_LIMIT = 1.1


def _ms(seconds: float | None, unit: str = "s") -> str:
    if seconds is None:
        return "—"
    if unit != "s":
        return f"{seconds:,.0f} {unit}"
    ms = seconds * 1000
    return f"{ms:,.2f} ms" if ms < 10 else f"{ms:,.1f} ms" if ms < 100 else f"{ms:,.0f} ms"


def _x(ratio: float | None) -> str:
    return "—" if ratio is None else f"{ratio:.2f}×"


def table(rows: list[Row]) -> str:
    head = ("size", "measure", "figure", "baseline", "×base", "plain copy", "×plain", "note")
    lines = [head]
    for r in rows:
        lines.append(
            (
                f"{r.size:,}",
                r.name,
                _ms(r.figure_s, r.unit),
                f"{_ms(r.baseline_s)} ({r.baseline})" if r.baseline_s is not None else "",
                _x(r.ratio),
                _ms(r.plain_s),
                _x(r.ratio_plain),
                r.note,
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(head) - 1)]
    out = []
    for index, line in enumerate(lines):
        out.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(line[:-1])) + "  " + line[-1])
        if index == 0:
            out.append("-" * (sum(widths) + 2 * len(widths) + 4))
    return "\n".join(out)


def _find(rows: list[Row], name: str, size: int) -> Row | None:
    return next((r for r in rows if r.name == name and r.size == size and r.figure_s is not None), None)


def _verdict(target: str, limit: str, measured: float | None, met: bool | None, detail: str = "") -> dict[str, Any]:
    return {"target": target, "limit": limit, "measured": measured, "met": met, "detail": detail}


CLI_LIMIT = 1.3
CLI_CALLS = ("CLI request show --json", "CLI deadlines --json", "CLI request list --search @gmail")
EXPORT_SECONDS_AT_100K = 25
STALL_MS = 50
PAINT_GROWTH = 1.2
AUDIT_ENTRIES = 500_000
IMPORT_ROWS_PER_S = 2000
IMPORT_JSON_PEAK_MIB = 300


def judge(rows: list[Row], sizes: list[int]) -> list[dict[str, Any]]:
    """Every target at every size: a ratio met only at the largest size is not met."""
    small, large = min(sizes), max(sizes)
    found: list[dict[str, Any]] = []
    for size in sizes:
        compared = [r for r in rows if r.size == size and r.ratio_plain is not None]
        if compared:
            worst = max(compared, key=lambda r: r.ratio_plain or 0)
            over = [f"{r.name} {r.ratio_plain:.2f}×" for r in compared if (r.ratio_plain or 0) > PLAIN_LIMIT]
            found.append(
                _verdict(f"encrypted / plain, every query ({size:,})", f"≤ {PLAIN_LIMIT}", worst.ratio_plain,
                         not over, "; ".join(over) or f"worst: {worst.name}")
            )  # fmt: skip
    for name in ("window: first page of requests", "requests: first page (service)"):
        first, last = _find(rows, name, small), _find(rows, name, large)
        if first and last and small != large:
            ratio = last.figure_s / first.figure_s
            found.append(_verdict(f"{name}: {large:,} / {small:,}", "≤ 1.5", ratio, ratio <= 1.5))
    for size in sizes:
        at = f" ({size:,})"
        for name in ("window: quick-search keystroke", "quick search: module service",
                     "quick search: FTS5 trigram index"):  # fmt: skip
            row = _find(rows, name, size)
            if row:
                ms = row.figure_s * 1000
                found.append(_verdict(f"{name}{at}", "≤ 10 ms", ms, ms <= 10, row.note))
        row = _find(rows, "window: start → first painted page", size)
        if row:
            seconds = row.figure_s
            found.append(
                _verdict(
                    f"window start → first paint{at}", "≤ 2 s", seconds, seconds <= 2.0, f"{seconds * 1000:.0f} ms"
                )
            )
        row = _find(rows, "window: longest event-loop stall", size)
        if row:
            ms = row.figure_s * 1000
            found.append(_verdict(f"window: no event-loop stall over {STALL_MS} ms{at}", f"≤ {STALL_MS} ms", ms,
                                  ms <= STALL_MS, row.note))  # fmt: skip
        row = _find(rows, "deadline overview", size)
        if row and row.ratio:
            found.append(_verdict(f"deadline overview / raw indexed query{at}", "≤ 3", row.ratio, row.ratio <= 3,
                                  row.note))  # fmt: skip
        for name in ("request log → xlsx (writer alone)", "breach register → xlsx", "register → PDF"):
            row = _find(rows, name, size)
            if row and row.ratio:
                found.append(_verdict(f"{name} / csv.writer{at}", "≤ 12", row.ratio, row.ratio <= 12))
        row = _find(rows, "request log → xlsx (whole export)", size)
        if row and size == 100_000:
            found.append(_verdict(f"{row.name}{at}", f"< {EXPORT_SECONDS_AT_100K} s", row.figure_s,
                                  row.figure_s < EXPORT_SECONDS_AT_100K))  # fmt: skip
        for name in CLI_CALLS:
            row = _find(rows, name, size)
            if row and row.ratio:
                clean = row.note.startswith("no Qt")
                found.append(
                    _verdict(f"{name}{at} / its floor", f"≤ {CLI_LIMIT}, no heavy imports", row.ratio,
                             row.ratio <= CLI_LIMIT and clean, row.note)
                )  # fmt: skip
    for size in sizes:
        at = f" ({size:,})"
        for name in ("import request-log workbook (CLI)", "import request-log workbook --dry-run (CLI)",
                     "import JSON export (CLI)"):  # fmt: skip
            speed = _find(rows, f"{name}: rows/s", size)
            if speed:
                limit = IMPORT_ROWS_PER_S
                found.append(_verdict(f"{name}{at}, rows/s", f"≥ {limit:,}", speed.figure_s, speed.figure_s >= limit))
        real = _find(rows, "import request-log workbook (CLI)", size)
        dry = _find(rows, "import request-log workbook --dry-run (CLI)", size)
        if real and dry:
            ratio = dry.figure_s / real.figure_s
            found.append(_verdict(f"workbook import: dry run / real{at}", "≤ 1.1", ratio, ratio <= 1.1))
        peak = _find(rows, "import JSON export (CLI): peak RSS", size)
        if peak and size >= 100_000:
            mib = peak.figure_s
            found.append(_verdict(f"JSON import peak memory{at}", f"≤ {IMPORT_JSON_PEAK_MIB} MiB", mib,
                                  mib <= IMPORT_JSON_PEAK_MIB))  # fmt: skip
    row = _find(rows, "audit verify (CLI)", large)
    if row:
        entries = int(row.note.split(" entries", 1)[0].replace(",", ""))
        seconds = row.figure_s * AUDIT_ENTRIES / entries
        how = "measured" if entries >= AUDIT_ENTRIES else f"scaled from {entries:,} entries"
        found.append(_verdict(f"audit verify, 500,000 entries ({how})", "≤ 10 s", seconds, seconds <= 10, row.note))
    first, last = (
        _find(rows, "window: start → first painted page", small),
        _find(rows, "window: start → first painted page", large),
    )
    if first and last and small != large:
        ratio = last.figure_s / first.figure_s
        found.append(
            _verdict(f"window start → first paint {large:,} / {small:,}", f"≤ {PAINT_GROWTH}", ratio,
                     ratio <= PAINT_GROWTH, f"{first.figure_s * 1000:.0f} ms → {last.figure_s * 1000:.0f} ms")
        )  # fmt: skip
    first, last = (
        _find(rows, "window: memory after the table", small),
        _find(rows, "window: memory after the table", large),
    )
    if first and last and small != large:
        ratio = last.figure_s / first.figure_s
        found.append(
            _verdict(f"window memory {large:,} / {small:,}", "≤ 1.5", ratio, ratio <= 1.5,
                     f"{first.figure_s:.0f} MiB → {last.figure_s:.0f} MiB")
        )  # fmt: skip
    return found


def verdict_table(verdicts: list[dict[str, Any]]) -> str:
    lines = ["target                                                        limit       measured   met"]
    for v in verdicts:
        measured = "—" if v["measured"] is None else f"{v['measured']:.2f}"
        met = {True: "yes", False: "NO", None: "?"}[v["met"]]
        lines.append(f"{v['target'][:70]:<72}{v['limit']:<12}{measured:>9}   {met}  {v['detail']}")
    return "\n".join(lines)

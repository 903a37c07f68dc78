"""Each figure of issue 10 beside its baseline, measured on one size's stores.

A measure returns `Row`s. Where the code it measures is missing (a module not merged yet), the row
says so and the run goes on. Timings are medians of `repeat` runs after one warm-up (heavy ones,
the exports, run `heavy` times without warm-up, baseline and figure alike).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from benchmarks import stores
from dpo_desk.store import Store

SEARCH_TERMS = ("mäk", "mäki", "söder", "@gmail", "dsr-2026-01", "virtanen")
PAGE = 200  # the window's page size
FIRST_PAGE_SQL = (
    "SELECT id, reference, type, status, received_on, due_on, subject_name, subject_email, role, outcome "
    "FROM request ORDER BY received_on DESC, id DESC LIMIT 200"
)
OPEN_REQUEST = "status IN ('open', 'awaiting-identity', 'extended')"
# The overview's rows, one SELECT per kind of limit, each answered from an index (tests/scale checks the
# plan): the open cases only, as the overview reads them (open requests from their partial index, 0010).
# The breach rule of resources/breach-rules.json in force today (notify at "risk" or above, an undecided
# risk counting as one) is written out here.
DEADLINE_SQL = """
SELECT reference, CASE WHEN role = 'processor' THEN 'forward' ELSE 'reply' END, due_on FROM request
  WHERE status != 'closed' AND due_on IS NOT NULL
UNION ALL SELECT reference, 'extension-notice', first_month_due_on FROM request
  WHERE status != 'closed' AND due_on IS NOT NULL AND role != 'processor' AND extended_on IS NOT NULL
    AND extension_told_on IS NULL AND first_month_due_on IS NOT NULL
UNION ALL SELECT reference, 'controller-notification', aware_at FROM breach
  WHERE status = 'open' AND role = 'processor' AND controller_told_at IS NULL
UNION ALL SELECT reference, 'authority-notification', authority_deadline FROM breach b
  WHERE status = 'open' AND role != 'processor' AND (risk IS NULL OR risk IN ('risk', 'high'))
    AND NOT EXISTS (SELECT 1 FROM breach_notification n WHERE n.breach_id = b.id)
UNION ALL SELECT reference, 'subject-communication', authority_deadline FROM breach
  WHERE status = 'open' AND role != 'processor' AND risk = 'high' AND communication NOT IN ('done', 'exempt')
UNION ALL SELECT s.reference, 'objection-period', a.objection_until FROM subprocessor_announcement a
  JOIN subprocessor s ON s.id = a.subprocessor_id WHERE a.status = 'open' AND a.objection_until >= :today
UNION ALL SELECT s.reference, 'tia-review', t.tia_review_on FROM subprocessor_transfer t
  JOIN subprocessor s ON s.id = t.subprocessor_id WHERE s.status != 'retired' AND t.tia_review_on >= '0001-01-01'
UNION ALL SELECT reference, 'dpa-missing', coalesce(active_from, announced_on, :today) FROM subprocessor
  WHERE status IN ('announced', 'active') AND dpa_signed_on IS NULL
UNION ALL SELECT reference, 'review', coalesce(next_review_on, last_reviewed_on) FROM processing_activity
  WHERE status != 'retired' AND (next_review_on IS NOT NULL OR last_reviewed_on IS NOT NULL)
UNION ALL SELECT p.reference, 'dpia-review', i.next_review_on FROM impact_assessment i
  JOIN processing_activity p ON p.id = i.activity_id WHERE p.status != 'retired' AND i.next_review_on IS NOT NULL
ORDER BY 3
"""
HEAVY_MODULES = ("PySide6", "reportlab", "openpyxl")
# The floor of a command-line call, built up in stages so each part's cost shows: 0 Python's start;
# 1 + the imports a store needs (SQLAlchemy's Core and sqlcipher3: the ORM is the command's own cost);
# 2 + one keyed open (the key derivation); 3 + the raw queries for the same rows, printed as JSON.
CLI_FLOOR = """\
import sys
stage = int(sys.argv[1])
if stage >= 1:
    import json, os
    import sqlalchemy
    from sqlcipher3 import dbapi2
if stage >= 2:
    conn = dbapi2.connect(sys.argv[2], isolation_level=None)
    conn.execute("PRAGMA key = '" + os.environ["DPO_DESK_PASSPHRASE"].replace("'", "''") + "'")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
if stage >= 3:
    print(json.dumps([conn.execute(sql).fetchall() for sql in sys.argv[3:]], default=str))
"""
FLOOR_STAGES = ("CLI floor: Python start", "CLI floor: + SQLAlchemy, sqlcipher3 imports",
                "CLI floor: + one keyed open (KDF)")  # fmt: skip


def _cpu_seconds() -> float:
    """CPU time of this process and of the children it waited for (the command-line calls)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


CLOCKS = {"wall": time.perf_counter, "cpu": _cpu_seconds}
_clock = CLOCKS["wall"]


def use_clock(kind: str) -> None:
    """ "wall" (what a user waits) or "cpu" (what the work costs: on a machine shared with other work a
    millisecond query is often preempted for a whole time slice, which wall time counts and CPU time
    does not). The window's probe always reports wall time."""
    global _clock
    _clock = CLOCKS[kind]


def clock() -> float:
    return _clock()


@dataclass
class Row:
    size: int
    name: str
    figure_s: float | None
    baseline: str = ""
    baseline_s: float | None = None
    plain_s: float | None = None
    unit: str = "s"
    note: str = ""
    samples: list[float] = field(default_factory=list)

    @property
    def ratio(self) -> float | None:
        return self.figure_s / self.baseline_s if self.figure_s and self.baseline_s else None

    @property
    def ratio_plain(self) -> float | None:
        return self.figure_s / self.plain_s if self.figure_s and self.plain_s else None

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": self.ratio, "ratio_plain": self.ratio_plain}


def timed(fn: Callable[[], Any], repeat: int, warm_up: bool = True) -> tuple[float, list[float]]:
    if warm_up:
        fn()
    samples = []
    for _ in range(max(1, repeat)):
        started = clock()
        fn()
        samples.append(clock() - started)
    return statistics.median(samples), samples


def alternated(fns: list[Callable[[], Any]], repeat: int, warm_up: bool = True) -> list[tuple[float, list[float]]]:
    """(median, samples) of each of `fns`, run in turn `repeat` times: figure, baseline, figure, baseline...

    The machine is shared: a burst of load elsewhere then hits a figure and its baseline alike instead
    of one whole series (timing each series in a block made JSON import 1.20 one run and 1.02 the next).
    A function that returns a number of seconds is timed by itself (its setup left out).
    """
    if warm_up:
        for fn in fns:
            fn()
    samples: list[list[float]] = [[] for _ in fns]
    for _ in range(max(1, repeat)):
        for fn, found in zip(fns, samples, strict=True):
            started = clock()
            spent = fn()
            found.append(spent if isinstance(spent, float) else clock() - started)
    return [(statistics.median(found), found) for found in samples]


class Bench:
    """One size: the open encrypted store, an engine on the plain copy, and a scratch folder."""

    def __init__(
        self, found: stores.Stores, repeat: int, heavy: int, say: Callable[[str], None], queries: int = 15
    ) -> None:
        self.stores, self.repeat, self.heavy, self.say, self.queries = found, repeat, heavy, say, queries
        self.size = found.size
        self.store = Store.open(found.encrypted, stores.PASSPHRASE, actor="benchmark")
        self.plain = stores.plain_engine(found.plain)
        self.scratch = Path(tempfile.mkdtemp(prefix="dpo-desk-bench-"))
        self.today = stores.AS_OF
        self.now = dt.datetime.combine(stores.AS_OF, dt.time(10), tzinfo=dt.UTC)

    def close(self) -> None:
        import shutil

        self.store.close()
        self.plain.dispose()
        shutil.rmtree(self.scratch, ignore_errors=True)

    # -- helpers ------------------------------------------------------------------------------

    def both(
        self, name: str, fn: Callable[[Any], Any], baseline: str = "", raw: Callable[[], Any] | None = None
    ) -> Row:
        """`fn(session)` on the encrypted store and on the plain copy; `raw()` as the baseline if given.

        Queries take milliseconds on a shared machine: each is run `queries` times, in alternation
        (encrypted, plain, raw), so a burst of load elsewhere hits all three alike.
        """
        figures: list[float] = []
        plains: list[float] = []
        bases: list[float] = []
        with self.store.read() as encrypted, stores.plain_session(self.plain) as plain:
            fn(encrypted), fn(plain), raw() if raw else None  # warm-up
            for _ in range(self.queries):
                figures.append(timed(lambda: fn(encrypted), 1, warm_up=False)[0])
                plains.append(timed(lambda: fn(plain), 1, warm_up=False)[0])
                if raw:
                    bases.append(timed(raw, 1, warm_up=False)[0])
        median = statistics.median
        return Row(
            self.size, name, median(figures), baseline, median(bases) if bases else None, median(plains),
            samples=figures,
        )  # fmt: skip

    def raw_encrypted(self, sql: str, params: dict[str, Any] | None = None) -> Callable[[], Any]:
        def run() -> Any:
            with self.store.engine.connect() as conn:
                return conn.execute(text(sql), params or {}).fetchall()

        return run

    def raw_plain(self, sql: str, params: tuple[Any, ...] = ()) -> Callable[[], Any]:
        conn = stores.plain_connect(self.stores.plain)

        def run() -> Any:
            return conn.execute(sql, params).fetchall()

        return run

    def skipped(self, name: str, why: str) -> Row:
        return Row(self.size, name, None, note=f"skipped: {why}")


# -- the measures ---------------------------------------------------------------------------------


def unlock(b: Bench) -> list[Row]:
    def open_encrypted() -> None:  # unlocked means the first query answered
        with Store.open(b.stores.encrypted, stores.PASSPHRASE) as store, store.read() as session:
            session.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()

    def open_plain() -> None:
        conn = stores.plain_connect(b.stores.plain)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()

    (figure, samples), (base, _) = alternated([open_encrypted, open_plain], b.repeat)
    note = "most of it is the key derivation (PBKDF2-HMAC-SHA512, 256,000 iterations), by design"
    return [Row(b.size, "unlock the store", figure, "open the plain copy", base, note=note, samples=samples)]


def _cli_heavy_imports(b: Bench, args: list[str]) -> list[str]:
    probe = (
        "import sys\nfrom dpo_desk.cli.main import main\n"
        f"main({['--store', str(b.stores.encrypted), *args]!r})\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY_MODULES!r})), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], env=stores.environment(), capture_output=True, text=True)
    return json.loads(done.stderr.strip().splitlines()[-1].replace("'", '"'))


COMMON_TERM = "@gmail"  # the worst of the common terms: ~9 % of requests (about 9,000 at 100,000)


def _cli_calls(b: Bench) -> list[tuple[str, list[str], list[str]]]:
    """(name, the command's arguments, the raw queries for the same rows) of each measured call."""
    with b.store.engine.connect() as conn:
        reference = conn.execute(
            text("SELECT reference FROM request ORDER BY id LIMIT 1 OFFSET :n"), {"n": b.size // 2}
        ).scalar_one()
    one = f"(SELECT id FROM request WHERE reference = '{reference}')"
    hits = f"SELECT rowid FROM request_search WHERE request_search MATCH '\"{COMMON_TERM}\"'"
    page = f"SELECT id FROM request WHERE id IN ({hits}) ORDER BY received_on, id LIMIT {PAGE}"
    zone = "SELECT timezone FROM organisation"
    return [
        ("CLI request show --json", ["request", "show", reference, "--json"],
         [zone, f"SELECT * FROM request WHERE id = {one}", f"SELECT * FROM request_event WHERE request_id = {one}"]),
        ("CLI deadlines --json", ["deadlines", "--json", "--as-of", b.today.isoformat()],
         [zone, DEADLINE_SQL.replace(":today", f"'{b.today.isoformat()}'")]),
        (f"CLI request list --search {COMMON_TERM}", ["request", "list", "--search", COMMON_TERM, "--json"],
         [zone, f"SELECT count(*) FROM ({hits})",
          f"SELECT * FROM request WHERE id IN ({page}) ORDER BY received_on, id",
          f"SELECT * FROM request_event WHERE request_id IN ({page})"]),
    ]  # fmt: skip


def command_line(b: Bench) -> list[Row]:
    """Each call beside its floor; the floor's stages as rows of their own, so each part's cost shows."""
    env = stores.environment()
    store = str(b.stores.encrypted)
    calls = _cli_calls(b)

    def run(args: list[str]) -> Callable[[], None]:
        return lambda: subprocess.run(args, env=env, check=True, capture_output=True)

    stages = [run([sys.executable, "-c", CLI_FLOOR, str(stage), store]) for stage in range(len(FLOOR_STAGES))]
    commands = [run([sys.executable, "-m", "dpo_desk", "--store", store, *args]) for _, args, _ in calls]
    floors = [run([sys.executable, "-c", CLI_FLOOR, "3", store, *sql]) for _, _, sql in calls]
    timings = alternated([*stages, *commands, *floors], b.repeat)
    staged, called, floored = (timings[: len(stages)], timings[len(stages) : len(stages) + len(calls)],
                               timings[len(stages) + len(calls) :])  # fmt: skip
    rows = []
    previous = 0.0
    for name, (figure, samples) in zip(FLOOR_STAGES, staged, strict=True):
        rows.append(Row(b.size, name, figure, note=f"this part: {(figure - previous) * 1000:+.0f} ms", samples=samples))
        previous = figure
    for (name, args, _), (figure, samples), (floor, _) in zip(calls, called, floored, strict=True):
        heavy = _cli_heavy_imports(b, args)
        note = f"heavy imports: {', '.join(heavy)}" if heavy else "no Qt, ReportLab or openpyxl imported"
        note += f"; the raw query's part of the floor: {(floor - previous) * 1000:+.0f} ms"
        rows.append(Row(b.size, name, figure, "the floor: Python + SQLAlchemy + sqlcipher3 + KDF + the raw queries",
                        floor, note=note, samples=samples))  # fmt: skip
    return rows


def window(b: Bench) -> list[Row]:
    probe = [sys.executable, "-m", "benchmarks.window_probe", str(b.stores.encrypted), str(b.repeat), *SEARCH_TERMS]
    done = subprocess.run(probe, env=stores.environment(), capture_output=True, text=True, timeout=1800)
    if done.returncode:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return [b.skipped("window: first page of requests", f"the window failed: {last}")]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    if "skipped" in found:
        return [b.skipped("window: first page of requests", found["skipped"])]
    page_raw = b.raw_encrypted(FIRST_PAGE_SQL)
    count_raw = b.raw_encrypted("SELECT count(*) FROM request")
    base, _ = timed(lambda: (page_raw(), count_raw()), b.repeat)
    rows = [
        Row(b.size, "window: first page of requests", found["first_page_s"], "one raw SQL query for the page + count",
            base, note=f"{found['rows_shown']} rows; first show {found['first_show_s'] * 1000:.0f} ms",
            samples=found["first_page_samples"]),
        Row(b.size, "window: memory after the table", found["rss_after_table_kib"] / 1024, unit="MiB",
            note=f"RSS at start {found['rss_start_kib'] / 1024:.0f} MiB, peak {found['rss_peak_kib'] / 1024:.0f} MiB"),
    ]  # fmt: skip
    if "longest_stall_s" in found:
        rows.append(
            Row(b.size, "window: longest event-loop stall", found["longest_stall_s"],
                note=f"while {found['longest_stall_in']}; {found['stalls_over_50_ms']} stalls over 50 ms "
                "(first show of requests, reloads, searches, then every page shown); by phase: "
                + ", ".join(f"{phase} {gap * 1000:.0f} ms"
                            for phase, gap in found.get("longest_stall_by_phase_s", {}).items()))
        )  # fmt: skip
    if "search_keystroke_s" in found:
        search_raw = b.raw_encrypted(
            "SELECT reference FROM request WHERE search_key LIKE :p ORDER BY received_on DESC LIMIT 200",
            {"p": "%mäki%"},
        )
        base, _ = timed(search_raw, b.repeat)
        rows.append(
            Row(b.size, "window: quick-search keystroke", found["search_keystroke_s"],
                "one raw LIKE query for the page", base, note="the page's search (trigram index; LIKE under 3 letters)",
                samples=found["search_samples"])
        )  # fmt: skip
    return rows


EMPTY_WINDOW = (
    "import sys, time\n"
    "from PySide6.QtCore import QEvent, QObject, QTimer\n"
    "from PySide6.QtWidgets import QApplication, QLabel\n"
    "app = QApplication(sys.argv[:1])\n"
    "label = QLabel('DPO Desk')\n"
    "class Watch(QObject):\n"
    "    def eventFilter(self, watched, event):\n"
    "        if event.type() == QEvent.Type.Paint:\n"
    "            print(f'first-paint {time.monotonic():.6f}', flush=True)\n"
    "            label.removeEventFilter(self)\n"
    "            QTimer.singleShot(0, app.quit)\n"
    "        return False\n"
    "watch = Watch()\n"
    "label.installEventFilter(watch)\n"
    "label.resize(1280, 800)\n"
    "label.show()\n"
    "app.exec()\n"
)


def _painted_after(command: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Seconds from starting `command` to the first paint it prints (and to "loaded", where printed)."""
    started = time.monotonic()  # the machine's monotonic clock, the same in the child process
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    marks = dict(line.split() for line in done.stdout.splitlines() if line.startswith(("first-paint ", "loaded ")))
    if done.returncode or "first-paint" not in marks:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"the window did not paint: {last}")
    loaded = float(marks["loaded"]) - started if "loaded" in marks else None
    return float(marks["first-paint"]) - started, loaded


def first_paint(b: Bench) -> list[Row]:
    """Process start → the first page painted: `main.py --first-paint` on the store, Home first.

    `--page home`, so a page remembered from an earlier run does not change what opens. The baseline
    is Python + Qt painting an empty window of the same size (no store, no page).
    """
    main_py = Path(__file__).resolve().parent.parent / "main.py"
    env = stores.environment()
    window = [sys.executable, str(main_py), "--store", str(b.stores.encrypted), "--page", "home", "--first-paint"]
    empty = [sys.executable, "-c", EMPTY_WINDOW]
    _painted_after(window, env)  # warm-up: bytecode compiled, files in the page cache
    paints, loads, bases = [], [], []
    for _ in range(b.repeat):
        paint, loaded = _painted_after(window, env)
        paints.append(paint)
        if loaded is not None:
            loads.append(loaded)
        bases.append(_painted_after(empty, env)[0])
    median = statistics.median
    note = "window shown, Home's figures still loading"
    if loads:
        note += f"; Home filled in {median(loads) * 1000:.0f} ms"
    return [
        Row(b.size, "window: start → first painted page", median(paints), "Python + Qt, an empty window painted",
            median(bases), note=note, samples=paints),
    ]  # fmt: skip


def request_queries(b: Bench) -> list[Row]:
    from dpo_desk.services import requests
    from dpo_desk.store import search

    def page(filters: Any) -> Callable[[Any], Any]:
        def run(session: Any) -> Any:
            # As the window counts: a search up to COUNT_CAP ("1,000+"), other filters exactly.
            requests.count(session, filters, today=b.today, cap=requests.COUNT_CAP)
            return requests.fetch(session, filters, limit=PAGE, sort="received_on", descending=True, today=b.today)

        return run

    page_raw, count_raw = b.raw_encrypted(FIRST_PAGE_SQL), b.raw_encrypted("SELECT count(*) FROM request")
    rows = [
        b.both(
            "requests: first page (service)",
            page(requests.Filters()),
            "one raw SQL query for the page + count",
            lambda: (page_raw(), count_raw()),
        )
    ]
    for label, filters in (
        ("status open", requests.Filters(status="open")),
        ("type erasure", requests.Filters(type="erasure")),
        ("overdue", requests.Filters(overdue=True)),
    ):
        rows.append(b.both(f"requests: filter {label}", page(filters)))

    def fts_page(filters: Any) -> Callable[[Any], Any]:
        def run(session: Any) -> None:
            search.search_references(session, "request", filters.search, PAGE)
            ids = search.matching_ids(session, "request", filters.search)
            if ids is not None:
                session.execute(select(func.count()).select_from(ids.subquery()))

        return run

    with b.store.read() as session:
        indexed = search.has_index(session, "request")
    measured = [("quick search: module service", page, "page of 200 + count up to 1,000")]
    if indexed:
        measured.append(("quick search: FTS5 trigram index", fts_page, "newest 200 references + count"))
    for label, service, what in measured:
        # The worst term, not an average: a common one ("@gmail", ~9 % of requests) is what a user waits on.
        found = [(b.both(label, service(requests.Filters(search=term))), term) for term in SEARCH_TERMS]
        worst, term = max(found, key=lambda pair: pair[0].figure_s or 0)
        with b.store.read() as session:
            hits = requests.count(session, requests.Filters(search=term), today=b.today)
        worst.note = f"the worst of {len(SEARCH_TERMS)} terms: {term!r}, {hits:,} hits ({what})"
        rows.append(worst)
    return rows


def deadline_overview(b: Bench) -> list[Row]:
    from dpo_desk.services import deadlines

    raw = b.raw_encrypted(DEADLINE_SQL, {"today": b.today.isoformat()})
    row = b.both("deadline overview", lambda s: deadlines.overview(s, b.now), "the raw indexed query (same rows)", raw)
    with b.store.read() as session:
        items = {(i.deadline.reference, i.deadline.kind) for i in deadlines.overview(session, b.now)}
    rows = {(reference, kind) for reference, kind, _ in raw()}
    same = "the same rows" if rows == items else f"NOT the same rows: {len(items ^ rows)} differ"
    row.note = f"{len(items):,} deadlines; raw rows {len(rows):,} ({same})"
    return [row]


FIRST_READS = {
    "first page of requests": FIRST_PAGE_SQL,
    "deadline rows": DEADLINE_SQL.replace(":today", f"'{stores.AS_OF.isoformat()}'"),
    "count of open requests": f"SELECT count(*) FROM request WHERE {OPEN_REQUEST}",
    "one request and its timeline": "SELECT * FROM request r LEFT JOIN request_event e ON e.request_id = r.id "
    "WHERE r.id = (SELECT max(id) / 2 FROM request)",
}


def first_reads(b: Bench) -> list[Row]:
    """Encrypted over plain on a NEW connection (its page cache empty), as every command-line call reads.

    The key derivation is left out (it is the unlock's, measured there): only the query is timed.
    """
    from dpo_desk.store import keying

    def first(connect: Callable[[], Any], sql: str) -> Callable[[], float]:
        def run() -> float:
            conn = connect()
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # keyed and checked before the clock
            started = clock()
            conn.execute(sql).fetchall()
            spent = clock() - started
            conn.close()
            return spent

        return run

    rows = []
    for label, sql in FIRST_READS.items():
        encrypted = first(lambda: keying.connect(b.stores.encrypted, stores.PASSPHRASE), sql)
        plain = first(lambda: stores.plain_connect(b.stores.plain), sql)
        (figure, samples), (base, _) = alternated([encrypted, plain], b.repeat)
        note = "encrypted ÷ plain, the page cache empty; key derivation not timed"
        rows.append(
            Row(b.size, f"first read on a new connection: {label}", figure, plain_s=base, note=note, samples=samples)
        )
    return rows


def _fresh(path: Path) -> Path:
    """The path with no file at it: the writers save atomically and never replace a file unasked."""
    path.unlink(missing_ok=True)
    return path


def _csv(path: Path, rows: Any) -> None:
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        for row in rows:
            writer.writerow(row)


def request_log(b: Bench) -> list[Row]:
    try:
        from dpo_desk.reporting import request_log as log
        from dpo_desk.reporting.labels import labels
        from dpo_desk.reporting.xlsx import WorkbookWriter, write_rows
        from dpo_desk.services import reports, requests
    except ImportError as missing:
        return [b.skipped("request log → xlsx", str(missing))]
    words = labels(log.REPORT, "fi")

    def figure() -> None:
        with b.store.read() as session:
            log.write_log(reports.gather_request_log(session, lang="fi"), _fresh(b.scratch / "log.xlsx"))

    def baseline() -> None:
        with b.store.read() as session:
            _csv(b.scratch / "log.csv", (log.row_values(v, words) for v in requests.iter_views(session, language="fi")))

    (value, samples), (base, _) = alternated([figure, baseline], b.heavy, warm_up=False)
    rows = [Row(b.size, "request log → xlsx (whole export)", value, "the same views through csv.writer", base,
                note="reading, views and writer alike on both sides", samples=samples)]  # fmt: skip
    with b.store.read() as session:
        prepared = [log.row_values(v, words) for v in requests.iter_views(session, language="fi")]
    headers = [words["columns"][name] for name in log.COLUMNS]

    def xlsx_writer() -> None:
        book = WorkbookWriter()
        write_rows(book.sheet(words["log_sheet"], headers), prepared)
        book.save(_fresh(b.scratch / "writer.xlsx"))

    def csv_writer() -> None:
        _csv(b.scratch / "writer.csv", [headers, *prepared])

    (value, samples), (base, _) = alternated([xlsx_writer, csv_writer], b.heavy, warm_up=False)
    rows.append(Row(b.size, "request log → xlsx (writer alone)", value, "csv.writer on the same prepared rows", base,
                    note=f"{len(prepared):,} rows built once before the clock", samples=samples))  # fmt: skip
    return rows


def breach_register(b: Bench) -> list[Row]:
    try:
        from dpo_desk.reporting import breach_register as register
        from dpo_desk.services import breaches, reports
    except ImportError as missing:
        return [b.skipped("breach register → xlsx", str(missing))]

    def figure() -> None:
        with b.store.read() as session:
            data = reports.gather_breach_register(session, "fi")
        register.write(data, _fresh(b.scratch / "breaches.xlsx"))

    def baseline() -> None:
        with b.store.read() as session:
            views = breaches.all_views(session)
        _csv(b.scratch / "breaches.csv", (register.row_values(v, "fi") for v in views))

    (value, samples), (base, _) = alternated([figure, baseline], b.heavy, warm_up=False)
    note = f"{b.size // 10:,} breaches"
    return [Row(b.size, "breach register → xlsx", value, "the same rows through csv.writer", base, note=note,
                samples=samples)]  # fmt: skip


def register_pdf(b: Bench) -> list[Row]:
    try:
        from dpo_desk.reporting import register_data, register_pdf
        from dpo_desk.services import reports
    except ImportError as missing:
        return [b.skipped("register → PDF", str(missing))]

    def gather() -> Any:
        with b.store.read() as session:
            return reports.gather_register(session, "fi", include_retired=True)

    def figure() -> None:
        register_pdf.write_pdf(gather(), b.scratch / "register.pdf")

    def baseline() -> None:
        report = gather()
        words = register_data.report_labels(report)
        _csv(
            b.scratch / "register.csv",
            (
                [e.reference, e.name, e.country, e.service, e.status, register_data.transfer_lines(e, words, "fi"),
                 register_data.finding_lines(e, words)]
                for e in report.entries
            ),
        )  # fmt: skip

    (value, samples), (base, _) = alternated([figure, baseline], b.heavy, warm_up=False)
    note = f"{b.size // 20:,} entries, retired included"
    return [Row(b.size, "register → PDF", value, "the same rows through csv.writer", base, note=note,
                samples=samples)]  # fmt: skip


def json_round_trip(b: Bench) -> list[Row]:
    from dpo_desk.services import exchange
    from dpo_desk.services.exchange_format import exported_tables

    target = b.scratch / "export.json"

    def export_encrypted() -> None:
        with b.store.read() as session:
            exchange.write_export(session, target)

    def export_plain() -> None:
        with stores.plain_session(b.plain) as session:
            exchange.write_export(session, b.scratch / "export-plain.json")

    names = [t.name for t in exported_tables()]
    conn = stores.plain_connect(b.stores.plain)

    def export_raw() -> None:
        with open(b.scratch / "export-raw.json", "w", encoding="utf-8") as out:
            for name in names:
                cursor = conn.execute(f'SELECT * FROM "{name}" ORDER BY 1')
                columns = [c[0] for c in cursor.description]
                for values in cursor:
                    out.write(json.dumps(dict(zip(columns, values, strict=True)), ensure_ascii=False) + "\n")

    (value, samples), (plain, _), (base, _) = alternated([export_encrypted, export_plain, export_raw], b.heavy,
                                                         warm_up=False)  # fmt: skip
    rows = [Row(b.size, "JSON export", value, "raw SELECT * + json.dumps per row (plain copy)", base, plain,
                samples=samples)]  # fmt: skip

    def import_encrypted() -> float:
        path = stores.scratch_copy(b.stores.empty_encrypted, b.scratch, "import.dpodesk")
        with Store.open(path, stores.PASSPHRASE) as store:
            started = clock()
            document = exchange.read_document(target)
            with store.write() as session:
                exchange.apply_import(session, document)
            return clock() - started

    def import_plain() -> float:
        path = stores.scratch_copy(b.stores.empty_plain, b.scratch, "import.sqlite")
        engine = stores.plain_engine(path)
        started = clock()
        document = exchange.read_document(target)
        with stores.plain_session(engine, write=True) as session:
            exchange.apply_import(session, document)
        spent = clock() - started
        engine.dispose()
        return spent

    def import_raw() -> float:
        path = stores.scratch_copy(b.stores.empty_plain, b.scratch, "import-raw.sqlite")
        raw = stores.plain_connect(path)
        started = clock()
        document = json.loads(target.read_text(encoding="utf-8"))
        raw.execute("BEGIN")
        for name in names:
            records = document["tables"].get(name) or []
            if not records or name in exchange.SINGLETONS:
                continue
            columns = list(records[0])
            names_sql = ", ".join(f'"{c}"' for c in columns)
            sql = f'INSERT INTO "{name}" ({names_sql}) VALUES ({", ".join("?" * len(columns))})'
            raw.executemany(sql, ([json.dumps(v) if isinstance(v, list) else v for v in r.values()] for r in records))
        raw.execute("COMMIT")
        spent = clock() - started
        raw.close()
        return spent

    (value, samples), (plain, _), (base, _) = alternated([import_encrypted, import_plain, import_raw], b.heavy,
                                                         warm_up=False)  # fmt: skip
    rows.append(
        Row(b.size, "JSON import (into an empty store)", value, "json.loads + executemany per table (plain copy)",
            base, plain, note="unlock excluded", samples=samples)
    )  # fmt: skip
    return rows


# Linux charges a child's ru_maxrss with the peak of the process it was forked from (the benchmark,
# which may have grown past the child): the child reports its own peak (VmHWM, since its exec) instead.
_OWN_PEAK = """import runpy, sys
try:
    runpy.run_module(sys.argv.pop(1), run_name="__main__", alter_sys=True)
finally:
    with open("/proc/self/status") as status:
        peak = next((line.split()[1] for line in status if line.startswith("VmHWM:")), "")
    sys.stderr.write(f"\\n[own peak RSS KiB] {peak}\\n")
"""


def _child_run(command: list[str], env: dict[str, str]) -> tuple[float, float, int, str]:
    """(wall s, CPU s, peak RSS KiB, what it printed) of one `python -m MODULE ...` child process: times from
    its own rusage (wait4), the peak as it reports it."""
    assert command[:2] == [sys.executable, "-m"], command
    with tempfile.TemporaryFile("w+", encoding="utf-8") as err:
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", _OWN_PEAK, *command[2:]], env=env, stdout=err, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        said = err.read()
    if child.returncode:
        last = (said.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"{' '.join(command[3:])} failed ({child.returncode}): {last}")
    reported = re.search(r"\[own peak RSS KiB\] (\d+)", said)
    return wall, usage.ru_utime + usage.ru_stime, int(reported[1]) if reported else usage.ru_maxrss, said


def imports(b: Bench) -> list[Row]:
    """`dpo-desk import` as a user runs it, into an empty store: a request-log workbook (the one
    `report requests --xlsx` writes; real and `--dry-run`) and a JSON export of the store.

    Start and unlock are included (one key derivation, ~0.15 s). Rows per second are the rows
    imported (requests for the workbook, every table's rows for JSON, requests also given) over the
    chosen clock (the child's own CPU time with `--clock cpu`); peak memory is the child's own VmHWM.
    """
    env = stores.environment()
    source = str(b.stores.encrypted)
    book, export = b.scratch / "request-log.xlsx", b.scratch / "store-export.json"
    cli = [sys.executable, "-m", "dpo_desk"]
    subprocess.run([*cli, "--store", source, "report", "requests", "--xlsx", str(book), "--lang", "fi", "--force"],
                   env=env, check=True, capture_output=True)  # fmt: skip
    subprocess.run([*cli, "--store", source, "export", "--json", str(export)], env=env, check=True, capture_output=True)
    from dpo_desk.services import exchange

    counted = exchange.read_document(export).places  # streamed: at 100,000 the file is over half a gigabyte
    json_rows, json_requests = sum(n for _, n in counted.values()), counted.get("request", (0, 0))[1]
    cases = [
        ("import request-log workbook (CLI)", book, ["--skip-errors"], b.size),
        ("import request-log workbook --dry-run (CLI)", book, ["--skip-errors", "--dry-run"], b.size),
        ("import JSON export (CLI)", export, [], json_rows),
    ]
    rows = []
    for name, path, options, count in cases:
        walls, cpus, peaks, said = [], [], [], ""
        for _ in range(max(1, b.heavy)):
            target = stores.scratch_copy(b.stores.empty_encrypted, b.scratch, "import-target.dpodesk")
            wall, cpu, peak, said = _child_run([*cli, "--store", str(target), "import", str(path), *options], env)
            walls.append(wall), cpus.append(cpu), peaks.append(peak)
        seconds = statistics.median(cpus if _clock is _cpu_seconds else walls)
        named = re.search(r"skipped rows ([\d, ]+)", said)
        skipped = len(named[1].split(",")) if named else 0
        imported = count - skipped if "workbook" in name else count
        what = f"{imported:,} requests" if "workbook" in name else f"{count:,} rows ({json_requests:,} requests)"
        note = (f"{what}, {imported / seconds:,.0f} rows/s; peak RSS {max(peaks) / 1024:,.0f} MiB; "
                f"wall {statistics.median(walls):.1f} s, CPU {statistics.median(cpus):.1f} s")  # fmt: skip
        if skipped:
            note += f"; {skipped} row(s) refused and skipped"
        rows.append(Row(b.size, name, seconds, note=note, samples=cpus if _clock is _cpu_seconds else walls))
        rows.append(Row(b.size, f"{name}: rows/s", imported / seconds, unit="rows/s"))
        rows.append(Row(b.size, f"{name}: peak RSS", max(peaks) / 1024, unit="MiB"))
    return rows


AUDIT_TARGET_ENTRIES = 500_000


def audit_verify(b: Bench) -> list[Row]:
    """`dpo-desk audit verify` over the store's whole trail, as a user runs it (start and unlock included)."""
    with b.store.engine.connect() as conn:
        entries = conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one()
    command = [sys.executable, "-m", "dpo_desk", "--store", str(b.stores.encrypted), "audit", "verify"]
    env = stores.environment()
    figure, samples = timed(lambda: subprocess.run(command, env=env, check=True, capture_output=True), b.heavy, False)
    per_target = figure * AUDIT_TARGET_ENTRIES / max(1, entries)
    note = f"{entries:,} entries ({entries / b.size:.1f} per request); at this rate {per_target:.1f} s per 500,000"
    return [Row(b.size, "audit verify (CLI)", figure, note=note, samples=samples)]


MEASURES: tuple[Callable[[Bench], list[Row]], ...] = (
    unlock,
    command_line,
    first_paint,
    window,
    request_queries,
    deadline_overview,
    first_reads,
    request_log,
    register_pdf,
    breach_register,
    json_round_trip,
    imports,
    audit_verify,
)

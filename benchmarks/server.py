"""Store figures on a PostgreSQL server (team mode): quick search through pg_trgm and the first page.

`python -m benchmarks.server URL --sizes 1000,100000` fills one empty database per size (URL names a
database the user may create others beside: `<db>_<size>` is made with CREATE DATABASE, then dropped
unless --keep) and prints the median of each measure in milliseconds. `--writers 8 --adds 500` also has
that many connections add requests at once into one fresh database and prints how many were stored,
lost and duplicated, and every error by kind (only clear conflicts are allowed). Without a URL it starts its own
throwaway cluster (tests/pg.py). The password comes from DPO_DESK_PASSPHRASE, PGPASSWORD or ~/.pgpass.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

TERMS = ("mäk", "virtanen", "ström", "example.fi", "DSR-2026-00")
# The window's quick search terms (their hits at 100,000, seed 7: 5,474 "ström", 1,840 "virtanen",
# 3,603 "mäk", none "example.fi", 9,001 "@gmail", 99 "DSR-2026-00")
QUICK_TERMS = ("ström", "virtanen", "mäk", "example.fi", "@gmail", "DSR-2026-00")


def _median_ms(fn: Callable[[], Any], repeat: int) -> float:
    fn()  # warm up
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(runs), 2)


def first_paints(url: str, password: str | None, size: int, repeat: int) -> dict[str, Any]:
    """The window from process start to its first painted page on the server (over the loopback network)
    and on an encrypted file holding the same generated requests: `main.py --first-paint`, Home first."""
    import tempfile
    from pathlib import Path

    from benchmarks.measures import _painted_after
    from benchmarks.stores import environment
    from dpo_desk.services import synthetic
    from dpo_desk.store import Store

    main_py = Path(__file__).resolve().parent.parent / "main.py"
    with tempfile.TemporaryDirectory(prefix="dpo-desk-bench-") as folder:
        file = Path(folder) / "same.dpodesk"
        store = Store.create(file, password or "benchmark password", actor="benchmark")
        try:
            with store.write() as session:
                synthetic.generate(session, synthetic.plan(size, seed=7))
        finally:
            store.close()
        env = environment()
        medians = {}
        for name, location, secret in (("server", url, password), ("file", str(file), password)):
            env["DPO_DESK_PASSPHRASE"] = secret or "benchmark password"
            command = [sys.executable, str(main_py), "--store", location, "--page", "home", "--first-paint"]
            _painted_after(command, env)  # warm-up: bytecode compiled, pages in the cache
            medians[name] = statistics.median(_painted_after(command, env)[0] for _ in range(repeat))
    return {
        "requests": size,
        "window first paint, server s": round(medians["server"], 3),
        "window first paint, file s": round(medians["file"], 3),
        "server ÷ file": round(medians["server"] / medians["file"], 2),
    }


def _server_cpu(session: Any) -> Callable[[], float] | None:
    """The CPU seconds used so far by the session's PostgreSQL backend, where the server runs here (its
    /proc entry is readable): with this process's own, a keystroke's cost whatever else the CPUs run."""
    from pathlib import Path

    from sqlalchemy import text

    stat = Path(f"/proc/{session.execute(text('SELECT pg_backend_pid()')).scalar()}/stat")
    ticks = os.sysconf("SC_CLK_TCK")

    def used() -> float:
        fields = stat.read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / ticks  # utime + stime

    try:
        used()
    except OSError:
        return None
    return used


def quick_searches(session: Any, repeat: int) -> dict[str, Any]:
    """What one keystroke in the requests page's search field costs: the first page of 200, newest first,
    and the count up to COUNT_CAP ("More than 1,000 requests"), apart and together, per term; with a
    local server also the CPU time of both together (this process and its server backend, over 4 ×
    `repeat` runs: the clock ticks in hundredths of a second)."""
    from dpo_desk.services import requests

    row: dict[str, Any] = {}
    server_cpu = _server_cpu(session)
    for term in QUICK_TERMS:
        filters = requests.Filters(search=term)

        def page(filters: requests.Filters = filters) -> list[Any]:
            return requests.fetch(session, filters, limit=200, sort="received_on", descending=True)

        def count(filters: requests.Filters = filters) -> int:
            return requests.count(session, filters, cap=requests.COUNT_CAP)

        row[f"page {term!r} ms"] = _median_ms(page, repeat)
        row[f"count {term!r} ms"] = _median_ms(count, repeat)
        row[f"page + count {term!r} ms"] = _median_ms(lambda page=page, count=count: (page(), count()), repeat)
        if server_cpu is not None:
            runs = 4 * repeat
            client, server = time.process_time(), server_cpu()
            for _ in range(runs):
                page(), count()
            client, server = time.process_time() - client, server_cpu() - server
            row[f"page + count {term!r} CPU ms (client + server)"] = round((client + server) * 1000 / runs, 2)
    return row


def measure(url: str, password: str | None, size: int, repeat: int, quick_only: bool = False) -> dict[str, Any]:
    from dpo_desk.services import requests, synthetic
    from dpo_desk.store import Store, search

    store = Store.create(url, password, actor="benchmark")
    try:
        start = time.perf_counter()
        with store.write() as session:
            synthetic.generate(session, synthetic.plan(size, seed=7))
        filled = time.perf_counter() - start
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
        row: dict[str, Any] = {"requests": size, "fill_s": round(filled, 1)}
        with store.read() as session:
            row.update(quick_searches(session, repeat))
            if quick_only:
                return row
            for term in TERMS:
                row[f"search {term!r} ms"] = _median_ms(
                    lambda term=term: search.search_references(session, "request", term), repeat
                )
            row["first page ms"] = _median_ms(lambda: requests.fetch(session, limit=200), repeat)
            row["first page, search 'mäk' ms"] = _median_ms(
                lambda: requests.fetch(session, requests.Filters(search="mäk"), limit=200), repeat
            )
        return row
    finally:
        store.close()


def concurrent_adds(url: str, password: str | None, writers: int, adds: int) -> dict[str, Any]:
    """`writers` connections, each adding `adds` requests, all at once; what came out of it."""
    import threading
    from collections import Counter

    from sqlalchemy import select

    from dpo_desk.services import audit_trail, requests
    from dpo_desk.store import Store
    from dpo_desk.store.models.requests import Request

    Store.create(url, password, actor="benchmark").close()
    errors: Counter[str] = Counter()
    stored = Counter[int]()
    start_together = threading.Barrier(writers)

    def write(number: int) -> None:
        with Store.open(url, password, actor=f"writer{number}") as mine:
            start_together.wait()
            for i in range(adds):
                try:
                    with mine.write() as session:
                        requests.add(session, type="access", received="2026-03-02", subject=f"W{number} R{i}")
                    stored[number] += 1
                except Exception as exc:  # counted and shown by kind, never hidden
                    errors[f"{type(exc).__name__}: {str(exc).splitlines()[0][:120]}"] += 1

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    took = time.perf_counter() - began
    with Store.open(url, password) as store, store.read() as session:
        references = list(session.scalars(select(Request.reference)))
        numbers = sorted(int(r.rsplit("-", 1)[1]) for r in references)
        faults = len(audit_trail.verify(session).faults)
    acknowledged = sum(stored.values())
    return {
        "writers": writers,
        "adds each": adds,
        "acknowledged": acknowledged,
        "rows": len(references),
        "lost": max(0, acknowledged - len(references)),
        "duplicate references": len(references) - len(set(references)),
        "gap-free": numbers == list(range(1, len(numbers) + 1)),
        "errors": dict(errors),
        "audit faults": faults,
        "s": round(took, 1),
        "adds per s": round(acknowledged / took, 1) if took else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.server", description=__doc__.splitlines()[0])
    parser.add_argument("url", nargs="?", help="postgresql://user@host:port/db (default: a throwaway cluster)")
    parser.add_argument("--sizes", default="1000,100000", help="requests per database, comma-separated")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--writers", type=int, default=0, help="also: this many concurrent writers (0: none)")
    parser.add_argument("--adds", type=int, default=500, help="request adds per concurrent writer")
    parser.add_argument(
        "--window", action="store_true", help="also: the window's start → first paint on the server and on a file"
    )
    parser.add_argument(
        "--quick-search-only",
        action="store_true",
        help="measure only the window's quick search (page of 200 newest first + count capped at 1,000)",
    )
    args = parser.parse_args(argv)
    password = os.environ.get("DPO_DESK_PASSPHRASE")
    cluster = None
    if args.url is None:
        from tests.pg import start_cluster

        password = "benchmark password"
        cluster = start_cluster(password)
        if isinstance(cluster, str):
            print(cluster, file=sys.stderr)
            return 1
    try:
        if args.writers:
            url = cluster.url(cluster.new_database()) if cluster is not None else args.url
            print(json.dumps(concurrent_adds(url, password, args.writers, args.adds), ensure_ascii=False), flush=True)
            if cluster is None:
                return 0  # the one database given is used now
        for size in (int(s) for s in args.sizes.split(",") if s):
            url = cluster.url(cluster.new_database()) if cluster is not None else args.url
            print(
                json.dumps(measure(url, password, size, args.repeat, args.quick_search_only), ensure_ascii=False),
                flush=True,
            )
            if args.window:
                paints = first_paints(url, password, size, max(3, args.repeat // 3))
                print(json.dumps(paints, ensure_ascii=False), flush=True)
            if cluster is None:
                break  # one database given: one size
    finally:
        if cluster is not None:
            cluster.stop()
            import shutil

            shutil.rmtree(cluster.folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Store figures on a PostgreSQL server (team mode): quick search through pg_trgm and the first page.

`python -m benchmarks.server URL --sizes 1000,100000` fills one empty database per size (URL names a
database the user may create others beside: `<db>_<size>` is made with CREATE DATABASE, then dropped
unless --keep) and prints the median of each measure in milliseconds. Without a URL it starts its own
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


def _median_ms(fn: Callable[[], Any], repeat: int) -> float:
    fn()  # warm up
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(runs), 2)


def measure(url: str, password: str | None, size: int, repeat: int) -> dict[str, Any]:
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.server", description=__doc__.splitlines()[0])
    parser.add_argument("url", nargs="?", help="postgresql://user@host:port/db (default: a throwaway cluster)")
    parser.add_argument("--sizes", default="1000,100000", help="requests per database, comma-separated")
    parser.add_argument("--repeat", type=int, default=15)
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
        for size in (int(s) for s in args.sizes.split(",")):
            url = cluster.url(cluster.new_database()) if cluster is not None else args.url
            print(json.dumps(measure(url, password, size, args.repeat), ensure_ascii=False), flush=True)
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

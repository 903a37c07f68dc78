"""`python -m benchmarks [--sizes 1000,10000,100000] [--repeat 5] [--heavy 3] [--only NAME] [--clock wall|cpu]`

Fills (or reuses) a store per size with the synthetic generator, measures each figure of issue 10
beside its baseline, prints a table of figures and ratios, judges the targets and writes
`benchmarks/results/bench-<time>.json` (and `latest.json`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import measures, stores, targets
from dpo_desk.services.synthetic import GENERATOR_VERSION

RESULTS = Path(__file__).resolve().parent / "results"


def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a comma list of numbers") from None
    if not sizes or min(sizes) < 20:
        raise argparse.ArgumentTypeError("give sizes of at least 20 requests")
    return sizes


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=_sizes, default=[1000, 10000, 100000], help="requests per store")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each quick measure (the median is kept)")
    parser.add_argument("--queries", type=int, default=15, help="runs of each in-process query (alternated)")
    parser.add_argument("--heavy", type=int, default=3, help="runs of each export and import")
    parser.add_argument("--cache", type=Path, default=stores.default_cache(), help="where generated stores are kept")
    parser.add_argument("--only", action="append", default=[], help="run only the measures with this name")
    parser.add_argument("--out", type=Path, help="the JSON file to write (default: benchmarks/results/)")
    parser.add_argument(
        "--clock",
        choices=sorted(measures.CLOCKS),
        default="wall",
        help="wall time (default) or CPU time (steadier where other work shares the machine)",
    )
    args = parser.parse_args(argv)
    measures.use_clock(args.clock)
    chosen = [m for m in measures.MEASURES if not args.only or m.__name__ in args.only]
    rows: list[measures.Row] = []
    for size in args.sizes:
        found = stores.prepare(size, args.cache, _say)
        bench = measures.Bench(found, args.repeat, args.heavy, _say, args.queries)
        try:
            for measure in chosen:
                _say(f"{size:>7,}  {measure.__name__} ...")
                try:
                    rows += measure(bench)
                except Exception as exc:  # a broken measure is reported, the others still run
                    traceback.print_exc()
                    rows.append(bench.skipped(measure.__name__, f"failed: {type(exc).__name__}: {exc}"))
        finally:
            bench.close()
    verdicts = targets.judge(rows, args.sizes)
    print(targets.table(rows))
    print()
    print(targets.verdict_table(verdicts))
    document = {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count()},
        "generator_version": GENERATOR_VERSION,
        "seed": stores.SEED,
        "as_of": stores.AS_OF.isoformat(),
        "sizes": args.sizes,
        "repeat": args.repeat,
        "heavy": args.heavy,
        "clock": args.clock,
        "rows": [row.to_json() for row in rows],
        "targets": verdicts,
    }
    RESULTS.mkdir(exist_ok=True)
    out = args.out or RESULTS / f"bench-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%SZ}.json"
    text = json.dumps(document, ensure_ascii=False, indent=2)
    out.write_text(text, encoding="utf-8")
    if args.out is None:
        (RESULTS / "latest.json").write_text(text, encoding="utf-8")
    _say(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Store benchmarks: query latency over a million events, and what storing costs a run.

    python bench/store.py                      # 1,000,000 synthetic events (built once, reused)
    python bench/store.py --events 100000      # a smaller store
    python bench/store.py --skip-pipeline      # only the query figures

Three figures (wall and CPU time; the machine is shared, so CPU time is the steadier one):

1. write throughput: synthetic events (``eventwire.store.synthetic``) written in transactional
   batches of 1,000 documents, stories included;
2. query latency: filtered, paged ``store.events(...)`` queries as the CLI runs them (page of 50,
   with the total count), median and 95th percentile over repeated runs;
3. storing overhead: ``store.run`` over generated short documents through the real extract and
   enrich stages, timing the store's writes against the whole run (with the built-in coder and
   with the tests' stand-in coder, which finds more events).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the stand-in coder and corpus writer of the store's tests

from eventwire import open_store  # noqa: E402
from eventwire.store import run as run_module  # noqa: E402
from eventwire.store.synthetic import documents  # noqa: E402
from eventwire.store.writer import write_batch  # noqa: E402

QUERIES: dict[str, dict] = {
    "no filter, page 1": {},
    "actor=USA": {"actor": "USA"},
    "actor=RUS recipient=UKR": {"actor": "RUS", "recipient": "UKR"},
    "event=ASSAULT country=UKR": {"event": "ASSAULT", "country": "UKR"},
    "since/until one month": {"since": "2022-03", "until": "2022-03"},
    "actor+event+since, offset 1000": {"actor": "RUS", "event": "ASSAULT,COERCE", "since": "2019", "offset": 1000},
    "text='deployed troops'": {"text": "deployed troops"},
    "story": {},  # filled in with a real story id
}


def build(path: Path, n: int) -> tuple[float, float]:
    """Write ``n`` synthetic events; returns (wall seconds, CPU seconds)."""
    wall, cpu = time.perf_counter(), time.process_time()
    with open_store(path) as store:
        batch = []
        for doc in documents(n, seed=42):
            batch.append(doc)
            if len(batch) == 1000:
                write_batch(store.connection, batch, run_id=None)
                batch = []
        if batch:
            write_batch(store.connection, batch, run_id=None)
        store.connection.execute("CHECKPOINT")
    return time.perf_counter() - wall, time.process_time() - cpu


def timed(function: Callable[[], object], repeat: int, cpu: list[float] | None = None) -> list[float]:
    """Wall milliseconds of each call; with ``cpu``, also the process's CPU milliseconds (all threads)."""
    function()  # warm
    times = []
    for _ in range(repeat):
        start, used = time.perf_counter(), time.process_time()
        function()
        times.append((time.perf_counter() - start) * 1000)
        if cpu is not None:
            cpu.append((time.process_time() - used) * 1000)
    return times


def query_figures(path: Path, repeat: int) -> None:
    with open_store(path, read_only=True) as store:
        total = store.events().count()
        story = store.sql("SELECT story_id FROM stories WHERE num_sources > 2 LIMIT 1")["story_id"].item()
        QUERIES["story"] = {"story": story}
        print(f"\n## query latency over {total:,} events (ms; page = 50 rows as a DataFrame, "
              f"+ count = also the total the CLI shows)\n")
        print("| query | matches | page median | page p95 | page CPU | page + count median | page + count p95 |\n"
              "|---|---:|---:|---:|---:|---:|---:|")
        for name, filters in QUERIES.items():
            filters = dict(filters)
            offset = filters.pop("offset", 0)

            def page() -> None:
                store.events(limit=50, offset=offset, **filters).df()

            def page_and_count() -> None:
                results = store.events(limit=50, offset=offset, **filters)
                results.df()
                results.count()

            cpu: list[float] = []
            alone, both = timed(page, repeat, cpu), timed(page_and_count, repeat)
            matches = store.events(**filters).count()
            print(f"| {name} | {matches:,} | {_median(alone)} | {_p95(alone)} | {_median(cpu)} | {_median(both)} "
                  f"| {_p95(both)} |")


def _median(times: list[float]) -> str:
    return f"{statistics.median(times):.0f}"


def _p95(times: list[float]) -> str:
    return f"{sorted(times)[int(0.95 * (len(times) - 1))]:.0f}"


def pipeline_figures(docs: int, jobs: int) -> None:
    from test_store_run import make_corpus

    print(f"\n## storing overhead: store.run over {docs} short generated documents, -j {jobs}\n")
    print("| coder | events | run wall s | store wall s | store share of wall | share of the parent's CPU |\n|---|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        corpus, warm = Path(tmp) / "corpus", Path(tmp) / "warm"
        make_corpus(corpus, docs, seed=8)
        make_corpus(warm, 5, seed=9)
        with open_store(Path(tmp) / "warm.duckdb") as store:  # load the models before timing anything
            store.run([str(warm)], jobs=jobs)
        for label, coder in (("built-in", None), ("stand-in (store_fakes)", "store_fakes:code")):
            spent = {"wall": 0.0, "cpu": 0.0}
            original = run_module.write_batch

            def timed_write(*args, **kwargs):
                wall, cpu = time.perf_counter(), time.process_time()
                try:
                    return original(*args, **kwargs)
                finally:
                    spent["wall"] += time.perf_counter() - wall
                    spent["cpu"] += time.process_time() - cpu

            run_module.write_batch = timed_write
            try:
                with open_store(Path(tmp) / f"{random.randrange(10**9)}.duckdb") as store:
                    wall, cpu = time.perf_counter(), time.process_time()
                    summary = store.run([str(corpus)], jobs=jobs, coder=coder)
                    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            finally:
                run_module.write_batch = original
            print(f"| {label} | {summary.events_added:,} | {wall:.1f} | {spent['wall']:.2f} | "
                  f"{100 * spent['wall'] / wall:.1f}% | {100 * spent['cpu'] / cpu:.1f}% |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=None, help="where to build the store (default bench/out/)")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the store even if it exists")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--docs", type=int, default=400, help="documents for the overhead figure")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--skip-pipeline", action="store_true")
    args = parser.parse_args()
    path = args.db or ROOT / "bench" / "out" / f"store-{args.events}.duckdb"
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"# eventwire store benchmark — {time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.1f}")
    if args.rebuild or not path.exists():
        for leftover in (path, Path(f"{path}.wal")):
            leftover.unlink(missing_ok=True)
        wall, cpu = build(path, args.events)
        print(f"\n## write throughput\n\n{args.events:,} synthetic events in batches of 1,000 documents: "
              f"{wall:.0f} s wall ({args.events / wall:,.0f} events/s), {cpu:.0f} s CPU "
              f"({args.events / cpu:,.0f} events/s); file {path.stat().st_size / 2**20:,.0f} MiB")
    query_figures(path, args.repeat)
    if not args.skip_pipeline:
        pipeline_figures(args.docs, args.jobs)


if __name__ == "__main__":
    main()

"""Long fuzz runs: thousands of hostile inputs through extraction, enrichment and coding, counted by kind.

The generators are the suite's (``tests/test_fuzz.py``), run here with many more examples and
bigger sizes, plus one 50 MB input through the CLI and the Python API. For each input the run
records how it ended (``ok``, an error code, or ``BUG`` for an exception that escaped a stage or
an ``E900`` reason), the CPU time it took, and the slowest document per kind; at the end, the
process's peak memory. Nothing is asserted: the figures go to bench/RESULTS.md ("Stage 8").

    python bench/fuzz.py                       # 500 examples per kind, the 50 MB input
    python bench/fuzz.py --examples 50 --no-big
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import test_fuzz as F  # noqa: E402 - the suite's generators

import eventwire  # noqa: E402
from eventwire.coding import code_article  # noqa: E402
from eventwire.nlp import annotate  # noqa: E402

LIMIT_S = 60.0  # a document taking longer than this counts as a hang


def _bug_key(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    return f"{type(exc).__name__}: {str(exc)[:100]} @ {where}"


def fuzz_kind(kind: str, examples: int, sizes: dict[str, object]) -> dict[str, object]:
    """Run ``examples`` inputs of one kind through extract → annotate → code; count the outcomes."""
    outcomes: Counter[str] = Counter()
    bugs: dict[str, str] = {}
    stats = {"inputs": 0, "bytes": 0, "events": 0, "cpu_s": 0.0, "slowest_cpu_s": 0.0, "hangs": 0}
    strategy = F.KINDS[kind](**sizes.get(kind, {}))  # type: ignore[arg-type]

    @settings(max_examples=examples, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def one(page: str | bytes) -> None:
        stats["inputs"] += 1
        stats["bytes"] += len(page.encode("utf-8", "surrogatepass") if isinstance(page, str) else page)
        started, wall = time.process_time(), time.monotonic()
        try:
            article = eventwire.extract(page)
            if article.reason and article.reason.startswith("[E900]"):
                outcomes["BUG"] += 1
                bugs.setdefault(article.reason[:160], repr(page[:200]))
            else:
                outcomes[article.status if article.ok else article.reason.split("]")[0].lstrip("[")] += 1
            if article.ok:
                stats["events"] += len(code_article(annotate(article)))
        except Exception as exc:  # noqa: BLE001 - an escaped exception is the finding
            outcomes["BUG"] += 1
            bugs.setdefault(_bug_key(exc), repr(page[:200]))
        cpu = time.process_time() - started
        stats["cpu_s"] += cpu
        stats["slowest_cpu_s"] = max(stats["slowest_cpu_s"], cpu)
        if time.monotonic() - wall > LIMIT_S:
            stats["hangs"] += 1

    one()
    return {"kind": kind, **stats, "outcomes": dict(outcomes.most_common()), "bugs": bugs}


BIG_TEXT = """
import resource, sys, time
import eventwire
data = open(sys.argv[1], "rb").read()
t = time.process_time()
a = eventwire.extract(data, max_bytes=int(sys.argv[2]))
print(a.status, (a.reason or "")[:90], len(a.body), round(time.process_time() - t, 1),
      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, sep="\\t")
"""


def big_inputs(size: int = 50_000_000) -> list[dict[str, object]]:
    """A 50 MB page of prose: through the CLI (the default 10 MB cap refuses it) and through the
    Python API with the cap raised, in subprocesses so each one's peak memory is its own."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.txt"
        paragraph = (F.prose([0, 1, 2, 3]) + "\n\n").encode()
        path.write_bytes(b"Fifty megabytes\n\n" + paragraph * (size // len(paragraph)))
        one_line = Path(tmp) / "one-line.txt"
        one_line.write_bytes(F.prose([4, 5, 6]).encode() * (size // 300))
        at_cap = Path(tmp) / "ten-mb.txt"
        at_cap.write_bytes(path.read_bytes()[:9_999_000])
        runs = [("cli, default cap", [sys.executable, "-m", "eventwire", "extract", str(path), "--format", "jsonl"]),
                ("api, default cap", [sys.executable, "-c", BIG_TEXT, str(path), "10000000"]),
                ("api, 10 MB page, default cap", [sys.executable, "-c", BIG_TEXT, str(at_cap), "10000000"]),
                ("api, cap 60 MB", [sys.executable, "-c", BIG_TEXT, str(path), "60000000"]),
                ("api, one 50 MB line, cap 60 MB", [sys.executable, "-c", BIG_TEXT, str(one_line), "60000000"])]
        for name, command in runs:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            wall = time.monotonic()
            try:
                done = subprocess.run(command, capture_output=True, text=True, timeout=900)
                exit_code, said = done.returncode, (done.stdout.strip()[:200] + " " + done.stderr.strip()[-300:])
            except subprocess.TimeoutExpired:
                exit_code, said = None, "HANG: killed after 900 s"
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            rows.append({"run": name, "exit": exit_code, "wall_s": round(time.monotonic() - wall, 1),
                         "cpu_s": round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 1),
                         "peak_rss_mb": after.ru_maxrss // 1024, "said": said.strip()})
    return rows


# Bigger sizes than the suite's for the kinds that have a size knob, and fewer examples of the
# huge lines (each is up to 500,000 characters through the parser: about 30 s of CPU).
BENCH_SIZES: dict[str, dict[str, int]] = {"huge_line": {"max_chars": 500_000}, "deep_html": {"max_depth": 20_000}}
BENCH_EXAMPLES: dict[str, int] = {"huge-line": 40}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=500, help="inputs per kind")
    parser.add_argument("--kinds", nargs="*", default=sorted(F.KINDS))
    parser.add_argument("--no-big", action="store_true", help="skip the 50 MB input")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    sizes = {kind: BENCH_SIZES.get(kind.replace("-", "_"), {}) for kind in args.kinds}
    load = os.getloadavg()
    # The 50 MB inputs first: Linux keeps a process's peak RSS across exec, so a child forked from
    # this process after the fuzzing (1.2 GB) would report at least that much.
    big = [] if args.no_big else big_inputs()
    rows = []
    for kind in args.kinds:
        row = fuzz_kind(kind, min(args.examples, BENCH_EXAMPLES.get(kind, args.examples)), sizes)
        rows.append(row)
        print(f"{kind:16} {row['inputs']:6} inputs {row['bytes'] / 1e6:8.1f} MB  cpu {row['cpu_s']:7.1f} s  "
              f"slowest {row['slowest_cpu_s']:5.2f} s  hangs {row['hangs']}  events {row['events']:5}  "
              f"{row['outcomes']}", flush=True)
        for key, example in row["bugs"].items():  # type: ignore[union-attr]
            print(f"    BUG {key}\n        e.g. {example}", flush=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    total = sum(r["inputs"] for r in rows)  # type: ignore[misc]
    bugs = sum(r["outcomes"].get("BUG", 0) for r in rows)  # type: ignore[union-attr]
    print(f"total {total} inputs, {bugs} bugs, peak RSS {peak} MB, load avg before {load[0]:.2f}", flush=True)
    for row in big:
        print(f"50 MB {row['run']:32} exit {row['exit']} wall {row['wall_s']} s cpu {row['cpu_s']} s "
              f"peak RSS {row['peak_rss_mb']} MB | {row['said']}", flush=True)
    if args.json:
        args.json.write_text(json.dumps({"kinds": rows, "big": big, "peak_rss_mb": peak,
                                         "load_before": load, "load_after": os.getloadavg()}, indent=1))


if __name__ == "__main__":
    main()

"""Dump extraction speed in pages per CPU-second, and a check that the output did not change.

    .venv/bin/python bench/dump_speed.py --save /tmp/dumps.jsonl           # record every dump's article
    .venv/bin/python bench/dump_speed.py --compare /tmp/dumps.jsonl        # same output now?
    .venv/bin/python bench/dump_speed.py --src /tmp/old/src --src src --rounds 3   # two trees side by side

Why CPU time and not the wall clock of ``bench/extraction.py``: the benchmark machine is shared
(two cores, several other jobs), so wall time mostly measures the neighbours; the process's own
CPU seconds (``time.process_time``) are far steadier. Each ``--src`` tree runs in its own
subprocess, rounds interleaved, so two versions see the same load; the load average is printed
beside every figure. The path timed is the CLI's: bytes -> decode -> dump extractor -> language,
over all 1171 benchmark dumps (Zyte-AEB and trafilatura-eval, as ``bench/extraction.py`` reads
them).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _items() -> list[tuple[str, str | None]]:
    sys.path.insert(0, str(HERE))
    from metrics import load

    return [(r["dump_text"], r.get("url")) for ds in ("zyte-aeb", "trafilatura-eval") for r in load(ds, "dumps")]


def _extractor() -> Any:
    from eventwire.pipeline import ExtractOptions, extract_raw
    from eventwire.records import RawDocument

    options = ExtractOptions()

    def ours(text: str, url: str | None) -> Any:
        url = url if url and url.startswith("http") else None  # as bench/extraction.py passes it
        return extract_raw(RawDocument(source="bench", data=text.encode("utf-8"), url=url), options)

    return ours


def child(repeat: int) -> None:
    """Time the whole pass ``repeat`` times in this process; print JSON (best and all rates)."""
    items = _items()
    ours = _extractor()
    # One untimed pass first: imports, model loads and lazily built tables are paid once per
    # process, not in the timed pass. (A warm-up on the first three pages left trafilatura's
    # import, ~0.6 CPU-s, in the first pass: the first page sniffed as HTML is page 660.)
    for text, url in items:
        ours(text, url)
    rates = []
    for _ in range(repeat):
        start = time.process_time()
        for text, url in items:
            ours(text, url)
        rates.append(len(items) / (time.process_time() - start))
    print(json.dumps({"pages": len(items), "rates": rates}))


def side_by_side(sources: list[str], rounds: int, repeat: int) -> None:
    """Run each source tree's child in turn, ``rounds`` times, and print pages per CPU-second."""
    results: dict[str, list[float]] = {s: [] for s in sources}
    for r in range(rounds):
        for src in sources:
            env = {**os.environ, "PYTHONPATH": str(Path(src).resolve())}
            load_before = os.getloadavg()[0]
            out = subprocess.run([sys.executable, __file__, "--child", str(repeat)], env=env, check=True,
                                 capture_output=True, text=True).stdout
            rates = json.loads(out.splitlines()[-1])["rates"]
            results[src] += rates
            print(f"round {r + 1} {src:<28} " + " ".join(f"{x:6.1f}" for x in rates)
                  + f" pages/CPU-s  load {load_before:.2f} -> {os.getloadavg()[0]:.2f}", flush=True)
    for src, rates in results.items():
        print(f"{src:<28} median {sorted(rates)[len(rates) // 2]:6.1f}  range {min(rates):.1f}-{max(rates):.1f} pages/CPU-s")


def snapshot(path: str | None, compare: str | None) -> None:
    """Write every dump's article record, or compare them to a file written earlier."""
    ours = _extractor()
    rows = [json.dumps(ours(text, url).to_dict(), sort_keys=True, ensure_ascii=False) for text, url in _items()]
    if path:
        Path(path).write_text("\n".join(rows) + "\n", encoding="utf-8")
        print(f"{len(rows)} records written to {path}")
    if compare:
        old = Path(compare).read_text(encoding="utf-8").splitlines()
        differ = [i for i, (a, b) in enumerate(zip(old, rows)) if a != b]
        print(f"{len(rows)} records, {len(old)} expected, {len(differ)} differ" + (f" (first: {differ[:10]})" if differ else ""))
        if differ or len(old) != len(rows):
            sys.exit(1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--save", help="write every dump's article record (JSON lines) here")
    parser.add_argument("--compare", help="compare every dump's article record to this file")
    parser.add_argument("--src", action="append", help="a source tree to time (repeatable; default: the installed one)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=1, help="timed passes per subprocess")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
    elif args.save or args.compare:
        snapshot(args.save, args.compare)
    else:
        side_by_side(args.src or [str(HERE.parent / "src")], args.rounds, args.repeat)


if __name__ == "__main__":
    main()

"""Dump extraction speed of an older source tree against this one, in one process, page by page in turn.

    .venv/bin/python bench/dump_speed_ab.py --old /tmp/ew_old/src --rounds 3 [--stages]

Why next to ``bench/dump_speed.py``: on the shared two-core machine its subprocess passes differ
by +-10% from one another (the neighbours' load changes between them), which hides a 10% gain
in a dozen passes. Here the older tree is imported as a package of another name
(``eventwire_old``, a copy made in a temporary directory) and the two extract each page in turn,
the order alternating, so both see the same load from second to second; the ratio of their CPU
times is steady to ~1% where the rates themselves still move with the load. Both versions'
records are compared first (the count of identical ones is printed). ``--stages`` adds the CPU
time of line splitting, line features, the line classifier and language id, a page, for each.
"""

from __future__ import annotations

import argparse
import collections
import importlib
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from dump_speed import _items  # noqa: E402

OLD = "eventwire_old"
STAGES = ("dump_lines", "line_features", "logit", "detect_language")


def _copy_as_old(src: str, into: Path) -> None:
    """Copy ``src``'s eventwire package to ``into/eventwire_old``, its data look-ups renamed."""
    target = into / OLD
    shutil.copytree(Path(src) / "eventwire", target)
    for path in target.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        renamed = text.replace('resources.files("eventwire")', f'resources.files("{OLD}")').replace(
            '"eventwire.data"', f'"{OLD}.data"')
        if renamed != text:
            path.write_text(renamed, encoding="utf-8")


def _extractor(package: str) -> Callable[[str, str | None], Any]:
    """``extract_raw`` of ``package`` on one benchmark dump, as ``bench/dump_speed.py`` calls it."""
    pipeline = importlib.import_module(f"{package}.pipeline")
    records = importlib.import_module(f"{package}.records")
    options = pipeline.ExtractOptions()

    def run(text: str, url: str | None) -> Any:
        url = url if url and url.startswith("http") else None
        return pipeline.extract_raw(records.RawDocument(source="bench", data=text.encode("utf-8"), url=url), options)

    return run


def _time_stages(package: str, tag: str, spent: collections.Counter) -> None:
    """Add each of :data:`STAGES`' CPU time to ``spent[(tag, stage)]`` (wrappers on the module names)."""
    dump = importlib.import_module(f"{package}.extract.dump")
    extract = importlib.import_module(f"{package}.extract")
    model = dump.load_model()

    def timed(owner: Any, name: str) -> None:
        inner = getattr(owner, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return inner(*args, **kwargs)
            finally:
                spent[(tag, name)] += time.process_time() - start

        setattr(owner, name, wrapper)

    for owner, name in ((dump, "dump_lines"), (dump, "line_features"), (model, "logit"), (extract, "detect_language")):
        timed(owner, name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--old", required=True, help="the older tree's src directory (e.g. a git worktree's)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--stages", action="store_true", help="also time the four main stages")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ew_ab_") as tmp:
        _copy_as_old(args.old, Path(tmp))
        sys.path.insert(0, tmp)
        items = _items()
        runs = {"old": _extractor(OLD), "new": _extractor("eventwire")}
        same = sum(json.dumps(runs["old"](t, u).to_dict(), sort_keys=True) == json.dumps(runs["new"](t, u).to_dict(), sort_keys=True)
                   for t, u in items)  # also the untimed warm-up pass of both
        print(f"identical records: {same} of {len(items)}", flush=True)
        spent: collections.Counter = collections.Counter()
        if args.stages:
            _time_stages(OLD, "old", spent)
            _time_stages("eventwire", "new", spent)
        ratios = []
        for r in range(args.rounds):
            cpu = {"old": 0.0, "new": 0.0}
            load = os.getloadavg()[0]
            for k, (text, url) in enumerate(items):
                for name in (("old", "new") if k % 2 == 0 else ("new", "old")):
                    start = time.process_time()
                    runs[name](text, url)
                    cpu[name] += time.process_time() - start
            ratios.append(cpu["old"] / cpu["new"])
            print(f"round {r + 1}: old {len(items) / cpu['old']:6.1f}  new {len(items) / cpu['new']:6.1f} pages/CPU-s"
                  f"  old/new CPU {ratios[-1]:.3f}  load {load:.2f} -> {os.getloadavg()[0]:.2f}", flush=True)
        print(f"old/new CPU time: median {sorted(ratios)[len(ratios) // 2]:.3f}, range {min(ratios):.3f}-{max(ratios):.3f}")
        for stage in STAGES if args.stages else ():
            old, new = (spent[(tag, stage)] / args.rounds / len(items) * 1e6 for tag in ("old", "new"))
            print(f"{stage:16} old {old:6.0f} us  new {new:6.0f} us a page")


if __name__ == "__main__":
    main()

"""The no-event gate's CPU cost: code the same annotated articles with the gate off and on, in turn.

    .venv/bin/python tools/gate_cost.py [--articles 120 --rounds 3]

Annotation (the parse) dominates the pipeline's time, so the articles are annotated once and only
``code_annotated`` is timed, alternating off/on so that the shared machine's load hits both alike.
The articles are Zyte-AEB gold bodies (read from ../shared at run time).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import precision  # noqa: E402

from eventwire.coding import gate  # noqa: E402
from eventwire.coding.coder import code_annotated  # noqa: E402
from eventwire.nlp import annotate_many  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    articles = [a for a in precision.articles() if a.source == "zyte"][: args.articles]
    start = time.process_time()
    annotated = list(annotate_many(articles))
    print(f"annotate: {time.process_time() - start:.1f} CPU-s for {len(annotated)} articles")
    runs: dict[bool, list[str]] = {False: [], True: []}
    try:
        for _ in range(args.rounds):
            for on in (False, True):
                gate.set_enabled(on)
                start = time.process_time()
                events = sum(len(code_annotated(a)) for a in annotated)
                runs[on].append(f"{time.process_time() - start:.2f} CPU-s / {events} events")
    finally:
        gate.set_enabled(None)
    for on in (False, True):
        print(f"code, gate {'on ' if on else 'off'}: " + ", ".join(runs[on]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

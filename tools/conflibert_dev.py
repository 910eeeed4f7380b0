"""What the coder gets wrong on ConfliBERT's training sentences, the dev set for PentaClass.

    .venv/bin/python tools/conflibert_dev.py                 # confusion matrix (gold rows, ours columns)
    .venv/bin/python tools/conflibert_dev.py --show 4:0      # gold class 4 that we code as 0 (no event)
    PYTHONPATH=/tmp/old/src .venv/bin/python tools/conflibert_dev.py --save old.jsonl   # to diff two trees

Why a tool of its own: ``bench/events.py --only conflibert_dev`` gives the figure; writing rules
needs the sentences behind it, grouped by the confusion, with the trigger we chose. The test half
(``cameo_class_test.tsv``) is held out entirely and never read here. Classes: 0 statement or no
event, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import events_data as data  # noqa: E402
from events_systems import eventwire_system, top  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", default="", help="GOLD:OURS, e.g. 4:0, to list those sentences")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--save", default="", help="write every sentence's gold, class and event here (JSON lines)")
    args = parser.parse_args()
    records = data.load_conflibert("train")
    records = records[:args.limit] if args.limit else records
    confusion: Counter[tuple[int, int]] = Counter()
    wanted = tuple(int(x) for x in args.show.split(":")) if args.show else None
    saved: list[str] = []
    for record in records:
        best = top(eventwire_system(record["text"], None))
        ours = (data.penta(best.cameo[:2] if best.cameo else None) or 0) if best else 0
        what = f"{best.event}/{best.cameo} [{best.trigger}]" if best else None
        confusion[(record["label"], ours)] += 1
        saved.append(json.dumps({"gold": record["label"], "ours": ours, "text": record["text"], "event": what}))
        if wanted == (record["label"], ours):
            print(f"{what or '-':<32} {record['text']}")
    if args.save:
        Path(args.save).write_text("\n".join(saved) + "\n", encoding="utf-8")
    print("gold\\ours " + " ".join(f"{c:>5}" for c in range(5)))
    for g in range(5):
        print(f"{g:>9} " + " ".join(f"{confusion[(g, c)]:>5}" for c in range(5)))


if __name__ == "__main__":
    main()

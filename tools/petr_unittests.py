"""PETRARCH-2 unit-test sentences as a dev signal for CAMEO roots: root accuracy, coverage, misses.

    PYTHONPATH=src .venv/bin/python tools/petr_unittests.py            # figures and every miss
    PYTHONPATH=src .venv/bin/python tools/petr_unittests.py --quiet    # figures only
    PYTHONPATH=src .venv/bin/python tools/petr_unittests.py --tsv OUT  # one row per sentence, to diff runs

The 284 sentences of PETRARCH-2's own unit-test suite (../shared/bench/events/petrarch2_unittests,
DATA.md there) are invented (Middle-earth "countries") and test a dictionary coder's mechanics, so
only the CAMEO root is scored: a sentence is right when ANY of our events has a root among the
roots of its expected codes (the best-matching event; the actors are fictional, and compound actors
expand into several expected dyads). Several expected codes are test-only codes of the suite's own
dictionary, not CAMEO (roots 21-22, 34, 80, 90, 91); a sentence is scored only when one of its
expected roots is a real CAMEO root a PLOVER coder emits (02-20; 01 statements are not coded).
An event's root is its CAMEO code's, else a representative root of its PLOVER type (as in
``bench/events.py``). Also printed: how many of the suite's no-event sentences we code.

This is dev data (rules may be written from it). The PETRARCH-2 *validation* set
(petrarch2_gsr_validation, ``bench/events.py --only petr``) is held out and is not read here.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from events_systems import eventwire_system  # noqa: E402

DATA = ROOT.parent / "shared" / "bench" / "events" / "petrarch2_unittests" / "petr_unittests.jsonl.gz"
CODABLE = {f"{n:02d}" for n in range(2, 21)}  # real CAMEO roots a PLOVER coder emits


def load() -> list[dict]:
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def published(record: dict) -> str | None:
    d = record.get("date") or ""
    return f"{d[:4]}-{d[4:6]}-{d[6:8]}" if len(d) == 8 else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quiet", action="store_true", help="figures only, no misses")
    parser.add_argument("--tsv", help="write one row per sentence: id, verdict, expected roots, our roots, text")
    args = parser.parse_args()
    records = load()
    counts: Counter[str] = Counter()
    by_root: Counter[tuple[str, str]] = Counter()
    rows, misses = [], []
    for r in records:
        preds = eventwire_system(r["text"], published(r))
        ours = [f"{p.root}:{p.event}:{p.trigger}" for p in preds]
        roots = {p.root for p in preds}
        if r.get("noevents") or r.get("error") or not r["expected"]:
            verdict = "noevent-coded" if preds else "noevent-quiet"
            counts[verdict] += 1
            if preds:
                misses.append((r, verdict, ours))
            rows.append((r["id"], verdict, "-", ",".join(ours), r["text"]))
            continue
        expected = sorted({e["code"][:2] for e in r["expected"]})
        scorable = [x for x in expected if x in CODABLE]
        if not scorable:
            verdict = "testonly"
        elif roots & set(scorable):
            verdict = "right"
        elif preds:
            verdict = "wrong"
        else:
            verdict = "none"
        counts[verdict] += 1
        if verdict in ("right", "wrong", "none"):
            by_root[(scorable[0], verdict)] += 1
        if verdict in ("wrong", "none"):
            misses.append((r, verdict, ours))
        rows.append((r["id"], verdict, ",".join(expected), ",".join(ours), r["text"]))
    scored = counts["right"] + counts["wrong"] + counts["none"]
    print(f"scored {scored}: right {counts['right']} wrong {counts['wrong']} none {counts['none']}"
          f"  root_acc {counts['right'] / scored:.3f}  coverage {(counts['right'] + counts['wrong']) / scored:.3f}"
          f"  precision {counts['right'] / max(1, counts['right'] + counts['wrong']):.3f}")
    print(f"test-only codes (not scored) {counts['testonly']}; no-event sentences coded "
          f"{counts['noevent-coded']} of {counts['noevent-coded'] + counts['noevent-quiet']}")
    print("by expected root (right/wrong/none): " + "  ".join(
        f"{root}:{by_root[(root, 'right')]}/{by_root[(root, 'wrong')]}/{by_root[(root, 'none')]}"
        for root in sorted({k[0] for k in by_root})))
    if not args.quiet:
        for r, verdict, ours in misses:
            exp = ",".join(sorted({e['code'] for e in r["expected"]})) or "-"
            print(f"{verdict:14} {r['id']:14} exp {exp:12} ours {' '.join(ours) or '-'} | {r['text']}")
    if args.tsv:
        with open(args.tsv, "w", encoding="utf-8") as out:
            for row in rows:
                out.write("\t".join(row).replace("\n", " ") + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Scorer for our own labelled sentences, ``src/eventwire/data/labelled_events.jsonl``.

This set was written for eventwire (Apache-2.0) and may be used for training and tuning, unlike
the benchmarks. It scores what the benchmarks cannot: the explicit no-event decision and the
modality flags. Per sentence, with our events and the gold list:
- type accuracy on sentences with a gold event: our top-confidence type is one of the gold types;
- event detection: a sentence is positive when it has any event (flags included), precision and
  recall of "we coded something"; and the same for *asserted* events only (neither negated nor
  hypothetical), which is what a precision-first user filters to;
- modality: for every gold event that we coded with the same type, each of the four flags right
  (accuracy, whose all-false baseline is high), precision/recall/F1 of each flag (the informative
  figure: does the coder find the negated, hypothetical, future, historical events), and all four
  right at once.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from events_metrics import prf, ratio
from events_systems import SYSTEMS, Pred, top

DATA = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "labelled_events.jsonl"
FLAGS = ("negated", "hypothetical", "future", "historical")


def load_ours() -> list[dict[str, Any]]:
    with DATA.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def asserted(flags: dict[str, Any] | Pred) -> bool:
    get = flags.get if isinstance(flags, dict) else lambda k, d=False: getattr(flags, k, d)
    return not get("negated", False) and not get("hypothetical", False)


def ours_scores(records: list[dict[str, Any]], preds: list[list[Pred]]) -> dict[str, Any]:
    preds = [[p for p in ps if p.event] for ps in preds]  # the floor's 01 statements are no PLOVER event
    eventful = [(r, p) for r, p in zip(records, preds) if r["events"]]
    type_hits = sum((t := top(p)) is not None and t.event in {e["event"] for e in r["events"]} for r, p in eventful)

    def detection(gold_pos: list[bool], pred_pos: list[bool]) -> dict[str, Any]:
        return prf(sum(g and p for g, p in zip(gold_pos, pred_pos)), sum(p and not g for g, p in zip(gold_pos, pred_pos)),
                   sum(g and not p for g, p in zip(gold_pos, pred_pos)))

    flag_hits = {f: 0 for f in FLAGS}
    flag_counts = {f: [0, 0, 0] for f in FLAGS}  # tp, fp, fn
    exact = matched = 0
    for r, ps in eventful:
        for e in r["events"]:
            same = sorted((p for p in ps if p.event == e["event"]), key=lambda p: -p.confidence)
            if not same:
                continue
            matched += 1
            right = [bool(e.get(f)) == bool(getattr(same[0], f)) for f in FLAGS]
            for f, ok in zip(FLAGS, right):
                flag_hits[f] += ok
                gold, ours = bool(e.get(f)), bool(getattr(same[0], f))
                if gold or ours:
                    flag_counts[f][0 if gold and ours else 1 if ours else 2] += 1
            exact += all(right)
    n_events = sum(len(r["events"]) for r in records)
    return {
        "n": len(records), "n_eventful": len(eventful), "type_acc": ratio(type_hits, len(eventful)),
        "detect_any": detection([bool(r["events"]) for r in records], [bool(p) for p in preds]),
        "detect_asserted": detection([any(asserted(e) for e in r["events"]) for r in records],
                                     [any(asserted(x) for x in p) for p in preds]),
        "events_matched": ratio(matched, n_events), "n_events": n_events,
        "flag_acc": {f: ratio(v, matched) for f, v in flag_hits.items()}, "flags_all_right": ratio(exact, matched),
        "n_matched": matched, "flag_prf": {f: prf(*c) for f, c in flag_counts.items()},
    }


def bench_ours(limit: int) -> tuple[dict[str, Any], list[tuple[str, str, str, dict[str, Any], int]]]:
    records = load_ours()
    records = records[:limit] if limit else records
    result = {name: ours_scores(records, [system(r["text"], r.get("published")) for r in records])
              for name, system in SYSTEMS.items()}
    f = result["floor"]
    rows = [("ours", "type_acc", "", {s: result[s]["type_acc"] for s in SYSTEMS}, f["n_eventful"])]
    for key in ("detect_any", "detect_asserted"):
        for part in ("p", "r"):
            rows.append(("ours", f"{key} {'precision' if part == 'p' else 'recall'}", "",
                         {s: result[s][key][part] for s in SYSTEMS}, f["n"]))
    rows.append(("ours", "events matched by type", "", {s: result[s]["events_matched"] for s in SYSTEMS}, f["n_events"]))
    for flag in FLAGS:
        rows.append(("ours", f"flag {flag} F1 (matched)", "", {s: result[s]["flag_prf"][flag]["f1"] for s in SYSTEMS},
                     result["eventwire"]["n_matched"]))
    rows.append(("ours", "all four flags right (matched)", "", {s: result[s]["flags_all_right"] for s in SYSTEMS},
                 result["eventwire"]["n_matched"]))
    return result, rows

"""Dev items where the dictionary floor is right and our coder is wrong or silent, with the reason.

    .venv/bin/python tools/floor_gap.py                      # GSR dev half, CASE dev half, ConfliBERT train
    .venv/bin/python tools/floor_gap.py --only gsr --both    # also the items we get and the floor misses

Why: on the type benchmarks a sentence we code nothing for is always wrong, and the floor (first
CAMEO verb, no parse) covers more. Listing where it wins, next to what our coder did with the
no-event gate on and off, says which cause to fix: ``GATE`` (the gate dropped a right candidate),
``SILENT`` (no candidate at all, or only CAMEO statements), ``TYPE`` (a candidate of the wrong type);
with ``--wrong`` also the items both get wrong (cause suffixed ``-both``).
Only dev data: GSR odd ids, CASE odd ids, ConfliBERT's *training* sentences. PETRARCH-2 and the
ConfliBERT test are held out and never read here.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import events_data as data  # noqa: E402
from events_systems import Pred, eventwire_system, floor_system, top  # noqa: E402

from eventwire.coding import gate  # noqa: E402


def _label(pred: Pred | None) -> str:
    return f"{pred.event}/{pred.cameo} [{pred.trigger}]" if pred else "-"


def _items(only: set[str]) -> list[tuple[str, str, dict[str, Any], Any]]:
    """(benchmark, id, record, scorer) for every dev item; a scorer maps a top event to right/wrong."""
    out: list[tuple[str, str, dict[str, Any], Any]] = []
    if "gsr" in only:
        for r in data.load_gsr():
            if r["split"] == "dev":
                out.append(("gsr", r["id"], r, lambda p, r=r: bool(p) and p.event == r["event"]))
    if "case" in only:
        records, label_map = data.load_case()
        for r in records:
            row = label_map.get(r["label"], {})
            event = (row.get("plover_event") or "").strip()
            if int(r["id"]) % 2 == 1 and row.get("origin") == "ACLED" and event:
                r = {**r, "event": event}
                out.append(("case", r["id"], r, lambda p, r=r: bool(p) and p.event == r["event"]))
    if "cbert" in only:
        for k, r in enumerate(data.load_conflibert("train")):
            r = {**r, "event": r["label"]}
            out.append(("cbert", str(k), r, lambda p, r=r: (data.penta(p.root) if p else 0) == r["label"]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", default="gsr,case,cbert", help="comma-separated subset of gsr,case,cbert")
    parser.add_argument("--both", action="store_true", help="also list items we get right and the floor misses")
    parser.add_argument("--wrong", action="store_true", help="every item we get wrong, whatever the floor did")
    args = parser.parse_args()
    causes: Counter[tuple[str, str]] = Counter()
    for bench, item_id, record, right in _items(set(args.only.split(","))):
        plover = bench != "cbert"
        floor = top(floor_system(record["text"], record.get("published")), plover_only=plover)
        ours = top(eventwire_system(record["text"], record.get("published")), plover_only=plover)
        floor_ok, ours_ok = right(floor), right(ours)
        if ours_ok and not (args.both and not floor_ok):
            continue
        if not ours_ok and floor_ok == ours_ok and not args.wrong:
            continue
        if ours_ok:
            cause = "WIN"
        else:
            gate.set_enabled(False)
            try:
                ungated = top(eventwire_system(record["text"], record.get("published")), plover_only=plover)
            finally:
                gate.set_enabled(None)
            cause = ("GATE" if right(ungated) else "SILENT" if ours is None and ungated is None
                     else "TYPE") + ("" if floor_ok else "-both")
        causes[(bench, cause)] += 1
        print(f"{bench}\t{item_id}\t{cause}\tgold={record['event']}\tfloor={_label(floor)}\tours={_label(ours)}"
              f"\t{record['text'][:300]}")
    for (bench, cause), n in sorted(causes.items()):
        print(f"# {bench} {cause}: {n}")


if __name__ == "__main__":
    main()

"""Carry dev verdicts over to events whose ids changed while the event itself did not.

    .venv/bin/python tools/carry_verdicts.py OLD.tsv NEW.tsv [--repair] [--write]

OLD.tsv and NEW.tsv are two runs of ``tools/dev_precision.py`` on the same articles (the old tree's
and the new one's). An event id hashes the sentence's and the trigger's character offsets, so a change
that only moves text (the mojibake repair of the fourteenth session shortens "â€™" to "’" and shifts
every later offset) gives the same event a new id and leaves its verdict behind. A NEW row without a
verdict takes the verdict of an OLD row when everything a judge reads is identical: the event as
``bench/precision.py`` describes it (type, mode, flags, trigger, actors, recipients, date and the whole
sentence) without its id. ``--repair`` first applies ``eventwire.ingest.mojibake.repair_mojibake`` to the
old description, so that text the repair changed still matches. An event whose parties, type or
flags changed is left unjudged: a judge reads it afresh.

Without ``--write`` the tool only counts; with it the carried rows are appended to
``bench/data/dev_judgments.tsv``, each reason marked "[carried]" where the line has room (reasons are
at most 120 characters); say in the commit what changed the ids.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from eventwire.ingest.mojibake import repair_mojibake

ROOT = Path(__file__).resolve().parents[1]
JUDGED = ROOT / "bench" / "data" / "dev_judgments.tsv"
FIELDS = ("id", "sentence_hash", "verdict", "flags", "category", "reason", "event")


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return [dict(zip(FIELDS, line.rstrip("\n").split("\t"))) for line in handle if line.strip()]


def without_id(row: dict[str, str]) -> str:
    """The description a judge read, less the leading id."""
    return row["event"].split("  ", 1)[1] if "  " in row["event"] else row["event"]


def carried(old: list[dict[str, str]], new: list[dict[str, str]], repair: bool) -> list[tuple[dict[str, str],
                                                                                               dict[str, str]]]:
    """(new row, old row) pairs: the new row unjudged, the old one judged and described the same."""
    judged: dict[str, dict[str, str]] = {}
    for row in old:
        if row["verdict"] in ("right", "wrong"):
            text = without_id(row)
            judged.setdefault(repair_mojibake(text) if repair else text, row)
    return [(row, judged[without_id(row)]) for row in new
            if row["verdict"] == "UNJUDGED" and without_id(row) in judged]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--repair", action="store_true", help="repair mojibake in the old descriptions first")
    parser.add_argument("--write", action="store_true", help=f"append the carried rows to {JUDGED.name}")
    args = parser.parse_args()
    new_rows = read(args.new)
    pairs = carried(read(args.old), new_rows, args.repair)
    unjudged = sum(1 for row in new_rows if row["verdict"] == "UNJUDGED")
    print(f"{unjudged} unjudged new events; {len(pairs)} carried "
          f"({sum(1 for _, o in pairs if o['verdict'] == 'right')} right); {unjudged - len(pairs)} left to judge",
          file=sys.stderr)
    if args.write:
        with JUDGED.open("a", encoding="utf-8", newline="") as handle:
            out = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
            for new, old in pairs:
                # reasons stay one short line (tests/test_coding_gate.py); the provenance goes in the commit
                mark = " [carried]" if len(old["reason"]) + 10 <= 120 else ""
                # rows from the precision figure's file carry no category: "ok" or "other"
                category = old["category"] or ("ok" if old["verdict"] == "right" else "other")
                out.writerow([new["id"], new["sentence_hash"], old["verdict"], category, old["reason"] + mark])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

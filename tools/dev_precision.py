"""Dev precision: every event the coder writes for the dev articles, joined to the dev judgments.

    .venv/bin/python tools/dev_precision.py OUT.tsv     # prints right / wrong / unjudged and precision
    .venv/bin/python tools/dev_precision.py OUT.tsv --india   # the IndiaPoliceEvents dev half instead

The dev articles are those of ``tools/train_gate.py`` (GeoWebNews and the English trafilatura-eval
dev pages); events are coded as the pipeline does (``code_annotated``: article dates, merged per
article), unlike ``train_gate.py --show``, which lists candidates before merging and without the
article's dates. OUT.tsv holds one row per event (id, sentence hash, verdict, flags, category,
reason, the event as ``bench/precision.py`` describes it) so that two coders' runs can be compared
row by row; a newer judgment row for an id replaces an older one, whatever the flags.

``--india`` codes the IndiaPoliceEvents articles of the dev half instead (``bench/precision.py
--split fresh-dev``, from the ninth session): police and riot news of March 2002, a domain the
other dev articles barely hold. Their odd half is the held-out set of fresh draws 9 on.

``--split held`` (eleventh session) codes the retired held half of the first precision articles
(``bench/precision.py --split held``: WikiEvents, Zyte-AEB and LGL articles whose id hashes odd),
used up by draws 1-7 and since then new general-news data for the gate; its events are judged in
bench/data/precision_judgments.tsv (draws 1-7) and bench/data/dev_judgments.tsv. The current
held-out set (``--split fresh-held``) is never coded here.

``--part write`` / ``--part check`` (twenty-third session) keep only the articles of one half of the chosen dev
set, by another digit of the id hash than the held-out split uses. Why: two judges who wrote no rules re-judged 70
dev and 70 held-out Gujarat events blind and found 0.86 and 0.64 right (the earlier verdicts: 0.83 and 0.54), so
the gap between the dev and held-out halves of one corpus lies in the coder, not in the judging: rules fitted to the
sentences they were written from. Write and debug rules on the ``write`` part; judge a change by the ``check`` part,
whose ``OUT.tsv`` leaves out the sentences and descriptions (counts, ids, verdicts and a hash of each event's
description, so that a change of slots or date under the same id still shows in a row-by-row compare), so that it
stays unread. Both parts were read by earlier sessions: the check part guards only rules written from now on.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "bench"))

import train_gate  # noqa: E402
from precision import describe, flags  # noqa: E402

from eventwire.coding.coder import code_annotated  # noqa: E402
from eventwire.ids import short_hash  # noqa: E402
from eventwire.nlp import annotate_many  # noqa: E402


def part_of(doc_id: str) -> str:
    """Which part of a dev set an article is in: "write" or "check", by the second-last digit of its id hash
    (``bench/precision.py``'s halves use the last one, so the parts cut across them)."""
    return "check" if int(short_hash(doc_id)[-2], 16) % 2 else "write"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", help="the TSV to write, one row per event")
    parser.add_argument("--india", action="store_true", help="the IndiaPoliceEvents dev half instead")
    parser.add_argument("--split", choices=("held",),
                        help="held: the retired held half of the first precision articles instead")
    parser.add_argument("--part", choices=("write", "check"),
                        help="only one half of the chosen articles: write (rules are read from it) or check (counts only)")
    args = parser.parse_args()
    if args.split == "held":
        articles = train_gate.retired_held_articles()
    else:
        articles = train_gate.india_dev_articles() if args.india else train_gate.dev_articles()
    if args.part:
        articles = [a for a in articles if part_of(a.doc_id) == args.part]
    judged = train_gate.judgments()
    counts = {"right": 0, "wrong": 0, "UNJUDGED": 0}
    shown = args.part != "check"  # the check part's sentences stay unread
    with open(args.out, "w", encoding="utf-8") as out:
        for annotated in annotate_many(articles):
            for event in code_annotated(annotated):
                row = train_gate.verdict(event.id, flags(event), judged) or {}
                verdict = row.get("verdict", "UNJUDGED")
                counts[verdict] = counts.get(verdict, 0) + 1
                text = describe(event)
                read = [row.get("category", ""), row.get("reason", ""), text.replace("\n", " || ")] if shown \
                    else ["", "", "description " + short_hash(text)]
                out.write("\t".join([event.id, short_hash(event.evidence.text), verdict, flags(event), *read]) + "\n")
    judged_total = counts["right"] + counts["wrong"]
    print(f"right {counts['right']} wrong {counts['wrong']} unjudged {counts['UNJUDGED']}"
          + (f" precision {counts['right'] / judged_total:.3f}" if judged_total else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())

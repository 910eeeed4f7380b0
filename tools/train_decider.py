"""Train the coder's decision step: src/eventwire/data/decider.json.gz.

    .venv/bin/python tools/train_decider.py [--synthetic-weight 0.3] [--c 1.0] [--folds 5]

Training data (both may be shipped): our labelled sentences (src/eventwire/data/labelled_events.jsonl,
Apache-2.0) and the lead sentences of the NGEC synthetic stories
(../shared/bench/events/ngec_synthetic_plover, MIT; weak labels, down-weighted). No benchmark is
used. Each sentence runs through the real pipeline (spaCy, enrichment, triggers, rules); every
candidate it yields becomes one example:
- our sentences: a candidate whose trigger is part of a labelled event's trigger takes that event's
  type; other candidates are NONE (an extra event); when no candidate matches a labelled event,
  the most confident one takes its type. Sentences without events make every candidate NONE.
- synthetic stories: the most confident candidate of the lead sentence takes the story's label.
Prints cross-validated accuracy on our sentences (grouped by sentence) before writing the model.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from pathlib import Path
from typing import Any

from eventwire.coding.coder import sentence_candidates
from eventwire.coding.decide import NONE, features
from eventwire.nlp import annotate_many
from eventwire.records import Article

ROOT = Path(__file__).resolve().parents[1]
OURS = ROOT / "src" / "eventwire" / "data" / "labelled_events.jsonl"
SYNTHETIC = ROOT.parent / "shared" / "bench" / "events" / "ngec_synthetic_plover" / "gpt_synthetic_events_2023-10-19.jsonl.gz"
OUT = ROOT / "src" / "eventwire" / "data" / "decider.json.gz"


def lead(text: str) -> str:
    text = re.sub(r"^\(?[A-Z][\w .]*\)?\s*(--|-|—)\s*", "", text.strip())
    return re.split(r"(?<=[.!?])\s+", text)[0]


def candidates_of(texts: list[str], dates: list[str | None]) -> list[tuple[list[Any], Any]]:
    """(candidates, sentence span) of the first sentence... of every text, in order."""
    articles = [Article(doc_id=f"t{i}", source="train", status="ok", body=t, published=d)
                for i, (t, d) in enumerate(zip(texts, dates))]
    found = []
    for annotated in annotate_many(articles):
        doc = annotated.parse
        per_text = []
        for sentence in annotated.sentences:
            span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
            if span is not None:
                per_text.extend((c, span) for c in sentence_candidates(doc, span, sentence))
        found.append(per_text)
    return found


def label_ours(record: dict[str, Any], cands: list[tuple[Any, Any]]) -> list[str]:
    golds = record["events"]
    labels = [NONE] * len(cands)
    matched = set()
    for i, (cand, _) in enumerate(cands):
        word = cand.trigger.token.text.lower()
        for j, gold in enumerate(golds):
            if word in (gold.get("trigger") or "").lower().split():
                labels[i] = gold["event"]
                matched.add(j)
                break
    unmatched = [g for j, g in enumerate(golds) if j not in matched]
    free = [i for i, lab in enumerate(labels) if lab == NONE]
    if unmatched and free:
        best = max(free, key=lambda i: cands[i][0].confidence)
        labels[best] = unmatched[0]["event"]
    return labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--synthetic-weight", type=float, default=0.3)
    parser.add_argument("--c", type=float, default=1.0)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    ours = [json.loads(line) for line in OURS.open(encoding="utf-8")]
    X: list[dict[str, float]] = []
    y: list[str] = []
    weight: list[float] = []
    group: list[int] = []
    for k, (record, cands) in enumerate(zip(ours, candidates_of([r["text"] for r in ours],
                                                               [r.get("published") for r in ours]))):
        for (cand, span), label in zip(cands, label_ours(record, cands)):
            X.append(features(cand, span)); y.append(label); weight.append(1.0); group.append(k)
    n_ours = len(X)
    with gzip.open(SYNTHETIC, "rt", encoding="utf-8") as handle:
        stories = [json.loads(line) for line in handle]
    for k, (story, cands) in enumerate(zip(stories, candidates_of([lead(s["text"]) for s in stories],
                                                                  [None] * len(stories)))):
        if cands:
            cand, span = max(cands, key=lambda pair: pair[0].confidence)
            X.append(features(cand, span)); y.append(story["label"]); weight.append(args.synthetic_weight)
            group.append(100_000 + k)
    print(f"examples: {n_ours} from our sentences ({sum(1 for v in y[:n_ours] if v == NONE)} NONE), "
          f"{len(X) - n_ours} from synthetic leads")

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(X)
    model = LogisticRegression(C=args.c, max_iter=3000)
    correct = total = rule_correct = 0
    for train, test in GroupKFold(n_splits=args.folds).split(matrix, y, group):
        model.fit(matrix[train], [y[i] for i in train], sample_weight=[weight[i] for i in train])
        for i, pred in zip(test, model.predict(matrix[test])):
            if i < n_ours:
                total += 1
                correct += pred == y[i]
                rule = next(k[5:] for k in X[i] if k.startswith("rule="))
                rule_correct += (rule == y[i])
    print(f"cross-validated candidate accuracy on our sentences: model {correct / total:.3f}, "
          f"rules alone {rule_correct / total:.3f} (n={total})")
    model.fit(matrix, y, sample_weight=weight)
    names = vectorizer.get_feature_names_out()
    weights: dict[str, list[list[float]]] = {}
    for j, name in enumerate(names):
        column = [[i, round(float(model.coef_[i, j]), 4)] for i in range(len(model.classes_))
                  if abs(model.coef_[i, j]) >= 1e-3]
        if column:
            weights[str(name)] = column
    data = {"classes": [str(c) for c in model.classes_], "intercept": [round(float(v), 4) for v in model.intercept_],
            "weights": weights, "trained_on": "labelled_events.jsonl + NGEC synthetic leads"}
    with gzip.open(OUT, "wt", encoding="utf-8") as handle:
        json.dump(data, handle, separators=(",", ":"))
    print(f"wrote {OUT.relative_to(ROOT)}: {len(weights)} features x {len(model.classes_)} classes, "
          f"{OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()

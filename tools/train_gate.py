"""Train the coder's no-event gate (src/eventwire/data/gate.json.gz) on judged dev candidates.

Writing that file switches the gate on in the coder (it is not shipped yet; see eventwire.coding.gate).

    .venv/bin/python tools/train_gate.py --show [--seed 3 --n 150]   # unjudged dev candidates to judge
    .venv/bin/python tools/train_gate.py [--c 1 --gold-weight 1 --keep-gold 0.98]  # cross-validate, pick threshold, write

Dev material: the GeoWebNews articles (../shared/bench/geo/GeoWebNews, read at run time), the dev set
of the precision figure, the English pages of the trafilatura-eval dev half (even ids, the half
the extraction rules are written on), extracted by our extractor, and (from the sixth session on)
the dev half of the precision articles (WikiEvents, Zyte-AEB, LGL whose id hashes even, see
``bench/precision.py --split``) with their judgments in bench/data/precision_judgments.tsv; the
held-out half is never read here. Every candidate the rules and the decider keep
becomes one example, labelled from bench/data/dev_judgments.tsv (event id, sentence hash, verdict, category, a reason in our words; no
article text): right means the event as coded (type, actor, recipient, modality flags) is what a
careful reader would code. A judged id the coder no longer produces (its rules or actor resolution
moved on) is skipped; ``--show`` lists the new candidates to judge.

So that the gate does not learn "news prose is no event", the dev halves of two benchmarks add
labels that need no judging (weighted by ``--gold-weight``): a CASE 2021 dev snippet's (odd id)
candidate of the snippet's mapped PLOVER type is right, every candidate of a disaster snippet is
wrong; a PLOVER GSR dev sentence's (odd id) candidate of the gold type is right. Other candidates
of those sentences are left out (they may be events the gold does not list).

Cross-validation is grouped by article. The threshold maximises F0.5 of "right" on the judged
out-of-fold probabilities (precision first, as the issue asks) among thresholds that keep at least
``--keep-gold`` of the benchmark dev events, so the gate does not buy precision with their recall.

From the tenth session: ``--india-weight`` weighs the judged IndiaPoliceEvents candidates (one
domain, police and riot news of one month, that would otherwise outnumber the rest), ``--floor``
writes a model whose floor passes every plain report between two states with the second state as
its recipient (``eventwire.coding.gate.state_dyad``; the threshold is then chosen with the floor
applied; the shipped gate's threshold was chosen with the looser floor of 42bcf75), and ``--out`` writes elsewhere
than the shipped file (``EVENTWIRE_GATE_MODEL=that file`` makes the coder use it).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import pickle
import random
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.coding.coder import _to_event, sentence_candidates
from eventwire.coding.decide import decide
from eventwire.coding.gate import gate_features
from eventwire.ids import short_hash
from eventwire.nlp import annotate_many
from eventwire.records import Article, Event

ROOT = Path(__file__).resolve().parents[1]
GWN = ROOT.parent / "shared" / "bench" / "geo" / "GeoWebNews" / "GWN.xml"
JUDGED = ROOT / "bench" / "data" / "dev_judgments.tsv"
OUT = ROOT / "src" / "eventwire" / "data" / "gate.json.gz"
sys.path.insert(0, str(ROOT / "bench"))
import events_data  # noqa: E402
import precision  # noqa: E402
from precision import describe, flags  # noqa: E402


def dev_articles() -> list[Article]:
    """GeoWebNews articles, then the English trafilatura-eval dev pages (even ids) as we extract them."""
    root = ET.parse(GWN).getroot()
    found = [Article(doc_id=f"gwn:{a.get('file', '')}", source="gwn", status="ok", body=a.findtext("text") or "")
             for a in root.iter("article")]
    found += precision.traf_english_pages(0)  # odd ids are the extraction benchmark's held-out half
    return found + precision.split_articles("dev")


# What a benchmark's gold accepts of a candidate: a set of PLOVER types, "penta:N" (ConfliBERT's
# class of the CAMEO root), or None for a disaster snippet, where every candidate is wrong.
Gold = set[str] | None


def gold_dev_articles() -> list[tuple[Article, Gold]]:
    """CASE and GSR dev texts with the PLOVER types their gold gives (``None``: a disaster, no event),
    and ConfliBERT's training sentences with their PentaClass (the same dev set ``bench/events.py
    --only conflibert_dev`` scores)."""
    records, label_map = events_data.load_case()
    found: list[tuple[Article, Gold]] = []
    for r in records:
        if int(r["id"]) % 2 != 1:
            continue  # even ids are held out
        row = label_map.get(r["label"], {})
        article = Article(doc_id=f"case:{r['id']}", source="case", status="ok", body=r["text"])
        if r["label"] in {"NATURAL_DISASTER", "MAN_MADE_DISASTER"}:
            found.append((article, None))
        elif row.get("origin") == "ACLED" and (row.get("plover_event") or "").strip():
            found.append((article, set(row["plover_event"].strip().split("|"))))
    for r in events_data.load_gsr():
        if r["split"] == "dev":
            found.append((Article(doc_id=f"gsr:{r['id']}", source="gsr", status="ok", body=r["text"],
                                  published=r["published"]), {r["event"]}))
    for i, r in enumerate(events_data.load_conflibert("train")):
        found.append((Article(doc_id=f"cbert:{i}", source="conflibert", status="ok", body=r["text"]),
                      {f"penta:{r['label']}"}))
    return found


def gold_accepts(gold: Gold, event: Event) -> bool:
    if gold is None:
        return True  # a disaster snippet: every candidate is an example (of a wrong one)
    return event.event in gold or f"penta:{events_data.penta(event.cameo)}" in gold


def dev_candidates(articles: list[Article] | None = None) -> Iterator[tuple[Event, str, dict[str, float]]]:
    """(event as the coder would write it, sentence hash, gate features) of every kept candidate."""
    for annotated in annotate_many(dev_articles() if articles is None else articles):
        doc = annotated.parse
        for sentence in annotated.sentences:
            span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
            if span is None:
                continue
            for cand in decide(sentence_candidates(doc, span, sentence), span):
                event = _to_event(cand, sentence, annotated.doc_id, None)
                yield event, short_hash(sentence.text), gate_features(cand, span, doc)


def judgments() -> dict[str, dict[str, str]]:
    """Dev verdicts by event id: ours, then those of the precision figure's dev half.

    A precision row that names flags holds only for an event flagged that way, so it is keyed
    "id|flags"; ``verdict`` looks both keys up."""
    found: dict[str, dict[str, str]] = {}
    for path in (precision.JUDGMENTS, JUDGED):
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                for row in csv.DictReader(handle, delimiter="\t"):
                    found[f"{row['event_id']}|{row['flags']}" if row.get("flags") else row["event_id"]] = row
    return found


def verdict(event_id: str, event_flags: str, judged: dict[str, dict[str, str]]) -> dict[str, str] | None:
    return judged.get(f"{event_id}|{event_flags}") or judged.get(event_id)


def show(seed: int, n: int) -> None:
    judged = judgments()
    todo = [(e, h) for e, h, _ in dev_candidates() if verdict(e.id, flags(e), judged) is None]
    print(f"{len(todo)} unjudged dev candidates", file=sys.stderr)
    for event, sentence_hash in random.Random(seed).sample(todo, min(n, len(todo))):
        print(f"{sentence_hash}  {describe(event)}\n")


def india_dev_articles() -> list[Article]:
    """The IndiaPoliceEvents articles of the dev half (``bench/precision.py --split fresh-dev``, from the
    ninth session): riot and police news, a domain the other dev articles barely hold."""
    return [a for a in precision.fresh_articles("dev") if a.source == "india"]


def retired_held_articles() -> list[Article]:
    """The retired held half of the first precision articles (``bench/precision.py --split held``:
    WikiEvents news, Zyte-AEB bodies and LGL local news whose id hashes odd). Draws 1-7 used it up;
    from the eleventh session it is general-news training data for the gate (``--held-web``). The
    current held-out set, ``--split fresh-held``, is never read here."""
    return precision.split_articles("held")


def candidate_pool(cache: Path | None = None, india: bool = False) -> list[dict[str, Any]]:
    """Every dev candidate with its features: judged articles' ("judge": label from the judgments at
    training time) and the benchmark dev texts' (label from their gold); ``india`` adds the
    IndiaPoliceEvents dev half's. Parsing is the slow part, so ``cache`` keeps the pool between runs
    that only change labels or training settings."""
    if cache is not None and cache.exists():
        with cache.open("rb") as handle:
            return pickle.load(handle)
    pool: list[dict[str, Any]] = []
    for event, _, feats in dev_candidates(dev_articles() + (india_dev_articles() if india else [])):
        pool.append({"id": event.id, "flags": flags(event), "doc": event.doc_id, "feats": feats, "label": "judge"})
    gold = gold_dev_articles()
    types = {article.doc_id: kinds for article, kinds in gold}
    for event, _, feats in dev_candidates([article for article, _ in gold]):
        kinds = types[event.doc_id]
        if gold_accepts(kinds, event):
            pool.append({"id": event.id, "flags": flags(event), "doc": event.doc_id, "feats": feats,
                         "label": int(kinds is not None)})
    if cache is not None:
        with cache.open("wb") as handle:
            pickle.dump(pool, handle)
    return pool


def examples(gold_weight: float, cache: Path | None = None, words: bool = False, india: bool = False,
             india_weight: float = 1.0) -> tuple[list[dict[str, float]], list[int], list[float], list[str], list[bool]]:
    """Features, label (1 right), weight, group (article) and whether judged by hand, per example;
    the sentence's words (``w=``) only with ``words``. A judged IndiaPoliceEvents candidate weighs
    ``india_weight`` (the other judged ones 1), so that one domain of police and riot news need not
    outweigh the rest."""
    judged = judgments()
    X: list[dict[str, float]] = []
    y: list[int] = []
    weight: list[float] = []
    groups: list[str] = []
    by_hand: list[bool] = []
    for item in candidate_pool(cache, india):
        feats = item["feats"] if words else {k: v for k, v in item["feats"].items() if not k.startswith("w=")}
        if item["label"] == "judge":
            row = verdict(item["id"], item["flags"], judged)
            if row is None:
                continue
            X.append(feats); y.append(int(row["verdict"] == "right"))
            weight.append(india_weight if item["doc"].startswith("india:") else 1.0)
            groups.append(item["doc"]); by_hand.append(True)
        else:
            X.append(feats); y.append(item["label"]); weight.append(gold_weight)
            groups.append(item["doc"]); by_hand.append(False)
    return X, y, weight, groups, by_hand


def train(c: float, folds: int, gold_weight: float, keep_gold: float, cache: Path | None = None,
          words: bool = False, write: bool = True, india: bool = False, india_weight: float = 1.0,
          floor: bool = False, out: Path = OUT) -> None:
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    X, y, weight, groups, by_hand = examples(gold_weight, cache, words, india, india_weight)
    labels, weights, hand = np.array(y), np.array(weight), np.array(by_hand)
    # the gate's floor: a plain report between two states passes whatever its probability
    floored = np.array([bool(floor and f.get("state_dyad_recipient")) for f in X])
    in_india = np.array([g.startswith("india:") for g in groups])
    print(f"judged dev candidates: {hand.sum()} ({labels[hand].sum()} right, base precision "
          f"{labels[hand].mean():.3f}); benchmark dev candidates: {(~hand).sum()} ({labels[~hand].sum()} right)")
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(X)
    model = LogisticRegression(C=c, max_iter=5000)
    oof = np.zeros(len(y))
    for tr, te in GroupKFold(n_splits=folds).split(matrix, labels, groups):
        model.fit(matrix[tr], labels[tr], sample_weight=weights[tr])
        oof[te] = model.predict_proba(matrix[te])[:, 1]
    from sklearn.metrics import roc_auc_score
    print(f"out-of-fold AUC on the judged candidates: {roc_auc_score(labels[hand], oof[hand]):.3f}")
    dyads = hand & np.array([bool(f.get("state_dyad")) for f in X])
    print(f"judged state dyads (floored: {floor}): {dyads.sum()} ({labels[dyads].sum()} right)")
    gold_right = ~hand & (labels == 1)
    best = (-1.0, 0.0)
    print("threshold  kept  precision  recall  F0.5  gold kept  (out-of-fold, dev; first four on judged candidates)"
          "  | India: kept precision; older dev: kept precision")
    for threshold in np.arange(0.05, 0.81, 0.05):
        kept = (oof >= threshold) | floored
        tp = int((kept & hand & (labels == 1)).sum())
        n_kept = int((kept & hand).sum())
        precision = tp / max(1, n_kept)
        recall = tp / max(1, int((hand & (labels == 1)).sum()))
        f05 = 1.25 * precision * recall / max(1e-9, 0.25 * precision + recall)
        gold_kept = (kept & gold_right).sum() / max(1, gold_right.sum())
        split = "  | ".join(f"{int((kept & hand & part).sum()):5d} {(labels[kept & hand & part]).mean():.3f}"
                            for part in (in_india, ~in_india) if (kept & hand & part).any())
        print(f"{threshold:9.2f} {n_kept:5d} {precision:10.3f} {recall:7.3f} {f05:6.3f} {gold_kept:9.3f}  | {split}")
        if gold_kept >= keep_gold and f05 > best[0]:
            best = (f05, float(threshold))
    threshold = round(best[1], 2)
    model.fit(matrix, labels, sample_weight=weights)
    names = vectorizer.get_feature_names_out()
    weights_out = {str(n): round(float(w), 4) for n, w in zip(names, model.coef_[0]) if abs(w) >= 1e-3}
    data = {"intercept": round(float(model.intercept_[0]), 4), "weights": weights_out, "threshold": threshold,
            "floor": floor,
            "trained_on": f"{int(hand.sum())} judged dev candidates (bench/data/dev_judgments.tsv and the dev half "
                          f"of bench/data/precision_judgments.tsv) and {int((~hand).sum())} CASE/GSR/ConfliBERT dev "
                          f"candidates labelled from their gold; C={c}, gold weight {gold_weight}, words {words}, "
                          f"threshold kept >= {keep_gold} of the gold dev events"
                          + (f"; with the IndiaPoliceEvents dev half (weight {india_weight})" if india else "")
                          + ("; state dyads floored" if floor else "")}
    top = sorted(weights_out.items(), key=lambda kv: kv[1])
    print("most against:", ", ".join(f"{k} {v:+.2f}" for k, v in top[:12]))
    print("most for:", ", ".join(f"{k} {v:+.2f}" for k, v in top[-12:]))
    if not write:
        print(f"threshold {threshold}; dry run, no model written")
        return
    with gzip.open(out, "wt", encoding="utf-8") as handle:
        json.dump(data, handle, separators=(",", ":"), sort_keys=True)
    print(f"threshold {threshold}; wrote {out}: {len(weights_out)} weights, {out.stat().st_size:,} bytes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print unjudged dev candidates to judge")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--n", type=int, default=150)
    parser.add_argument("--c", type=float, default=1.0)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--gold-weight", type=float, default=1.0)
    parser.add_argument("--keep-gold", type=float, default=0.98)
    parser.add_argument("--cache", type=Path, help="keep the parsed candidate pool in this file between runs")
    parser.add_argument("--words", action="store_true", help="also learn from the sentence's words")
    parser.add_argument("--dry-run", action="store_true", help="cross-validate only; write no model")
    parser.add_argument("--out", type=Path, default=OUT,
                        help="where to write the model (default: the shipped file; EVENTWIRE_GATE_MODEL reads another)")
    parser.add_argument("--india", action="store_true", help="also the IndiaPoliceEvents dev half's judged candidates")
    parser.add_argument("--india-weight", type=float, default=1.0, help="weight of a judged IndiaPoliceEvents candidate")
    parser.add_argument("--floor", action="store_true",
                        help="let every plain report between two states through (eventwire.coding.gate.state_dyad)")
    args = parser.parse_args()
    if args.show:
        show(args.seed, args.n)
    else:
        train(args.c, args.folds, args.gold_weight, args.keep_gold, args.cache, args.words, not args.dry_run,
              args.india, args.india_weight, args.floor, args.out)


if __name__ == "__main__":
    main()

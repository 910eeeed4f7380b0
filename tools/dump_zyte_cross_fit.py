"""Zyte-AEB dump F1 out of fold: the line model cross-fitted with Zyte's own pages (thirteenth session).

Why: the trafilatura-eval-only line model reads 0.924 on Zyte's dumps (target 0.93), and features
tuned on trafilatura-eval did not carry over, because the two benchmarks label differently (Zyte's
gold keeps subheads, list items, numbered entries). Letting the model learn Zyte's labelling
without scoring it in-sample means cross-fitting: Zyte's 181 pages go into 5 fixed folds
(:func:`zyte_folds`); for fold k the model is fitted on every trafilatura-eval page (gold-corrected
labels, as shipped) plus the Zyte pages of the other four folds, labelled by Zyte's gold body
(:func:`train_dump_model.zyte_labels`), and scores the pages of fold k. The Zyte figure is the
benchmark's own F1 over all 181 pages, each scored out of fold, through ``bench/extraction.py``'s
code path (:func:`extraction.ours`, the whole path from bytes) and ``bench/metrics.py``'s
:func:`zyte_score`; the shipped model is scored in the same run.

Folds are drawn by host, not by page: Zyte's 181 pages come from 126 sites, and a page whose
site's template another fold's page taught the model would read better than an unseen site's.
The hosts (``www.`` dropped), sorted, are shuffled with ``random.Random(13)`` and each goes to the
fold with the fewest pages so far (ties: the lower fold number): 37 / 36 / 36 / 36 / 36 pages.

Measured 2026-11-27 (thirteenth session, bench/RESULTS.md "Stage 2, dump lines cross-fitted with
Zyte"): the shipped model 0.924 and, out of fold, Zyte pages labelled by ``contain`` at weight 1
0.921, at weight 3 0.923, with ``4gram`` labels at weight 3 0.923 (precision up, recall down each
time); trafilatura-eval out of fold (``--fit-halves``, weight 3) 0.875 against 0.878 without Zyte. So no
Zyte-fitted model was shipped and Zyte-AEB stays held out.
Usage::

    .venv/bin/python tools/dump_zyte_cross_fit.py --fit /tmp/zc/w1 [--zyte-weight 3] [--zyte-labels 4gram]
    .venv/bin/python tools/dump_zyte_cross_fit.py --evaluate /tmp/zc/w1 /tmp/zc/w3   # out-of-fold Zyte F1
    .venv/bin/python tools/dump_zyte_cross_fit.py --fit-halves /tmp/zc/h1 --evaluate-halves /tmp/zc/h1
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import train_dump_model as training  # same folder; puts src/ on the path

FOLDS = 5
SEED = 13


def host(url: str) -> str:
    """The page's host without ``www.`` (the unit the folds keep together)."""
    name = urlsplit(url).netloc.lower()
    return name[4:] if name.startswith("www.") else name


def zyte_folds(pages: list[dict]) -> dict[str, int]:
    """Fold number (0..4) of every page id; all pages of a host share a fold (see the module doc)."""
    by_host: dict[str, list[str]] = {}
    for page in pages:
        by_host.setdefault(host(page["url"]), []).append(page["id"])
    hosts = sorted(by_host)
    random.Random(SEED).shuffle(hosts)
    sizes = [0] * FOLDS
    fold: dict[str, int] = {}
    for name in hosts:
        k = min(range(FOLDS), key=lambda i: (sizes[i], i))
        sizes[k] += len(by_host[name])
        for page_id in by_host[name]:
            fold[page_id] = k
    return fold


def _spec(x, y, groups, boost, args, fitted_on: str) -> dict:
    spec = training.fit_stacked(x, y, groups, args, boost)
    spec["meta"] = {"fitted_on": fitted_on, "zyte_labels": args.zyte_labels, "zyte_weight": args.zyte_weight,
                    "trees": args.trees, "depth": args.depth}
    return spec


def fit_folds(folder: Path, args: argparse.Namespace) -> None:
    """``folder/fold{k}.json``: trafilatura-eval (gold-corrected) plus the Zyte pages outside fold k."""
    folder.mkdir(parents=True, exist_ok=True)
    traf = training.prepared_pages("trafilatura-eval", training.DEFAULT_CACHE, args.workers)
    x, y, groups = training.training_matrix(traf, training.gold_segments("trafilatura-eval"))
    zyte = training.zyte_pages(training.DEFAULT_CACHE, args.workers)
    fold = zyte_folds(zyte)
    for k in range(FOLDS):
        out = folder / f"fold{k}.json"
        if out.exists():
            continue  # resumable: a fold already fitted is kept
        started = time.time()
        rest = [p for p in zyte if fold[p["id"]] != k]
        fx, fy, fg, boost = training.with_zyte(x, y, groups, rest, args.zyte_labels, args.zyte_weight)
        spec = _spec(fx, fy, fg, boost, args, f"trafilatura-eval + zyte-aeb outside fold {k} ({len(rest)} pages)")
        out.write_text(json.dumps(spec, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {out} ({time.time() - started:.0f} s)", file=sys.stderr, flush=True)


def _bench():
    sys.path.insert(0, str(training.ROOT / "bench"))
    import extraction
    import metrics

    return extraction, metrics


def _bodies(records: list[dict], model_of) -> list[str]:
    """Each record through bench/extraction.py's path (:func:`extraction.ours`) with ``model_of(record)``."""
    extraction, _ = _bench()
    from eventwire.extract import dump

    shipped = dump.load_model
    out = []
    try:
        for record in records:
            model = model_of(record)
            dump.load_model = shipped if model is None else (lambda m=model: m)  # type: ignore[assignment]
            out.append(extraction.ours(record["dump_text"], record.get("url")).body)
    finally:
        dump.load_model = shipped
    return out


def paired(metrics, golds: list[str], new: list[str], old: list[str], rounds: int = 1000) -> str:
    """New minus old F1 with a paired bootstrap over pages (the metric's own aggregate)."""
    a = [metrics.shingle_counts(g, p) for g, p in zip(golds, new)]
    b = [metrics.shingle_counts(g, p) for g, p in zip(golds, old)]
    rng = random.Random(0)
    diffs = []
    for _ in range(rounds):
        pick = [rng.randrange(len(a)) for _ in a]
        diffs.append(metrics._aggregate([a[i] for i in pick])[2] - metrics._aggregate([b[i] for i in pick])[2])
    mean = sum(diffs) / len(diffs)
    std = (sum((d - mean) ** 2 for d in diffs) / (len(diffs) - 1)) ** 0.5
    changed = sum(x != y for x, y in zip(new, old))
    return (f"{metrics._aggregate(a)[2] - metrics._aggregate(b)[2]:+.4f} ± {std:.4f} "
            f"({sum(d > 0 for d in diffs) / len(diffs):.0%} of resamples in favour, {changed} pages change)")


def evaluate_folds(folders: list[Path]) -> None:
    """The shipped model and every folder's cross-fitted models on Zyte's dumps, one run."""
    from eventwire.extract.dump_model import DumpLineClassifier

    _, metrics = _bench()
    records = metrics.load("zyte-aeb", "dumps")
    fold = zyte_folds(records)
    golds = [r["gold_body"] for r in records]
    sizes = [sum(1 for r in records if fold[r["id"]] == k) for k in range(FOLDS)]
    print(f"zyte-aeb dumps: {len(records)} pages, folds by host of {sizes} pages")
    shipped = _bodies(records, lambda r: None)
    print(f"shipped model (trafilatura-eval only): {metrics.zyte_score(golds, shipped).row()}", flush=True)
    for folder in folders:
        models = [DumpLineClassifier(json.loads((folder / f"fold{k}.json").read_text())) for k in range(FOLDS)]
        bodies = _bodies(records, lambda r: models[fold[r["id"]]])
        meta = models[0].meta
        print(f"{folder} (zyte labels {meta.get('zyte_labels')}, weight {meta.get('zyte_weight')}), out of fold: "
              f"{metrics.zyte_score(golds, bodies).row()}; minus shipped {paired(metrics, golds, bodies, shipped)}")
        for k in range(FOLDS):
            mine = [i for i, r in enumerate(records) if fold[r["id"]] == k]
            old = metrics.zyte_score([golds[i] for i in mine], [shipped[i] for i in mine], bootstrap=0)
            new = metrics.zyte_score([golds[i] for i in mine], [bodies[i] for i in mine], bootstrap=0)
            print(f"  fold {k}: {len(mine)} pages, F1 {old.f1:.4f} -> {new.f1:.4f}")
        sys.stdout.flush()


def fit_halves(folder: Path, args: argparse.Namespace) -> None:
    """``folder/even.json`` / ``odd.json``: each half of trafilatura-eval plus every Zyte page (the
    trafilatura-eval figure out of fold for a model that has seen Zyte, as dump_cross_fit.py does)."""
    import dump_cross_fit

    folder.mkdir(parents=True, exist_ok=True)
    traf = training.prepared_pages("trafilatura-eval", training.DEFAULT_CACHE, args.workers)
    gold = training.gold_segments("trafilatura-eval")
    zyte = training.zyte_pages(training.DEFAULT_CACHE, args.workers)
    for name in dump_cross_fit.HALVES:
        out = folder / f"{name}.json"
        if out.exists():
            continue
        x, y, groups = training.training_matrix([p for p in traf if dump_cross_fit.half(p["id"]) == name], gold)
        fx, fy, fg, boost = training.with_zyte(x, y, groups, zyte, args.zyte_labels, args.zyte_weight)
        spec = _spec(fx, fy, fg, boost, args, f"trafilatura-eval {name} ids + every zyte-aeb page")
        out.write_text(json.dumps(spec, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {out}", file=sys.stderr, flush=True)


def evaluate_halves(folder: Path) -> None:
    """trafilatura-eval dumps, each page scored by the half model that did not see it, through
    bench/extraction.py's path and the segment metric; dev = even ids, held = odd ids."""
    import dump_cross_fit

    from eventwire.extract.dump_model import DumpLineClassifier

    _, metrics = _bench()
    other = {"even": "odd", "odd": "even"}
    models = {name: DumpLineClassifier(json.loads((folder / f"{other[name]}.json").read_text()))
              for name in dump_cross_fit.HALVES}
    records = metrics.load("trafilatura-eval", "dumps")
    bodies = _bodies(records, lambda r: models[dump_cross_fit.half(r["id"])])
    parts = [f"all {metrics.segment_score(records, bodies).row()}"]
    for name, label in (("even", "dev"), ("odd", "held")):
        mine = [i for i, r in enumerate(records) if dump_cross_fit.half(r["id"]) == name]
        parts.append(f"{label} {metrics.segment_score([records[i] for i in mine], [bodies[i] for i in mine]).row()}")
    print(f"trafilatura-eval dumps out of fold ({folder}): " + " | ".join(parts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fit", type=Path, help="fit the five fold models into this folder")
    parser.add_argument("--evaluate", type=Path, nargs="*", default=[], help="score these folders' fold models")
    parser.add_argument("--fit-halves", type=Path, help="fit trafilatura-eval halves + all Zyte into this folder")
    parser.add_argument("--evaluate-halves", type=Path, help="score trafilatura-eval dumps with these halves")
    parser.add_argument("--zyte-labels", default="contain", choices=list(training.ZYTE_RULES))
    parser.add_argument("--zyte-weight", type=float, default=1.0)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--trees", type=int, default=120)
    parser.add_argument("--depth", type=int, default=5)
    parser.add_argument("--min-leaf", type=int, default=40)
    args = parser.parse_args()
    args.weights = "line"  # as shipped
    if not (args.fit or args.evaluate or args.fit_halves or args.evaluate_halves):
        parser.error("nothing to do")
    if args.fit:
        fit_folds(args.fit, args)
    if args.fit_halves:
        fit_halves(args.fit_halves, args)
    if args.evaluate:
        evaluate_folds(args.evaluate)
    if args.evaluate_halves:
        evaluate_halves(args.evaluate_halves)


if __name__ == "__main__":
    main()

"""Train the page-dump line classifier by distant supervision (writes eventwire/data/dump_lines_model.json).

Why distant supervision: no corpus labels the lines of plain-text page dumps, but any HTML page can
be rendered to a dump, and trafilatura's HTML extraction of the same page (which sees the markup a
dump has lost) says which lines are article text. So, for every page of ONE benchmark:

1. render the HTML to a dump exactly as ``shared/bench/extraction/DATA.md`` describes
   (inscriptis 2.7.6, CSS profile ``relaxed``, no link URLs, no image alt text, whitespace
   collapsed, one non-empty block per line);
2. extract the page with trafilatura (``favor_precision=True``, no comments, the page URL);
3. label a dump line "body" when trafilatura's text contains it (see :func:`label_lines`); on
   trafilatura-eval, then correct those labels with the benchmark's gold segments (see
   :func:`gold_corrected`; ``--labels trafilatura`` skips this): a line holding a must-have
   segment is body, one holding a must-not-have segment is not. The issue allows fitting on one
   benchmark's gold and reporting on both; Zyte-AEB is never fitted on;
4. fit a gradient-boosted tree ensemble on :func:`eventwire.extract.dump_features.line_features`
   and export it as JSON for :mod:`eventwire.extract.dump_model`.

Reproducible: fixed seeds, pinned renderer, cached renderings (``--cache``). Needs the ``[dev]``
extra (inscriptis, scikit-learn). Usage::

    .venv/bin/python tools/train_dump_model.py                 # fit on trafilatura-eval (gold-corrected)
    .venv/bin/python tools/train_dump_model.py --labels trafilatura --out /tmp/m.json  # distant labels only
    .venv/bin/python tools/train_dump_model.py --benchmark zyte-aeb --out /tmp/m.json
    .venv/bin/python tools/train_dump_model.py --with-zyte [--zyte-weight 3] [--zyte-labels 4gram]  # + Zyte's gold
    .venv/bin/python tools/train_dump_model.py --evaluate      # score the shipped extractor
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventwire.extract.dump_features import FEATURE_NAMES, line_features  # noqa: E402
from eventwire.extract.lines import normalise_line, words  # noqa: E402

SHARED = ROOT.parent / "shared" / "bench" / "extraction"
DEFAULT_OUT = ROOT / "src" / "eventwire" / "data" / "dump_lines_model.json"
DEFAULT_CACHE = Path.home() / ".cache" / "eventwire" / "dump_training"


def render_dump(html: str) -> str:
    """The page as DATA.md's dumps render it: inscriptis ``relaxed``, one block per line."""
    from inscriptis import get_text
    from inscriptis.css_profiles import CSS_PROFILES
    from inscriptis.model.config import ParserConfig

    config = ParserConfig(css=CSS_PROFILES["relaxed"], display_images=False, display_links=False)
    text = get_text(html, config)
    return "\n".join(line for line in (normalise_line(raw) for raw in text.splitlines()) if line)


def _prepare(record: dict[str, Any]) -> dict[str, Any]:
    """Render one page and extract it with trafilatura (run in a worker process)."""
    import trafilatura

    url = record["url"] if str(record["url"]).startswith("http") else None
    try:
        dump = render_dump(record["html"])
    except Exception:  # a page the renderer cannot parse teaches nothing
        dump = ""
    try:
        extracted = trafilatura.extract(record["html"], url=url, favor_precision=True,
                                        include_comments=False, output_format="txt") or ""
    except Exception:
        extracted = ""
    return {"id": record["id"], "url": record["url"], "dump": dump, "trafilatura": extracted}


def prepared_pages(benchmark: str, cache: Path, workers: int) -> list[dict[str, Any]]:
    """Rendered dumps plus trafilatura text for every page of ``benchmark`` (cached)."""
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"{benchmark}.jsonl.gz"
    if path.exists():
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            return [json.loads(line) for line in handle]
    with gzip.open(SHARED / benchmark / "pages.jsonl.gz", "rt", encoding="utf-8") as handle:
        pages = [json.loads(line) for line in handle]
    started = time.time()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        prepared = list(pool.map(_prepare, pages, chunksize=8))
    print(f"rendered + extracted {len(prepared)} pages in {time.time() - started:.0f} s", file=sys.stderr)
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for item in prepared:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    return prepared


def _trigrams(tokens: list[str]) -> Iterator[tuple[str, ...]]:
    return (tuple(tokens[i:i + 3]) for i in range(len(tokens) - 2))


def label_lines(lines: list[str], extracted: str) -> np.ndarray:
    """1 for a dump line that trafilatura kept, else 0.

    A line of three or more words is kept when at least half of its word trigrams occur in
    trafilatura's text (inline elements are spaced differently in the two renderings, so exact
    substring tests miss real body lines); a shorter line only when it equals one of
    trafilatura's paragraphs (a bare "Share" or "Politics" occurs in many texts by chance).
    """
    out_lines = {normalise_line(x).lower() for x in extracted.splitlines() if x.strip()}
    grams = set(_trigrams([w.lower() for w in words(extracted)]))
    labels = np.zeros(len(lines), dtype=np.int8)
    for i, line in enumerate(lines):
        tokens = [w.lower() for w in words(line)]
        if len(tokens) >= 3:
            own = list(_trigrams(tokens))
            labels[i] = sum(g in grams for g in own) >= 0.5 * len(own)
        else:
            labels[i] = line.lower() in out_lines
    return labels


_SPACES = re.compile(r"\s+")


def _squash(text: str) -> str:
    """Whitespace runs as one space, as the benchmark's segment metric compares text."""
    return _SPACES.sub(" ", text or "").strip()


def gold_corrected(lines: list[str], labels: np.ndarray, must_have: list[str], must_not: list[str]) -> np.ndarray:
    """``labels`` with the lines the benchmark's gold segments speak about set from the gold.

    Why: trafilatura's extraction is a noisy teacher exactly where it matters (a standfirst it
    drops, a teaser list it keeps), and trafilatura-eval's annotators marked 1-6 such segments a
    page. A line holding a must-have segment, or of 20 or more characters lying inside one (a
    segment can span paragraphs), is body; otherwise a line holding a must-not-have segment is
    not. Measured 2026-11-26 (seventh session): 544 of 186,123 labels change (249 to body).
    """
    if not must_have and not must_not:
        return labels
    out = labels.copy()
    keep = [s for s in map(_squash, must_have) if s]
    drop = [s for s in map(_squash, must_not) if s]
    for i, line in enumerate(map(_squash, lines)):
        if any(s in line or (len(line) >= 20 and line in s) for s in keep):
            out[i] = 1
        elif any(s in line for s in drop):
            out[i] = 0
    return out


def gold_segments(benchmark: str) -> dict[str, tuple[list[str], list[str]]]:
    """Must-have and must-not-have segments of every page by id (trafilatura-eval has them)."""
    with gzip.open(SHARED / benchmark / "pages.jsonl.gz", "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    return {r["id"]: (r.get("with", []), r.get("without", [])) for r in records if r.get("with") or r.get("without")}


def training_matrix(pages: list[dict[str, Any]], gold: dict[str, tuple[list[str], list[str]]] | None = None
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features, labels and page index of every line of every usable page (labels corrected by
    ``gold`` segments where a page has them, see :func:`gold_corrected`)."""
    xs, ys, groups = [], [], []
    for k, page in enumerate(pages):
        lines = page["dump"].split("\n") if page["dump"] else []
        if len(lines) < 3 or not page["trafilatura"]:
            continue  # no extraction means no labels, not "everything is boilerplate"
        xs.append(line_features(lines, page["url"]))
        labels = label_lines(lines, page["trafilatura"])
        if gold and page["id"] in gold:
            labels = gold_corrected(lines, labels, *gold[page["id"]])
        ys.append(labels)
        groups.append(np.full(len(lines), k))
    return np.vstack(xs), np.concatenate(ys), np.concatenate(groups)


ZYTE_RULES = ("contain", "4gram")


def _four_grams(text: str) -> set[tuple[str, ...]]:
    """Word 4-grams of ``text`` with the Zyte metric's tokens (``\\w+``, case kept)."""
    tokens = re.findall(r"\w+", text)
    return {tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3)}


def zyte_labels(lines: list[str], gold_body: str, rule: str = "contain") -> np.ndarray:
    """1 for a dump line that Zyte-AEB's gold article body holds, else 0.

    ``contain``: the rule :func:`label_lines` applies to trafilatura's text, applied to the gold
    body (half of a line's word trigrams in the gold; a line under three words only when it is a
    gold paragraph). ``4gram``: half of the line's word 4-grams, with the metric's own tokens, in
    the gold's 4-grams; a line under four tokens falls back to ``contain``.
    Why from Zyte's gold: its annotators keep subheads, list items and numbered entries that
    trafilatura (and trafilatura-eval's gold) leave out, which a model fitted only on
    trafilatura-eval cannot learn.
    """
    if rule not in ZYTE_RULES:
        raise ValueError(f"unknown Zyte label rule {rule!r}")
    base = label_lines(lines, gold_body)
    if rule == "contain":
        return base
    grams = _four_grams(gold_body)
    out = base.copy()
    for i, line in enumerate(lines):
        own = _four_grams(line)
        if own:
            out[i] = sum(g in grams for g in own) >= 0.5 * len(own)
    return out


def zyte_pages(cache: Path, workers: int) -> list[dict[str, Any]]:
    """Zyte-AEB's rendered pages (cached as :func:`prepared_pages` caches them) with their gold body."""
    pages = prepared_pages("zyte-aeb", cache, workers)
    with gzip.open(SHARED / "zyte-aeb" / "pages.jsonl.gz", "rt", encoding="utf-8") as handle:
        gold = {r["id"]: r["gold_body"] for r in map(json.loads, handle)}
    return [{**page, "gold_body": gold[page["id"]]} for page in pages]


def zyte_matrix(pages: list[dict[str, Any]], rule: str, first_group: int
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features, gold labels (:func:`zyte_labels`) and page index (from ``first_group`` on) of
    every line of the Zyte pages given."""
    xs, ys, groups = [], [], []
    for k, page in enumerate(pages):
        lines = page["dump"].split("\n") if page["dump"] else []
        if len(lines) < 3 or not page["gold_body"].strip():
            continue
        xs.append(line_features(lines, page["url"]))
        ys.append(zyte_labels(lines, page["gold_body"], rule))
        groups.append(np.full(len(lines), first_group + k))
    if not xs:
        return np.zeros((0, len(FEATURE_NAMES))), np.zeros(0, dtype=np.int8), np.zeros(0, dtype=np.int64)
    return np.vstack(xs), np.concatenate(ys), np.concatenate(groups)


def with_zyte(x: np.ndarray, y: np.ndarray, groups: np.ndarray, zyte: list[dict[str, Any]], rule: str,
              weight: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None]:
    """The training matrix plus the given Zyte pages' lines, and each line's weight multiplier
    (``weight`` on Zyte lines, 1 on the others; None when there is nothing to weight)."""
    zx, zy, zg = zyte_matrix(zyte, rule, int(groups.max()) + 1 if len(groups) else 0)
    boost = np.concatenate([np.ones(len(y)), np.full(len(zy), float(weight))])
    return (np.vstack([x, zx]), np.concatenate([y, zy]).astype(y.dtype), np.concatenate([groups, zg]),
            None if weight == 1 else boost)


def page_gold(args: argparse.Namespace, benchmark: str) -> dict[str, tuple[list[str], list[str]]] | None:
    """The gold segments ``--labels gold`` corrects the distant labels with (None: trafilatura's only)."""
    return gold_segments(benchmark) if args.labels == "gold" else None


def export(model: Any, names: tuple[str, ...]) -> dict[str, Any]:
    """A fitted HistGradientBoostingClassifier as the JSON :class:`LineModel` reads.

    Leaf values of scikit-learn's histogram trees already include the learning rate, and a
    sample goes left when its value is ``<=`` the node's threshold (no missing values here).
    """
    trees = []
    for (predictor,) in model._predictors:
        nodes = predictor.nodes
        leaf = nodes["is_leaf"].astype(bool)
        trees.append({
            "feature": np.where(leaf, -2, nodes["feature_idx"].astype(np.int64)).tolist(),
            "threshold": [float(t) for t in nodes["num_threshold"]],
            "left": np.where(leaf, -1, nodes["left"].astype(np.int64)).tolist(),
            "right": np.where(leaf, -1, nodes["right"].astype(np.int64)).tolist(),
            "value": [round(float(v), 6) for v in nodes["value"]],
            "depth": int(nodes["depth"].max()),
        })
    return {"features": list(names), "init": float(np.ravel(model._baseline_prediction)[0]),
            "learning_rate": 1.0, "trees": trees}


def _check_export(model: Any, sample: np.ndarray, names: tuple[str, ...]) -> None:
    """Fail loudly if the numpy evaluation of the exported trees disagrees with scikit-learn."""
    from eventwire.extract.dump_model import LineModel

    ours = LineModel(export(model, names)).logit(sample)
    theirs = model.decision_function(sample)
    worst = float(np.abs(ours - theirs).max())
    if worst > 1e-4:
        raise SystemExit(f"exported model disagrees with scikit-learn by {worst:.2g}")


def _classifier(args: argparse.Namespace) -> Any:
    from sklearn.ensemble import HistGradientBoostingClassifier

    return HistGradientBoostingClassifier(max_iter=args.trees, max_depth=args.depth, learning_rate=0.1,
                                          min_samples_leaf=args.min_leaf, l2_regularization=1.0, early_stopping=False,
                                          random_state=0)


def line_weights(x: np.ndarray, groups: np.ndarray, scheme: str) -> np.ndarray | None:
    """Training weight of every line (mean 1) under ``scheme``; None for one unit a line.

    Why offer weights: the benchmarks score pages, not lines. Zyte's metric averages per-page
    shares of word 4-grams, so a missed 80-word paragraph costs 80 times a missed one-word menu
    item, and a 2,000-line page counts no more than a 100-line one. ``line`` (the shipped model):
    one unit a line; ``words``: each page one unit, shared by its lines in proportion to their
    words (+1); ``blend``: the mean of ``words`` and one unit a page shared equally by its lines.
    Measured cross-fitted (``tools/dump_cross_fit.py``, 2026-11-26): neither beats ``line`` on
    the dev half, so the shipped model keeps ``line``.
    """
    if scheme == "line":
        return None
    words = np.expm1(x[:, FEATURE_NAMES.index("log_words")]) + 1.0
    _, page, lines = np.unique(groups, return_inverse=True, return_counts=True)
    by_words = words / np.bincount(page, weights=words)[page]
    weight = by_words if scheme == "words" else 0.5 * by_words + 0.5 / lines[page]
    return weight * (len(weight) / weight.sum())


def fit_stacked(x: np.ndarray, y: np.ndarray, groups: np.ndarray, args: argparse.Namespace,
                boost: np.ndarray | None = None) -> dict[str, Any]:
    """Fit stage one, its out-of-fold log-odds (pages split in 5 folds), then stage two on those.

    Out-of-fold: stage two must learn from first-stage verdicts as noisy as they will be on
    unseen pages, not from the memorised ones on its own training lines. ``boost`` multiplies
    each line's weight (Zyte pages counted several times, :func:`with_zyte`); weights are then
    scaled to mean 1.
    """
    from sklearn.model_selection import GroupKFold

    from eventwire.extract.dump_features import STACK_FEATURES, stacked_features

    w = line_weights(x, groups, args.weights)
    if boost is not None:
        w = boost if w is None else w * boost
        w = w * (len(w) / w.sum())
    first = _classifier(args).fit(x, y, sample_weight=w)
    oof = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=5).split(x, y, groups):
        part = None if w is None else w[train]
        oof[test] = _classifier(args).fit(x[train], y[train], sample_weight=part).decision_function(x[test])
    stacked = np.vstack([stacked_features(x[groups == g], oof[groups == g]) for g in np.unique(groups)])
    order = np.concatenate([np.flatnonzero(groups == g) for g in np.unique(groups)])
    second = _classifier(args).fit(stacked, y[order], sample_weight=None if w is None else w[order])
    _check_export(first, x[:3000], FEATURE_NAMES)
    accuracy = float((second.predict(stacked) == y[order]).mean())
    print(f"stage two training accuracy {accuracy:.3f}", file=sys.stderr)
    return {"first": export(first, FEATURE_NAMES), "second": export(second, FEATURE_NAMES + STACK_FEATURES)}


def evaluate() -> None:
    """Score :func:`extract_dump` (with the shipped model) on both benchmarks' dump files."""
    sys.path.insert(0, str(ROOT / "bench"))
    from metrics import load, metadata_score, segment_score, zyte_score

    from eventwire.extract.dump import extract_dump
    from eventwire.extract.dump_model import load_model

    print(f"model fitted on: {load_model().meta.get('fitted_on')} ({load_model().meta.get('pages')} pages)")
    for name in ("zyte-aeb", "trafilatura-eval"):
        records = load(name, "dumps")
        for record in records[:5]:  # warm up: character tables, model
            extract_dump(record["dump_text"], record["url"])
        started = time.process_time()
        parts = [extract_dump(r["dump_text"], r["url"]) for r in records]
        rate = len(records) / (time.process_time() - started)
        if name == "zyte-aeb":
            score = zyte_score([r["gold_body"] for r in records], [p.body for p in parts])
        else:
            score = segment_score(records, [p.body for p in parts])
        print(f"{name} dumps: {score.row()}  ({len(records)} pages, {rate:.0f} pages/s of one core's CPU time)")
        if name == "trafilatura-eval":
            for field in ("title", "date", "author"):
                m = metadata_score(records, parts, field)
                spurious = f", returned on {m.spurious:.3f} of {m.empty_pages} pages without one" \
                    if m.spurious is not None else ""
                print(f"  {field}: exact {m.exact:.3f} of {m.pages} pages{spurious}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--benchmark", default="trafilatura-eval", choices=["trafilatura-eval", "zyte-aeb"])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--trees", type=int, default=120)
    parser.add_argument("--depth", type=int, default=5)
    parser.add_argument("--min-leaf", type=int, default=40, help="fewest lines in a leaf")
    parser.add_argument("--weights", default="line", choices=["line", "words", "blend"],
                        help="training weight of a line (see line_weights)")
    parser.add_argument("--labels", default="gold", choices=["gold", "trafilatura"],
                        help="trafilatura's labels corrected by the benchmark's gold segments, or trafilatura's only")
    parser.add_argument("--with-zyte", action="store_true",
                        help="also fit on every Zyte-AEB page, labelled by its gold body (see zyte_labels); "
                             "not the shipped model: out of fold it read lower on Zyte (thirteenth session)")
    parser.add_argument("--zyte-labels", default="contain", choices=list(ZYTE_RULES))
    parser.add_argument("--zyte-weight", type=float, default=1.0, help="weight of a Zyte line against a trafilatura-eval one")
    parser.add_argument("--evaluate", action="store_true", help="score the shipped extractor, fit nothing")
    args = parser.parse_args()
    if args.evaluate:
        evaluate()
        return

    pages = prepared_pages(args.benchmark, args.cache, args.workers)
    x, y, groups = training_matrix(pages, page_gold(args, args.benchmark))
    used = len(set(groups.tolist()))
    print(f"fitting on {args.benchmark}: {used} of {len(pages)} pages, {len(y)} lines, "
          f"{int(y.sum())} labelled body ({args.labels} labels)", file=sys.stderr)
    boost, zyte_used = None, 0
    if args.with_zyte:
        if args.benchmark != "trafilatura-eval":
            parser.error("--with-zyte adds Zyte-AEB to trafilatura-eval")
        before = len(y)
        x, y, groups, boost = with_zyte(x, y, groups, zyte_pages(args.cache, args.workers), args.zyte_labels,
                                        args.zyte_weight)
        zyte_used = len(set(groups[before:].tolist()))
        print(f"plus zyte-aeb: {zyte_used} pages, {len(y) - before} lines, {int(y[before:].sum())} labelled body "
              f"({args.zyte_labels}, weight {args.zyte_weight:g})", file=sys.stderr)
    started = time.time()
    spec = fit_stacked(x, y, groups, args, boost)
    print(f"fitted two stages of {args.trees} trees (depth {args.depth}) in {time.time() - started:.0f} s",
          file=sys.stderr)
    spec["meta"] = {"fitted_on": args.benchmark, "pages": used, "lines": int(len(y)),
                    "labels": "trafilatura 2.3.1 favor_precision, no comments"
                              + (", corrected by the gold segments" if args.labels == "gold" else ""),
                    "renderer": "inscriptis 2.7.6 relaxed"}
    if args.with_zyte:
        spec["meta"].update({"fitted_on": "trafilatura-eval + zyte-aeb", "pages": used + zyte_used,
                             "zyte_pages": zyte_used, "zyte_labels": f"gold body, {args.zyte_labels}",
                             "zyte_weight": args.zyte_weight})
    args.out.write_text(json.dumps(spec, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB)", file=sys.stderr)


if __name__ == "__main__":
    main()

"""Small, dependency-free scores for the event benchmarks.

Written out rather than taken from scikit-learn so that the definitions sit next to the harness
that quotes them (and the bench runs in a bare venv): a missing prediction is the label ``NONE``,
which counts against recall of the gold class and is never itself a scored class.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

NONE = "NONE"


def ratio(num: float, den: float) -> float | None:
    return round(num / den, 4) if den else None


def per_class(gold: Sequence[object], pred: Sequence[object]) -> dict[object, tuple[float, float, float, int]]:
    """Precision, recall, F1 and support of every gold class (``NONE`` is never a class)."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred):
        if g == p:
            tp[g] += 1
        else:
            fn[g] += 1
            if p != NONE:
                fp[p] += 1
    out = {}
    for label in sorted({g for g in gold if g != NONE}, key=str):
        prec = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
        rec = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[label] = (prec, rec, f1, tp[label] + fn[label])
    return out


def macro_f1(gold: Sequence[object], pred: Sequence[object]) -> float | None:
    """Unweighted mean F1 over the classes present in the gold labels."""
    table = per_class(gold, pred)
    return round(sum(v[2] for v in table.values()) / len(table), 4) if table else None


def weighted_f1(gold: Sequence[object], pred: Sequence[object]) -> float | None:
    """F1 averaged over gold classes weighted by their support (CASE 2021's headline figure)."""
    table = per_class(gold, pred)
    total = sum(v[3] for v in table.values())
    return round(sum(v[2] * v[3] for v in table.values()) / total, 4) if total else None


def accuracy(gold: Sequence[object], pred: Sequence[object]) -> float | None:
    return ratio(sum(1 for g, p in zip(gold, pred) if g == p), len(gold))


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int | None]:
    prec, rec = ratio(tp, tp + fp), ratio(tp, tp + fn)
    f1 = round(2 * prec * rec / (prec + rec), 4) if prec and rec else (0.0 if prec is not None and rec is not None else None)
    return {"p": prec, "r": rec, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def span_counts(gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]], *, overlap: bool) -> tuple[int, int, int]:
    """TP/FP/FN of token spans, matched one to one: exact boundaries, or any shared token."""
    left = list(gold)
    tp = 0
    for a, b in pred:
        hit = next((g for g in left if (g == (a, b)) or (overlap and a < g[1] and g[0] < b)), None)
        if hit is not None:
            left.remove(hit)
            tp += 1
    return tp, len(pred) - tp, len(left)

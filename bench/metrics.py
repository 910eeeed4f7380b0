"""Scoring for the extraction benchmarks, as `../shared/bench/extraction/DATA.md` defines them.

- Zyte AEB: bags of 4-token shingles (tokens are ``\\w+``), per-page TP/FP/FN normalised to sum
  to one, precision averaged over pages with output, recall over pages with gold, F1 of the two
  averages; bootstrap standard deviation over pages.
- trafilatura-eval: every must-have segment found in the output (whitespace-normalised substring)
  is a TP, else a FN; every must-not-have segment found is a FP; counts pooled over the corpus.
- Metadata: title exact after case/punctuation normalisation, date exact on YYYY-MM-DD, authors as
  the same set of name tokens; on pages whose gold is empty, how often a value is returned
  ("spurious").
"""

from __future__ import annotations

import gzip
import json
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[2] / "shared"
EXTRACTION = SHARED / "bench" / "extraction"

_TOKEN = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


def load(dataset: str, kind: str) -> list[dict[str, Any]]:
    """Records of ``zyte-aeb`` or ``trafilatura-eval``; ``kind`` is ``pages`` or ``dumps``."""
    with gzip.open(EXTRACTION / dataset / f"{kind}.jsonl.gz", "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


# --- Zyte AEB ---------------------------------------------------------------------------------

def _shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def shingle_counts(gold: str, predicted: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of one page."""
    g, p = _shingles(gold), _shingles(predicted)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


@dataclass
class Score:
    precision: float
    recall: float
    f1: float
    std: float = 0.0

    def row(self) -> str:
        return f"P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}" + (f" ± {self.std:.3f}" if self.std else "")


def _aggregate(counts: Sequence[tuple[float, float, float]]) -> tuple[float, float, float]:
    ps = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    rs = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def zyte_score(golds: Sequence[str], predictions: Sequence[str], *, bootstrap: int = 200, seed: int = 0) -> Score:
    """The Zyte benchmark's F1 with a bootstrap standard deviation."""
    counts = [shingle_counts(g, p) for g, p in zip(golds, predictions)]
    p, r, f1 = _aggregate(counts)
    rng = random.Random(seed)
    samples = [_aggregate([counts[rng.randrange(len(counts))] for _ in counts])[2] for _ in range(bootstrap)]
    mean = sum(samples) / len(samples) if samples else 0.0
    std = (sum((s - mean) ** 2 for s in samples) / max(1, len(samples) - 1)) ** 0.5
    return Score(p, r, f1, std)


# --- trafilatura-eval ---------------------------------------------------------------------------

def _squash(text: str) -> str:
    return _SPACE.sub(" ", text or "").strip()


def segment_counts(output: str, must_have: Iterable[str], must_not: Iterable[str]) -> tuple[int, int, int, int]:
    """(tp, fn, fp, tn) of one page under trafilatura's segment metric."""
    text = _squash(output)
    tp = fn = fp = tn = 0
    for segment in must_have:
        if _squash(segment) in text:
            tp += 1
        else:
            fn += 1
    for segment in must_not:
        if _squash(segment) in text:
            fp += 1
        else:
            tn += 1
    return tp, fn, fp, tn


def segment_score(records: Sequence[dict[str, Any]], outputs: Sequence[str]) -> Score:
    """Pooled precision/recall/F1 over the corpus."""
    tp = fn = fp = 0
    for record, output in zip(records, outputs):
        a, b, c, _ = segment_counts(output, record.get("with", []), record.get("without", []))
        tp, fn, fp = tp + a, fn + b, fp + c
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return Score(p, r, 2 * p * r / (p + r) if p + r else 0.0)


# --- metadata ------------------------------------------------------------------------------------

def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return " ".join(_TOKEN.findall(text))


def title_match(gold: str, predicted: str | None) -> bool:
    return bool(predicted) and _fold(gold) == _fold(predicted or "")


def date_match(gold: str, predicted: str | None) -> bool:
    return bool(predicted) and (predicted or "")[:10] == gold[:10]


def _name_tokens(names: str | Iterable[str]) -> set[str]:
    text = names if isinstance(names, str) else " ; ".join(names)
    return set(_fold(text).split())


def authors_match(gold: str, predicted: Sequence[str]) -> bool:
    return bool(predicted) and _name_tokens(gold) == _name_tokens(predicted)


@dataclass
class MetaScore:
    exact: float  # share correct on pages with a gold value
    pages: int  # pages with a gold value
    spurious: float | None  # share of pages with an empty gold value where one was returned
    empty_pages: int


def metadata_score(records: Sequence[dict[str, Any]], predictions: Sequence[Any], field: str) -> MetaScore:
    """Exact-match rate and spurious rate of one field over the pages that carry metadata gold.

    ``predictions`` are objects or dicts with ``title`` / ``published`` / ``authors``.
    """
    key = {"title": "title", "date": "published", "author": "authors"}[field]
    match = {"title": title_match, "date": date_match, "author": authors_match}[field]
    hit = total = spurious = empty = 0
    for record, prediction in zip(records, predictions):
        if field not in record:
            continue
        value = prediction.get(key) if isinstance(prediction, dict) else getattr(prediction, key)
        if record[field]:
            total += 1
            hit += bool(match(record[field], value))
        else:
            empty += 1
            spurious += bool(value)
    return MetaScore(hit / total if total else 0.0, total, spurious / empty if empty else None, empty)

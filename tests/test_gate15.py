"""The gate trainer's fifteenth-session experiment tools: the trigger window the embedding variant reads, which pool
rows the examples come from, the cross-fitted embedding score, and the equal-recall comparison. Sentences, pools
and scores here are made up for the test; no article text, no torch."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from eventwire.nlp import annotate
from eventwire.records import Article

from test_coding_parties import _no_gate  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "bench"))

import gate_atrecall  # noqa: E402
import train_gate  # noqa: E402


def test_trigger_window_keeps_words_near_the_trigger_inside_the_sentence() -> None:
    text = "It rained. Soldiers of the northern garrison fired shots at a crowd near the old bridge late on Friday."
    doc = annotate(Article(doc_id="t", source="<test>", status="ok", body=text)).parse
    span = list(doc.sents)[1]
    fired = next(t for t in span if t.text == "fired")
    window = train_gate.trigger_window(fired, span, width=2)
    assert window == "northern garrison fired shots at"
    wide = train_gate.trigger_window(fired, span, width=50)
    assert wide == span.text  # never past the sentence, never into "It rained."


def test_examples_record_their_pool_rows(monkeypatch) -> None:
    pool = [
        {"id": "e1", "flags": "none", "doc": "india:1", "feats": {"a": 1.0}, "label": "judge"},
        {"id": "e2", "flags": "none", "doc": "india:2", "feats": {"b": 1.0}, "label": "judge"},  # never judged
        {"id": "e3", "flags": "none", "doc": "gsr:9", "feats": {"c": 1.0}, "label": 1},
    ]
    monkeypatch.setattr(train_gate, "candidate_pool", lambda cache, india, held_web: pool)
    monkeypatch.setattr(train_gate, "judgments", lambda: {"e1": {"verdict": "right"}})
    source: list[int] = []
    X, y, *_ = train_gate.examples(0.3, india=True, source=source)
    assert source == [0, 2] and y == [1, 1]


def test_embedding_score_is_cross_fitted_by_article() -> None:
    rng = np.random.default_rng(0)
    n = 200
    labels = np.array([i % 2 for i in range(n)])
    vectors = rng.normal(size=(n, 8)) + labels[:, None] * 1.5  # the label shows in the vectors
    hand = np.array([i < 160 for i in range(n)])  # the last 40 rows stand for benchmark texts
    groups = [f"doc{i // 4}" for i in range(n)]
    weights = np.ones(n)
    rows = np.arange(n)
    scores = train_gate.crossfit_embed(vectors, groups, labels, weights, hand, rows, c=1.0)
    assert scores.shape == (n,)
    assert scores[labels == 1].mean() > scores[labels == 0].mean() + 1.0
    # a judged row's score comes from a model that never saw its article: changing that article's labels
    # leaves its own scores unchanged
    flipped = labels.copy()
    flipped[:4] = 1 - flipped[:4]
    again = train_gate.crossfit_embed(vectors, groups, flipped, weights, hand, rows, c=1.0)
    assert np.allclose(again[:4], scores[:4])


def test_at_recall_compares_rankings_not_thresholds(tmp_path) -> None:
    labels = np.array([1, 1, 0, 1, 0, 0] * 3)
    domains = np.array(["india"] * 6 + ["web-dev"] * 6 + ["web-retired"] * 6)
    perfect = np.tile(np.array([0.9, 0.8, 0.3, 0.7, 0.2, 0.1]), 3)
    shifted = perfect / 2  # the same ranking at lower scores
    for name, oof in (("a", perfect), ("b", shifted)):
        np.savez(tmp_path / f"{name}.npz", oof=oof, labels=labels, hand=np.ones(18, dtype=bool), domains=domains,
                 groups=np.array([str(i) for i in range(18)]))
    a, b = gate_atrecall.at_recall(str(tmp_path / "a.npz")), gate_atrecall.at_recall(str(tmp_path / "b.npz"))
    assert a == b
    assert a["india"][0] == 1.0 and a["india"][1:] == [1.0] * 5

"""The gate's trainer with the retired held half of the first precision articles as web data
(eleventh session): which judged material an article is, and that those candidates are only used
when asked for. Pools and judgments here are made up for the test; no article text."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "bench"))

import precision  # noqa: E402
import train_gate  # noqa: E402


def _id_in(prefix: str, part: str) -> str:
    """A made-up document id of that source in that half of the precision articles."""
    return next(f"{prefix}:doc{i}" for i in range(100) if precision.half(f"{prefix}:doc{i}") == part)


def test_domains_of_the_judged_material() -> None:
    assert train_gate.domain("india:12345") == "india"
    assert train_gate.domain("gwn:some_page.txt") == "web-dev"
    assert train_gate.domain("traf:page0042") == "web-dev"
    for prefix in ("wikievents", "zyte", "lgl"):
        assert train_gate.domain(_id_in(prefix, "held")) == "web-retired"
        assert train_gate.domain(_id_in(prefix, "dev")) == "web-dev"


def _fake_pool(monkeypatch) -> None:
    retired, dev = _id_in("lgl", "held"), _id_in("lgl", "dev")
    pool = [
        {"id": "e1", "flags": "none", "doc": retired, "feats": {"a": 1.0, "w=x": 1.0}, "label": "judge"},
        {"id": "e2", "flags": "none", "doc": dev, "feats": {"b": 1.0}, "label": "judge"},
        {"id": "e3", "flags": "none", "doc": "india:7", "feats": {"c": 1.0}, "label": "judge"},
        {"id": "e4", "flags": "none", "doc": "gsr:9", "feats": {"d": 1.0}, "label": 1},
        {"id": "e5", "flags": "none", "doc": dev, "feats": {"e": 1.0}, "label": "judge"},  # never judged
    ]
    verdicts = {k: {"verdict": v} for k, v in (("e1", "wrong"), ("e2", "right"), ("e3", "right"))}
    monkeypatch.setattr(train_gate, "candidate_pool", lambda cache, india, held_web: pool)
    monkeypatch.setattr(train_gate, "judgments", lambda: verdicts)


def test_retired_held_candidates_only_when_asked(monkeypatch) -> None:
    _fake_pool(monkeypatch)
    X, y, weight, groups, hand, domains = train_gate.examples(0.3, india=True)
    assert domains == ["web-dev", "india", "gold"]
    X, y, weight, groups, hand, domains = train_gate.examples(0.3, india=True, held_web=True, web_weight=2.0,
                                                              india_weight=0.5)
    assert domains == ["web-retired", "web-dev", "india", "gold"]
    assert y == [0, 1, 1, 1]
    assert weight == [2.0, 2.0, 0.5, 0.3]
    assert hand == [True, True, True, False]
    assert "w=x" not in X[0]  # the sentence's words only with words=True


def test_the_gujarat_half_only_with_india(monkeypatch) -> None:
    _fake_pool(monkeypatch)
    assert "india" not in train_gate.examples(0.3)[5]


def test_kept_by_domain_reports_kept_precision_and_recall() -> None:
    import numpy as np

    labels = np.array([1, 0, 1, 1])
    hand = np.array([True, True, True, False])
    domains = np.array(["india", "india", "web-dev", "gold"])
    kept = np.array([True, True, False, True])
    line = train_gate._kept_by_domain(kept, labels, hand, domains)
    assert line.startswith("india    2 0.500 1.000")
    assert "web-dev    0 0.000 0.000" in line
    assert "gold" not in line

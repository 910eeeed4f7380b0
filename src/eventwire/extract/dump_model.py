"""The shipped line classifier: a small gradient-boosted tree ensemble evaluated with numpy.

Why trees and why numpy: the per-line evidence interacts (a long line is prose unless it sits in
a run of cue-marked lines; a short line is body when its neighbours are), which a linear model
cannot express, and scikit-learn is too heavy a run-time dependency for one ``predict``. The
ensemble is stored as plain JSON (``eventwire/data/dump_lines_model.json``, written by
``tools/train_dump_model.py``) and evaluated for all trees at once, a few array look-ups per
tree level, so scoring a 150-line dump costs well under a millisecond.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from .dump_features import stacked_features

MODEL_FILE = "dump_lines_model.json"


class LineModel:
    """A boosted ensemble of binary regression trees giving each line a log-odds of being body."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.features: list[str] = list(spec["features"])
        self.init = float(spec["init"])
        self.learning_rate = float(spec["learning_rate"])
        self.meta: dict[str, Any] = dict(spec.get("meta", {}))
        trees = spec["trees"]
        width = max(len(t["feature"]) for t in trees)
        n_trees = len(trees)
        self.feature = np.zeros((n_trees, width), dtype=np.int64)
        self.threshold = np.full((n_trees, width), np.inf)
        self.left = np.zeros((n_trees, width), dtype=np.int64)
        self.right = np.zeros((n_trees, width), dtype=np.int64)
        self.value = np.zeros((n_trees, width))
        self.depth = 0
        for t, tree in enumerate(trees):
            k = len(tree["feature"])
            left = np.asarray(tree["left"], dtype=np.int64)
            right = np.asarray(tree["right"], dtype=np.int64)
            leaf = left < 0
            own = np.arange(k)
            # Leaves point at themselves, so every sample can walk the same number of levels.
            self.left[t, :k] = np.where(leaf, own, left)
            self.right[t, :k] = np.where(leaf, own, right)
            self.feature[t, :k] = np.where(leaf, 0, tree["feature"])
            self.threshold[t, :k] = np.where(leaf, np.inf, tree["threshold"])
            self.value[t, :k] = tree["value"]
            self.depth = max(self.depth, int(tree.get("depth", k)))
        # Flat copies indexed by tree * width + node: one ``take`` per array and level.
        offsets = (np.arange(n_trees) * width)[:, None]
        self._roots = offsets[:, 0].copy()
        self._feature = self.feature.ravel()
        self._threshold = self.threshold.ravel()
        self._left = (self.left + offsets).ravel()
        self._right = (self.right + offsets).ravel()
        self.value = (self.value * self.learning_rate).ravel()

    def logit(self, matrix: np.ndarray) -> np.ndarray:
        """Log-odds that each row (one line's features) is article body."""
        n, n_features = matrix.shape
        if n == 0:
            return np.zeros(0)
        flat_x = np.ascontiguousarray(matrix, dtype=np.float64).ravel()
        row_base = (np.arange(n) * n_features)[:, None]
        node = np.broadcast_to(self._roots, (n, len(self._roots)))
        for _ in range(self.depth):
            feat = self._feature.take(node)
            go_left = flat_x.take(row_base + feat) <= self._threshold.take(node)
            node = np.where(go_left, self._left.take(node), self._right.take(node))
        return self.init + self.value.take(node).sum(axis=1)


class DumpLineClassifier:
    """Two stacked ensembles: per-line evidence first, then the same plus the neighbours' verdicts."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.first = LineModel(spec["first"])
        self.second = LineModel(spec["second"]) if spec.get("second") else None
        self.meta: dict[str, Any] = dict(spec.get("meta", {}))

    def logit(self, matrix: np.ndarray) -> np.ndarray:
        """Body log-odds of every line of one dump, given :func:`line_features` of its lines."""
        first = self.first.logit(matrix)
        if self.second is None or len(first) == 0:
            return first
        return self.second.logit(stacked_features(matrix, first))


@lru_cache(maxsize=1)
def load_model() -> DumpLineClassifier:
    """The packaged model (read once per process)."""
    text = resources.files("eventwire").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")
    return DumpLineClassifier(json.loads(text))

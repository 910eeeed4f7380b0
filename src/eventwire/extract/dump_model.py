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
BLOCK_ROWS = 128  # rows scored at once (see LineModel.logit)


class LineModel:
    """A boosted ensemble of binary regression trees giving each line a log-odds of being body."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.features: list[str] = list(spec["features"])
        self.init = float(spec["init"])
        self.learning_rate = float(spec["learning_rate"])
        self.meta: dict[str, Any] = dict(spec.get("meta", {}))
        trees = [_children_adjacent(t) for t in spec["trees"]]
        width = max(len(t["feature"]) for t in trees)
        n_trees = len(trees)
        feature = np.zeros((n_trees, width), dtype=np.int64)
        threshold = np.full((n_trees, width), np.inf)
        child = np.zeros((n_trees, width), dtype=np.int64)
        value = np.zeros((n_trees, width))
        self.depth = 0
        for t, tree in enumerate(trees):
            k = len(tree["feature"])
            left = np.asarray(tree["left"], dtype=np.int64)
            leaf = left < 0
            # A leaf's "child" is itself and its threshold +inf, so every row can walk the
            # same number of levels: node = child[node] + (x > threshold[node]).
            child[t, :k] = np.where(leaf, np.arange(k), left) + t * width
            feature[t, :k] = np.where(leaf, 0, tree["feature"])
            threshold[t, :k] = np.where(leaf, np.inf, tree["threshold"])
            value[t, :k] = tree["value"]
            self.depth = max(self.depth, int(tree.get("depth", k)))
        # Native-width (intp) indices: numpy's take converts any other index type first, which
        # made int32 indices twice as slow. At scoring time a node's feature index times the
        # block's row count plus the row is the value's offset (see _logit_block): one gather.
        self._roots = (np.arange(n_trees) * width).astype(np.intp)
        self._feature = feature.ravel().astype(np.intp)
        self._threshold = threshold.ravel()
        self._child = child.ravel().astype(np.intp)
        self._value = (value * self.learning_rate).ravel()
        # Level 0 is the same node for every row: its feature and threshold need no gather.
        self._root_feature = self._feature[self._roots][:, None]
        self._root_threshold = self._threshold[self._roots][:, None]

    def logit(self, matrix: np.ndarray) -> np.ndarray:
        """Log-odds that each row (one line's features) is article body.

        Rows are scored in blocks of :data:`BLOCK_ROWS`: the per-level arrays (trees x rows) of a
        whole 400-line page overflow the CPU caches, and scoring it in blocks measured ~2x faster.
        """
        n = len(matrix)
        if n <= BLOCK_ROWS:
            return self._logit_block(matrix)
        return np.concatenate([self._logit_block(matrix[i:i + BLOCK_ROWS]) for i in range(0, n, BLOCK_ROWS)])

    def _logit_block(self, matrix: np.ndarray) -> np.ndarray:
        """:meth:`logit` of up to a block of rows.

        Trees run along the first axis and rows along the second, with the matrix transposed to
        feature-major order, so that a node's value for every row is ``x[feature * n + row]``.
        """
        n = len(matrix)
        if n == 0:
            return np.zeros(0)
        by_feature = np.ascontiguousarray(matrix.T, dtype=np.float64).ravel()
        rows = np.arange(n, dtype=np.intp)
        go_right = by_feature.take(self._root_feature * n + rows) > self._root_threshold
        node = self._child.take(self._roots)[:, None] + go_right
        for _ in range(self.depth - 1):
            go_right = by_feature.take(self._feature.take(node) * n + rows) > self._threshold.take(node)
            node = self._child.take(node)
            node += go_right
        # Summed along contiguous memory (rows x trees), numpy's pairwise order, as earlier
        # releases summed: a tree-by-tree sum differs in the last bits, which moved second-stage
        # tie-breaks (clipped log-odds are often exactly equal).
        return self.init + np.ascontiguousarray(self._value.take(node).T).sum(axis=1)


def _children_adjacent(tree: dict[str, Any]) -> dict[str, Any]:
    """The same tree renumbered breadth-first so that every right child directly follows its left
    child: one array look-up per level instead of two."""
    left, right = tree["left"], tree["right"]
    order = [0]
    for node in order:
        if left[node] >= 0:
            order.extend((left[node], right[node]))
    new_id = {old: new for new, old in enumerate(order)}
    return {
        "feature": [tree["feature"][o] for o in order],
        "threshold": [tree["threshold"][o] for o in order],
        "left": [new_id[left[o]] if left[o] >= 0 else -1 for o in order],
        "right": [new_id[right[o]] if right[o] >= 0 else -1 for o in order],
        "value": [tree["value"][o] for o in order],
        "depth": tree.get("depth", len(order)),
    }


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

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
    """A boosted ensemble of binary regression trees giving each line a log-odds of being body.

    Why level tables: every tree is padded to a complete binary tree of the ensemble's depth (a
    leaf above the last level becomes a node with threshold +inf, so every row goes left down to
    the leftmost leaf below it, which holds the leaf's value). A node is then numbered within its
    level as ``tree * 2**level + k`` and its children are ``2 * node`` and ``2 * node + 1``: the
    walk needs no child table, and each level's feature and threshold tables are small enough
    (at most 2**level entries a tree) to stay in the fastest cache. ~20% faster than one table
    of all nodes, with the same leaves, hence the same sums.
    """

    def __init__(self, spec: dict[str, Any]) -> None:
        self.features: list[str] = list(spec["features"])
        self.init = float(spec["init"])
        self.learning_rate = float(spec["learning_rate"])
        self.meta: dict[str, Any] = dict(spec.get("meta", {}))
        trees = spec["trees"]
        self.depth = max(1, max(_depth(t) for t in trees))
        n_trees = len(trees)
        feature = [np.zeros((n_trees, 1 << level), dtype=np.intp) for level in range(self.depth)]
        threshold = [np.full((n_trees, 1 << level), np.inf) for level in range(self.depth)]
        value = np.zeros((n_trees, 1 << self.depth))
        for t, tree in enumerate(trees):
            todo = [(0, 0, 0)]  # (node, level, index within the tree's level)
            while todo:
                node, level, k = todo.pop()
                left = tree["left"][node]
                if left < 0:  # a leaf: rows reaching it go left until the last level
                    value[t, k << (self.depth - level)] = tree["value"][node] * self.learning_rate
                    continue
                feature[level][t, k] = tree["feature"][node]
                threshold[level][t, k] = tree["threshold"][node]
                todo += [(left, level + 1, 2 * k), (tree["right"][node], level + 1, 2 * k + 1)]
        # A node's feature index times BLOCK_ROWS is the offset of its value for row 0 in a block
        # laid out feature-major with stride BLOCK_ROWS (see _logit_block): one add, one gather.
        self._offsets = [(f * BLOCK_ROWS).ravel() for f in feature]
        self._thresholds = [t.ravel() for t in threshold]
        self._value = value.ravel()
        self._root_offset = self._offsets[0][:, None]
        self._root_threshold = self._thresholds[0][:, None]
        self._level1 = (np.arange(n_trees, dtype=np.intp) * 2)[:, None]

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

        Trees run along the first axis and rows along the second; the block is copied
        feature-major with a fixed stride, so a node's value for every row is
        ``x[offset[node] + row]``.
        """
        n = len(matrix)
        if n == 0:
            return np.zeros(0)
        block = np.empty((matrix.shape[1], BLOCK_ROWS))
        block[:, :n] = matrix.T
        x = block.ravel()
        rows = np.arange(n, dtype=np.intp)
        node = self._level1 + (x.take(self._root_offset + rows) > self._root_threshold)
        for level in range(1, self.depth):
            at = self._offsets[level].take(node)
            at += rows
            go_right = x.take(at) > self._thresholds[level].take(node)
            node <<= 1
            node += go_right
        # Summed along contiguous memory (rows x trees), numpy's pairwise order, as earlier
        # releases summed: a tree-by-tree sum differs in the last bits, which moved second-stage
        # tie-breaks (clipped log-odds are often exactly equal).
        return self.init + np.ascontiguousarray(self._value.take(node).T).sum(axis=1)


def _depth(tree: dict[str, Any]) -> int:
    """Levels of splits on the longest root-to-leaf path."""
    deepest, todo = 0, [(0, 0)]
    while todo:
        node, level = todo.pop()
        if tree["left"][node] < 0:
            deepest = max(deepest, level)
        else:
            todo += [(tree["left"][node], level + 1), (tree["right"][node], level + 1)]
    return deepest


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

"""The shipped line classifier: a small gradient-boosted tree ensemble evaluated with numpy.

Why trees and why numpy: the per-line evidence interacts (a long line is prose unless it sits in
a run of cue-marked lines; a short line is body when its neighbours are), which a linear model
cannot express, and scikit-learn is too heavy a run-time dependency for one ``predict``. The
ensemble is stored as plain JSON (``eventwire/data/dump_lines_model.json``, written by
``tools/train_dump_model.py``) and evaluated for all trees and lines at once from the packed
answers of :mod:`.dump_splits`.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from .dump_features import stack_columns
from .dump_splits import BLOCK_ROWS, SplitTable

__all__ = ["BLOCK_ROWS", "DumpLineClassifier", "LineModel", "load_model"]

MODEL_FILE = "dump_lines_model.json"


class LineModel:
    """A boosted ensemble of binary regression trees giving each line a log-odds of being body.

    Why a tournament over packed bits: every tree is padded to a complete binary tree of the
    ensemble's depth (a leaf above the last level becomes a node whose test is never true, so
    every row goes left down to the leftmost leaf below it, which holds the leaf's value). The
    answer of every node's test is a bit per line, 64 lines a word (:meth:`SplitTable.packed`).
    The root's bit is the first turn; the next turn is the left child's bit where it is 0 and the
    right child's where it is 1, ``lo ^ ((lo ^ hi) & turn)``, done for all trees, all deeper
    levels and 64 lines per operation. The nodes are taken in an order (:func:`_slot_order`) in
    which each turn halves a contiguous block, so a tree of depth 5 costs one gather and four
    such steps. The turns spell each line's leaf; its value is summed over the trees in the
    order earlier releases summed (so the scores are bit for bit theirs).
    """

    def __init__(self, spec: dict[str, Any], tables: tuple[SplitTable, ...] | None = None) -> None:
        self.features: list[str] = list(spec["features"])
        self.init = float(spec["init"])
        self.learning_rate = float(spec["learning_rate"])
        self.meta: dict[str, Any] = dict(spec.get("meta", {}))
        trees = spec["trees"]
        self.depth = max(1, max(_depth(t) for t in trees))
        self.tables = tables or (SplitTable(_tests(spec)),)
        value = np.zeros((len(trees), 1 << self.depth))
        slots = [_slot_order(self.depth)]
        order = np.zeros((len(trees), len(slots[0])), dtype=np.intp)
        position = {slot: i for i, slot in enumerate(slots[0])}
        for t, tree in enumerate(trees):
            order[t] = self._row((0, float("inf")))  # padded nodes: never true
            todo = [(0, 0, 0)]  # (node, level, index within the tree's level)
            while todo:
                node, level, k = todo.pop()
                left = tree["left"][node]
                if left < 0:
                    value[t, k << (self.depth - level)] = tree["value"][node] * self.learning_rate
                    continue
                order[t, position[(level, k)]] = self._row((tree["feature"][node], float(tree["threshold"][node])))
                todo += [(left, level + 1, 2 * k), (tree["right"][node], level + 1, 2 * k + 1)]
        self._order = order.T.ravel()  # slot-major: each turn below selects between contiguous halves
        self._value = value.ravel()
        # Leaf numbers fit 16 bits for any ensemble this size; numpy gathers with them faster.
        leaf_type = np.uint16 if len(trees) << self.depth <= 1 << 16 else np.uint32
        self._leaf_base = (np.arange(len(trees), dtype=leaf_type) << self.depth)[:, None]

    def _row(self, test: tuple[int, float]) -> int:
        """Row of ``test`` in the stacked answers of :attr:`tables`."""
        offset = 0
        for table in self.tables:
            if test in table.index:
                return offset + table.index[test]
            offset += len(table)
        raise ValueError(f"split {test} is in none of the model's tables")

    def logit(self, matrix: np.ndarray) -> np.ndarray:
        """Log-odds that each row (one line's features) is article body."""
        columns = matrix.T
        answers = [t.packed(columns[t.first_feature:next_first])
                   for t, next_first in zip(self.tables, [*(t.first_feature for t in self.tables[1:]), None])]
        return self.logit_packed(answers[0] if len(answers) == 1 else np.concatenate(answers), len(matrix))

    def logit_packed(self, answers: np.ndarray, n: int) -> np.ndarray:
        """:meth:`logit` from the stacked :meth:`SplitTable.packed` answers of :attr:`tables`."""
        if n == 0:
            return np.zeros(0)
        n_trees, depth = len(self._leaf_base), self.depth
        block = answers.take(self._order, axis=0).reshape(-1, n_trees, answers.shape[1])  # slots x trees x words
        turns = np.empty((depth, n_trees, answers.shape[1]), dtype=np.uint64)
        for level in range(depth):
            turns[level] = block[0]
            if level + 1 < depth:  # in place (block is take's own copy): no temporaries
                half = len(block) >> 1
                lo, hi = block[1:1 + half], block[1 + half:]
                hi ^= lo
                hi &= turns[level]
                lo ^= hi
                block = lo
        bits = np.unpackbits(turns.view(np.uint8), axis=2, count=n, bitorder="little")
        leaf = bits[0]
        for level in range(1, depth):  # adds, not shifts: numpy adds bytes several times faster
            leaf += leaf
            leaf += bits[level]
        leaf_index = np.add(self._leaf_base, leaf, dtype=self._leaf_base.dtype)
        # Summed along contiguous memory (rows x trees), numpy's pairwise order, as earlier
        # releases summed: a tree-by-tree sum differs in the last bits, which moved second-stage
        # tie-breaks (clipped log-odds are often exactly equal). The leaf numbers are gathered
        # in that layout (take copies the transposed 16-bit index, not the 64-bit values).
        return self.init + self._value.take(leaf_index.T).sum(axis=1)


def _tests(spec: dict[str, Any]) -> list[tuple[int, float]]:
    """Every ``(feature, threshold)`` split of an ensemble."""
    return [(f, float(th)) for tree in spec["trees"]
            for f, th, left in zip(tree["feature"], tree["threshold"], tree["left"]) if left >= 0]


def _slot_order(depth: int) -> list[tuple[int, int]]:
    """Nodes ``(level, k)`` of a complete tree in tournament order.

    The root first, then the same order over the left halves of all deeper levels, then over
    the right halves: once the root's turn is known, one select between the two halves leaves
    the subtree it turned into, in the same order again.
    """
    def order(levels: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
        if not levels:
            return []
        rest = levels[1:]
        return [levels[0][0], *order([lv[:len(lv) // 2] for lv in rest]), *order([lv[len(lv) // 2:] for lv in rest])]

    return order([[(level, k) for k in range(1 << level)] for level in range(depth)])


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
    """Two stacked ensembles: per-line evidence first, then the same plus the neighbours' verdicts.

    The tests both stages make on the per-line features share one :class:`SplitTable`, answered
    once a page; the second stage adds a table for its neighbourhood features.
    """

    def __init__(self, spec: dict[str, Any]) -> None:
        second = spec.get("second")
        n_line = len(spec["first"]["features"])
        tests = _tests(spec["first"]) + (_tests(second) if second else [])
        self.lines = SplitTable(t for t in tests if t[0] < n_line)
        self.first = LineModel(spec["first"], (self.lines,))
        self.second = None
        if second:
            if second["features"][:n_line] != spec["first"]["features"]:
                raise ValueError("the second stage must see the first stage's features first")
            stacked = SplitTable((t for t in _tests(second) if t[0] >= n_line), first_feature=n_line)
            self.second = LineModel(second, (self.lines, stacked))
        self.meta: dict[str, Any] = dict(spec.get("meta", {}))

    def logit(self, matrix: np.ndarray) -> np.ndarray:
        """Body log-odds of every line of one dump, given :func:`line_features` of its lines."""
        n = len(matrix)
        answers = self.lines.packed(matrix.T)
        first = self.first.logit_packed(answers, n)
        if self.second is None or n == 0:
            return first
        extra = self.second.tables[1].packed(stack_columns(matrix, first))
        return self.second.logit_packed(np.concatenate((answers, extra)), n)


@lru_cache(maxsize=1)
def load_model() -> DumpLineClassifier:
    """The packaged model (read once per process)."""
    text = resources.files("eventwire").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")
    return DumpLineClassifier(json.loads(text))

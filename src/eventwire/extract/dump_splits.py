"""Every distinct split test of the line model, answered for all lines at once, 64 lines a word.

Why: walking 120 trees x 5 levels for every line costs three gathers a level (feature offset,
value, threshold), and gathers are the slow numpy operation (~1 ns an element, several times a
contiguous compare). The two ensembles use only ~1200-1400 distinct (feature, threshold) tests
each, so it is cheaper to answer every test for every line with contiguous compares, pack the
answers into bits (bit ``i`` of word ``w`` is line ``64 w + i``), and let the trees select among
those bits with word-wide boolean operations (see :class:`eventwire.extract.dump_model.LineModel`).
The answers are the trees' own ``value > threshold`` in float64, so the leaves, and the scores,
are exactly those of a node-by-node walk.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

# Lines compared at once, one 64-bit word of answers: the (tests x lines) float blocks of a
# 1500-test table then take ~0.8 MB each and stay in cache; 256 lines at once measured 2x slower.
BLOCK_ROWS = 64
# The test every padded node asks: nothing is greater than +inf (NaN neither), so rows go left.
NEVER = (0, float("inf"))


class SplitTable:
    """The distinct ``(feature, threshold)`` tests of one or more ensembles, sorted by feature.

    ``first_feature`` is the matrix column of the table's feature 0: the second stage's
    neighbourhood features get a table of their own, so the tests on the per-line features
    can be answered once and shared by both stages.
    """

    def __init__(self, tests: Iterable[tuple[int, float]], first_feature: int = 0) -> None:
        ordered = sorted(set(tests) | {(first_feature, NEVER[1])})
        self.first_feature = first_feature
        self.index: dict[tuple[int, float], int] = {test: i for i, test in enumerate(ordered)}
        self.never = self.index[(first_feature, NEVER[1])]
        self._feature = np.array([f - first_feature for f, _ in ordered], dtype=np.intp)
        self._threshold = np.array([t for _, t in ordered])
        # Thresholds repeated along the lines, one array per block width: numpy compares two
        # contiguous arrays several times faster than an array against a (tests x 1) column.
        self._wide: dict[int, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self._feature)

    def packed(self, columns: np.ndarray) -> np.ndarray:
        """Answers (tests x words, uint64) for ``columns``: feature-major, one column per line.

        Row ``i`` of ``columns`` is matrix column ``first_feature + i``. Bits past the last line
        are meaningless (the caller reads only the first ``n`` lines).
        """
        n = columns.shape[1]
        words = (n + 63) >> 6
        out = np.empty((len(self), words), dtype=np.uint64)
        for start in range(0, n, BLOCK_ROWS):
            stop = min(n, start + BLOCK_ROWS)
            width = (stop - start + 63) & ~63
            block = np.zeros((columns.shape[0], width))
            block[:, :stop - start] = columns[:, start:stop]
            answers = block.take(self._feature, axis=0) > self._thresholds(width)
            bits = np.packbits(answers.reshape(-1), bitorder="little").view(np.uint64)
            out[:, start >> 6:(start >> 6) + (width >> 6)] = bits.reshape(len(self), width >> 6)
        return out

    def _thresholds(self, width: int) -> np.ndarray:
        """The thresholds as a (tests x width) array (made once per width)."""
        wide = self._wide.get(width)
        if wide is None:
            wide = self._wide[width] = np.repeat(self._threshold[:, None], width, axis=1)
        return wide

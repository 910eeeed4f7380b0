"""The hysteresis step scored by ``tools/dump_cross_fit.py --grow`` (eighteenth session).

Why tested: the step is judged out of fold only through this tool; a slip in how far it reaches
(a gap counted wrong, a short line let in, a lone line grown from) would make the figures in the
session's results wrong without any error.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

import dump_cross_fit  # noqa: E402

grow = dump_cross_fit.grow_into_prose


def test_an_unsure_paragraph_between_body_lines_joins():
    logits = np.array([-4.0, 2.0, -1.0, 3.0, -4.0])
    words = np.array([3, 40, 30, 35, 2])
    assert grow([1, 3], logits, words, -1.5, 2, 15) == [1, 2, 3]


def test_a_short_line_keeps_the_strict_threshold():
    logits = np.array([2.0, -0.5, 3.0])
    words = np.array([40, 4, 35])  # a subhead-length line: not grown into
    assert grow([0, 2], logits, words, -1.5, 2, 15) == [0, 2]


def test_growth_chains_but_stops_at_a_wider_gap():
    logits = np.array([2.0, 1.0, -1.0, -9.0, -1.0, -9.0, -9.0, -1.0])
    words = np.array([30, 30, 20, 2, 25, 2, 2, 25])
    # 2 joins next to 1; 4 is two lines from 2; 7 is three lines from 4: too far.
    assert grow([0, 1], logits, words, -1.5, 2, 15) == [0, 1, 2, 4]


def test_a_confident_miss_and_a_lone_line_are_left_alone():
    logits = np.array([2.0, -3.0, 2.5, -1.0])
    words = np.array([30, 40, 30, 30])
    assert grow([0, 2], logits, words, -1.5, 2, 15) == [0, 2, 3]  # line 1 is under the threshold
    assert grow([0], logits, words, -1.5, 2, 15) == [0]

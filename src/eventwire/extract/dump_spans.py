"""Choosing the article's line spans from per-line body log-odds.

Why a sequence step on top of the classifier: article paragraphs come in one contiguous run
(sometimes two, split by an inline gallery or a "READ MORE" box); the classifier judges lines one
by one and leaves isolated false positives in footers and isolated misses inside the article.
A two-state Viterbi pass (body / not body) with a price for every switch keeps runs and drops
strays; lines inside a chosen run that the classifier rejects with confidence (a "READ MORE"
link, a caption, "Advertisement") are then removed again by the caller.
"""

from __future__ import annotations

import numpy as np


def viterbi_spans(logits: np.ndarray, switch_cost: float, bias: float = 0.0) -> list[tuple[int, int]]:
    """Runs ``[start, end)`` labelled body by the best two-state path.

    A line's score for "body" is its log-odds plus ``bias``, for "other" zero; each change of
    state costs ``switch_cost``.
    """
    n = len(logits)
    if n == 0:
        return []
    score = (logits + bias).tolist()
    # state 0 = other, 1 = body
    best0, best1 = 0.0, score[0] - switch_cost
    back0: list[int] = [0] * n
    back1: list[int] = [0] * n
    for i in range(1, n):
        stay0, move0 = best0, best1 - switch_cost
        stay1, move1 = best1, best0 - switch_cost
        if stay0 >= move0:
            new0, back0[i] = stay0, 0
        else:
            new0, back0[i] = move0, 1
        if stay1 >= move1:
            new1, back1[i] = stay1 + score[i], 1
        else:
            new1, back1[i] = move1 + score[i], 0
        best0, best1 = new0, new1
    state = 1 if best1 - switch_cost > best0 else 0
    labels = [0] * n
    for i in range(n - 1, -1, -1):
        labels[i] = state
        state = back1[i] if state == 1 else back0[i]
    spans: list[tuple[int, int]] = []
    start = None
    for i, label in enumerate(labels + [0]):
        if label and start is None:
            start = i
        elif not label and start is not None:
            spans.append((start, i))
            start = None
    return spans


def keep_main_spans(spans: list[tuple[int, int]], mass: np.ndarray, *, max_spans: int = 3,
                    min_share: float = 0.15, max_gap: int = 25) -> list[tuple[int, int]]:
    """The heaviest span plus nearby spans that carry a fair share of its word mass.

    ``mass`` is a per-line weight (body log-odds clipped at zero, times words): a far-away
    run of two long lines in a footer is not part of the article.
    """
    if not spans:
        return []
    weights = [float(mass[s:e].sum()) for s, e in spans]
    main = int(np.argmax(weights))
    kept = [spans[main]]
    for k in sorted(range(len(spans)), key=lambda j: -weights[j]):
        if k == main or len(kept) >= max_spans:
            continue
        if weights[k] < min_share * weights[main]:
            continue
        s, e = spans[k]
        gap = min(abs(s - ke) if s >= ke else abs(ks - e) for ks, ke in kept)
        if gap <= max_gap:
            kept.append(spans[k])
    return sorted(kept)

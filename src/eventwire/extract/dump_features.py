"""Per-line features of a page dump, the input of the line classifier.

Why these: a dump has no markup, so the only evidence that a line is article text is how it
reads (length, function words, sentence punctuation), what it says (cue phrases that only
boilerplate uses: "READ MORE", "Advertisement", "Picture:", cookie and share prompts), whether it
repeats elsewhere on the page, where it sits, and what its neighbours look like (article
paragraphs come in runs; menus and headline lists come in runs of short lines). The same function
builds the training matrix (``tools/train_dump_model.py``) and the one scored at run time, so the
two can never drift apart.

Why no per-line Python: every feature is computed for all lines at once from the page-wide
arrays of :mod:`.dump_text` (a per-line loop costs ~0.3 us a line and feature, which over ~50
features was most of a page's time budget). Only the cue-phrase search and the URL slug touch
strings, once per page.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from urllib.parse import unquote, urlsplit

import numpy as np

from .dump_cues import CUE_NAMES, CUE_PHRASES, LINE_START, cue_hits
from .dump_text import BULLET, CLOSER, DIGIT, FINAL, LOWER, PUNCT, UPPER, HashTable, _char_tables, PageText, hash_set, member, page_text, prefix_set

# Common function words of the languages news dumps arrive in (en, de, fr, es, pt, it, nl, pl).
# Prose is dense in them; menus, headline lists and credits are not.
STOPWORDS = frozenset("""
a about after all also an and are as at be been but by can could did do does for from had has
have he her his i if in into is it its more most no not of on one or our out over said she so
than that the their them there they this to up was we were what when which who will with would
you your
aber als am an auch auf aus bei bis da das dass dem den der des die doch du durch ein eine einem
einen einer es für hat hatte ich ihr im in ist ja kann man mit nach nicht noch nur oder sich sie
sind so um und uns vom von vor war wie wir wird wurde zu zum zur über
au aux avec ce ces dans de des du elle en est et il ils la le les leur mais ne nous on ou par pas
pour qu que qui sa se son sont sur un une été être
al como con del el en entre es esta este los las lo más para pero por que se su sus un una y ya
ao aos da das do dos em foi mas na nas no nos o os ou pela pelo uma à às é
che chi della delle di gli il in lo nel non per più sono una
het een en van op te dat die zijn niet met voor ook
i w z na się nie do że jest to o jak po co ale od za
""".split())

_CUE_NAMES = CUE_NAMES
_MORE_STARTS = tuple(p.rstrip("*") for p in CUE_PHRASES["cue_more"])
_STOP_HASHES = HashTable(hash_set(STOPWORDS))


_SLUG_SPLIT = re.compile(r"[\W_]+")
_SLUG_EXT = re.compile(r"\.(?:s?html?|php|aspx?|cms)$", re.I)
# "More ..." starts first, then the line-start cue groups; the union finds the candidate lines.
_START_GROUPS = (prefix_set(_MORE_STARTS), *(prefix_set(prefixes) for prefixes in LINE_START.values()))
_ANY_START = prefix_set(p for group in _START_GROUPS for p in group.prefixes)

LONG_LINE_WORDS = 12  # a line this long is usually prose (median body line: 26 words, others: 2)

BASE_FEATURES: tuple[str, ...] = (
    "log_words", "log_chars", "mean_word_len", "stop_ratio", "punct_ratio", "digit_ratio", "upper_initial",
    "all_caps", "final_punct", "ends_colon", "bullet", "has_pipe", "n_commas", "date_like",
    *_CUE_NAMES, "dup_count", "prefix_of_next", "next_prefix_of_this", "long_line", "ellipsis", "more_start",
    "slug_overlap",
)
CONTEXT_FEATURES: tuple[str, ...] = (
    "rel_pos", "mass_before", "in_maxspan", "dist_maxspan", "rel_to_longest",
    "w_prev1", "w_prev2", "w_next1", "w_next2", "final_prev1", "final_next1",
    "long_win3", "long_win8", "final_win3", "final_win8", "stop_win3", "cue_win3", "bullet_win3",
    "page_lines", "page_long_share", "from_slug_line", "slug_best",
)
FEATURE_NAMES: tuple[str, ...] = BASE_FEATURES + CONTEXT_FEATURES


def _line_starts(page: PageText) -> np.ndarray:
    """Which lines start with a prefix of each of :data:`_START_GROUPS` (groups x lines).

    One :meth:`PageText.starts_with` over the union of the groups' prefixes finds the few lines
    that start with any of them; only those are tried against each group (three page-wide look-ups
    a page before, each ~20 us). A line starts with a group's prefix exactly when it starts with
    one of the union's and then with one of the group's, so the answers are the same.
    """
    out = np.zeros((len(_START_GROUPS), page.n), dtype=bool)
    text, starts, ends = page.lowered, page.starts, page.ends
    for i in np.flatnonzero(page.starts_with(_ANY_START)).tolist():
        start, end = int(starts[i]), int(ends[i])
        for k, group in enumerate(_START_GROUPS):
            out[k, i] = text.startswith(group.prefixes, start, end)
    return out


def _cue_columns(page: PageText, line_starts: np.ndarray) -> np.ndarray:
    """One 0/1 column per cue group: phrases anywhere in a line, then prefixes at its start
    (``line_starts[1:]``, see :func:`_line_starts`)."""
    out = np.zeros((page.n, len(_CUE_NAMES)))
    base = len(CUE_PHRASES)
    out[:, :base] = cue_hits(page)
    out[:, base:] = line_starts[1:].T
    return out


def _window_means(values: np.ndarray, radii: tuple[int, ...]) -> list[np.ndarray]:
    """Mean of ``values`` (one row, or several rows at once) over ``i-radius .. i+radius``
    (truncated at the page edges), for each of ``radii``.

    One running total serves every radius and row: it is padded with ``max(radii)`` copies of
    its first and last value, so each window sum is two slices of it apart (no gathers, which
    cost as much as the rest). The totals are the same sequential sums a row-by-row cumulative
    sum gives, so the means are bit for bit those of one call per row and radius (seven calls a
    page before, each ~10 us of numpy overhead).
    """
    n = values.shape[-1]
    widest = max(radii)
    total = np.empty((*values.shape[:-1], n + 1 + 2 * widest))
    total[..., :widest + 1] = 0.0
    np.cumsum(values, axis=-1, out=total[..., widest + 1:widest + 1 + n])
    total[..., widest + 1 + n:] = total[..., widest + n:widest + n + 1]
    return [(total[..., widest + radius + 1:widest + radius + 1 + n] - total[..., widest - radius:widest - radius + n])
            / _window_width(n, radius) for radius in radii]


@lru_cache(maxsize=1024)
def _window_width(n: int, radius: int) -> np.ndarray:
    """Lines in each window of :func:`_window_means` (cached: pages repeat their lengths)."""
    idx = np.arange(n)
    return (np.minimum(idx + radius + 1, n) - np.maximum(idx - radius, 0)).astype(float)


def _neighbours(values: np.ndarray, radius: int, fill: float) -> np.ndarray:
    """Rows ``values[i + k]`` for ``k = -radius .. radius`` (``fill`` beyond the page edges), as
    a view of one padded copy (not to be written to): row ``radius + k`` is the shift by ``k``.

    Why a view: the shifted copies, window maxima and neighbours of a page are all slices of it,
    one padding instead of one copy per shift (each ~2-4 us of numpy overhead at page sizes).
    """
    n = len(values)
    padded = np.full(n + 2 * radius, fill)
    padded[radius:radius + n] = values
    step = padded.itemsize  # an ndarray over the padded buffer (as_strided costs ~15 us a call)
    return np.ndarray((2 * radius + 1, n), padded.dtype, padded, 0, (step, step))


def max_span(scores: np.ndarray) -> tuple[int, int]:
    """``(start, end)`` of the contiguous run with the largest sum (Kadane) of finite ``scores``;
    ``(0, 0)`` if none > 0.

    A plain loop (~20 us a page), kept over a cumulative-sum version because the two break ties
    between equal sums differently in the last bits, and clipped log-odds make equal sums common:
    the shipped model was fitted on this loop's spans.
    """
    best, best_span, running, start = 0.0, (0, 0), 0.0, 0
    # Only from the first positive score to the last: before it every step resets to a sum <= 0,
    # after it the sum can only fall, so neither can change the answer (and clean pages have long
    # runs of menus above and below the body).
    positive = np.flatnonzero(scores > 0)
    if not len(positive):
        return best_span
    first = int(positive[0])
    for i, score in enumerate(scores[first:int(positive[-1]) + 1].tolist(), start=first):
        if running <= 0:
            running, start = 0.0, i
        running += score
        if running > best:
            best, best_span = running, (start, i + 1)
    return best_span


@lru_cache(maxsize=256)
def slug_words(url: str | None) -> frozenset[str]:
    """Lower-case words of the last URL path segment with three or more words.

    Cached (and so frozen): the features and the headline finder both ask, once per page each.
    """
    if not url or not url.startswith(("http://", "https://")):
        return frozenset()
    path = unquote(urlsplit(url).path)
    for segment in reversed([s for s in path.split("/") if s]):
        segment = _SLUG_EXT.sub("", segment)
        tokens = [t for t in _SLUG_SPLIT.split(segment.lower()) if t and not t.isdigit()]
        if len(tokens) >= 3:
            return frozenset(tokens)
    return frozenset()


@lru_cache(maxsize=256)
def _slug_hashes(slug: frozenset[str]) -> np.ndarray:
    """:func:`hash_set` of a page's slug words (cached with :func:`slug_words`)."""
    return hash_set(slug)


def _slug_overlap(page: PageText, url: str | None) -> np.ndarray:
    """Share of the URL's headline-slug words found in each line (the headline scores near 1).

    The line after the headline is where news bodies start, so the distance to the best-matching
    line is a strong positional cue that needs no markup.
    """
    slug = slug_words(url)
    if not slug or not len(page.word_hashes):
        return np.zeros(page.n)
    # A slug has a handful of words: one equality table (words x slug words) is cheaper than a
    # sorted look-up and a unique over (line, slug word) pairs (~100 -> ~30 us a page).
    # (Slug words x page words, so numpy compares along the long rows; flatnonzero is several
    # times faster than a two-dimensional nonzero.)
    hits = np.flatnonzero(_slug_hashes(slug)[:, None] == page.word_hashes)
    seen = np.zeros((len(slug), page.n), dtype=bool)
    seen[hits // len(page.word_hashes), page.word_line[hits % len(page.word_hashes)]] = True
    return seen.sum(axis=0) / len(slug)


def _word_columns(page: PageText) -> dict[str, np.ndarray]:
    """Word statistics per line: counts, letters, stopwords, capitals, dates."""
    first, last, line = page.first, page.last, page.word_line
    size = (last - first + 1).astype(float)
    cols = {"n_words": np.bincount(line, minlength=page.n).astype(float),
            "letters": np.bincount(line, weights=size, minlength=page.n),
            "stops": page.words_per_line(member(page.word_hashes, _STOP_HASHES)),
            "upper_initial": page.words_per_line(page.upper[first])}
    if len(first):
        # reduceat sums up to the next word start; what lies between words is never a letter or digit.
        lower_in, upper_in, digits_in = _class_counts(page.flags, first)
        cols["digits"] = np.bincount(line, weights=digits_in, minlength=page.n)  # digits are word characters
        # Dates are asked of the all-digit words only (a few in a hundred): the same tests on
        # arrays that small cost a fraction of the page-wide ones.
        numeric = np.append(digits_in == size, False)  # a word past the last: never numeric
        num = np.flatnonzero(numeric)
        num_start, num_size = first[num], size[num]
        c0, c1 = page.codes[num_start], page.char_at(num_start + 1)
        year = (num_size == 4) & (((c0 == 49) & (c1 == 57)) | ((c0 == 50) & (c1 == 48)))  # 19xx, 20xx
        # "9:30", "12.05": 1-2 digits, ":" or ".", then a word of exactly two digits.
        after = page.char_at(last[num] + 1)
        nxt = np.minimum(num + 1, len(first) - 1)
        two = numeric[num + 1] & (size.take(nxt) == 2) & (first.take(nxt) == last[num] + 2)
        clock = (num_size <= 2) & ((after == 58) | (after == 46)) & two
        cols["all_caps"] = page.words_per_line((lower_in == 0) & (upper_in >= 2))
        cols["date_like"] = np.bincount(line[num[year | clock]], minlength=page.n) > 0
    else:
        cols["all_caps"] = np.zeros(page.n)
        cols["date_like"] = np.zeros(page.n, dtype=bool)
        cols["digits"] = np.zeros(page.n)
    return cols


_FIELD = 21  # bits a packed count gets: three counts share one int64
_FIELD_MASK = (1 << _FIELD) - 1


@lru_cache(maxsize=1)
def _class_table() -> np.ndarray:
    """Lower-case, upper-case and digit bits of every :attr:`PageText.flags` value, packed
    ``lower + upper << 21 + digit << 42`` (for :func:`_class_counts`)."""
    flags = np.arange(1 << 16)
    return (((flags & LOWER) > 0) + (((flags & UPPER) > 0).astype(np.int64) << _FIELD)
            + (((flags & DIGIT) > 0).astype(np.int64) << 2 * _FIELD))


@lru_cache(maxsize=1)
def _mark_table() -> np.ndarray:
    """Punctuation, comma and pipe bits of every code point of the Basic Multilingual Plane,
    packed like :func:`_class_table` (for :func:`_mark_counts`)."""
    marks = (_char_tables()[0] & PUNCT) > 0  # the class bits page_text gives every character
    table = marks.astype(np.int64)
    table[ord(",")] += 1 << _FIELD
    table[ord("|")] += 1 << 2 * _FIELD
    return table


def _mark_counts(page: PageText) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Punctuation marks, commas and pipes on each line, from one segmented sum (see
    :func:`_class_counts`). Code points beyond the BMP are none of the three (every mark of
    ``_PUNCT`` is in it), so they are looked up as U+FFFF, which is none either."""
    codes = page.codes
    if len(codes) > _FIELD_MASK:
        return tuple(page.chars_per_line(mask) for mask in (page.punct, codes == 44, codes == 124))  # type: ignore[return-value]
    packed = np.add.reduceat(_mark_table().take(np.minimum(codes, 0xFFFF)), page.starts)
    return ((packed & _FIELD_MASK).astype(float), ((packed >> _FIELD) & _FIELD_MASK).astype(float),
            (packed >> 2 * _FIELD).astype(float))


def _class_counts(flags: np.ndarray, at: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Lower-case, upper-case and digit characters from each of ``at`` to the next (as three
    ``np.add.reduceat`` would count them).

    Why packed: one segmented sum over the page instead of three (each ~40 us a page); a field
    of 21 bits holds any count of a page under 2 M characters, longer pages take the three sums.
    """
    if len(flags) > _FIELD_MASK:
        return tuple(np.add.reduceat((flags & bit) > 0, at, dtype=np.int64) for bit in (LOWER, UPPER, DIGIT))  # type: ignore[return-value]
    packed = np.add.reduceat(_class_table().take(flags), at)
    return packed & _FIELD_MASK, (packed >> _FIELD) & _FIELD_MASK, packed >> 2 * _FIELD


_AHEAD = np.arange(1, 4)[:, None]  # broadcast against a row of lines: one row per offset


@lru_cache(maxsize=1)
def _closers() -> str:
    """The characters :data:`CLOSER` flags (all in the Basic Multilingual Plane)."""
    return "".join(map(chr, np.flatnonzero(_char_tables()[0] & CLOSER).tolist()))


def _line_columns(page: PageText, texts: Sequence[str], line_starts: np.ndarray) -> dict[str, np.ndarray]:
    """Features of each line on its own, from characters at its start and end and page-wide counts."""
    n, lengths, starts, ends = page.n, page.lengths, page.starts, page.ends
    codes = page.codes
    words = _word_columns(page)
    punct, commas, pipes = _mark_counts(page)
    n_words, safe_words = words["n_words"], np.maximum(words["n_words"], 1.0)
    safe_chars = np.maximum(lengths, 1).astype(float)
    # The second to fourth characters of each line, -1 past its end (one gather for the three).
    c1, c2, c3 = np.where(lengths > _AHEAD, page.char_at(starts + _AHEAD), -1)
    last_char = codes[ends - 1]
    # Last character that is not a closing quote or bracket ("said." and "(2019)." end sentences):
    # the line's last one, but for the few lines that end in one (found in their text, not by a
    # pass over the page's characters).
    last_open = ends - 1
    for i in np.flatnonzero(page.flags.take(last_open) & CLOSER).tolist():
        last_open[i] = starts[i] + len(texts[i].rstrip(_closers())) - 1  # before the line: none
    final = (last_open >= starts) & ((page.flags[np.maximum(last_open, 0)] & FINAL) > 0)
    digit0, digit1 = page.digit[starts], (c1 >= 0) & page.digit[np.minimum(starts + 1, len(codes) - 1)]
    closes = (c1 == 46) | (c1 == 41)
    numbered = digit0 & ((closes & ((c2 == -1) | (c2 == 32))) |
                         (digit1 & ((c2 == 46) | (c2 == 41)) & ((c3 == -1) | (c3 == 32))))
    bullet = (((page.flags[starts] & BULLET) > 0) & ((c1 == -1) | (c1 == 32))) | numbered
    three_dots = (lengths >= 3) & (last_char == 46) & (page.char_at(ends - 2) == 46) & (page.char_at(ends - 3) == 46)

    # Exact, case-sensitive repeats ("Home" twice is a menu; "HOME" and "Home" may be two menus).
    counts = Counter(texts)
    dup = np.minimum(np.fromiter(map(counts.__getitem__, texts), dtype=float, count=n), 5.0)
    # "caption" then "caption. Picture: X": a line that the next one starts with.
    span = np.maximum(15, lengths - 2)
    limit = len(codes)
    own = page.slice_hash(starts, np.minimum(starts + span, limit))
    next_starts = np.concatenate((starts[1:], [limit]))
    theirs = page.slice_hash(next_starts[:-1], np.minimum(next_starts[:-1] + span[:-1], limit)) if n > 1 else own[:0]
    next_lengths = np.concatenate((lengths[1:], [0]))
    prefix_next = np.zeros(n, dtype=bool)
    prefix_next[:-1] = (lengths[:-1] >= 15) & (next_lengths[:-1] >= span[:-1]) & (own[:-1] == theirs)
    return {
        "n_words": n_words,
        "log_words": np.log1p(n_words), "log_chars": np.log1p(lengths), "mean_word_len": words["letters"] / safe_words,
        "stop_ratio": words["stops"] / safe_words, "punct_ratio": punct / safe_chars,
        "digit_ratio": words["digits"] / safe_chars,
        "upper_initial": words["upper_initial"] / safe_words, "all_caps": words["all_caps"] / safe_words,
        "final_punct": final.astype(float), "ends_colon": (last_char == 58).astype(float), "bullet": bullet.astype(float),
        "has_pipe": pipes, "n_commas": np.minimum(commas, 10),
        "date_like": words["date_like"].astype(float),
        "dup_count": dup, "prefix_of_next": prefix_next.astype(float),
        "next_prefix_of_this": np.concatenate(([False], prefix_next[:-1])).astype(float),
        "long_line": (n_words >= LONG_LINE_WORDS).astype(float),
        "ellipsis": ((last_char == 0x2026) | three_dots).astype(float),
        "more_start": line_starts[0],
    }


def line_features(texts: Sequence[str], url: str | None = None) -> np.ndarray:
    """The feature matrix (lines x :data:`FEATURE_NAMES`) of one dump's normalised lines."""
    n = len(texts)
    if n == 0:
        return np.zeros((0, len(FEATURE_NAMES)))
    page = page_text(texts)
    line_starts = _line_starts(page)
    col = _line_columns(page, texts, line_starts)
    cues = _cue_columns(page, line_starts)
    for k, name in enumerate(_CUE_NAMES):
        col[name] = cues[:, k]
    slug = _slug_overlap(page, url)
    slug[page.lengths >= 300] = 0.0  # long lines are paragraphs, never the headline
    col["slug_overlap"] = slug

    # Word counts as recovered from log_words (the model was fitted on spans of these, and they
    # differ from the integers in the last bit, which decides ties between equal-sum spans).
    n_words = np.expm1(col["log_words"])
    long_line = col["long_line"]
    total_words = max(n_words.sum(), 1.0)
    start, end = max_span(n_words - 10.0)
    idx = np.arange(n)
    if end > start:
        dist = np.maximum(np.maximum(start - idx, idx - end + 1), 0)  # lines outside the span
    else:
        dist = np.full(n, float(n))
    longest = int(np.argmax(n_words))
    slug_at = int(np.argmax(slug))
    slug_best = float(slug[slug_at])
    cue_any = np.minimum(col["cue_more"] + col["cue_ad"] + col["cue_share"] + col["cue_legal"] + col["cue_credit"], 1.0)
    words_near = _neighbours(col["log_words"], 2, 0.0)  # row 2 + k: the line k lines away
    final_near = _neighbours(col["final_punct"], 1, 0.0)
    win3, win8 = _window_means(np.array((long_line, col["final_punct"], col["stop_ratio"], cue_any, col["bullet"])), (3, 8))
    col.update({
        "rel_pos": idx / max(n - 1, 1),
        "mass_before": (np.cumsum(n_words) - n_words) / total_words,
        "in_maxspan": ((idx >= start) & (idx < end)).astype(float),
        "dist_maxspan": np.log1p(dist),
        "rel_to_longest": np.sign(idx - longest) * np.log1p(np.abs(idx - longest)),
        "w_prev1": words_near[1], "w_prev2": words_near[0], "w_next1": words_near[3], "w_next2": words_near[4],
        "final_prev1": final_near[0], "final_next1": final_near[2],
        "long_win3": win3[0], "long_win8": win8[0], "final_win3": win3[1], "final_win8": win8[1],
        "stop_win3": win3[2], "cue_win3": win3[3], "bullet_win3": win3[4],
        "page_lines": np.full(n, math.log1p(n)),
        "page_long_share": np.full(n, np.count_nonzero(long_line) / n),  # as long_line.mean() gives it
        "from_slug_line": np.minimum(np.maximum(idx - slug_at, -30), 30) if slug_best >= 0.5 else np.full(n, -99.0),
        "slug_best": np.full(n, slug_best),
    })
    # Built feature-major (one row per feature) and returned transposed: the tree evaluator reads
    # it feature-major, so its transpose back is free.
    return np.array([col[name] for name in FEATURE_NAMES], dtype=float).T


STACK_FEATURES: tuple[str, ...] = (
    "g", "g_prev1", "g_prev2", "g_prev3", "g_next1", "g_next2", "g_next3",
    "g_win2", "g_win5", "g_win10", "g_win20", "g_max_before5", "g_max_after5",
    "g_in_span", "g_dist_span", "g_span_rel", "g_mass_before", "g_pos_share",
)


def stacked_features(matrix: np.ndarray, logits: np.ndarray) -> np.ndarray:
    """Second-stage features: the line's own features plus its neighbourhood's first-stage verdicts.

    Why a second stage: whether a short line (a subhead, a one-sentence quote) is body depends on
    whether the lines around it were judged body; feeding the first stage's log-odds of the
    neighbours back in lets the trees learn that, like a cheap conditional random field.
    """
    return np.concatenate((matrix.T, stack_columns(matrix, logits))).T


def stack_columns(matrix: np.ndarray, logits: np.ndarray) -> np.ndarray:
    """The :data:`STACK_FEATURES` of :func:`stacked_features`, feature-major (one row a feature).

    The run-time classifier needs only these: its tests on the per-line features were answered
    for the first stage already, so the page's matrix is not copied again.
    """
    n = len(logits)
    out = np.empty((len(STACK_FEATURES), n))  # filled row by row: no stacking copy
    # (Maxima and minima, not np.clip: the same values, without its ~8 us of Python a call.)
    g = np.minimum(np.maximum(logits, -10.0, out=out[0]), 10.0, out=out[0])
    near = _neighbours(g, 5, -10.0)  # row 5 + k: the verdict k lines away
    out[1:4] = near[4:1:-1]  # one, two and three lines before
    out[4:7] = near[6:9]  # and after
    out[7:11] = _window_means(g, (2, 5, 10, 20))
    near[0:5].max(axis=0, out=out[11])  # the best verdict of the five lines before (-10 at the top)
    near[6:11].max(axis=0, out=out[12])  # and after
    words_per_line = np.expm1(matrix[:, 0])
    positive = np.maximum(g, 0.0) * words_per_line
    total = max(positive.sum(), 1e-9)
    start, end = max_span(g)
    idx = np.arange(n)
    out[13] = (idx >= start) & (idx < end)
    out[14] = np.log1p(np.maximum(np.maximum(start - idx, idx - end + 1), 0))  # lines outside the span
    out[15] = np.minimum(np.maximum((idx - start) / max(end - start, 1), -5.0), 5.0)
    out[16] = (np.cumsum(positive) - positive) / total
    out[17] = np.count_nonzero(g > 0) / n  # the share of lines judged body, as (g > 0).mean() gives it
    return out

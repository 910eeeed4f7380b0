"""Per-line features of a page dump, the input of the line classifier.

Why these: a dump has no markup, so the only evidence that a line is article text is how it
reads (length, function words, sentence punctuation), what it says (cue phrases that only
boilerplate uses: "READ MORE", "Advertisement", "Picture:", cookie and share prompts), whether it
repeats elsewhere on the page, where it sits, and what its neighbours look like (article
paragraphs come in runs; menus and headline lists come in runs of short lines). The same function
builds the training matrix (``tools/train_dump_model.py``) and the one scored at run time, so the
two can never drift apart.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from functools import lru_cache
from urllib.parse import unquote, urlsplit
from collections import Counter
from collections.abc import Sequence

import numpy as np

from .lines import words

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

# Cue phrases, lower-case. Each group is one feature. A phrase must start at a word boundary and,
# unless it ends in "*", end at one; phrases are literal so the page can be searched with
# ``str.find`` (regex alternations of this size are ~20x slower in Python's engine).
_CUE_PHRASES: dict[str, tuple[str, ...]] = {
    "cue_more": (
        "read more", "read also", "also read", "read next", "related", "see more", "see also", "more from",
        "more on", "more news", "latest news", "top stories", "most read", "most popular", "trending",
        "recommended", "you may also", "you might also", "lesen sie auch", "mehr zum thema", "mehr zu",
        "auch interessant", "weiterlesen", "weitere artikel", "das könnte", "lire aussi", "à lire",
        "voir aussi", "lire la suite", "leer más", "lea también", "te puede interesar", "más leídas",
        "leia também", "leia mais", "veja também", "czytaj*", "zobacz też", "leggi anche", "lees ook",
        "next article", "previous article", "weitere nachrichten", "mehr nachrichten", "meistgelesen*",
    ),
    "cue_ad": ("advertisement", "advertising", "sponsored", "anzeige", "werbung", "publicité", "publicidad",
               "reklama", "pubblicità", "promoted"),
    "cue_share": ("share", "tweet", "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "email",
                  "e-mail", "print", "teilen", "partager", "compartir", "drucken", "copy link", "telegram"),
    "cue_legal": ("cookie*", "privacy", "datenschutz*", "consent", "gdpr", "terms of use", "terms of service",
                  "impressum", "all rights reserved", "alle rechte", "newsletter*", "subscribe*", "abonn*",
                  "sign up", "sign in", "login", "log in", "anmelden", "registr*", "javascript", "browser",
                  "mentions légales", "aviso legal"),
    "cue_credit": ("picture:", "photo:", "image:", "credit:", "credits:", "foto:", "fotos:", "bild:",
                   "quelle:", "source:", "fuente:", "crédit:", "crédits:", "photograph:", "©", "(c)",
                   "photo by", "photos by", "getty images", "picture alliance", "shutterstock", "imago",
                   "istock", "ap photo", "/afp", "/reuters", "/dpa", "/epa", "/ap", "pictures:", "images:",
                   "bilder:", "picture-alliance", "epa-efe", "reuters/", "image credit", "photo credit"),
    "cue_comment": ("comment*", "kommentar*", "commentaire*", "comentario*", "reply", "antworten", "répondre",
                    "responder"),
}
# Cues that only count at the start of a line.
_LINE_START: dict[str, tuple[str, ...]] = {
    "cue_byline": ("by ", "von ", "por ", "par ", "di ", "door ", "escrito por ", "text: ", "texte: ",
                   "autor: ", "author: ", "reporting by "),
    "cue_nav": ("home", "menu", "search", "suche", "startseite", "accueil", "inicio", "skip to", "zum inhalt",
                "navigation", "close", "schließen", "back to top", "nach oben", "section", "more", "mehr"),
}
_CUE_NAMES: tuple[str, ...] = (*_CUE_PHRASES, *_LINE_START)
# The leading whole word of each phrase ("" when it must be searched for: prefixes, symbols).
_FIRST_WORDS: tuple[tuple[str, ...], ...] = tuple(
    tuple("" if (p.endswith("*") and " " not in p) or not p[0].isalnum() else re.match(r"\w+", p).group(0)
          for p in phrases)
    for phrases in _CUE_PHRASES.values())
_MORE_STARTS = tuple(p.rstrip("*") for p in _CUE_PHRASES["cue_more"])
_DATE_LIKE = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[:.]\d\d\b")
_SLUG_SPLIT = re.compile(r"[\W_]+")
_SLUG_EXT = re.compile(r"\.(?:s?html?|php|aspx?|cms)$", re.I)
_BULLET_CHARS = frozenset("*+o•·-–")
_NUMBERED = re.compile(r"\d{1,2}[.)](?:\s|$)")
_WORD = re.compile(r"\w+")
_FINAL = frozenset(".!?…")
_CLOSERS = "\"'”’»)]"

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

LONG_LINE_WORDS = 12  # a line this long is usually prose (median body line: 26 words, others: 2)


def _char_tables() -> dict[str, np.ndarray]:
    """Character classes of the Basic Multilingual Plane, as Python's ``str`` methods define them.

    ``word`` equals the ``\\w`` of :mod:`re` (alphanumeric or underscore), so word boundaries
    found with these tables are exactly those of :func:`eventwire.extract.lines.words`.
    """
    chars = [chr(c) for c in range(65536)]
    punct = set(".,;:!?()\"'“”‘’«»-–—/|")
    return {
        "word": np.array([c.isalnum() or c == "_" for c in chars]),
        "upper": np.array([c.isupper() for c in chars]),
        "lower": np.array([c.islower() for c in chars]),
        "digit": np.array([c.isdecimal() for c in chars]),
        "punct": np.array([c in punct for c in chars]),
    }


_TABLES: dict[str, np.ndarray] = {}


def _class_masks(codes: np.ndarray) -> dict[str, np.ndarray]:
    """Per-character class masks of a page; the rare characters beyond the BMP are tested one by one."""
    if not _TABLES:
        _TABLES.update(_char_tables())
    high = codes > 0xFFFF
    low_codes = np.where(high, 0, codes)
    masks = {name: table[low_codes] for name, table in _TABLES.items()}
    if high.any():
        for code in np.unique(codes[high]).tolist():
            char, at = chr(code), codes == code
            masks["word"][at] = char.isalnum()
            masks["upper"][at] = char.isupper()
            masks["lower"][at] = char.islower()
            masks["digit"][at] = char.isdecimal()
    return masks


def _text_columns(texts: Sequence[str]) -> tuple[np.ndarray, list[str], np.ndarray]:
    """Word and character statistics of every line, computed page-wide with numpy.

    Why page-wide: per-line Python loops cost ~15 us a line, most of the time budget of a page;
    one pass over the joined page's code points gives the same numbers for all lines at once.
    Columns: words, chars, letters in words, stopwords, punctuation, digits, capitalised words,
    all-capital words. Also returns the page's lower-cased words and the line of each word.
    """
    n = len(texts)
    joined = "\n".join(texts)
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    masks = _class_masks(codes)
    word = masks["word"]
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=n)
    line_of = np.repeat(np.arange(n), lengths + 1)[: len(codes)]
    previous = np.concatenate(([False], word[:-1]))
    following = np.concatenate((word[1:], [False]))
    word_start = word & ~previous
    word_end = word & ~following
    first = np.flatnonzero(word_start)
    last = np.flatnonzero(word_end)
    word_line = line_of[first]

    def per_line(values: np.ndarray, where: np.ndarray) -> np.ndarray:
        return np.bincount(where, weights=values, minlength=n)

    ones = np.ones(len(first))
    n_words = per_line(ones, word_line)
    letters = per_line((last - first + 1).astype(float), word_line)
    # The words themselves, sliced at the boundaries found above (a regex pass costs ~4x more).
    lowered = joined.lower()
    if len(lowered) != len(joined):  # a few letters lower-case to two characters ("İ")
        tokens = list(map(str.lower, _WORD.findall(joined)))
    else:
        tokens = [lowered[a:b] for a, b in zip(first.tolist(), (last + 1).tolist())]
    is_stop = np.fromiter(map(STOPWORDS.__contains__, tokens), dtype=float, count=len(tokens))
    stops = per_line(is_stop, word_line)
    upper_initial = per_line(masks["upper"][first].astype(float), word_line)
    if len(first):
        lower_in_word = np.add.reduceat(masks["lower"].astype(np.int64), first)
        upper_in_word = np.add.reduceat(masks["upper"].astype(np.int64), first)
        # reduceat sums up to the next word start; what lies between words is never a letter.
        caps = (lower_in_word == 0) & (upper_in_word >= 2)
    else:
        caps = np.zeros(0, dtype=bool)
    all_caps = per_line(caps.astype(float), word_line)
    punct = per_line(masks["punct"].astype(float), line_of)
    digits = per_line(masks["digit"].astype(float), line_of)
    columns = np.column_stack([n_words, lengths.astype(float), letters, stops, punct, digits, upper_initial, all_caps])
    return columns, tokens, word_line


def _base_rows(texts: Sequence[str], stats: np.ndarray) -> np.ndarray:
    """Features of each line on its own (cue phrases are added page-wide, see :func:`_cue_columns`)."""
    n_words, n_chars, letters, stops, punct, digits, upper, caps = stats.T
    safe_words = np.maximum(n_words, 1.0)
    safe_chars = np.maximum(n_chars, 1.0)
    final = [t.rstrip(_CLOSERS)[-1:] in _FINAL for t in texts]
    colon = [t[-1] == ":" for t in texts]
    bullet = [(t[0] in _BULLET_CHARS and (len(t) == 1 or t[1] == " ")) or bool(_NUMBERED.match(t)) for t in texts]
    pipes = [t.count("|") for t in texts]
    commas = [min(t.count(","), 10) for t in texts]
    date_like = np.zeros(len(texts))
    for i in np.flatnonzero(digits).tolist():
        date_like[i] = _DATE_LIKE.search(texts[i]) is not None
    return np.column_stack([
        np.log1p(n_words), np.log1p(n_chars), letters / safe_words, stops / safe_words, punct / safe_chars,
        digits / safe_chars, upper / safe_words, caps / safe_words, final, colon, bullet, pipes, commas,
        date_like,
    ])


def _cue_columns(lowered: Sequence[str], vocabulary: set[str]) -> np.ndarray:
    """One 0/1 column per cue group, found by ``str.find`` over the whole lower-cased page.

    ``lowered`` are the page's lines in lower case; ``vocabulary`` (its words) lets most phrases
    be ruled out without a search.
    """
    joined = "\n".join(lowered)
    starts: list[int] = []
    offset = 0
    for t in lowered:
        starts.append(offset)
        offset += len(t) + 1
    out = np.zeros((len(lowered), len(_CUE_NAMES)))
    for k, phrases in enumerate(_CUE_PHRASES.values()):
        for phrase, first_word in zip(phrases, _FIRST_WORDS[k]):
            if first_word and first_word not in vocabulary:
                continue
            prefix = phrase.endswith("*")
            needle = phrase.rstrip("*")
            word_start = needle[0].isalnum()
            word_end = needle[-1].isalnum() and not prefix
            at = joined.find(needle)
            while at >= 0:
                end = at + len(needle)
                if (not word_start or at == 0 or not joined[at - 1].isalnum()) and (
                        not word_end or end >= len(joined) or not joined[end].isalnum()):
                    out[bisect_right(starts, at) - 1, k] = 1.0
                at = joined.find(needle, end)
    base = len(_CUE_PHRASES)
    for k, prefixes in enumerate(_LINE_START.values()):
        for i, t in enumerate(lowered):
            if t.startswith(prefixes):
                out[i, base + k] = 1.0
    return out


def _window_mean(values: np.ndarray, radius: int) -> np.ndarray:
    """Mean of ``values`` over ``i-radius .. i+radius`` (truncated at the page edges)."""
    lo, hi, width = _window_bounds(len(values), radius)
    padded = np.concatenate(([0.0], np.cumsum(values)))
    return (padded[hi] - padded[lo]) / width


@lru_cache(maxsize=512)
def _window_bounds(n: int, radius: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Index bounds of the windows of :func:`_window_mean` (cached: pages repeat their lengths)."""
    idx = np.arange(n)
    lo = np.maximum(idx - radius, 0)
    hi = np.minimum(idx + radius + 1, n)
    return lo, hi, np.maximum(hi - lo, 1).astype(float)


def _shift(values: np.ndarray, offset: int) -> np.ndarray:
    """``values[i + offset]`` with zeros beyond the edges."""
    out = np.zeros_like(values)
    if offset > 0:
        out[:-offset] = values[offset:]
    elif offset < 0:
        out[-offset:] = values[:offset]
    else:
        out[:] = values
    return out


def max_span(scores: np.ndarray) -> tuple[int, int]:
    """``(start, end)`` of the contiguous run with the largest sum (Kadane); ``(0, 0)`` if none > 0."""
    best, best_span, running, start = 0.0, (0, 0), 0.0, 0
    for i, score in enumerate(scores.tolist()):
        if running <= 0:
            running, start = 0.0, i
        running += score
        if running > best:
            best, best_span = running, (start, i + 1)
    return best_span


def _slug_overlap(n: int, tokens: list[str], word_line: np.ndarray, url: str | None) -> np.ndarray:
    """Share of the URL's headline-slug words found in each line (the headline scores near 1).

    The line after the headline is where news bodies start, so the distance to the best-matching
    line is a strong positional cue that needs no markup.
    """
    slug = slug_words(url)
    out = np.zeros(n)
    if not slug:
        return out
    hits = np.fromiter(map(slug.__contains__, tokens), dtype=bool, count=len(tokens))
    pairs = {(int(line), tokens[k]) for k, line in zip(np.flatnonzero(hits).tolist(), word_line[hits].tolist())}
    for line, _ in pairs:
        out[line] += 1.0
    return out / len(slug)


def slug_words(url: str | None) -> set[str]:
    """Lower-case words of the last URL path segment with three or more words."""
    if not url or not url.startswith(("http://", "https://")):
        return set()
    path = unquote(urlsplit(url).path)
    for segment in reversed([s for s in path.split("/") if s]):
        segment = _SLUG_EXT.sub("", segment)
        tokens = [t for t in _SLUG_SPLIT.split(segment.lower()) if t and not t.isdigit()]
        if len(tokens) >= 3:
            return set(tokens)
    return set()


def line_features(texts: Sequence[str], url: str | None = None) -> np.ndarray:
    """The feature matrix (lines x :data:`FEATURE_NAMES`) of one dump's normalised lines."""
    n = len(texts)
    if n == 0:
        return np.zeros((0, len(FEATURE_NAMES)))
    counts = Counter(texts)
    dup = np.array([min(counts[t], 5) for t in texts], dtype=float)
    stats, tokens, word_line = _text_columns(texts)
    vocabulary = set(tokens)
    vocabulary.update([part for t in vocabulary if "_" in t for part in t.split("_")])  # "facebook_url"
    lowered = [t.lower() for t in texts]
    base = np.column_stack([_base_rows(texts, stats), _cue_columns(lowered, vocabulary), dup])
    prefix_next = np.zeros(n)
    next_prefix = np.zeros(n)
    for i in range(n - 1):
        a, b = lowered[i], lowered[i + 1]
        if len(a) >= 15 and b.startswith(a[: max(15, len(a) - 2)]):
            prefix_next[i] = 1.0
            next_prefix[i + 1] = 1.0
    n_words = np.expm1(base[:, 0])
    long_line = (n_words >= LONG_LINE_WORDS).astype(float)
    ellipsis = np.array([t.endswith(("...", "…")) for t in texts], dtype=float)
    more_start = np.array([t.startswith(_MORE_STARTS) for t in lowered], dtype=float)
    slug = _slug_overlap(n, tokens, word_line, url)
    slug[[len(t) >= 300 for t in texts]] = 0.0  # long lines are paragraphs, never the headline
    base = np.column_stack([base, prefix_next, next_prefix, long_line, ellipsis, more_start, slug])

    names = BASE_FEATURES
    col = {name: base[:, k] for k, name in enumerate(names)}
    total_words = max(n_words.sum(), 1.0)
    mass_before = (np.cumsum(n_words) - n_words) / total_words
    start, end = max_span(n_words - 10.0)
    idx = np.arange(n)
    in_span = ((idx >= start) & (idx < end)).astype(float)
    if end > start:
        dist = np.where(idx < start, start - idx, np.where(idx >= end, idx - end + 1, 0)).astype(float)
    else:
        dist = np.full(n, float(n))
    longest = int(np.argmax(n_words))
    slug_at = int(np.argmax(slug))
    slug_best = float(slug[slug_at])
    cue_any = np.clip(col["cue_more"] + col["cue_ad"] + col["cue_share"] + col["cue_legal"] + col["cue_credit"], 0, 1)
    log_words = col["log_words"]
    context = np.column_stack([
        idx / max(n - 1, 1),
        mass_before,
        in_span,
        np.log1p(dist),
        np.sign(idx - longest) * np.log1p(np.abs(idx - longest)),
        _shift(log_words, -1), _shift(log_words, -2), _shift(log_words, 1), _shift(log_words, 2),
        _shift(col["final_punct"], -1), _shift(col["final_punct"], 1),
        _window_mean(long_line, 3), _window_mean(long_line, 8),
        _window_mean(col["final_punct"], 3), _window_mean(col["final_punct"], 8),
        _window_mean(col["stop_ratio"], 3), _window_mean(cue_any, 3), _window_mean(col["bullet"], 3),
        np.full(n, math.log1p(n)),
        np.full(n, long_line.mean()),
        np.clip(idx - slug_at, -30, 30) if slug_best >= 0.5 else np.full(n, -99.0),
        np.full(n, slug_best),
    ])
    return np.column_stack([base, context])


STACK_FEATURES: tuple[str, ...] = (
    "g", "g_prev1", "g_prev2", "g_prev3", "g_next1", "g_next2", "g_next3",
    "g_win2", "g_win5", "g_win10", "g_win20", "g_max_before5", "g_max_after5",
    "g_in_span", "g_dist_span", "g_span_rel", "g_mass_before", "g_pos_share",
)


def _shift_fill(values: np.ndarray, offset: int, fill: float) -> np.ndarray:
    """``values[i + offset]``, ``fill`` beyond the page edges."""
    out = np.full(len(values), fill)
    n = len(values)
    if abs(offset) >= n:
        return out
    if offset > 0:
        out[:n - offset] = values[offset:]
    elif offset < 0:
        out[-offset:] = values[:n + offset]
    else:
        out[:] = values
    return out


def _running_max(values: np.ndarray, radius: int, after: bool) -> np.ndarray:
    """Max of ``values`` over the ``radius`` lines after (or before) each line, -10 at the edges."""
    out = np.full(len(values), -10.0)
    for k in range(1, radius + 1):
        out = np.maximum(out, _shift_fill(values, k if after else -k, -10.0))
    return out


def stacked_features(matrix: np.ndarray, logits: np.ndarray) -> np.ndarray:
    """Second-stage features: the line's own features plus its neighbourhood's first-stage verdicts.

    Why a second stage: whether a short line (a subhead, a one-sentence quote) is body depends on
    whether the lines around it were judged body; feeding the first stage's log-odds of the
    neighbours back in lets the trees learn that, like a cheap conditional random field.
    """
    n = len(logits)
    g = np.clip(logits, -10.0, 10.0)
    words_per_line = np.expm1(matrix[:, 0])
    positive = np.clip(g, 0, None) * words_per_line
    total = max(positive.sum(), 1e-9)
    start, end = max_span(g)
    idx = np.arange(n)
    in_span = ((idx >= start) & (idx < end)).astype(float)
    dist = np.where(idx < start, start - idx, np.where(idx >= end, idx - end + 1, 0)).astype(float)
    span_rel = (idx - start) / max(end - start, 1)
    extra = np.column_stack([
        g, *(_shift_fill(g, k, -10.0) for k in (-1, -2, -3, 1, 2, 3)),
        _window_mean(g, 2), _window_mean(g, 5), _window_mean(g, 10), _window_mean(g, 20),
        _running_max(g, 5, after=False), _running_max(g, 5, after=True),
        in_span, np.log1p(dist), np.clip(span_rel, -5, 5),
        (np.cumsum(positive) - positive) / total,
        np.full(n, float((g > 0).mean())),
    ])
    return np.column_stack([matrix, extra])

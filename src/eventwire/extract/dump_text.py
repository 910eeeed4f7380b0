"""Page-wide character and word arrays of a dump: the raw material of the line features.

Why page-wide arrays: a page has ~150 lines and ~1200 words, and any per-line or per-word Python
step costs 0.1-1 us an item, which over the ~60 features added up to most of the time budget of a
page. Here the page is joined once, turned into code points, and every later question ("how many
words on each line", "is this word a stopword", "do these two lines start alike") is answered
with a few numpy operations over all lines or words at once.

Words are compared by a 64-bit polynomial hash of their lower-cased code points, computed for
every word from one prefix-sum (``h = sum(c[k] * P**k)``; P odd, so it is invertible modulo 2**64
and the hash of any slice is ``(S[end] - S[start]) * P**-start``). The same prefix sums hash line
prefixes, so a line that opens the next one is found without building strings.
A collision between two different words has probability ~2**-64 per pair: negligible.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

_P = 0x9E3779B97F4A7C15  # odd: invertible modulo 2**64
_P_INVERSE = pow(_P, -1, 1 << 64)
_MASK = (1 << 64) - 1
_PUNCT = frozenset(".,;:!?()\"'“”‘’«»-–—/|")
# Bits of a few characters the line features ask about (see ``PageText.flags``).
CLOSER, FINAL, BULLET = 1, 2, 4
_FLAGGED = {CLOSER: "\"'”’»)]", FINAL: ".!?…", BULLET: "*+o•·-–"}


WORD, UPPER, LOWER, DIGIT, PUNCT = 16, 32, 64, 128, 256
PAD = 4  # how far outside the page :meth:`PageText.char_at` may look


@lru_cache(maxsize=1)
def _char_tables() -> tuple[np.ndarray, np.ndarray]:
    """Class bits and lower case of every code point of the Basic Multilingual Plane.

    Bits as Python's ``str`` methods define the classes: :data:`WORD` is the ``\\w`` of :mod:`re`
    (alphanumeric or underscore), so word boundaries found with it are exactly those of
    :func:`eventwire.extract.lines.words`. The lower case of the few characters that lower-case
    to two is their first character. One table look-up per character gives all classes.
    """
    bits = np.zeros(65536, dtype=np.uint16)
    to_lower = np.arange(65536, dtype=np.int64)
    for code in range(65536):
        char = chr(code)
        value = 0
        if char.isalnum() or char == "_":
            value |= WORD
        if char.isupper():
            value |= UPPER
        if char.islower():
            value |= LOWER
        if char.isdecimal():
            value |= DIGIT
        if char in _PUNCT:
            value |= PUNCT
        bits[code] = value
        low = char.lower()
        if low and low != char:
            to_lower[code] = ord(low[0])
    for flag, members in _FLAGGED.items():
        for char in members:
            bits[ord(char)] |= flag
    return bits, to_lower


def _char_bits(char: str) -> int:
    """:func:`_char_tables` bits of one character beyond the BMP."""
    return ((WORD if char.isalnum() else 0) | (UPPER if char.isupper() else 0) | (LOWER if char.islower() else 0)
            | (DIGIT if char.isdecimal() else 0))


_POWERS: list[np.ndarray] = [np.ones(1, dtype=np.uint64), np.ones(1, dtype=np.uint64)]


def _powers(length: int) -> tuple[np.ndarray, np.ndarray]:
    """``P**k`` and ``P**-k`` modulo 2**64 for ``k < length`` (grown by doubling, then cached)."""
    if len(_POWERS[0]) < length:
        size = max(length, 2 * len(_POWERS[0]), 4096)
        for k, base in enumerate((_P, _P_INVERSE)):
            factors = np.full(size, base, dtype=np.uint64)
            factors[0] = 1
            _POWERS[k] = np.cumprod(factors, dtype=np.uint64)  # wraps modulo 2**64, as intended
    return _POWERS[0][:length], _POWERS[1][:length]


def word_hash(word: str) -> int:
    """The hash :class:`PageText` gives ``word`` (which must already be lower case)."""
    value, power = 0, 1
    for char in word:
        value = (value + ord(char) * power) & _MASK
        power = (power * _P) & _MASK
    return value


def hash_set(words: Iterable[str]) -> np.ndarray:
    """Sorted hashes of ``words``, for :func:`member`."""
    return np.unique(np.array([word_hash(w) for w in words], dtype=np.uint64))


class HashTable:
    """A fixed set of word hashes answering membership with two small gathers (for :func:`member`).

    Why: a sorted look-up (``np.searchsorted``) costs ~9 dependent, badly predicted compares a
    query; the stopword test alone (every word of the page against ~240 hashes) took ~80 us a
    page that way. Here a multiplicative hash of each member owns a slot of a small table of
    16-bit positions (the multiplier is the first of a fixed sequence under which no two members
    share a slot; ~16 slots a member, 8 KB for the stopwords, so the table stays in cache between
    pages); a query is in the set exactly when the member at its slot's position is the query
    itself. Empty slots point at a member whose own slot is another one, so no query can match
    through them.
    """

    def __init__(self, hashes: np.ndarray) -> None:
        self.sorted = np.unique(np.asarray(hashes, dtype=np.uint64))
        size = len(self.sorted)
        if size >= 1 << 15:
            raise ValueError("HashTable is for word lists (under 32 K hashes)")
        bits = max(6, min(16, (size * size).bit_length() // 2 + 4))  # ~16 slots a member or 64 K
        multiplier = _P
        for _ in range(10_000):
            slots = (self.sorted * np.uint64(multiplier)) >> np.uint64(64 - bits)
            if len(np.unique(slots)) == size:
                break
            multiplier = (multiplier * _P + 2) & _MASK | 1
        else:
            raise ValueError("no collision-free multiplier for this set")
        self._multiplier, self._shift = np.uint64(multiplier), np.uint64(64 - bits)
        self._index = np.zeros(1 << bits, dtype=np.uint16)  # 0: empty, else 1 + position
        self._index[slots] = np.arange(1, size + 1)
        self._members = np.concatenate((self.sorted[:1], self.sorted))  # empty -> member 0, slot taken

    def __len__(self) -> int:
        return len(self.sorted)

    def contains(self, hashes: np.ndarray) -> np.ndarray:
        """Which of ``hashes`` are in the set."""
        slots = (hashes * self._multiplier) >> self._shift
        return self._members.take(self._index.take(slots)) == hashes


@dataclass(frozen=True)
class PrefixSet:
    """Line prefixes (lower case, 3+ characters) and the hashes of their first three characters."""

    prefixes: tuple[str, ...]
    heads: HashTable


def prefix_set(prefixes: Iterable[str]) -> PrefixSet:
    """A :class:`PrefixSet` for :meth:`PageText.starts_with`."""
    items = tuple(prefixes)
    if any(len(p) < 3 for p in items):
        raise ValueError("prefixes need three or more characters")
    return PrefixSet(items, HashTable(hash_set(p[:3] for p in items)))


def member(hashes: np.ndarray, sorted_set: np.ndarray | HashTable) -> np.ndarray:
    """Which of ``hashes`` are in ``sorted_set`` (a :func:`hash_set`, or a :class:`HashTable`
    for the fixed sets asked about on every page)."""
    if isinstance(sorted_set, HashTable):
        return sorted_set.contains(hashes) if len(sorted_set) else np.zeros(len(hashes), dtype=bool)
    if not len(sorted_set) or not len(hashes):
        return np.zeros(len(hashes), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_set, hashes), len(sorted_set) - 1)
    return sorted_set[at] == hashes


@dataclass
class PageText:
    """One dump's lines as arrays over the joined page (lines separated by one ``\\n``).

    Per character: ``codes`` (code points), class masks and ``flags`` (:data:`CLOSER` ...); per line: ``starts``/``ends``
    (offsets of the line's first and one-past-last character) and ``lengths``; per word: ``first``
    / ``last`` (offsets of its first and last character), ``word_line`` and ``word_hashes``.
    ``lowered`` is the page in lower case, character for character aligned with ``joined``.
    """

    n: int
    joined: str
    lowered: str
    codes: np.ndarray
    word: np.ndarray
    upper: np.ndarray
    lower: np.ndarray
    digit: np.ndarray
    punct: np.ndarray
    flags: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    lengths: np.ndarray
    line_of: np.ndarray
    first: np.ndarray
    last: np.ndarray
    word_line: np.ndarray
    word_hashes: np.ndarray
    _sums: np.ndarray
    _inverse: np.ndarray
    _padded: np.ndarray

    def slice_hash(self, start: np.ndarray, stop: np.ndarray) -> np.ndarray:
        """Hash of the lower-cased text ``[start, stop)`` for arrays of offsets (same as :func:`word_hash`)."""
        return (self._sums[stop] - self._sums[start]) * self._inverse[start]

    def starts_with(self, wanted: PrefixSet) -> np.ndarray:
        """Which lines start with one of ``wanted``'s prefixes: lines whose first three characters
        hash like a prefix's, then an exact test of those few."""
        out = np.zeros(self.n, dtype=bool)
        head = self.slice_hash(self.starts, np.minimum(self.starts + 3, len(self.codes)))
        text, starts, ends = self.lowered, self.starts, self.ends
        for i in np.flatnonzero((self.lengths >= 3) & member(head, wanted.heads)).tolist():
            out[i] = text.startswith(wanted.prefixes, starts[i], ends[i])
        return out

    def char_at(self, offsets: np.ndarray) -> np.ndarray:
        """Code points at ``offsets``, -1 outside the page; offsets must lie within :data:`PAD`
        characters of it. One gather: the page's code points are stored with ``PAD`` trailing -1,
        which negative offsets reach too (Python indexing from the end)."""
        return self._padded[offsets]

    def chars_per_line(self, mask: np.ndarray) -> np.ndarray:
        """How many characters of each line ``mask`` flags (a segmented sum over the page)."""
        return np.add.reduceat(mask, self.starts, dtype=np.int64).astype(float)

    def words_per_line(self, mask: np.ndarray) -> np.ndarray:
        """How many words of each line ``mask`` (one flag per word) flags."""
        return np.bincount(self.word_line[mask], minlength=self.n).astype(float)


def page_text(texts: Sequence[str]) -> PageText:
    """The arrays of one page's normalised, non-empty lines."""
    table, to_lower = _char_tables()
    n = len(texts)
    joined = "\n".join(texts)
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.intp)
    high = codes > 0xFFFF
    if high.any():
        low_codes = np.where(high, 0, codes)
        bits, lowered_codes = table[low_codes], to_lower[low_codes]
        for code in np.unique(codes[high]).tolist():  # the rare characters beyond the BMP, one by one
            char, at = chr(code), codes == code
            bits[at], lowered_codes[at] = _char_bits(char), ord(char.lower()[0])
    else:
        bits, lowered_codes = table[codes], to_lower[codes]
    word = (bits & WORD) > 0
    lowered = lowered_codes.astype("<u4").tobytes().decode("utf-32-le")

    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    ends = np.cumsum(lengths + 1) - 1
    starts = ends - lengths
    line_of = np.repeat(np.arange(n), lengths + 1)[: len(codes)]
    previous = np.concatenate(([False], word[:-1]))
    following = np.concatenate((word[1:], [False]))
    first = np.flatnonzero(word & ~previous)
    last = np.flatnonzero(word & ~following)

    powers, inverse = _powers(len(codes) + 1)
    sums = np.zeros(len(codes) + 1, dtype=np.uint64)
    np.cumsum(lowered_codes.astype(np.uint64) * powers[: len(codes)], out=sums[1:])
    word_hashes = (sums[last + 1] - sums[first]) * inverse[first]
    return PageText(n=n, joined=joined, lowered=lowered, codes=codes, word=word, upper=(bits & UPPER) > 0,
                    lower=(bits & LOWER) > 0, digit=(bits & DIGIT) > 0, punct=(bits & PUNCT) > 0, flags=bits, starts=starts, ends=ends, lengths=lengths, line_of=line_of,
                    first=first, last=last, word_line=line_of[first], word_hashes=word_hashes,
                    _sums=sums, _inverse=inverse, _padded=np.concatenate((codes, np.full(PAD, -1, dtype=codes.dtype))))

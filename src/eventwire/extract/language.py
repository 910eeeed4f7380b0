"""Language of an article body (ISO 639-1), identified offline.

py3langid is a small, dependency-light port of langid.py with its model inside the wheel, so it
works on an air-gapped machine. Very short texts are not identified: a guess from a dozen words
is wrong often enough to mislead a filter.

Why the vectorised walk below: py3langid counts its byte n-gram features by walking a DFA in a
Python loop, about 0.6 us a byte, which made language id the most expensive step of the dump
path (2.5 ms of a 4000-character sample). The DFA is an Aho-Corasick automaton over n-grams of at
most ``depth`` bytes, so its state after byte ``i`` depends only on the last ``depth`` bytes: the
states of all positions can be computed at once with ``depth`` numpy look-ups. The result is
the same feature counts, hence the same scores; a self-check against py3langid's own walk at load
time falls back to it if a future py3langid changes its tables.
"""

from __future__ import annotations

import logging
from array import array
from functools import lru_cache
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

MIN_CHARS = 40
MIN_CONFIDENCE = 0.5
SAMPLE_CHARS = 4000
# A first look at the sample's opening characters; when py3langid is this sure of them, the whole
# sample is not read. Why: counting the n-grams of 4000 characters was ~0.6 ms of a dump's ~7 ms,
# and a page whose first 800 characters give 0.99999 is one language throughout: on all 1171
# benchmark dumps the early answer was the full sample's every time (931 pages stopped early);
# at 0.9999 one page changed (an English body on a German blog), so the bar is set one 9 higher.
FIRST_CHARS = 800
FIRST_CONFIDENCE = 0.99999
_CHECK_TEXTS = (
    "The port authority said talks would resume on Thursday under a mediator.",
    "Die Gewerkschaft kündigte an, dass der Streik mindestens drei Tage dauern werde.",
    "Le ministre a déclaré que le gouvernement était prêt à utiliser des pouvoirs d'urgence.",
    "Профсоюз заявил, что забастовка продлится не менее трех дней. 港口当局表示谈判将恢复。",
)


def _fast_identifier_class(base: type) -> type:
    """A subclass of py3langid's identifier whose feature counting is vectorised."""

    class FastIdentifier(base):  # type: ignore[misc, valid-type]
        """py3langid's identifier with the DFA walk done for all byte positions at once."""

        _tables: tuple[np.ndarray, np.ndarray, np.ndarray, int, np.ndarray, np.ndarray] | None = None
        _wide: np.ndarray | None = None  # float32 rows of nb_ptc, filled in as features are first seen
        _widened: np.ndarray | None = None  # which rows of _wide are filled
        _last: tuple[bytes, np.ndarray] = (b"", np.zeros(0, dtype=np.intp))  # the last text walked, its states

        def prepare(self) -> None:
            # A view of py3langid's own array (no copy: the table has ~10 M entries).
            nextmove = np.frombuffer(self.tk_nextmove, dtype=np.dtype(self.tk_nextmove.typecode)) if isinstance(self.tk_nextmove, array) \
                else np.asarray(self.tk_nextmove, dtype=np.int64)
            rowbase = np.asarray(self._rowbase, dtype=np.intp)
            # Feature ids fit 32 bits, and numpy sorts (np.unique below) 32-bit keys faster.
            output = np.asarray(self.tk_output, dtype=np.int32)
            if self.nb_ptc.dtype != np.float16:
                raise TypeError(f"py3langid's table is {self.nb_ptc.dtype}, not float16")
            halves = np.arange(65536, dtype=np.uint16).view(np.float16).astype(np.float32)
            ptc_bits = np.ascontiguousarray(self.nb_ptc).view(np.uint16)
            self._tables = (nextmove, rowbase, output, _dfa_depth(nextmove, rowbase), halves, ptc_bits)
            # np.empty only reserves the memory: the pages of rows never used are never touched.
            self._wide = np.empty(self.nb_ptc.shape, dtype=np.float32)
            self._widened = np.zeros(len(self.nb_ptc), dtype=bool)

        def _raw_score(self, text: bytes) -> Any:
            if self._tables is None or not text:
                return super()._raw_score(text)
            nextmove, rowbase, output, depth, halves, ptc_bits = self._tables
            # The whole sample after an unsure first look at its opening (detect_language) starts
            # with the bytes walked then: their states are kept, and only the rest is walked.
            prefix, known = self._last
            reuse = len(prefix) - depth + 1 if len(prefix) >= depth and text.startswith(prefix) else 0
            data = np.frombuffer(text, dtype=np.uint8)[reuse:].astype(np.intp)
            n = len(data)
            state = np.zeros(n, dtype=np.intp)
            for back in range(depth - 1, -1, -1):
                at = rowbase.take(state[back:])  # take, not fancy indexing: ~25% faster here
                at += data[: n - back]
                state[back:] = nextmove.take(at)
            # state[i] now holds the walk from the root over bytes[i-depth+1 .. i]: from the
            # (depth-1)-th on, the same for a suffix of the text as for the whole.
            if reuse:
                state = np.concatenate((known, state[depth - 1:]))
            self._last = (text, state)
            features = output.take(state)
            found = features[features >= 0]
            if not len(found):
                return super()._raw_score(b"")
            ids, counts = _counted(found)
            # py3langid's _sparse_score, with its float16 table widened through a look-up table
            # (numpy's own float16 -> float32 cast is the slow half of the product). Each row is
            # widened once per process and kept: widening ~1000 rows a text was 40% of the time.
            wide, widened = self._wide, self._widened
            assert wide is not None and widened is not None
            new = ids[~widened.take(ids)]
            if len(new):
                wide[new] = halves.take(ptc_bits.take(new, axis=0))
                widened[new] = True
            return np.log1p(counts.astype(np.float32)) @ wide.take(ids, axis=0) + self.nb_pc

    return FastIdentifier


def _counted(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(values, return_counts=True)``, sorting ``values`` in place.

    Why not np.unique itself: its wrappers cost ~15 us a call, a tenth of the counting; sorting
    beats a 100k-bin bincount.
    """
    values.sort()
    last = np.flatnonzero(values[1:] != values[:-1])  # the last position of each value but the final one
    ends = np.append(last, len(values) - 1)
    return values.take(ends), np.diff(ends, prepend=-1)


def _dfa_depth(nextmove: np.ndarray, rowbase: np.ndarray) -> int:
    """Longest n-gram of the automaton: the largest breadth-first distance of a state from the root.

    (A state's distance from the root is the length of the prefix it stands for.)
    """
    seen = np.zeros(len(rowbase), dtype=bool)
    seen[0] = True
    frontier = np.zeros(1, dtype=np.int64)
    byte = np.arange(256, dtype=np.int64)
    depth = 0
    while True:
        reached = np.zeros(len(rowbase), dtype=bool)
        for chunk in range(0, len(frontier), 4096):  # bounded temporaries (~8 MB)
            reached[nextmove[(rowbase[frontier[chunk:chunk + 4096]][:, None] + byte).ravel()]] = True
        frontier = np.flatnonzero(reached & ~seen)
        if not len(frontier):
            return depth
        seen[frontier] = True
        depth += 1


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier, visit_counts

    try:
        fast = _fast_identifier_class(LanguageIdentifier).from_model_file(MODEL_FILE, norm_probs=True)
        fast.prepare()
        for sample in _CHECK_TEXTS:
            encoded = sample.encode("utf-8")
            visits = visit_counts(fast.tk_nextmove, fast._rowbase, fast.tk_output, encoded)
            ours, theirs = fast._raw_score(encoded), LanguageIdentifier._sparse_score(fast, visits, fast.nb_ptc)
            if not np.allclose(ours, theirs, rtol=1e-4):
                raise ValueError("vectorised feature counts differ from py3langid's")
        return fast
    except Exception:  # noqa: BLE001 - an internals change in py3langid must only cost speed
        log.debug("py3langid's own DFA walk is used", exc_info=True)
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or ``None`` when too short or unsure."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.strip()) < MIN_CHARS:
        return None
    identifier = _identifier()
    if len(sample) > FIRST_CHARS:
        opening = sample[:FIRST_CHARS]
        if len(opening.strip()) >= FIRST_CHARS // 2:  # mostly text, not a run of blanks
            code, confidence = identifier.classify(opening)
            if confidence >= FIRST_CONFIDENCE:
                return str(code)
    code, confidence = identifier.classify(sample)
    return str(code) if confidence >= MIN_CONFIDENCE else None

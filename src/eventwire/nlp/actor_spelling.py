"""Misspelt country words and agent nouns in standalone actor phrases ("Kazahks", "Ukranians",
"white supremicists").

Why: actor strings typed by people or copied from OCR'd or hurried copy carry one-letter slips the
exact dictionary lookup cannot see, and a phrase that names nothing resolves to no actor at all. A
word no dictionary phrase covered is respelt to the one vocabulary word at Damerau–Levenshtein
distance 1 (one letter added, dropped, changed, or two neighbours swapped): capitalised words only to
country names and demonyms, lower-case words only to agent nouns, words of 6 letters or more only,
and never when two vocabulary words are equally near. Only used for standalone phrases
(``resolve_tokens(loose=True)``): in running text a rare word is more often a name than a slip.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .actor_dictionary import ActorDictionary
from .actor_text import pieces

MIN_LENGTH = 6


class Respelt:
    """A token with corrected text; everything else is the original token's."""

    def __init__(self, token: Any, text: str) -> None:
        self._token = token
        self.text = text
        self.text_with_ws = text + (" " if getattr(token, "whitespace_", " ") else "")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._token, name)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _within_one(a: str, b: str) -> bool:
    """Damerau–Levenshtein distance of at most 1."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


@lru_cache(maxsize=4)
def _index(dictionary: ActorDictionary) -> tuple[dict[str, set[str]], dict[str, set[str]], frozenset[str]]:
    """Deletion indexes (one letter dropped, and the word itself) of place words and agent words."""
    places: set[str] = set()
    for record in dictionary.countries.values():
        for phrase in (record["name"], *record["aliases"], *record["demonyms"]):
            places.update(p for p in pieces(phrase) if len(p) >= MIN_LENGTH)
    agents = {p for key in dictionary.agents for p in key.split() if len(p) >= MIN_LENGTH}
    known = frozenset(places | agents | {key for key in dictionary.phrases if " " not in key})

    def index(words: set[str]) -> dict[str, set[str]]:
        table: dict[str, set[str]] = {}
        for word in words:
            for form in _deletions(word) | {word}:
                table.setdefault(form, set()).add(word)
        return table

    return index(places), index(agents), known


def _in_full_name(tokens: Sequence[Any], i: int) -> bool:
    """Part of a person's name of two words or more ("Malina Ortiz" is a name, not "Malian"); a lone
    word the tagger calls a person ("Kazahks") may still be a slip."""
    def person(j: int) -> bool:
        return 0 <= j < len(tokens) and getattr(tokens[j], "ent_type_", "") == "PERSON"

    return person(i) and (person(i - 1) or person(i + 1))


def respell(tokens: Sequence[Any], covered: set[int], dictionary: ActorDictionary) -> list[Any] | None:
    """``tokens`` with misspelt uncovered words corrected, or None when there is nothing to correct."""
    places, agents, known = _index(dictionary)
    changed = False
    out: list[Any] = list(tokens)
    for i, token in enumerate(tokens):
        text = token.text
        word = text.lower()
        if i in covered or not text.isalpha() or len(text) < MIN_LENGTH or word in known or _in_full_name(tokens, i):
            continue
        table = places if text[0].isupper() and not text.isupper() else agents if text.islower() else None
        if table is None:
            continue
        candidates = {c for form in _deletions(word) | {word} for c in table.get(form, ())}
        near = sorted(c for c in candidates if _within_one(word, c))
        if len(near) != 1:
            continue
        fixed = near[0]
        out[i] = Respelt(token, fixed.capitalize() if text[0].isupper() else fixed)
        changed = True
    return out if changed else None

"""The one normalisation shared by the actor dictionary builder and the resolver.

A dictionary phrase and a run of parsed tokens must reduce to the same key, whatever the
tokenizer did with hyphens, apostrophes, full stops and accents: "Kassym-Jomart", "U.S.",
"People's", "Zelenskyy" and "Côte d'Ivoire" are written many ways in news and in the
Phoenix files. Keys are lower-case ASCII word pieces joined by single spaces.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_PIECE = re.compile(r"[a-z0-9]+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": "-"})


@lru_cache(maxsize=65536)
def pieces(text: str) -> tuple[str, ...]:
    """Word pieces of a text: folded to ASCII, lower case, full stops inside acronyms dropped."""
    folded = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    folded = folded.replace(".", "")
    return tuple(_PIECE.findall(folded))


def phrase_key(text: str) -> str:
    """The lookup key of a phrase: its pieces joined by spaces ("U.S. Navy" → "us navy")."""
    return " ".join(pieces(text))


_VARIANT_RULES = (
    (re.compile(r"(.)\1+"), r"\1"),      # doubled letters: Zelenskyy, Lukashenko/Lukashenkko
    (re.compile(r"y"), "i"),             # Zelensky / Zelenski, Dmitry / Dmitri
    (re.compile(r"kh"), "h"),            # Kharkiv / Harkiv, Aleksandr / Alexander below
    (re.compile(r"ks"), "x"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"ou"), "u"),            # Abdoulaye / Abdulaye
    (re.compile(r"w"), "v"),             # Wladimir / Vladimir
    (re.compile(r"j"), "i"),
    (re.compile(r"(?<=[a-z])e(?=[a-z])"), "i"),  # Peskov stays; Aleksei/Aleksey/Alexei fold
)


@lru_cache(maxsize=65536)
def name_variant_key(name: str) -> str:
    """A key under which spelling variants of one transliterated name meet.

    "Zelensky", "Zelenski" and "Zelenskyy" all give one key, so coreference can link them; the
    rules are deliberately coarse and only ever compare names within one article or against a
    person already found in the dictionary.
    """
    key = phrase_key(name)
    for pattern, replacement in _VARIANT_RULES:
        key = pattern.sub(replacement, key)
    return key

"""Cue phrases of the line features ("READ MORE", "Advertisement", "Picture:") and the lines they occur on.

Why candidate positions and not a scan per phrase: a cue phrase that starts with a letter can
only occur where a word of the page starts, and that word must be the phrase's first word (or,
for a prefix such as "cookie*", start with it). The page's words are already hashed
(:mod:`.dump_text`), so one sorted look-up finds the few word positions worth testing, and each is
tested with one ``str.startswith``. ``str.find`` over the whole page for each of ~70 phrases was
the most expensive step of the features (~1 ms a page). The hits are the same: a phrase must
start at a word boundary and, unless it ends in "*", end at one, as the features always defined.
Phrases that start with a symbol ("©", "/afp") are still found with ``str.find``.
"""

from __future__ import annotations

import re

import numpy as np

from .dump_text import HashTable, PageText, member, word_hash

# Cue phrases, lower-case. Each group is one feature. A phrase must start at a word boundary and,
# unless it ends in "*", end at one; phrases are literal so the page can be searched with
# ``str.find`` (regex alternations of this size are ~20x slower in Python's engine), and a phrase
# whose first word is not on the page is not searched at all.
CUE_PHRASES: dict[str, tuple[str, ...]] = {
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
# Cues that only count at the start of a line (prefixes: "home" also matches "homepage").
LINE_START: dict[str, tuple[str, ...]] = {
    "cue_byline": ("by ", "von ", "por ", "par ", "di ", "door ", "escrito por ", "text: ", "texte: ",
                   "autor: ", "author: ", "reporting by "),
    "cue_nav": ("home", "menu", "search", "suche", "startseite", "accueil", "inicio", "skip to", "zum inhalt",
                "navigation", "close", "schließen", "back to top", "nach oben", "section", "more", "mehr"),
}
CUE_NAMES: tuple[str, ...] = (*CUE_PHRASES, *LINE_START)

_HEAD = 5  # characters of a prefix phrase ("cookie*") looked up by hash; all prefixes are longer
_UNDERSCORE = 95


def _first_word(phrase: str) -> str:
    """The phrase's leading run of word characters (all of it for "cookie*")."""
    match = re.match(r"\w+", phrase)
    return match.group(0) if match else ""


def _tables() -> tuple[dict[int, list[tuple[int, str, bool]]], dict[int, list[tuple[int, str, bool]]],
                       list[tuple[int, str, bool]]]:
    """Phrases keyed by the hash of the word they start with, by the hash of their first
    :data:`_HEAD` characters (prefixes), and those searched by ``str.find`` (symbols first).
    Each phrase is ``(group, needle, needs a word boundary at its end)``."""
    by_word: dict[int, list[tuple[int, str, bool]]] = {}
    by_head: dict[int, list[tuple[int, str, bool]]] = {}
    scanned: list[tuple[int, str, bool]] = []
    for group, phrases in enumerate(CUE_PHRASES.values()):
        for phrase in phrases:
            needle = phrase.rstrip("*")
            word_end = needle[-1].isalnum() and not phrase.endswith("*")
            item = (group, needle, word_end)
            first = _first_word(needle)
            if not needle[0].isalnum() or first.lower() != first:
                scanned.append(item)
            elif first != needle or word_end:  # the page word must be exactly ``first``
                by_word.setdefault(word_hash(first), []).append(item)
            elif len(needle) >= _HEAD:  # a prefix: the page word must start with it
                by_head.setdefault(word_hash(needle[:_HEAD]), []).append(item)
            else:
                scanned.append(item)
    return by_word, by_head, scanned


_BY_WORD, _BY_HEAD, _SCANNED = _tables()
_WORD_KEYS = HashTable(np.array(list(_BY_WORD), dtype=np.uint64))
_HEAD_KEYS = HashTable(np.array(list(_BY_HEAD), dtype=np.uint64))


def _runs(page: PageText) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """First and last offsets and hashes of the page's runs of alphanumeric characters.

    These are the page's words unless it has an underscore ("facebook_url" is one word, yet
    "facebook" in it counts as a cue, as the phrase boundaries are tested with ``isalnum``).
    """
    if "_" not in page.lowered:
        return page.first, page.last, page.word_hashes
    alnum = page.word & (page.codes != _UNDERSCORE)
    previous = np.concatenate(([False], alnum[:-1]))
    following = np.concatenate((alnum[1:], [False]))
    first, last = np.flatnonzero(alnum & ~previous), np.flatnonzero(alnum & ~following)
    return first, last, page.slice_hash(first, last + 1)


def cue_hits(page: PageText) -> np.ndarray:
    """One 0/1 column per :data:`CUE_PHRASES` group: which lines contain one of its phrases."""
    text = page.lowered
    size = len(text)
    out = np.zeros((page.n, len(CUE_PHRASES)))
    first, last, hashes = _runs(page)
    candidates: list[tuple[int, list[tuple[int, str, bool]]]] = []
    exact = np.flatnonzero(member(hashes, _WORD_KEYS))
    if len(exact):
        candidates += zip(first[exact].tolist(), map(_BY_WORD.__getitem__, hashes[exact].tolist()))
    long_runs = np.flatnonzero(last - first + 1 >= _HEAD)
    if len(long_runs):
        starts = first[long_runs]
        heads = page.slice_hash(starts, starts + _HEAD)
        prefixed = np.flatnonzero(member(heads, _HEAD_KEYS))
        if len(prefixed):
            candidates += zip(starts[prefixed].tolist(), map(_BY_HEAD.__getitem__, heads[prefixed].tolist()))
    lines: list[int] = []
    groups: list[int] = []
    for at, needles in candidates:
        for group, needle, word_end in needles:
            if text.startswith(needle, at):
                end = at + len(needle)
                if not word_end or end >= size or not text[end].isalnum():
                    lines.append(at)
                    groups.append(group)
    for group, needle, word_end in _SCANNED:
        word_start = needle[0].isalnum()
        at = text.find(needle)
        while at >= 0:
            end = at + len(needle)
            if (not word_start or at == 0 or not text[at - 1].isalnum()) and (
                    not word_end or end >= size or not text[end].isalnum()):
                lines.append(at)
                groups.append(group)
            at = text.find(needle, end)
    if lines:
        out[page.line_of[lines], groups] = 1.0
    return out

"""Short forms of places an article also names in full: "SA" after "South Africa", "T&T" and
"Trinidad" after "Trinidad and Tobago".

News names a place in full once and then shortens it: to its initials ("SA", "DRC", "T&T") or, for
the "A and B" countries, to the first part ("Trinidad", "Bosnia", "Antigua"). The gazetteer cannot
know these readings (the initials are too ambiguous to list; "Trinidad" alone is also a town in
Colorado), but the article can: a short form that matches exactly one long place named elsewhere in
the same article gets that place as a candidate, which the ranker (:mod:`.geo_rank`, weight
``echo``) then favours. A name never echoes its own reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .gazetteer import Candidate, Entry, name_key

if TYPE_CHECKING:
    from .geo_rank import Toponym

# Kinds of place whose long names get shortened in news (not seas, continents or villages).
ECHOED_FEATURES = frozenset({"country", "admin1", "region", "capital", "city"})
_LINK_WORDS = frozenset({"and", "of", "the", "&"})
MAX_INITIALS = 5


def initials(name: str) -> set[str]:
    """Keys of a multi-word name's initials: "South Africa" → {"sa"}; "Trinidad and Tobago" →
    {"tt", "t&t"}; a one-word name has none."""
    words = name.replace("-", " ").split()
    letters = [w[0] for w in words if w.casefold() not in _LINK_WORDS and w[:1].isalpha()]
    if len(letters) < 2 or len(letters) > MAX_INITIALS:
        return set()
    out = {name_key("".join(letters))}
    if " and " in name:
        parts = name.split(" and ")
        out.add(name_key("&".join("".join(w[0] for w in p.split() if w[:1].isalpha()) for p in parts)))
    return out


def first_part(name: str) -> str:
    """The key of "A" in an "A and B" name ("Trinidad and Tobago" → "trinidad"), else ''."""
    return name_key(name.split(" and ")[0]) if " and " in name else ""


def _abbreviation(text: str) -> bool:
    """Written as initials: 2–5 capitals, possibly with '&' or dots ("SA", "T&T", "D.R.C.")."""
    letters = text.replace("&", "").replace(".", "")
    return 2 <= len(letters) <= MAX_INITIALS and letters.isalpha() and letters.isupper()


def _forms(toponyms: list[Toponym]) -> dict[str, dict[int, Entry]]:
    """short-form key → {id of the naming toponym's group: the long place's entry}."""
    forms: dict[str, dict[int, Entry]] = {}
    for t in toponyms:
        e = t.best()
        if e is None or e.feature not in ECHOED_FEATURES:
            continue
        keys = initials(e.name) | initials(t.text) | {first_part(e.name), first_part(t.text)}
        for key in keys - {""}:
            forms.setdefault(key, {})[id(t)] = e
    return forms


def add_echoes(toponyms: list[Toponym]) -> None:
    """Give each short form the long place another toponym of the article names (``t.echo``),
    as a candidate in front of its own; skipped when two different places would fit."""
    forms = _forms(toponyms)
    if not forms:
        return
    for t in toponyms:
        found = forms.get(t.key)
        if not found:
            continue
        abbreviation = _abbreviation(t.text)
        entries = {}
        for source, e in found.items():
            if source == id(t):
                continue
            if not abbreviation and first_part(e.name) != t.key:
                continue  # a plain word echoes only the "A" of an "A and B" name
            entries[(e.name, e.country, e.feature)] = e
        if len(entries) != 1:
            continue
        (e,) = entries.values()
        t.echo = e
        if not any(c.entry is e for c in t.candidates):
            t.candidates = [Candidate(e, False), *t.candidates]

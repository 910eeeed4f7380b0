"""Toponyms: found in the parse, resolved against the offline gazetteer as one article.

Recognition takes spaCy's GPE and LOC entities (and FAC ones the gazetteer knows), then repairs
what the small model misses: a well-known place it tagged PERSON or ORG ("Kyiv" as a person), or a
capitalised name it left untagged, is kept when the gazetteer knows it as a country, region, capital,
sea or large city *and* the text uses it as a place (after "in", "to", "from"…, or tagged as a place
elsewhere in the same article). Demonyms ("Russian") are left to the actor resolver unless
``demonyms=True``.

Resolution (:mod:`.geo_rank`) ranks every candidate reading with the article's other toponyms as
context. Names the gazetteer cannot place are dropped: in news they are mostly NER slips
(diseases, bands, clubs tagged GPE); buildings and streets are out of the gazetteer's reach.
"""

from __future__ import annotations

from typing import Any

from ..records import Place
from .gazetteer import Entry, Gazetteer, load_gazetteer, name_key
from .geo_rank import Toponym, resolve, well_known

PLACE_LABELS = frozenset({"GPE", "LOC"})
REPAIRABLE_LABELS = frozenset({"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", ""})
LOCATIVE = frozenset({
    "in", "to", "from", "near", "at", "into", "across", "outside", "inside", "around", "toward",
    "towards", "through", "throughout", "within", "via", "over", "across", "visit", "visited",
    "visiting", "border", "borders", "invade", "invaded", "invasion", "entered",
})
MAX_NAME_TOKENS = 4
DIRECTIONS = frozenset("eastern western northern southern central north south east west".split())
GEOGRAPHIC_HEADS = frozenset(
    "peninsula region sea strait basin island islands mountains valley desert coast plateau delta "
    "gulf bay river lake".split())
_LEADING = ("the ", "The ")


def find_places(doc: Any, *, demonyms: bool = False) -> list[Place]:
    """Every place named in the parsed body, resolved to the gazetteer where possible.

    ``demonyms=True`` also reports nationality words ("Ukrainian") as their country.
    """
    gaz = load_gazetteer()
    text = doc.text  # spaCy rebuilds the text on every access: once per article
    toponyms = _toponyms(doc, text, gaz, demonyms)
    if not toponyms:
        return []
    entries = resolve(toponyms, text, gaz)
    # a name the gazetteer cannot place is nearly always an NER slip ("Covid", a band, a club)
    return [_place(t, e) for t, e in zip(toponyms, entries) if e is not None]


def _place(t: Toponym, e: Entry) -> Place:
    return Place(
        text=t.text, start=t.start, end=t.end, name=e.name, country_code=e.country or None,
        admin1=(e.admin1 or None) if e.feature not in ("country", "continent") else None,
        lat=round(e.lat, 4), lon=round(e.lon, 4), geonameid=e.geonameid,
        feature="city" if e.feature == "capital" else e.feature,
    )


def _toponyms(doc: Any, body: str, gaz: Gazetteer, demonyms: bool) -> list[Toponym]:
    """Toponym spans in text order: entities first, then repaired and untagged names."""
    found: dict[int, Toponym] = {}
    taken = [False] * len(doc)
    ents = list(doc.ents)  # spaCy rebuilds doc.ents on every access
    place_keys = {name_key(_trim(ent.text)[0]) for ent in ents if ent.label_ in PLACE_LABELS}
    for ent in ents:
        label = ent.label_
        i, j = _extend(doc, gaz, ent.start, ent.end)
        extended = (i, j) != (ent.start, ent.end)
        text, offset = _trim(doc[i:j].text)
        start = doc[i].idx + offset
        if not text:
            continue
        key = name_key(text)
        if extended:
            keep = True
        elif label in PLACE_LABELS:
            keep = True
        elif label == "NORP":
            if demonyms and gaz.demonym(text) is not None and not gaz.knows(key):
                found[start] = Toponym(text, start, start + len(text), demonym=True)
                _take(taken, i, j)
            continue
        elif label in REPAIRABLE_LABELS:
            keep = _strong(gaz, key) and (key in place_keys or _locative_before(doc, i)
                                          or (j - i > 1 and _region_name(gaz, key)))
            if label == "FAC" and not keep:
                keep = gaz.knows(key)
        else:
            keep = False
        if keep:
            found[start] = Toponym(text, start, start + len(text))
            _take(taken, i, j)
    for start, end, i, j in _untagged_names(doc, taken):
        text = body[start:end]
        key = name_key(text)
        if _strong(gaz, key) and (key in place_keys or _locative_before(doc, i) or _region_name(gaz, key)):
            found[start] = Toponym(text, start, end)
            _take(taken, i, j)
    return [found[s] for s in sorted(found)]


def _extend(doc: Any, gaz: Gazetteer, i: int, j: int) -> tuple[int, int]:
    """Widen an entity to the place name it is part of, when the gazetteer knows the wider name:
    "eastern" + "Ukraine", "Crimean" + "peninsula", "Black" + "Sea"."""
    if i > 0 and doc[i - 1].lower_ in DIRECTIONS and gaz.knows(name_key(doc[i - 1:j].text)):
        i -= 1
    if j < len(doc) and doc[j].lower_ in GEOGRAPHIC_HEADS and gaz.knows(name_key(doc[i:j + 1].text)):
        j += 1
    return i, j


def _trim(text: str) -> tuple[str, int]:
    """An entity's text without a leading 'the' or a trailing possessive; and the offset cut."""
    offset = 0
    for lead in _LEADING:
        if text.startswith(lead):
            offset = len(lead)
            text = text[offset:]
    for tail in ("'s", "’s", "'", "’"):
        if text.endswith(tail):
            text = text[: -len(tail)]
            break
    return text.strip(), offset


def _take(taken: list[bool], i: int, j: int) -> None:
    for k in range(i, j):
        taken[k] = True


def _strong(gaz: Gazetteer, key: str) -> bool:
    """Whether a name is well enough known as a place to trust it where NER did not."""
    return any(well_known(c) for c in gaz.lookup(key))


def _region_name(gaz: Gazetteer, key: str) -> bool:
    """A country's or first-level region's own name ("Tamil Nadu", "South Africa"): as a
    several-word name it is not a person's or a company's."""
    return any(not c.alias and c.entry.feature in ("country", "admin1") for c in gaz.lookup(key))


def _locative_before(doc: Any, i: int) -> bool:
    """The word before a name makes it a place reading ("in Kyiv", "visited Kyiv")."""
    return i > 0 and doc[i - 1].lower_ in LOCATIVE


def _untagged_names(doc: Any, taken: list[bool]):
    """Runs of capitalised proper nouns outside any entity, longest first from each start."""
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        if taken[i] or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            i += 1
            continue
        j = i
        while j < n and j - i < MAX_NAME_TOKENS and not taken[j] and doc[j].pos_ == "PROPN":
            j += 1
        yield doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text), i, j
        i = j

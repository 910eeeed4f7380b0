"""Toponyms: found in the parse, resolved against the offline gazetteer as one article.

Recognition takes spaCy's GPE and LOC entities (and FAC ones the gazetteer knows), then repairs
what the small model misses: a well-known place it tagged PERSON or ORG ("Kyiv" as a person), or a
capitalised name it left untagged, is kept when the gazetteer knows it as a country, region, capital,
sea or large city *and* the text uses it as a place (after "in", "to", "from"…, or tagged as a place
elsewhere in the same article). Demonyms ("Russian") are left to the actor resolver unless
``demonyms=True``.

Resolution (:mod:`.geo_rank`) ranks every candidate reading with the article's other toponyms as
context. A name the gazetteer cannot place gets an *approximation* (:mod:`.geo_local`): the point of
the place it is attached to or of the article's focus, with ``feature == "local"`` and no GeoNames
id. Such names are kept only when they look like real places (tagged LOC, shaped like a place:
"Dulles International Airport", "Mount Chaambi", or attached to one: "X in Y"); the rest are mostly
NER slips (people, diseases, bands, clubs tagged GPE) and are dropped.
"""

from __future__ import annotations

from typing import Any

from ..records import Place
from .gazetteer import Entry, Gazetteer, load_gazetteer, name_key
from .geo_local import LOCAL, place_shaped
from .geo_rank import Toponym, resolve, well_known

PLACE_LABELS = frozenset({"GPE", "LOC"})
REPAIRABLE_LABELS = frozenset({"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART"})
CONSIDERED_LABELS = PLACE_LABELS | REPAIRABLE_LABELS | {"NORP"}
LOCATIVE = frozenset({
    "in", "to", "from", "near", "at", "into", "across", "outside", "inside", "around", "toward",
    "towards", "through", "throughout", "within", "via", "over", "across", "visit", "visited",
    "visiting", "border", "borders", "invade", "invaded", "invasion", "entered",
})
MAX_NAME_TOKENS = 4
ISOLATED_MAX_POPULATION = 20_000
DIRECTIONS = frozenset("eastern western northern southern central north south east west".split())
GEOGRAPHIC_HEADS = frozenset(
    "peninsula region sea strait basin island islands mountains valley desert coast plateau delta "
    "gulf bay river lake".split())
_LEADING = ("the ", "The ")


def find_places(doc: Any, *, demonyms: bool = False, text: str | None = None) -> list[Place]:
    """Every place named in the parsed body, resolved to the gazetteer where possible.

    ``demonyms=True`` also reports nationality words ("Ukrainian") as their country. ``text`` may
    pass the body the doc was parsed from, which saves rebuilding it from the tokens.
    """
    gaz = load_gazetteer()
    if text is None:
        text = doc.text  # spaCy rebuilds the text from its tokens on every access: once here
    toponyms = _toponyms(doc, text, gaz, demonyms)
    if not toponyms:
        return []
    entries = resolve(toponyms, text, gaz)
    # an unplaceable name that does not look like a place is nearly always an NER slip ("Covid", a
    # band, a club); so is a lone small place in a country nothing else in the article is in
    # ("Duran" → Durán). Approximations do not count as support for a country.
    countries: dict[str, set[str]] = {}
    for t, e in zip(toponyms, entries):
        if e is not None and e.feature != LOCAL:
            countries.setdefault(e.country, set()).add(t.key)
    return [_place(t, e) for t, e in zip(toponyms, entries)
            if e is not None and not _isolated_small_place(e, t.key, countries)
            and (e.feature != LOCAL or _keeps_approximation(t))]


def _keeps_approximation(t: Toponym) -> bool:
    """Whether an unplaceable name is kept with its local approximation (:mod:`.geo_local`).

    Most names NER tags GPE that the gazetteer cannot place are slips (people, parties, brands);
    a name tagged LOC, shaped like a place ("… Airport", "Mount …") or attached to a place in the
    text ("X in Y", "Y's X") is a real place the gazetteer is too coarse for; so is a name read
    through a place inside it ("… State University", "the Asia Mall") that the resolver placed where
    the story is rather than at that place's middle."""
    return t.label == "LOC" or t.approximated == "attached" or t.inner or place_shaped(t.text)


def _isolated_small_place(e: Entry, key: str, countries: dict[str, set[str]]) -> bool:
    small = e.feature in ("city", "admin2") and e.population < ISOLATED_MAX_POPULATION
    return small and not (countries.get(e.country, set()) - {key})


def _place(t: Toponym, e: Entry) -> Place:
    return Place(
        text=t.text, start=t.start, end=t.end, name=e.name, country_code=e.country or None,
        admin1=(e.admin1 or None) if e.feature not in ("country", "continent") else None,
        lat=round(e.lat, 4), lon=round(e.lon, 4), geonameid=e.geonameid,
        feature="city" if e.feature == "capital" else e.feature,
    )


class _Tokens:
    """Token offsets and proper-noun flags as plain lists, read from the parse in one call.

    Creating spaCy Token objects one by one costs more than the whole resolution, so the
    recogniser works on these lists and slices the body text.
    """

    def __init__(self, doc: Any, body: str) -> None:
        from spacy.attrs import IDX, LENGTH, POS
        from spacy.symbols import PROPN

        rows = doc.to_array([IDX, LENGTH, POS]).tolist() if len(doc) else []
        self.body = body
        self.start = [r[0] for r in rows]
        self.end = [r[0] + r[1] for r in rows]
        self.propn = [r[2] == PROPN for r in rows]

    def __len__(self) -> int:
        return len(self.start)

    def text(self, i: int, j: int) -> str:
        return self.body[self.start[i]:self.end[j - 1]]

    def lower(self, i: int) -> str:
        return self.body[self.start[i]:self.end[i]].lower()


def _toponyms(doc: Any, body: str, gaz: Gazetteer, demonyms: bool) -> list[Toponym]:
    """Toponym spans in text order: entities first, then repaired and untagged names."""
    tokens = _Tokens(doc, body)
    found: dict[int, Toponym] = {}
    taken = [False] * len(tokens)
    # spaCy rebuilds doc.ents on every access; dates, numbers and the like are never places
    ents = _joined([(e.start, e.end, e.label_) for e in doc.ents if e.label_ in CONSIDERED_LABELS], tokens, gaz)
    place_keys = {name_key(_trim(tokens.text(i, j))[0]) for i, j, label in ents if label in PLACE_LABELS}
    for ent_start, ent_end, label in ents:
        i, j = _extend(tokens, gaz, ent_start, ent_end)
        extended = (i, j) != (ent_start, ent_end)
        text, offset = _trim(tokens.text(i, j))
        start = tokens.start[i] + offset
        if not text:
            continue
        key = name_key(text)
        if extended or label in PLACE_LABELS:
            keep = True
        elif label == "NORP":
            if demonyms and gaz.demonym(text) is not None and not gaz.knows(key):
                found[start] = Toponym(text, start, start + len(text), demonym=True)
                _take(taken, i, j)
            continue
        elif label in REPAIRABLE_LABELS:
            keep = _strong(gaz, key) and (key in place_keys or _locative_before(tokens, i)
                                          or (j - i > 1 and _region_name(gaz, key)))
            if label == "FAC" and not keep:
                keep = gaz.knows(key) or place_shaped(text)
        else:
            keep = False
        if keep:
            found[start] = Toponym(text, start, start + len(text), label=label)
            _take(taken, i, j)
    for i, j in _untagged_names(tokens, taken):
        text = tokens.text(i, j)
        key = name_key(text)
        if _strong(gaz, key) and (key in place_keys or _locative_before(tokens, i) or _region_name(gaz, key)):
            start = tokens.start[i]
            found[start] = Toponym(text, start, start + len(text))
            _take(taken, i, j)
    return [found[s] for s in sorted(found)]


def _joined(ents: list[tuple[int, int, str]], tokens: _Tokens, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Entities joined across "and" where the gazetteer knows the whole as one name: NER splits
    "Trinidad and Tobago" into two places, and "Trinidad" alone is a town in Bolivia."""
    out: list[tuple[int, int, str]] = []
    for start, end, label in ents:
        if out:
            p_start, p_end, p_label = out[-1]
            if (end - p_start <= 2 * MAX_NAME_TOKENS and start == p_end + 1 and tokens.lower(p_end) == "and"
                    and gaz.knows(name_key(tokens.text(p_start, end)))):
                out[-1] = (p_start, end, p_label if p_label in PLACE_LABELS else label)
                continue
        out.append((start, end, label))
    return out


def _extend(tokens: _Tokens, gaz: Gazetteer, i: int, j: int) -> tuple[int, int]:
    """Widen an entity to the place name it is part of, when the gazetteer knows the wider name:
    "eastern" + "Ukraine", "Crimean" + "peninsula", "Black" + "Sea"."""
    if i > 0 and tokens.lower(i - 1) in DIRECTIONS and gaz.knows(name_key(tokens.text(i - 1, j))):
        i -= 1
    if j < len(tokens) and tokens.lower(j) in GEOGRAPHIC_HEADS and gaz.knows(name_key(tokens.text(i, j + 1))):
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


def _locative_before(tokens: _Tokens, i: int) -> bool:
    """The word before a name makes it a place reading ("in Kyiv", "visited Kyiv")."""
    return i > 0 and tokens.lower(i - 1) in LOCATIVE


def _untagged_names(tokens: _Tokens, taken: list[bool]):
    """(first, last+1) token runs of capitalised proper nouns outside any entity."""
    n = len(tokens)
    propn, body, starts = tokens.propn, tokens.body, tokens.start
    i = 0
    while i < n:
        if taken[i] or not propn[i] or not body[starts[i]].isupper():
            i += 1
            continue
        j = i
        while j < n and j - i < MAX_NAME_TOKENS and not taken[j] and propn[j]:
            j += 1
        yield i, j
        i = j

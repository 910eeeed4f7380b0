"""Guards against reading a country where the text names something else.

Country and capital names are also surnames ("Mr France", "Marcus Jordan"), US and UK towns
("Lebanon, Pennsylvania", "Athens, Georgia", "Paris, Texas"), US states ("Georgia"), rivers
("the Jordan River") and parts of product names ("Toyota Tacoma"). The dictionary matcher sees
only the words; two other readers of the same article see more:

- the places stage ranks every reading of a toponym against the article's other places, so when
  it placed "Lebanon" in Pennsylvania, that is the better reading than the country, and the actor
  becomes the town (its country, USA) or, for a river or sea, no actor at all;
- the parse and the words around a name: after an honorific or a first name a country word is a
  surname; right after a car maker it is a model.

A place in capitals opening a story ("NEW DELHI:") is its dateline, not an actor.

Each guard returns a replacement for a dictionary match, or says to drop it. They apply to
country, capital and place entries only: organisations and people are matched on their full
names and need no guard.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..records import Place
from .actor_dictionary import ActorDictionary, Entry
from .actor_text import phrase_key

__all__ = ["GUARDED_KINDS", "dateline", "foreign_party_acronym", "product_name", "place_readings", "reread_as_place", "surname_use"]

GUARDED_KINDS = {"country", "capital", "place"}
# Features the places stage gives a name that is not the country itself: the reading is used only
# when it is a real gazetteer entry (not an approximation, feature "local").
PLACE_FEATURES = {"city", "admin1", "admin2", "region", "water", "landform", "island", "building", "park",
                  "airport"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "mme", "mx", "prof", "sir", "dame"}
# Makers whose next capitalised word is a model name (Phoenix lists some as MNCs, not all).
CAR_MAKERS = {
    "toyota", "ford", "chevrolet", "chevy", "dodge", "honda", "nissan", "hyundai", "kia", "jeep", "gmc", "buick",
    "volkswagen", "vw", "mazda", "subaru", "chrysler", "cadillac", "pontiac", "mitsubishi",
    "suzuki", "isuzu", "volvo", "audi", "bmw", "mercedes", "porsche", "plymouth", "oldsmobile", "acura",
    "infiniti", "lexus", "tesla", "fiat", "peugeot", "renault", "citroen", "skoda", "opel", "vauxhall", "rover",
    "hummer",
}


def place_readings(doc: Any, places: Sequence[Place]) -> dict[int | str, Place]:
    """Where the places stage read something other than a country: by token index, and by the
    name's key for the rest of the article (one sense per discourse: once "Georgia" is the US
    state in a story, "the Georgia Public Service Commission" is that state's too). A name read
    both ways in one article gets no key entry."""
    found: dict[int | str, Place] = {}
    senses: dict[str, set[tuple[str | None, str | None]]] = {}
    for place in places:
        senses.setdefault(phrase_key(place.text), set()).add((place.feature, place.country_code))
        if place.feature not in PLACE_FEATURES:
            continue
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None:
            continue
        for i in range(span.start, span.end):
            found[i] = place
            found.setdefault(phrase_key(place.text), place)
    for key, readings in senses.items():
        if len(readings) > 1:
            found.pop(key, None)
    return found


def _place_entry(place: Place) -> Entry | None:
    if not place.country_code:
        return None  # a sea, a river across borders: no actor
    return Entry(name=place.name or place.text, kind="place", codes=((place.country_code, 0, 0),))


def reread_as_place(start: int, end: int, key: str, entry: Entry, readings: dict[int | str, Place],
                    dictionary: ActorDictionary, day: int) -> tuple[bool, Entry | None]:
    """(changed, new entry) for a country or capital match the places stage read as another place.

    "Lebanon" placed in Pennsylvania is that town (USA); "Georgia" placed as the US state is in the
    USA; "Jordan" inside "the Jordan River" is no actor (``(True, None)``). A reading in the same
    country ("Paris" the French city for the capital of France) changes nothing.
    """
    if entry.kind not in GUARDED_KINDS:
        return False, entry
    place = next((readings[i] for i in range(start, end) if i in readings), None) or readings.get(key)
    if place is None:
        return False, entry
    code, _ = dictionary.resolve_code(entry.code_on(day))
    if place.feature != "water" and place.country_code == code:
        return False, entry
    if entry.kind == "place" and place.feature != "water" and place.country_code and code is None:
        return False, entry
    return True, _place_entry(place)


def surname_use(tokens: Sequence[Any], start: int, end: int) -> bool:
    """Whether the match over ``tokens[start:end]`` is part of a personal name.

    "Mr France", "Ms Chad Wilson": after an honorific. "Marcus Jordan", "Israel Adams": the tagger
    put a PERSON entity over the match and a neighbouring name word. "Daniel France said": a
    capitalised word the tagger calls a personal name just before it.
    """
    before = tokens[start - 1] if start > 0 else None
    if before is not None and before.text.lower().rstrip(".") in HONORIFICS:
        return True
    inside = [getattr(t, "ent_type_", "") == "PERSON" for t in tokens[start:end]]

    def name_word(i: int) -> bool:
        return 0 <= i < len(tokens) and getattr(tokens[i], "ent_type_", "") == "PERSON" and tokens[i].text.isalpha() \
            and tokens[i].text[:1].isupper()

    if all(inside) and (name_word(start - 1) or name_word(end)):
        return True
    return name_word(start - 1) and getattr(tokens[start], "ent_type_", "") in ("", "PERSON") \
        and getattr(before, "pos_", "PROPN") == "PROPN"


def product_name(tokens: Sequence[Any], start: int) -> bool:
    """"Toyota Tacoma", "a Dodge Durango", "a Nissan Mexico": a capitalised word right after a car
    maker's name is a model."""
    if start == 0:
        return False
    before = tokens[start - 1]
    return before.text.lower() in CAR_MAKERS and before.text[:1].isupper()


DATELINE_MARKS = {":", "-", "—", "–", "(", ","}


def dateline(tokens: Sequence[Any], start: int, end: int, caseless: bool = False) -> bool:
    """"NEW DELHI: ...", "MOSCOW (Reuters) - ...": a place in capitals opening a sentence and
    followed by a dateline mark says where the story was filed, not who acted; in an article written
    without capitals ("new delhi: ...") the place need not be in capitals."""
    if start > 0 and not getattr(tokens[start], "is_sent_start", False):
        if not all(t.is_space or t.is_punct for t in tokens[max(start - 2, 0):start]):
            return False
    words = [t.text for t in tokens[start:end] if t.text.isalpha()]
    if not words or not (caseless or all(w.isupper() and len(w) > 1 for w in words)):
        return False
    return end < len(tokens) and tokens[end].text in DATELINE_MARKS


def foreign_party_acronym(text: str, resolution: Any, countries: dict[str, int]) -> bool:
    """A short party acronym whose country the article nowhere else names ("PAN" in a story about
    an Indian PAN card, "PDP" in one about Kashmir's party of that name when only Nigeria's is
    listed): party acronyms are reused across countries, and a story about a party names its
    country, its towns or its people. ``countries`` counts the article's other resolved actors and
    places by country; an article that names none keeps the reading."""
    if resolution is None or resolution.entry is None or resolution.sectors[:1] != ["PTY"]:
        return False
    word = text.replace(".", "")
    if not (word.isupper() and word.isalpha() and len(word) <= 5) or not countries:
        return False
    return countries.get(resolution.code or "", 0) == 0

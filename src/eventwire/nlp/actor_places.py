"""The country of a place named inside an actor phrase ("Mariupol residents", "Rakhine rebels").

The actor dictionary knows countries, capitals and the provinces and cities Phoenix lists; for
any other town or region the places stage's gazetteer (GeoNames-derived, shipped) gives the
country. Used only as a fallback when nothing else in the phrase names a country, and only for
capitalised words that are not part of a personal name. The gazetteer is loaded on first use
(the places stage has usually loaded it already).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

MIN_POPULATION = 20000  # a town this big is what a news phrase means by the name
PLACE_FEATURES = {"city", "admin1", "admin2", "region"}
# Capitalised words that name regions somewhere but in news are directions or adjectives.
NOT_PLACES = {
    "western", "eastern", "northern", "southern", "central", "north", "south", "east", "west", "upper",
    "lower", "new", "great", "greater", "middle", "nord", "sud", "centre", "center", "capital", "national",
}


# Head words of organisations: a capitalised run holding one names a body, not a place ("Carter
# Foundation" is no town of Carter, "Federal Bureau of Statistics" no Bureau County).
ORGANISATION_HEADS = {
    "foundation", "institute", "association", "federation", "society", "company", "group", "fund", "trust",
    "agency", "commission", "authority", "board", "bureau", "council", "committee", "office", "department",
    "ministry", "university", "college", "school", "hospital", "bank", "club", "union", "league", "party",
    "front", "movement", "federal", "corporation", "network", "centre", "center",
}


# Of those, the heads the resolver reads as an organisation's kind (actor_resolve.NAMED_HEADS): a place
# word right before one is still no town, as before they were read. A town before a head read as an
# agent of old ("Oxford University", "Kyiv police") places it.
NAMED_BODY_HEADS = {"union", "association", "council", "foundation", "front", "movement"}


def _gazetteer() -> Any | None:
    try:
        from .gazetteer import load_gazetteer
    except ImportError:  # the places stage is optional for actors
        return None
    return load_gazetteer()


def _country_of(gazetteer: Any, name: str) -> str | None:
    candidates = [c for c in gazetteer.lookup(name) if c.entry.feature in PLACE_FEATURES and c.entry.country]
    main = [c for c in candidates if not c.alias] or candidates
    if not main:
        return None
    best = max(main, key=lambda c: (c.entry.feature in ("admin1", "region"), c.entry.population))
    if best.entry.feature not in ("admin1", "region") and best.entry.population < MIN_POPULATION:
        return None
    return best.entry.country


def place_country(tokens: Sequence[Any], covered: set[int], loose: bool = False) -> tuple[str, int, int] | None:
    """(ISO3, start, end) of the first run of capitalised, unmatched, non-person tokens that
    names a known place, or None. ``loose`` accepts words the tagger did not call names, for
    short standalone phrases."""
    runs: list[tuple[int, int]] = []
    start = None
    # A lone word given as an actor ("Kherson", "Gao"): the tagger's call of a person has no context to rest
    # on, and a listed person of that name was matched before this fallback is tried
    lone = loose and len(tokens) == 1
    for i, token in enumerate(list(tokens) + [None]):
        usable = (token is not None and i not in covered and token.text[:1].isupper() and token.text.isalpha()
                  and (lone or getattr(token, "ent_type_", "") != "PERSON")
                  and (loose or getattr(token, "pos_", "PROPN") == "PROPN")
                  and token.text.lower() not in NOT_PLACES
                  and not (token.text.isupper() and len(token.text) <= 5))  # acronyms are not towns
        if usable and start is None:
            start = i
        elif not usable and start is not None:
            runs.append((start, i))
            start = None
    if not runs:
        return None
    gazetteer = _gazetteer()
    if gazetteer is None:
        return None
    for start, end in runs:
        if any(t.text.lower() in ORGANISATION_HEADS for t in tokens[start:end]):
            continue
        if end < len(tokens) and tokens[end].text.lower() in NAMED_BODY_HEADS:
            continue  # a name head read as an agent right after the run ("Carter" in "Carter Foundation")
        spans = [(start, end)] + ([(i, i + 1) for i in range(start, end)] if end - start > 1 else [])
        for a, b in spans:
            code = _country_of(gazetteer, " ".join(t.text for t in tokens[a:b]))
            if code:
                return code, a, b
    return None

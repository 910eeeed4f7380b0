"""Countries by any name: names, aliases, demonyms, capitals and seats of power → ISO 3166 alpha-3.

A small API other stages can import (the places resolver, the event coder) without knowing the
actor dictionary's format. Data: NGEC's countries/nationalities table (MIT) plus eventwire's own
aliases, demonyms and capitals (``tools/actor_sources``), built into the actor dictionary and
loaded lazily once. Kosovo is ``XKX`` (the user-assigned code the EU and IMF use; PLOVER writes
KOS).
"""

from __future__ import annotations

from functools import lru_cache

from .actor_dictionary import load_dictionary
from .actor_text import phrase_key

__all__ = ["capital_country", "country_code", "country_in_name", "country_name", "demonym_country", "seat_of_power"]


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for iso3, record in load_dictionary().countries.items():
        names.setdefault(phrase_key(iso3), iso3)
        for name in [record["name"], *record["aliases"]]:
            names.setdefault(phrase_key(name), iso3)
        for demonym in record["demonyms"]:
            demonyms.setdefault(phrase_key(demonym), iso3)
        for capital in record["capitals"]:
            capitals.setdefault(phrase_key(capital), iso3)
    for key in list(names):
        if key.startswith("the "):
            names.setdefault(key[4:], names[key])
    return names, demonyms, capitals


def _key(text: str) -> str:
    key = phrase_key(text)
    return key[4:] if key.startswith("the ") else key


def country_code(name: str) -> str | None:
    """ISO3 of a country name or alias ("Britain" → GBR, "the US" → USA, "Türkiye" → TUR)."""
    names, _, _ = _tables()
    return names.get(_key(name)) or names.get(phrase_key(name))


def demonym_country(word: str) -> str | None:
    """ISO3 of a demonym or adjectival ("Russian", "Ukrainians", "British" → GBR)."""
    _, demonyms, _ = _tables()
    return demonyms.get(phrase_key(word))


def capital_country(name: str) -> str | None:
    """ISO3 of the country whose capital this is ("Kyiv"/"Kiev" → UKR, "Washington" → USA)."""
    _, _, capitals = _tables()
    return capitals.get(phrase_key(name))


def seat_of_power(name: str) -> tuple[str, str, str] | None:
    """(ISO3, PLOVER sector, institution) for a building or street named for its occupant.

    "the Kremlin" → ("RUS", "GOV", …), "the Pentagon" → ("USA", "MIL", …).
    """
    seats = load_dictionary().seats
    found = seats.get(_key(name)) or seats.get(phrase_key(name))
    return (found[0], found[1], found[2]) if found else None


def country_name(code: str) -> str | None:
    """The short English name of an ISO3 code ("UKR" → "Ukraine")."""
    record = load_dictionary().countries.get(code.upper())
    return record["name"] if record else None


@lru_cache(maxsize=4096)
def country_in_name(name: str) -> str | None:
    """The one country an organisation's own name states ("Army for the Liberation of Rwanda" →
    RWA, "Tunisian Combatant Group" → TUN), or None when it states none or several.

    For dictionary entries whose source code is a coder's private code rather than a country:
    the name is then the best evidence of where the group belongs.
    """
    words = phrase_key(name).split()
    found: set[str] = set()
    i = 0
    while i < len(words):
        for size in (4, 3, 2, 1):
            gram = " ".join(words[i:i + size])
            if len(gram.split()) < size:
                continue
            code = (country_code(gram) if size > 1 or len(gram) > 3 else None) or (demonym_country(gram) if size == 1 else None)
            if code:
                found.add(code)
                i += size
                break
        else:
            i += 1
    return found.pop() if len(found) == 1 else None

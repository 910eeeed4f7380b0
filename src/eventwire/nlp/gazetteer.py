"""The offline place gazetteer: names → candidate places, loaded once per process.

Three shipped files make it (see ``tools/build_gazetteer.py`` and ``data/NOTICE.md``):
``places_gazetteer.tsv.gz`` (GeoNames-derived continents, countries, ADM1/ADM2 regions and
cities500 with ids, points, populations and aliases; airports from airportsdata and seas from
Natural Earth, with no GeoNames id), ``places_demonyms.tsv`` (Russian → RUS) and
``places_curated.tsv``, our own supplement of informal regions, seas, rivers, lakes, islands,
mountains and disputed areas that GeoNames' admin and city lists lack (Donbas, "eastern Ukraine", the
Baltics, the Kerch Strait, the Cauvery, Java, the Hindu Kush), with the UN position on which country a
disputed area belongs to.

Lookup is by a normalised key (case, accents, dots, hyphens and "St."/"Saint" folded), so "Kyiv",
"KYIV" and "Kiev" meet, and "U.S." meets "US". Loading takes about a second, so it happens on the
first lookup, never at import.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

FEATURE_RANK = {"continent": 0, "country": 1, "region": 2, "admin1": 3, "water": 3, "admin2": 4, "city": 5,
                "airport": 5}


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place. ``country`` is ISO 3166-1 alpha-3 ('' for continents and oceans).

    ``fame`` is how many alternate names GeoNames has for a city (0 for other places): a proxy for
    how widely known it is, used to prefer London, England over London, Ohio when context is weak.
    """

    geonameid: int | None
    name: str
    feature: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int
    fame: int = 0


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a name may refer to, and how the name matched (main name or an alias)."""

    entry: Entry
    alias: bool


_FOLD = str.maketrans({"’": "", "'": "", ".": "", "-": " ", "‐": " ", "–": " ", ",": " "})
_SAINT = re.compile(r"\b(?:st|ste|saint)\b")


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """The lookup key of a name: accents, case, dots, apostrophes and hyphens folded, no 'the'.

    Written for speed (the gazetteer keys ~375,000 names at load): the costly steps run only
    when a name needs them.
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().translate(_FOLD)
    if "  " in text or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())
    if "st " in text or text.endswith("st") or text.endswith("ste"):
        text = _SAINT.sub("saint", text)
    if len(text) < 9 and " " in text and all(len(w) == 1 for w in text.split()):
        text = text.replace(" ", "")  # "U. S." → "us", like "U.S." and "US"
    return text[4:] if text.startswith("the ") else text


class Gazetteer:
    """Names → candidate entries; demonyms → countries. Build with :func:`load_gazetteer`."""

    def __init__(self) -> None:
        self.entries: list[Entry | str] = []  # an Entry, or its raw data row until first looked up
        self._names: dict[str, list[int]] = {}
        self._aliases: dict[str, list[int]] = {}
        self.countries: dict[str, Entry] = {}  # alpha-3 → the country entry
        self.admin1: dict[tuple[str, str], Entry] = {}  # (alpha-3, admin1 key) → the region entry
        self.demonyms: dict[str, Entry] = {}  # demonym key → the place it names

    def add(self, entry: Entry | str, key: str, feature: str, alias_keys: list[str]) -> int:
        """Index one place under its name's and aliases' keys; ``entry`` may be its raw row."""
        index = len(self.entries)
        self.entries.append(entry)
        names = self._names
        if key in names:
            names[key].append(index)
        else:
            names[key] = [index]
        for key in alias_keys:
            if key:
                found = self._aliases.setdefault(key, [])
                if not found or found[-1] != index:
                    found.append(index)
        if feature in ("country", "admin1"):
            e = self.entry(index)
            if feature == "country":
                self.countries.setdefault(e.country, e)
            else:
                self.admin1.setdefault((e.country, name_key(e.name)), e)
        return index

    def entry(self, index: int) -> Entry:
        """The place at ``index``, parsed from its row on first use."""
        e = self.entries[index]
        if isinstance(e, str):
            gid, name, feature, a3, admin1, lat, lon, pop = e.split("\t", 8)[:8]
            fame = e[e.rindex("\t") + 1:]
            e = Entry(int(gid) if gid else None, name, feature, a3, admin1, float(lat), float(lon), int(pop),
                      int(fame or 0))
            self.entries[index] = e
        return e

    def lookup(self, text: str) -> list[Candidate]:
        """Every entry a name may refer to, main-name matches first; [] when the name is unknown."""
        key = name_key(text)
        main = self._names.get(key, [])
        found = [Candidate(self.entry(i), False) for i in main]
        seen = set(main)
        found += [Candidate(self.entry(i), True) for i in self._aliases.get(key, []) if i not in seen]
        return found

    def knows(self, key: str) -> bool:
        """Whether a normalised key names any place (main name or alias)."""
        return key in self._names or key in self._aliases

    def demonym(self, text: str) -> Entry | None:
        """The country a demonym or adjective names ('Ukrainian', 'Ukrainians' → Ukraine)."""
        key = name_key(text)
        found = self.demonyms.get(key)
        if found is None and key.endswith("s"):
            found = self.demonyms.get(key[:-1])
        return found


def _data_text(name: str) -> str:
    resource = resources.files("eventwire.data").joinpath(name)
    if name.endswith(".gz"):
        return gzip.decompress(resource.read_bytes()).decode("utf-8")
    return resource.read_text(encoding="utf-8")


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in _data_text(name).splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built once per process from the shipped data files."""
    gaz = Gazetteer()
    for line in _data_text("places_gazetteer.tsv.gz").splitlines():
        if not line or line[0] == "#":
            continue
        _, name, feature, _, _, _, _, _, key, aliases, _ = line.split("\t")
        gaz.add(line, key or name.casefold(), feature, aliases.split("|") if aliases else [])
    _add_curated(gaz)
    for word, a3 in _rows("places_demonyms.tsv"):
        country = gaz.countries.get(a3)
        known = gaz.demonyms.get(name_key(word))
        if country and (known is None or known.population < country.population):
            gaz.demonyms[name_key(word)] = country  # "American": the US, not the Mariana Islands
    return gaz


def _add_curated(gaz: Gazetteer) -> None:
    """Our supplement: informal regions, water bodies, disputed areas and preferred English names.

    A row whose feature is ``rename`` gives a GeoNames entry (by id) the English name news uses
    (GeoNames calls Crimea 'Avtonomna Respublika Krym'); ``alias`` adds names to a country (by
    alpha-3) or to any place (by geonameid); ``demonym`` maps adjectives to a place by its name
    ("Scottish" → Scotland); other rows are new places.
    """
    wanted = {int(r[7]) for r in _rows("places_curated.tsv") if len(r) > 7 and r[7].strip()}
    by_id = {}
    for i, e in enumerate(gaz.entries):
        gid = e.geonameid if isinstance(e, Entry) else int(e[: e.index("\t")] or 0)
        if gid in wanted:
            by_id[gid] = i
    for row in _rows("places_curated.tsv"):
        name, aliases, feature, a3, lat, lon, pop, gid, fame = (row + [""] * 9)[:9]
        alias_list = [a for a in aliases.split("|") if a]
        if feature == "alias":
            target = by_id.get(int(gid)) if gid else None
            if target is None and a3 in gaz.countries:
                target = gaz.entries.index(gaz.countries[a3])
            if target is not None:
                i = target
                for key in map(name_key, alias_list):
                    gaz._aliases.setdefault(key, []).append(i)
            continue
        if feature == "demonym":
            target = max(gaz.lookup(name), key=lambda c: (not c.alias, FEATURE_RANK[c.entry.feature] < 4,
                                                         c.entry.population), default=None)
            for word in alias_list:
                if target is not None:
                    gaz.demonyms[name_key(word)] = target.entry
            continue
        if feature == "rename":
            i = by_id.get(int(gid))
            if i is not None:
                old = gaz.entry(i)
                admin1 = name if old.admin1 == old.name else old.admin1
                gaz.entries[i] = Entry(old.geonameid, name, old.feature, old.country, admin1,
                                       old.lat, old.lon, old.population, old.fame)
                for alias in [name, *alias_list]:
                    gaz._names.setdefault(name_key(alias), []).insert(0, i)
            continue
        entry = Entry(int(gid) if gid else None, name, feature, a3, "", float(lat), float(lon),
                      int(pop or 0), int(fame or 0))
        gaz.add(entry, name_key(name), feature, [name_key(a) for a in alias_list])

"""Toponym resolution: which of the places called "Georgia" an article means.

Resolution is an article-level decision. Each toponym gets its gazetteer candidates; a linear score
ranks them from what a reader uses:

- the kind of place (a bare name of a country outranks a region, a region a city) and its
  population: the prior that alone gets ~70% of news toponyms right;
- the article's other toponyms: the countries they fall in, whether they are *inside* a country
  (several US towns make "Georgia" the US state; the US itself does not), the region they fall in
  (Rapides Parish makes "Alexandria" the one in Louisiana) and how near they are;
- an explicit qualifier right after the name ("Alexandria, La.", "Perth, Scotland");
- words that say what kind of place it is ("Washington state", "the town of X", "states such as
  A or B": :func:`kind_cue`);
- a long place the article names in full, for a short form of it ("SA" after "South Africa",
  "Trinidad" after "Trinidad and Tobago": :mod:`.geo_forms`).

An institution read through the region in its name ("University of California") takes the town it
is attached to in the text ("…, Los Angeles"): see :func:`_narrowed`.

Context comes from the other toponyms' current best readings, refined over a few passes; a name never
votes for itself. The weights were set by hand and tuned on the even-numbered half of GeoWebNews
(see ``bench/geo.py``); LGL and the odd half of GeoWebNews were held out.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from .gazetteer import Candidate, Entry, Gazetteer, name_key
from .geo_forms import add_echoes
from .geo_local import PLACE_HEADS, approximate, approximation_at, article_focus, place_shaped

MAX_CANDIDATES = 40
MAX_POINTS = 25
PASSES = 2
SUBNATIONAL = frozenset({"admin1", "admin2", "city", "capital"})

WELL_KNOWN_FEATURES = frozenset({"continent", "country", "admin1", "capital", "region", "water"})
WELL_KNOWN_CITY_POPULATION = 100_000
# Words that name a place only inside a longer name ("West Surrey", "Lake Manassas").
GENERIC_WORDS = frozenset(
    "north south east west northern southern eastern western central upper lower new greater "
    "city metro center centre park island lake point church council republic university airport "
    "hotel mall summit valley county state district bay beach port mount river".split()
)

# Weights of the linear ranker: set by hand, then checked by a regularised coordinate ascent on
# strict acc@161 over the even-numbered GeoWebNews articles only (`bench/geo.py --tune`: steps of
# x0.75/x1.33, a change must win 3+ toponyms and keep bench/geo.py's BEHAVIOUR cases), which moved
# only "alias" (-1.5 → -2.0). An unregularised run (zeroing admin1, ctx_admin1 and alias) gained
# 1.9 points on that dev half, none on the held-out half, lost 6 on LGL and broke the "Georgia is
# the US state among US towns" behaviour, so it was not adopted. Each weight multiplies one of the
# values :func:`features` returns ("capital" counts a capital's kind of place and its being a
# capital at once). ``tools/train_place_ranker.py`` fits them as a conditional logit with 5-fold
# cross-validation on the same dev half; on 2026-11-26 no fit beat these (hand-prior fits tied at
# 0.912, fits from zero reached 0.907), so ``data/place_ranker.json`` ships these, with the fit
# beside them; "shadowed" and "definite" were new features the fit gave no weight to.
HAND_WEIGHTS: dict[str, float] = {
    "country": 4.0, "continent": 3.0, "admin1": 2.0, "region": 2.5, "water": 2.5, "admin2": 0.3,
    "capital": 3.0, "logpop": 0.6, "alias": -2.0, "fame": 2.5, "namesake": 5.0,
    "ctx_country": 3.0, "ctx_sub": 3.0, "ctx_admin1": 3.0, "qualifier": 6.0, "near": 2.0,
    "echo": 6.0, "kind": 3.0, "shadowed": 0.0, "definite": 0.0,
}


def _shipped_weights() -> dict[str, float]:
    """The fitted weights (``data/place_ranker.json``, written by ``tools/train_place_ranker.py``),
    or the hand weights when the file is absent. A weight the file lacks keeps its hand value."""
    import json
    from importlib import resources

    try:
        fitted = json.loads(resources.files("eventwire.data").joinpath("place_ranker.json").read_text())["weights"]
    except (FileNotFoundError, KeyError, ValueError):
        return dict(HAND_WEIGHTS)
    return {**HAND_WEIGHTS, **{k: float(v) for k, v in fitted.items() if k in HAND_WEIGHTS}}


WEIGHTS: dict[str, float] = _shipped_weights()

# US states, Canadian provinces and Australian states as news abbreviates them after a town
# ("Alexandria, La.", "Fredericton, N.B.", "Perth, WA"). A key may name states of several countries
# ("WA": Washington, Western Australia): the article's context decides between them.
_ABBREVIATIONS = {
    "USA": {
        "Alabama": "Ala AL", "Alaska": "AK", "Arizona": "Ariz AZ", "Arkansas": "Ark AR",
        "California": "Calif Cal CA", "Colorado": "Colo CO", "Connecticut": "Conn CT", "Delaware": "Del DE",
        "District of Columbia": "DC", "Florida": "Fla FL", "Georgia": "Ga GA", "Hawaii": "HI",
        "Idaho": "ID", "Illinois": "Ill IL", "Indiana": "Ind IN", "Iowa": "IA", "Kansas": "Kan Kans KS",
        "Kentucky": "Ky KY", "Louisiana": "La LA", "Maine": "ME", "Maryland": "Md MD",
        "Massachusetts": "Mass MA", "Michigan": "Mich MI", "Minnesota": "Minn MN", "Mississippi": "Miss MS",
        "Missouri": "Mo MO", "Montana": "Mont MT", "Nebraska": "Neb Nebr NE", "Nevada": "Nev NV",
        "New Hampshire": "NH", "New Jersey": "NJ", "New Mexico": "NM", "New York": "NY",
        "North Carolina": "NC", "North Dakota": "ND", "Ohio": "OH", "Oklahoma": "Okla OK",
        "Oregon": "Ore Oreg OR", "Pennsylvania": "Pa Penn PA", "Rhode Island": "RI", "South Carolina": "SC",
        "South Dakota": "SD", "Tennessee": "Tenn TN", "Texas": "Tex TX", "Utah": "UT", "Vermont": "Vt VT",
        "Virginia": "Va VA", "Washington": "Wash WA", "West Virginia": "WVa WV", "Wisconsin": "Wis Wisc WI",
        "Wyoming": "Wyo WY",
    },
    "CAN": {
        "Ontario": "Ont ON", "Quebec": "Que QC", "British Columbia": "BC", "Alberta": "Alta AB",
        "Manitoba": "Man MB", "Saskatchewan": "Sask SK", "Nova Scotia": "NS", "New Brunswick": "NB",
        "Prince Edward Island": "PEI", "Newfoundland and Labrador": "NL Nfld", "Yukon": "YT",
        "Northwest Territories": "NWT", "Nunavut": "NU",
    },
    "AUS": {
        "New South Wales": "NSW", "Victoria": "Vic", "Queensland": "Qld", "Western Australia": "WA",
        "South Australia": "SA", "Tasmania": "Tas", "Northern Territory": "NT",
        "Australian Capital Territory": "ACT",
    },
}
STATE_ABBREVIATIONS: dict[str, list[tuple[str, str]]] = defaultdict(list)
for _a3, _states in _ABBREVIATIONS.items():
    for _state, _abbrs in _states.items():
        for _abbr in _abbrs.split():
            STATE_ABBREVIATIONS[name_key(_abbr)].append((_state, _a3))
STATE_ABBREVIATIONS = dict(STATE_ABBREVIATIONS)
_QUALIFIER = re.compile(r",\s*((?:[A-Z][\w’'.-]*\.?)(?:\s+[A-Z][\w’'.-]*\.?){0,2})")


@dataclass
class Toponym:
    """A place name in an article, with its candidate readings once resolved."""

    text: str
    start: int
    end: int
    demonym: bool = False
    candidates: list[Candidate] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)
    qualifier: str | None = None
    leads: list[float] = field(default_factory=list)
    label: str = ""  # the NER label the name came with ("" when none or unknown)
    approximated: str = ""  # how a "local" approximation was found (see geo_local), else ""
    echo: Entry | None = None  # the long place this short form stands for (see geo_forms)
    kinds: frozenset[str] = frozenset()  # the kinds of place the words around it say (kind_cue)
    inner: bool = False  # candidates come from a place named inside the name (see _fallback)
    shadowed: bool = False  # the name is also a country's or first-level region's own name
    definite: bool = False  # written after "the" ("the Gulf", "the Balkans")

    @property
    def key(self) -> str:
        return name_key(self.text)

    def best(self) -> Entry | None:
        if not self.candidates:
            return None
        i = max(range(len(self.scores)), key=self.scores.__getitem__)
        return self.candidates[i].entry


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def candidates_for(gaz: Gazetteer, toponym: Toponym, text: str) -> list[Candidate]:
    """Candidate readings of one toponym, the most plausible ones first, at most MAX_CANDIDATES.

    A nationality word names its country ("French" is France, not a village called French); an
    abbreviation in capitals ("EU", "WA") matches only places known by that abbreviation, not
    villages whose name it spells ("Eu", "Wa"); "X, La." reads the state abbreviation.
    """
    country = gaz.demonym(toponym.text)
    if toponym.demonym or country is not None:
        return [Candidate(country, False)] if country else []
    found = _lookup(gaz, toponym.text)
    abbreviated = STATE_ABBREVIATIONS.get(toponym.key)
    if abbreviated:
        after_comma = _follows_comma(text, toponym.start)
        states = [Candidate(e, not after_comma) for state, a3 in abbreviated
                  if (e := gaz.admin1.get((a3, name_key(state)))) is not None]
        found = states if after_comma else found + states
    if not found:
        found, toponym.inner = _fallback(gaz, toponym.text)
    found.sort(key=lambda c: -_prior(c))
    return found[:MAX_CANDIDATES]


def _lookup(gaz: Gazetteer, text: str) -> list[Candidate]:
    found = gaz.lookup(text)
    if len(text) <= 4 and text.replace(".", "").isupper():
        found = [c for c in found if c.alias or c.entry.name.isupper()]
    return found


_GENERIC_TAIL = re.compile(
    r"\s+(?:State|City|County|Province|Region|Oblast|District|Municipality|Township|Parish|"
    r"Governorate|Prefecture|Territory|Local Government Area|LGA|Municipal District|"
    r"(?:City |County |Town |District )?Council|Area)$")
# What kind of place a generic tail says the name is: "Oaxaca State" is the state, not the city;
# "Walker County" a county, not a state called Walker.
_TAIL_FEATURES = {
    "state": {"admin1"}, "province": {"admin1"}, "region": {"admin1", "region"}, "oblast": {"admin1"},
    "governorate": {"admin1"}, "prefecture": {"admin1"}, "territory": {"admin1", "region"},
    "city": {"city", "capital", "admin2"},
}
# A compass word before a place name: the part of that place ("West Surrey", "Northern Kenya").
_COMPASS = re.compile(r"(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|"
                      r"North-?[Ee]ast(?:ern)?|North-?[Ww]est(?:ern)?|South-?[Ee]ast(?:ern)?|South-?[Ww]est(?:ern)?)\s+(?=[A-Z])")
_LOCAL_TAIL_FEATURES = {"admin2", "city", "capital"}  # county, parish, district, council, township…


def _fallback(gaz: Gazetteer, text: str) -> tuple[list[Candidate], bool]:
    """Readings for a name the gazetteer lacks, from the place inside it.

    In order: an adjective of a place name ("North American" → North America, "Philippine" →
    Philippines); the name without a generic tail ("Oaxaca State", "Guma Local Government Area");
    the longest known place name or place adjective among its words ("University of California",
    "Harare City Council", "European Commission"), since an institution or venue usually sits in
    the place it is named after. The flag says the readings came from that last step.
    """
    for variant in (text[:-1] if text.endswith("an") else "", text + "s"):
        if variant != text:
            found = _lookup(gaz, variant) or ([Candidate(d, False)] if (d := gaz.demonym(variant)) else [])
            if found:
                return found, False
    compass = _COMPASS.match(text)
    rest = text[compass.end():] if compass else ""
    if rest and rest.casefold() not in GENERIC_WORDS and rest.casefold() not in PLACE_HEADS:
        # "West Surrey" where the gazetteer lacks the part: the rest's well-known readings and its
        # counties, ranked by the article like any name (the English county as well as the big
        # Canadian city); never a village that happens to be called "Ham" or "End"
        found = [c for c in _lookup(gaz, rest) if well_known(c) or (not c.alias and c.entry.feature == "admin2")]
        if found:
            return found, False
    tail = _GENERIC_TAIL.search(text)
    if tail:
        found = _lookup(gaz, text[:tail.start()])
        word = tail.group(0).split()[0].casefold()
        kinds = _TAIL_FEATURES.get(word, _LOCAL_TAIL_FEATURES)
        if word == "township":
            kinds = kinds - {"capital"}  # "Washington Township" is a township, never the capital
        if found:
            return [c for c in found if c.entry.feature in kinds] or found, False
    found = _inside(gaz, text)
    return found, bool(found)


def _inside(gaz: Gazetteer, text: str) -> list[Candidate]:
    """The longest well-known place name or place adjective among a name's words.

    A word that names a kind of place ("Quarter", "Park") is not a name inside the name, even
    where some tiny territory is called so."""
    words = text.split()
    for size in range(len(words) - 1, 0, -1):
        for i in range(len(words) - size + 1):
            part = " ".join(words[i:i + size])
            if not part[:1].isupper() or part.casefold() in GENERIC_WORDS or part.casefold() in PLACE_HEADS:
                continue
            found = [c for c in _lookup(gaz, part) if well_known(c)]
            if not found and not place_shaped(text) and (d := gaz.demonym(part)) is not None:
                found = [Candidate(d, False)]  # "European Commission", not "French Quarter"
            if found:
                return found
    return []


def well_known(c: Candidate) -> bool:
    """A reading known widely enough to trust without NER or a full-name match: a country, a
    region, a capital, a sea or a city of 100,000 people, by its main name (a country also by an
    alias such as 'UK')."""
    e = c.entry
    if e.feature in WELL_KNOWN_FEATURES:
        return not c.alias or e.feature == "country"
    return not c.alias and e.feature == "city" and e.population >= WELL_KNOWN_CITY_POPULATION


def _follows_comma(text: str, start: int) -> bool:
    return text[max(0, start - 3):start].rstrip().endswith(",")


def _prior(c: Candidate, w: dict[str, float] = WEIGHTS) -> float:
    e = c.entry
    score = w.get(e.feature, 0.0) + w["logpop"] * math.log10(1 + e.population)
    return score + (w["alias"] if c.alias else 0.0)


def _fame_leads(candidates: list[Candidate]) -> list[float]:
    """How much better known each city is than the best known of its namesake cities, in log10
    of GeoNames alternate names (0 for all but the best known; only main-name matches count).

    A lead, not the raw count: the raw count would also let a city outrank the country or region
    whose name it borrows ("Mexico" is not Mexico City)."""
    fames = [math.log10(1 + c.entry.fame) if c.entry.feature in ("city", "capital") and not c.alias else None
             for c in candidates]
    leads = []
    for i, f in enumerate(fames):
        if f is None:
            leads.append(0.0)
            continue
        rival = max((g for j, g in enumerate(fames) if j != i and g is not None), default=0.0)
        leads.append(max(0.0, f - rival))
    return leads


NAMESAKE_SHARE = 0.15


def _namesake(e: Entry, key: str, gaz: Gazetteer) -> bool:
    """A city that shares the name used with the region it is in and holds a good share of its
    people ("New York", "São Paulo", "Lagos"): news naming both means the city, unless told
    otherwise."""
    if e.feature not in ("city", "capital") or not e.admin1 or _region_key(e.admin1) != key:
        return False
    region = gaz.admin1.get((e.country, _region_key(e.admin1)))
    return region is not None and e.population >= NAMESAKE_SHARE * max(1, region.population)


# Words that say what kind of place a name is: "Washington state", "the city of Puebla", "states
# such as Utah, Colorado and Idaho". Lower-case only: "Ohio State" is a university's team.
_KIND_WORDS = {"state": "admin1", "province": "admin1", "city": "city", "town": "city", "village": "city"}
_KIND_AFTER = re.compile(r"\s+(state|province|city|town|village)\b")
# "the (old whaling) town of X" names X; "Torkula village of Guma" places a village in Guma
_KIND_BEFORE = re.compile(r"\b[Tt]he (?:[\w’'-]+ ){0,3}(state|province|city|town|village)s? of $")
_KIND_LIST = re.compile(r"\b(state|province)s,? (?:such as|like|including) "
                        r"(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*(?:,? (?:and |or )?|, ))*$")
_KIND_FEATURES = {"admin1": frozenset({"admin1"}), "city": frozenset({"city", "capital"})}


def kind_cue(text: str, start: int, end: int) -> frozenset[str]:
    """The features the words around a name call for, or none."""
    after = _KIND_AFTER.match(text, end)
    if after:
        return _KIND_FEATURES[_KIND_WORDS[after.group(1)]]
    window = text[max(0, start - 80):start]
    before = _KIND_BEFORE.search(window) or _KIND_LIST.search(window)
    return _KIND_FEATURES[_KIND_WORDS[before.group(1)]] if before else frozenset()


def qualifier_of(text: str, end: int) -> str | None:
    """The name right after a toponym and a comma ("Alexandria, La." → "La."), if any."""
    match = _QUALIFIER.match(text, end)
    return match.group(1) if match else None


def _qualifies(qualifier: str, e: Entry, gaz: Gazetteer) -> bool:
    key = name_key(qualifier)
    states = {name_key(state) for state, a3 in STATE_ABBREVIATIONS.get(key, ()) if a3 == e.country}
    if e.admin1 and name_key(e.admin1) in (states or {key}):
        return True
    country = gaz.countries.get(e.country)
    return bool(country) and (name_key(country.name) == key or key == e.country.casefold())


@dataclass
class _Context:
    """What the article's other toponyms say, as shares of their total weight."""

    country: dict[str, float]
    sub: dict[str, float]
    admin1: dict[tuple[str, str], float]
    points: list[tuple[float, float]]  # best sub-national readings of the other toponyms
    total: float


def _contributions(toponyms: list[Toponym]) -> dict[str, tuple[float, dict, Entry | None]]:
    """Per distinct name: its weight (1 + log of its count), what its readings add to the context
    (probability-weighted, keyed by ('c', country), ('s', country) and ('a', country, region)), and
    its best reading."""
    counts: dict[str, int] = defaultdict(int)
    first: dict[str, Toponym] = {}
    for t in toponyms:
        counts[t.key] += 1
        if t.candidates:
            first.setdefault(t.key, t)
    out = {}
    for key, t in first.items():
        weight = 1.0 + math.log(counts[key])
        adds: dict[tuple, float] = defaultdict(float)
        for c, p in zip(t.candidates, _softmax(t.scores)):
            e = c.entry
            if not e.country:
                continue
            adds[("c", e.country)] += weight * p
            if e.feature in SUBNATIONAL:
                adds[("s", e.country)] += weight * p
                region = e.name if e.feature == "admin1" else e.admin1
                if region:
                    adds[("a", e.country, _region_key(region))] += weight * p
        out[key] = (weight, adds, t.best())
    return out


def _contexts(contributions: dict[str, tuple[float, dict, Entry | None]]) -> dict[str, _Context]:
    """Each name's context: everything the other names add (a name never votes for itself)."""
    totals: dict[tuple, float] = defaultdict(float)
    weight_sum = 0.0
    for weight, adds, _ in contributions.values():
        weight_sum += weight
        for k, v in adds.items():
            totals[k] += v
    points = [(b.lat, b.lon, key) for key, (_, _, b) in contributions.items() if b and b.feature in SUBNATIONAL]
    out = {}
    for key, (weight, adds, _) in contributions.items():
        country: dict[str, float] = {}
        sub: dict[str, float] = {}
        admin1: dict[tuple[str, str], float] = {}
        for k, v in totals.items():
            v -= adds.get(k, 0.0)
            if v <= 1e-9:
                continue
            if k[0] == "c":
                country[k[1]] = v
            elif k[0] == "s":
                sub[k[1]] = v
            else:
                admin1[(k[1], k[2])] = v
        others = [(lat, lon) for lat, lon, k in points if k != key][:MAX_POINTS]
        out[key] = _Context(country, sub, admin1, others, weight_sum - weight)
    return out


@lru_cache(maxsize=65536)
def _region_key(name: str) -> str:
    return name_key(name)


def _softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    z = sum(exps)
    return [x / z for x in exps]


def _near_km(lat: float, lon: float, points: list[tuple[float, float]]) -> float:
    """Distance to the nearest point (equirectangular: exact enough at the scale that matters)."""
    c = math.cos(math.radians(lat))
    return 111.2 * math.sqrt(min((lat - a) ** 2 + ((lon - b) * c) ** 2 for a, b in points))


def features(c: Candidate, t: Toponym, ctx: _Context | None, gaz: Gazetteer,
             lead: float = 0.0) -> list[tuple[str, float]]:
    """The ranker's features of one reading, as (weight name, value) pairs, zeros left out.

    A reading's score is the weighted sum of these (:func:`_score`); ``tools/train_place_ranker.py``
    fits the weights from the same pairs, so training and resolution cannot drift apart."""
    e = c.entry
    out = [("logpop", math.log10(1 + e.population))] if e.population else []
    if e.feature in _FEATURE_CLASSES:
        out.append((e.feature, 1.0))
    if c.alias:
        out.append(("alias", 1.0))
    if lead:
        out.append(("fame", lead))
    if _namesake(e, t.key, gaz):
        out.append(("namesake", 1.0))
    elif t.shadowed and e.feature in ("city", "admin2"):
        out.append(("shadowed", 1.0))  # "Poland, Ohio" where the name is first of all a country's
    if t.definite and e.feature in _DEFINITE_FEATURES:
        out.append(("definite", 1.0))  # "the Gulf" is a sea, not a province called Gulf
    if t.qualifier and _qualifies(t.qualifier, e, gaz):
        out.append(("qualifier", 1.0))
    if t.echo is not None and e is t.echo:
        out.append(("echo", 1.0))
    if e.feature in t.kinds:
        out.append(("kind", 1.0))
    if ctx is None or ctx.total == 0 or not e.country:
        return out
    share = ctx.country.get(e.country, 0.0) / ctx.total
    if share:
        out.append(("ctx_country", share))
    share = ctx.sub.get(e.country, 0.0) / ctx.total
    if share:
        out.append(("ctx_sub", share))
    if e.feature in SUBNATIONAL:
        region = e.name if e.feature == "admin1" else e.admin1
        if region:
            share = ctx.admin1.get((e.country, _region_key(region)), 0.0) / ctx.total
            if share:
                out.append(("ctx_admin1", share))
        if ctx.points:
            out.append(("near", math.exp(-_near_km(e.lat, e.lon, ctx.points) / 200.0)))
    return out


# kinds of place a name is written with "the" for: seas, regions, continents, some countries
_DEFINITE_FEATURES = frozenset({"water", "region", "continent", "country"})
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# feature classes with a weight of their own (cities are the baseline)
_FEATURE_CLASSES = frozenset({"country", "continent", "admin1", "region", "water", "admin2", "capital"})


def _score(c: Candidate, t: Toponym, ctx: _Context | None, gaz: Gazetteer, w: dict[str, float],
           lead: float = 0.0) -> float:
    return sum(w.get(name, 0.0) * value for name, value in features(c, t, ctx, gaz, lead))


def resolve(toponyms: list[Toponym], text: str, gaz: Gazetteer,
            weights: dict[str, float] | None = None, *, local: bool = True,
            trace: list | None = None) -> list[Entry | None]:
    """The best reading of every toponym of one article (None where the gazetteer has none).

    With ``local`` (the default) a name the gazetteer cannot place gets an approximation from the
    article's context instead of None (:mod:`.geo_local`: feature "local", no GeoNames id).

    Toponyms with the same name and qualifier share one reading, so the cost grows with the
    number of distinct names, not mentions. ``trace``, when given, receives one (members,
    features of each candidate) pair per distinct name from the last pass: what the ranker's
    trainer (``tools/train_place_ranker.py``) fits the weights on.
    """
    w = weights or WEIGHTS
    groups: dict[tuple[str, str | None], list[Toponym]] = defaultdict(list)
    for t in toponyms:
        t.qualifier = qualifier_of(text, t.end)
        groups[(t.key, t.qualifier)].append(t)
    heads = []
    for members in groups.values():
        head = members[0]
        head.kinds = next((k for t in members if (k := kind_cue(text, t.start, t.end))), frozenset())
        head.candidates = candidates_for(gaz, head, text)
        head.definite = _THE_BEFORE.search(text, max(0, head.start - 4), head.start) is not None
        head.shadowed = any(not c.alias and c.entry.feature in ("country", "admin1") for c in head.candidates)
        head.leads = _fame_leads(head.candidates)
        head.scores = [_score(c, head, None, gaz, w, f) for c, f in zip(head.candidates, head.leads)]
        heads.append((head, members))
    add_echoes([h for h, _ in heads])
    for head, _ in heads:
        if head.echo is not None:
            head.leads = _fame_leads(head.candidates)
            head.scores = [_score(c, head, None, gaz, w, f) for c, f in zip(head.candidates, head.leads)]
    empty = _Context({}, {}, {}, [], 0.0)
    for _ in range(PASSES):
        contexts = _contexts(_contributions([h for h, _ in heads]))
        new_scores = [[_score(c, head, contexts.get(head.key, empty), gaz, w, f)
                       for c, f in zip(head.candidates, head.leads)] for head, _ in heads]
        for (head, _), scores in zip(heads, new_scores):
            head.scores = scores
    _one_sense(heads, gaz)
    if trace is not None:
        for head, members in heads:
            ctx = contexts.get(head.key, empty)
            trace.append((members, [features(c, head, ctx, gaz, f) for c, f in zip(head.candidates, head.leads)]))
    for head, members in heads:
        for t in members[1:]:
            t.candidates, t.scores, t.echo, t.inner = head.candidates, head.scores, head.echo, head.inner
    best = _venues_unplaced(toponyms, _narrowed(toponyms, [t.best() for t in toponyms], text, gaz))
    return approximate(toponyms, best, text, gaz) if local else best


VENUE_UNPLACED_FEATURES = frozenset({"continent", "region", "water"})  # places with no country


def _venues_unplaced(toponyms: list[Toponym], best: list[Entry | None]) -> list[Entry | None]:
    """A venue or building read through the continent or world region in its name ("the Asia
    Mall", "Europe Square", "the Africa Hotel") is not at that region's middle but somewhere the story is: left to the
    local approximation (:mod:`.geo_local`)."""
    out = list(best)
    for i, (t, e) in enumerate(zip(toponyms, best)):
        if (t.inner and e is not None and not e.country and e.feature in VENUE_UNPLACED_FEATURES
                and any(w.casefold() in PLACE_HEADS for w in t.text.split())):
            out[i] = None
    return out


def _one_sense(heads: list[tuple[Toponym, list[Toponym]]], gaz: Gazetteer) -> None:
    """A name the article qualifies once ("Athens, Ga.") keeps that reading where it repeats the name
    bare or with a comma that is no qualifier ("In Athens, trees fell"): news qualifies a town at
    its first mention only. The bare mention's top score is given to that reading."""
    qualified: dict[str, Entry] = {}
    for head, _ in heads:
        e = head.best()
        if head.qualifier and e is not None and _qualifies(head.qualifier, e, gaz):
            qualified.setdefault(head.key, e)
    for head, _ in heads:
        e = qualified.get(head.key)
        if e is None or not head.scores or head.best() is e or (head.kinds and e.feature not in head.kinds):
            continue  # "Washington, D.C." does not make a later "Washington state" the city
        if head.qualifier and _qualifies(head.qualifier, head.best(), gaz):
            continue  # qualified differently ("Portland, Maine" and "Portland, Ore."): both stand
        for i, c in enumerate(head.candidates):
            if c.entry is e:
                head.scores[i] = max(head.scores) + 1.0
                break


# Words that make a name a campus or site (placed somewhere in its region), not a body of the whole
# region ("Iowa House", "Manitoba Chambers of Commerce")
CAMPUS_HEADS = PLACE_HEADS | frozenset({"university", "college", "school", "institute", "academy"})


def _focus_of(toponyms: list[Toponym], best: list[Entry | None], gaz: Gazetteer) -> Entry | None:
    """The article's focus (:func:`.geo_local.article_focus`) from its names read directly, not through
    an institution's name."""
    return article_focus([e for t, e in zip(toponyms, best) if e is not None and not t.inner], gaz)


_ATTACHED_AFTER = re.compile(r"\s*,\s*|\s+(?:at|in)\s+")
BROAD_FEATURES = frozenset({"country", "admin1", "region"})
NARROW_FEATURES = frozenset({"city", "capital", "admin2"})


def _narrowed(toponyms: list[Toponym], best: list[Entry | None], text: str,
              gaz: Gazetteer) -> list[Entry | None]:
    """An institution read through the region in its name takes the town it is attached to
    ("University of California, Los Angeles", "California State University at San Marcos"):
    the campus is in that town, not at the state's middle. Only a town inside the named region.
    A campus or site with no town attached ("Florida Atlantic University") is approximated at the
    article's focus when that is a town inside the named state (:func:`_focus_of`)."""
    starts = {t.start: e for t, e in zip(toponyms, best) if e is not None}
    out = list(best)
    for i, (t, e) in enumerate(zip(toponyms, best)):
        if not t.inner or e is None or e.feature not in BROAD_FEATURES:
            continue
        match = _ATTACHED_AFTER.match(text, t.end)
        town = starts.get(match.end()) if match else None
        if (town is not None and town.feature in NARROW_FEATURES and town.country == e.country
                and (e.feature != "admin1" or town.admin1 == e.name)):
            out[i] = town
        elif e.feature == "admin1" and any(w.casefold() in CAMPUS_HEADS for w in t.text.split()):
            focus = _focus_of(toponyms, best, gaz)
            if focus is not None and focus.feature in NARROW_FEATURES and focus.country == e.country \
                    and focus.admin1 == e.name:
                out[i] = approximation_at(focus)  # a state university in a story set in one of its towns
                t.approximated = "focus"
    return out

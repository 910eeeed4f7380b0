"""Toponym resolution: which of the places called "Georgia" an article means.

Resolution is an article-level decision. Each toponym gets its gazetteer candidates; a linear score
ranks them from what a reader uses:

- the kind of place (a bare name of a country outranks a region, a region a city) and its
  population: the prior that alone gets ~70% of news toponyms right;
- the article's other toponyms: the countries they fall in, whether they are *inside* a country
  (several US towns make "Georgia" the US state; the US itself does not), the region they fall in
  (Rapides Parish makes "Alexandria" the one in Louisiana) and how near they are;
- an explicit qualifier right after the name ("Alexandria, La.", "Perth, Scotland").

Context comes from the other toponyms' current best readings, refined over a few passes; a name never
votes for itself. The weights were set by hand and tuned on the even-numbered half of GeoWebNews
(see ``bench/geo.py``); LGL and the odd half of GeoWebNews were held out.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

from .gazetteer import Candidate, Entry, Gazetteer, name_key

MAX_CANDIDATES = 40
PASSES = 2
SUBNATIONAL = frozenset({"admin1", "admin2", "city", "capital"})

# Weights of the linear ranker (tuned on GeoWebNews even-numbered articles only).
WEIGHTS: dict[str, float] = {
    "country": 4.0, "continent": 3.0, "admin1": 2.0, "region": 2.5, "water": 2.5, "admin2": 0.3,
    "capital": 1.5, "logpop": 0.6, "alias": -1.5,
    "ctx_country": 3.0, "ctx_sub": 3.0, "ctx_admin1": 3.0, "qualifier": 6.0, "near": 2.0,
}

# US states and Canadian provinces as news abbreviates them after a town ("Alexandria, La.").
_ABBREVIATIONS = {
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
    "Wyoming": "Wyo WY", "Ontario": "Ont ON", "Quebec": "Que QC", "British Columbia": "BC",
    "Alberta": "Alta AB", "Manitoba": "Man MB", "Saskatchewan": "Sask SK", "Nova Scotia": "NS",
}
STATE_ABBREVIATIONS: dict[str, str] = {
    name_key(abbr): state for state, abbrs in _ABBREVIATIONS.items() for abbr in abbrs.split()
}
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
    """Candidate readings of one toponym, the most plausible ones first, at most MAX_CANDIDATES."""
    if toponym.demonym:
        country = gaz.demonym(toponym.text)
        return [Candidate(country, False)] if country else []
    found = gaz.lookup(toponym.text)
    state = STATE_ABBREVIATIONS.get(toponym.key)
    if state and _follows_comma(text, toponym.start):
        found = [c for c in gaz.lookup(state) if c.entry.feature == "admin1"] or found
    if not found:
        country = gaz.demonym(toponym.text)
        found = [Candidate(country, False)] if country else []
    found.sort(key=lambda c: -_prior(c))
    return found[:MAX_CANDIDATES]


def _follows_comma(text: str, start: int) -> bool:
    return text[max(0, start - 3):start].rstrip().endswith(",")


def _prior(c: Candidate, w: dict[str, float] = WEIGHTS) -> float:
    e = c.entry
    score = w.get(e.feature, 0.0) + w["logpop"] * math.log10(1 + e.population)
    return score + (w["alias"] if c.alias else 0.0)


def qualifier_of(text: str, end: int) -> str | None:
    """The name right after a toponym and a comma ("Alexandria, La." → "La."), if any."""
    match = _QUALIFIER.match(text, end)
    return match.group(1) if match else None


def _qualifies(qualifier: str, e: Entry, gaz: Gazetteer) -> bool:
    key = name_key(qualifier)
    state = STATE_ABBREVIATIONS.get(key)
    if state:
        key = name_key(state)
    if e.admin1 and name_key(e.admin1) == key:
        return True
    country = gaz.countries.get(e.country)
    return bool(country) and (name_key(country.name) == key or key == e.country.casefold())


@dataclass
class _Context:
    """What the article's other toponyms say, as shares of their total weight."""

    country: dict[str, float]
    sub: dict[str, float]
    admin1: dict[tuple[str, str], float]
    points: list[tuple[str, float, float, float]]  # (key, lat, lon, weight) of sub-national readings
    total: float


def _context(toponyms: list[Toponym], exclude: str, weights: dict[str, float]) -> _Context:
    counts: dict[str, int] = defaultdict(int)
    for t in toponyms:
        counts[t.key] += 1
    country: dict[str, float] = defaultdict(float)
    sub: dict[str, float] = defaultdict(float)
    admin1: dict[tuple[str, str], float] = defaultdict(float)
    points = []
    total = 0.0
    seen = set()
    for t in toponyms:
        if t.key == exclude or t.key in seen or not t.candidates:
            continue
        seen.add(t.key)
        weight = 1.0 + math.log(counts[t.key])
        total += weight
        for c, p in zip(t.candidates, _softmax(t.scores)):
            e = c.entry
            if not e.country:
                continue
            country[e.country] += weight * p
            if e.feature in SUBNATIONAL:
                sub[e.country] += weight * p
                region = e.name if e.feature == "admin1" else e.admin1
                if region:
                    admin1[(e.country, name_key(region))] += weight * p
        best = t.best()
        if best and best.feature in SUBNATIONAL | {"region"}:
            points.append((t.key, best.lat, best.lon, weight))
    return _Context(country, sub, admin1, points, total)


def _softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    z = sum(exps)
    return [x / z for x in exps]


def _score(c: Candidate, t: Toponym, ctx: _Context | None, gaz: Gazetteer, w: dict[str, float]) -> float:
    e = c.entry
    score = _prior(c, w)
    if e.feature == "capital":
        score += w["capital"]
    if t.qualifier and _qualifies(t.qualifier, e, gaz):
        score += w["qualifier"]
    if ctx is None or ctx.total == 0:
        return score
    if e.country:
        score += w["ctx_country"] * ctx.country.get(e.country, 0.0) / ctx.total
    if e.feature in SUBNATIONAL:
        score += w["ctx_sub"] * ctx.sub.get(e.country, 0.0) / ctx.total
        region = e.name if e.feature == "admin1" else e.admin1
        if region:
            score += w["ctx_admin1"] * ctx.admin1.get((e.country, name_key(region)), 0.0) / ctx.total
        if ctx.points:
            nearest = min(distance_km(e.lat, e.lon, lat, lon) for _, lat, lon, _ in ctx.points)
            score += w["near"] * math.exp(-nearest / 200.0)
    return score


def resolve(toponyms: list[Toponym], text: str, gaz: Gazetteer,
            weights: dict[str, float] | None = None) -> list[Entry | None]:
    """The best reading of every toponym of one article (None where the gazetteer has none)."""
    w = weights or WEIGHTS
    for t in toponyms:
        t.candidates = candidates_for(gaz, t, text)
        t.qualifier = qualifier_of(text, t.end)
        t.scores = [_score(c, t, None, gaz, w) for c in t.candidates]
    for _ in range(PASSES):
        contexts = {t.key: _context(toponyms, t.key, w) for t in toponyms}
        new_scores = [[_score(c, t, contexts[t.key], gaz, w) for c in t.candidates] for t in toponyms]
        for t, scores in zip(toponyms, new_scores):
            t.scores = scores
    return [t.best() for t in toponyms]

"""Approximate points for toponyms the gazetteer cannot place: "somewhere around here".

A building, a venue, a street, a township or a small river named in a news story is still
somewhere, and nearly always somewhere the story is about: "the Shard in London", "Brooklyn's
Barclays Center", a prison in a town the article is set in. The gazetteer (countries, regions,
cities500) cannot place such names, and dropping them loses a location the reader has.

This module gives each of them an **approximation**, never a resolution: an :class:`Entry` with
``feature == "local"``, ``geonameid`` None, and the name and point of the place it is
approximated by, chosen in this order:

1. the place it is attached to in the text ("X in Y", "X, Y", "X at Y", "Y's X");
2. a known place named inside it ("Nenagh MDC" → Nenagh), when that place lies in a country the
   article is about;
3. the article's local focus: the resolved place around which most of the article's other
   resolved mentions cluster, or, when no place dominates, the country most mentioned.

Consumers should treat a ``local`` place as "within the story's area", not as a located feature.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import TYPE_CHECKING

from .gazetteer import Entry, Gazetteer

if TYPE_CHECKING:
    from .geo_rank import Toponym

LOCAL = "local"
SUBNATIONAL = frozenset({"admin1", "admin2", "city", "capital"})
# Words joining a name to the place it is in: "X in Y", "X, Y", "X at Y", "X near Y", "X of Y".
_ATTACH_AFTER = re.compile(r"(?:\s*,\s*|\s+(?:in|at|near|outside|on|of|,)\s+)(?:the\s+)?")
# "Y's X", "Y' X", "Y X", "Y, X" with Y a place right before the name ("Croft, Yorkshire": the
# region a town is qualified by contains the town).
_ATTACH_BEFORE = re.compile(r"(?:['’]s?|\s*,)?\s+$")
# Head words and prefixes that make a multi-word name a place of its own kind (a street, a venue,
# a natural feature) when the gazetteer does not know it.
PLACE_HEADS = frozenset(
    "street road avenue boulevard lane square park airport station river lake mountain mountains hill "
    "hills bay beach island islands point cape harbour harbor bridge church cathedral mosque temple "
    "hospital prison jail stadium arena center centre hotel mall market township village suburb "
    "valley canyon forest falls creek racecourse circuit quarter".split())
PLACE_PREFIXES = frozenset("Mount Mt Lake Cape Port Fort Camp Lac Rio Mont".split())
CLUSTER_KM = 161.0
# The focus must gather at least this share of the article's resolved sub-national mentions;
# otherwise the article is not about one area and its main country is the better guess.
FOCUS_SHARE = 0.0


def place_shaped(text: str) -> bool:
    """A multi-word name whose own words say it is a place: a place-type head word or prefix."""
    words = text.split()
    return len(words) > 1 and (words[-1].casefold() in PLACE_HEADS or words[0] in PLACE_PREFIXES)


def approximation_at(anchor: Entry) -> Entry:
    """A place the gazetteer cannot name, put at ``anchor``'s point (feature ``LOCAL``, no GeoNames id)."""
    return Entry(None, anchor.name, LOCAL, anchor.country, anchor.admin1 if anchor.feature != "country" else "",
                 anchor.lat, anchor.lon, 0)


def _km(a: Entry, b: Entry) -> float:
    """Equirectangular distance: exact enough at the scale of 'same area'."""
    c = math.cos(math.radians((a.lat + b.lat) / 2))
    return 111.2 * math.hypot(a.lat - b.lat, (a.lon - b.lon) * c)


def approximate(toponyms: list[Toponym], entries: list[Entry | None], text: str,
                gaz: Gazetteer) -> list[Entry | None]:
    """``entries`` with every None (a name the gazetteer cannot place) replaced by an approximation
    from the article's context when there is one; placed entries are returned unchanged."""
    if all(e is None for e in entries):
        return entries
    entries = _drop_strays(toponyms, entries)
    if all(e is not None for e in entries):
        return entries
    placed = [(t, e) for t, e in zip(toponyms, entries) if e is not None and e.feature != LOCAL]
    by_start = {t.start: e for t, e in placed}
    by_end = {t.end: e for t, e in placed}
    focus = article_focus([e for _, e in placed], gaz)
    out = list(entries)
    for i, (t, e) in enumerate(zip(toponyms, entries)):
        if e is not None or t.demonym:
            continue
        anchor, how = _attached(t, text, by_start, by_end), "attached"
        if anchor is None:
            anchor, how = focus, "focus"
        if anchor is not None:
            out[i] = approximation_at(anchor)
            t.approximated = how
    return out


STRAY_MAX_POPULATION = 20_000
# A larger town is a stray only in a country nothing else in the article is in ("Delft" in a story
# set around Cape Town is the township, not the Dutch city); a big city never is.
STRAY_FOREIGN_MAX_POPULATION = 100_000
STRAY_KM = 1000.0
STRAY_MIN_OTHERS = 2
STRAY_SAME_COUNTRY = False


def _drop_strays(toponyms: list[Toponym], entries: list[Entry | None]) -> list[Entry | None]:
    """Readings that are small places far from everything else the article places are dropped
    (then approximated like unknown names): a village 1,000 km from the story is more often a
    namesake of a building or neighbourhood the gazetteer lacks ("Heathrow" is not the Florida
    hamlet in a story about London) than a trip there. A town of up to STRAY_FOREIGN_MAX_POPULATION
    is dropped so only when none of the other places is in its country."""
    keyed = {t.key: e for t, e in zip(toponyms, entries) if e is not None and e.feature in SUBNATIONAL}
    out = list(entries)
    for i, (t, e) in enumerate(zip(toponyms, entries)):
        if e is None or e.feature not in ("city", "admin2") or e.population >= STRAY_FOREIGN_MAX_POPULATION:
            continue
        others = [o for k, o in keyed.items() if k != t.key]
        if len(others) < STRAY_MIN_OTHERS:
            continue
        if ((STRAY_SAME_COUNTRY or e.population >= STRAY_MAX_POPULATION)
                and any(o.country == e.country for o in others)):
            continue
        if all(_km(e, o) > STRAY_KM for o in others):
            out[i] = None
    return out


def _attached(t: Toponym, text: str, by_start: dict[int, Entry], by_end: dict[int, Entry]) -> Entry | None:
    """The placed toponym the name hangs on in the text: right after it ("X in Y", "X, Y") or right
    before it ("Y's X", "Y, X")."""
    match = _ATTACH_AFTER.match(text, t.end)
    if match and match.end() in by_start:
        return by_start[match.end()]
    head = text[max(0, t.start - 4):t.start]
    match = _ATTACH_BEFORE.search(head)
    if match:
        return by_end.get(t.start - len(head) + match.start())
    return None


def article_focus(entries: list[Entry], gaz: Gazetteer) -> Entry | None:
    """The place the article is about: in the country with the most resolved mentions, the
    sub-national place with the most of that country's mentions near it or naming its region
    (itself included; ties to the most mentioned, then to a city); the country itself when it has no
    sub-national mention or none gathers FOCUS_SHARE of them."""
    countries = Counter(e.country for e in entries if e.country)
    if not countries:
        return None
    a3 = countries.most_common(1)[0][0]
    local = [e for e in entries if e.country == a3 and e.feature in SUBNATIONAL]
    if local:
        distinct = {(e.lat, e.lon, e.name): e for e in local}
        counts = Counter((e.lat, e.lon, e.name) for e in local)
        support = {k: sum(n for k2, n in counts.items() if _supports(distinct[k2], e)) for k, e in distinct.items()}
        best = max(distinct, key=lambda k: (support[k], counts[k], -_rank(distinct[k])))
        if support[best] >= FOCUS_SHARE * len(local):
            return distinct[best]
    return gaz.countries.get(a3)


def _supports(mention: Entry, place: Entry) -> bool:
    """Whether a mention speaks for a place being the article's focus: it is near it, or it is
    the region the place lies in (a state's point may be far from its towns)."""
    if mention.feature == "admin1" and place.feature != "admin1":
        return place.admin1 == mention.name
    return _km(mention, place) <= CLUSTER_KM


def _rank(e: Entry) -> int:
    """Prefer a city over a region as the focus point: it is where things happen."""
    return {"city": 0, "capital": 0, "admin2": 1, "admin1": 2}.get(e.feature, 3)

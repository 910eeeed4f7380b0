"""Counts the dashboard draws: a timeline by quad class, the map's places and movements, dyads.

Why here and not in the store: these are summaries of the store's ``events`` query made for
pictures (a day-by-class grid, places with counts, arrows). They take the store's own
:class:`~eventwire.store.query.EventFilter`, so a map or a timeline shows exactly the events that
``eventwire events`` with the same options lists.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from ..store import Store
from ..store.query import EventFilter, country_table

QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
INTERVALS = ("day", "week", "month", "year")


def _rows(store: Store, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    cursor = store.cursor()
    try:
        return cursor.execute(sql, params).fetchall()
    finally:
        cursor.close()


# --- timeline -------------------------------------------------------------------------------------

def timeline(store: Store, filters: EventFilter, interval: str = "day") -> dict[str, Any]:
    """Per period: events and mean score, for each quad class and in all; undated events counted apart."""
    where, params = filters.where()
    period = "e.event_date" if interval == "day" else f"date_trunc('{interval}', e.event_date)::DATE"
    rows = _rows(store, f"""SELECT {period} AS period, e.quad_class, count(*), avg(e.score)
                            FROM events e WHERE {where} AND e.event_date IS NOT NULL
                            GROUP BY ALL ORDER BY period""", params)
    undated = _rows(store, f"SELECT count(*) FROM events e WHERE {where} AND e.event_date IS NULL", params)[0][0]
    periods = sorted({r[0] for r in rows})
    index = {p: i for i, p in enumerate(periods)}
    series: dict[Any, dict[str, list[Any]]] = {}
    totals = {"count": [0] * len(periods), "score_sum": [0.0] * len(periods), "scored": [0] * len(periods)}
    for period, quad, count, mean in rows:
        key = int(quad) if quad in QUAD_CLASSES else None
        entry = series.setdefault(key, {"count": [0] * len(periods), "mean_score": [None] * len(periods)})
        i = index[period]
        entry["count"][i] += count
        entry["mean_score"][i] = None if mean is None else round(float(mean), 3)
        totals["count"][i] += count
        if mean is not None:
            totals["score_sum"][i] += float(mean) * count
            totals["scored"][i] += count
    all_mean = [round(s / n, 3) if n else None for s, n in zip(totals["score_sum"], totals["scored"])]
    return {
        "interval": interval,
        "periods": [p.isoformat() for p in periods],
        "series": [{"quad_class": q, "label": QUAD_CLASSES[q], **series[q]} for q in QUAD_CLASSES if q in series],
        "all": {"count": totals["count"], "mean_score": all_mean},
        "unclassified": sum(series.get(None, {"count": []})["count"]),
        "total": sum(totals["count"]) + int(undated),
        "undated": int(undated),
    }


# --- places ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Anchor:
    """A point to draw a country at: its capital when the gazetteer has one, else its centre."""

    name: str
    lat: float
    lon: float


@lru_cache(maxsize=1)
def country_anchors() -> dict[str, Anchor]:
    """ISO alpha-3 → capital (or centre) from the shipped gazetteer; read once, on first use."""
    centres: dict[str, Anchor] = {}
    capitals: dict[str, tuple[int, Anchor]] = {}
    raw = resources.files("eventwire").joinpath("data/places_gazetteer.tsv.gz").read_bytes()
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        parts = line.split("\t", 8)
        if len(parts) < 8 or parts[2] not in ("country", "capital") or not parts[3]:
            continue
        try:
            anchor, population = Anchor(parts[1], float(parts[5]), float(parts[6])), int(parts[7] or 0)
        except ValueError:
            continue
        if parts[2] == "country":
            centres[parts[3]] = anchor
        elif population > capitals.get(parts[3], (-1, anchor))[0]:
            capitals[parts[3]] = (population, anchor)  # the biggest where a country has several capitals
    return {**centres, **{code: anchor for code, (_, anchor) in capitals.items()}}


_EVENT_PLACE = "[x FOR x IN e.locations IF coalesce(x.role, 'event') = 'event' AND x.lat IS NOT NULL]"
_MOVES = ("len([x FOR x IN e.locations IF x.role = 'destination' AND x.lat IS NOT NULL]) > 0 "
          "AND NOT e.negated")


def country_counts(store: Store, filters: EventFilter) -> list[dict[str, Any]]:
    """Events per country where they happened (the events' ``country_codes``), most first."""
    where, params = filters.where()
    rows = _rows(store, f"""SELECT code, count(*) AS n FROM (SELECT unnest(e.country_codes) AS code
                            FROM events e WHERE {where}) GROUP BY code ORDER BY n DESC, code""", params)
    table = country_table()
    return [{"iso3": code, "numeric": table.get(code, {}).get("numeric"), "name": table.get(code, {}).get("name", code),
             "count": int(n)} for code, n in rows]


def places(store: Store, filters: EventFilter, limit: int = 1000) -> list[dict[str, Any]]:
    """Where events happened, grouped by place: count, mean score, the commonest event type."""
    where, params = filters.where()
    rows = _rows(store, f"""SELECT p.name, p.text, p.country_code, p.feature, round(p.lat, 3) AS lat,
                                   round(p.lon, 3) AS lon, count(*) AS n, avg(e.score), mode(e.event), min(e.id)
                            FROM (SELECT e.*, {_EVENT_PLACE}[1] AS p FROM events e WHERE {where}) e
                            WHERE p IS NOT NULL GROUP BY ALL ORDER BY n DESC, lat, lon LIMIT {int(limit)}""", params)
    return [{"name": name or text, "country": country, "feature": feature, "lat": lat, "lon": lon, "count": int(n),
             "mean_score": None if mean is None else round(float(mean), 2), "top_event": top, "example": example}
            for name, text, country, feature, lat, lon, n, mean, top, example in rows]


def movements(store: Store, filters: EventFilter, limit: int = 5000) -> list[dict[str, Any]]:
    """Origin → destination pairs: deployments, visits, aid sent (events with a destination place).

    The origin is the event's ``origin`` place when the coder found one, else the actor's country
    (its capital), flagged ``origin_inferred``. Negated events ("will not send") are not movements;
    future and hypothetical ones are kept and flagged so the map can draw them dashed.
    """
    where, params = filters.where()
    rows = _rows(store, f"""SELECT e.id, e.event, e.event_date, e.actor_codes, e.future, e.hypothetical,
                                   [x FOR x IN e.locations IF x.role = 'origin' AND x.lat IS NOT NULL][1],
                                   [x FOR x IN e.locations IF x.role = 'destination' AND x.lat IS NOT NULL][1]
                            FROM events e WHERE {where} AND {_MOVES}
                            ORDER BY e.event_date NULLS LAST, e.event_key LIMIT {int(limit)}""", params)
    anchors = country_anchors()
    pairs: dict[tuple[Any, ...], dict[str, Any]] = {}
    for event_id, kind, day, actors, future, hypothetical, origin, destination in rows:
        inferred = origin is None
        if inferred:
            code = next((c for c in actors if c in anchors), None)
            if code is None:
                continue
            anchor = anchors[code]
            origin = {"name": anchor.name, "lat": anchor.lat, "lon": anchor.lon, "country_code": code}
        key = (round(origin["lat"], 2), round(origin["lon"], 2), round(destination["lat"], 2),
               round(destination["lon"], 2), bool(future or hypothetical))
        pair = pairs.setdefault(key, {
            "origin": origin.get("name") or origin.get("text"), "origin_country": origin.get("country_code"),
            "origin_lat": origin["lat"], "origin_lon": origin["lon"], "origin_inferred": inferred,
            "destination": destination.get("name") or destination.get("text"),
            "destination_country": destination.get("country_code"),
            "destination_lat": destination["lat"], "destination_lon": destination["lon"],
            "possible": bool(future or hypothetical), "count": 0, "events": [], "event_ids": [],
            "first_date": None, "last_date": None})
        pair["count"] += 1
        if kind not in pair["events"]:
            pair["events"].append(kind)
        if len(pair["event_ids"]) < 20:
            pair["event_ids"].append(event_id)
        if day is not None:
            pair["first_date"] = min(filter(None, (pair["first_date"], day.isoformat())))
            pair["last_date"] = max(filter(None, (pair["last_date"], day.isoformat())))
    return sorted(pairs.values(), key=lambda p: (-p["count"], p["origin"] or "", p["destination"] or ""))


def map_geojson(store: Store, filters: EventFilter, *, max_places: int = 1000) -> dict[str, Any]:
    """A GeoJSON FeatureCollection: places as Points, movements as LineStrings (RFC 7946 [lon, lat]).

    Foreign members carry what GeoJSON has no geometry for: ``countries`` (counts to shade) and
    ``total``/``located``/``moving`` (how many of the matching events the features account for).
    """
    features: list[dict[str, Any]] = []
    spots = places(store, filters, limit=max_places)
    for spot in spots:
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [spot["lon"], spot["lat"]]},
                         "properties": {"kind": "place", **{k: v for k, v in spot.items() if k not in ("lat", "lon")}}})
    moves = movements(store, filters)
    for move in moves:
        line = [[move["origin_lon"], move["origin_lat"]], [move["destination_lon"], move["destination_lat"]]]
        features.append({"type": "Feature", "geometry": {"type": "LineString", "coordinates": line},
                         "properties": {"kind": "movement", **{k: v for k, v in move.items()
                                                                if not k.endswith(("_lat", "_lon"))}}})
    where, params = filters.where()
    total = _rows(store, f"SELECT count(*) FROM events e WHERE {where}", params)[0][0]
    return {"type": "FeatureCollection", "features": features, "countries": country_counts(store, filters),
            "total": int(total), "located": sum(s["count"] for s in spots),
            "moving": sum(m["count"] for m in moves)}


# --- dyads ----------------------------------------------------------------------------------------

def top_dyads(store: Store, filters: EventFilter, limit: int = 20) -> list[dict[str, Any]]:
    """The actor → recipient pairs with the most events, with their mean score."""
    where, params = filters.where()
    rows = _rows(store, f"""SELECT a, r, count(*) AS n, avg(score) FROM (
                              SELECT unnest(e.actor_codes) AS a, e.recipient_codes AS rs, e.score
                              FROM events e WHERE {where}) x, unnest(x.rs) AS t(r)
                            WHERE a <> r GROUP BY a, r ORDER BY n DESC, a, r LIMIT {int(limit)}""", params)
    return [{"actor": a, "recipient": r, "count": int(n), "mean_score": None if m is None else round(float(m), 2)}
            for a, r, n, m in rows]

"""GDELT 2.0-shaped event rows, so existing GDELT loaders read eventwire's events.

The 61 columns keep GDELT's names and order. What we fill, and how it differs from GDELT
(``docs/formats.md`` has the full table): GLOBALEVENTID is our stable hash id (text, not an
integer); Actor1 is the first actor and Actor2 the first recipient (PLOVER keeps lists; GDELT
has one dyad); actor codes are ISO alpha-3 plus the PLOVER sector (``USAGOV``), close to CAMEO
actor codes; NumMentions/NumSources/NumArticles are the event's *story* counts, deduplicated
across syndicated copies; geography uses FIPS 10-4 country codes as GDELT does; AvgTone, ethnic,
religion and actor-geography columns stay empty because we do not code them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .query import country_table

_ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                 "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

COLUMNS: tuple[str, ...] = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{f}" for f in _ACTOR_FIELDS) + tuple(f"Actor2{f}" for f in _ACTOR_FIELDS)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{f}" for f in _GEO_FIELDS) + tuple(f"Actor2Geo_{f}" for f in _GEO_FIELDS)
    + tuple(f"ActionGeo_{f}" for f in _GEO_FIELDS)
    + ("DATEADDED", "SOURCEURL")
)
assert len(COLUMNS) == 61

_CITY_FEATURES = {"city", "town", "village", "admin2", "district", "neighbourhood", "site", "building"}


def _actor(prefix: str, entity: dict[str, Any] | None) -> dict[str, Any]:
    if not entity:
        return {}
    code = entity.get("code") or ""
    is_country = code in country_table()
    sector = entity.get("sector") or ""
    return {
        f"{prefix}Code": code + sector if code else "",
        f"{prefix}Name": (entity.get("name") or entity.get("text") or "").upper(),
        f"{prefix}CountryCode": code if is_country else "",
        f"{prefix}KnownGroupCode": code if code and not is_country else "",
        f"{prefix}Type1Code": sector,
    }


def geo_type(place: dict[str, Any]) -> int:
    """GDELT's geographic resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state."""
    feature = (place.get("feature") or "").lower()
    us = place.get("country_code") == "USA"
    if feature == "country":
        return 1
    if feature in ("admin1", "region", "state", "province"):
        return 2 if us else 5
    return 3 if us else 4


def _action_geo(place: dict[str, Any] | None) -> dict[str, Any]:
    if not place:
        return {}
    iso3 = place.get("country_code") or ""
    country = country_table().get(iso3, {})
    names = [place.get("name") or place.get("text") or ""]
    if place.get("admin1") and (place.get("feature") or "") != "admin1":
        names.append(place["admin1"])
    if country.get("name") and (place.get("feature") or "") != "country":
        names.append(country["name"])
    return {
        "ActionGeo_Type": geo_type(place), "ActionGeo_FullName": ", ".join(n for n in names if n),
        "ActionGeo_CountryCode": country.get("fips", ""), "ActionGeo_Lat": place.get("lat"),
        "ActionGeo_Long": place.get("lon"), "ActionGeo_FeatureID": place.get("geonameid"),
    }


def event_place(locations: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Where the event happened: the first location with role ``event`` (or none), else None."""
    for place in sorted(locations, key=lambda p: p["position"]):
        if place.get("role") in (None, "event"):
            return place
    return None


def row(record: dict[str, Any]) -> dict[str, Any]:
    """One GDELT-shaped row from an event-record row (``query.event_records_sql``)."""
    day: date | None = record.get("event_date")
    actors = sorted(record["actors"], key=lambda a: a["position"])
    first_actor = next((a for a in actors if a["role"] == "actor"), None)
    first_recipient = next((a for a in actors if a["role"] == "recipient"), None)
    cameo = record.get("cameo") or ""
    added = record.get("published_at")
    out: dict[str, Any] = {
        "GLOBALEVENTID": record["id"],
        "SQLDATE": day.strftime("%Y%m%d") if day else "",
        "MonthYear": day.strftime("%Y%m") if day else "",
        "Year": day.year if day else "",
        "FractionDate": f"{day.year + (day.month * 30 + day.day) / 365:.4f}" if day else "",
        "IsRootEvent": 1 if record.get("in_lead") else 0,
        "EventCode": cameo, "EventBaseCode": cameo[:3], "EventRootCode": cameo[:2],
        "QuadClass": record.get("quad_class"), "GoldsteinScale": record.get("goldstein"),
        "NumMentions": record.get("story_events"), "NumSources": record.get("story_sources"),
        "NumArticles": record.get("story_articles"),
        "DATEADDED": added.strftime("%Y%m%d%H%M%S") if added else "",
        "SOURCEURL": record.get("url") or record.get("source") or "",
    }
    out.update(_actor("Actor1", first_actor))
    out.update(_actor("Actor2", first_recipient))
    out.update(_action_geo(event_place(record["locations"])))
    return {column: out.get(column) for column in COLUMNS}

"""ACLED-shaped event rows (CSV columns in ACLED's lower snake_case), for ACLED users' loaders.

ACLED records political violence, demonstrations and strategic developments; PLOVER's verbal
categories (CONSULT, ACCUSE, …) have no ACLED counterpart, so :func:`row` returns ``None`` for
them and the export leaves them out (and says how many). The PLOVER event and mode map onto
ACLED's disorder type, event type and sub-event type as tabled in ``docs/formats.md``; actor
sectors map onto ACLED's ``inter`` codes. Ids are our stable hashes (ACLED's own change yearly);
``timestamp`` is the article's publication time, since our rows are not edited after release.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from .gdelt import event_place
from .query import country_table

COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)

VIOLENCE, DEMONSTRATIONS, STRATEGIC = "Political violence", "Demonstrations", "Strategic developments"

# (PLOVER event, mode or "") → (disorder type, event type, sub-event type); "" is the event's default.
TYPES: dict[tuple[str, str], tuple[str, str, str]] = {
    ("PROTEST", ""): (DEMONSTRATIONS, "Protests", "Peaceful protest"),
    ("PROTEST", "riot"): (DEMONSTRATIONS, "Riots", "Violent demonstration"),
    ("PROTEST", "obstruct"): (DEMONSTRATIONS, "Protests", "Protest with intervention"),
    ("ASSAULT", ""): (VIOLENCE, "Violence against civilians", "Attack"),
    ("ASSAULT", "abduct"): (VIOLENCE, "Violence against civilians", "Abduction/forced disappearance"),
    ("ASSAULT", "sexual"): (VIOLENCE, "Violence against civilians", "Sexual violence"),
    ("ASSAULT", "firearms"): (VIOLENCE, "Battles", "Armed clash"),
    ("ASSAULT", "heavy-weapons"): (VIOLENCE, "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("ASSAULT", "aerial"): (VIOLENCE, "Explosions/Remote violence", "Air/drone strike"),
    ("ASSAULT", "drone"): (VIOLENCE, "Explosions/Remote violence", "Air/drone strike"),
    ("ASSAULT", "explosives"): (VIOLENCE, "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("ASSAULT", "suicide-attack"): (VIOLENCE, "Explosions/Remote violence", "Suicide bomb"),
    ("ASSAULT", "destroy"): (STRATEGIC, "Strategic developments", "Looting/property destruction"),
    ("ASSAULT", "crowd-control"): (DEMONSTRATIONS, "Protests", "Excessive force against protesters"),
    ("COERCE", ""): (STRATEGIC, "Strategic developments", "Other"),
    ("COERCE", "arrest"): (STRATEGIC, "Strategic developments", "Arrests"),
    ("COERCE", "seize"): (STRATEGIC, "Strategic developments", "Looting/property destruction"),
    ("MOBILIZE", ""): (STRATEGIC, "Strategic developments", "Change to group/activity"),
    ("AGREE", ""): (STRATEGIC, "Strategic developments", "Agreement"),
    ("RETREAT", ""): (STRATEGIC, "Strategic developments", "Non-violent transfer of territory"),
    ("RETREAT", "ceasefire"): (STRATEGIC, "Strategic developments", "Agreement"),
    ("RETREAT", "release"): (STRATEGIC, "Strategic developments", "Other"),
}

STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}
# ACLED inter codes: 1 state forces, 2 rebels, 3 political militias, 4 identity militias,
# 5 rioters, 6 protesters, 7 civilians, 8 external/other forces.
INTER_BY_SECTOR = {"REB": 2, "PRM": 3, "UAF": 3, "PTY": 3, "CVL": 7, "JRN": 7, "EDU": 7, "MED": 7,
                   "REF": 7, "REL": 7, "LAB": 7, "AGR": 7, "BUS": 7, "SOC": 7, "OPP": 7, "CRM": 8}
# ACLED geo_precision: 1 the town itself, 2 near it or a small area, 3 a region or province.
_PRECISION = {"city": 1, "town": 1, "village": 1, "site": 1, "building": 1, "neighbourhood": 1,
              "admin2": 2, "district": 2, "admin1": 3, "region": 3, "country": 3}


def acled_type(event: str, mode: str | None, recipients: list[dict[str, Any]]) -> tuple[str, str, str] | None:
    """ACLED's (disorder, event, sub-event) types for a PLOVER event and mode; None outside ACLED's scope."""
    kind = TYPES.get((event, mode or "")) or TYPES.get((event, ""))
    if kind and event == "ASSAULT" and kind[1] == "Battles" and not _armed(recipients):
        kind = (VIOLENCE, "Violence against civilians", "Attack")
    return kind


def _armed(entities: list[dict[str, Any]]) -> bool:
    return any((e.get("sector") or "") in {"MIL", "REB", "PRM", "UAF", "COP"} for e in entities)


def inter(entity: dict[str, Any] | None, event: str, place_country: str | None) -> int | None:
    """ACLED's ``inter`` code of an actor, from its PLOVER sector and where the event happened."""
    if not entity:
        return None
    sector = entity.get("sector") or ""
    if event == "PROTEST" and sector in ("", "CVL", "OPP", "LAB", "EDU", "SOC"):
        return 6
    if sector in STATE_SECTORS:
        code = entity.get("code")
        return 1 if not place_country or not code or code == place_country else 8
    return INTER_BY_SECTOR.get(sector)  # no sector: ACLED's inter cannot be told


def _name(entity: dict[str, Any]) -> str:
    label = entity.get("name") or entity.get("text") or ""
    country = country_table().get(entity.get("code") or "", {}).get("name")
    sector = entity.get("sector")
    if country and sector in STATE_SECTORS:
        return f"{'Military' if sector == 'MIL' else 'Police' if sector == 'COP' else 'Government'} Forces of {country}"
    return label


def row(record: dict[str, Any]) -> dict[str, Any] | None:
    """One ACLED-shaped row from an event-record row, or None when ACLED would not record the event."""
    actors = sorted(record["actors"], key=lambda a: a["position"])
    acting = [a for a in actors if a["role"] == "actor"]
    targets = [a for a in actors if a["role"] == "recipient"]
    kind = acled_type(record["event"], record.get("mode"), targets)
    if kind is None:
        return None
    place = event_place(record["locations"]) or {}
    iso3 = place.get("country_code") or ""
    country = country_table().get(iso3, {})
    day: date | None = record.get("event_date")
    precision = record.get("date_precision") or ("day" if record.get("date") is None or len(record["date"]) == 10
                                                  else "month")
    inter1 = inter(acting[0] if acting else None, record["event"], iso3)
    inter2 = inter(targets[0] if targets else None, record["event"], iso3)
    fatalities = sum(q["value"] for q in record["quantities"] if q["unit"] in ("killed", "dead"))
    published: datetime | None = record.get("published_at")
    return {
        "event_id_cnty": record["id"],
        "event_date": day.isoformat() if day else "",
        "year": day.year if day else "",
        "time_precision": 1 if precision == "day" else 3,
        "disorder_type": kind[0], "event_type": kind[1], "sub_event_type": kind[2],
        "actor1": _name(acting[0]) if acting else "",
        "assoc_actor_1": "; ".join(_name(a) for a in acting[1:]),
        "inter1": inter1 or "",
        "actor2": _name(targets[0]) if targets else "",
        "assoc_actor_2": "; ".join(_name(a) for a in targets[1:]),
        "inter2": inter2 or "",
        "interaction": (int(f"{min(inter1, inter2)}{max(inter1, inter2)}") if inter1 and inter2
                        else inter1 * 10 if inter1 else ""),
        "civilian_targeting": "Civilian targeting" if kind[1] == "Violence against civilians" else "",
        "iso": int(country["numeric"]) if country.get("numeric") else "",
        "region": "",
        "country": country.get("name", ""),
        "admin1": place.get("admin1") or "",
        "admin2": "", "admin3": "",
        "location": place.get("name") or place.get("text") or "",
        "latitude": place.get("lat"), "longitude": place.get("lon"),
        "geo_precision": _PRECISION.get((place.get("feature") or "").lower(), 2) if place else "",
        "source": record.get("site") or record.get("source_id") or "",
        "source_scale": "",
        "notes": record.get("evidence_text") or "",
        "fatalities": int(fatalities),
        "tags": f"plover={record['event']}" + (f";mode={record['mode']}" if record.get("mode") else "")
                + (f";cameo={record['cameo']}" if record.get("cameo") else "") + f";story={record.get('story_id') or ''}",
        "timestamp": int(published.replace(tzinfo=timezone.utc).timestamp()) if published else "",
    }

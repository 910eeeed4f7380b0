"""Records ⇄ table rows: flattening an Article or an Event into the store's columns, and back.

Why flat columns and child tables rather than one JSON blob: analysts filter on actors, places
and counts in SQL and pandas, and none of them should need to parse JSON for that. The event
record is rebuilt from the columns (not from a stored copy), so a test that round-trips records
proves that every field of ``event.schema.json`` has a home in the schema.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timezone
from typing import Any
from urllib.parse import urlsplit

import pyarrow as pa

from ..ids import short_hash
from ..records import (Article, Entity, Event, EventPlace, EventQuantity, Evidence, Modality)

_STR = pa.string()
_STRS = pa.list_(pa.string())

ARTICLE_SCHEMA = pa.schema([
    ("doc_id", _STR), ("source", _STR), ("url", _STR), ("site", _STR), ("source_id", _STR),
    ("title", _STR), ("published", _STR), ("published_at", pa.timestamp("us")), ("published_source", _STR),
    ("language", _STR), ("format", _STR), ("authors", _STRS), ("captions", _STRS), ("related", _STRS),
    ("body", _STR), ("status", _STR), ("reason", _STR), ("reason_code", _STR), ("num_events", pa.int32()),
    ("run_id", _STR),
])

_ACTOR_FIELDS = [("role", _STR), ("position", pa.int32()), ("text", _STR), ("code", _STR), ("name", _STR),
                 ("sector", _STR), ("wikidata", _STR)]
_LOCATION_FIELDS = [("position", pa.int32()), ("text", _STR), ("name", _STR), ("country_code", _STR),
                    ("admin1", _STR), ("lat", pa.float64()), ("lon", pa.float64()), ("geonameid", pa.int64()),
                    ("feature", _STR), ("role", _STR)]
_QUANTITY_FIELDS = [("position", pa.int32()), ("value", pa.float64()), ("low", pa.float64()),
                    ("high", pa.float64()), ("approximate", pa.bool_()), ("unit", _STR), ("text", _STR)]

ACTOR_SCHEMA = pa.schema([("event_id", _STR), *_ACTOR_FIELDS])
LOCATION_SCHEMA = pa.schema([("event_id", _STR), *_LOCATION_FIELDS])
QUANTITY_SCHEMA = pa.schema([("event_id", _STR), *_QUANTITY_FIELDS])

EVENT_SCHEMA = pa.schema([
    ("id", _STR), ("event_key", pa.int64()), ("doc_id", _STR), ("story_id", _STR), ("event", _STR), ("mode", _STR),
    ("context", _STRS),
    ("cameo", _STR), ("quad_class", pa.int8()), ("score", pa.float64()), ("goldstein", pa.float64()),
    ("date", _STR), ("date_precision", _STR), ("date_text", _STR), ("event_date", pa.date32()),
    ("negated", pa.bool_()), ("hypothetical", pa.bool_()), ("future", pa.bool_()), ("historical", pa.bool_()),
    ("evidence_text", _STR), ("evidence_start", pa.int32()), ("evidence_end", pa.int32()), ("trigger", _STR),
    ("confidence", pa.float64()), ("coder", _STR), ("actor_codes", _STRS), ("recipient_codes", _STRS),
    ("country_codes", _STRS), ("actors", pa.list_(pa.struct(_ACTOR_FIELDS))),
    ("locations", pa.list_(pa.struct(_LOCATION_FIELDS))), ("quantities", pa.list_(pa.struct(_QUANTITY_FIELDS))),
    ("url", _STR), ("source_id", _STR), ("site", _STR), ("title", _STR), ("published", _STR),
    ("published_at", pa.timestamp("us")), ("in_lead", pa.bool_()), ("story_events", pa.int32()),
    ("story_articles", pa.int32()), ("story_sources", pa.int32()), ("block_key", _STR), ("run_id", _STR),
])

# Copied from the article onto each of its events (articles never change once stored).
ARTICLE_COPIES = ("url", "source_id", "site", "title", "published", "published_at")

ACTOR_ROLES = ("actor", "recipient", "reporter")


# --- articles --------------------------------------------------------------------------------------

def source_of(article: Article) -> tuple[str | None, str | None, str | None]:
    """``(source_id, name, domain)`` of the outlet that published an article.

    The outlet is its web domain without ``www.`` when the page has a URL (so copies of one site
    under http/https or with tracking parameters agree), else its site name; ``None`` when the
    page says neither, e.g. a bare text file: such an article counts as its own source.
    """
    domain = None
    if article.url:
        host = (urlsplit(article.url).hostname or "").lower()
        domain = host[4:] if host.startswith("www.") else host or None
    name = (article.site or "").strip() or None
    source_id = domain or (name.lower() if name else None)
    return source_id, name, domain


def published_at(published: str | None) -> datetime | None:
    """The publication time as naive UTC (midnight for a date alone); ``None`` when unparseable."""
    if not published:
        return None
    try:
        moment = datetime.fromisoformat(published.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment


def reason_code(reason: str | None) -> str | None:
    """The ``Exxx`` code a reason starts with (``"[E201] …"`` → ``"E201"``)."""
    if reason and reason.startswith("[") and "]" in reason[:8]:
        return reason[1:reason.index("]")]
    return None


def article_row(article: Article, *, num_events: int, run_id: str | None) -> dict[str, Any]:
    """The ``articles`` row of one article record."""
    source_id = source_of(article)[0]
    return {
        "doc_id": article.doc_id, "source": article.source, "url": article.url, "site": article.site,
        "source_id": source_id, "title": article.title, "published": article.published,
        "published_at": published_at(article.published), "published_source": article.published_source,
        "language": article.language, "format": article.format, "authors": list(article.authors),
        "captions": list(article.captions), "related": list(article.related), "body": article.body,
        "status": article.status, "reason": article.reason, "reason_code": reason_code(article.reason),
        "num_events": num_events, "run_id": run_id,
    }


ARTICLE_FIELDS = ("doc_id", "source", "status", "body", "title", "published", "published_source", "authors",
                  "captions", "related", "url", "site", "language", "format", "reason")


def article_from_row(row: dict[str, Any]) -> Article:
    """The article record again, from an ``articles`` row."""
    values = {name: row.get(name) for name in ARTICLE_FIELDS}
    for name in ("authors", "captions", "related"):
        values[name] = list(values[name] or [])
    values["body"] = values["body"] or ""
    return Article(**values)


# --- events ----------------------------------------------------------------------------------------

def event_day(event_date: str | None, published: datetime | None) -> date | None:
    """The calendar day used to filter, sort and cluster: the event's date, else the publication day.

    A month (``2022-03``) or a year (``2022``) becomes its first day, so ``--since`` still works;
    the stories module only links events whose day is really known.
    """
    if event_date:
        parts = event_date.split("-")
        try:
            return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
        except (ValueError, IndexError):
            return None
    return published.date() if published else None


def event_key(event_id: str) -> int:
    """A 60-bit integer from the event id: the tie-break that orders events within a day.

    Why not the id itself: sorting a million rows by a text column costs DuckDB several times
    more than by an integer, and the order must still depend only on content (never on rowids).
    """
    return int(hashlib.sha256(event_id.encode("utf-8", "surrogatepass")).hexdigest()[:15], 16)


def entity_key(entity: Entity) -> str:
    """How an actor is compared across articles: its code, else its name or text, lower-cased."""
    return entity.code or "~" + (entity.name or entity.text).strip().lower()


def block_key(event: Event) -> str:
    """Events can only be one happening if they share type, actors and recipients: hash of those."""
    actors = ",".join(sorted({entity_key(e) for e in event.actors}))
    recipients = ",".join(sorted({entity_key(e) for e in event.recipients}))
    return short_hash("block", event.event, actors, recipients)


def _codes(entities: list[Entity]) -> list[str]:
    return sorted({e.code for e in entities if e.code})


def event_rows(event: Event, *, article: dict[str, Any], run_id: str | None
               ) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """The ``events`` row of one event (``article`` is its ``articles`` row) and its child rows.

    The story columns are left for the writer to fill once the batch's stories are planned.
    """
    mod = event.modality
    actors: list[dict[str, Any]] = []
    for role, entities in (("actor", event.actors), ("recipient", event.recipients),
                           ("reporter", [mod.reported_by] if mod.reported_by else [])):
        for position, entity in enumerate(entities):
            actors.append({"role": role, "position": position, "text": entity.text, "code": entity.code,
                           "name": entity.name, "sector": entity.sector, "wikidata": entity.wikidata})
    locations = [{"position": i, "text": p.text, "name": p.name, "country_code": p.country_code,
                  "admin1": p.admin1, "lat": p.lat, "lon": p.lon, "geonameid": p.geonameid, "feature": p.feature,
                  "role": p.role} for i, p in enumerate(event.locations)]
    quantities = [{"position": i, "value": q.value, "low": q.low, "high": q.high, "approximate": q.approximate,
                   "unit": q.unit, "text": q.text} for i, q in enumerate(event.quantities)]
    body = article.get("body") or ""
    lead_end = body.find("\n\n")
    row = {
        "id": event.id, "event_key": event_key(event.id), "doc_id": event.doc_id, "story_id": None,
        "event": event.event, "mode": event.mode,
        "context": list(event.context), "cameo": event.cameo, "quad_class": event.quad_class,
        "score": event.score, "goldstein": event.goldstein, "date": event.date,
        "date_precision": event.date_precision, "date_text": event.date_text,
        "event_date": event_day(event.date, article["published_at"]), "negated": mod.negated,
        "hypothetical": mod.hypothetical, "future": mod.future, "historical": mod.historical,
        "evidence_text": event.evidence.text, "evidence_start": event.evidence.start,
        "evidence_end": event.evidence.end, "trigger": event.evidence.trigger,
        "confidence": event.confidence, "coder": event.coder, "actor_codes": _codes(event.actors),
        "recipient_codes": _codes(event.recipients),
        "country_codes": sorted({p.country_code for p in event.locations if p.country_code}),
        "actors": actors, "locations": locations, "quantities": quantities,
        **{name: article[name] for name in ARTICLE_COPIES},
        "in_lead": lead_end < 0 or event.evidence.start < lead_end,
        "story_events": 1, "story_articles": 1, "story_sources": 1,
        "block_key": block_key(event), "run_id": run_id,
    }
    return (row, [{"event_id": event.id, **a} for a in actors], [{"event_id": event.id, **p} for p in locations],
            [{"event_id": event.id, **q} for q in quantities])


def _entity(row: dict[str, Any]) -> Entity:
    return Entity(text=row["text"], code=row["code"], name=row["name"], sector=row["sector"],
                  wikidata=row["wikidata"])


def event_from_row(row: dict[str, Any]) -> Event:
    """The event record again, from its ``events`` row (its ``actors``, ``locations``, ``quantities`` lists)."""
    by_role: dict[str, list[dict[str, Any]]] = {role: [] for role in ACTOR_ROLES}
    for actor in sorted(row["actors"], key=lambda a: a["position"]):
        by_role[actor["role"]].append(actor)
    reporter = by_role["reporter"][0] if by_role["reporter"] else None
    return Event(
        id=row["id"], doc_id=row["doc_id"], event=row["event"],
        evidence=Evidence(text=row["evidence_text"], start=row["evidence_start"], end=row["evidence_end"],
                          trigger=row["trigger"]),
        actors=[_entity(a) for a in by_role["actor"]],
        recipients=[_entity(a) for a in by_role["recipient"]],
        locations=[EventPlace(text=p["text"], country_code=p["country_code"], name=p["name"], admin1=p["admin1"],
                              lat=p["lat"], lon=p["lon"], geonameid=p["geonameid"], feature=p["feature"],
                              role=p["role"]) for p in sorted(row["locations"], key=lambda p: p["position"])],
        quantities=[EventQuantity(value=q["value"], unit=q["unit"], text=q["text"], low=q["low"], high=q["high"],
                                  approximate=q["approximate"])
                    for q in sorted(row["quantities"], key=lambda q: q["position"])],
        modality=Modality(negated=row["negated"], hypothetical=row["hypothetical"], future=row["future"],
                          historical=row["historical"], reported_by=_entity(reporter) if reporter else None),
        mode=row["mode"], context=list(row["context"] or []), cameo=row["cameo"],
        quad_class=None if row["quad_class"] is None else int(row["quad_class"]), score=row["score"],
        goldstein=row["goldstein"], date=row["date"], date_precision=row["date_precision"],
        date_text=row["date_text"], confidence=row["confidence"], coder=row["coder"],
    )

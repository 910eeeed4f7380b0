"""The typed records passed between pipeline stages.

Each stage is a plain function from one record to the next, so the same code runs in-process, in a
worker pool or inside a Spark task. Records are frozen-free dataclasses with a ``to_dict`` that
gives exactly the JSON the published schemas (``eventwire/schema/*.json``) describe. This module
imports nothing of the project, so any stage may import it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Status = Literal["ok", "empty", "rejected", "error"]
PageFormat = Literal["html", "text"]


@dataclass
class RawDocument:
    """Bytes as they arrived, before anything is decoded or trusted.

    ``source`` says where the bytes came from (a path, a URL, ``<stdin>``, a WARC record id); it
    is what users see in error messages, so it is never rewritten. ``url`` is the page's own
    address when known, which extraction uses for dates and site names.
    """

    source: str
    data: bytes
    url: str | None = None
    fetched: str | None = None  # ISO 8601 time the bytes were captured, when the source says
    media_type: str | None = None  # a declared Content-Type, when the source gives one


@dataclass
class Page:
    """A decoded page: text we can read, with what was sniffed about it."""

    source: str
    text: str
    format: PageFormat
    encoding: str
    url: str | None = None
    fetched: str | None = None


@dataclass
class ArticleParts:
    """What an extractor found on one page, before ids and status are attached.

    Extractors (HTML and plain-text dumps) return this; :func:`eventwire.extract.extract_page`
    turns it into an :class:`Article`. ``published_source`` names the signal that gave the date
    (``json-ld``, ``meta``, ``url``, ``dateline``, ``text``) so a user can judge it.
    """

    body: str = ""
    title: str | None = None
    published: str | None = None
    published_source: str | None = None
    authors: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    site: str | None = None
    url: str | None = None
    language: str | None = None


@dataclass
class Article:
    """One clean article, as `article.schema.json` defines it.

    A document that could not be read still becomes an Article, with ``status`` other than
    ``ok`` and a ``reason`` in words a user understands: nothing is dropped silently.
    """

    doc_id: str
    source: str
    status: Status
    body: str = ""
    title: str | None = None
    published: str | None = None
    published_source: str | None = None
    authors: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    url: str | None = None
    site: str | None = None
    language: str | None = None
    format: PageFormat | None = None
    reason: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON-ready data, keys in schema order."""
        return asdict(self)


# --- enrichment (stage 3): mentions resolved to actors, places, times and quantities -------------
# Offsets are character positions in the article body, so every fact can be traced to its text.


@dataclass
class Mention:
    """A stretch of the article body: ``body[start:end] == text``."""

    text: str
    start: int
    end: int


@dataclass
class Actor(Mention):
    """Who: a country, organisation, person or group, coded as PLOVER/CAMEO users expect.

    ``code`` is an ISO 3166-1 alpha-3 country code or a non-state code (NATO, EU, UN, IGO, NGO…);
    ``sector`` a PLOVER sector (GOV, MIL, COP, REB…). ``name`` is the canonical name after
    within-article coreference ("Mr Biden" → "Joe Biden"); ``kind`` says how it was recognised
    (country, demonym, metonym, person, organisation, agent, pronoun).
    """

    name: str | None = None
    code: str | None = None
    sector: str | None = None
    kind: str | None = None
    wikidata: str | None = None


@dataclass
class Place(Mention):
    """Where: a toponym resolved against the gazetteer (GeoNames ids, coordinates)."""

    name: str | None = None
    country_code: str | None = None  # ISO 3166-1 alpha-3
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None  # country, admin1, admin2, city, region, water, …


@dataclass
class TimeExpression(Mention):
    """When: a time expression resolved against the publication date.

    ``value`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (TimeML-style values such as ``2022-W05``,
    ``PAST_REF`` or a duration ``P3D`` are allowed for non-calendar expressions); ``None`` when the
    expression cannot be placed without guessing ("in recent months" stays text only).
    """

    value: str | None = None
    precision: str | None = None  # day, month, year, week, vague
    kind: str = "date"  # date, time, duration, set, vague


@dataclass
class Quantity(Mention):
    """How many: a count or amount with the thing counted (or an ISO 4217 currency)."""

    value: float = 0.0
    unit: str = ""
    low: float | None = None
    high: float | None = None
    approximate: bool = False


@dataclass
class Sentence:
    """One sentence of the body with the mentions inside it."""

    index: int
    start: int
    end: int
    text: str
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)


@dataclass
class AnnotatedArticle:
    """An article with its sentences and resolved mentions: what the event coder consumes.

    ``parse`` holds the in-memory parse (a spaCy Doc) so the coder need not parse again; it is not
    part of the JSON record.
    """

    doc_id: str
    source: str
    title: str | None
    published: str | None
    language: str | None
    body: str
    sentences: list[Sentence] = field(default_factory=list)
    parse: Any = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready record: metadata and sentences (the body itself is in the article record)."""
        return {
            "doc_id": self.doc_id, "source": self.source, "status": "ok", "title": self.title,
            "published": self.published, "language": self.language,
            "sentences": [asdict(sentence) for sentence in self.sentences],
        }


# --- coding (stage 4): events in PLOVER terms, with CAMEO/GDELT extensions -----------------------
# Field names follow `event.schema.json`; `Event.to_dict()` gives exactly that record.

PLOVER_EVENTS = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass
class Entity:
    """An event participant as the event record shows it (actor, recipient or reporter)."""

    text: str
    code: str | None = None
    name: str | None = None
    sector: str | None = None
    wikidata: str | None = None


@dataclass
class EventPlace:
    """Where an event happened, or where it moved from or to (``role``)."""

    text: str
    country_code: str | None = None
    name: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None
    role: str | None = None  # event, destination, origin


@dataclass
class EventQuantity:
    """How many: the value, what is counted and the words it was read from."""

    value: float
    unit: str
    text: str
    low: float | None = None
    high: float | None = None
    approximate: bool = False


@dataclass
class Modality:
    """Whether the event is a reported fact: PLOVER's negation / hypothetical / future rules."""

    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    historical: bool = False
    reported_by: Entity | None = None


@dataclass
class Evidence:
    """The sentence an event was coded from, with its offsets in the article body."""

    text: str
    start: int
    end: int
    trigger: str | None = None


@dataclass
class Event:
    """One coded event: who did what to whom, where, when and how many, with its evidence."""

    id: str
    doc_id: str
    event: str
    evidence: Evidence
    actors: list[Entity] = field(default_factory=list)
    recipients: list[Entity] = field(default_factory=list)
    locations: list[EventPlace] = field(default_factory=list)
    quantities: list[EventQuantity] = field(default_factory=list)
    modality: Modality = field(default_factory=Modality)
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    quad_class: int | None = None
    score: float | None = None
    goldstein: float | None = None
    date: str | None = None
    date_precision: str | None = None
    date_text: str | None = None
    confidence: float = 0.0
    coder: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The record as `event.schema.json` defines it, fields in the schema's order."""
        data = asdict(self)
        order = ("id", "doc_id", "event", "mode", "context", "cameo", "quad_class", "score", "goldstein", "date",
                 "date_precision", "date_text", "actors", "recipients", "locations", "quantities", "modality",
                 "evidence", "confidence", "coder")
        return {key: data[key] for key in order}

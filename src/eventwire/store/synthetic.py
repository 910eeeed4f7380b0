"""Synthetic articles and events: a store of any size, for benchmarks, tests and dashboard work.

Why: the coder is young and real corpora are licensed; the store's behaviour at a million events
(query latency, write throughput, stories) must be measurable without either. Everything is
generated from a seed, so two runs make the same database. A share of the happenings is
"syndicated": the same sentence published by several outlets, which the stories must fold.
"""

from __future__ import annotations

import random
from dataclasses import replace
from collections.abc import Iterator
from datetime import date, timedelta

from ..ids import short_hash
from ..records import (PLOVER_EVENTS, Article, Entity, Event, EventPlace, EventQuantity, Evidence, Modality)
from .writer import Document

COUNTRIES = ("USA", "RUS", "UKR", "CHN", "GBR", "FRA", "DEU", "IRN", "ISR", "PSE", "SYR", "IRQ", "TUR", "IND",
             "PAK", "AFG", "NGA", "ETH", "SDN", "SOM", "KEN", "COD", "MLI", "BRA", "VEN", "COL", "MEX", "PRK",
             "KOR", "JPN", "TWN", "PHL", "MMR", "EGY", "LBY", "YEM", "SAU", "LBN", "POL", "BLR")
SECTORS = ("GOV", "MIL", "COP", "REB", "CVL", "LEG", "JUD", None)
VERBS = {"ASSAULT": "attacked", "CONSULT": "met", "PROTEST": "protested against", "SANCTION": "sanctioned",
         "AGREE": "agreed with", "ACCUSE": "accused", "THREATEN": "threatened", "AID": "sent aid to",
         "COOPERATE": "signed a deal with", "MOBILIZE": "deployed troops near", "COERCE": "detained members of",
         "REQUEST": "asked", "REJECT": "rejected a proposal by", "SUPPORT": "backed", "CONCEDE": "eased demands on",
         "RETREAT": "withdrew from"}
PLACES = ("the capital", "the border", "a northern town", "the port", "the coast", "the eastern region")
OUTLETS = tuple(f"news{i:03d}.example" for i in range(200))
START = date(2018, 1, 1)
DAYS = 7 * 365


def _entity(rng: random.Random, code: str) -> Entity:
    return Entity(text=code.title(), code=code, name=code.title(), sector=rng.choice(SECTORS))


def _happening(rng: random.Random, day: date) -> Event:
    """One thing that happened, as an event not yet tied to an article (copies share it)."""
    kind = rng.choice(PLOVER_EVENTS)
    actor, recipient = rng.sample(COUNTRIES, 2)
    sentence = (f"{actor.title()} forces {VERBS[kind]} {recipient.title()} near {rng.choice(PLACES)} "
                f"on day {rng.randrange(100000)}, officials said.")
    place = EventPlace(text=f"Place {recipient}", country_code=recipient, name=f"Place {recipient}",
                       lat=rng.uniform(-50, 60), lon=rng.uniform(-120, 140), geonameid=rng.randrange(1, 10_000_000),
                       feature="city", role="event")
    quantities = ([EventQuantity(value=float(rng.randrange(1, 60)), unit="killed", text="killing some")]
                  if kind == "ASSAULT" and rng.random() < 0.5 else [])
    return Event(
        id="", doc_id="", event=kind, evidence=Evidence(text=sentence, start=0, end=len(sentence),
                                                        trigger=VERBS[kind].split()[0]),
        actors=[_entity(rng, actor)], recipients=[_entity(rng, recipient)], locations=[place],
        quantities=quantities, modality=Modality(negated=rng.random() < 0.03, future=rng.random() < 0.05),
        mode=None, context=[], cameo=None, quad_class=rng.randrange(1, 5), score=round(rng.uniform(-10, 10), 1),
        goldstein=round(rng.uniform(-10, 10), 1), date=day.isoformat(), date_precision="day",
        confidence=round(rng.uniform(0.3, 1.0), 2), coder="synthetic",
    )


def documents(num_events: int, *, seed: int = 7, events_per_article: int = 3,
              syndication: float = 0.2) -> Iterator[Document]:
    """Documents (article + events) holding ``num_events`` events in all, in a seeded order.

    With probability ``syndication`` an article is a wire copy republished by 2–5 further outlets
    (same sentences, same day, different URLs): the stories should count those once.
    """
    rng = random.Random(seed)
    made = serial = 0
    while made < num_events:
        day = START + timedelta(days=rng.randrange(DAYS))
        happenings = [_happening(rng, day) for _ in range(events_per_article)]
        copies = 1 + (rng.randrange(2, 6) if rng.random() < syndication else 0)
        for outlet in rng.sample(OUTLETS, copies):
            serial += 1
            url = f"https://{outlet}/story/{serial}"
            doc_id = short_hash("url", url)
            body = "\n\n".join(h.evidence.text for h in happenings)
            published = (day + timedelta(days=rng.randrange(2))).isoformat() + "T08:00:00+00:00"
            article = Article(doc_id=doc_id, source=url, status="ok", body=body, title=f"Report {serial}",
                              published=published, url=url, site=outlet, language="en", format="html")
            events, start = [], 0
            for index, happening in enumerate(happenings):
                text = happening.evidence.text
                events.append(replace(happening, id=short_hash("synthetic", doc_id, str(index), happening.event),
                                      doc_id=doc_id, evidence=replace(happening.evidence, start=start,
                                                                      end=start + len(text))))
                start += len(text) + 2
            made += len(events)
            yield Document(article, events, input_id=short_hash("input", url), input_bytes=len(body))
            if made >= num_events:
                return

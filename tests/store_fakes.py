"""A tiny stand-in coder and document writers for the store's tests.

The real coder lives in :mod:`eventwire.coding`; the store must not depend on how good it is, so
its tests code with this one: a handful of trigger words and country names, deterministic ids.
It is importable as ``store_fakes:code`` (``--coder``) by subprocesses that put tests/ on
PYTHONPATH. Every text here was written for eventwire's tests.
"""

from __future__ import annotations

import re
from datetime import datetime

from eventwire.ids import short_hash
from eventwire.records import AnnotatedArticle, Entity, Event, EventPlace, EventQuantity, Evidence

TRIGGERS = {"attacked": "ASSAULT", "shelled": "ASSAULT", "struck": "ASSAULT", "met": "CONSULT",
            "protested": "PROTEST", "sanctioned": "SANCTION", "freed": "RETREAT", "exchanged": "RETREAT"}
COUNTRIES = {"russia": "RUS", "russian": "RUS", "moscow": "RUS", "ukraine": "UKR", "ukrainian": "UKR",
             "kyiv": "UKR", "france": "FRA", "french": "FRA", "germany": "DEU", "german": "DEU",
             "american": "USA", "washington": "USA", "norway": "NOR", "norwegian": "NOR",
             "chile": "CHL", "chilean": "CHL", "peru": "PER", "peruvian": "PER"}
PLACES = {"kharkiv": ("UKR", 49.9935, 36.2304, 706483), "odesa": ("UKR", 46.4775, 30.7326, 698740),
          "bergen": ("NOR", 60.3913, 5.3221, 3161732), "arica": ("CHL", -18.4783, -70.3126, 3899361),
          "tacna": ("PER", -18.0066, -70.2463, 3928128)}
SECTORS = {"troops": "MIL", "forces": "MIL", "drones": "MIL", "ministers": "GOV", "police": "COP"}
_KILLED = re.compile(r"killing (\d+)")


def _entity(word: str, sector: str | None) -> Entity:
    return Entity(text=word, code=COUNTRIES[word.lower()], name=word.capitalize(), sector=sector)


def code(article: AnnotatedArticle) -> list[Event]:
    """Events from trigger words: actors before the trigger, recipients after, places by name."""
    events = []
    for sentence in article.sentences:
        words = re.findall(r"[A-Za-z]+|\d+", sentence.text)
        lower = [w.lower() for w in words]
        for position, word in enumerate(lower):
            if word not in TRIGGERS:
                continue
            sector = next((SECTORS[w] for w in lower[:position] if w in SECTORS), None)
            actors = [_entity(w, sector) for w in words[:position] if w.lower() in COUNTRIES][:1]
            recipients = [_entity(w, None) for w in words[position + 1:] if w.lower() in COUNTRIES
                          and COUNTRIES[w.lower()] not in {a.code for a in actors}][:1]
            places = [EventPlace(text=w, country_code=PLACES[w.lower()][0], name=w, lat=PLACES[w.lower()][1],
                                 lon=PLACES[w.lower()][2], geonameid=PLACES[w.lower()][3], feature="city",
                                 role="event") for w in words if w.lower() in PLACES][:1]
            killed = _KILLED.search(sentence.text)
            quantities = [EventQuantity(value=float(killed.group(1)), unit="killed", text=killed.group(0))] if killed else []
            kind = TRIGGERS[word]
            event_id = short_hash("fake", article.doc_id, str(sentence.index), kind,
                                  *(a.code or "" for a in actors))
            events.append(Event(
                id=event_id, doc_id=article.doc_id, event=kind,
                evidence=Evidence(text=sentence.text, start=sentence.start, end=sentence.end, trigger=words[position]),
                actors=actors, recipients=recipients, locations=places, quantities=quantities,
                date=(article.published or "")[:10] or None, date_precision="day" if article.published else None,
                confidence=0.9, coder="store_fakes", cameo="190" if kind == "ASSAULT" else None,
                quad_class=4 if kind == "ASSAULT" else None,
            ))
            break
    return events


def wire_page(site: str, path: str, title: str, published: str, paragraphs: list[str]) -> str:
    """An HTML news page on ``site``, the way a syndicating outlet would publish a wire story."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    shown = datetime.fromisoformat(published).strftime("%-d %B %Y")
    return f"""<!doctype html><html><head><meta charset="utf-8">
<title>{title} | {site}</title>
<link rel="canonical" href="https://{site}/{path}">
<meta property="og:url" content="https://{site}/{path}">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{published}">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1><p class="byline">By Wire Staff | <time datetime="{published}">{shown}</time></p>
{body}</article>
<footer>Copyright {site}</footer></body></html>"""

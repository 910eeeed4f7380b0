"""Actors: who, coded with country and sector, linked within the article.

``find_actors`` reads the parsed article once: it finds actor mentions (named people and
organisations, countries and demonyms, capitals and seats of power used for their governments,
agent noun phrases such as "Ukrainian soldiers"), resolves each with :mod:`.actor_resolve`
against the article's date, then links mentions of the same person ("President Joe Biden" …
"Mr Biden" … "He pledged") with :mod:`.actor_coref`. ``resolve_actor_text`` resolves a
standalone phrase, for callers (and the NGEC benchmark) that have an actor string but no article.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..records import Actor, Place
from .actor_dictionary import day_number, load_dictionary
from .actor_mentions import find_mentions
from .actor_resolve import resolve_tokens
from .countries import country_code, demonym_country

__all__ = ["find_actors", "resolve_actor_text"]


def find_actors(doc: Any, places: list[Place], anchor: date | None) -> list[Actor]:
    """Every actor mention in the parsed body, resolved and linked by coreference.

    ``places`` may be empty; when given, a country name the places stage read as a town, a US
    state or a river is taken as that place, not the country.
    """
    if len(doc) == 0:
        return []
    return find_mentions(doc, day_number(anchor), load_dictionary(), places)


def _context_code(context: str | None, day: int) -> str | None:
    if not context or not context.strip():
        return None
    code = country_code(context) or demonym_country(context)
    if code:
        return code
    from .parse import parse

    found = resolve_tokens(list(parse(context)), day)
    return found.code if found else None


def _names_something(doc: Any) -> bool:
    """The phrase holds a proper name or an acronym, not only common words ("a demand")."""
    return any(t.text[:1].isupper() and t.is_alpha and (t.pos_ == "PROPN" or t.text.isupper()) for t in doc)


def resolve_actor_text(text: str, context: str | None = None, anchor: date | None = None) -> Actor | None:
    """Resolve one actor phrase on its own ("President Kassym-Jomart Tokayev" → KAZ GOV).

    ``context`` is a country (or any phrase naming one) the actor is known to belong to, used
    when the phrase names none; ``anchor`` is the date the phrase was written (today if None).
    Returns None when the phrase names no actor the dictionary or the agent nouns know, unless it
    holds a name and ``context`` gives its country (kind "name", no sector).
    """
    from .parse import parse

    day = day_number(anchor)
    doc = parse(text)
    context_code = _context_code(context, day)
    found = resolve_tokens(list(doc), day, context_code, loose=True)
    if found is None and context_code and _names_something(doc):
        # A name the dictionary does not hold (a small party, a new militia): the caller vouches for its
        # country; its sector stays unknown rather than guessed.
        return Actor(text=text, start=0, end=len(text), name=text.strip(), code=context_code, sector=None,
                     kind="name")
    if found is None:
        return None
    return Actor(text=text, start=0, end=len(text), name=found.name, code=found.code,
                 sector=found.sector, kind=found.kind)

"""Within-article coreference for actors: one person, one code, however they are named.

News names a person in full once ("President Joe Biden", "Volodymyr Zelensky, the country's
president") and then by surname, "Mr X", a variant spelling ("Mr Zelenski") or a pronoun
("He pledged…"). Resolving each mention alone would lose the title and the country; here a
person's first full resolution is filed under a spelling-variant key of the surname and later
mentions take it over. Appositions fill what the dictionary does not know ("X, Ukraine's
defence minister"), and "the country's" points at the country most recently named.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..records import Actor
from .actor_dictionary import ActorDictionary
from .actor_resolve import FUNCTION_WORDS, TITLE_WORDS, resolve_tokens
from .actor_text import name_variant_key

if TYPE_CHECKING:
    from .actor_mentions import Mention

PRONOUN_REACH = 2  # sentences a pronoun may look back for its person
COUNTRY_KINDS = {"country", "demonym", "capital", "metonym"}


@dataclass
class Person:
    name: str
    code: str | None
    sector: str | None
    sentence: int


def _name_tokens(doc: Any, mention: Mention) -> list[Any]:
    """The name itself: the tokens of the span that are capitalised and not titles."""
    span = doc[mention.start:mention.end]
    tokens = [t for t in span if t.ent_type_ == "PERSON"] or [t for t in span if t.pos_ == "PROPN"]
    names = [t for t in tokens if t.lower_.rstrip(".") not in TITLE_WORDS and t.text[:1].isupper()
             and t.lower_ not in FUNCTION_WORDS]
    return names


def _apposition(doc: Any, mention: Mention, day: int, dictionary: ActorDictionary,
                last_country: str | None) -> tuple[str | None, str | None]:
    """Country and sector stated next to a person: "X, the country's president" / "Ukraine's
    president, X"."""
    head = doc[mention.head]
    candidates = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        candidates.append(head.head)
    for node in candidates:
        span = doc[node.left_edge.i:node.right_edge.i + 1] if node.head is head else doc[node.left_edge.i:node.i + 1]
        if any(mention.start <= t.i < mention.end for t in span):
            continue
        context = last_country if any(t.lower_ in ("country", "nation") for t in span) else None
        found = resolve_tokens(list(span), day, context, dictionary)
        if found is not None and (found.code or found.sector):
            return found.code, found.sector
    return None, None


def link_mentions(doc: Any, mentions: list[Mention], day: int, dictionary: ActorDictionary) -> list[Actor]:
    """Actor records for the mentions, in text order, with people linked across the article."""
    people: dict[str, Person] = {}
    last_person: Person | None = None
    last_subject: Person | None = None  # the last person who was a clause's subject
    last_country: str | None = None
    actors: list[Actor] = []
    body = doc.text  # built from the tokens on each access: read it once
    for mention in mentions:
        resolution = mention.resolution
        name: str | None = resolution.name if resolution else None
        code = resolution.code if resolution else None
        sector = resolution.sector if resolution else None
        kind = resolution.kind if resolution else None
        if mention.source == "place":
            if code and kind in ("country", "demonym", "capital"):
                last_country = code
            continue
        if mention.source == "pronoun":
            referent = last_subject if last_subject is not None and \
                mention.sentence - last_subject.sentence <= PRONOUN_REACH else last_person
            if referent is None or mention.sentence - referent.sentence > PRONOUN_REACH:
                continue
            name, code, sector, kind = referent.name, referent.code, referent.sector, "pronoun"
            referent.sentence = mention.sentence
            last_subject = referent
        elif mention.source == "person" or kind == "person":
            tokens = _name_tokens(doc, mention)
            if not tokens:
                continue
            key = name_variant_key(tokens[-1].text)
            known = people.get(key)
            from_dictionary = resolution is not None and resolution.entry is not None and resolution.kind == "person"
            if known is not None and not (from_dictionary and len(tokens) > 1 and resolution.name != known.name):
                name, code = known.name, known.code or code
                sector = known.sector or sector
            elif not from_dictionary:
                name = " ".join(t.text for t in tokens)
                appos_code, appos_sector = _apposition(doc, mention, day, dictionary, last_country)
                code = code or appos_code
                sector = sector or appos_sector
                if resolution is not None and resolution.kind != "person":
                    code = code if resolution.code != code else code
            kind = "person"
            person = Person(name or "", code, sector, mention.sentence)
            if known is None or len(tokens) > 1:
                people[key] = person
            else:
                known.sentence = mention.sentence
                person = known
            last_person = person
            if doc[mention.head].dep_ in ("nsubj", "nsubjpass"):
                last_subject = person
        elif resolution is not None and code is None and any(
                t.lower_ in ("country", "nation") for t in doc[mention.start:mention.end]):
            code = last_country
        if kind in COUNTRY_KINDS and code:
            last_country = code
        start_char = doc[mention.start].idx
        end_token = doc[mention.end - 1]
        actors.append(Actor(text=body[start_char:end_token.idx + len(end_token.text)], start=start_char,
                            end=end_token.idx + len(end_token.text), name=name, code=code, sector=sector,
                            kind=kind, wikidata=None))
    return actors

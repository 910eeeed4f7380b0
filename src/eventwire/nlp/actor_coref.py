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
COUNTRY_KINDS = {"country", "demonym", "capital", "metonym"}  # mentions "the country's" may point back to


@dataclass
class Person:
    name: str
    code: str | None
    sector: str | None
    sentence: int
    gender: str | None = None  # from an honorific ("Mr", "Mrs") when the article gives one


MALE, FEMALE = {"mr", "sir", "lord", "king", "prince"}, {"mrs", "ms", "miss", "dame", "lady", "queen", "princess", "mme"}
PRONOUN_GENDER = {"he": "m", "she": "f"}
POSSESSIVES = {"his": "m", "her": "f"}


def _gender(doc: Any, mention: Mention) -> str | None:
    for token in doc[max(mention.start - 1, 0):mention.end]:
        word = token.lower_.rstrip(".")
        if word in MALE:
            return "m"
        if word in FEMALE:
            return "f"
    return None


def _compatible(person: Person | None, gender: str | None) -> bool:
    return person is not None and (person.gender is None or gender is None or person.gender == gender)


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


def _referent(subject: Person | None, recent: list[Person], gender: str | None, sentence: int) -> Person | None:
    """Who "he"/"she"/"his" means: the last subject of a compatible gender if recent enough,
    else the most recently mentioned compatible person."""
    if _compatible(subject, gender) and sentence - subject.sentence <= PRONOUN_REACH:
        return subject
    for person in reversed(recent):
        if sentence - person.sentence > PRONOUN_REACH:
            break
        if _compatible(person, gender):
            return person
    return None


def link_mentions(doc: Any, mentions: list[Mention], day: int, dictionary: ActorDictionary) -> list[Actor]:
    """Actor records for the mentions, in text order, with people linked across the article."""
    people: dict[str, Person] = {}
    last_person: Person | None = None
    last_subject: Person | None = None  # the last person who was a clause's subject
    recent: list[Person] = []  # people in order of their latest mention
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
            if code and kind in ("country", "demonym", "capital", "metonym"):
                last_country = code
            continue
        if mention.source == "pronoun":
            gender = PRONOUN_GENDER.get(doc[mention.start].lower_)
            referent = _referent(last_subject, recent, gender, mention.sentence)
            if referent is None:
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
                if from_dictionary and resolution.name != known.name:
                    code, sector = known.code, known.sector  # "Steven Bell … Bell": not a listed Bell
                name, code = known.name, known.code or code
                sector = known.sector or sector
            elif not from_dictionary:
                name = " ".join(t.text for t in tokens)
                appos_code, appos_sector = _apposition(doc, mention, day, dictionary, last_country)
                code = code or appos_code
                sector = sector or appos_sector
            if known is None and not from_dictionary and code is None and sector is None and len(tokens) == 1 \
                    and mention.end - mention.start == 1:
                continue  # one capitalised word the tagger called a name, and nothing vouches for it
            kind = "person"
            person = Person(name or "", code, sector, mention.sentence)
            if known is None or len(tokens) > 1:
                people[key] = person
            else:
                known.sentence = mention.sentence
                person = known
            person.gender = person.gender or _gender(doc, mention)
            last_person = person
            if person in recent:
                recent.remove(person)
            recent.append(person)
            if doc[mention.head].dep_ in ("nsubj", "nsubjpass"):
                last_subject = person
        elif resolution is not None and code is None:
            words = {t.lower_ for t in doc[mention.start:mention.end]}
            owner_words = {c.lower_ for c in doc[mention.head].children if c.dep_ == "poss"} & set(POSSESSIVES)
            if words & {"country", "nation"}:
                code = last_country
            elif owner_words:  # "his government": the person last spoken of
                owner = _referent(last_subject, recent, POSSESSIVES[owner_words.pop()], mention.sentence)
                code = owner.code if owner is not None else None
        if kind in COUNTRY_KINDS and code:
            last_country = code
        if kind not in ("person", "pronoun") and code is None and sector is None:
            continue  # named, but nothing known about it
        head = doc[mention.head]
        if mention.source == "agent" and head.tag_ == "NN" and head.dep_ in ("nsubj", "nsubjpass") and sector:
            # "The Ukrainian president … said his government": a titled person without a name
            last_subject = Person(name or "", code, sector, mention.sentence)
            recent.append(last_subject)
        start_char = doc[mention.start].idx
        end_token = doc[mention.end - 1]
        actors.append(Actor(text=body[start_char:end_token.idx + len(end_token.text)], start=start_char,
                            end=end_token.idx + len(end_token.text), name=name, code=code, sector=sector,
                            kind=kind, wikidata=None))
    return actors

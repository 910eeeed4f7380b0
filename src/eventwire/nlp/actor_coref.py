"""Within-article coreference for actors: one person, one code, however they are named.

News names a person in full once ("President Joe Biden", "Volodymyr Zelensky, the country's
president") and then by surname, "Mr X", a variant spelling ("Mr Zelenski") or a pronoun
("He pledged…"). Resolving each mention alone would lose the title and the country; here a
person's first full resolution is filed under a spelling-variant key of the surname and later
mentions take it over. Appositions fill what the dictionary does not know ("X, Ukraine's
defence minister"), and "the country's" points at the country most recently named. A subject "it"/"they"
opening a sentence that names no body or group of its own stands for the body or group that was the subject of
the sentence before; a "he said" after a quotation means someone named before the quotation opened. An office-holder
named through "its"/"their" ("its spokesman", "their general secretary X") speaks for the body the pronoun stands
for, not for the state the bare title's list entry gives: the nearest body named before him in his sentence, else
the main subject (or the last body) of the sentence before.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..records import Actor
from .actor_dictionary import ActorDictionary
from .actor_resolve import FUNCTION_WORDS, HEAD_WORDS, TITLE_WORDS, UNKNOWN_BODY_HEADS, resolve_tokens
from .actor_text import name_variant_key

if TYPE_CHECKING:
    from .actor_mentions import Mention

PRONOUN_REACH = 2  # sentences a pronoun may look back for its person
BODY_REACH = 1  # sentences an "it"/"they" may look back for the body or group it stands for
QUOTE_REACH = 3  # sentences a quotation closed before "he said" may look back for its opening mark
# Collective nouns for people read as plural whatever their tag ("the police were", "they").
PLURAL_BODIES = {"police", "people", "personnel", "cadre", "cadres"}
BUSINESS = {"BUS"}  # sectors of firms
QUOTE_MARKS = ('"', "\u201c", "\u201d", "\ufffd", "''", "``", "\u2018\u2018", "\u2019\u2019")
COUNTRY_KINDS = {"country", "demonym", "capital", "metonym"}  # mentions "the country's" may point back to
# Armed and police bodies and crowds: "the army said", "the police said" leave no officer a later "he"/"she" may
# mean (unlike "the president said"). A civil body ("the government said") is left as it was: in reports that
# quote unnamed officials its sector is more often the speaker's than not (on the Gujarat dev pages, leaving it
# out lost more right events than wrong ones).
BODY_NOUNS = {"police", "army", "navy", "military", "force", "forces", "troops", "militia", "personnel", "mob",
              "crowd", "paramilitary", "constabulary"}


@dataclass
class Person:
    name: str
    code: str | None
    sector: str | None
    sentence: int
    gender: str | None = None  # from an honorific ("Mr", "Mrs") when the article gives one
    position: int = -1  # doc index of the latest mention


@dataclass
class Body:
    """A body or group an article names: what a later "it"/"they" may stand for."""

    name: str | None
    code: str | None
    sector: str | None
    sentence: int
    plural: bool
    subject: bool  # a clause's subject
    main: bool  # the subject of its sentence's main verb
    kind: str | None = None
    officer: bool = False  # named by a head's, a speaker's or an official's title ("the party president")


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
    if mention.name_start is not None:  # a lower-case name after its titles ("district collector ramesh patel")
        return [t for t in doc[mention.name_start:mention.end] if t.lower_ not in FUNCTION_WORDS or len(t) == 1]
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
        if found is None or not found.code:
            whole = _description_before(doc, node, mention) if node.head is not head else None
            wider = resolve_tokens(list(whole), day, context, dictionary) if whole is not None else None
            found = wider if wider is not None and wider.code else found
        if found is not None and (found.code or found.sector):
            return found.code, found.sector
    return None, None


def _description_before(doc: Any, node: Any, mention: Mention) -> Any | None:
    """The whole description a name stands in apposition to, up to the name, when its head alone names no one:
    "a member of the Kenyan parliament, X" (its head "a member" has no country; the phrase has)."""
    end = mention.start
    while end > node.i + 1 and doc[end - 1].is_punct:
        end -= 1
    return doc[node.left_edge.i:end] if node.i < end <= mention.start else None


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


def _quote_mark(token: Any) -> bool:
    return token.text in QUOTE_MARKS or any(mark in token.text for mark in ("\u201c", "\u201d", "\ufffd"))


def _quoted_from(doc: Any, pronoun: Any, starts: list[int]) -> int | None:
    """Where the quotation a "he"/"she" reports begins (''"…," he said'', '"…," she added'): the opening
    mark before the closing one just before the pronoun, looked for in its sentence and a few before it (a
    quotation may run over several); the start of the earliest of those sentences when no opening mark is
    found. ``None`` when no quotation closes just before the pronoun."""
    sentence = pronoun.sent.start
    closing = next((t.i for t in doc[max(sentence, pronoun.i - 3):pronoun.i] if _quote_mark(t)), None)
    if closing is None:
        return None
    index = max((k for k, start in enumerate(starts) if start <= pronoun.i), default=0)
    first = starts[max(index - QUOTE_REACH, 0)]
    return next((t.i for t in reversed(doc[first:closing]) if _quote_mark(t)), first)


def _speaker(subject: Person | None, recent: list[Person], gender: str | None, sentence: int,
             quoted: int) -> Person | None:
    """Who says a quotation: the person the pronoun would mean among those named before the quotation opened
    (people named inside it are spoken of, not speaking)."""
    return _referent(subject if subject is not None and subject.position < quoted else None,
                     [p for p in recent if p.position < quoted], gender, sentence)


def _reported(subject: Any) -> bool:
    """Whether a subject belongs to a clause that reports what someone says or thinks ("said that the army
    must act", "adding that the police had failed"): a clausal complement, or a clause within one."""
    verb = subject.head
    for _ in range(4):
        if verb.dep_ in ("ccomp", "parataxis"):
            return True
        if verb.dep_ == "ROOT" or verb.head is verb:
            return False
        verb = verb.head
    return False


def _plural(token: Any) -> bool:
    return token.tag_ in ("NNS", "NNPS") or token.lower_ in PLURAL_BODIES


def _expletive(pronoun: Any) -> bool:
    """"it is learnt that …", "it was decided": an "it" that stands for nothing."""
    return pronoun.lower_ == "it" and (pronoun.dep_ == "nsubjpass" or pronoun.head.lemma_ in ("be", "seem", "appear"))


def _body_referent(bodies: list[Body], pronoun: Any, sentence: int) -> Body | None:
    """What a subject "it"/"they" stands for when its own sentence names no body or group before it: a subject of
    the sentence before of the pronoun's number, the main verb's first ("the police reached the spot. they opened
    fire"; "the party met on monday. it demanded ..."). A firm is left out: what it does is business, not a
    political act another party could be read into."""
    if _expletive(pronoun):
        return None
    plural = pronoun.lower_ == "they"
    if any(b.sentence == sentence for b in bodies):
        return None  # "interrogations of criminals revealed that they ...", "the group said they ...": nearer readings
    previous = [b for b in bodies if b.sentence < sentence and sentence - b.sentence <= BODY_REACH
                and b.subject and b.plural == plural and b.sector not in BUSINESS]
    if not previous:
        return None
    latest = [b for b in previous if b.sentence == previous[-1].sentence]
    return next((b for b in latest if b.main), latest[-1])


BODY_POSSESSIVES = {"its", "their"}
# Words of an office that speaks for or heads a body: a title after "its"/"their" makes its holder that body's.
OFFICE_WORDS = {w for t in UNKNOWN_BODY_HEADS for w in t.split()} - {"general", "vice", "executive"} \
    | HEAD_WORDS | {"leaders", "heads", "chiefs", "spokespersons"}


def _office(doc: Any, mention: Mention) -> bool:
    """The mention is named by an office's title (alone or before a name)."""
    return any(t.lower_ in OFFICE_WORDS for t in doc[mention.start:mention.end])


def _owning_body(bodies: list[Body], sentence: int) -> Body | None:
    """The body an "its"/"their" before an office-holder's title stands for: the nearest named before it in its
    sentence, else the main subject (or the last body) of the sentence before. Not another office-holder."""
    owners = [b for b in bodies if not b.officer and b.kind != "pronoun"]
    same = [b for b in owners if b.sentence == sentence]
    if same:
        return same[-1]
    before = [b for b in owners if sentence - BODY_REACH <= b.sentence < sentence]
    if not before:
        return None
    latest = [b for b in before if b.sentence == before[-1].sentence]
    return next((b for b in latest if b.main), latest[-1])


def link_mentions(doc: Any, mentions: list[Mention], day: int, dictionary: ActorDictionary) -> list[Actor]:
    """Actor records for the mentions, in text order, with people linked across the article."""
    people: dict[str, Person] = {}
    last_person: Person | None = None
    last_subject: Person | None = None  # the last person who was a clause's subject
    recent: list[Person] = []  # people in order of their latest mention
    last_country: str | None = None
    bodies: list[Body] = []  # bodies and groups that were subjects, in text order
    starts = [sent.start for sent in doc.sents]
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
        if mention.source == "pronoun" and doc[mention.start].lower_ in ("it", "they"):
            group = _body_referent(bodies, doc[mention.start], mention.sentence)
            if group is None:
                continue
            name, code, sector, kind = group.name, group.code, group.sector, "pronoun"
        elif mention.source == "pronoun":
            gender = PRONOUN_GENDER.get(doc[mention.start].lower_)
            referent = _referent(last_subject, recent, gender, mention.sentence)
            quoted = _quoted_from(doc, doc[mention.start], starts)
            if quoted is not None:
                referent = _speaker(last_subject, recent, gender, mention.sentence, quoted) or referent
            if referent is None:
                continue
            name, code, sector, kind = referent.name, referent.code, referent.sector, "pronoun"
            referent.sentence = mention.sentence
            referent.position = mention.start
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
            person = Person(name or "", code, sector, mention.sentence, position=mention.start)
            if known is None or len(tokens) > 1:
                people[key] = person
            else:
                known.sentence = mention.sentence
                known.position = mention.start
                person = known
            person.gender = person.gender or _gender(doc, mention)
            if mention.name_start is not None and known is None:
                # a lower-case name read from its title: too weak a reading for a later "he" to rest on (the
                # reports' "he" is often someone named with capitals lost and no title)
                pass
            else:
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
        if mention.source in ("agent", "person") and mention.start > 0 \
                and doc[mention.start - 1].lower_ in BODY_POSSESSIVES and _office(doc, mention) \
                and not (resolution is not None and resolution.entry is not None):
            # "its spokesman", "their general secretary X": the officer of the body the pronoun stands for
            owner = _owning_body(bodies, mention.sentence)
            if owner is not None and owner.kind in COUNTRY_KINDS:
                code = code or owner.code  # "its president": a country's head stays a state's
            elif owner is not None:
                code, sector = owner.code, owner.sector
                if kind != "person" and sector is None:
                    kind = "name"  # the officer of a body no list gives a sector: kept with none
        if kind in COUNTRY_KINDS and code:
            last_country = code
        if kind not in ("person", "pronoun", "name") and code is None and sector is None:
            continue  # named, but nothing known about it (the head of a body no list knows is kept: kind "name")
        head = doc[mention.head]
        if mention.source == "agent" and head.tag_ == "NN" and head.dep_ in ("nsubj", "nsubjpass") and sector \
                and head.lower_ not in BODY_NOUNS:
            # "The Ukrainian president … said his government": a titled person without a name (not a body: "the
            # army said … he demanded" does not make the army "he"); one spoken of in
            # what someone says ("he said that the army must act") is only a person last named, not the subject
            # a later "he" means first
            titled = Person(name or "", code, sector, mention.sentence, position=mention.start)
            recent.append(titled)
            if not _reported(head):
                last_subject = titled
        if kind not in ("person", "place") and mention.source != "person" \
                and (kind != "pronoun" or doc[mention.start].lower_ in ("it", "they")):
            subject = head.dep_ in ("nsubj", "nsubjpass")
            bodies.append(Body(name, code, sector, mention.sentence, _plural(head) or head.lower_ == "they", subject,
                               subject and head.head.dep_ == "ROOT", kind, _office(doc, mention)))
        start_char = doc[mention.start].idx
        end_token = doc[mention.end - 1]
        actors.append(Actor(text=body[start_char:end_token.idx + len(end_token.text)], start=start_char,
                            end=end_token.idx + len(end_token.text), name=name, code=code, sector=sector,
                            kind=kind, wikidata=None))
    return actors

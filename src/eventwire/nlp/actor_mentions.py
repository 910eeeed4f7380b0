"""Find actor mentions in a parsed article and resolve them (coreference in :mod:`.actor_coref`).

Mentions come from three readers of the same sentence, merged so that the longest reading wins:
- dictionary matches of named actors (people, organisations, countries, demonyms, capitals,
  seats of power), with the capitalisation rules of :mod:`.actor_resolve`;
- agent noun phrases built on the dependency parse: the agent noun ("troops", "police",
  "president") with its left modifiers ("Russian", "Russia's", "US-based") and a following
  "of X" when X is a known actor ("the president of the European Council");
- personal names: spaCy PERSON entities, people the dictionary knows (the small model often
  calls "Olaf Scholz" an ORG) and names after an honorific ("Mr Scholz"), each with the titles
  before it ("German Chancellor Olaf Scholz"); and the pronouns he/she/it/they as subjects.

A country or city inside a locative phrase ("troops to Poland", "in Moscow") is a place, not an
actor, and is left to the places stage; it is still remembered so that a later "the country's"
can point to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..records import Actor, Place
from .actor_coref import link_mentions
from .actor_dictionary import ActorDictionary
from .actor_guards import (GUARDED_KINDS, dateline, foreign_party_acronym, place_readings, product_name, reread_as_place,
                           surname_use)
from .actor_places import place_country
from .actor_resolve import (BODY_HEADS, FORMER_WORDS, TITLE_MODIFIERS, TITLE_WORDS, UNKNOWN_BODY_HEADS, Match,
                            Resolution, find_matches, resolve_tokens, unknown_name_word)
from .actor_usage import ArticleReading, article_country, caseless_article, defined_acronyms, usage_matches

# "in Moscow" is where; "to Moscow", "into Ukraine" name the side an action is aimed at (a visit's
# host, an ultimatum's addressee, an invasion's target), which the event coder needs as an actor.
LOCATIVE_PREPOSITIONS = {
    "in", "across", "near", "inside", "within", "throughout", "around", "at", "through", "off",
    "outside", "along", "via", "over", "beyond", "between",
}
MODIFIER_DEPS = {"amod", "compound", "nmod", "poss", "npadvmod", "case", "punct", "nummod", "quantmod", "det"}
LEADING_SKIP_POS = {"DET", "NUM", "ADP", "PUNCT", "CCONJ", "PRON", "ADV"}
PHRASE_BREAK_POS = {"VERB", "AUX", "ADP", "CCONJ", "SCONJ"}
PART_NOUNS = {
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "coast", "border",
    "borders", "outskirts", "part", "parts", "centre", "center", "heart", "rest", "capital", "city", "region",
}
# Dealings whose "between" or "among" phrase names their sides, not a place between them.
DEALINGS = {"talk", "talks", "negotiation", "negotiations", "dialogue", "meeting", "summit", "agreement", "accord",
            "deal", "treaty", "pact", "truce", "ceasefire", "clash", "clashes", "fighting", "war", "conflict",
            "tension", "tensions", "relation", "relations", "tie", "ties", "dispute", "exchange", "cooperation",
            "rapprochement", "reconciliation", "standoff", "rift", "row", "feud", "rivalry", "hostilities"}
PRONOUNS = {"he", "she", "it", "they"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "mme"}
NAME_LABELS = {"ORG", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"}
PLACE_NOUNS = {"state", "province", "region", "village", "city", "town", "district", "county", "area", "capital"}
# Things an office's title is compounded with in lower case ("the chief minister relief fund", "the mla quota"):
# after a title they end no personal name.
TITLE_THINGS = PLACE_NOUNS | {"fund", "funds", "quota", "office", "residence", "house", "hostel", "bungalow", "camp",
                              "post", "seat", "level", "rank", "convoy", "car", "security", "staff", "team"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}


@dataclass
class Mention:
    """A candidate actor span over doc tokens [start, end) with its resolution."""

    start: int
    end: int
    source: str                     # "named", "agent", "person", "pronoun", "entity", "place" (not output)
    resolution: Resolution | None
    sentence: int
    head: int                       # doc index of the span's head token
    name_start: int | None = None   # where a lower-case personal name begins after its titles


def _is_locative(token: Any) -> bool:
    """The token's noun phrase is the object of a place preposition ("to Poland", "in Moscow")."""
    node = token
    for _ in range(3):
        if node.dep_ in ("compound", "amod", "poss", "conj", "appos") and node.head is not node:
            node = node.head
            continue
        break
    if node.dep_ != "pobj":
        return False
    preposition = node.head
    if preposition.lower_ in {"between", "among"} and preposition.head.lemma_.lower() in DEALINGS \
            and token.dep_ in {"pobj", "conj"}:
        return False  # "talks between Israel and Hamas", "a pact between Chile and Peru": the two sides (a
        # demonym inside a side's phrase, "his Greek counterpart", is read with that phrase)
    if preposition.lower_ == "of":  # "the north of Scotland" is where the north of Scotland is
        return preposition.head.lower_ in PART_NOUNS and _is_locative(preposition.head)
    return preposition.lower_ in LOCATIVE_PREPOSITIONS


def _trim(doc: Any, start: int, end: int) -> tuple[int, int]:
    while start < end - 1 and (doc[start].pos_ in LEADING_SKIP_POS or doc[start].is_space
                               or doc[start].lower_ in ("about", "some", "roughly", "around", "nearly")):
        start += 1
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space
                               or doc[end - 1].lower_ in ("'s", "’s", "'")):
        end -= 1
    return start, end


def _agent_phrase(doc: Any, head: Any, named_at: dict[int, Match]) -> tuple[int, int]:
    """The noun phrase of an agent head: its left modifiers and a trailing "of <known actor>".

    The left edge stops after any verb, preposition or conjunction, so a mis-parse cannot pull a
    clause into the phrase ("the UK scrambled RAF jets" gives "RAF jets").
    """
    start = head.i
    for child in head.lefts:
        if child.dep_ in MODIFIER_DEPS:
            start = min(start, child.left_edge.i)
    for i in range(head.i - 1, start - 1, -1):
        token = doc[i]
        hyphenated = i > 0 and doc[i - 1].text == "-"  # "Russian-backed", "US-based"
        ranking = token.lower_ in TITLE_MODIFIERS and token.dep_ in ("amod", "compound") \
            and token.head.i == head.i  # "the working president", "the acting chairman" (tagged as verbs)
        if (token.pos_ in PHRASE_BREAK_POS and not hyphenated and not ranking) or token.is_space:
            start = i + 1
            break
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and (any(i in named_at for i in range(objects[0].left_edge.i, objects[0].right_edge.i + 1))
                            or _name_of(doc, head, objects[0]) or _body_of(doc, head, objects[0])):
                end = objects[0].right_edge.i + 1
        if child.dep_ in ("compound", "punct") and child.i == end and child.text == "-":
            end = child.i + 1
    return _trim(doc, start, end)


def _name_of(doc: Any, head: Any, obj: Any) -> bool:
    """"the Department of Education", "the Union of Journalists": a capitalised head with a capitalised
    "of" phrase is one name (a lower-case "the head of security" is not)."""
    words = [t for t in doc[obj.left_edge.i:obj.right_edge.i + 1] if t.is_alpha and t.lower_ not in ("the", "and", "of")]
    return head.text[:1].isupper() and bool(words) and all(t.text[:1].isupper() for t in words)


TITLE_HEADS = {key.rsplit(" ", 1)[-1] for key in UNKNOWN_BODY_HEADS}


def _body_of(doc: Any, head: Any, obj: Any) -> bool:
    """"the spokesman of the trust", "president of the association": a head's or spokesman's title with a plain
    noun phrase after "of" (no clause, no further preposition) names the body he speaks for, which the
    resolver reads (a body no list knows is of no known sector, not a state)."""
    words = doc[obj.left_edge.i:obj.right_edge.i + 1]
    return head.lower_ in TITLE_HEADS and len(words) <= 5 and obj.pos_ in ("NOUN", "PROPN") \
        and all(t.pos_ in ("DET", "ADJ", "NOUN", "PROPN") for t in words)


def _person_span(doc: Any, ent: Any, sent_start: int, matches_end: dict[int, Match]) -> tuple[int, int]:
    """A personal name widened to the titles and nationality words just before it, and to a "former" before
    those, with the office's place between them ("former gujarat chief minister X" holds that office no more)."""
    start = ent.start
    while start > sent_start:
        previous = doc[start - 1]
        if previous.lower_.rstrip(".") in TITLE_WORDS:
            start -= 1
            continue
        if previous.lower_ in FORMER_WORDS and start < ent.start:
            start -= 1
            continue
        if start < ent.start and start - 2 >= sent_start and doc[start - 2].lower_ in FORMER_WORDS \
                and previous.is_alpha and previous.pos_ in ("PROPN", "NOUN"):
            start -= 2  # "former gujarat chief minister": the office's place, read by the places stage
            continue
        match = matches_end.get(start)
        if match is not None and (match.agent or (match.entry is not None and match.entry.kind in
                                                  ("country", "demonym", "capital", "organisation"))):
            start = match.start
            continue
        if previous.lower_ == "'s" and start - 1 in matches_end:
            start -= 1
            continue
        ranked = _nation_before_rank(doc, start, sent_start, matches_end) if start < ent.start else None
        if ranked is not None:
            start = ranked  # "Nigerian junior foreign minister X": the rank words between keep the nation's title
            continue
        break
    return start, ent.end


_RANKS = TITLE_MODIFIERS | {"junior"}
_STATE_BODY_SECTORS = {"GOV", "LEG", "JUD", "MIL", "COP"}  # bodies a country's demonym before them says it owns
_POSSESSIVES = {"'s", "\u2019s"}


def _owned_body(doc_tokens: list[Any], match: Match, matches_end: dict[int, Match],
                resolve: Any) -> tuple[int, Resolution | None]:
    """Where a named body begins, and what it stands for, when a country owns it: "Mexico's Senate" and "the
    Mexican Senate" are Mexico's, whatever country the lists give a bare "Senate". A people's word owns only a
    body of the state: "the Kurdish Workers' Party" names no owner."""
    owned = match.start >= 2 and doc_tokens[match.start - 1].lower_ in _POSSESSIVES
    owner = matches_end.get(match.start - 1 if owned else match.start)
    kinds = ("country",) if owned else ("country", "demonym")
    if owner is not None and owner.entry is not None and owner.entry.kind in kinds:
        resolution = resolve(owner.start, match.end)
        if owned or (resolution is not None and resolution.sector in _STATE_BODY_SECTORS):
            return owner.start, resolution
    return match.start, resolve(match.start, match.end)


def _nation_before_rank(doc: Any, start: int, sent_start: int, matches_end: dict[int, Match]) -> int | None:
    """Where a country or nationality word begins that one or two rank words ("deputy", "junior", "acting") part
    from a title already taken into a name's span: "Kenyan deputy interior minister X"."""
    i = start
    while i > sent_start and start - i < 2 and doc[i - 1].lower_ in _RANKS:
        i -= 1
    match = matches_end.get(i) if i < start else None
    if match is not None and match.entry is not None and match.entry.kind in ("country", "demonym"):
        return match.start
    return None


def _body_before_title(doc: Any, start: int, end: int, sent_start: int, matches: list[Match], caseless: bool) -> int:
    """Where a mention that starts at a head's or spokesman's title begins once widened over the body named
    before the title, with words that rank the title between ("bjp national president X", "the vhp working
    president"): an organisation the lists know, or a name they do not (an acronym, an organisation entity's
    words; in text written without capitals any noun compounded into the phrase: "cova president X"), which
    the resolver then reads as a body of unknown sector rather than a state (:mod:`.actor_resolve`)."""
    first = start
    while first < end and doc[first].lower_ in TITLE_MODIFIERS:
        first += 1
    if not any(start <= m.start <= first and m.agent and m.entry is None and m.key in UNKNOWN_BODY_HEADS | BODY_HEADS
               for m in matches):
        return start
    i = start
    while i - 1 > sent_start and doc[i - 1].lower_ in TITLE_MODIFIERS:
        i -= 1
    body = next((m for m in matches if m.end == i and m.entry is not None), None)
    if body is not None:
        return body.start if body.entry.kind in ("organisation", "group") else start
    if any(m.start < i <= m.end - 1 or m.end == i for m in matches):
        return start
    j = i
    while j - 1 >= sent_start and i - j < 3 and unknown_name_word(doc[j - 1], caseless) \
            and j - 1 <= doc[j - 1].head.i < end and not any(m.start <= j - 1 < m.end for m in matches):
        j -= 1
    if j == i or place_country(doc[j:i], set(), loose=True) is not None:
        return start
    return j


def _located_in(head: Any, matches: list[Match], resolve: Any) -> str | None:
    """The country of "X in/from/of <place>" for an agent noun: "rebels in eastern Ukraine",
    "police in Lagos", "troops from Chad". Used when the phrase itself names no country."""
    for child in head.rights:
        if child.dep_ != "prep" or child.lower_ not in ("in", "from", "of", "across", "inside"):
            continue
        for obj in child.children:
            if obj.dep_ != "pobj":
                continue
            for match in matches:
                if obj.left_edge.i <= match.start and match.end <= obj.right_edge.i + 1 and match.entry is not None \
                        and match.entry.kind in ("country", "capital", "place", "demonym"):
                    found = resolve(match.start, match.end)
                    if found is not None and found.code:
                        return found.code
            found = resolve(obj.left_edge.i, obj.right_edge.i + 1)
            if found is not None and found.code and found.kind == "place":
                return found.code
    return None


def _named_otherwise(ent: Any, named_at: dict[int, Match]) -> bool:
    """A PERSON entity that is all a known place or organisation ("stood with Kyiv")."""
    return all(i in named_at and named_at[i].entry.kind != "person" for i in range(ent.start, ent.end))


def _honorific_names(tokens: list[Any]) -> list[Any]:
    """"Mr Scholz", "Mrs May": the names after an honorific, whatever the tagger called them."""
    found = []
    for i, token in enumerate(tokens[:-1]):
        if token.lower_.rstrip(".") in HONORIFICS and tokens[i + 1].text[:1].isupper():
            j = i + 1
            while j < len(tokens) and tokens[j].pos_ == "PROPN" and tokens[j].text[:1].isupper():
                j += 1
            if j > i + 1:
                found.append(tokens[i].doc[tokens[i + 1].i:tokens[j - 1].i + 1])
    return found


# Honorifics written before a name in Indian English ("shri", "smt"), read in lower case only in an
# article written without capitals, where nothing else marks the name after them.
CASELESS_HONORIFICS = HONORIFICS | {"shri", "sri", "smt", "shrimati", "kumari", "sadhvi", "pandit", "maulana"}
# Agent nouns for a body or a crowd, not an office one person holds: "police X" or "army X" before a
# lower-case word is a compound ("police station"), not a title before a name.
COLLECTIVE_TITLES = {
    "police", "army", "government", "administration", "party", "force", "forces", "committee", "council",
    "board", "court", "department", "ministry", "bureau", "cell", "unit", "team", "mob", "crowd", "group",
    "family", "community", "people", "public", "media", "press", "staff", "personnel", "militia", "state",
    "centre", "center", "union", "congress", "front", "sangh", "dal", "samaj", "organisation", "organization",
}
NOT_NAME_ENTITIES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "GPE", "LOC", "NORP", "FAC", "MONEY", "QUANTITY",
                     "PERCENT"}


def _caseless_name_after(tokens: list[Any], first: int, named_at: dict[int, Match], after_honorific: bool) -> int | None:
    """The end of a lower-case personal name starting at sentence token ``first``, right after a title
    ("district collector ramesh patel", "spokesman a k sharma") or an honorific ("shri ramesh patel"):
    up to four words, each a name word (alphabetic, not a function word, not a known actor, place or
    date; single letters are initials), joined as compounds to the last, which heads the phrase and is
    tagged a proper noun (after an honorific a common noun too: the honorific marks the name; after a
    title too when the name has two words or more, a given name and a surname: "the mla ramesh patel",
    where the tagger, seeing no capitals, often calls the surname a common noun)."""
    end = first
    while end < len(tokens) and end - first < 4:
        token = tokens[end]
        word = token.lower_
        if not token.is_alpha or word != token.text or token.i in named_at or token.ent_type_ in NOT_NAME_ENTITIES \
                or token.pos_ not in ("PROPN", "NOUN") or (len(word) > 1 and token.is_stop) or word in ("a", "i"):
            return None
        if token.dep_ != "compound":
            break
        end += 1
    else:
        return None
    head = tokens[end]
    if not all(first <= t.head.i - tokens[0].i <= end for t in tokens[first:end]):
        return None
    if len(head.lower_) < 2 or not (head.pos_ == "PROPN" or after_honorific
                                    or end > first and not any(t.lower_ in TITLE_THINGS for t in tokens[first:end + 1])):
        return None
    return end + 1


def _caseless_names(tokens: list[Any], matches: list[Match], named_at: dict[int, Match]) -> list[tuple[Any, int]]:
    """Lower-case personal names after an office title or an honorific, in an article without capitals:
    the tagger names no PERSON there, and the title alone would leave the person out. Each as the span to
    widen to the titles and the body before it ("state bjp president X") and the doc index where the name
    itself starts."""
    found = []
    offset = tokens[0].i
    agent_ends = {m.end - offset: m for m in matches if m.agent and m.entry is None}
    for i, token in enumerate(tokens[:-1]):
        match = agent_ends.get(i + 1)
        honorific = token.lower_.rstrip(".") in CASELESS_HONORIFICS
        title = match is not None and token.pos_ in ("NOUN", "PROPN") and token.tag_ not in ("NNS", "NNPS") \
            and token.lower_ not in COLLECTIVE_TITLES and token.dep_ == "compound"
        if not (honorific or title) or token.text != token.lower_:
            continue
        end = _caseless_name_after(tokens, i + 1, named_at, honorific)
        if end is not None and (honorific or tokens[i].head.i - offset < end):
            found.append((tokens[0].doc[tokens[i + 1].i:tokens[end - 1].i + 1], tokens[i + 1].i))
    return found


def find_mentions(doc: Any, day: int, dictionary: ActorDictionary, places: list[Place] | None = None) -> list[Actor]:
    """Resolved, coreference-linked actor mentions of one parsed article.

    ``places`` are the places stage's readings of the same article; a country word it placed
    elsewhere ("Lebanon, Pennsylvania") is read as that place (:mod:`.actor_guards`)."""
    readings = place_readings(doc, places or [])
    article = defined_acronyms(doc, day, dictionary, caseless_article(doc))
    article.country = article_country(places or [])
    mentions: list[Mention] = []
    entities = list(doc.ents)
    tokens = list(doc)
    first = 0
    for index, sent in enumerate(doc.sents):
        while first < len(entities) and entities[first].start < sent.start:
            first += 1
        last = first
        while last < len(entities) and entities[last].start < sent.end:
            last += 1
        mentions.extend(_sentence_mentions(doc, tokens, sent, entities[first:last], index, day, dictionary, readings,
                                           article))
    mentions += _bare_officers(doc, mentions)
    return link_mentions(doc, _without_foreign_acronyms(doc, _without_appositions(doc, _merge(mentions)), places),
                         day, dictionary)


OFFICER_NOUNS = {"officer", "officers"}


def _bare_officers(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """A bare "officer(s)" (police, army or civil: the noun alone does not say) read as the kind of officer the
    article last named: "Police officers reached the spot ... the officers arrested three men" are police (COP),
    "two IAS officers ... the officers said" civil servants. With no officer of a kind named before, none."""
    kinds = sorted((m for m in mentions if m.source == "agent" and m.resolution is not None and m.resolution.sector
                    and doc[m.head].lower_ in OFFICER_NOUNS and m.end - m.start > 1), key=lambda m: m.start)
    if not kinds:
        return []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    sentences = [sent.start for sent in doc.sents]
    found = []
    for token in doc:
        if token.lower_ not in OFFICER_NOUNS or token.pos_ != "NOUN" or token.i in taken or token.dep_ == "compound":
            continue
        if any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in token.lefts):
            continue  # "senior officers", "the district's officers": modified otherwise, left as they are
        kind = next((m for m in reversed(kinds) if m.end <= token.i), None)
        if kind is None:
            continue
        start, end = _trim(doc, token.i, token.i + 1)
        index = max(i for i, first in enumerate(sentences) if first <= token.i)
        found.append(Mention(start, end, "agent", kind.resolution, index, token.i))
    return found


def _without_foreign_acronyms(doc: Any, mentions: list[Mention], places: list[Place] | None) -> list[Mention]:
    """Drop party acronyms of a country the article does not otherwise name (:func:`foreign_party_acronym`)."""
    def acronym(m: Mention) -> bool:
        return m.end - m.start == 1 and foreign_party_acronym(doc[m.start].text, m.resolution, {"": 1})

    counts: dict[str, int] = {}
    codes = [m.resolution.code for m in mentions if m.resolution and not acronym(m)]
    for code in codes + [p.country_code for p in places or []]:
        if code:
            counts[code] = counts.get(code, 0) + 1
    return [m for m in mentions if not (acronym(m) and foreign_party_acronym(doc[m.start].text, m.resolution, counts))]


def _without_appositions(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """Drop a description in apposition to a named person ("X, the country's president"):
    it is the same actor, and coreference reads it into the person's record."""
    person_heads = {m.head for m in mentions if m.source == "person"}
    kept = []
    for mention in mentions:
        head = doc[mention.head]
        if mention.source == "agent" and (
                (head.dep_ == "appos" and head.head.i in person_heads)
                or any(c.dep_ == "appos" and c.i in person_heads for c in head.children)):
            continue
        kept.append(mention)
    return kept


def _guarded(doc_tokens: list[Any], matches: list[Match], day: int, dictionary: ActorDictionary,
             readings: dict[int | str, Place], caseless: bool = False) -> list[Match]:
    """The sentence's dictionary matches without country words used as names or other places."""
    kept = []
    for match in matches:
        entry = match.entry
        if entry is not None and entry.kind in GUARDED_KINDS:
            if surname_use(doc_tokens, match.start, match.end) or product_name(doc_tokens, match.start) \
                    or dateline(doc_tokens, match.start, match.end, caseless):
                continue
            changed, entry = reread_as_place(match.start, match.end, match.key, entry, readings, dictionary, day)
            if changed:
                if entry is None:
                    continue
                match = Match(match.start, match.end, match.key, entry, match.agent)
        kept.append(match)
    return kept


def _sentence_mentions(doc: Any, doc_tokens: list[Any], sent: Any, ents: list[Any], index: int, day: int,
                       dictionary: ActorDictionary, readings: dict[int | str, Place] | None = None,
                       article: ArticleReading | None = None) -> list[Mention]:
    offset = sent.start
    tokens = doc_tokens[offset:sent.end]
    found: list[Mention] = []
    article = article or ArticleReading()
    matches = [Match(m.start + offset, m.end + offset, m.key, m.entry, m.agent)
               for m in find_matches(tokens, dictionary, caseless_text=article.caseless)]
    matches = _guarded(doc_tokens, matches, day, dictionary, readings or {}, article.caseless)
    matches = usage_matches(doc_tokens, offset, sent.end, matches, article, _is_locative)

    def resolve(start: int, end: int, context: str | None = None) -> Resolution | None:
        """Resolve doc tokens [start, end) reusing the sentence's dictionary matches."""
        inside = [Match(m.start - start, m.end - start, m.key, m.entry, m.agent)
                  for m in matches if start <= m.start and m.end <= end]
        return resolve_tokens(doc_tokens[start:end], day, context, dictionary, matches=inside)

    named_at = {i: m for m in matches if m.entry is not None for i in range(m.start, m.end)}
    matches_end = {m.end: m for m in matches}
    if article.caseless:  # the tagger's lower-case "people" there are mostly other words ("vhp activists")
        ents = [ent for ent in ents if ent.label_ != "PERSON" or any(c.isupper() for c in ent.text)]
    person_tokens = {i for ent in ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
    # Places inside a longer name ("The Washington Post", "Bank of England") are not actors.
    titled = {i: ent for ent in ents if ent.label_ in NAME_LABELS for i in range(ent.start, ent.end)}
    for match in matches:
        head = doc_tokens[match.end - 1]
        if match.agent and match.end - match.start > 1:
            # "Department of Education": the phrase's own head, not the noun after "of"
            head = next((t for t in doc_tokens[match.start:match.end]
                         if not match.start <= t.head.i < match.end or t.head is t), head)
        if match.entry is not None:
            if match.entry.kind != "person" and all(i in person_tokens for i in range(match.start, match.end)) \
                    and (match.start - 1 in person_tokens or match.end in person_tokens):
                continue  # "Jordan" inside "Michael Jordan"
            kind = match.entry.kind
            ent = titled.get(match.start)
            if kind in ("country", "capital", "place") and ent is not None and (ent.end - ent.start) > (match.end - match.start) \
                    and not any(m.agent and ent.start <= m.start < ent.end for m in matches):
                continue
            start, resolution = _owned_body(doc_tokens, match, matches_end, resolve) if kind == "organisation" \
                else (match.start, resolve(match.start, match.end))
            source = "named"
            if kind in ("country", "capital", "place", "demonym") and _is_locative(head):
                source = "place"  # where, not who: kept only so "the country's" can refer to it
            elif kind == "place" and head.dep_ not in SUBJECT_DEPS:
                source = "place"
            found.append(Mention(start, match.end, source, resolution, index, head.i))
        elif match.agent and match.agent not in ("JNK", "NON") and head.pos_ in ("NOUN", "PROPN"):
            if head.dep_ == "compound" or head.i in person_tokens:
                continue  # "police station", or the title inside "Prime Minister Boris Johnson"
            if head.lower_ in PLACE_NOUNS and _is_locative(head):
                continue  # "a base in Borno state" is a place
            start, end = _agent_phrase(doc, head, named_at)
            start = _body_before_title(doc, start, end, sent.start, matches, article.caseless)
            context = _located_in(head, matches, resolve)
            owner = next((c for c in head.lefts if c.dep_ == "poss" and c.i >= start
                          and any(t.ent_type_ == "PERSON" for t in c.subtree)), None)
            if owner is not None:  # "President Joe Biden's government": the person is a mention of their own
                possessor = resolve(start, owner.right_edge.i + 1)
                context = possessor.code if possessor else None
                start = owner.right_edge.i + 1
                start, end = _trim(doc, start, end)
            resolution = resolve(start, end, context)
            if resolution is not None:
                found.append(Mention(start, end, "agent", resolution, index, head.i))
    for first_match, second in zip(matches, matches[1:]):
        # "Bosnian Serbs", "Kosovo Albanians": a people named by where they live, one actor of that country
        if first_match.end == second.start and first_match.entry is not None and second.entry is not None \
                and first_match.entry.kind in ("demonym", "country") and second.entry.kind == "demonym" \
                and doc_tokens[second.end - 1].text.endswith("s") and not _is_locative(doc_tokens[second.end - 1]):
            resolution = resolve(first_match.start, second.end)
            if resolution is not None:
                found.append(Mention(first_match.start, second.end, "named", resolution, index, second.end - 1))
    names = [ent for ent in ents if ent.label_ == "PERSON" and not _named_otherwise(ent, named_at)]
    names += [doc[m.start:m.end] for m in matches if m.entry is not None and m.entry.kind == "person"]
    names += _honorific_names(tokens)
    caseless_names = _caseless_names(tokens, matches, named_at) if article.caseless else []
    covered = {i for name, _ in caseless_names for i in range(name.start, name.end)}
    names = [name for name in names if not any(i in covered for i in range(name.start, name.end))]
    for ent, name_start in [(name, None) for name in names] + caseless_names:
        start, end = _person_span(doc, ent, sent.start, matches_end)
        start = _body_before_title(doc, start, end, sent.start, matches, article.caseless)
        start, end = _trim(doc, start, end)
        resolution = resolve(start, end)
        found.append(Mention(start, end, "person", resolution, index, doc[end - 1].i if name_start else ent.root.i,
                             name_start))
    for ent in ents:
        if ent.label_ in ("ORG", "NORP", "GPE", "FAC") and not any(i in named_at for i in range(ent.start, ent.end)):
            if ent.label_ == "GPE" and _is_locative(ent.root):
                continue
            start, end = _trim(doc, ent.start, ent.end)
            if product_name(doc_tokens, start) or dateline(doc_tokens, start, end, article.caseless):
                continue  # "a Toyota Tacoma" is a pickup, not the town; "MOSCOW (Reuters) -" a dateline
            resolution = resolve(start, end)
            if resolution is not None and resolution.code and (resolution.kind != "place" or ent.label_ == "GPE"):
                # a town inside an organisation's name ("Nord Stream 2") is no actor
                found.append(Mention(start, end, "entity", resolution, index, ent.root.i))
    for token in tokens:
        if token.lower_ in PRONOUNS and token.dep_ in SUBJECT_DEPS:
            found.append(Mention(token.i, token.i + 1, "pronoun", None, index, token.i))
    return found


PRIORITY = {"person": 3, "agent": 2, "named": 2, "entity": 1, "place": 1, "pronoun": 0}


def _merge(mentions: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions, the longest reading of each stretch of text winning."""
    ordered = sorted(mentions, key=lambda m: (-(m.end - m.start), -PRIORITY[m.source], m.start))
    taken: set[int] = set()
    kept: list[Mention] = []
    for mention in ordered:
        span = range(mention.start, mention.end)
        if any(i in taken for i in span):
            continue
        taken.update(span)
        kept.append(mention)
    return sorted(kept, key=lambda m: m.start)

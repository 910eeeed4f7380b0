"""Trigger candidates: the words in a sentence that name an action, with their CAMEO code.

A verb's code depends on its clause ("send troops" vs "send aid"), so each verb is matched with
the words of its own clause: its objects, particles and prepositional phrases, but not its
subject and not the clauses hanging off it (those have verbs of their own). Nouns that name
events ("the invasion", "talks") are candidates too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .everyday import a_show, everyday_noun
from .lexicon import FUNCTION_WORDS, NO_EVENT, LexiconMatch, default_code, match_noun, match_verb
from .verb_senses import EVENTIVE, PUBLISHED, burnt_alive, sense_of

# Dependents that start another clause or name the doer: not part of the verb's pattern context.
_OTHER_CLAUSE = {"nsubj", "nsubjpass", "csubj", "csubjpass", "ccomp", "advcl", "relcl", "conj", "parataxis",
                 "mark", "punct", "cc", "aux", "auxpass", "expl", "discourse", "appos"}

# Our own defaults for frequent news verbs that the CAMEO dictionary leaves without a code, or
# whose dictionary default reads the less common sense (rally: protesters, not troops). Unlike the
# senses in :mod:`.verb_senses`, these give way to a matching dictionary pattern.
VERB_DEFAULTS: dict[str, str] = {
    "sign": "057", "reject": "120", "refuse": "120", "deploy": "154", "station": "154",
    "mass": "154", "mobilize": "154", "mobilise": "154", "withdraw": "0874", "negotiate": "046",
    "sanction": "163", "urge": "020", "vow": "030", "free": "0841", "rally": "141", "invite": "036",
    "mediate": "045", "execute": "1823", "bombard": "194", "shell": "194", "airlift": "073",
    "besiege": "191", "invade": "190", "agree": "030", "surrender": "0874", "dismiss": "120",
    "accept": "030", "prevent": NO_EVENT, "open": "086", "reopen": "086", "kill": "190",
    # verbs the dictionary codes but that in news prose rarely name an action of their own
    "come": NO_EVENT, "take": NO_EVENT, "get": NO_EVENT, "make": NO_EVENT, "go": NO_EVENT,
    "accord": NO_EVENT, "rule": NO_EVENT, "call": NO_EVENT, "insist": NO_EVENT, "link": NO_EVENT,
    "suggest": NO_EVENT, "face": NO_EVENT, "issue": NO_EVENT, "train": NO_EVENT, "prepare": NO_EVENT,
    "claim": NO_EVENT, "swear": NO_EVENT, "suspend": NO_EVENT, "halt": NO_EVENT, "cut": NO_EVENT,
    "lift": NO_EVENT, "restore": NO_EVENT, "place": NO_EVENT, "leave": NO_EVENT, "fly": NO_EVENT,
    "tell": NO_EVENT, "ask": NO_EVENT, "express": NO_EVENT, "apply": NO_EVENT, "die": NO_EVENT,
    "want": NO_EVENT, "join": NO_EVENT, "travel": "042", "hold": NO_EVENT, "launch": NO_EVENT,
    "ease": NO_EVENT, "gear": NO_EVENT,
}


@dataclass
class Trigger:
    """A word (or phrasal verb) naming an action, with the code the lexicon gives it."""

    token: Any  # spaCy Token: the trigger's head word
    phrase: str  # the trigger as written ("called off", "air strike")
    code: str
    source: str  # pattern, default, noun, rule
    matched: tuple[str, ...]
    alternatives: tuple[str, ...] = ()
    plover: tuple[str, str | None] | None = None  # PLOVER (event, mode) when a rule sets it

    @property
    def is_verb(self) -> bool:
        return self.source != "noun"


def clause_tokens(verb: Any) -> list[Any]:
    """The verb's own clause, minus its subject and embedded clauses, in text order."""
    keep = [verb]
    stack = [child for child in verb.children if child.dep_ not in _OTHER_CLAUSE]
    while stack:
        token = stack.pop()
        keep.append(token)
        stack.extend(child for child in token.children if child.dep_ not in {"relcl", "ccomp", "advcl", "acl"})
    return sorted(keep, key=lambda t: t.i)


def _words(tokens: list[Any]) -> list[tuple[str, str]]:
    return [(t.lower_, t.lemma_.lower()) for t in tokens]


def _particle(verb: Any) -> str | None:
    for child in verb.children:
        if child.dep_ == "prt":
            return child.lower_
    return None


def subject_tokens(verb: Any) -> list[Any]:
    """The verb's subject phrase(s), in text order."""
    found = [t for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree]
    return sorted(found, key=lambda t: t.i)


# Verbs of wire copy the CAMEO dictionary does not list, read as the verb they stand for: "inked a deal" is
# signed, "rebuffed calls" and "spurned an offer" are refusals.
_READ_AS = {"ink": "sign", "rebuff": "reject", "spurn": "reject", "repudiate": "reject"}
# Lemmas the small model gets wrong ("staged" read as the plural of "stag"), corrected for the sense rules only:
# the dictionary files "stage" under a block of "put"-like patterns ("in prison", "on fire") that do not fit it.
_MISREAD = {"stag": "stage"}


def verb_trigger(verb: Any) -> Trigger | None:
    """The trigger a verb makes, or ``None`` when the lexicon does not know it."""
    lemma = verb.lemma_.lower()
    lemma = _READ_AS.get(lemma, lemma)
    context = clause_tokens(verb)
    words = _words([t for t in context if t is not verb])
    subject = _words(subject_tokens(verb))
    direct = {c.lower_ for c in verb.children}
    particle = _particle(verb)
    match: LexiconMatch | None = None
    phrase = verb.text
    if particle:
        match = match_verb(f"{lemma} {particle}", words, subject, direct)
        if match:
            phrase = f"{verb.text} {particle}"
    if match is None:
        match = match_verb(lemma, words, subject, direct)
    sense = sense_of(verb, _MISREAD.get(lemma, lemma), particle, {w for pair in words for w in pair},
                     {w for pair in subject for w in pair})
    if sense is not None:
        return Trigger(verb, phrase, sense.code, "rule", sense.matched, plover=sense.plover)
    if (match is None or match.source == "default") and lemma in VERB_DEFAULTS:
        return Trigger(verb, phrase, VERB_DEFAULTS[lemma], "default", ())
    if match is None:
        return None
    if match.source == "default" and lemma not in EVENTIVE and (particle is None or phrase == verb.text):
        return None  # a dictionary default for a verb that names no political action by itself
    if match.source == "pattern" and match.matched and all(w in FUNCTION_WORDS for w in match.matched) \
            and match.code[:2] == "03" and (default := default_code(lemma)) and default[:2] == "04":
        # a preposition alone does not make a meeting an intention: "met X at the border village" is a meeting
        # (the dictionary's "meet ... at" reads 036, an intent to meet)
        return Trigger(verb, phrase, default, "default", ())
    if match.source == "pattern" and _verbal_default(lemma) and (
            _quad(match.code) != _quad(_verbal_default(lemma)) or lemma in _DISAPPROVING):
        # a speech act keeps its own kind: "accused X of restoring…" is not a reduction of relations
        return Trigger(verb, phrase, _verbal_default(lemma) or match.code, "default", ())
    if match.code == "1712" and lemma in {"burn", "torch"} and burnt_alive(verb):
        # the dictionary's "burn + village/home" read on "were burnt alive in a village": people killed, no
        # property destroyed. Only a retyping: "burnt alive" with no such word stays uncoded, as before
        return Trigger(verb, phrase, "1823", "rule", ("alive",), plover=("ASSAULT", None))
    return Trigger(verb, phrase, match.code, match.source, match.matched, match.alternatives)


# Verbs of disapproval: whatever their object, condemning a move is no threat.
_DISAPPROVING = {"condemn", "denounce", "criticise", "criticize", "deplore", "decry", "slam"}


def _verbal_default(lemma: str) -> str | None:
    """The verb's default code when it is a speech act (appeal, demand, accuse, reject, threaten…)."""
    code = VERB_DEFAULTS.get(lemma) or default_code(lemma)
    return code if code and code != NO_EVENT and code[:2] in {"02", "03", "10", "11", "12", "13"} else None


def _quad(code: str | None) -> int:
    from .ontology import cameo

    info = cameo(code or "")
    return info.gdelt_quad_class if info else 0


def noun_trigger(noun: Any) -> Trigger | None:
    """The trigger an event noun makes ("invasion", "air strike", "talks")."""
    lemma = noun.lemma_.lower()
    modifiers = [c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}]
    if lemma == "in" and "sit" in modifiers:
        lemma, modifiers = "sit-in", [m for m in modifiers if m != "sit"]  # "staged a sit-in", split at its hyphen
    if _names_a_thing(noun, modifiers):
        return None
    if lemma == "rally" and set(modifiers) & _NOT_PROTEST_RALLIES:
        return None  # "a campaign rally", "a stock market rally": no protest
    if lemma in {"attack", "assault", "strike"} and set(modifiers) & _WORDS_NOT_FORCE:
        return None  # "personal attacks", "malware attacks": words or code, not violence
    if a_show(noun):
        return None  # "a demonstration of force / of the software": a show, not a protest
    if everyday_noun(noun):
        return None  # "a shark attack", "the attack in the video game": no act between political actors
    of_what = {g.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"}
    if lemma == "release" and of_what & PUBLISHED:
        return None  # "the release of the transcript": a publication, not a release of people
    if lemma in _DEMAND_NOUNS and _demand_put_forward(noun):
        return Trigger(noun, noun.text, _DEMAND_NOUNS[lemma], "noun", (lemma,))
    match = match_noun(lemma, modifiers)
    if match is None and noun.lower_ in {"talks", "sanctions"}:
        match = match_noun(noun.lower_, modifiers)
    if match is None:
        return None
    code = match.code
    if lemma == "strike" and code == "143" and any(
            c.dep_ == "prep" and c.lower_ in {"on", "against"}
            and not any(g.ent_type_ in {"DATE", "TIME"} for g in c.children) for c in noun.children):
        code = "195"  # strikes *on* a place or target are military, not labour strikes ("on Monday" is a date)
    phrase = " ".join(match.matched) if len(match.matched) > 1 else noun.text
    return Trigger(noun, phrase, code, "noun", match.matched)


# Nouns of asking that report the asking itself when their owner puts them forward ("repeated his demand that Nato
# rule out…", "renewed its call for a ceasefire"); elsewhere they are the topic of another clause ("ignoring the
# demands"), so they are no event nouns of their own (EVENT_NOUNS).
_DEMAND_NOUNS = {"demand": "100", "call": "020", "appeal": "020", "plea": "020", "request": "020", "ultimatum": "139"}
_PUTTING_FORWARD = frozenset("repeat reiterate renew restate make issue voice press lodge submit deliver send "
                             "present table".split())


def _demand_put_forward(noun: Any) -> bool:
    """The asking noun is the object of a verb that puts it forward, with its content said ("that …", "for …",
    "to …") and no negation: "repeated his demand that Nato rule out membership", "renewed its call for talks"."""
    verb = noun.head
    if noun.dep_ not in {"dobj", "obj"} or verb.pos_ != "VERB" or verb.lemma_.lower() not in _PUTTING_FORWARD:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    preps = {"for"} if noun.lemma_.lower() == "call" else {"for", "to"}  # "a phone call to Putin" asks nothing
    return any(c.dep_ in {"acl", "ccomp", "relcl"} and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)
               or (c.dep_ == "prep" and c.lower_ in preps) or (c.dep_ == "acl" and c.tag_ == "VB")
               for c in noun.children) and not any(c.dep_ == "compound" for c in noun.children)


_WORDS_NOT_FORCE = frozenset("personal verbal cyber malware ransomware phishing partisan rhetorical "
                             "online hacker denial-of-service ddos negative".split())
_NOT_PROTEST_RALLIES = frozenset("campaign election pep political car stock market fundraising presidential "
                                 "trump biden".split())
# Head nouns an event noun may modify and still report the event ("a sanctions package").
_EVENT_CARRIERS = frozenset("package deal agreement accord campaign operation wave round spree threat camp incident violation bill".split())
# Modifiers that make an event noun a medical condition ("cardiac arrest", "heart attack").
_MEDICAL = frozenset("cardiac heart panic asthma respiratory anxiety seizure".split())


def _names_a_thing(noun: Any, modifiers: list[str]) -> bool:
    """An event noun used to name a thing, not an event: a modifier of another noun ("assault
    rifle", "attack helicopters", "protest leaders") or a medical condition ("cardiac arrest")."""
    if _hyphen_modifier(noun):
        return True  # "riot-camps", "riot-hit families": the first half of a compound names a kind
    if noun.dep_ == "compound" and noun.head.pos_ in {"NOUN", "PROPN"} and noun.head.i > noun.i:
        return noun.head.lemma_.lower() not in _EVENT_CARRIERS
    return bool(_MEDICAL & set(modifiers))


def _hyphen_modifier(noun: Any) -> bool:
    """The noun is the first half of a hyphenated compound ("riot-camps", "riot-hit"), whatever the parse made
    of it; a coordination ("a loot-and-burn spree") or a second event noun ("bomb-blast") keeps the event."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or noun.whitespace_ or doc[noun.i + 1].text != "-" or doc[noun.i + 1].whitespace_:
        return False
    if noun.i > 1 and doc[noun.i - 1].text == "-" and not doc[noun.i - 2].whitespace_:
        return False  # the second half ("anti-riot"): not a modifier by this rule
    second = doc[noun.i + 2]
    return second.is_alpha and second.lower_ not in {"and", "or", "cum"} and match_noun(second.lemma_.lower(), []) is None


def _people_as_participle(token: Any) -> bool:
    """A participle used as a noun for people, the object of another verb ("evacuated the wounded", "treated the
    injured"): the subject of that verb did not do what befell them, and the sentence tells nothing of who did."""
    return token.tag_ == "VBN" and token.dep_ in {"dobj", "obj"} and token.head.pos_ == "VERB" \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "agent"} for c in token.children)


def find_triggers(sentence: Any) -> Iterator[Trigger]:
    """Every trigger candidate in a spaCy sentence span, in reading order."""
    for token in sentence:
        trigger: Trigger | None = None
        if token.pos_ == "VERB" and token.dep_ == "amod":
            continue  # a participle describing a noun ("a demonstrated interest", "the signed copy")
        if _people_as_participle(token):
            continue  # "evacuated the wounded", "visited the injured": people named by what befell them
        if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "ROOT" and token.lemma_ != "be"):
            trigger = verb_trigger(token)
        elif token.pos_ in {"NOUN", "PROPN"} and token.tag_ != "NNP":
            trigger = noun_trigger(token)
        if trigger is not None and trigger.code != NO_EVENT:
            yield trigger

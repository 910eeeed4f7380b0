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

from .lexicon import NO_EVENT, LexiconMatch, default_code, match_noun, match_verb

# Dependents that start another clause or name the doer: not part of the verb's pattern context.
_OTHER_CLAUSE = {"nsubj", "nsubjpass", "csubj", "csubjpass", "ccomp", "advcl", "relcl", "conj", "parataxis",
                 "mark", "punct", "cc", "aux", "auxpass", "expl", "discourse", "appos"}

# Our own defaults for frequent news verbs that the CAMEO dictionary leaves without a code, or
# whose dictionary default reads the less common sense (rally: protesters, not troops).
VERB_DEFAULTS: dict[str, str] = {
    "sign": "057", "reject": "120", "refuse": "120", "deploy": "154", "station": "154",
    "mass": "154", "mobilize": "154", "mobilise": "154", "scramble": "152", "intercept": "150",
    "withdraw": "0874", "negotiate": "046", "sanction": "163", "urge": "020", "vow": "030",
    "free": "0841", "rally": "141", "invite": "036", "mediate": "045", "execute": "1823",
    "bombard": "194", "shell": "194", "airlift": "073", "besiege": "191",
    "invade": "190", "agree": "030", "resign": "0831", "surrender": "0874", "dismiss": "120",
    "accept": "030", "sue": "115", "summon": "114", "prevent": "170", "open": "086", "ease": "081",
    # verbs the dictionary codes but that in news prose rarely name an action of their own
    "come": NO_EVENT, "take": NO_EVENT, "get": NO_EVENT, "make": NO_EVENT, "go": NO_EVENT,
    "accord": NO_EVENT, "rule": NO_EVENT, "call": NO_EVENT, "travel": "042", "insist": NO_EVENT,
    "link": NO_EVENT, "suggest": NO_EVENT, "face": NO_EVENT, "issue": NO_EVENT, "train": NO_EVENT,
    "prepare": NO_EVENT, "continue": NO_EVENT, "remain": NO_EVENT, "begin": NO_EVENT, "start": NO_EVENT,
    "stop": NO_EVENT, "end": NO_EVENT, "keep": NO_EVENT, "claim": NO_EVENT, "swear": NO_EVENT, "die": NO_EVENT, "want": NO_EVENT, "join": NO_EVENT,
}

# Verbs whose one sense in news prose beats any dictionary pattern (the dictionary reads
# "intercept bombers" as seizing property).
VERB_OVERRIDES: dict[str, str] = {"intercept": "150", "scramble": "152", "beat": "182", "sue": "115"}

# Verbs that direct someone to act ("ordered X to appear", "pressed Y to cancel"): requests.
_DIRECTIVES = {"order", "urge", "press", "pressure", "push", "ask", "call", "appeal", "instruct", "direct",
               "tell", "demand", "implore", "encourage", "invite"}
# Expelling monitors, inspectors or envoys reduces relations (SANCTION), unlike deporting people.
_ENVOYS = {"inspector", "peacekeeper", "observer", "monitor", "diplomat", "ambassador", "envoy", "mission",
           "consul", "attache", "staff", "delegation"}

# Objects that make a sending/moving verb a deployment (MOBILIZE) unless aid words say otherwise.
_FORCES = {"troop", "troops", "soldier", "force", "forces", "battalion", "brigade", "unit", "warship",
           "jet", "jets", "marine", "paratrooper", "tank", "army", "military", "personnel", "reinforcement"}
_MOVING = {"send", "deploy", "move", "dispatch", "station", "transfer", "redeploy", "position", "ship", "put",
           "boost", "reinforce", "mass", "increase", "build", "amass", "rush"}
_AID_WORDS = {"aid", "assistance", "help", "relief", "humanitarian", "peacekeeper", "peacekeeping"}
# Weapons sent or supplied to someone are military aid (CAMEO 072), not a deployment.
_WEAPONS = {"arm", "arms", "weapon", "weapons", "missile", "missiles", "ammunition", "rifle", "rifles",
            "munition", "munitions", "artillery", "drone", "drones", "howitzer", "howitzers"}
_SUPPLYING = {"send", "ship", "supply", "provide", "deliver", "give", "transfer", "sell", "donate"}


@dataclass
class Trigger:
    """A word (or phrasal verb) naming an action, with the code the lexicon gives it."""

    token: Any  # spaCy Token: the trigger's head word
    phrase: str  # the trigger as written ("called off", "air strike")
    code: str
    source: str  # pattern, default, noun, rule
    matched: tuple[str, ...]
    alternatives: tuple[str, ...] = ()

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


def _elided_forces(verb: Any) -> bool:
    """A bare number as subject standing for forces named earlier: "while 1,000 [troops] already
    based in Germany will move to Romania"."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or subjects[0].pos_ != "NUM":
        return False
    earlier = verb.doc[verb.sent.start:subjects[0].i]
    return any(t.lemma_.lower() in _FORCES for t in earlier)


def _deployment(verb: Any, words: list[tuple[str, str]], subject: list[tuple[str, str]]) -> bool:
    """Sending or moving forces, and not as aid: CAMEO 154, PLOVER MOBILIZE."""
    if verb.lemma_.lower() not in _MOVING:
        return False
    lemmas = {lemma for _, lemma in words} | {text for text, _ in words}
    moved = lemmas if verb.lemma_.lower() not in {"move", "redeploy"} else lemmas | {w for pair in subject for w in pair}
    forces = bool(moved & _FORCES) or _elided_forces(verb)
    return forces and not lemmas & _AID_WORDS


def subject_tokens(verb: Any) -> list[Any]:
    """The verb's subject phrase(s), in text order."""
    found = [t for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree]
    return sorted(found, key=lambda t: t.i)


def verb_trigger(verb: Any) -> Trigger | None:
    """The trigger a verb makes, or ``None`` when the lexicon does not know it."""
    lemma = verb.lemma_.lower()
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
    if lemma in VERB_OVERRIDES:
        return Trigger(verb, phrase, VERB_OVERRIDES[lemma], "rule", ())
    if lemma in _DIRECTIVES and any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children) and lemma != "invite":
        return Trigger(verb, phrase, "100" if lemma in {"order", "demand", "instruct", "direct"} else "020", "rule", ())
    if lemma in {"expel", "deport", "withdraw", "recall"} and {l for _, l in words} & _ENVOYS:
        return Trigger(verb, phrase, "166", "rule", tuple(sorted({l for _, l in words} & _ENVOYS)))
    lemmas = {w for pair in words for w in pair}
    if lemma in _SUPPLYING and lemmas & _WEAPONS and not lemmas & _FORCES:
        return Trigger(verb, phrase, "072", "rule", tuple(sorted(lemmas & _WEAPONS)))
    if _deployment(verb, words, subject):
        return Trigger(verb, phrase, "154", "rule", tuple(w for w, _ in words if w in _FORCES))
    if (match is None or match.source == "default") and lemma in VERB_DEFAULTS:
        return Trigger(verb, phrase, VERB_DEFAULTS[lemma], "default", ())
    if match is None:
        return None
    if match.source == "pattern" and _verbal_default(lemma) and _quad(match.code) != _quad(_verbal_default(lemma)):
        # a speech act keeps its own kind: "accused X of restoring…" is not a reduction of relations
        return Trigger(verb, phrase, _verbal_default(lemma) or match.code, "default", ())
    return Trigger(verb, phrase, match.code, match.source, match.matched, match.alternatives)


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
    match = match_noun(lemma, modifiers)
    if match is None and noun.lower_ in {"talks", "sanctions"}:
        match = match_noun(noun.lower_, modifiers)
    if match is None:
        return None
    code = match.code
    if lemma == "strike" and code == "143" and any(c.dep_ == "prep" and c.lower_ in {"on", "against"}
                                                   for c in noun.children):
        code = "195"  # strikes *on* a place or target are military, not labour strikes
    phrase = " ".join(match.matched) if len(match.matched) > 1 else noun.text
    return Trigger(noun, phrase, code, "noun", match.matched)


def find_triggers(sentence: Any) -> Iterator[Trigger]:
    """Every trigger candidate in a spaCy sentence span, in reading order."""
    for token in sentence:
        trigger: Trigger | None = None
        if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "ROOT" and token.lemma_ != "be"):
            trigger = verb_trigger(token)
        elif token.pos_ in {"NOUN", "PROPN"} and token.tag_ != "NNP":
            trigger = noun_trigger(token)
        if trigger is not None and trigger.code != NO_EVENT:
            yield trigger

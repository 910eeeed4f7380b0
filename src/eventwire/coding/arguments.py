"""Who did it, to whom, where, when and how many: an event's slots, read off the parse.

The enrichment stage has already found and resolved every actor, place, time and quantity in the
sentence; this module decides which of them belong to one trigger, from the dependency tree: the
subject (or the agent of a passive) is the actor, objects and certain prepositional objects are
recipients, places take a role from their preposition (to → destination, from → origin), and
only mentions inside the trigger's own clause count. That is the answer to GDELT's best known
failure: a place or actor taken from an unrelated part of the story.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..nlp.actor_mentions import PLACE_NOUNS, TITLE_HEADS
from ..records import Actor, Mention, Place, Quantity, Sentence, TimeExpression
from .background import NOUN_MODIFIER
from .lexicon import default_code, match_noun
from .triggers import Trigger
from .verb_senses import FORCES, HARDWARE, MONEY, ORDERING, RELIEF, WEAPONS

M = TypeVar("M", bound=Mention)

_SUBJECT = {"nsubj", "csubj", "expl"}
_PASSIVE_SUBJECT = {"nsubjpass", "csubjpass"}
_OBJECT = {"dobj", "obj", "dative", "attr", "oprd"}
_RECIPIENT_PREPS = {"to", "with", "against", "on", "toward", "towards", "upon"}
_DESTINATION_PREPS = {"to", "into", "toward", "towards", "onto"}
_ORIGIN_PREPS = {"from"}
_INHERIT_SUBJECT = {"xcomp", "conj", "advcl", "pcomp", "dobj", "pobj", "prep", "acomp"}  # acomp: "is willing to go"
# Nouns of intention whose "to" clause is the owner's own plan ("its readiness to send troops").
INTENT_NOUNS = {"readiness", "plan", "decision", "willingness", "intention", "offer", "promise", "threat",
                "attempt", "bid", "move", "proposal", "pledge", "vow", "determination", "right", "refusal",
                "commitment", "effort", "push", "call", "demand", "order", "agreement"}
_OTHER_CLAUSE = {"ccomp", "advcl", "relcl", "conj", "parataxis", "csubj"}
# Sectors of those who act for a state (their act in a town addresses the town's country).
_STATE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "ELI", "PTY", "SPY", "PRM"}
# People and belongings whose owner is not the participant: "King's son was injured" hurt the son,
# "Trump's son-in-law clashed" is the son-in-law's act.
# Prepositions that name the members of a group phrase, who then act with it.
_MEMBERS = {"including", "like"}
_OWNED = {"son", "daughter", "wife", "husband", "mother", "father", "child", "children", "brother", "sister",
          "family", "relative", "relatives", "friend", "friends", "son-in-law", "daughter-in-law", "nephew", "niece",
          "cousin", "grandson", "granddaughter", "boyfriend", "girlfriend", "partner", "home", "house", "car",
          "vehicle", "dog", "parent", "parents", "uncle", "aunt", "grandmother", "grandfather", "baby"}
# Inside a participant phrase, mentions count only through these links: "the US and its allies",
# "Russia's military", not a place in a prepositional phrase ("talks in Geneva").
_PHRASE_STOP = {"prep", "relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "punct", "agent"}


@dataclass
class Slots:
    """The participants and circumstances of one trigger."""

    actors: list[Actor] = field(default_factory=list)
    recipients: list[Actor] = field(default_factory=list)
    places: list[tuple[Place, str]] = field(default_factory=list)  # (place, role)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    # of those, the times of a clause the trigger governs ("asked them to close on the 15th"), see _dates_a_complement
    complement_times: list[TimeExpression] = field(default_factory=list)
    clause: set[int] = field(default_factory=set)  # token indexes of the trigger's own clause
    # the phrase heads each side was read from, for :func:`name_parties` (unnamed parties)
    actor_heads: list[Any] = field(default_factory=list)
    recipient_heads: list[Any] = field(default_factory=list)
    author_heads: list[Any] = field(default_factory=list)  # who did the fight a killing happened in
    verbal: bool = False  # a verbal act (asking, accusing, refusing): its object pronoun may name an earlier party
    forces: list[Any] = field(default_factory=list)  # the forces a show of force puts in place (they act)
    owner_heads: list[Any] = field(default_factory=list)  # owners of property a violent act harms (the harmed)
    # who goes "along with" a party: (head, doer, the known actors it names), joined to a side that has a party
    companions: list[tuple[Any, bool, list[Actor]]] = field(default_factory=list)


def _stops(child: Any, stop: set[str]) -> bool:
    """Whether ``child`` starts another clause; "and" joins clauses only between verbs."""
    if child.dep_ == "conj":
        return "conj" in stop and child.pos_ in {"VERB", "AUX"}
    return child.dep_ in stop


def _subtree(token: Any, stop: set[str] = _OTHER_CLAUSE) -> set[int]:
    """Token indexes of ``token``'s subtree without the clauses hanging off it."""
    seen = {token.i}
    stack = [c for c in token.children if not _stops(c, stop)]
    while stack:
        current = stack.pop()
        seen.add(current.i)
        stack.extend(c for c in current.children if not _stops(c, stop))
    return seen


def _roots(doc: Any, mentions: Iterable[M], split: bool = False) -> list[tuple[M, Any]]:
    """Each mention with the syntactic head of its span (``split``: of a phrase the parser split, the last part)."""
    found = []
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and len(span):
            root = span.root
            if split and TITLE_HEADS & {t.lower_ for t in span}:
                tops = [t for t in span if not span.start <= t.head.i < span.end]
                if len(tops) > 1 and any(t.i == root.i for t in tops) and all(t.head.i == root.head.i for t in tops):
                    # a titled phrase the parser split under one head ("bjp" and "president X" both on the verb):
                    # an English noun phrase ends in its head
                    root = tops[-1]
                elif root.head.i == root.i:
                    # "cpm state secretary X criticised ...", parsed with the body's name as the sentence's root
                    # and the verb hung on it: the phrase is the verb's subject
                    root = next((t for t in tops if t.dep_ in ("nsubj", "nsubjpass")), root)
            found.append((mention, root))
    return found


def _depth(token: Any, top: Any) -> int:
    depth = 0
    while token.i != top.i and token.head.i != token.i and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def _top_level(candidates: Sequence[tuple[M, Any]], head: Any) -> list[M]:
    """The mentions nearest the phrase head, plus those joined to them by "and"."""
    if not candidates:
        return []
    depths = [(_depth(root, head), mention, root) for mention, root in candidates]
    best = min(d for d, _, _ in depths)
    chosen = [(m, r) for d, m, r in depths if d == best]
    chosen_roots = {r.i for _, r in chosen}
    for d, mention, root in sorted(depths, key=lambda item: item[0]):
        # "Russia and China", and a plural group's members: "several EU countries — Austria, Greece"
        member = root.dep_ == "appos" and root.head.tag_ in {"NNS", "NNPS"} and root.pos_ == "PROPN"
        if root.i not in chosen_roots and (root.dep_ == "conj" or member or _shared_head(root, chosen)) \
                and (root.head.i in chosen_roots or (root.dep_ == "conj" and _joined_to(root, chosen_roots))):
            chosen.append((mention, root))
            chosen_roots.add(root.i)
    ordered = sorted({id(m): (m, r) for m, r in chosen}.values(), key=lambda pair: pair[1].i)
    return [m for m, _ in ordered]


def _joined_to(root: Any, chosen_roots: set[int]) -> bool:
    """Whether a noun is joined by "and" to a chosen one through nouns the dictionaries do not know: "the bsp,
    the apna dal and the samajwadi party" (the parser hangs each on the one before; "apna dal" is no
    mention, so "samajwadi party" would else be cut off from "bsp")."""
    head = root.head
    for _ in range(6):
        if head.i in chosen_roots:
            return True
        if head.dep_ != "conj" or head.pos_ not in {"NOUN", "PROPN"} or head.head.pos_ not in {"NOUN", "PROPN"}:
            return False
        head = head.head
    return False


def _shared_head(root: Any, chosen: Sequence[tuple[M, Any]]) -> bool:
    """An adjective joined by "and" to one inside a chosen mention, both on the same noun: "Russian and
    Syrian warplanes" (the mention "Syrian warplanes" is chosen; "Russian" shares its noun)."""
    if root.dep_ not in {"amod", "compound", "nmod"}:
        return False
    joined = [c.idx for c in root.children if c.dep_ == "conj"]
    return any(m.start <= i < m.end for m, _ in chosen for i in joined)


def _in(candidates: Sequence[tuple[M, Any]], indexes: set[int]) -> list[tuple[M, Any]]:
    return [(m, r) for m, r in candidates if r.i in indexes]


def _march_of(verb: Any) -> Any | None:
    """The verb of going a participle hung on its goal belongs to: "took out a march to the assembly protesting
    against the killings", "marched to the collectorate demanding relief" (the marchers protest and demand, not
    the place); ``None`` for anything else ("a letter to the workers protesting the closure": people protest)."""
    goal = verb.head if verb.dep_ == "acl" and verb.tag_ == "VBG" else None
    if goal is None or goal.dep_ != "pobj" or goal.head.lower_ not in _DESTINATION_PREPS \
            or goal.lemma_.lower() in _PERSON_NOUNS | _GROUPS or goal.tag_ in {"NNS", "NNPS"}:
        return None
    motion = goal.head.head
    if goal.ent_type_ in {"PERSON", "NORP"} or motion.pos_ not in {"VERB", "AUX"}:
        return None
    if motion.lemma_.lower() in _TAKING_OUT:  # "took out a march to", not "took exception to"
        return motion if any(c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in _MARCHES for c in motion.children) \
            else None
    return motion if motion.lemma_.lower() in _MOTION else None


# Words that lend their subject to a passive infinitive without acting on it: "is to be tried", "are expected
# to be released", "seems to have been arrested" (adjectives such as "likely" and "due" pass by their tag).
_RAISING = {"be", "seem", "appear", "expect", "schedule", "slate", "set", "due", "likely", "unlikely", "bound",
            "sure", "certain", "liable", "believe", "say", "report", "fear", "tip", "deserve"}


# Nouns of asking: a verb below them is the act asked for, not done by whoever asks.
_ASKED_FOR = {"request", "demand", "plea", "appeal", "petition", "direction", "directive", "instruction",
              "requisition", "prayer"}


def _subject_of(token: Any) -> tuple[Any | None, bool]:
    """The subject phrase head of a verb (climbing to the governing verb when it has none) and
    whether it is a passive subject (the patient)."""
    current = token
    # a verb passive of its own suffers what it says, whatever the subject it shares: "the mob attacked the shops
    # and was dispersed", "with two persons being killed"
    own_passive = any(c.dep_ == "auxpass" for c in token.children)
    absolute = _with_absolute(token) if own_passive else None
    if absolute is not None:
        return absolute, True
    raised = False  # a passive infinitive takes the subject of the word it complements as its patient
    via_noun = False  # climbed out of a noun's phrase ("a plan to return people")
    for _ in range(4):
        # the parser sometimes hangs the subject on the auxiliary ("X and Y however have opposed")
        auxiliaries = [c for c in current.children if c.dep_ in {"aux", "auxpass"} and c.i < current.i]
        children = [*current.children, *(g for a in auxiliaries for g in a.children)]
        if sum(c.dep_ in _SUBJECT | _PASSIVE_SUBJECT for c in children) > 1:
            # "gandhinagar: the members staged a walk-out": the dateline's town is no second subject
            children = [c for c in children if not (c.dep_ in _SUBJECT and _dateline(c))]
        for child in children:
            if child.dep_ in _SUBJECT and (author := _words_author(child)) is not None and not own_passive:
                return author, False  # "a communique put out by the army accused the rebels": the army accuses
            if child.dep_ in _SUBJECT:
                # (a subject hung on a verb's own passive auxiliary is its patient: "leaders were on Wednesday
                # prevented from entering", with "leaders" read as the subject of "were")
                return child, (own_passive and ((_joined_verb(token) and current.i == token.head.i)
                                                or _being_done(token))) or _elided_passive(current) \
                    or (current.i == token.i and _headline_passive(token, child)) or raised \
                    or (current.i == token.i and own_passive and child.head.dep_ == "auxpass")
            if child.dep_ in _PASSIVE_SUBJECT:
                return child, True
        asked = [g for g in _prep_objects(current.head, {"to"}) if g.pos_ in {"NOUN", "PROPN"} and g.i < current.i] \
            if current.dep_ == "acl" and current.head.lemma_.lower() in _ASKED_FOR - INTENT_NOUNS else []
        if asked:
            # "the president's request to the Ukrainian leader to investigate": the one asked does it (with no
            # one asked, the one asking: "the Russian request to meet her")
            return asked[0], False
        if current.dep_ == "acl" and current.head.lemma_.lower() in INTENT_NOUNS:
            # "France expressed its readiness to send troops": the one who is ready acts
            noun = current.head
            owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
            if owner is not None:
                return owner, False
            current = noun.head if noun.head.i != noun.i else noun
            via_noun = True
            continue
        march = _march_of(current) or (_purpose_carrier(current) if current.dep_ == "acl" else None)
        if march is not None:
            current = march
            continue
        author = _words_author(current.head) if current.dep_ == "acl" and current.tag_ == "VBG" else None
        if author is not None:
            return author, False  # "Hamas released a statement accusing Israel": the statement's author accuses
        if current.dep_ in {"relcl", "acl"} and current.head.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}:
            if current.i != token.i and current.lower_ in _FIGHTS and current.i == current.head.i + 1:
                return None, False  # "injured in police firing and stabbing": the police did not stab
            doers = _protesters(current)
            if doers is not None:
                return doers, False
            return current.head, current.dep_ == "acl" and current.tag_ == "VBN" and not _after_dateline(current)
        if current.dep_ == "xcomp" and current.head.lemma_.lower() in _CONTROLLING:
            # "asked the centre to alert the army", "appealed to the people not to hold demonstrations": the
            # one asked does it, not the one asking
            told = [c for c in current.head.children if c.dep_ in {"dobj", "obj"} and c.i < current.i] or [
                g for g in _prep_objects(current.head, {"to", "upon", "on"}) if g.i < current.i]
            if told:
                return told[0], False
        if current.i != token.i and current.pos_ == "NOUN" and current.lemma_.lower() in _ASKED_FOR \
                and current.dep_ not in {"acl", "relcl"}:
            # "sent a request for deploying troops", "a petition for banning the group": who asks does not do
            # it; the one asked does, when the noun names him ("a request to the centre for deploying troops")
            asked = [g for g in _prep_objects(current, {"to"}) if g.pos_ in {"NOUN", "PROPN"} and g.i < token.i]
            return (asked[0], False) if asked else (None, False)
        if current.dep_ == "pcomp" and current.tag_ == "VBG" and current.head.lower_ in {"for", "of"} \
                and current.head.head.pos_ == "VERB" and not via_noun:
            # "police arrested two youths for attacking a bus", "condemned the bomber for attacking citizens",
            # "accused the party of instigating riots": the one the verb takes for it did it, not its subject
            taken = [c for c in current.head.head.children if c.dep_ in {"dobj", "obj"} and c.i < current.i
                     and _party_word(c)]
            if taken:
                return taken[0], False
        if current.dep_ == "xcomp" and (current.i == token.i or (
                _elided_passive(token) and token.head.i == current.i)) and any(
                c.dep_ == "auxpass" for c in current.children) and (
                current.head.pos_ in {"ADJ", "AUX"} or current.head.lemma_.lower() in _RAISING):
            # "the leaders are likely to be arrested", "the mayor is to be sentenced", "they are likely to be
            # injured or arrested": the one said to be done to, never the doer (not "troops had to be
            # airlifted", a duty, whose event is the airlifting's)
            raised = True
        if current.dep_ in _INHERIT_SUBJECT and current.head.i != current.i:
            via_noun = via_noun or current.pos_ in {"NOUN", "PROPN"}
            current = current.head
            continue
        break
    return None, False


def _words_author(noun: Any) -> Any | None:
    """The author of words put out, which a participle on them says what the author does: its possessor ("the
    ministry's statement condemning"), its "from" phrase, the agent of a participle of putting out ("a statement
    issued by Hamas accusing"), or the subject of the verb that puts it out ("Hamas released a statement
    accusing Israel"). ``None`` when no author is named or the noun is no such word."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _SAYING:
        return None
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in {"NOUN", "PROPN"}:
            return child
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _PUTTING_OUT:
            agent = _own_agent(child)
            if agent is not None:
                return agent
    source = next((g for g in _prep_objects(noun, {"from"}) if g.pos_ in {"NOUN", "PROPN"}), None)
    if source is not None:
        return source
    verb = noun.head
    if noun.dep_ in {"dobj", "obj"} and verb.pos_ == "VERB" and verb.lemma_.lower() in _PUTTING_OUT:
        subject, passive = _subject_of(verb)
        if subject is not None and not passive:
            return subject
    return None


# Verbs of protest no one undergoes: hung as a participle on a noun, that noun did it.
_PROTESTING = {"protest", "march", "agitate", "demonstrate", "riot", "rampage", "picket", "rally"}


def _party_word(token: Any) -> bool:
    """Whether a noun or pronoun names someone who can act: a name, a group, a noun for people, a personal
    pronoun (not "it" or "this")."""
    if token.pos_ == "PRON":
        return token.lower_ in {"him", "her", "them", "us", "me", "you"}
    return token.pos_ == "PROPN" or token.ent_type_ in {"PERSON", "ORG", "NORP"} \
        or bool({token.lemma_.lower(), token.lower_} & (_PERSON_NOUNS | _GROUPS))


def _protesters(verb: Any) -> Any | None:
    """The ones who protested when the parser hung the verb as a participle on their phrase ("hundreds of
    journalists in the capital protested on monday", read with "protested" describing "the capital"): the
    top noun of the phrase it hangs on, climbing out of its "in", "from", "of" and "at" phrases, when that
    noun is a name, a group or a noun for people or a count of them. A protest is no thing done to someone,
    so such a participle is never passive; one with a by-phrase or a passive auxiliary is left alone."""
    if verb.dep_ != "acl" or verb.lemma_.lower() not in _PROTESTING or verb.tag_ not in {"VBD", "VBN"} or any(
            c.dep_ in {"agent", "auxpass", "aux"} for c in verb.children):
        return None
    noun = verb.head
    for _ in range(4):
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in {"in", "from", "of", "at"} \
                and noun.head.head.pos_ in {"NOUN", "PROPN", "NUM"}:
            noun = noun.head.head
        else:
            break
    words = {noun.lower_, noun.lemma_.lower()}
    if noun.pos_ == "PROPN" or noun.ent_type_ in {"NORP", "ORG", "PERSON"} or words & (
            _PERSON_NOUNS | _GROUPS | _COUNT_NOUNS) or (words & _COUNTS and _prep_objects(noun, {"of"})):
        return noun
    return None


# Verbs that always take the one they harm or hold as their object: with none, their subject underwent them.
_HARM_DONE = {"kill", "injure", "wound", "hurt", "arrest", "detain", "nab", "abduct", "kidnap", "behead", "lynch",
              "massacre", "murder", "stab", "maim"}


def _headline_passive(verb: Any, subject: Any) -> bool:
    """A passive written without its auxiliary, as in lists and headlines, that the tagger read as a past
    tense: "four policemen and two civilians also killed" (they were killed). Only for a verb that always
    takes the one it harms as its object, here with no object, clause, auxiliary or by-phrase, and not the
    first of two verbs sharing one object ("shot and killed two")."""
    blocking = _OBJECT | {"aux", "auxpass", "agent", "ccomp", "xcomp", "conj", "cc"}
    return verb.lemma_.lower() in _HARM_DONE and verb.tag_ in {"VBD", "VBN"} and subject.dep_ == "nsubj" \
        and subject.pos_ in {"NOUN", "PROPN"} and not any(c.dep_ in blocking for c in verb.children)


def _being_done(verb: Any) -> bool:
    """A passive "being" participle of a clause that shares its subject: "150 men returned home after being
    deported" (they were deported)."""
    return verb.dep_ in {"advcl", "pcomp"} and verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children)


def _after_dateline(verb: Any) -> bool:
    """A report's main verb the parser hung as a participle on its subject, itself put in apposition to the
    dateline's town: "dharwad: police arrested 50 workers" (the police arrested; they were not arrested)."""
    noun = verb.head
    return noun.dep_ in {"appos", "dobj", "dep", "npadvmod"} and _dateline(noun.head) and noun.i > noun.head.i \
        and any(c.dep_ in {"dobj", "obj"} for c in verb.children)


def _with_absolute(verb: Any) -> Any | None:
    """The noun of a "with" phrase a passive "being" participle tells of, which the parser hangs elsewhere:
    "the city seethed with two persons, including a woman, being killed in police firing" (the two)."""
    being = next((c for c in verb.children if c.dep_ == "auxpass" and c.lower_ == "being"), None)
    if being is None or any(c.dep_ in _SUBJECT | _PASSIVE_SUBJECT for c in verb.children) or verb.head.i == verb.i:
        return None
    withs = [t for t in verb.sent if t.dep_ == "prep" and t.lower_ == "with" and t.i < being.i]
    for noun in (g for w in withs for g in w.children if g.dep_ == "pobj"):
        between = verb.doc[noun.right_edge.i + 1: being.i]
        if noun.i < being.i and all(t.is_punct for t in between) and noun.pos_ in {"NOUN", "PROPN", "NUM"}:
            return noun
    return None


def _joined_verb(verb: Any) -> bool:
    """A verb joined by "and" or "but" straight after the conjunction, with no subject between ("attacked the
    shops and was dispersed"; not "but only Bilal and Ali have been detained", whose subject the parser lost)."""
    if verb.dep_ != "conj":
        return False
    first = min([c.i for c in verb.children if c.dep_ in {"aux", "auxpass", "neg", "advmod"} and c.i < verb.i]
                + [verb.i])
    return first > 0 and verb.doc[first - 1].dep_ in {"cc", "punct"}


def _elided_passive(verb: Any) -> bool:
    """A past participle joined by "and" to a passive verb, its auxiliary left out: "four persons were burnt
    alive and two killed in police firing" (the two were killed)."""
    return verb.tag_ == "VBN" and verb.dep_ == "conj" and not any(
        c.dep_ in {"aux", "auxpass"} for c in verb.children) and any(c.dep_ == "auxpass" for c in verb.head.children)


# Verbs of going somewhere (or of taking out a march), whose "to" phrase is a goal, not a party.
_MOTION = {"march", "walk", "go", "proceed", "move", "come", "head", "rush", "rally", "converge"}
_TAKING_OUT = {"take", "lead", "carry"}
_MARCHES = {"march", "rally", "procession", "morcha", "jatha", "padyatra", "yatra", "walk"}
# "who" opens a relative clause about a person; "which" and "that" may hang on any noun before them
# ("a rally for President Ghani which killed 26").
_WHO = {"who", "whom"}


def _agent_of(verb: Any) -> Any | None:
    return _own_agent(verb) or _stranded_agent(verb)


def _own_agent(verb: Any) -> Any | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
            # "were arrested by up police": a lower-case state's initials read as a particle leave the "by"
            # bare and make its noun the passive verb's object
            stranded = [c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.i > child.i
                        and all(t.dep_ in {"prt", "compound", "amod", "det"} for t in verb.doc[child.i + 1: c.i])]
            if stranded and any(c.dep_ == "auxpass" for c in verb.children):
                return stranded[0]
    return None


def _stranded_agent(verb: Any) -> Any | None:
    """The by-phrase of a passive verb that the parser hung on an active infinitive or gerund below it ("was
    asked to resign by the prime minister", "was prevented from speaking by the members", "was beaten to death
    on suspicion of theft by residents"): an active verb with no subject of its own takes no agent, so the
    phrase is the passive verb's. Only a noun for people or a group, or a name; ``None`` when the passive verb
    has an agent of its own or is not passive."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return None
    for prep in verb.subtree:
        if prep.lower_ != "by" or prep.dep_ != "prep" or prep.head.i == verb.i:
            continue
        current = prep.head
        if current.pos_ not in {"VERB", "AUX"} or current.tag_ not in {"VB", "VBG"}:
            continue
        while current.i != verb.i:
            if any(c.dep_ in _SUBJECT | _PASSIVE_SUBJECT | {"auxpass"} for c in current.children) \
                    or current.dep_ not in {"xcomp", "pcomp", "prep", "pobj"} or current.head.i == current.i:
                break
            current = current.head
        else:
            noun = _by_party(prep)
            if noun is not None:
                return noun
    return _noun_stranded_agent(verb)


def _by_party(by: Any) -> Any | None:
    """The object of a "by" phrase when it can be a doer: a name, or a noun for people, a group or the armed
    (not a place or a time: "by the river", "by Monday")."""
    noun = next((g for g in by.children if g.dep_ == "pobj"), None)
    if noun is not None and noun.ent_type_ not in {"GPE", "LOC", "FAC", "DATE", "TIME"} and (
            noun.pos_ == "PROPN" or noun.ent_type_ in {"ORG", "NORP", "PERSON"}
            or {noun.lemma_.lower(), noun.lower_} & (_PERSON_NOUNS | _GROUPS | _POLICE | FORCES)):
        return noun
    return None


# Prepositions of a passive verb whose object the parser may hang the verb's by-phrase on ("provided with help by
# the state", "set on fire by a mob", "taken into custody by police"); not "for", "of" or "in", whose event noun
# may have a by-phrase of its own ("arrested for the killing of a trader by a gang").
_HOLDING_PREPS = {"with", "on", "onto", "into", "to"}


def _noun_stranded_agent(verb: Any) -> Any | None:
    """The by-phrase of a passive verb hung on the object of one of the verb's own prepositions ("lawyers should
    be provided with financial help by the state government", "the village was set on fire by a group of
    miscreants"): a help or a fire has no doer of its own there, the passive verb's agent does it. Only a
    :func:`_by_party`, and only on the object itself ("taken to
    the site of the attack by militants" hangs it deeper, on the attack)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _HOLDING_PREPS or (
                prep.lower_ == "with" and verb.lemma_.lower() == "meet"):
            continue  # "the plan was met with protests by residents": the residents protest, they meet no one
        for holder in prep.children:
            if holder.dep_ != "pobj" or holder.pos_ != "NOUN":
                continue
            for by in holder.children:
                noun = _by_party(by) if by.dep_ == "prep" and by.lower_ == "by" else None
                if noun is not None:
                    return noun
    return None


_RELATIVE = {"who", "whom", "that", "which"}


def _antecedent(subject: Any | None) -> Any | None:
    """The noun a relative pronoun stands for when it is a clause's subject: "the police, who had arrested
    two men", "mobs that were about to attack a village". "That" and "which" may hang on any noun ("a rally
    which killed 26"), so with them only a noun for people, groups or forces counts."""
    if subject is None or subject.lower_ not in _RELATIVE or subject.head.dep_ != "relcl":
        return None
    noun = subject.head.head
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if subject.lower_ in _WHO and noun.dep_ == "conj" and subject.i > 0 and subject.doc[subject.i - 1].lower_ == ",":
        # "two children and a woman, who were found dead": a clause set off by a comma after a coordination of
        # people is about all of them (the parser hangs it on the last)
        first = _first_conjunct(noun)
        if first.i != noun.i and all(_party_noun(c) for c in [first, *_conjuncts(first)]):
            noun = first
    if subject.lower_ in _WHO or {noun.lemma_.lower(), noun.lower_} & (_PERSON_NOUNS | _GROUPS | _POLICE | FORCES):
        return noun
    if subject.dep_ == "nsubj" and (noun.ent_type_ in {"ORG", "NORP"} or (
            noun.pos_ == "PROPN" and not noun.ent_type_)):
        return noun  # "the cpi, which called for a bandh": a name (no person, place or date) that acts
    return None


def _volley_doer(token: Any, subject: Any | None) -> Any | None:
    """The shooter of a volley whose participle kills or wounds: "the police fired 40 rounds killing two"
    (the parser hangs "killing" on the rounds; the ones who fired them killed)."""
    if subject is None or token.dep_ != "acl" or token.tag_ != "VBG" or subject.i != token.head.i \
            or subject.dep_ not in {"dobj", "obj"} or subject.head.lemma_.lower() not in _SHOOTING:
        return None
    shooter, passive = _subject_of(subject.head)
    return None if passive else shooter


_HARM = {"injury", "injuries", "death", "deaths", "wound", "wounds", "harm", "burn", "burns"}


def _harmed(verb: Any) -> list[Any]:
    """Whom a volley hurt, told by a participle of causing on the verb or its rounds: "the police fired 25
    rounds, causing injuries to two women" (the women)."""
    carriers = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "obj"})]
    return [g for c in carriers for p in c.children if p.dep_ in {"acl", "advcl"} and p.lemma_.lower() == "cause"
            and any(o.dep_ in {"dobj", "obj"} and o.lower_ in _HARM for o in p.children)
            for g in _prep_objects(p, {"to"})]


_DISPERSING = {"disperse", "scatter", "scare", "ward", "chase", "drive", "control", "quell", "repulse", "push"}
_VOLLEYS = {"fire", "shoot", "lob", "burst", "lathicharge", "lathi-charge"}


def _volley(verb: Any) -> bool:
    """A verb of firing at people: "fired", "lobbed tear gas", "opened fire" (not "opened the gates")."""
    lemma = verb.lemma_.lower()
    return lemma in _VOLLEYS or (lemma == "open" and any(
        c.dep_ in {"dobj", "obj"} and c.lemma_.lower() == "fire" for c in verb.children))


def _dispersed(verb: Any) -> list[Any]:
    """The crowd a volley was fired to break up, named in its purpose clause: "fired ten rounds to disperse
    the mob", "opened fire to scare off the looters", "lobbed tear gas and fired into the air to break up the
    crowd", "resorted to firing to scatter an angry crowd" (the crowd is the one fired on)."""
    if not _volley(verb):
        return []
    carriers = [verb, *(c for c in verb.children if c.dep_ == "conj" and _volley(c))]
    if verb.dep_ == "conj" and _volley(verb.head):
        carriers.append(verb.head)
    if verb.dep_ in {"pcomp", "pobj"} and verb.head.dep_ == "prep" and verb.head.head.lemma_.lower() == "resort":
        carriers.append(verb.head.head)
    return [o for c in carriers for p in c.children if p.dep_ in {"advcl", "xcomp"}
            and p.lemma_.lower() in _DISPERSING and any(a.dep_ == "aux" and a.lower_ == "to" for a in p.children)
            for o in p.children if o.dep_ in {"dobj", "obj"}]


def _stood_for(trigger: Any) -> list[Any]:
    """The nouns a verb trigger's subject stands for: a relative pronoun's antecedent, a volley's shooter."""
    subject, _ = _subject_of(trigger) if trigger.pos_ in {"VERB", "AUX"} else (None, False)
    return [h for h in (_antecedent(subject), _volley_doer(trigger, subject)) if h is not None]


def _befallen(trigger: Any) -> Any | None:
    """Who a one-sided fight killed or wounded, named as the subject of the clause it happened in: "two
    persons were killed in police firing", "125 persons died in police firing", "two killed in police
    firing" (two-sided fights make that subject a side, see ``_fought_in``)."""
    noun = trigger.head if trigger.dep_ == "acl" and trigger.lower_ in _FIGHTS else trigger  # ("police" "firing")
    if trigger.lower_ in _FIGHTS or _fight(trigger):
        left = _left_dead(noun)
        if left is not None:
            return left  # "police firing left two dead and five injured"
    clause = noun.head.head if noun.dep_ in {"pobj", "pcomp"} and noun.head.dep_ == "prep" else None
    resorted = _resorted_to_fight(clause) if clause is not None and clause.dep_ == "advcl" else None
    if resorted is not None and resorted.i == noun.i and any(
                c.dep_ in {"mark", "advmod"} and c.lower_ in _WHILE for c in clause.children):
        # "three persons died when the police resorted to firing": the firing killed them
        verb = clause.head
        subject, passive = _subject_of(verb) if verb.pos_ == "VERB" else (None, False)
        if verb.lemma_.lower() in _BEFALLING and subject is not None and subject.head.i == verb.i and (
                passive or verb.lemma_.lower() == "die"):
            return subject
        return None
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"in", "during"} or trigger.lemma_.lower() in _MUTUAL \
            or not (noun.i != trigger.i or _fight(trigger) or _gerund_noun(trigger)):
        return None
    verb = noun.head.head
    if verb.lemma_.lower() not in _BEFALLING or verb.pos_ != "VERB":
        return None
    subject, passive = _subject_of(verb)
    if subject is None or not (passive or verb.lemma_.lower() == "die"):
        return None
    return subject if subject.head.i == verb.i or verb.dep_ in {"acl", "relcl"} else None


_DEAD = {"dead", "injured", "wounded", "hurt", "killed"}


def _left_dead(noun: Any) -> Any | None:
    """Whom a fight "left" dead or hurt, when the fight is the subject: "the firing left two dead" (the two)."""
    subject = _first_conjunct(noun)
    verb = subject.head
    if subject.dep_ not in _SUBJECT or verb.lemma_.lower() != "leave" or verb.pos_ != "VERB":
        return None
    if not any(c.dep_ in {"oprd", "acomp", "xcomp", "ccomp"} and c.lower_ in _DEAD for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.i > verb.i), None)


# Prepositions that name what one speaks of or reacts to, not what one takes part in.
_ABOUT_PREPS = {"to", "about", "over", "after", "following", "for", "against", "of", "since", "before",
                "despite", "amid", "amidst", "regarding", "concerning", "under"}  # "came under attack": suffered it
# Verbs of causing: their subject does the event noun they carry only when it is a party ("miscreants tried to
# trigger a clash"), not an act or a thing ("the minister's announcement sparked a wave of protests").
_CAUSING = {"spark", "trigger", "cause", "fuel", "ignite", "provoke", "prompt", "precipitate"}
# Objects of a verb that say one took part in the event its "in" phrase names.
_TAKEN_PART = {"part", "lead", "parts", "share"}
# Verbs whose subject is the target of the event noun they carry: "the town faced rocket attacks".
_FACED = {"face"}
# Verbs whose subject reacts to, tells of or suffers an event noun, not does it: "condemned the attack",
# "state television showed the meeting", "survived the bombing".
_BEHOLDING = {"condemn", "denounce", "decry", "deplore", "criticise", "criticize", "report", "show", "describe",
              "witness", "see", "watch", "film", "cover", "investigate", "probe", "blame", "deny", "welcome",
              "praise", "hail", "applaud", "mourn", "survive", "recall", "remember", "mark", "commemorate",
              "fear", "predict", "expect", "prevent", "foil", "thwart", "avert", "stop", "halt", "ban", "outlaw",
              "discuss", "debate", "study", "analyse", "analyze", "follow", "monitor", "track", "document",
              "confirm", "acknowledge", "explain", "justify", "defend", "dismiss", "downplay", "question",
              # who contains an event or loses by it is its other side: "failed to control the riots", "lost
              # their homes in the riots", "died in the clashes"
              # who compares, suspects or makes use of an event only thinks or speaks of it: "was not comparing the
              # two riots", "apprehended a hand in the massacre", "using the riots for electoral gains"
              "compare", "suspect", "apprehend", "use", "exploit", "cite", "refer", "mention",
              "control", "quell", "contain", "suppress", "curb", "crush", "quash", "tackle", "handle", "lose",
              "suffer", "die", "perish",
              # who names an event only speaks of it: "termed the killings a massacre"
              "term", "label", "brand", "dub",
              # who comments on an event speaks of it: "the spokesman commented on the strike", "remarked on the rally"
              "comment", "remark", "reflect", "elaborate", "testify", "opine"} | _FACED
# Verbs whose subject owns the act named after "to": "confessed to the attack", "subjected her to an assault".
_OWNING_TO = {"confess", "admit", "plead", "subject", "resort", "commit", "turn", "return", "switch"}
# Nouns that count or stage an event noun after "of": "a round of talks", "a wave of strikes".
_PARTITIVES = {"round", "series", "wave", "spate", "string", "set", "number", "day", "week", "month", "year",
               "campaign", "flurry", "burst", "cycle"}


def _shared_phrase(noun: Any) -> list[Any]:
    """The of/against-phrase two coordinated event nouns share, written once after the second ("the
    killings and burning of villagers"): only for two nouns side by side (the caller: the first, an act
    of violence, with no phrase of its own)."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].lower_ not in _COORDINATORS:
        return []
    second = doc[noun.i + 2]
    if second.dep_ != "conj" or second.head.i != noun.i or second.pos_ not in {"NOUN", "VERB"}:
        return []
    return [g for c in second.children if c.dep_ == "prep" and c.lower_ in {"of", "against"}
            for g in c.children if g.dep_ == "pobj"]


# Ties and exchanges between two sides, whose "with"/"to" phrase names the other side.
_TIES = {"link", "tie", "relation", "flight", "contact", "talk", "trade", "cooperation", "aid", "assistance",
         "negotiation", "dialogue", "exchange", "agreement", "treaty", "export", "import", "shipment", "delivery",
         "supply", "sale"}


def _noun_participants(noun: Any) -> tuple[list[Any], list[Any]]:
    """Actor-side and recipient-side phrase heads of an event noun ("Russia's invasion of Ukraine")."""
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "a mediation effort between X and Y": the phrase's head carries the roles
    actor_side, recipient_side = [], []
    for child in noun.children:
        if child.dep_ in {"poss", "compound", "amod", "nmod"}:
            actor_side.append(child)
        elif child.dep_ == "prep":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if child.lower_ in {"by", "from"}:
                actor_side.extend(objects)  # "an attack by rebels", "protests from opposition members"
            elif child.lower_ in {"between", "among"}:
                actor_side.extend(objects)
            elif child.lower_ in {"of", "against", "on", "with", "into", "in", "to"}:
                recipient_side.extend(objects)
                if child.lower_ == "of":
                    # "a suspension of flights with Belarus", "the halt of aid to Gaza": the ties' other side
                    recipient_side.extend(g for o in objects if o.lemma_.lower() in _TIES
                                          for g in _prep_objects(o, {"with", "to"}))
                    recipient_side.extend(g for o in objects for g in _beneficiaries(o))
        elif child.dep_ in {"acl", "ccomp"} and noun.lemma_.lower() in _ASKED_FOR and any(
                g.dep_ == "mark" and g.lower_ == "that" for g in child.children):
            # "his demand that Nato rule out membership": who is asked is the subject of what is asked
            recipient_side.extend(g for g in child.children if g.dep_ in {"nsubj", "nsubjpass"})
        elif child.dep_ == "acl" and child.tag_ == "VBN" and _verb_in(child, _CARRIERS | {"convene"}):
            # "the rallies organised by the left front", "a bandh called by the vhp": the agent of the
            # participle that carries the act does it
            agent = _agent_of(child)
            if agent is not None:
                actor_side.append(agent)
    if noun.dep_ in _PASSIVE_SUBJECT and _carried_passive(noun) is not None:
        actor_side.append(_carried_passive(noun))  # "the attack was planned by X", "the bandh was called by Y"
    protester = _in_protest(noun)
    if protester is not None and not actor_side and noun.head.head.pos_ != "VERB":
        actor_side.append(protester)  # (hung on a verb, the phrase's subject is read below)
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and head.lemma_.lower() in _PARTITIVES \
            and head.dep_ in {"dobj", "obj"}:
        noun, head = head, head.head  # "began a new round of joint exercises": the round is what they began
    if (noun.dep_ in {"dobj", "obj"} or (noun.dep_ == "pobj" and (noun.head.lower_ not in _ABOUT_PREPS or (
            noun.head.lower_ == "to" and head.lemma_.lower() in _OWNING_TO) or _gathered_for(noun, head)))) \
            and head.pos_ == "VERB" \
            and head.lemma_.lower() not in _BEHOLDING and not _named_as(head) \
            and not _beside_the_object(noun, head, protester):
        # "held talks", "gathered in a protest": the subject of the carrying verb acts; not who
        # "responded to the bombing" or "commented on the attack"
        subject, passive = _subject_of(head)
        if subject is not None and not passive and (head.lemma_.lower() not in _CAUSING or _party_word(subject)):
            actor_side.append(subject)
    elif head.pos_ == "VERB" and (head.lemma_.lower() in _FACED
                                  or (noun.dep_ == "pobj" and noun.head.lower_ == "under")):
        # "the town faced rocket attacks", "troops came under attack": the subject is the target
        subject, passive = _subject_of(head)
        if subject is not None and not passive:
            recipient_side.append(subject)
    return actor_side, recipient_side


# Verbs of coming together: who gathers "for" a protest holds it.
_GATHERING = {"gather", "assemble", "converge", "congregate", "mass", "throng", "turn", "come", "arrive", "flock"}


def _gathered_for(noun: Any, head: Any) -> bool:
    """"Thousands gathered for a rally", "farmers converged on the capital for a protest": the ones
    gathering hold it ("for" otherwise gives a reason, as in "arrested for the riot")."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.lemma_.lower() in _PROTESTS \
        and head.lemma_.lower() in _GATHERING


def _named_as(verb: Any) -> bool:
    """ "called the attack an act of terrorism": "call" with a second object names what the first was; its subject
    did not do it."""
    return verb.lemma_.lower() == "call" and any(c.dep_ == "oprd" for c in verb.children)


def _beside_the_object(noun: Any, verb: Any, protester: Any | None) -> bool:
    """An event noun in a phrase of a verb that has an object of its own, which tells where or when that verb's
    act was done, not that its subject did the event: "played a role during the riots", "suspected a hand in
    the arson", "arrested twenty people during the riots" (but "took part in the rally", "shut their shops in
    protest", "subjected her to an assault", and the noun's own owner: "helped him in his talks")."""
    return noun.dep_ == "pobj" and protester is None and noun.head.lower_ != "to" \
        and not any(c.dep_ == "poss" for c in noun.children) \
        and any(c.dep_ in {"dobj", "obj"} and c.lemma_.lower() not in _TAKEN_PART for c in verb.children)


def _in_protest(noun: Any) -> Any | None:
    """The doer of an act done "in protest" (the bare idiom, no article or owner): the subject of the verb the
    phrase belongs to, even when the parser hung it on that verb's object ("members walked out of the house in
    protest", "traders shut their shops in protest"); a relative pronoun stands for the noun it describes.
    Not a passive's subject ("the shops were shut in protest" names no protester)."""
    if noun.lemma_.lower() != "protest" or noun.dep_ != "pobj" or noun.head.lower_ != "in" \
            or any(c.dep_ in {"det", "poss"} for c in noun.children):
        return None
    verb = noun.head.head
    while verb.pos_ != "VERB" and verb.dep_ in {"pobj", "prep", "dobj", "obj"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB":
        return None
    subject, passive = _subject_of(verb)
    if subject is None or passive:
        return None
    if subject.tag_ in {"WP", "WDT"} and subject.head.i == verb.i and verb.dep_ == "relcl":
        return verb.head
    return subject


def _carried_passive(noun: Any) -> Any | None:
    """The agent of the passive verb that carries an event noun as its subject: "the ambush was carried out by
    rebels", "the rally was organised by the students' union" (who carried it out or organised it did it; not
    who only planned it: "the riots were planned by X" is a charge, not the rioting)."""
    verb = noun.head
    if noun.dep_ not in _PASSIVE_SUBJECT or verb.pos_ != "VERB" or not _verb_in(verb, _CARRIERS | {"convene"}) \
            or verb.lemma_.lower() == "plan":
        return None
    return _own_agent(verb)


# What is moved or given is not the recipient: "sent troops to Poland" is done to Poland.
_CARGO = FORCES | HARDWARE | WEAPONS | MONEY | RELIEF | {"ship", "aircraft", "plane", "equipment"}


def _prep_objects(token: Any, preps: set[str]) -> list[Any]:
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children
            if g.dep_ == "pobj"]


_AIMED_PREPS = {"on", "at", "against", "upon"}


def _clause_subjects(prep: Any) -> list[Any]:
    """The subject of a clause a preposition takes in place of a noun: "opened fire on mobs setting
    shops ablaze" (fired on the mobs)."""
    if prep.lower_ not in _AIMED_PREPS:
        return []  # (not "with the police watching", which tells the circumstances)
    return [g for c in prep.children if c.dep_ == "pcomp" for g in c.children
            if g.dep_ == "nsubj" and g.pos_ in {"NOUN", "PROPN"}]


# Acts and words whose owner is the one a reaction is directed at: "criticised the government's decision",
# "agreed to Gandhi's suggestion", "rejected the demand of the state unit", "banned the entry of politicians".
_ACTS = {"decision", "suggestion", "proposal", "demand", "demands", "request", "plea", "appeal", "order", "orders",
         "directive", "allegation", "allegations", "charge", "charges", "remark", "remarks", "statement", "comment",
         "comments", "wish", "yearning", "offer", "stand", "policy", "claim", "claims", "bid", "entry", "access",
         "movement", "visit", "congregation", "assembly", "gathering", "advice", "ultimatum", "call", "move"}
# Of those, the ones "to" whom they are granted or denied: "denied entry to fresh batches of pilgrims".
_ENTRY = {"entry", "access", "permission"}
# Acts any thing may do ("the entry of vehicles"): their owner must be a name, people or a group.
_MOVES = _ENTRY | {"movement", "visit", "congregation", "assembly", "gathering", "move", "bid", "stand", "policy"}
_GRANTING = {"deny", "refuse", "give", "grant", "allow", "permit"}
# Words given to someone, whose "to" phrase names whom: "his commitment to the voters".
_PLEDGES = {"commitment", "promise", "pledge", "assurance", "guarantee", "undertaking", "offer"}


def _act_owners(noun: Any, verb: Any) -> list[Any]:
    """The owners of an act or a word a verb reacts to (see ``_ACTS``): its possessor or "of" phrase, and for
    an entry granted or denied, whom it is granted "to" (not a place: "entry to the town")."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or not {lemma, noun.lower_} & (_ACTS | _ENTRY):
        return []
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}]
    # its author named by "by" ("rejected calls by the rulers"), or "from" for a word sent ("an appeal from the
    # president"; not a move: "entry from the north"); leave is granted by its "by" phrase, not sought by it
    # ("the permission by the state government")
    preps = {"of"} if lemma in _ENTRY else {"of", "by"} if lemma in _MOVES else {"of", "by", "from"}
    if any(c.dep_ == "auxpass" for c in verb.children):
        preps -= {"by"}  # "was handed a warning by the owners": the passive's agent, misplaced by the parser
    owners += [g for g in _prep_objects(noun, preps) if g.pos_ in {"NOUN", "PROPN"}]
    # a name or a group compounded on the word: "lashed out at the congress allegation", "the vhp demands"
    owners += [c for c in noun.children if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"} and c.i == noun.i - 1
               and (c.ent_type_ in {"ORG", "NORP", "PERSON"} or c.lemma_.lower() in _GROUPS)
               and (lemma not in _MOVES or c.lemma_.lower() in _GROUPS)]  # ("any government move")
    if lemma in _PLEDGES:
        # "went back on her pledge to the nurses": whom it was made to (a party, not "to peace")
        owners += [g for g in _prep_objects(noun, {"to"}) if g.pos_ in {"NOUN", "PROPN"}]
    if lemma in _ENTRY and verb.lemma_.lower() in _GRANTING:
        owners += [g for g in _prep_objects(noun, {"to"}) if (g.pos_ == "PROPN" and g.ent_type_ in {
            "ORG", "PERSON", "NORP"}) or {g.lemma_.lower(), g.lower_} & (_PERSON_NOUNS | _GROUPS | _COUNTS)]
    return owners


def _told(verb: Any) -> list[Any]:
    """The one allowed, asked or urged to act, which the parser makes the subject of the infinitive:
    "allowed the VHP to hold the puja", "urged the board to meet"."""
    lemma = verb.lemma_.lower()
    if lemma not in _CONTROLLING | _DEMANDING_THAT:
        return []
    return [g for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i
            and ((lemma in _CONTROLLING and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
                 or _demanded_clause(c, lemma))
            for g in c.children if g.dep_ == "nsubj" and g.i < c.i and g.pos_ in {"NOUN", "PROPN", "PRON"}]


# Verbs of asking whose "that" clause names the one asked as its subject: "demanded that the party withdraw its
# support", "urged that the centre should act" (not a passive's subject: "urged that a judge be appointed").
_DEMANDING_THAT = {"demand", "urge", "ask", "request", "insist", "plead", "appeal"}


def _demanded_clause(clause: Any, lemma: str) -> bool:
    """A "that" clause of a verb of asking in the subjunctive or with "should": what the one asked is to do."""
    if lemma not in _DEMANDING_THAT or clause.dep_ != "ccomp" or clause.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ == "auxpass" for c in clause.children):
        return False
    return clause.tag_ == "VB" and (any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) or any(
        c.dep_ == "aux" and c.lower_ in {"should", "must"} for c in clause.children))


# Trade measures whose target is where the goods they hit come from: "imposed duties on $20 billion of goods
# from Vietnam" (the parser hangs "from Vietnam" on the verb).
_MEASURES = {"tariff", "tariffs", "duty", "duties", "levy", "levies", "quota", "quotas", "embargo", "ban"}
# Verbs of asking whose "from" phrase names the one asked: "demanded answers from the banks".
_ASKING_FROM = {"demand", "seek", "request", "want", "expect", "ask", "solicit"}
# Verbs of sending away whose "from" phrase names the state or body that sends away, when the passive
# names no agent: "the diplomats were expelled from Argentina", "expelled from the party".
_SENDING_AWAY = {"expel", "deport", "extradite", "banish"}


def _measure_origins(verb: Any) -> list[Any]:
    """Where the goods a trade measure hits come from, when the parser hangs the "from" phrase on the verb
    ("impose duties on $20 billion of goods from Vietnam")."""
    if not any(c.dep_ in _OBJECT and c.lemma_.lower() in _MEASURES for c in verb.children):
        return []
    if not _prep_objects(verb, {"on"}):
        return []
    return [g for g in _prep_objects(verb, {"from"}) if g.pos_ == "PROPN"]


_CONDITIONS = {"if", "unless"}


def _conditioned(verb: Any) -> list[Any]:
    """The subject of a condition set on a threat, in the verb's own "if"/"unless" clause or in that of the act
    it threatens: "vowed to close the border unless Ankara paid the fees", "will pull its monitors out unless
    the junta frees the prisoners" (a noun or a name, not "it" or "they")."""
    verbs = [verb] + [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.i > verb.i]
    return [g for v in verbs for c in v.children if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
            for g in c.children if g.dep_ in {"nsubj", "nsubjpass"} and g.pos_ in {"NOUN", "PROPN"}]


def _infinitive_targets(verb: Any) -> list[Any]:
    """The target of a threat told in an infinitive: "threatened to slap tariffs on imports from Brazil",
    "vowed to fight the US" (what the threatened act is done to)."""
    heads: list[Any] = []
    for child in verb.children:
        if child.dep_ in {"xcomp", "advcl"} and child.i > verb.i and child.pos_ == "VERB" \
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            heads += [h for h in _verb_recipients(child, False, False) if h.lemma_.lower() not in _CARGO or any(
                g.lemma_.lower() in _TRADED for g in _prep_objects(h, {"of"}))]  # "on $50 billion of imports from X"
    return heads


# An order whose content is an act of force names its target in the act's "of" phrase (the order is coded as
# the act, see verb_senses._order_of_force): "ordered the arrest of the mayor", "ordered the expulsion of".
_ORDERED_FORCE = {"arrest", "detention", "deportation", "expulsion", "execution", "killing", "assassination",
                  "extradition", "abduction", "eviction"}


# Verbs of taking whose "from" phrase names the one it is taken from (a party; a place there is where).
_TAKING_FROM = {"seize", "confiscate", "take", "snatch", "steal", "loot", "wrest", "capture", "grab", "recover",
                "strip", "extort"}
# Things given whose "for" phrase names who gets them: "a grant fund for Laos", "a loan for Kenya".
_GIVEN_FOR = RELIEF | MONEY | {"assistance", "help", "support", "programme", "program", "package", "training",
                               "scheme", "budget", "subsidy", "subsidies", "credit", "relief", "bailout", "rescue"}
# Words for a part of a thing, whose "of" phrase is the thing: "a share of the grant fund".
_PART_OF = {"part", "portion", "share", "half", "some", "most", "all", "much", "rest", "bulk", "tranche"}


# Verbs that stop, ban or break up a gathering: its doers are the ones acted against ("dispersed a march by
# students", "banned the rally organised by the opposition party").
_STOPPING = {"disperse", "ban", "prevent", "block", "stop", "break", "halt", "foil", "thwart", "disrupt", "forbid",
             "prohibit", "outlaw", "suppress", "crush", "quell", "raid", "storm", "attack", "cancel", "disallow"}
_PROTESTS = _MARCHES | {"protest", "demonstration", "strike", "sit-in", "dharna", "bandh", "meeting", "gathering",
                        "agitation", "vigil", "convention", "blockade", "picket", "hartal", "boycott"}
# Verbs of receiving a body sent by someone, named by its "from" phrase ("received a delegation from China").
_RECEIVING = {"receive", "welcome", "host", "admit", "accept", "meet", "expel", "detain", "arrest", "turn"}
_SENT = {"delegation", "mission", "team", "envoy", "envoys", "emissary", "emissaries", "observer", "observers",
         "inspector", "inspectors", "monitor", "monitors", "diplomat", "diplomats", "representative",
         "representatives", "official", "officials"}


_PROTEST_ROOT = "14"
_PROTESTING_WORDS = {"protest", "oppose", "denounce", "condemn", "press", "demand", "voice"}
_AGAINST_PREPS = {"against", "at", "over"}


def _protested(trigger: Any) -> list[Any]:
    """Whom a protest is against when its purpose says so: a purpose infinitive of protesting ("to protest
    against the decision") or an "in protest against" phrase on the act or on the verb that carries it; the
    owner or author of the act protested against counts ("Chile's pension reform", "the law passed by the
    assembly")."""
    carriers = [trigger] + ([trigger.head] if trigger.dep_ in {"dobj", "obj"} and trigger.head.pos_ == "VERB" else [])
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" and trigger.head.head.pos_ == "VERB":
        carriers.append(trigger.head.head)  # "went on strike in protest against ..."
    words: list[Any] = []
    for carrier in carriers:
        words += [c for c in carrier.children if c.dep_ in {"advcl", "xcomp"} and c.i > carrier.i
                  and c.lemma_.lower() in _PROTESTING_WORDS]
        words += [g for c in carrier.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                  if g.dep_ == "pobj" and g.lemma_.lower() == "protest"]
    heads: list[Any] = []
    for word in words:
        objects = [c for c in word.children if c.dep_ in {"dobj", "obj"}] + _prep_objects(word, _AGAINST_PREPS)
        for obj in objects:
            heads.append(obj)
            heads += _act_owners(obj, word)
            heads += [g for g in _prep_objects(obj, {"by"}) if g.pos_ in {"NOUN", "PROPN"}]
            heads += _participle_agents(obj)
    return heads


def _participle_agents(noun: Any) -> list[Any]:
    """The agents of past participles on a noun: "a protest staged by farmers", "the law passed by the assembly"."""
    return [a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in [_own_agent(c)] if a is not None]


def _gathering_doers(noun: Any) -> list[Any]:
    """Who holds a gathering: its possessor, its "by" or "of" phrase, the agent of a participle on it
    ("a protest staged by farmers"), a name compounded on it ("a union rally")."""
    if noun.lemma_.lower() not in _PROTESTS or noun.pos_ != "NOUN":
        return []
    doers = [c for c in noun.children if c.dep_ in {"poss", "compound"} and c.pos_ in {"NOUN", "PROPN"}]
    doers += [g for g in _prep_objects(noun, {"by", "of"}) if g.pos_ in {"NOUN", "PROPN"}]
    return doers + _participle_agents(noun)


def _sent_from(noun: Any) -> list[Any]:
    """Who sent a body received or sent away: "received a delegation from China", "a team of monitors from the
    African Union" (a party, not a place left: the resolver decides)."""
    if not {noun.lemma_.lower(), noun.lower_} & _SENT:
        return []
    bodies = [noun] + [g for g in _prep_objects(noun, {"of"}) if {g.lemma_.lower(), g.lower_} & _SENT]
    return [g for b in bodies for g in _prep_objects(b, {"from"}) if g.pos_ in {"NOUN", "PROPN"}]


def _beneficiaries(thing: Any) -> list[Any]:
    """Who gets a thing given, named by its "for" phrase ("halted a loan scheme for Kenya's farmers"), also
    through a part of it ("froze a share of its grant fund for Laos")."""
    if thing.lemma_.lower() in _PART_OF:
        return [g for of in _prep_objects(thing, {"of"}) for g in _beneficiaries(of)]
    if not {thing.lemma_.lower(), thing.lower_} & _GIVEN_FOR:
        return []
    return [g for g in _prep_objects(thing, {"for"}) if g.pos_ in {"NOUN", "PROPN"}]


def _verb_recipients(verb: Any, verbal: bool, movement: bool) -> list[Any]:
    """Objects and to/with/against/on-phrases; for a verb whose object is an event noun ("held
    talks with Kyiv"), the noun's own phrases; for a speech act, the subject of what it demands
    or accuses ("demanded that Nato stop…")."""
    heads = []
    for child in verb.children:
        if child.dep_ == "dative" and child.pos_ == "ADP" and child.lower_ in _RECIPIENT_PREPS:
            # "gave an assurance to the traders": the parser may call the preposition itself the dative;
            # the one given to is its object, read as any to-phrase
            heads.extend(g for g in child.children if g.dep_ == "pobj")
            heads.extend(o for g in child.children if g.dep_ == "pobj" for o in _act_owners(g, verb))
        elif child.dep_ in _OBJECT:
            if not (movement and child.lemma_.lower() in _CARGO and verb.lemma_.lower() not in _FACING) \
                    and verb.lemma_.lower() not in _LEAVING:  # what is withdrawn or recalled is the doer's own
                heads.append(child)
            heads.extend(_prep_objects(child, {"with", "against", "on", "between", "to"}))
            heads.extend(_act_owners(child, verb))
            heads.extend(_beneficiaries(child))
            if verb.lemma_.lower() in _STOPPING:
                heads.extend(_gathering_doers(child))
            if verb.lemma_.lower() in _RECEIVING:
                heads.extend(_sent_from(child))
            if verb.lemma_.lower() in ORDERING and child.lemma_.lower() in _ORDERED_FORCE:
                heads.extend(_prep_objects(child, {"of"}))  # "ordered the arrest of the mayor": the one arrested
        elif child.dep_ == "prep" and child.lower_ in _RECIPIENT_PREPS:
            heads.extend(g for g in child.children if g.dep_ == "pobj")
            heads.extend(_clause_subjects(child))
            heads.extend(o for g in child.children if g.dep_ == "pobj" for o in _act_owners(g, verb))
    heads.extend(_told(verb))
    heads.extend(_measure_origins(verb))
    if verbal and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        # "lashed out at the opposition", "hit out at the centre": words aimed at someone
        heads.extend(_prep_objects(verb, {"at"}))
        heads.extend(o for g in _prep_objects(verb, {"at"}) for o in _act_owners(g, verb))
    if verb.lemma_.lower() in _TAKING_FROM:
        # "seized weapons from the militants", "captured the town from the rebels": whom it was taken from
        heads.extend(g for g in _prep_objects(verb, {"from"}) if g.pos_ in {"NOUN", "PROPN"})
        heads.extend(g for c in verb.children if c.dep_ in {"dobj", "obj"} for g in _prep_objects(c, {"from"})
                     if g.pos_ in {"NOUN", "PROPN"})
    if verb.lemma_.lower() in _ASKING_FROM:
        heads.extend(_prep_objects(verb, {"from"}))
        heads.extend(g for c in verb.children if c.dep_ in {"dobj", "obj"} for g in _prep_objects(c, {"from"}))
    if not heads:
        heads.extend(_shared_object(verb))
    if verbal and not heads:
        # (what a demand wants done is not the one asked: "urged that a special court be set up")
        asking = verb.lemma_.lower() in _ASKING_FROM | _SEEKING | _CONTROLLING
        for child in verb.children:
            if child.dep_ == "ccomp":
                heads.extend(g for g in child.children if g.dep_ in ({"nsubj"} if asking else {"nsubj", "nsubjpass"}))
    return heads


_COORDINATORS = {"and", "or"}


def _shared_object(verb: Any) -> list[Any]:
    """The object two coordinated verbs share, written once after the second ("criticising and
    condemning the group", "denounced and condemned the raid"): only for two verbs of the same form
    side by side, the first with no object, phrase or clause of its own, the second with no subject
    of its own."""
    if any(c.dep_ in _OBJECT | {"prep", "ccomp", "xcomp", "prt", "agent"} for c in verb.children):
        return []
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ not in _COORDINATORS:
        return []
    second = doc[verb.i + 2]
    if second.dep_ != "conj" or second.head.i != verb.i or second.tag_ != verb.tag_ or second.pos_ != "VERB":
        return []
    if any(c.dep_ in _SUBJECT | _PASSIVE_SUBJECT for c in second.children):
        return []
    return [c for c in second.children if c.dep_ in {"dobj", "obj"}]


_LOCATIVE_PREPS = {"in", "at", "near", "across", "inside", "outside", "along", "around", "off", "on", "over",
                   "throughout", "within", "into", "to", "toward", "towards", "from", "onto", "through",
                   "between", "beyond", "north", "south", "east", "west", "via", "by", "under"}


def _place_role(place_root: Any, trigger: Any, movement: bool) -> str | None:
    """Destination, origin or where it happened, from the preposition governing the place;
    ``None`` when the place is not a location of the event ("accused the US", "Russia's demands")."""
    token = place_root
    if token.dep_ in {"dobj", "obj"} and token.head.i == trigger.i:
        return "event"  # "visited Ukraine", "entered the town", "shelled Kharkiv": done there, or to it
    for _ in range(4):
        if token.dep_ == "pobj" and token.head.dep_ in {"prep", "agent"}:
            prep = token.head.lower_
            if prep not in _LOCATIVE_PREPS:
                return None
            if prep in _DESTINATION_PREPS and movement:
                return "destination"
            if prep in _ORIGIN_PREPS:
                return "origin"
            return "event"
        if token.dep_ not in {"compound", "amod", "nmod", "conj", "appos"}:
            return None  # a possessor, a subject or an object of a non-motion verb
        if token.i == trigger.i or token.head.i == token.i:
            break
        token = token.head
    return None


# Heads that name part of a group, whose members are the party: "a clique of judges", "members of the
# junta" (counts are left alone: "hundreds of diplomats" names no side); and goods whose origin is the
# party hit by a trade measure ("tariffs on imports from China").
_SOME_OF = {"clique", "group", "band", "gang", "faction", "cell", "delegation", "member", "members", "wing"}
# Heads that stand for the body or country their "of" phrase names: a polity described ("the African nation of
# Zambia", "the tiny country of Tonga") or one who leads or speaks for it ("the leader of Hamas", "the leaders of
# Samoa and Tonga", "the head of the Kenyan army"). The party is the one named after "of".
_STANDING_FOR = {"nation", "country", "kingdom", "republic", "emirate", "island", "islands", "archipelago",
                 "leader", "head", "chief", "ruler", "commander", "chairman", "chairwoman", "chairperson", "boss"}
_NO_LONGER = {"former", "ex", "ex-", "erstwhile", "onetime"}  # "the former head of the council" speaks for no one
_TRADED = {"import", "imports", "good", "goods", "product", "products", "export", "exports", "steel", "aluminium",
           "aluminum", "shipment", "shipments", "car", "cars", "vehicle", "vehicles", "item", "items", "commodity",
           "commodities", "produce", "oil", "gas", "grain"}


# Written words whose author is named after "from", "by" or "of": "a statement from the ministry demanded".
_WORDS = {"statement", "letter", "message", "communique", "communiqué", "declaration", "resolution", "memo",
          "memorandum", "note", "editorial", "petition"}
# Words put out that say what their author does: "a statement accusing", "a communique demanding".
_SAYING = _WORDS | {"report", "speech", "video", "post", "tweet", "notice", "order", "ruling", "verdict", "motion",
                    "appeal", "decree"}
_PUTTING_OUT = {"issue", "release", "publish", "send", "pass", "adopt", "post", "deliver", "make", "give", "put"}


def _participant_tokens(head: Any) -> set[int]:
    """The participant phrase's tokens; without the owner when the head is a relative or a
    belonging ("Jaime King's son", "the minister's car")."""
    found = _subtree(head, _PHRASE_STOP)
    lemma = head.lemma_.lower()
    for child in head.children:
        if child.dep_ == "prep" and ((child.lower_ == "of" and lemma in _SOME_OF) or (
                child.lower_ == "from" and lemma in _TRADED) or (
                child.lower_ == "of" and (head.pos_ == "NUM" or head.ent_type_ == "MONEY")) or (
                child.lower_ in {"from", "by", "of"} and lemma in _WORDS) or (
                child.lower_ == "of" and _partitive(head)) or (
                child.lower_ == "of" and lemma in _STANDING_FOR and head.pos_ == "NOUN" and head.dep_ != "compound"
                and not any(m.lower_ in _NO_LONGER for m in head.children))):
            # "accused a clique of judges", "tariffs on $50 billion of imports from China" (an amount only
            # of goods: "$20 billion of goods from Vietnam")
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and (lemma in _SOME_OF | _TRADED | _WORDS | _STANDING_FOR or _partitive(head)
                                                  or grandchild.lemma_.lower() in _TRADED):
                    found |= _participant_tokens(grandchild)
    if lemma in _OWNED or head.lower_ in _OWNED:
        for child in head.children:
            if child.dep_ == "poss":
                found -= _subtree(child, _PHRASE_STOP)
    if lemma == "rule":
        # "imposed president's rule", "governor's rule was extended": a form of government (India's central rule
        # over a state), not a thing done to a president or a governor (but "the president's rule": his regime)
        found -= {i for c in head.children if c.dep_ == "poss" and c.lower_ in _RULING_OFFICES
                  and not any(d.dep_ in {"det", "poss", "amod", "compound"} for d in c.children)
                  for i in _subtree(c, _PHRASE_STOP)}
    return found


_RULING_OFFICES = {"president", "governor"}


# Words that pick some of a group named in their "of" phrase: "some of the rioters", "one of the accused", "two of
# the policemen", "most of them".
_PICKING = {"some", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few", "several",
            "many", "most", "all", "both", "each", "rest", "others", "dozens", "hundreds", "thousands", "scores"}


_DEFINITE = {"the", "these", "those", "his", "her", "their", "its", "our", "my", "your", "this", "that"}


def _partitive(head: Any) -> bool:
    """A count or quantifier standing for part of a known group ("some of the rioters were arrested", "11 of
    the accused", "two of them"): the group is the party. A partitive picks from a group the "of" phrase
    makes definite; a bare plural is a count of a kind ("thousands of police personnel", "scores of
    karsevaks"), left to the count's own rules."""
    if head.pos_ not in {"NUM", "DET", "PRON", "ADJ", "NOUN"} or head.dep_ == "compound" or not (
            head.lower_ in _PICKING or (head.pos_ == "NUM" and head.like_num)):
        return False
    return any(g.pos_ == "PRON" or any(c.dep_ in {"det", "poss"} and c.lower_ in _DEFINITE for c in g.children)
               for g in _prep_objects(head, {"of"}))


def _picked_from(head: Any) -> Any | None:
    """The noun for people a partitive picks from ("some of the protesters", "one of the accused"), or ``None``."""
    if not _partitive(head):
        return None
    members = [g for g in _prep_objects(head, {"of"}) if g.lower_ in _PERSON_NOUNS or g.lemma_.lower() in _PERSON_NOUNS]
    return members[0] if members else None


# Property whose owners a violent act harms: "torched shops of the minority community", "attacked houses
# belonging to dalits", "a hotel owned by a party leader was set on fire".
_PROPERTY = {"shop", "house", "home", "hutment", "hut", "cabin", "shrine", "mosque", "temple", "dargah", "church",
             "gurdwara", "property", "vehicle", "car", "truck", "office", "establishment", "business", "factory",
             "hotel", "restaurant", "godown", "stall", "kiosk", "showroom", "residence", "bungalow", "economy",
             "livelihood", "farm", "crop", "crops", "belongings", "colony", "settlement"}
# Places a side holds or keeps, whose modifier or "for" phrase names the side: "Kampuchean guerrilla camps", "a
# rebel stronghold", "the Danish websites", "a camp for Congolese refugees", "the US embassy".
_HELD = {"camp", "base", "stronghold", "hideout", "outpost", "position", "positions", "headquarters", "convoy",
         "embassy", "consulate", "website", "site", "sites", "bunker", "garrison", "barracks", "enclave"}


def _owners(head: Any) -> list[Any]:
    """Who owns property named as the target: its "of" phrase ("shops of a minority group") or possessive
    ("the councillor's house"), the one it belongs to ("houses belonging to the minority community"), the one owning or running it ("a hotel owned
    by a minister"). Only for a common noun ("the House of Representatives" owns nothing)."""
    if head.pos_ == "NOUN" and head.lemma_.lower() in _PART_OF:
        return [o for g in _prep_objects(head, {"of"}) for o in _owners(g)]  # "part of a rebel stronghold"
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _PROPERTY | _HELD:
        return []
    found = _prep_objects(head, {"of"})
    if head.lemma_.lower() in _HELD:
        found += [c for c in head.children if c.dep_ in {"amod", "compound"} and (
            c.pos_ == "PROPN" or c.ent_type_ in {"NORP", "GPE"} or _party_word(c))]
        found += [g for g in _prep_objects(head, {"for"}) if g.pos_ in {"NOUN", "PROPN"}]
    for child in head.children:
        if child.dep_ == "poss" and child.pos_ in {"NOUN", "PROPN"}:
            found.append(child)  # "attacked the councillor's house" (not a pronoun's: "his car" names no one here)
        elif child.dep_ == "acl" and child.lemma_.lower() == "belong":
            found += _prep_objects(child, {"to"})
        elif child.dep_ == "acl" and child.lemma_.lower() in {"own", "run"} and child.tag_ == "VBN":
            found += [g for a in child.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    return found


# CAMEO roots of violence, whose author is often named only as the one claiming or blamed for it.
_VIOLENT_ROOTS = {"18", "19", "20"}
_CLAIMED = {"responsibility", "credit", "attack", "attacks", "bombing", "bombings", "killing", "killings",
            "assault", "ambush", "blast", "explosion", "strike", "strikes", "raid", "kidnapping", "abduction"}


def _members(head: Any) -> set[int]:
    """The members a doer's group phrase names ("critics, including the EU, accuse": the EU accuses);
    only on the doer's side: "talks with partners, including Japan" do not make Japan a party."""
    found: set[int] = set()
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in _MEMBERS:
            found |= _subtree(child, _PHRASE_STOP - {"prep"})
    return found


# Counts whose "of" phrase names who they are: "hundreds of journalists", "a number of traders".
_COUNT_NOUNS = {"dozens", "hundreds", "thousands", "scores", "lakhs", "tens", "millions", "crores", "number", "lot",
                "section", "batch", "bunch", "crowd", "mob", "host"}


def _counted(head: Any) -> set[int]:
    """On the doer's side, the members a bare count names in its "of" phrase ("hundreds of journalists
    protested", "dozens of villagers blocked the road"): they act. (On the recipients' side a count of a
    kind is left to the count's own rules: "hundreds of diplomats were expelled" names no side.)"""
    if head.lower_ not in _COUNT_NOUNS and head.lemma_.lower() not in _COUNT_NOUNS:
        return set()
    if head.pos_ not in {"NOUN", "NUM"} or head.dep_ in {"compound", "poss"}:
        return set()
    return {i for g in _prep_objects(head, {"of"}) if g.pos_ in {"NOUN", "PROPN"} for i in _participant_tokens(g)}


def _claimants(trigger: Any) -> list[Any]:
    """Who claimed ("the Taliban claimed responsibility for the bombing, which killed six soldiers") or
    was blamed for ("officials blamed the rebels for the attack") the act ``trigger`` names, when the act
    itself has no author: the claim's subject, the blamed party. Only when the act sits inside the
    claim, so a denial or a claim about another attack in the sentence gives no one."""
    found = []
    for verb in trigger.sent:
        lemma = verb.lemma_.lower()
        if lemma not in {"claim", "accept", "admit", "blame"} or verb.pos_ not in {"VERB", "AUX"}:
            continue
        if not (verb.left_edge.i <= trigger.i <= verb.right_edge.i) or trigger.i == verb.i:
            continue
        objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
        if lemma == "blame":
            # "blamed the rebels for the attack", "blamed the attack on the rebels", "the attack was
            # blamed on the rebels", "the rebels were blamed for the attack"
            blamed = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}
                      and not (c.left_edge.i <= trigger.i <= c.right_edge.i)]
            found += blamed or [g for g in _prep_objects(verb, {"on"}) if g.ent_type_ not in {"DATE", "TIME"}]
        elif any(c.lemma_.lower() in _CLAIMED for c in objects):
            subject, passive = _subject_of(verb)
            if subject is not None and not passive:
                found.append(subject)
    return found


# Violent event nouns the lexicon does not code by themselves, and the lexicon's own (attack, clash,
# airstrike, ...), read with their compounds ("drone strike").
_FIGHTS = {"shooting", "gunfire", "shootout", "firefight", "skirmish", "battle", "crossfire", "firing"}


_WHILE = {"as", "when", "while", "after"}
_AFTERMATH = {"result", "wake", "aftermath", "course", "consequence"}


def _fight(noun: Any) -> bool:
    if noun.pos_ not in {"NOUN", "PROPN"} and noun.tag_ != "VBG":
        return False  # (a gerund the parser reads as a verb: "army shelling of the town")
    modifiers = [c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod"}]
    for word in {noun.lemma_.lower(), noun.lower_}:  # (a gerund's lemma is its verb: "shelling" -> "shell")
        match = match_noun(word, modifiers)
        if word in _FIGHTS or (match is not None and match.code[:2] in _VIOLENT_ROOTS):
            return True
    return False


def _fighters(noun: Any, opponent: bool) -> list[Any]:
    """Who a violent event noun says fought: its owner and modifiers ("a Russian airstrike", "an Islamic
    State attack"), its by-phrase, both sides "between" or "among"; and, when the event was suffered
    by the clause's subject ("injured in clashes with police"), the side it was fought "with" or
    "by"."""
    heads = [c for c in noun.children if c.dep_ in {"poss", "compound", "amod", "nmod"}
             or (c.dep_ == "nsubj" and noun.tag_ == "VBG")]
    preps = {"by", "between", "among"} | ({"with"} if opponent else set())
    return heads + _prep_objects(noun, preps)


_VICTIMS = {"he", "she", "they", "we", "i", "him", "her", "them"}  # pronouns for the people something befell


def _fight_authors(verb: Any, subject: Any | None, passive: bool) -> list[Any]:
    """The authors of a killing or wounding the clause leaves without a doer, named by the fight it
    happened in: "an airstrike by the coalition killed 12", "fighting between X and Y killed 12"
    (the subject is the fight), "five soldiers were killed in an Islamic State attack", "students were
    injured in clashes with police" (the fight is where the subject suffered it)."""
    if subject is not None and not passive:
        return _fighters(subject, opponent=False) if _fight(subject) else []
    found = []
    for noun in _prep_objects(verb, {"in", "during", "as"}):
        if noun.lemma_.lower() in _AFTERMATH | _PARTITIVES:
            # "in the wake of Turkish airstrikes", "in 500 rounds of firing by the police" (a gerund after "of")
            noun = next(iter(_prep_objects(noun, {"of"}) + [g for c in noun.children if c.dep_ == "prep"
                                                            and c.lower_ == "of" for g in c.children
                                                            if g.dep_ == "pcomp" and g.tag_ == "VBG"]), noun)
        if _fight(noun):
            found += _fighters(noun, opponent=True)
        elif any(c.dep_ == "acl" and c.tag_ == "VBG" and c.lower_ in _FIGHTS for c in noun.children) or (
                _next_is_firing(noun) and {noun.lemma_.lower(), noun.lower_} & (_POLICE | FORCES)):
            # "killed in police firing" parsed as police that were firing (or with "firing" hung elsewhere:
            # "the people killed in the police firing belong to …")
            found.append(noun)
    for clause in verb.children:
        # "two civilians were killed when rebels shelled the town", "as fighters from rival families battled"
        if clause.dep_ != "advcl" or not any(c.dep_ in {"mark", "advmod"} and c.lower_ in _WHILE for c in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        agent = _agent_of(clause) if any(c.dep_ in _PASSIVE_SUBJECT | {"auxpass"} for c in clause.children) else None
        if agent is not None and subject is not None and (subject.pos_ in {"NUM", "PROPN"} or subject.lower_ in _VICTIMS
                                                          or subject.lemma_.lower() in _PERSON_NOUNS):
            # "ten were killed when the village was set on fire by a mob", "two men were stabbed as their bus was
            # stopped by armed men": the passive clause's agent, a noun for people, a group or forces ("a group of
            # rioters": the rioters), did what befell the people the main clause names
            member = next(iter(_prep_objects(agent, {"of"})), None) if agent.lower_ in _SOME_OF | _COUNTS else None
            agent = member if member is not None else agent
            if {agent.lemma_.lower(), agent.lower_} & (_PERSON_NOUNS | _POLICE | FORCES) and not _fight(agent):
                found.append(agent)
            continue
        if (default_code(clause.lemma_.lower()) or "")[:2] in _VIOLENT_ROOTS:
            found += subjects
        elif any(c.dep_ in {"dobj", "obj"} for act in [clause, *_complements(clause)] for c in act.children) \
                or _resorted_to_fight(clause):
            # "injured when a mob set their houses on fire", "when the police burst teargas shells", "when the
            # police had to burst teargas shells", "when the police resorted to firing": people acting on
            # something, not "when the bus hit a tree"
            found += [c for c in subjects if c.lemma_.lower() in _PERSON_NOUNS | _POLICE | FORCES]
    return found


def _next_is_firing(noun: Any) -> bool:
    """Whether the word after a noun is a fight read as a verb ("the police firing", parsed apart)."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return after is not None and after.lower_ in _FIGHTS and after.tag_ == "VBG" and after.head.i != noun.i


def _complements(verb: Any) -> list[Any]:
    """The infinitives a verb's subject goes on to do ("had to burst", "tried to set"), not another's."""
    if any(c.dep_ in {"dobj", "obj"} for c in verb.children):
        return []
    return [c for c in verb.children
            if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _resorted_to_fight(verb: Any) -> Any | None:
    """The fight a verb of owning names after "to" ("the police resorted to firing"), or ``None``."""
    if verb.lemma_.lower() not in _OWNING_TO:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for noun in prep.children:
                if noun.dep_ in {"pobj", "pcomp"} and (noun.lower_ in _FIGHTS or _fight(noun)):
                    return noun
    return None


# Fights with two sides, and what befalls a side in one.
_MUTUAL = {"clash", "fighting", "skirmish", "battle", "firefight", "shootout", "gunfight", "confrontation",
           "scuffle", "brawl"}
_BEFALLING = {"kill", "die", "injure", "wound", "hurt", "arrest", "detain", "capture", "trap"}


# Those whose being hurt in a fight makes them one of its sides even when it names no other side: the armed
# and the fighting ("three policemen were injured in the clashes", "two rioters died in the clashes").
_COMBATANTS = FORCES | {"police", "policeman", "policemen", "cop", "cops", "constable", "constables", "jawan",
                        "jawans", "commando", "commandos", "militant", "militants", "rebel", "rebels", "insurgent",
                        "insurgents", "gunman", "gunmen", "fighter", "fighters", "rioter", "rioters", "protester",
                        "protesters", "demonstrator", "demonstrators", "soldier", "soldiers", "guard", "guards"}


def _fought_in(noun: Any) -> Any | None:
    """The side a two-sided fight names by what befell it there: "three students were injured in
    clashes with police", "two soldiers died in fighting with rebels" (the students, the soldiers).
    A fight that names no other side makes only fighters a side: "613 people were injured in the
    clashes" may have been caught in them (no side named), "three policemen were injured in the clashes"
    were in them."""
    if noun.lemma_.lower() not in _MUTUAL or noun.dep_ != "pobj" or noun.head.lower_ not in {"in", "during"}:
        return None
    verb = noun.head.head
    if verb.lemma_.lower() not in _BEFALLING or verb.pos_ != "VERB":
        return None
    subject, passive = _subject_of(verb)
    died = verb.lemma_.lower() == "die"
    if subject is None or subject.head.i != verb.i or not (passive or died):
        return None
    if not _prep_objects(noun, {"with", "against"}):
        words = {subject.lower_, subject.lemma_.lower()} | {
            w for g in _prep_objects(subject, {"of"}) for w in (g.lower_, g.lemma_.lower())}
        if not words & _COMBATANTS:
            return None
    return subject


# Verbs that ask for a deployment someone else makes.
_SEEKING = {"seek", "demand", "request", "want", "urge", "plead", "press", "oppose", "favour", "favor"}
# CAMEO's show of force (15x: alert, mobilise, deploy), whose forces are the actor's own; likewise a
# military easing (087x: "the army has been withdrawn from the city": the army withdraws, it is no target).
_SHOW_OF_FORCE = "15"
_MILITARY_EASING = "087"
_POLICE = {"police", "policeman", "policemen", "cop", "cops", "constable", "constables", "personnel", "paramilitary",
           "paramilitaries", "guard", "guards", "jawan", "jawans", "commando", "commandos", "platoon", "platoons",
           "column", "columns", "company", "companies", "squad", "squads"}
_ARMED_SECTORS = {"COP", "MIL"}
# Verbs with no object, whose participle before a noun describes its doer: "by rioting mobs".
_UNDIRECTED = {"riot", "rampage", "maraud"}
# Verbs of firing whose "at" phrase is the target: "police fired at the crowd".
_SHOOTING = {"fire", "shoot", "hurl", "throw", "pelt", "lob", "aim"}


def _force(head: Any, actors: Sequence[tuple[Actor, Any]]) -> bool:
    """Whether a phrase head is armed forces or police ("the army", "1,200 policemen", "additional forces")."""
    if head.lemma_.lower() in FORCES | _POLICE or head.lower_ in FORCES | _POLICE:
        return True
    tokens = _participant_tokens(head)
    return any(a.sector in _ARMED_SECTORS for a, root in actors if root.i in tokens)


# Words for a unit of a force, which name the force in their "of" phrase even when not counted: "a column of
# the army", "one company of the reserve police".
_FORCE_UNITS = {"column", "company", "contingent", "platoon", "battalion", "posse", "detachment", "squad", "batch"}


def _unit_of(head: Any, actors: Sequence[tuple[Actor, Any]]) -> Any | None:
    """The forces a counted unit is "of": "eight battalions of the state reserve police", "nine columns of the
    army", "one column of the army" (whatever the unit's spelling); ``None`` for anything else ("the deployment
    of the army") and for a unit the dictionaries name together with its force ("two companies of the border
    force")."""
    counted = head.tag_ == "NNS" and any(c.dep_ == "nummod" for c in head.children)
    if not (counted or head.lemma_.lower() in _FORCE_UNITS) \
            or any(root.i == head.i and actor.end > head.idx + len(head) for actor, root in actors):
        return None
    return next((g for g in _prep_objects(head, {"of"}) if _force(g, actors)), None)


def _deployed(head: Any, actors: Sequence[tuple[Actor, Any]], objects: set[str]) -> list[Any]:
    """The forces a deployed phrase head names: the force a counted unit is "of", with the unit's own conjuncts
    ("3,000 personnel of the action force, the task force and state police"), the force a pronoun stands for,
    or the head itself. A unit deployed as an object stays ("by deploying 95 companies of the army" names no
    deployer)."""
    unit = _unit_of(head, actors) if head.dep_ not in objects else None
    if unit is not None:
        return [unit, *(c for c in _conjuncts(head) if _force(c, actors))]
    return [_force_before(head, actors) or head]


def _force_before(pronoun: Any, actors: Sequence[tuple[Actor, Any]]) -> Any | None:
    """The force a deployed "it" or "they" stands for: the last force named before it in the sentence ("as for
    the rapid action force, which was created to quell riots, it was deployed soon after")."""
    if pronoun.lower_ not in {"it", "they"} or pronoun.dep_ not in _PASSIVE_SUBJECT:
        return None
    named = [t for t in pronoun.sent if t.i < pronoun.i and t.pos_ in {"NOUN", "PROPN"} and t.dep_ not in {
        "compound", "amod", "appos"} and _force(t, actors)]
    return named[-1] if named else None


# Shows of force whose object is the other side, not the doer's own forces: "intercepted the bombers".
_FACING = {"intercept", "shadow", "track", "chase", "confront", "buzz", "harass", "escort", "tail", "pursue",
           "repel", "monitor"}


def _foreign_force(head: Any, actor_heads: Sequence[Any], actors: Sequence[tuple[Actor, Any]]) -> bool:
    """A force object that names a country the doer's phrase does not: "jets intercepted two Russian
    bombers". After a verb that faces its object (not one that sends, deploys or alerts it: that is
    the doer's own) such forces are the other side, the target of the show of force."""
    if head.dep_ not in {"dobj", "obj"}:
        return False
    own = {a.code for a, root in actors for h in actor_heads if root.i in _participant_tokens(h) and a.code}
    named = {a.code for a, root in actors if root.i in _participant_tokens(head) and a.code}
    return bool(named) and not named & own


def _gerund_noun(token: Any) -> bool:
    """A gerund the parser calls a verb but used as a noun, with no subject or object of its own: "killed
    in police firing", "after the firing"."""
    return token.tag_ == "VBG" and token.dep_ == "pobj" and not any(
        c.dep_ in _SUBJECT | _PASSIVE_SUBJECT | _OBJECT | {"aux", "auxpass"} for c in token.children)


_COUNTRY_NOUNS = {"country", "nation"}


def _the_country(doc: Any, sentence: Sentence, head: Any, actors: Sequence[Actor]) -> Actor | None:
    """"The country" a sentence has just named: "troops stay out of Chile, but Peru is sending the
    country tents". A definite "the country" (or "the nation") with nothing of its own to name it
    is the nearest country named before it in the sentence that is not the actor's own; with none,
    or with a possessive or a modifier naming another ("the whole country", "our country", "a
    country"), nothing is guessed."""
    if head.lemma_.lower() not in _COUNTRY_NOUNS or head.tag_ != "NN":
        return None
    if [c.lower_ for c in head.children if c.dep_ not in {"punct"}] != ["the"]:
        return None
    own = {a.code for a in actors if a.code}
    named = [(place, root) for place, root in _roots(doc, sentence.places) if place.feature == "country"
             and place.country_code and place.country_code not in own and root.i < head.i]
    if not named:
        return None
    place, _ = max(named, key=lambda pair: pair[1].i)
    phrase = doc[head.i - 1: head.i + 1]
    return Actor(text=phrase.text, start=phrase.start_char, end=phrase.end_char, name=place.name,
                 code=place.country_code, kind="country")


_THREAT = "13"


def _between_seconds(noun: Any) -> tuple[list[Any], set[int]]:
    """The sides after the first of an event noun's "between" or "among" phrase ("talks between Kenya and
    Uganda", "a meeting between the minister and his counterpart, Ali Demir"): the ones met, agreed with
    or talked to, and their tokens. Not for fights, whose sides all fight. The parser reads "between Putin
    and Chechnya's leader" as one leader of both: the leader is the second side, Putin the first."""
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        noun = noun.head
    heads: list[Any] = []
    tokens: set[int] = set()
    for side in _prep_objects(noun, {"between", "among"}):
        joined = _conjuncts(side)
        owners = [c for c in side.children if c.dep_ == "poss" and any(g.dep_ == "conj" for g in c.children)]
        if not joined and owners:
            heads.append(side)
            tokens |= _subtree(side, _PHRASE_STOP) - _subtree(owners[0], {"conj", "cc"})
        for head in joined:
            heads.append(head)
            tokens |= _subtree(head, _PHRASE_STOP)
    return heads, tokens


# Verbs of staying away from a gathering in protest, and the gatherings one stays away from.
_BOYCOTTING = {"boycott", "skip", "shun"}
_GATHERINGS = {"meeting", "meet", "session", "conference", "summit", "talks", "dialogue", "function", "ceremony",
               "dinner", "lunch", "banquet", "reception", "rally", "convention", "consultation", "consultations"}
_CONVENING = {"call", "convene", "organise", "organize", "host", "hold", "arrange", "summon"}


def _conveners(verb: Any) -> list[Any]:
    """Who called the gathering a boycott verb stays away from: its owner ("the chief minister's meeting") or the
    agent of the participle that describes it ("the meeting called by the governor")."""
    found = []
    for gathering in (c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in _GATHERINGS):
        found += [c for c in gathering.children if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}]
        for participle in gathering.children:
            if participle.dep_ == "acl" and participle.tag_ == "VBN" and participle.lemma_.lower() in _CONVENING:
                found += [g for a in participle.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    return found


# Words by which a phrase names who goes with a party: "along with", "together with", "alongside".
_COMPANY = {"along", "together"}


def _companions(token: Any) -> list[Any]:
    """Who goes with a party or takes part in an act with its doers or sufferers: the object of "along with",
    "together with" or "alongside" hung on it ("the mp, along with 200 supporters, was detained")."""
    found = _prep_objects(token, {"alongside"})
    # (also hung on a comma after the party: "the mp, along with ram lal, was detained")
    for child in list(token.children) + [g for c in token.children if c.dep_ == "punct" for g in c.children]:
        if child.dep_ in {"prep", "advmod", "prt"} and child.lower_ in _COMPANY:
            found += _prep_objects(child, {"with"})
        elif child.dep_ == "prep" and child.lower_ == "with" and child.i > 0 and child.doc[child.i - 1].lower_ in _COMPANY \
                and child.doc[child.i - 1].head.i in {token.i, child.i}:
            # "killed along with a porter" read as two siblings, or with "together" hung on "with"
            found += [g for g in child.children if g.dep_ == "pobj"]
    return [g for g in found if g.pos_ in {"NOUN", "PROPN", "NUM"}]


# Verbs of going to see someone, after which a request is made of the one seen.
_CALLING_ON = {"meet", "approach", "visit", "petition", "call"}
_ASKING_OF = _ASKING_FROM | _SEEKING | {"appeal", "urge", "request", "submit"}


def _met_before(verb: Any) -> list[Any]:
    """The one a request is made of when it follows a meeting with them: "the councillors met the governor and demanded
    the release of the students", "a delegation called on the governor, urging him to act" (the one met, whom the
    request itself leaves unnamed)."""
    if verb.lemma_.lower() not in _ASKING_OF or verb.head.i == verb.i or verb.head.pos_ != "VERB" \
            or verb.head.lemma_.lower() not in _CALLING_ON:
        return []
    if not (verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")):
        return []
    if any(c.dep_ in _SUBJECT for c in verb.children):
        return []  # a request with a subject of its own is another clause's
    seen = verb.head
    met = [c for c in seen.children if c.dep_ in {"dobj", "obj"} and c.pos_ in {"NOUN", "PROPN"}]
    if seen.lemma_.lower() == "call":
        met = _prep_objects(seen, {"on"})
    elif not met:
        met = _prep_objects(seen, {"with"})
    return [m for m in met if m.i < verb.i]


def fill_slots(doc: Any, sentence: Sentence, trigger: Trigger, movement: bool, verbal: bool = False) -> Slots:
    """The actors, recipients, places, quantities and times that belong to ``trigger``."""
    actors = _roots(doc, sentence.actors, split=True)
    slots = Slots(verbal=verbal)
    second_side: set[int] = set()
    token = trigger.token
    if trigger.is_verb:
        subject, passive = _subject_of(token)
        shooter = _volley_doer(token, subject)
        if shooter is not None:
            subject, passive = shooter, False
        if subject is None and token.dep_ in {"amod", "compound"} and token.head.pos_ in {"NOUN", "PROPN"} \
                and token.tag_ in {"VBG", "VBN"}:
            # "rioting mobs" riot; "the arrested men" were arrested
            subject, passive = token.head, token.tag_ == "VBN"
        rampaging = token.doc[token.i - 2] if token.i >= 2 and token.pos_ == "VERB" and token.tag_ != "VBG" else None
        if rampaging is not None and rampaging.lemma_.lower() in _UNDIRECTED and rampaging.tag_ == "VBG" \
                and token.doc[token.i - 1].dep_ in {"dobj", "obj"} and token.doc[token.i - 1].head.i == rampaging.i \
                and token.doc[token.i - 1].lemma_.lower() in _PERSON_NOUNS:
            # "as rampaging mobs torched shops" read with the mobs an object of "rampaging": they torched
            subject, passive = token.doc[token.i - 1], False
        crowd = [c for c in token.children if c.dep_ in {"dobj", "obj"}] if token.lemma_.lower() in _UNDIRECTED \
            and token.tag_ == "VBG" and token.dep_ == "pcomp" else []
        if crowd and crowd[0].lemma_.lower() in _PERSON_NOUNS:
            subject, passive = crowd[0], False  # "set afire by rioting mobs": a misread adjective, not an object
        agent = _agent_of(token)
        actor_heads = [agent] if agent is not None else ([subject] if subject is not None and not passive else [])
        # what is withdrawn or handed over ("withdrew its troops") is cargo too, not the recipient; an act or
        # word of someone's as the passive subject is aimed at its owner, as the object of the active is ("the
        # entry of politicians has been banned", "the opposition's demand was rejected")
        recipient_heads = [h for h in _verb_recipients(token, verbal, movement or trigger.code[:2] == "08")
                           if (subject is None or h.i != subject.i) and (agent is None or h.i != agent.i)
                           and not _means(h, token, trigger.code)] \
            + ([subject] if subject is not None and passive else []) \
            + (_act_owners(subject, token) if subject is not None and passive else [])
        if (trigger.code[:2] == _THREAT or token.lemma_.lower() == "vow") and all(
                h.ent_type_ in {"DATE", "TIME"} for h in recipient_heads):
            # "threatened on Monday to slap tariffs on imports from Brazil": the threatened act's target
            recipient_heads = [h for h in _infinitive_targets(token) if subject is None or h.i != subject.i]
        if trigger.code[:2] == _THREAT and not any(_party_noun(h) for h in recipient_heads):
            # "warned it would cut gas supplies if Moldova joined the bloc": whom the condition is set on
            recipient_heads = recipient_heads + [h for h in _conditioned(token) if subject is None or h.i != subject.i]
        if token.lemma_.lower() in _SENDING_AWAY and passive and agent is None and subject is not None \
                and any(root.i in _participant_tokens(subject) for _, root in actors):
            # "the Russian diplomats were expelled from Argentina": the state (or body) that expels, when
            # the ones expelled are a known party ("hundreds of diplomats expelled from ..." names no side)
            actor_heads = actor_heads + [g for g in _prep_objects(token, {"from"}) if g.pos_ in {"NOUN", "PROPN"}]
        if verbal and not any(_party_noun(h) for h in recipient_heads) and (met := _met_before(token)):
            recipient_heads = recipient_heads + met  # "met the governor and demanded the army": asked of the governor
        if token.lemma_.lower() in _BOYCOTTING:
            # "boycotted the meeting called by the chief minister", "skipped the minister's meeting": the one whose
            # gathering is shunned is the one the boycott is aimed at
            # (a name the parser split keeps its mention: "called by chief minister narendra modi" with "modi" a verb)
            conveners = [next((r for a, r in actors if a.start <= h.idx < a.end), h) for h in _conveners(token)]
            recipient_heads += [h for h in conveners if all(h.i != r.i for r in recipient_heads)]
        if token.lemma_.lower() in _SHOOTING:
            # "fired at the crowd", "at the youths" (not "at Hasnabad police fired", "firing at Hasnabad")
            recipient_heads += [g for g in _prep_objects(token, {"at"}) if g.i > token.i and (
                g.lemma_.lower() in _PERSON_NOUNS or any(a.sector for a, root in actors if root.i == g.i))]
            recipient_heads += _harmed(token)
        if _gerund_noun(token):
            # "99 people were killed in police firing": a gerund used as a noun is done by its owner or
            # modifier, not by the subject of the clause it sits in (who, if passive, suffered it)
            own_actors, own_recipients = _noun_participants(token)
            if own_actors:
                actor_heads = own_actors
            recipient_heads += [h for h in own_recipients if h not in recipient_heads]
    else:
        subject = None
        actor_heads, recipient_heads = _noun_participants(token)
        # "protests against any government move", "a protest against the centre's decision": the owner of the act
        # protested against is the one it is aimed at, as for a verb's object
        recipient_heads = recipient_heads + [o for h in _prep_objects(token, {"against"}) for o in _act_owners(h, token)]
        if trigger.code[:2] in _VIOLENT_ROOTS and not any(c.dep_ == "prep" for c in token.children):
            recipient_heads = recipient_heads + _shared_phrase(token)  # a protest's of-phrase is its doers
        if trigger.code[:2] not in _VIOLENT_ROOTS:
            # "talks between the minister and his Greek counterpart": the second side is met, not meeting
            seconds, second_side = _between_seconds(token)
            recipient_heads = recipient_heads + seconds + _carrier_partners(token)
        side = _fought_in(token)
        if side is not None and not actor_heads:
            actor_heads = [side]  # "students were injured in clashes with police": the students clashed
        # "the massacre in gujarat", "the ambush on the bus in Dahod": a place the event noun's "in" phrase names
        # is where it happened; the place roles decide whether its state was the target
        where = {root.i for _, root in _roots(doc, sentence.places)}
        recipient_heads = [h for h in recipient_heads if not _place_named_in(h, token, where, actors)]
    if trigger.code[:2] == _PROTEST_ROOT and not any(_party_noun(h) for h in recipient_heads):
        # "staged a sit-in to protest against Chile's pension reform", "blocked the road in protest against the
        # law passed by the assembly": whom the protest is against, told in its purpose
        recipient_heads = recipient_heads + [h for h in _protested(token) if all(h.i != a.i for a in actor_heads)]
    befallen = _befallen(token)
    if befallen is not None and all(h.i != befallen.i for h in recipient_heads):
        recipient_heads.append(befallen)  # "two persons were killed in police firing": the firing hit them
    if trigger.is_verb and subject is not None and not passive and not any(
            h.lemma_.lower() in _PERSON_NOUNS or any(root.i in _participant_tokens(h) for _, root in actors)
            for h in recipient_heads):
        # "police fired five rounds to disperse the mob": the crowd broken up is the one fired on (only when
        # the volley names no one else it hit: "three died when police fired to disperse a mob" keeps the dead)
        recipient_heads += [g for g in _dispersed(token) if g.lemma_.lower() in _PERSON_NOUNS
                           or any(a.sector for a, root in actors if root.i == g.i)]
    if subject is not None and subject.pos_ == "NUM" and token.dep_ in {"advcl", "conj"}:
        # "1,000 [of the troops] will move": the count's owner is the main clause's subject
        owner, owner_passive = _subject_of(token.head)
        if owner is not None and not owner_passive:
            actor_heads = actor_heads + [owner]
    forces: list[Any] = []
    if trigger.code[:2] == _SHOW_OF_FORCE or trigger.code[:3] == _MILITARY_EASING:
        # "the army was deployed", "deployment of the army", "police were put on alert": the forces are
        # the deployer's own, so they act (or their state does); they are never the target
        # (what was deployed: the passive subject, the object, a deployment "of" them; not "sent to the
        # police station")
        # (withdrawn: the passive subject or a withdrawal "of" them; "left five soldiers killed" withdrew no one)
        objects = {"dobj", "obj"} if trigger.code[:2] == _SHOW_OF_FORCE else set()
        # (whoever a show of force puts in place is the doer's own: "officials of the intelligence agencies have
        # been deployed", not a target; but "the convoy was intercepted" faces another side)
        placed = {h.i for h in recipient_heads if h.dep_ in _PASSIVE_SUBJECT and trigger.code[:2] == _SHOW_OF_FORCE
                  and token.lemma_.lower() not in _FACING and {h.lemma_.lower(), h.lower_} & _PERSON_NOUNS}
        forces = [h for h in recipient_heads if (
            _force(h, actors) or _unit_of(h, actors) is not None or h.i in placed
            or _force_before(h, actors) is not None) and (
            h.dep_ in _PASSIVE_SUBJECT | objects or (h.dep_ == "pobj" and h.head.lower_ == "of")
            or (subject is not None and passive and h.i == subject.i))
            and not (token.lemma_.lower() in _FACING and _foreign_force(h, actor_heads, actors))]
        recipient_heads = [h for h in recipient_heads if h not in forces]
        # "nine columns of the army": the army; "as for the rapid action force, it was deployed": the force
        # (only what was deployed, not what one deploys: "by deploying 95 companies of the army" names no deployer;
        # the unit's own conjuncts stay: "3,000 personnel of the action force, the task force and state police")
        forces = [g for h in forces for g in _deployed(h, actors, objects)]
        relative = _antecedent(subject) if trigger.is_verb and not passive and any(
            c.dep_ in objects and _force(c, actors) for c in token.children) else None
        if relative is not None and any(r.i in _participant_tokens(relative) for _, r in actors):
            actor_heads = actor_heads + [relative]  # "the administration, which rushed police": the administration
        if not trigger.is_verb and token.dep_ in {"dobj", "obj"} and token.head.lemma_.lower() in _SEEKING:
            # "the state government sought deployment of the army": who asks for a deployment does not deploy
            asker, _ = _subject_of(token.head)
            actor_heads = [h for h in actor_heads if asker is None or h.i != asker.i]
        if forces and not any(r.i in _participant_tokens(h) for h in actor_heads for _, r in actors):
            actor_heads = forces  # "the petition sought deployment of the army": the army, not the petition
            slots.forces = list(forces)
    # "the two, along with amar singh, sought to visit", "the leader was arrested together with his aides": who goes
    # with a party shares its role; hung on the verb, with the passive's sufferers or an intransitive's doers
    companions = [(c, True) for h in actor_heads for c in _companions(h)] \
        + [(c, False) for h in recipient_heads for c in _companions(h)]
    if trigger.is_verb and subject is not None and not forces and (
            passive or not any(c.dep_ in _OBJECT for c in token.children)):
        companions += [(c, not passive) for c in _companions(token)]
    # "troops were deployed in three towns to quell the riots": the towns do nothing; "permit prayers on the
    # disputed plot": where, not whom; "marched to jantar mantar": a name the march goes to that no actor mention
    # covers is where it went. (The unfiltered heads still decide companions and antecedents below.)
    doer_heads = [h for h in actor_heads if not _where(h, token, trigger.code)]
    target_heads = [h for h in recipient_heads
                    if not _where(h, token, trigger.code) and not _marched_to(h, token, actors)]
    slots.actor_heads, slots.recipient_heads = list(doer_heads), list(target_heads)
    antecedent = _antecedent(subject) if trigger.is_verb else None
    if antecedent is not None:
        # "Ann Lee, who burned the flag", "the police, who had arrested two men", "a mob that was about to
        # attack": named for the act (the dictionaries' actors stay out of relative clauses)
        (slots.recipient_heads if passive else slots.actor_heads).append(antecedent)
    for head in doer_heads:
        head = _clause_antecedent(head) or head  # "the workers were arrested when they tried to block ..."
        own = (_participant_tokens(head) | _members(head) | _counted(head)) - second_side
        found = [a for a in _top_level(_in(actors, own), head) if a not in slots.actors]
        if not found and not trigger.is_verb and head.dep_ == "poss" and head.head.i == token.i \
                and (earlier := _owner_antecedent(head, actors, [])) is not None:
            # "the allies failed to act on their protests": the allies protested
            found = [a for a in _top_level(_in(actors, _participant_tokens(earlier)), earlier)
                     if a not in slots.actors]
        slots.actors += found
    # (and force against people or property: "30 persons were burnt alive when the village was set on fire by a
    # group of miscreants", "two were arrested when police raided the house")
    if trigger.is_verb and not slots.actors and trigger.code[:2] in _HARMING and _agent_of(token) is None:
        for head in _fight_authors(token, subject, passive):
            slots.author_heads.append(head)
            slots.actors += [a for a in _top_level(_in(actors, _participant_tokens(head)), head)
                             if a not in slots.actors]
    for head in _claimants(token) if trigger.code[:2] in _VIOLENT_ROOTS else []:
        if slots.actors:
            break  # a claimant only stands in for an author the act does not name
        slots.actors += [a for a in _top_level(_in(actors, _participant_tokens(head)), head)]
    for head, doer in companions:
        if all(head.i != h.i for h in actor_heads + recipient_heads):
            slots.companions.append((head, doer, _top_level(_in(actors, _participant_tokens(head) | _counted(head)), head)))
    for head in target_heads:
        # "the victims were sheltering when they were surrounded"; "alerted the state headquarters and asked them"
        head = _clause_antecedent(head) or (_object_antecedent(head, token, actor_heads, actors) if verbal else None) \
            or head
        found = [a for a in _top_level(_in(actors, _participant_tokens(head)), head)
                 if a not in slots.actors and a not in slots.recipients]
        if not found and (counted := _counted(head)):
            # "tortured dozens of Kenyan refugees": a count of a kind whose country is named names its side; a bare
            # kind does not ("hundreds of diplomats were expelled")
            found = [a for a in _top_level(_in(actors, counted), head) if a.code
                     and a not in slots.actors and a not in slots.recipients]
        if not found and (trigger.code[:2] in _CENSURE or (trigger.code[:2] in _HARMING and actor_heads)) \
                and (earlier := _owner_antecedent(head, actors, actor_heads + [
                    c for c in token.children if c.dep_ in _SUBJECT])) is not None:
            # (the verb's own subject is a doer even when another subject was read for it)
            # "the commission rejected the state government's report and criticised its handling of the riots"
            found = [a for a in _top_level(_in(actors, _participant_tokens(earlier)), earlier)
                     if a not in slots.actors and a not in slots.recipients]
        if not found and (trigger.code[:2] in _HARMING or trigger.code[:3] == _RIOT):
            # "the mob torched shops belonging to the minority community": the owners are the ones harmed
            for owner in _owners(head):
                slots.owner_heads.append(owner)
                found += [a for a in _top_level(_in(actors, _participant_tokens(owner)), owner)
                          if a not in slots.actors and a not in slots.recipients and a not in found]
        slots.recipients += found
        if not slots.recipients and (country := _the_country(doc, sentence, head, slots.actors)) is not None:
            slots.recipients.append(country)
    subject_side: set[int] = set()
    for head in actor_heads + ([subject] if subject is not None else []):
        subject_side |= _subtree(head)
    clause = _subtree(token) - subject_side
    slots.clause = clause - _comparisons(doc, clause)
    things: list[Any] = []  # places that say where a thing the act names is, not whom it addresses
    for place, root in _roots(doc, sentence.places):
        if root.i in clause:
            role = _place_role(root, token, movement)
            if role is not None:
                slots.places.append((place, role))
                if _place_of_a_thing(root, token):
                    things.append(place)
        elif movement and root.i in subject_side and _place_role(root, token, movement) is not None:
            slots.places.append((place, "origin"))  # "troops based in Germany will move ..."
    if not slots.recipients and not trigger.code.startswith(_PLACE_NO_TARGET) and not forces:
        # (forces sent within their own state do not target it: "the army was deployed in Gujarat")
        slots.recipients = _recipients_from_places(slots, things, leaving=token.lemma_.lower() in _LEAVING)
    scope = clause | subject_side | {i for h in recipient_heads for i in _subtree(h)}
    slots.quantities = [q for q, root in _roots(doc, sentence.quantities) if root.i in scope]
    clause_times = [(t, root) for t, root in _roots(doc, sentence.times) if root.i in slots.clause]
    slots.times = [t for t, root in clause_times if not (
        # "suspects in the 2008 Mumbai attacks": the year names another thing, it does not date this one
        root.dep_ in NOUN_MODIFIER and root.head.pos_ in {"NOUN", "PROPN"} and root.head.i != token.i)]
    slots.complement_times = [t for t, root in clause_times if _dates_a_complement(root, token)]
    return slots


# The clauses a verb governs that have times of their own: an infinitive or a clause it asks, agrees or
# decides about ("asked traders to close on the 15th"), an adverbial or relative clause. Coordinated verbs
# ("burnt shops and attacked a mosque on Tuesday") share the time and are not among them.
_OWN_TIME_CLAUSES = {"xcomp", "ccomp", "advcl", "relcl", "acl", "pcomp"}


def _dates_a_complement(root: Any, trigger: Any) -> bool:
    """Whether a time under the trigger hangs on a verb the trigger governs: "has agreed to let the pilgrims pray on
    9 April" agrees now to a thing of 9 April. The coder reads such a day ahead of the dateline as the day of
    the thing agreed or asked for; a day behind it may still be the act's own, as the parser often hangs a
    closing adverbial on the last verb ("had asked him to name a candidate last week")."""
    node = root
    for _ in range(12):
        if node.head is node or node.head.i == trigger.i:
            return False
        node = node.head
        if node.pos_ == "VERB" and node.dep_ in _OWN_TIME_CLAUSES:
            return True
    return False


# Common nouns for a place ("the disputed land", "the temple town", "three other towns"), and the prepositions by
# which a phrase they head says where an act was done, to or from (not a country: its state may be the target).
_PLACE_WORDS = PLACE_NOUNS | {"land", "locality", "site", "spot", "place", "premises", "campus", "ground", "zone",
                              "belt", "neighbourhood", "neighborhood", "colony", "suburb", "outskirts", "street",
                              "road", "square", "taluka", "tehsil", "municipality", "township", "hamlet", "settlement"}
_WHERE_PREPS = {"on", "upon", "onto", "to", "into", "toward", "towards", "from", "in", "at", "across", "within",
                "inside", "near", "around", "throughout"}
_VISITS = ("042", "043")  # a visit's host, even a region ("his second visit to the province")


def _place_named_in(head: Any, noun: Any, places: set[int], actors: Sequence[tuple[Actor, Any]]) -> bool:
    """Whether ``head`` is a place named in an event noun's own "in" phrase ("the massacre in gujarat", "the assault
    on it in anand", "the riots in Baroda"): a place the gazetteer or the tagger found, a place the actor
    dictionary knows only as a place, or a name no actor mention covers (a lower-case town: "in naroda"). A body
    or a group in it stays its party ("a split in the party", "a rebellion in the congress")."""
    first = _first_conjunct(head)
    if first.dep_ != "pobj" or first.head.lower_ != "in" or first.head.head.i != noun.i:
        return False
    known = [actor for actor, root in actors if root.i == head.i or (actor.start <= head.idx < actor.end)]
    if any(actor.kind != "place" for actor in known):
        return False
    return head.i in places or head.ent_type_ in {"GPE", "LOC", "FAC"} or bool(known) \
        or (head.pos_ == "PROPN" and head.is_alpha)


# Roots of acts done to someone with one's own means: their "with" phrase naming a force is the means (not
# fights: "clash with the forces" names the other side whatever object the parser adds).
_MEANS_ROOTS = {"15", "17", "18", "20"}


def _means(head: Any, trigger: Any, code: str) -> bool:
    """Whether a "with" phrase names the force an act was done with, not a side: "held back the crowds with the
    local police force", "ready to handle any incident with the available force", "quelled the mob with the help of
    the army" (a verb of force, moving or harm that has its own object or passive subject). Fights and meetings
    with a force are not meant ("clashed with the police", "held talks with the army")."""
    if code[:2] not in _MEANS_ROOTS or head.dep_ != "pobj" or head.head.lower_ != "with" \
            or trigger.pos_ not in {"VERB", "AUX"} or trigger.lemma_.lower() in _MUTUAL:
        return False
    owner = head.head.head  # the verb, or its object the parser hung the phrase on ("quelled the unrest with")
    if owner.i != trigger.i and not (owner.dep_ in {"dobj", "obj"} and owner.head.i == trigger.i):
        return False
    if not {head.lemma_.lower(), head.lower_} & (FORCES | _POLICE):
        return False
    return any(c.dep_ in {"dobj", "obj"} | _PASSIVE_SUBJECT for c in trigger.children)


def _marched_to(head: Any, verb: Any, actors: Sequence[tuple[Actor, Any]]) -> bool:
    """Whether a name is where a verb of motion goes ("marched to jantar mantar", "walked to India Gate",
    "the rally proceeded to Azad Maidan"): the object of its "to" phrase that no actor the dictionaries code
    covers (a bare name the tagger took for a person's is no sign of one). A body the dictionaries know stays the
    one the march addresses ("marched to the parliament", "to the Governor")."""
    first = _first_conjunct(head)
    if head.pos_ != "PROPN" or first.dep_ != "pobj" or first.head.lower_ not in {"to", "toward", "towards", "into"} \
            or first.head.head.i != verb.i or verb.lemma_.lower() not in _MOTION:
        return False
    return not any(actor.start <= t.idx < actor.end and (actor.code or actor.sector)
                   for actor, _ in actors for t in head.subtree)


def _where(head: Any, trigger: Any, code: str) -> bool:
    """Whether a participant phrase head is a common noun for a place in a prepositional phrase: the place an act
    was done in, on, to or from ("allowed prayers on the acquired plot", "restricted entry to the temple town",
    "demanded the withdrawal of curbs from the city"), which the place roles keep, or a place noun an infinitive
    hangs on ("deployed in two other towns to restore order", whatever the parse): not a party (a town's people
    are not its land). A violent act aimed at a place keeps it as its
    target ("shelled the outskirts", "fired on the village"), and so does a visit ("a visit to the region")."""
    if head.pos_ != "NOUN" or (head.lemma_.lower() not in _PLACE_WORDS and head.lower_ not in _PLACE_WORDS):
        return False
    if trigger.dep_ in {"relcl", "acl"} and trigger.head.i == head.i and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return True  # "sent to two other towns to restore order" read with "to restore" on the towns
    first = _first_conjunct(head)  # "in surat and two other towns"
    if first.dep_ != "pobj" or first.head.dep_ not in {"prep", "dative"}:
        return False
    prep = first.head.lower_
    if prep not in _WHERE_PREPS or code.startswith(_VISITS):
        return False
    return not (code[:2] in _VIOLENT_ROOTS and prep in _AIMED_PREPS | {"onto"})


def _comparisons(doc: Any, clause: set[int]) -> set[int]:
    """Tokens of a "since" phrase that qualifies a noun ("the worst flare-up since the 2020 war",
    "the largest swap since the Cold War"): it measures the event against the past, not dates it."""
    found: set[int] = set()
    for i in clause:
        word = doc[i]
        if word.lower_ == "since" and word.dep_ == "prep" and word.head.pos_ in {"NOUN", "PROPN"}:
            found |= {t.i for t in word.subtree}
    return found


def pronoun_subject(token: Any) -> bool:
    """Whether the trigger's subject is a personal pronoun ("they would boycott")."""
    subject, passive = _subject_of(token)
    return subject is not None and not passive and subject.pos_ == "PRON" and subject.lower_ in {
        "they", "he", "she", "we", "it", "i"}


def speaker_object(slots: Slots, trigger: Any) -> bool:
    """Whether the trigger is done to "us" or "me" (its own object or dative: "the state did not provide us any
    security", "the police attacked us"): in reported words, the speaker's side."""
    return any(h.pos_ == "PRON" and h.lower_ in {"us", "me"} and h.text != "US" and h.head.i == trigger.i
               and h.dep_ in {"dobj", "obj", "dative"} for h in slots.recipient_heads)


# CAMEO codes whose place is only where it happened, never whom it was done to: an arrest "near the
# Cambodian border" or "in Paranaque City" arrested people, not the state. (Protests, demands and
# meetings keep CAMEO's convention, the place's state as the target: the benchmarks' gold codes them so.)
_PLACE_NO_TARGET = ("173",)


def _place_of_a_thing(place_root: Any, trigger: Any) -> bool:
    """Whether the place's phrase belongs to a thing the act is about rather than to the act: "appealed for
    peace in Gujarat", "demanded a probe into the riots in the state", "urged a statement on the arrests made
    in Surat" (the place is the peace's, the riots', the arrests'); the act's own object keeps its place
    ("held talks in Vienna" is done there), and so does the act a threat or plan names in its infinitive
    ("threatened to close every market in Kano": the markets the governor would close)."""
    acts = {trigger.i} | {c.i for c in trigger.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}}
    token = place_root
    for _ in range(4):
        if token.dep_ == "pobj" and token.head.dep_ == "prep":
            owner = token.head.head
            if owner.i in acts or (owner.head.i in acts and owner.dep_ in {"dobj", "obj"}):
                return False
            return owner.pos_ in {"NOUN", "PROPN"} or owner.dep_ in {"relcl", "acl", "ccomp", "pcomp"}
        if token.dep_ not in {"compound", "amod", "nmod", "conj", "appos"} or token.head.i == token.i:
            return False
        token = token.head
    return False


# Verbs of leaving a place: the country left is the one the act concerns ("withdrew its troops from Niger",
# "recalled its ambassador from Moscow"), not only where the act started.
_LEAVING = {"withdraw", "pull", "evacuate", "recall", "redeploy"}


def _recipients_from_places(slots: Slots, things: Sequence[Place] = (), leaving: bool = False) -> list[Actor]:
    """When no one is named as the target, the country where or to which it was done is: "sent
    arms to Pakistan", "lifted a curfew in Montenegro" (CAMEO's and PLOVER's practice).

    A town, state or building is only where it happened when no state actor (a country, a
    government, an army, a party, a leader) is named as doing it, or only the police are:
    "police made arrests in Dayton" arrested no one called the USA, "a gun was recovered in
    Harlem" took nothing from it, and "gunmen robbed a shop in Dayton" did not attack the United
    States. A named state's act in a town still addresses the town's state ("threatened a curfew
    in Algiers", "Russian troops shelled Kharkiv"), but where two states act together the place is
    their venue ("Iran and the EU held talks in Vienna"). When the doers carry no country of their own, a
    town or state that only says where a thing they speak of is ("appealed for harmony in Gujarat") is
    not whom they address. A country left by a verb of leaving (``leaving``) is its target too."""
    own = {a.code for a in slots.actors if a.code}
    local = all(a.sector == "COP" for a in slots.actors) or not any(
        a.code or a.sector in _STATE_SECTORS for a in slots.actors)
    found: list[Actor] = []
    for place, role in slots.places:
        code = place.country_code
        if place.feature != "country" and (local or (not own and any(place is t for t in things))):
            continue
        if role == "event" and len(own) > 1:
            continue  # "Iran and the EU held talks in Vienna": the venue of a joint act, not its target
        if (role in {"destination", "event"} or (leaving and role == "origin")) and code and code not in own \
                and all(code != r.code for r in found):
            found.append(Actor(text=place.text, start=place.start, end=place.end, name=place.name, code=code,
                               kind="place"))
    return found


# Personal pronouns the actor resolver left unresolved still name a person the sentence is about
# ("accused him of …"); "it", "they" and "we" may be anything, so they are left empty.
_PERSONS = {"he", "she", "him", "her"}
_NAME_PARTS = {"compound", "flat", "flat:name"}
_NOT_PARTIES = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "LOC", "EVENT",
                "LAW", "WORK_OF_ART", "LANGUAGE", "PRODUCT"}


# Event nouns whose owner undergoes them: "Assange's arrest" arrested Assange, not by him.
_UNDERGONE = {"arrest", "detention", "release", "killing", "murder", "execution", "kidnapping", "abduction",
              "capture", "expulsion", "deportation", "trial", "conviction", "sentencing", "extradition", "death",
              "assassination", "imprisonment", "jailing", "ouster", "removal", "dismissal", "resignation"}


def _headline(sentence: Any) -> bool:
    """A headline in title case ("Envoy Condemns Attack That Killed Policeman"): every word is tagged a
    proper noun, so no name can be told from the rest."""
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title or t.is_upper for t in words) >= 0.7 * len(words)


def _first_conjunct(head: Any) -> Any:
    """The first of nouns joined by "and", which holds their role: "met the congress and the sp"."""
    for _ in range(6):
        if head.dep_ != "conj" or head.head.pos_ not in {"NOUN", "PROPN"}:
            break
        head = head.head
    return head


def _conjuncts(head: Any) -> list[Any]:
    """The nouns joined to a phrase head by "and" ("a couple and a housewife")."""
    found, stack = [], [c for c in head.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
    while stack:
        current = stack.pop(0)
        found.append(current)
        stack += [c for c in current.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
    return found


def _own_party(head: Any, trigger: Any) -> bool:
    """Whether a phrase head is the trigger's own party: its subject, object or prepositional object, the
    agent of its passive, the noun its relative clause or participle describes ("persons killed in the
    firing", "rioting mobs"), an event noun's owner or by-phrase; not a subject inherited from another verb
    nor a noun modifier ("DUI arrests"). A noun joined by "and" takes the role of the first."""
    first = _first_conjunct(head)
    return _own_role(head, trigger) or (first.i != head.i and _own_role(first, trigger))


def _own_role(head: Any, trigger: Any) -> bool:
    link = head.head.head if head.dep_ == "pobj" else head.head
    if head.dep_ == "pobj" and head.head.dep_ == "agent" and trigger.pos_ in {"NOUN", "PROPN"} \
            and (carried := _carried_passive(trigger)) is not None and carried.i == head.i:
        return not _headline(trigger.sent)  # "the attack was planned by X": the planner
    if head.dep_ == "pobj" and head.head.lower_ == "by" and link.i != trigger.i and trigger.pos_ in {"VERB", "AUX"} \
            and (stranded := _stranded_agent(trigger)) is not None and stranded.i == head.i:
        return not _headline(trigger.sent)  # "was asked to resign by the prime minister": the one asking
    if head.dep_ == "pobj" and head.head.dep_ == "agent" and link.dep_ == "acl" and link.head.i == trigger.i \
            and trigger.pos_ in {"NOUN", "PROPN"} and link.tag_ == "VBN" and _verb_in(link, _CARRIERS | {"convene"}):
        return not _headline(trigger.sent)  # "the rally organised by the students' union": who held it
    if head.dep_ == "nsubj" and head.head.dep_ == "pcomp" and head.head.head.lower_ in _AIMED_PREPS:
        link = head.head.head.head  # "fired on mobs setting shops ablaze": the mobs are what it was fired on
    if _carried_target(head, trigger):
        return not _headline(trigger.sent)  # "made a scathing attack on the opposition": the one attacked
    if trigger.pos_ == "VERB" and any(m.i == head.i for m in _met_before(trigger)):
        return not _headline(trigger.sent)  # "met the chief minister and demanded ...": the one asked
    if _gerund_noun(trigger) and head.dep_ in _PASSIVE_SUBJECT and head.head.i == trigger.head.head.i:
        return True  # "two persons were killed in police firing": who suffered it
    befallen = _befallen(trigger)
    absolute = _with_absolute(trigger) if trigger.pos_ == "VERB" else None  # "with two persons being killed"
    if any(other.i == head.i for other in _stood_for(trigger) + [h for h in (befallen, absolute) if h is not None]):
        return not _headline(trigger.sent)  # the one a fight befell; a relative pronoun's noun; a volley's shooter
    if _owns_act(head, trigger) or any(g.i == head.i for g in _told(trigger)):
        return not _headline(trigger.sent)
    if head.dep_ == "nsubj" and trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and head.head.i == trigger.head.i \
            and not any(c.dep_ in {"mark", "advmod"} | _SUBJECT | _PASSIVE_SUBJECT for c in trigger.children):
        return not _headline(trigger.sent)  # "the guards fired, killing three": who fired killed
    return (link.i == trigger.i or (trigger.dep_ in {"relcl", "acl", "amod"} and trigger.head.i == head.i)) \
        and head.dep_ not in {"compound", "amod", "nmod", "npadvmod"} and not _headline(trigger.sent) \
        and not (head.dep_ == "poss" and trigger.lemma_.lower() in _UNDERGONE)


# Prepositions by which an event noun carried by a verb names whom it is aimed at or held with.
_CARRIED_PREPS = {"on", "against", "with", "to", "upon"}


def _carried_target(head: Any, trigger: Any) -> bool:
    """Whether ``head`` is whom the event noun a verb trigger carries as its object is aimed at or held with: "made
    a scathing attack on the opposition", "held talks with the union", "made an appeal to the traders" (the verb
    is coded for the noun; the noun's own phrase names the other side)."""
    if head.dep_ != "pobj" or head.head.lower_ not in _CARRIED_PREPS:
        return False
    if trigger.pos_ == "NOUN":
        # the parser's "with" on the carrying verb: "held several meetings with the imam" read as held … with
        return any(g.i == head.i for g in _carrier_partners(trigger))
    noun = head.head.head
    if trigger.pos_ not in {"VERB", "AUX"}:
        return False
    if noun.dep_ not in {"dobj", "obj"} or noun.head.i != trigger.i or noun.pos_ != "NOUN":
        return False
    modifiers = [c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod"}]
    return noun.lemma_.lower() in _MEETING_NOUNS or noun.lower_ in _MEETING_NOUNS \
        or match_noun(noun.lemma_.lower(), modifiers) is not None


def _carrier_partners(noun: Any) -> list[Any]:
    """The "with" phrase the parser hung on the verb carrying a meeting noun ("held meetings with the imam" read
    as held … with the imam): the side met. Only for a meeting noun that is the carrier's object."""
    if {noun.lemma_.lower(), noun.lower_}.isdisjoint(_MEETING_NOUNS) or noun.dep_ not in {"dobj", "obj"} \
            or noun.head.pos_ != "VERB" or not _verb_in(noun.head, _CARRIERS):
        return []
    return [g for g in _prep_objects(noun.head, {"with"}) if g.i > noun.i]


def _owned_act(head: Any) -> Any | None:
    """The noun ``head`` owns, by a possessive or an "of" phrase."""
    return head.head if head.dep_ in {"poss", "compound"} else head.head.head if head.dep_ == "pobj" else None


def _owns_act(head: Any, trigger: Any) -> bool:
    """Whether ``head`` owns the act or word the trigger reacts to ("criticised the government's decision")."""
    noun = _owned_act(head)
    if noun is None or noun.i == trigger.i or all(o.i != head.i for o in _act_owners(noun, trigger)):
        return False
    return _own_role(noun, trigger) and noun.dep_ in _OBJECT | {"pobj"}


def _with_modifiers(token: Any, deps: set[str], tags: set[str] | None = None, alpha: bool = False) -> Any:
    """The phrase ending at ``token`` with the words before it that modify it (``deps``; of the parts of
    speech in ``tags``, alphabetic only with ``alpha``): "railway board", "Prime Minister Modi"."""
    doc, start = token.doc, token.i
    while start > 0:
        before = doc[start - 1]
        if before.dep_ not in deps or before.head.i not in range(start, token.i + 1) \
                or (tags is not None and before.pos_ not in tags) or (alpha and not before.is_alpha):
            break
        start -= 1
    return doc[start: token.i + 1]


def _named(head: Any, trigger: Any, doer: bool = False) -> Any | None:
    """The proper name (or personal pronoun) a participant phrase head is, or names in apposition
    ("the accused, Glenn Ranger"): the token span to write, ``None`` when it is no named party.
    Only a party of the trigger's own: its subject, object or prepositional object, the agent of
    its passive, the noun its relative clause describes, an event noun's owner or by-phrase; not
    a subject inherited from another verb ("they counted two dead and 18 wounded") nor a noun
    modifier ("DUI arrests")."""
    if not _own_party(head, trigger):
        return None
    for token in [head] + [c for c in head.children if c.dep_ == "appos" and c.i > head.i]:
        if token.pos_ == "PRON" and token.lower_ in _PERSONS:
            return token.doc[token.i: token.i + 1]
        if (token.pos_ == "PROPN" or _mixed_case(token)) and token.is_alpha and token.ent_type_ not in _NOT_PARTIES \
                and not (token.is_upper and len(token) > 5):
            # (a word in capitals is a dateline's town: "MIDDLETOWN — A man was captured")
            return _with_modifiers(token, _NAME_PARTS, {"PROPN"})
    return None


# Common nouns for people, which name a party when the dictionaries code none there: "police arrested
# two persons", "the officer fired", "a couple was detained" (lower-case text tags few proper names).
_PERSON_NOUNS = {"person", "persons", "people", "man", "men", "woman", "women", "youth", "youths", "boy", "girl",
                 "child", "children", "leader", "officer", "official", "accused", "suspect", "associate", "couple",
                 "member", "worker", "activist", "supporter", "follower", "resident", "villager", "protester",
                 "protestor", "demonstrator", "rioter", "miscreant", "hooligan", "goon", "criminal", "culprit",
                 "gunman", "assailant", "attacker", "militant", "terrorist", "extremist", "student", "pilgrim",
                 "devotee", "volunteer", "passenger", "farmer", "labourer", "laborer", "trader", "shopkeeper",
                 "businessman", "journalist", "reporter", "lawyer", "doctor", "teacher", "policeman", "constable",
                 "inspector", "soldier", "cadre", "mob", "crowd", "gang", "employee", "housewife", "citizen",
                 "civilian", "refugee", "prisoner", "detainee", "inmate", "thief", "robber", "smuggler",
                 "onlooker", "bystander", "police", "victim", "minister", "mla", "mp", "councillor", "priest",
                 "monk", "sadhu", "mullah", "cleric", "chief", "commander", "guard", "driver", "owner"}


def _person_noun(head: Any, trigger: Any, doer: bool = False) -> Any | None:
    """A common noun for people that is the trigger's own party ("two persons were arrested", "fired by the
    station house officer"), with the nouns compounded on it: the span to write, or ``None``. On the doer's
    side a noun modifier counts too ("police firing", "a mob attack")."""
    modifier = doer and head.dep_ == "compound" and head.head.i == trigger.i
    member = _picked_from(head)
    if member is not None and _own_party(head, trigger):
        return _with_modifiers(member, {"compound"}, {"NOUN"})  # "some of the protesters were injured": the protesters
    if not (modifier or _own_party(head, trigger)) or head.pos_ != "NOUN" or head.ent_type_ in _NOT_PARTIES \
            or not {head.lower_, head.lemma_.lower()} & _PERSON_NOUNS:
        return None
    return _with_modifiers(head, {"compound"}, {"NOUN"})


# Verbs whose patient is a person or a group whatever noun names it: whoever is arrested, stabbed or killed
# is a party ("20 kar sevaks were arrested", "a cook was stabbed", "the suspect was detained").
_PATIENT_VERBS = {"arrest", "detain", "kill", "murder", "stab", "injure", "wound", "hurt", "lynch", "beat", "abduct",
                  "kidnap", "behead", "nab", "apprehend", "jail", "imprison", "massacre", "slaughter", "butcher",
                  "rape", "molest", "torture", "assault", "lathicharge", "gun", "shoot", "hack", "maim"}
# Verbs whose object is the one met, spoken to or blamed: "met the shankaracharya", "accused the centre of …",
# "invited the commission's chairman".
_ADDRESSEE_VERBS = {"meet", "consult", "invite", "accuse", "contact", "approach", "summon", "thank", "petition",
                    "question", "interrogate", "condemn", "criticise", "criticize", "denounce", "slam", "blame",
                    "castigate", "censure", "rebuke", "reprimand", "chide", "flay", "lambast", "charge",
                    "warn", "sue", "impeach"}
# Event nouns of meeting, whose "with" phrase is the side met: "talks with the weavers", "a meeting with the imam".
_MEETING_NOUNS = {"talk", "talks", "meeting", "negotiation", "negotiations", "dialogue", "parley", "consultation",
                  "consultations", "discussion", "discussions"}
# Of those, the verbs of blame, whose object is as often an act or a plan ("condemned misconduct",
# "criticised the scheme"): there only a name, a noun for people or a group, or an acronym is a party.
_BLAMING = {"condemn", "criticise", "criticize", "denounce", "slam", "castigate", "censure", "flay", "lambast",
            "blame"}
_GROUPS = {"party", "parties", "government", "centre", "center", "agency", "board", "commission", "ministry",
           "administration", "organisation", "organization", "outfit", "union", "front", "alliance", "council",
           "committee", "leadership", "regime", "opposition", "group", "groups", "force", "forces", "department"}
# Verbs whose object does what their infinitive says ("asked the centre to alert the army", "allowed the
# VHP to hold its puja", "prevented ram sevaks from entering"): not "used napalm to attack".
_CONTROLLING = {"ask", "urge", "request", "tell", "direct", "instruct", "order", "allow", "permit", "force",
                "compel", "prevent", "stop", "restrain", "persuade", "press", "advise", "warn", "invite",
                "encourage", "exhort", "appeal", "call", "pressure", "pressurise", "pressurize", "help", "enable",
                "authorise", "authorize", "forbid", "bar", "prohibit", "implore", "beseech", "challenge", "dare",
                # and verbs of causing ("the stoning prompted the authorities to rush reinforcements")
                "prompt", "provoke", "induce", "oblige", "spur", "cause"}
# Verbs whose subject is a person or a group, whatever noun names it ("the leftists protested", "residents
# attacked the police", "the burglary squad arrested two"); not those a blast or a disease does ("kill").
_HUMAN_DOERS = {"arrest", "detain", "nab", "apprehend", "protest", "march", "rally", "agitate", "picket", "chant",
                "boycott", "request", "ask", "urge", "demand", "appeal", "accuse", "allege", "condemn", "criticise",
                "criticize", "meet", "consult", "invite", "attack", "lynch", "stab", "beat", "loot", "torch",
                "stone", "vandalise", "vandalize", "ransack", "gherao", "block", "blockade", "riot", "rampage",
                "strike", "assault", "abduct", "kidnap"}
# Verbs that carry a protest or an act named by a noun: "held a rally", "staged a dharna", "organised two rallies".
_CARRIERS = {"hold", "stage", "organise", "organize", "launch", "lead", "call", "begin", "start", "take", "observe",
             "conduct", "mount", "continue", "join", "plan", "announce", "resume", "intensify", "go", "carry"}
# What a verb of blame or a meeting may take that is no party: "condemned the violence", "met the demand",
# "criticised the restrictions". Event nouns of the lexicon are left out too.
_NO_PARTY_OBJECTS = {"violence", "killing", "killings", "incident", "incidents", "decision", "move", "step", "stand",
                     "act", "action", "restriction", "restrictions", "demand", "demands", "need", "target",
                     "deadline", "statement", "remark", "remarks", "handling", "failure", "role", "attitude",
                     "policy", "way", "manner", "situation", "order", "ban", "carnage", "massacre", "bloodshed",
                     "riots", "riot", "arson", "looting", "attack", "attacks", "death", "deaths", "fate", "end",
                     "challenge", "issue", "matter", "question", "problem", "approach", "silence",
                     "inaction", "behaviour", "behavior", "conduct", "comment", "comments", "report",
                     "growth", "law", "bill", "measure", "measures", "plan", "proposal", "aftermath", "spree",
                     "pogrom", "warfare", "basis", "suspicion", "one", "someone", "anyone", "everyone", "nobody",
                     "area", "spot", "place", "site", "locality", "village", "town", "city", "road", "street"}


def _object_control(verb: Any) -> bool:
    """Whether a verb's object is the doer of its infinitive or of its "from" gerund: "asked the centre to
    alert the army", "allowed the VHP to hold the puja", "prevented ram sevaks from entering": an agent."""
    infinitive = verb.lemma_.lower() in _CONTROLLING and any(c.dep_ in {"xcomp", "ccomp"} and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in verb.children)
    from_gerund = any(c.dep_ == "prep" and c.lower_ == "from" and any(
        g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children) for c in verb.children)
    return infinitive or from_gerund


# Doers that are no one: "the blast killed six", "violence claimed 20 lives", "the order banned rallies".
_NO_DOERS = {"fire", "blast", "explosion", "bomb", "bullet", "grenade", "shell", "firing", "shelling", "violence",
             "clash", "clashes", "riot", "riots", "stampede", "accident", "incident", "tension", "situation",
             "curfew", "order", "decision", "report", "move", "step", "attack", "rain", "flood", "storm", "disease",
             "programme", "program", "issue", "news", "event", "development", "trouble", "unrest", "mayhem",
             "carnage", "frenzy", "crisis", "sword", "swords", "knife", "knives", "stone", "stones", "acid",
             "weapon", "weapons", "rod", "rods"}


def _dateline(token: Any) -> bool:
    """A town before a colon that opens a report ("gandhinagar: the members walked out"), whatever its parse."""
    return token.i - token.sent.start < 3 and token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == ":"


def _verb_in(verb: Any, lemmas: set[str]) -> bool:
    """Whether a verb's lemma is one of ``lemmas``, also where the lower-case text misleads the lemmatizer
    ("staged" read as a form of "stag")."""
    word = verb.lower_
    return verb.lemma_.lower() in lemmas or (word.endswith("ed") and word[:-1] in lemmas)


def _carried_by(head: Any, trigger: Any) -> bool:
    """Whether ``head`` is the subject of the verb that carries an event noun: "the leftists organised two
    rallies", "members staged a walk-out in protest", "the vhp will hold a rally"."""
    if trigger.pos_ not in {"NOUN", "PROPN"} or head.dep_ != "nsubj":
        return False
    carrier = trigger.head if trigger.dep_ in {"dobj", "obj"} else (  # (not "faced the arrest of", "due to")
        trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ in {"in", "on"}  # ("went on strike")
        and trigger.head.dep_ == "prep" else None)
    return carrier is not None and carrier.i == head.head.i and carrier.pos_ == "VERB" and carrier.tag_ != "VBN" \
        and _verb_in(carrier, _CARRIERS)


def _purpose_carrier(verb: Any) -> Any | None:
    """The carrier verb (with its object) whose infinitive of purpose ``verb`` is: "the party will stage a sit-in to
    protest against communalism", "the union held a rally to protest"; also when the parser hung the infinitive on
    the place of the act ("stage a sit-in at the memorial to protest"). ``None`` for anything else."""
    carrier = verb.head
    if verb.dep_ == "acl" and carrier.dep_ == "pobj" and carrier.head.dep_ == "prep" \
            and carrier.lemma_.lower() not in _PERSON_NOUNS | _GROUPS and carrier.ent_type_ not in {"PERSON", "NORP"}:
        carrier = carrier.head.head  # (the purpose hung on the place)
    elif verb.dep_ not in {"advcl", "xcomp"}:
        return None
    if verb.tag_ != "VB" or carrier.i == verb.i or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or carrier.pos_ != "VERB" or not _verb_in(carrier, _CARRIERS) \
            or not any(c.dep_ in {"dobj", "obj"} for c in carrier.children):
        return None
    return carrier


def _purpose_of_carrier(head: Any, trigger: Any) -> bool:
    """Whether ``head`` is the subject of the carrier verb whose infinitive of purpose the trigger is."""
    carrier = _purpose_carrier(trigger)
    return carrier is not None and head.dep_ == "nsubj" and head.head.i == carrier.i


def _shared_subject(head: Any, trigger: Any) -> bool:
    """Whether ``head`` is the subject of a verb the active trigger is joined to by "and": "mlas sank their
    differences and marched into the well" (they marched)."""
    verb = trigger
    while verb.dep_ in {"xcomp", "acomp"} and verb.head.i != verb.i \
            and not any(c.dep_ in {"dobj", "obj"} for c in verb.head.children):  # (not "asked the police to")
        verb = verb.head  # "searched the area and were able to apprehend a suspect": they apprehended
    return verb.dep_ == "conj" and verb.pos_ in {"VERB", "AUX"} and verb.tag_ != "VBN" \
        and head.dep_ == "nsubj" and head.head.i == verb.head.i


# Heads that count or part a group, whose "of" phrase names it.
_COUNTS = {"section", "batch", "bunch", "number", "lot", "scores", "score", "dozens", "hundreds", "thousands",
           "lakhs", "others", "many", "several", "some", "most", "all", "both", "rest"}


def _group_or_name(token: Any) -> bool:
    """A name, a noun for people or groups, or an acronym in lower case ("condemned the vhp")."""
    word = token.lower_
    acronym = len(word) <= 4 and sum(c in "aeiou" for c in word) <= 1 and word not in _NO_PARTY_OBJECTS
    return token.pos_ == "PROPN" or acronym or {word, token.lemma_.lower()} & (_PERSON_NOUNS | _GROUPS)


def _argument_noun(head: Any, trigger: Any, doer: bool = False) -> Any | None:
    """A common noun the trigger's own argument structure makes a party, whichever noun it is: the one
    arrested, killed or stabbed ("the suspect was detained"), the one met, accused or blamed ("met the
    shankaracharya"), the one asked, urged or allowed to act ("urged the president to intervene"); on the
    doer's side, the subject of the trigger or of the verb carrying its event noun ("the leftists organised
    two rallies"), when it is not a thing that does no act ("the blast killed six"). The span to write,
    with its compounds and adjectives, or ``None``."""
    if head.pos_ == "NUM" and not doer:
        return _count(head, trigger)
    # "hundreds of demonstrators blocked the road": a count tagged as a number still names its "of" phrase
    counts_of = head.lower_ in _COUNTS and any(g.pos_ in {"NOUN", "PROPN"} for g in _prep_objects(head, {"of"}))
    not_parties = (_NOT_PARTIES - {"CARDINAL"} if counts_of else _NOT_PARTIES) | {"GPE", "FAC", "NORP"}
    if head.pos_ not in {"NOUN", "PROPN"} or head.ent_type_ in not_parties \
            or (head.dep_ == "poss" and not _owns_act(head, trigger) and not (doer and _owner_doer(head, trigger))) \
            or not head.is_alpha or _dateline(head) \
            or len(head) < 2:  # (a lone initial: "chief minister s m krishna" read with "m" as the subject)
        return None
    lemma, verb, token = head.lemma_.lower(), trigger.lemma_.lower(), head
    head = _first_conjunct(head)
    if {lemma, token.lower_} & (_NO_PARTY_OBJECTS | _NO_DOERS) or match_noun(lemma, []) is not None \
            or lemma in _PARTITIVES or lemma in _CARGO or lemma in _FIGHTS:
        return None
    if doer:
        stands_for = any(other.i == head.i for other in _stood_for(trigger))
        # a noun for a body or a group acts whatever the verb ("the opposition walked out", "the front
        # organised rallies"): unlike a blast or a disease it can only be the one doing it
        acting = verb in _HUMAN_DOERS or bool({lemma, token.lower_} & _GROUPS)
        # (an event noun's by-phrase: "the protests by muslim organisations", "a strike by transport unions")
        by_phrase = head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.head.i == trigger.i \
            and trigger.pos_ in {"NOUN", "PROPN"}
        own = acting and _own_party(head, trigger) and (head.dep_ == "nsubj" or stands_for or (
            head.dep_ == "pobj" and head.head.dep_ == "agent") or by_phrase)
        march = _march_of(trigger)
        marched = (march is not None and head.dep_ == "nsubj" and head.head.i == march.i) \
            or (verb in _HUMAN_DOERS and _purpose_of_carrier(head, trigger))
        if not (own or marched or _carried_by(head, trigger) or (verb in _HUMAN_DOERS and _shared_subject(head, trigger))
                or _owner_doer(head, trigger)):
            return None
    else:
        if not _own_party(head, trigger):
            return None
        passive = head.dep_ in _PASSIVE_SUBJECT
        obj = head.dep_ in {"dobj", "obj"}
        spoken_to = head.dep_ == "pobj" and head.head.head.i == trigger.i and head.head.lower_ in {"to", "with", "upon"}
        befallen = _befallen(trigger)
        # the one told to act ("allowed the VHP to hold"), the one a fight befell ("three others died in
        # police firing"), the owner of a demand or decision reacted to (people or a group; for words, any
        # plural: "rejected the demand of the weavers"; not "banned the entry of trucks")
        placed = any(g.i == head.i for g in _told(trigger)) or (befallen is not None and befallen.i == head.i)
        owner = _owns_act(token, trigger) and (
            _group_or_name(token) or {lemma, token.lower_} & (_COUNTS | _SOME_OF)
            or (token.tag_ == "NNS" and _owned_act(token).lemma_.lower() not in _MOVES))
        # the other side of talks or a meeting, whatever noun names it ("talks with the weavers")
        met = (spoken_to or _carried_target(head, trigger)) and head.head.lower_ == "with" and trigger.pos_ == "NOUN" \
            and verb in _MEETING_NOUNS
        # the side an event noun carried by the trigger is aimed at (a name, people or a group: "made an attack on
        # the opposition"), or held with (any noun: "held talks with kapoor")
        carried = _carried_target(head, trigger) and (_group_or_name(token) or (
            head.head.lower_ == "with" and {head.head.head.lemma_.lower(), head.head.head.lower_} & _MEETING_NOUNS))
        if not (((passive or obj) and verb in _PATIENT_VERBS) or ((passive or obj or spoken_to) and (
                verb in _ADDRESSEE_VERBS) and (verb not in _BLAMING or _group_or_name(token))) or met
                or (obj and _object_control(trigger)) or placed or owner or carried):
            return None
    members = [g for g in _prep_objects(token, {"of"}) if g.pos_ in {"NOUN", "PROPN"}]
    counted = {lemma, token.lower_} & _COUNTS
    if (lemma in _SOME_OF or counted) and members:
        token = members[0]  # "a section of residents attacked", "injured scores of people": the residents, the people
    elif counted:
        numbers = [c for c in token.children if c.dep_ == "nummod" and c.i < token.i]
        if not numbers or doer:
            return None  # "killed 42 and wounded others"
        return token.doc[numbers[0].i: token.i + 1]  # "three others died in police firing"
    span = _with_modifiers(token, {"compound", "amod"}, {"NOUN", "PROPN", "ADJ"}, alpha=True)
    return None if any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in span) else span  # "near astodia area"


def _owner_doer(head: Any, trigger: Any) -> bool:
    """A group or a name whose possessive owns an event noun it does: "the front's protest", "the union's
    strike" (not one it undergoes: "the leader's arrest")."""
    return head.dep_ == "poss" and head.head.i == trigger.i and trigger.pos_ in {"NOUN", "PROPN"} \
        and trigger.lemma_.lower() not in _UNDERGONE and trigger.lower_ not in _UNDERGONE \
        and head.pos_ in {"NOUN", "PROPN"} and _group_or_name(head) and not _headline(trigger.sent)


def _count(head: Any, trigger: Any) -> Any | None:
    """A bare count as the ones arrested, killed or hurt ("police arrested 20", "two killed in police firing",
    "125 died in police firing"), with the words that qualify it ("about 20"); not a year or a sum."""
    year = head.text.isdigit() and len(head.text) == 4
    alone = head.ent_iob_ == "B" and (head.i + 1 == len(head.doc) or head.doc[head.i + 1].ent_iob_ != "I")
    misread = head.ent_type_ == "DATE" and alone and not year  # ("arrested 35 near the station": a count)
    if (head.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"} and not misread) or year \
            or _prep_objects(head, {"of"}):
        return None
    befallen = _befallen(trigger)
    patient = trigger.lemma_.lower() in _PATIENT_VERBS | {"attack"} and (  # ("the two were attacked by a mob")
        (head.dep_ in _PASSIVE_SUBJECT | {"dobj", "obj"} and head.head.i == trigger.i)
        or (trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.head.i == head.i))
    if not (patient or (befallen is not None and befallen.i == head.i)) or _headline(trigger.sent):
        return None
    start = min([c.left_edge.i for c in head.children if c.dep_ in {"advmod", "quantmod", "amod"} and c.i < head.i]
                + [head.i])
    return head.doc[start: head.i + 1]


def _mixed_case(token: Any) -> bool:
    """A word with a capital inside it is a name even when tagged a common noun ("WeWork", "eBay")."""
    text = token.text
    return len(text) > 3 and not text.isupper() and any(c.isupper() for c in text[1:]) \
        and any(c.islower() for c in text)


def _split_name(span: Any) -> Any:
    """A lower-case two-word name the parser read as two objects of one preposition ("sent to chota udepur"
    with each word an object of "to"): the whole name."""
    doc, end = span.doc, span.end
    while end < len(doc) and doc[end].dep_ == "pobj" and doc[end].tag_ == "NNP" and span.root.dep_ == "pobj" \
            and doc[end].head.i == span.root.head.i:
        end += 1
    return doc[span.start: end]


def _unnamed(span: Any) -> Actor:
    return Actor(text=span.text, start=span.start_char, end=span.end_char, name=span.text, kind="name")


def _bare_participle(trigger: Any) -> bool:
    """A past participle with no auxiliary ("saw his car attacked", "Teen arrested in bar"): its subject
    is the one it was done to, whatever the parser calls it."""
    return (trigger.tag_ == "VBN" or (trigger.tag_ == "VBD" and trigger.dep_ == "acl")) and not any(
        c.dep_ in {"aux", "auxpass"} for c in trigger.children)  # ("members killed": a participle tagged past)


def name_parties(slots: Slots, trigger: Any, places: Iterable[Place] = ()) -> None:
    """A side the enrichment found no actor for is written as the sentence names it: a person or
    firm the dictionaries do not know ("police charged Sun with assault", "accused him of fraud",
    "investigating WeWork"), uncoded. A reader judges an event whose named party is left out wrong,
    and the text at least says who. Places are left to the place roles; a pronoun only stands in
    for a person ("he", "him"), never for "it" or "they"."""
    places = list(places)
    for find in (_named, _person_noun, _argument_noun):  # a name, a common noun for people, any noun in a party's place
        # (any noun is not a party inside a place's name: "condemned godhra"; a name must not be the place itself)
        taken = _place_check(places, overlap=find is _argument_noun)
        if not slots.actors and not _bare_participle(trigger):
            for head in slots.actor_heads:
                span = find(head, trigger, doer=True)
                if span is not None and not taken(span):
                    slots.actors += _with_conjuncts(span, head, trigger, find, taken, doer=True)
                    break
        if not slots.actors and find is _argument_noun:
            # the authors of the fight or the act a killing happened in ("killed in police firing", "injured
            # when a mob set their houses on fire")
            for head in slots.author_heads:
                span = _author(head)
                if span is not None and not taken(span):
                    slots.actors.append(_unnamed(span))
                    break
        if not slots.recipients:
            covered: set[int] = set()
            for head in slots.recipient_heads:
                span = find(head, trigger) if head.i not in covered else None
                if span is not None and find is _named:
                    span = _split_name(span)  # "to chota udepur" read as two objects of "to": one name
                    covered |= set(range(span.start, span.end))
                if span is not None and not taken(span) and all(span.text != a.text for a in slots.actors):
                    slots.recipients += [r for r in _with_conjuncts(span, head, trigger, find, taken)
                                         if all(r.text != a.text for a in slots.recipients)]
    # a name joined by "and" to a party the act names, which the dictionaries do not know: "the bsp, the apna
    # dal and the samajwadi party threatened" (names only; places, titles and things stay out)
    taken = _place_check(places, overlap=True)
    for heads, found, doer in ((slots.actor_heads, slots.actors, True), (slots.recipient_heads, slots.recipients, False)):
        if not found or (doer and _bare_participle(trigger)):
            continue
        for head in heads:
            listed = _listed(head)
            members = [p for p in found if any(p.start <= other.idx < p.end for other in listed)]
            if len(listed) < 2 or not members:
                continue  # (only a list one of whose members the act already names)
            for other in listed:
                span = _list_name(other)
                phrase = _phrase(other)  # (a title already named for the same man: "police commissioner n v rao")
                joined = other.i == listed[0].i or (phrase.start > 0 and phrase.doc[phrase.start - 1].lower_ in _JOINERS)
                # (not a party the other side holds: "a call between President Biden and President Macron")
                if span is not None and joined and not taken(span) and not any(
                        phrase.start_char < party.end and party.start < phrase.end_char
                        for party in slots.actors + slots.recipients):
                    found.append(_unnamed(span))
                    found.sort(key=lambda party: party.start)
    # who goes "along with" a party, once that party is named: "two soldiers were killed along with three policemen",
    # "the mp, along with ram lal, was detained" (as the dictionaries know them, else as named)
    for head, doer, known in slots.companions:
        found = slots.actors if doer else slots.recipients
        if not found:
            continue  # ("the bank, together with the commission, supports ...": the bank is not named here)
        added = [a for a in known if all(a.start != p.start for p in slots.actors + slots.recipients)]
        if not known:
            member = next((g for g in _prep_objects(head, {"of"}) if g.pos_ in {"NOUN", "PROPN"}), None) \
                if head.pos_ == "NUM" else head  # "along with two of her assistants"
            span = _owner_name(member) if member is not None else None
            if span is not None and not taken(span) and not any(
                    span.start_char < party.end and party.start < span.end_char for party in found):
                added = _with_conjuncts(span, member, trigger, lambda h, t, doer=False: _owner_name(h), taken)
        found += added
    if not slots.recipients:
        # the owner of property a violent act harms, when the dictionaries do not know them ("the mob attacked
        # ravi mehta's house", "police raided the residence of two brothers"): the one harmed
        taken = _place_check(places, overlap=True)
        for head in slots.owner_heads:
            span = _owner_name(head)
            if span is not None and not taken(span) and all(span.text != a.text for a in slots.actors):
                # (a name's conjuncts are names too, however lower-case text tags them: "of anil and sunil rao")
                slots.recipients += _with_conjuncts(span, head, trigger, lambda h, t, doer=False: _owner_name(
                    h, named=head.pos_ == "PROPN"), taken)
                break
    if not slots.actors:
        # forces a show of force puts in place that the dictionaries do not know act themselves ("an army column
        # was dispatched", "reinforcements have been sent"): written as the sentence names them
        for head in slots.forces:
            span = _with_modifiers(head, {"compound", "amod", "nmod"}, {"NOUN", "PROPN", "ADJ"}, alpha=True)
            if head.pos_ in {"NOUN", "PROPN"} and {head.lemma_.lower(), head.lower_} & (FORCES | _POLICE) \
                    and not _place_check(places, overlap=True)(span):
                slots.actors.append(_unnamed(span))
                break
    # a plural pronoun of a subordinate clause that stands for a party of the clause it qualifies ("the four
    # were travelling when they were attacked"), written as that party
    for heads, found, doer in ((slots.actor_heads, slots.actors, True),
                               (slots.recipient_heads, slots.recipients, False)):
        if found or (doer and _bare_participle(trigger)):
            continue
        for head in heads:
            antecedent = _clause_antecedent(head) or (_object_antecedent(head, trigger, slots.actor_heads, ())
                                                      if slots.verbal and not doer else None)  # "calm the crowd, asking them"
            if antecedent is None or not _own_party(head, trigger) or (doer and head.dep_ not in _SUBJECT):
                continue
            span = _with_modifiers(antecedent, {"compound", "amod"}, {"NOUN", "PROPN", "ADJ"}, alpha=True)
            if not _place_check(places, overlap=True)(span) and span.root.ent_type_ not in {"GPE", "LOC", "FAC"}:
                found.append(_unnamed(span))
                break


def _listed(head: Any) -> list[Any]:
    """The nouns of the list a phrase head stands in: the first of them, those joined to it by "and", and a list
    the parser read as an apposition followed by "and" ("the shiv sena, the kisan sabha and the bajrang dal" with
    "sabha" an apposition of "sena"; a lone apposition is the same party: "the minister, ram kumar")."""
    first = _first_conjunct(head)
    if first.dep_ == "appos" and _conjuncts(first) and first.head.pos_ in {"NOUN", "PROPN"}:
        first = first.head
    found = [first] + _conjuncts(first)
    for other in list(found):
        found += [a for c in other.children if c.dep_ == "appos" and _conjuncts(c) for a in [c] + _conjuncts(c)]
    # the rest of the list read as a measure phrase of the verb: "met the rjd, the lok janshakti party and the
    # congress" with "party" an npadvmod of "met" right after the comma
    end = _phrase(first).end
    if first.dep_ in _OBJECT | _SUBJECT | _PASSIVE_SUBJECT and end < len(first.doc) and first.doc[end].text == ",":
        found += [a for c in first.head.children if c.dep_ == "npadvmod" and c.pos_ in {"NOUN", "PROPN"}
                  and _phrase(c).start == end + 1 and _conjuncts(c) for a in [c] + _conjuncts(c)]
    return found


# What stands between the members of a list (not an initial the parser took for "and": "commissioner n v rao").
_JOINERS = {",", "and", "or", "&", ";"}


def _phrase(token: Any) -> Any:
    """A list member's own phrase: its words up to the next member ("industries minister nirupam sen")."""
    own = {token.i} | {i for c in token.children if c.dep_ not in {"conj", "cc", "appos", "punct", "prep", "relcl", "acl"}
                       for i in range(c.left_edge.i, c.right_edge.i + 1)}
    return token.doc[min(own): max(own) + 1]


def _list_name(token: Any) -> Any | None:
    """A name standing in a list of parties, written with its name parts: a proper noun, or a noun with a noun
    compounded on it, as lower-case text tags many names ("the bajrang dal", "the janata dal"), not a thing nor a
    site; not a country nor a date."""
    if not token.is_alpha or token.ent_type_ in _NOT_PARTIES | {"GPE"} or _dateline(token) \
            or (token.is_upper and len(token) > 5):  # (a word in capitals heads a listing: "ARRESTS - ...")
        return None  # (a facility tag is no bar: the tagger reads "the Bajrang Dal" as one; places are checked apart)
    if token.i > 0 and token.doc[token.i - 1].text in {"-", "–"} and token.doc[token.i - 1].whitespace_ == "":
        return None  # a party and home town after a lawmaker's name: "D-Plymouth"
    if token.lower_ in _TITLES:
        return None  # a title with no name of its own is the next member's: "Deputy Premier and Trade Minister Li Wen"
    if token.pos_ == "PROPN":
        # (with the words the tagger takes for adjectives: "the trinamul congress")
        return _with_modifiers(token, _NAME_PARTS | {"amod"}, {"PROPN", "NOUN", "ADJ"}, alpha=True)
    words = {token.lemma_.lower(), token.lower_}
    if token.pos_ == "NOUN" and any(c.dep_ == "compound" and c.pos_ in {"PROPN", "NOUN"} and c.i == token.i - 1
                                    for c in token.children) and words.isdisjoint(_NO_PARTY_OBJECTS | _PROPERTY | _SITES):
        return _with_modifiers(token, _NAME_PARTS, {"PROPN", "NOUN"}, alpha=True)  # "the janata dal"
    return None


# Titles, which before "and" may be a second title of the man named after them.
_TITLES = {"minister", "councilor", "councillor", "secretary", "president", "chairman", "chairperson", "governor",
           "director", "chief", "commissioner", "speaker", "leader", "member", "mayor", "officer", "spokesman",
           "spokesperson", "ambassador", "envoy", "general", "adviser", "advisor", "deputy", "head", "premier",
           "chancellor", "senator", "representative", "mp", "mla", "judge", "justice", "vice-president"}
# Buildings and grounds a list of targets may hold ("the mla and the police station"): no party.
_SITES = {"station", "building", "complex", "camp", "post", "chowki", "headquarters", "premises", "ground", "market",
          "bridge", "hospital", "school", "college", "court", "jail", "godown", "depot", "plant"}


def _owner_name(head: Any, named: bool = False) -> Any | None:
    """An owner of harmed property written as named: a proper name (with its name parts), or a noun for people or
    a group with its compounds and adjectives ("the minority community's shops"); not a place nor a date. With
    ``named`` (a conjunct of a name), any noun is a name."""
    if not head.is_alpha or head.ent_type_ in _NOT_PARTIES | {"GPE", "LOC", "FAC"} or _dateline(head):
        return None
    if head.pos_ == "PROPN" or (named and head.pos_ == "NOUN" and head.lemma_.lower() not in _PROPERTY):
        return _with_modifiers(head, _NAME_PARTS, {"PROPN", "NOUN"} if named else {"PROPN"})
    if head.pos_ == "NOUN" and {head.lemma_.lower(), head.lower_} & (_PERSON_NOUNS | _GROUPS | _POLICE):
        return _with_modifiers(head, {"compound", "amod"}, {"NOUN", "PROPN", "ADJ"}, alpha=True)
    if head.pos_ == "NOUN" and head.dep_ == "poss" and head.tag_ == "NN" and any(
            c.dep_ == "compound" and c.i == head.i - 1 and c.is_alpha for c in head.children) \
            and not any(c.dep_ == "det" for c in head.children) \
            and {head.lemma_.lower(), head.lower_}.isdisjoint(_NO_PARTY_OBJECTS | _PROPERTY):
        # a lower-case two-word name the tagger took for a common noun: "attacked hemant dholakia's house" (no
        # article: "the village temple's wall" is no name)
        return _with_modifiers(head, _NAME_PARTS, {"NOUN", "PROPN", "ADJ"}, alpha=True)
    return None


# Nouns for a gathering of people, which "them" may stand for ("calm the crowd, asking them to …").
_CROWDS = {"crowd", "mob", "gathering", "audience", "public"}
_NOMINAL = {"nsubj", "nsubjpass", "dobj", "obj", "pobj", "attr", "appos", "conj"}


def _object_antecedent(pronoun: Any, trigger: Any, actor_heads: Sequence[Any],
                       actors: Sequence[tuple[Actor, Any]]) -> Any | None:
    """The party an act's object pronoun stands for, named earlier in the same sentence: "the ministry alerted
    the state headquarters and asked them to stop …" (the headquarters), "he said the state government had sent a
    report and he has asked it for more" (the government). "Them" takes the nearest plural noun for people,
    groups or forces before it (nothing when the nearest plural is another noun), "it" the nearest body the
    dictionaries know (not a person); never the act's own doer, and nothing when the nearest such noun is the doer
    (then the pronoun may be the doer's own people)."""
    word = pronoun.lower_
    if pronoun.pos_ != "PRON" or word not in {"them", "it"} or pronoun.dep_ not in {"dobj", "obj", "dative"} \
            or pronoun.head.i != trigger.i:
        return None
    doers = {i for h in actor_heads for i in _subtree(h, _PHRASE_STOP)}
    known = {root.i: actor for actor, root in actors}
    for token in reversed(list(pronoun.sent[: pronoun.i - pronoun.sent.start])):
        # (a plural the tagger took for a verb still counts: "restrain the pilgrims" with "pilgrims" an object)
        misread = token.dep_ in _NOMINAL and token.tag_ == "VBZ"
        if (token.pos_ not in {"NOUN", "PROPN"} and not misread) or token.dep_ in {"compound", "poss"} | NOUN_MODIFIER:
            continue
        if word == "them":
            if not (_plural(token) or misread or token.lemma_.lower() in _CROWDS):
                continue
            if not (_party_noun(token) or token.i in known):
                return None  # the nearest plural is a thing or a group we cannot tell: "detain them"
        else:
            actor = known.get(token.i)
            if actor is None or not actor.sector or token.ent_type_ == "PERSON" or token.tag_ not in {"NN", "NNP"}:
                continue
        # (a name joined by "and" stands with its list: "partners, including Japan and Canada")
        return None if token.i in doers else _first_conjunct(token)
    return None


# CAMEO roots of censure and refusal, whose object owned by "its" or "their" names the one censured or refused,
# and of force, whose object so owned names the one harmed ("a mob looted their shops"), when the doer is named.
_CENSURE = {"11", "12"}
_HARMING = {"17"} | _VIOLENT_ROOTS
_RIOT = "145"  # a violent protest: "the mob attacked shops"
# Possessive pronouns and the pronoun whose number they share.
_POSSESSIVE_PRONOUNS = {"its": "it", "their": "them"}


def _owner_antecedent(head: Any, actors: Sequence[tuple[Actor, Any]], doer_heads: Sequence[Any]) -> Any | None:
    """The party a possessive "its" or "their" stands for when it owns a participant phrase (an event noun's own
    "their protests", an act's object "criticised its handling of the riots"), named earlier in the same
    sentence: "its" the nearest singular body the dictionaries know (not a person), "their" the nearest plural
    noun for people, groups or forces (nothing when the nearest plural is another noun); nothing when that noun
    is the act's own doer (it may then be the doer's own), nor for belongings ("their homes")."""
    owner = head if head.dep_ == "poss" else next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PRON" or owner.lower_ not in _POSSESSIVE_PRONOUNS \
            or head.lemma_.lower() in _OWNED or head.lower_ in _OWNED:
        return None
    word = _POSSESSIVE_PRONOUNS[owner.lower_]
    doers = {i for h in doer_heads for i in _subtree(h, _PHRASE_STOP)}
    known = {root.i: actor for actor, root in actors}
    for token in reversed(list(owner.sent[: owner.i - owner.sent.start])):
        # (a noun of the sentence's own, or an owner: "the state government's report ... its handling"; not
        # "a state-wide alert")
        if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ not in _NOMINAL | {"poss"} or (
                token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "PROPN"):
            continue  # (nor a word inside a name: "the House of Delegates")
        if word == "them":
            if not (_plural(token) or token.lemma_.lower() in _CROWDS):
                continue
            if not (_party_noun(token) or token.i in known):
                return None
        else:
            actor = known.get(token.i)
            if actor is None or not actor.sector or token.ent_type_ == "PERSON" or token.tag_ not in {"NN", "NNP"} \
                    or token.lemma_.lower() in _PERSON_NOUNS:
                continue  # ("it" is no person: "the woman ... it is killing her")
        return None if token.i in doers else _first_conjunct(token)
    return None


# Subordinate clauses whose plural pronoun may stand for a party of the clause they qualify.
_SUBORDINATE = _WHILE | {"before", "because", "since", "until", "once"}


def _clause_antecedent(pronoun: Any) -> Any | None:
    """The noun a plural pronoun of a subordinate clause stands for in the clause it qualifies: "the victims
    were sheltering in a school when they were surrounded by a mob" (the victims), "police arrested 50
    workers when the latter tried to block the road" (the workers: "the latter" is the object, "the former"
    the subject). "They" only when that clause holds one plural party (a subject or an object), so "police
    arrested the workers when they arrived" names no one."""
    word = pronoun.lower_
    latter = word in {"latter", "former"} and any(c.lower_ == "the" for c in pronoun.children)
    if not (latter or (pronoun.pos_ == "PRON" and word in {"they", "them"})) \
            or pronoun.dep_ not in _SUBJECT | _PASSIVE_SUBJECT | _OBJECT:
        return None
    clause = pronoun.head
    if clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head  # "when they tried to block"
    if clause.dep_ != "advcl" or not any(c.dep_ in {"mark", "advmod"} and c.lower_ in _SUBORDINATE
                                         for c in clause.children) or clause.head.i == clause.i:
        return None
    main = clause.head
    subject = next((c for c in main.children if c.dep_ in _SUBJECT | _PASSIVE_SUBJECT), None)
    obj = next((c for c in main.children if c.dep_ in {"dobj", "obj"}), None)
    if word == "former":
        candidates = [subject]
    elif word == "latter":
        candidates = [obj or subject]
    elif subject is None or main.dep_ in {"acl", "relcl"}:
        return None  # (a clause with no subject of its own may be misread: "bombers from the group killed …")
    else:
        candidates = [subject, obj]
    candidates = [h for h in candidates if h is not None and h.i < pronoun.i and _plural(h)]
    # (two plurals, whether or not both are parties, leave it open: "bombers killed 25 soldiers when they …")
    return candidates[0] if len(candidates) == 1 and _party_noun(candidates[0]) else None


def _plural(head: Any) -> bool:
    """A plural noun or a count ("the victims", "the four", "the police", "X and Y")."""
    words = {head.lemma_.lower(), head.lower_}
    return head.pos_ in {"NOUN", "PROPN", "NUM"} and (
        head.tag_ in {"NNS", "NNPS", "CD"} or bool(words & (_GROUPS | _COUNTS | _POLICE)) or bool(_conjuncts(head)))


def _party_noun(head: Any) -> bool:
    """A noun for people, a group or forces, a name or a count ("their belongings" are no party)."""
    words = {head.lemma_.lower(), head.lower_}
    return (head.pos_ in {"PROPN", "NUM"} or head.ent_type_ in {"NORP", "ORG"}
            or bool(words & (_PERSON_NOUNS | _GROUPS | _COUNTS | _POLICE | FORCES))
            or any(w.rstrip("s") in _PERSON_NOUNS for w in words)) and head.ent_type_ not in _NOT_PARTIES - {"CARDINAL"}


def _author(head: Any) -> Any | None:
    """A fight's author written as named: a noun for people or forces, with its compounds (names are the
    enrichment's)."""
    if head.pos_ != "NOUN" or not head.is_alpha or head.ent_type_ in _NOT_PARTIES | {"GPE", "NORP"} \
            or not {head.lemma_.lower(), head.lower_} & (_PERSON_NOUNS | _POLICE | FORCES):
        return None  # (not "killed in the sabarmati express attack": a train, not its attackers)
    return _with_modifiers(head, {"compound"}, alpha=True)


def _place_check(places: list[Place], overlap: bool) -> Any:
    """Whether a span is a place (or, with ``overlap``, holds part of one)."""
    spans = {(p.start, p.end) for p in places}

    def taken(span: Any) -> bool:
        if overlap:
            return any(span.start_char < end and start < span.end_char for start, end in spans)
        return (span.start_char, span.end_char) in spans
    return taken


def _with_conjuncts(span: Any, head: Any, trigger: Any, find: Any, taken: Any, doer: bool = False) -> list[Actor]:
    """The party written for ``head`` and for the nouns joined to it by "and" that name parties the same way."""
    found = [_unnamed(span)]
    # a count's "of" phrase is joined to its own nouns ("thousands of men, women and children")
    for other in _conjuncts(span.root if head.lower_ in _COUNTS and span.root.i > head.i else head):
        more = find(other, trigger, doer=doer)
        if more is not None and not taken(more):
            found.append(_unnamed(more))
    return found


# Dependencies that open another clause or name a source: a party under one is not the act's counterpart
# ("..., a Ghanaian official said", "according to the Malian army", "who ...").
_OTHER_VOICE = {"parataxis", "advcl", "relcl", "csubj", "appos", "npadvmod"}
_SOURCE_PREPS = {"according", "than", "like", "unlike"}


def clause_counterpart(doc: Any, sentence: Sentence, trigger: Trigger, slots: Slots) -> Actor | None:
    """For an act the rules found no recipient for, the nearest coded party after the trigger in the
    trigger's own clause: "refused to resign despite pressure from the Malian parliament" is refused to
    the parliament, "rejected an invitation to a meeting of Sudanese factions" to the factions. The rules
    read recipients from the verb's own objects and phrases; this reads the clause the way the dictionary
    coders do (PETRARCH's target is the first coded phrase after the verb), kept to the clause.

    Not a party the sentence names in another clause or as its source, one of the act's doers or their
    country, and nothing when the nearest is a place (the act happened there: "gunmen robbed a bank in
    Leeds" robbed no one called Britain). GSR dev recipients 0.639 -> 0.681; on the dev pages the
    recipients it adds were judged blind (session 27, see bench/RESULTS.md)."""
    token = trigger.token
    doers = {(a.start, a.end) for a in slots.actors}
    own = {a.code for a in slots.actors if a.code}
    found = [(root.i, mention) for mention, root in _roots(doc, sentence.actors)
             if mention.code and mention.kind != "pronoun" and root.i > token.i and root.i in slots.clause
             and (mention.start, mention.end) not in doers
             and not (mention.kind in {"country", "place"} and mention.code in own)
             and _in_own_voice(root, token)]
    if not found:
        return None
    nearest = min(found, key=lambda pair: pair[0])[1]
    if any(p.start < nearest.end and nearest.start < p.end for p in sentence.places):
        return None  # the nearest is a place: the act is placed there, not addressed to anyone named
    return nearest


def _in_own_voice(root: Any, trigger: Any) -> bool:
    """Whether the path from a phrase up to the trigger stays in the trigger's clause, through no source
    ("according to") and no other clause (a parataxis "X said", a relative or adverbial clause)."""
    current = root
    while current.i != trigger.i and current.head.i != current.i:
        if current.dep_ in _OTHER_VOICE or (current.dep_ == "prep" and current.lower_ in _SOURCE_PREPS):
            return False
        current = current.head
    return current.i == trigger.i

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

from ..records import Actor, Mention, Place, Quantity, Sentence, TimeExpression
from .triggers import Trigger

M = TypeVar("M", bound=Mention)

_SUBJECT = {"nsubj", "csubj", "expl"}
_PASSIVE_SUBJECT = {"nsubjpass", "csubjpass"}
_OBJECT = {"dobj", "obj", "dative", "attr", "oprd"}
_RECIPIENT_PREPS = {"to", "with", "against", "on", "at", "toward", "towards", "into", "upon", "onto", "over"}
_DESTINATION_PREPS = {"to", "into", "toward", "towards", "onto"}
_ORIGIN_PREPS = {"from"}
_INHERIT_SUBJECT = {"xcomp", "conj", "advcl", "pcomp"}
_OTHER_CLAUSE = {"ccomp", "advcl", "relcl", "conj", "parataxis", "csubj"}


@dataclass
class Slots:
    """The participants and circumstances of one trigger."""

    actors: list[Actor] = field(default_factory=list)
    recipients: list[Actor] = field(default_factory=list)
    places: list[tuple[Place, str]] = field(default_factory=list)  # (place, role)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)


def _subtree(token: Any, stop: set[str] = _OTHER_CLAUSE) -> set[int]:
    """Token indexes of ``token``'s subtree without the clauses hanging off it."""
    seen = {token.i}
    stack = [c for c in token.children if c.dep_ not in stop]
    while stack:
        current = stack.pop()
        seen.add(current.i)
        stack.extend(c for c in current.children if c.dep_ not in stop)
    return seen


def _roots(doc: Any, mentions: Iterable[M]) -> list[tuple[M, Any]]:
    """Each mention with the syntactic head of its span."""
    found = []
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and len(span):
            found.append((mention, span.root))
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
    for d, mention, root in depths:
        if root.i not in chosen_roots and root.dep_ == "conj" and root.head.i in chosen_roots:
            chosen.append((mention, root))
            chosen_roots.add(root.i)
    ordered = sorted({id(m): (m, r) for m, r in chosen}.values(), key=lambda pair: pair[1].i)
    return [m for m, _ in ordered]


def _in(candidates: Sequence[tuple[M, Any]], indexes: set[int]) -> list[tuple[M, Any]]:
    return [(m, r) for m, r in candidates if r.i in indexes]


def _subject_of(token: Any) -> tuple[Any | None, bool]:
    """The subject phrase head of a verb (climbing to the governing verb when it has none) and
    whether it is a passive subject (the patient)."""
    current = token
    for _ in range(4):
        for child in current.children:
            if child.dep_ in _SUBJECT:
                return child, False
            if child.dep_ in _PASSIVE_SUBJECT:
                return child, True
        if current.dep_ in {"relcl", "acl"} and current.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return current.head, current.dep_ == "acl" and current.tag_ == "VBN"
        if current.dep_ in _INHERIT_SUBJECT and current.head.i != current.i:
            current = current.head
            continue
        break
    return None, False


def _agent_of(verb: Any) -> Any | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def _noun_participants(noun: Any) -> tuple[list[Any], list[Any]]:
    """Actor-side and recipient-side phrase heads of an event noun ("Russia's invasion of Ukraine")."""
    actor_side, recipient_side = [], []
    for child in noun.children:
        if child.dep_ in {"poss", "compound", "amod", "nmod"}:
            actor_side.append(child)
        elif child.dep_ == "prep":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if child.lower_ == "by":
                actor_side.extend(objects)
            elif child.lower_ in {"between", "among"}:
                actor_side.extend(objects)
            elif child.lower_ in {"of", "against", "on", "with", "into", "in", "to"}:
                recipient_side.extend(objects)
    if noun.dep_ in {"dobj", "obj"} and noun.head.pos_ == "VERB":  # "held talks": the holders act
        subject, passive = _subject_of(noun.head)
        if subject is not None and not passive:
            actor_side.append(subject)
    return actor_side, recipient_side


def _verb_recipients(verb: Any) -> list[Any]:
    heads = []
    for child in verb.children:
        if child.dep_ in _OBJECT:
            heads.append(child)
        elif child.dep_ == "prep" and child.lower_ in _RECIPIENT_PREPS:
            heads.extend(g for g in child.children if g.dep_ == "pobj")
    return heads


def _place_role(place_root: Any, trigger: Any, movement: bool) -> str:
    """Destination, origin or where it happened, from the preposition governing the place."""
    token = place_root
    for _ in range(4):
        if token.dep_ == "pobj" and token.head.dep_ in {"prep", "agent"}:
            prep = token.head.lower_
            if prep in _DESTINATION_PREPS and movement:
                return "destination"
            if prep in _ORIGIN_PREPS:
                return "origin"
            return "event"
        if token.i == trigger.i or token.head.i == token.i:
            break
        token = token.head
    return "event"


def fill_slots(doc: Any, sentence: Sentence, trigger: Trigger, movement: bool) -> Slots:
    """The actors, recipients, places, quantities and times that belong to ``trigger``."""
    actors = _roots(doc, sentence.actors)
    slots = Slots()
    token = trigger.token
    if trigger.is_verb:
        subject, passive = _subject_of(token)
        agent = _agent_of(token)
        actor_heads = [agent] if agent is not None else ([subject] if subject is not None and not passive else [])
        recipient_heads = _verb_recipients(token) + ([subject] if subject is not None and passive else [])
    else:
        actor_heads, recipient_heads = _noun_participants(token)
    for head in actor_heads:
        slots.actors += [a for a in _top_level(_in(actors, _subtree(head)), head) if a not in slots.actors]
    for head in recipient_heads:
        slots.recipients += [a for a in _top_level(_in(actors, _subtree(head)), head)
                             if a not in slots.actors and a not in slots.recipients]
    clause = _subtree(token)
    subject_side = set().union(*(_subtree(h) for h in actor_heads + recipient_heads)) if (actor_heads or recipient_heads) else set()
    for place, root in _roots(doc, sentence.places):
        if root.i in clause:
            slots.places.append((place, _place_role(root, token, movement)))
        elif movement and root.i in subject_side and root.i not in clause:
            slots.places.append((place, "origin"))  # "troops based in Germany will move ..."
    scope = clause | subject_side
    slots.quantities = [q for q, root in _roots(doc, sentence.quantities) if root.i in scope]
    slots.times = [t for t, root in _roots(doc, sentence.times) if root.i in clause]
    return slots

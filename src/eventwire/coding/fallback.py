"""A strict fallback for sentences the rules leave silent.

The rules, the decider and the gate are tuned for precision, and they leave many news sentences
without an event: the newsworthiness guard, the decider or the gate drop a candidate whose sense
they doubt. A dictionary fallback that coded every such sentence with its verbs' CAMEO codes was
measured in the eighth session and dropped: in ordinary articles its events were everyday senses,
opinions and sport (about 3 right of 67). This one fires only where a careful analyst would code
the sentence anyway:

- the sentence has no event after the decider and the gate;
- the verb is the sentence's main predicate (its root, or a verb joined to it), a finite verb in
  the past or present (or a present perfect) stating a fact: no negation, modal, condition,
  intention, obligation, report by another speaker, habit or kind of event (:mod:`.modality`,
  :mod:`.generic`);
- the dictionary (or one of our senses, :mod:`.verb_senses`) codes it by a pattern with a content
  word of its clause ("join + talks", "send + troops"); a bare verb does not count, whether the
  dictionary's default or our sense gives its code, and neither does a verb the rules read as no
  event;
- its subject (or a passive verb's "by" agent) and its object or prepositional target are both
  coded political actors, and they differ: a country, its government, its forces, an armed group
  or an international organisation, or a person holding such an office; not a nationality's
  people, a firm or an unnamed name.

The events are marked ``fallback:<code>`` in the record's ``coder`` field. Switched by
``EVENTWIRE_FALLBACK`` (``1`` on, ``0`` off) or :func:`set_enabled`; off by default: on the dev
sets its own precision stayed under the 0.7 it must reach to ship (bench/RESULTS.md, Stage 4,
strict fallback, ninth session).
"""

from __future__ import annotations

import os
from dataclasses import replace
from typing import Any

from ..records import Sentence
from .arguments import fill_slots
from .generic import generic
from .lexicon import FUNCTION_WORDS, NO_EVENT
from .modality import read_modality
from .ontology import cameo
from .rules import VERBAL, _state_actor, plover_event, plover_rules
from .triggers import Trigger, verb_trigger

SOURCE = "fallback"
CONFIDENCE = 0.35

# Finite verbs that state a fact: past and present, and participles under a perfect or passive.
_FINITE = {"VBD", "VBZ", "VBP"}
_PERFECT_OR_PASSIVE = {"has", "have", "had", "was", "were", "is", "are", "been"}
# Sectors of office: a person counts as a party only when the dictionaries give one of these.
_OFFICE = {"GOV", "MIL", "COP", "LEG", "JUD", "SPY", "PRM", "REB", "UAF", "IGO", "ELI"}
_STATE_KINDS = {"country", "metonym", "organisation", "organization", "demonym"}


ENV = "EVENTWIRE_FALLBACK"
_enabled: bool | None = None  # set_enabled() wins over the environment, as in gate and type_model


def set_enabled(value: bool | None) -> None:
    """Switch the fallback on or off for this process (``None``: back to ``EVENTWIRE_FALLBACK``)."""
    global _enabled
    _enabled = value


def enabled() -> bool:
    """Off unless switched on here or by ``EVENTWIRE_FALLBACK=1``."""
    if _enabled is not None:
        return _enabled
    return os.environ.get(ENV, "").strip().lower() in {"1", "true", "yes", "on"}


def main_predicate(token: Any) -> bool:
    """A verb heading the sentence (its root, or a verb joined to the root) in a tense that states a
    fact: "Russia sent troops", "has signed", "were expelled by"."""
    if token.pos_ != "VERB":
        return False
    if not (token.dep_ == "ROOT" or (token.dep_ == "conj" and token.head.dep_ == "ROOT"
                                     and token.head.pos_ in {"VERB", "AUX"})):
        return False
    auxiliaries = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.tag_ == "MD" or c.lower_ in {"to", "do", "does", "did"} for c in auxiliaries):
        return False  # "may send", "did not send" (negation is read anyway), "to send"
    if token.tag_ in _FINITE:
        return True
    return token.tag_ == "VBN" and any(c.lower_ in _PERFECT_OR_PASSIVE for c in auxiliaries)


def coded_party(actor: Any) -> bool:
    """A country, its government or forces, an armed group or an organisation, as the dictionaries
    code it; a person only in an office; not a nationality's people ("Russians"), a firm or a name
    the dictionaries do not know."""
    if not actor.code or actor.kind == "name" or not _state_actor(actor):
        return False
    if actor.kind == "person" or actor.kind == "pronoun":
        return actor.sector in _OFFICE
    return actor.kind in _STATE_KINDS or actor.sector in _OFFICE


def _pattern_trigger(token: Any) -> Trigger | None:
    """The verb's trigger when a dictionary pattern, or one of our senses, codes it as an event by a
    content word of its clause ("joined X for talks"); not a bare verb ("beat", "urged"), whatever
    gives its code, and not a reading of "no event"."""
    trigger = verb_trigger(token)
    if trigger is None or trigger.code == NO_EVENT or trigger.source not in {"rule", "pattern"}:
        return None
    if any(word not in FUNCTION_WORDS for part in trigger.matched for word in part.split()):
        return trigger
    return None


def _parties(slots: Any) -> bool:
    actors = [a for a in slots.actors if coded_party(a)]
    recipients = [a for a in slots.recipients if coded_party(a)]
    if not actors or not recipients or len(actors) != len(slots.actors):
        return False
    return bool({(a.code, a.sector) for a in actors} ^ {(r.code, r.sector) for r in recipients})


def candidates(doc: Any, span: Any, sentence: Sentence) -> list[Any]:
    """At most one strict fallback candidate for a sentence the rules left silent (see module doc)."""
    from .background import adverbial_dates, named_year
    from .coder import Candidate, _era  # the coder imports this module

    for token in span:
        if not main_predicate(token):
            continue
        trigger = _pattern_trigger(token)
        if trigger is None:
            continue
        info = cameo(trigger.code)
        event_type, mode = plover_event(trigger)
        if info is None or event_type is None:
            continue
        reading = read_modality(token)
        if reading.negated or reading.hypothetical or reading.future or reading.obliged or reading.offered \
                or reading.speaker is not None:
            continue
        slots = fill_slots(doc, sentence, trigger, movement=info.code[:2] in {"15", "04"} or event_type == "AID",
                           verbal=event_type in VERBAL)
        if not _parties(slots) or generic(token, slots.times):
            continue
        event_type, mode = plover_rules(event_type, mode, reading, slots, None)
        trigger = replace(trigger, source=SOURCE)
        return [Candidate(trigger, info.code, event_type, mode, slots, reading, None, CONFIDENCE,
                          era=_era(doc, trigger, slots), sentence_dates=adverbial_dates(doc, sentence.times),
                          named_year=named_year(doc, token, slots.times))]
    return []

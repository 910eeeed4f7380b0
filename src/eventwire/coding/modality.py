"""Did it happen? Negation, hypotheticals, intentions and background, read off the parse.

PLOVER defines these auxiliary modes but no coder implements them, so "fears Russia could
invade", "will not send troops" and "invaded Georgia in 2008" all become today's events in
GDELT-style data. We look at the trigger and the verbs governing it: a negation, a modal of
possibility, a conditional "if", a verb or noun of fear or speculation, a verb of intention or
the future tense. Historical events are told apart later, from their resolved date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

_HYPOTHETICAL_MODALS = {"could", "may", "might", "would", "can"}
_OBLIGATION_MODALS = {"must", "should", "ought"}
_FUTURE_MODALS = {"will", "shall", "'ll", "wo"}
# Governors that put what they govern in doubt ("fears that X could invade", "possible attack").
_DOUBT = {"fear", "worry", "concern", "risk", "possibility", "prospect", "threat", "danger", "speculation",
          "rumour", "rumor", "warn", "suggest", "consider", "mull", "weigh", "contemplate", "possible",
          "potential", "likely", "unlikely", "hypothetical", "imagine", "if", "unless", "whether",
          "predict", "scenario", "could", "may", "might", "advise", "recommend", "encourage", "option", "idea",
          "capable", "capability", "able", "ability"}
# Governors of intention or schedule ("plans to send", "is set to meet", "vowed to retaliate").
_INTENT = {"plan", "intend", "prepare", "aim", "seek", "vow", "promise", "pledge", "threaten", "decide",
           "agree", "offer", "propose", "schedule", "expect", "want", "hope", "set", "due",
           "going", "about", "ready", "willing", "prepared", "consider", "order"}
# Intentions that only offer: "is prepared to lift the ban" is PLOVER's AGREE (an offer), where
# "will withdraw" announces the concession itself.
_OFFER = {"willing", "ready", "prepared", "prepare", "offer", "propose"}
# Governors that deny or prevent what they govern ("refused to release", "failed to agree").
_INTENT_NOUNS = {"readiness", "plan", "decision", "willingness", "intention", "offer", "promise", "pledge",
                 "vow", "determination", "proposal", "commitment", "bid", "intent", "eagerness", "request",
                 "demand", "call", "effort", "attempt", "push"}
_DENY = {"refuse", "deny", "reject", "fail", "decline", "avoid", "stop", "halt", "cancel", "postpone",
         "rule", "prevent", "block", "veto", "oppose", "without"}
_SPEECH = {"say", "tell", "announce", "claim", "report", "state", "add", "confirm", "insist", "allege",
           "declare", "write", "note", "explain", "according", "argue", "stress", "reiterate", "warn",
           "conclude", "quote", "indicate", "suggest", "believe", "think"}
_NEGATORS = {"not", "n't", "never", "no", "neither", "nor", "without"}


@dataclass
class ModalityReading:
    """What the sentence says about whether the event happened."""

    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    obliged: bool = False  # "X must/should do Y": what someone wants done, not what was done
    conditional: bool = False  # doubt comes only from an "if"/"unless" condition
    speaker: Any = None  # token heading the subject of a verb of saying that governs the event
    offered: bool = False  # "is willing/ready/prepared to…", "offered to…": an offer, not a decision


_NOBODY = {"nobody", "none", "nothing", "noone"}
_CORE_ARGUMENTS = {"nsubj", "nsubjpass", "dobj"}


def _negated_here(token: Any) -> bool:
    """A negation on the word itself, or an argument that is nobody: "no residents were injured",
    "nobody was killed", "killed no civilians" report that the event did not happen."""
    for c in token.children:
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
            return True
        if c.dep_ in _CORE_ARGUMENTS and (c.lower_ in _NOBODY or any(
                g.dep_ == "det" and g.lower_ == "no" for g in c.children)):
            return True
    return False


def _modals(token: Any) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"} and c.tag_ == "MD"}


def read_modality(trigger: Any) -> ModalityReading:
    """Walk from the trigger up through the verbs and nouns that govern it."""
    reading = ModalityReading()
    token = trigger
    first = True
    for _ in range(6):
        lemma = token.lemma_.lower()
        modals = _modals(token)
        if _negated_here(token):
            reading.negated = reading.negated or first or lemma not in _SPEECH
        if modals & _HYPOTHETICAL_MODALS:
            if modals & _HYPOTHETICAL_MODALS == {"would"} and _reported(token):
                reading.future = True  # "said they would boycott": the future of reported speech
            else:
                reading.hypothetical = True
        if first and (modals & _OBLIGATION_MODALS or _need_to(token)):
            reading.obliged = True
        if modals & _FUTURE_MODALS or (first and _going_to(token)):
            reading.future = True
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in token.children):
            reading.hypothetical = True
        if first and any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in {"if", "unless"}
                                                    for g in c.children) for c in token.children):
            # the consequent of a condition: "if X invades, Y will respond"
            reading.conditional = not reading.hypothetical
            reading.hypothetical = True
        if any(c.dep_ == "amod" and c.lemma_.lower() in _DOUBT for c in token.children):
            reading.hypothetical = True  # "a possible attack", "potential Russian invasion"
        if not first:
            if lemma in _DOUBT:
                reading.hypothetical = True
            if lemma in _INTENT and token.pos_ in {"VERB", "ADJ", "AUX"} and not _decided(token):
                reading.future = True
                reading.offered = reading.offered or lemma in _OFFER
            if lemma in _DENY:
                reading.negated = True
            if lemma in _SPEECH and token.pos_ == "VERB" and reading.speaker is None:
                reading.speaker = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if token.dep_ in {"ROOT"} or token.head.i == token.i:
            break
        if first and _presupposed(token):
            break  # "had not determined whether it was related to the bombing": the bombing happened
        if not first and token.pos_ in {"NOUN", "PROPN"}:
            if lemma in _INTENT_NOUNS:
                reading.future = True  # "its readiness to send troops", "a plan to withdraw"
            if lemma in {"refusal"}:
                reading.negated = True
            break  # "fears that X could invade": the noun decides; its own verb does not
        if token.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ in {"if", "unless"}
                                             for c in token.children):
            break  # "although the US is supplying…": a side clause keeps its own modality
        if token.dep_ == "conj" and token.head.pos_ == "VERB":
            # a conjoined verb shares its head's auxiliaries ("will move and stay") but not more
            if _modals(token.head) & _FUTURE_MODALS or (_modals(token.head) == {"would"} and _reported(token.head)):
                reading.future = True  # "said Russia would expel … and close …"
            break
        token = token.head
        first = False
    return reading


def _decided(token: Any) -> bool:
    """A decision taken, told in the past ("the council decided to ease sanctions", "has decided to
    lift the ban"): the act is done by deciding it, not an intention; "will decide to", "may decide
    to" stay open."""
    return token.lemma_.lower() == "decide" and token.tag_ in {"VBD", "VBN"} and not _modals(token)


def _presupposed(token: Any) -> bool:
    """An event noun named as known, in a prepositional phrase ("related to the bombing", "victims of
    the attack", "no comment on the attack", "speculation about Thursday's bombing"): what the sentence
    doubts or denies is something about it, not that it happened. Indefinite ones ("fears of an
    attack", "plans for strikes") stay under their governor."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ != "pobj":
        return False
    return any((c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"}) or c.dep_ == "poss"
               for c in token.children)


def _going_to(token: Any) -> bool:
    """"is going to send", "the minister is to visit": the trigger is an xcomp of "going" with an
    auxiliary "be", or of "be" itself (the news "be to" of schedules; "is to blame" excepted)."""
    head = token.head
    if token.dep_ != "xcomp" or head.i > token.i:
        return False
    if head.lower_ == "going":
        return any(c.lemma_ == "be" for c in head.children)
    return head.lemma_ == "be" and token.lemma_.lower() != "blame"


def _need_to(token: Any) -> bool:
    """"needs to / has to withdraw": obligation without a modal verb."""
    head = token.head
    return token.dep_ == "xcomp" and head.lemma_.lower() in {"need", "have"} and head.i < token.i


def _reported(token: Any) -> bool:
    """Whether the clause is what someone said (a complement of a verb of saying)."""
    current = token
    for _ in range(3):
        if current.dep_ in {"ccomp", "xcomp", "conj"} and current.head.lemma_.lower() in _SPEECH:
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


# Relative times that put an event in the past whatever the dateline: "last year", "two years ago".
_PAST_TIME = re.compile(r"\b(last|previous|past) (year|decade|century)\b|\b(years?|decades?|centuries) "
                        r"(ago|earlier|before)\b|\bthe (year|decade) before\b|\bthe following year\b",
                        re.IGNORECASE)


def past_time(texts: Iterable[str]) -> bool:
    """Whether a time expression of the event's clause places it a year or more back."""
    return any(_PAST_TIME.search(text) for text in texts)


def reference_year(values: Iterable[str | None]) -> int | None:
    """Without a publication date, the article's own present: the latest year of its exact dates
    (day or month). A bare year is left out, since bare years are often plans ("by 2030")."""
    years = [int(v[:4]) for v in values if v and re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", v)]
    return max(years) if years else None

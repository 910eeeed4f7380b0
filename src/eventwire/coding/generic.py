"""Kinds of events and habits, not events: "attacks on shops are common", "police arrest dozens
every year", "such attacks", "whenever a citizen is arrested abroad".

The event schema has no flag for a generic statement (PLOVER's modes do not name one either) and
an analyst counting events wants none of these: no particular happening is reported, so the
coder drops them. Headline present ("Police arrest 40 in Paris") is a report, not a habit; what
tells a habit is a word of frequency, a recurring time ("every year", "daily", "on Fridays") or a
"whenever"/present-tense "when" clause, and for an event noun a determiner of kind ("such", "any").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..records import TimeExpression

# Adverbs of habit. "repeatedly" and "occasionally" are left out: "repeatedly shelled the town",
# "protesters occasionally threw stones" report one series of acts.
_HABITUAL = {"often", "usually", "routinely", "regularly", "frequently", "sometimes", "typically",
             "generally", "commonly", "normally", "traditionally", "customarily", "habitually",
             "seldom", "rarely", "always", "ordinarily"}
# Predicates that describe how common a kind of event is: "attacks are common", "arrests became rare".
_FREQUENCY_ADJECTIVES = {"common", "commonplace", "frequent", "rare", "routine", "widespread", "uncommon",
                         "unusual", "usual", "typical", "normal", "regular", "infrequent", "everyday"}
_KIND_DETERMINERS = {"such", "any", "every"}
_PRESENT = {"VBZ", "VBP"}
# What links an event noun to the verb that tells whether it happened.
_NOUN_TO_VERB = {"nsubj", "nsubjpass", "dobj", "attr"}


def _present(verb: Any) -> bool:
    """Simple present, active or passive ("arrest", "are detained"); not the perfect or progressive."""
    if verb.tag_ in _PRESENT:
        return True
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return verb.tag_ == "VBN" and bool(auxes) and all(
        a.dep_ == "auxpass" and a.tag_ in _PRESENT for a in auxes)


def _used_to(verb: Any) -> bool:
    """"Soldiers used to raid villages": a past habit."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lower_ == "used" and head.i < verb.i


def _when_clause(verb: Any, main: bool = True) -> bool:
    """The verb is the predicate of a "whenever" clause, or of a present-tense "when" clause; or
    (``main``) a present-tense verb that such a clause hangs on ("whenever X, police detain Y")."""
    for child in verb.children:
        word = child.lower_
        if child.dep_ in {"mark", "advmod"} and child.i < verb.i:
            if word == "whenever" or (word == "when" and _present(verb)):
                return True
        if main and child.dep_ == "advcl" and (_present(verb) or any(
                g.lower_ == "whenever" for g in child.children)) and _when_clause(child, main=False):
            return True
    return False


def _recurring(verb: Any, times: Iterable[TimeExpression]) -> bool:
    """A recurring time ("every year", "daily", "on Fridays") in the clause, in any tense: "police
    arrested dozens every year" is a past habit."""
    return any(t.kind == "set" for t in times)


def _habitual_verb(verb: Any, times: Iterable[TimeExpression]) -> bool:
    if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in verb.children):
        return True
    if any(c.dep_ in {"acomp", "oprd"} and c.lemma_.lower() in _FREQUENCY_ADJECTIVES for c in verb.children):
        return True  # "attacks are common", "arrests have become frequent"
    return _used_to(verb) or _when_clause(verb) or _recurring(verb, times)


# Prepositions that stretch a date into a span: "killed since 2015", "between January 2009 and 2015".
_SPAN_PREPS = {"since", "between"}


def _names_year(noun: Any) -> bool:
    """The noun phrase states a calendar year ("2015", "January 2009 and the end of 2015")."""
    return any(t.like_num and len(t.text) == 4 and t.text.isdigit() and t.text[:2] in {"19", "20"}
               for t in noun.subtree)


def _dated_span(prep: Any, preps: set[str] = _SPAN_PREPS) -> bool:
    """A "since"/"between" phrase whose object names a year ("since 2015", "between January 2009 and
    the end of 2015"): a span of months or years. "Since Saturday" is a few days of one fight, and
    "since Obama withdrew" is a clause."""
    return prep.dep_ == "prep" and prep.lower_ in preps and any(
        g.dep_ == "pobj" and _names_year(g) for g in prep.children)


def tally(token: Any) -> bool:
    """A toll summed over a span of years: "28,000 soldiers have been killed since 2015", "people killed
    in drone strikes between January 2009 and the end of 2015", "by the end of 1972, 496 had been
    killed". A count over months or years adds up many happenings and reports none of them; one
    attack's toll is dated by its day, not by a span. Checked on the verb, and on the event noun it
    happened "in" ("killed in drone strikes between …")."""
    if any(_dated_span(c) for c in token.children):
        return True
    # on the noun only "between": "the worst fighting since the 2016 war" compares, it does not sum
    nouns = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
             if g.dep_ == "pobj"]
    if any(_dated_span(c, {"between"}) for noun in nouns for c in noun.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "by" and any(
        g.dep_ == "pobj" and g.lemma_.lower() == "end" and _names_year(g) for g in c.children)
               for c in token.children)


def generic(token: Any, times: Iterable[TimeExpression]) -> bool:
    """Whether the trigger names a kind of event or a habit rather than one happening, or a toll
    summed over a span of years.

    ``times`` are the time expressions of the trigger's own clause (``Slots.times``)."""
    times = list(times)
    if token.pos_ in {"VERB", "AUX"} and tally(token):
        return True
    if token.pos_ in {"NOUN", "PROPN"}:
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() == "count":
            return True  # "two counts of aggravated assault": a charge sheet's kind, not a new attack
        if any(c.dep_ in {"det", "amod", "predet"} and c.lower_ in _KIND_DETERMINERS for c in token.children):
            return True  # "such attacks", "any attack on the embassy"
        if token.tag_ == "NNS" and token.dep_ in _NOUN_TO_VERB and token.head.pos_ in {"VERB", "AUX"} and not any(
                c.dep_ in {"det", "poss", "nummod"} for c in token.children):
            head = token.head
            if head.lemma_ == "be" and head.tag_ in _PRESENT and any(
                    c.dep_ in {"acomp", "attr"} for c in head.children):
                return True  # "attacks on aid workers are a war crime", "protests are legal"
            return _habitual_verb(head, [])  # "protests often turn violent"
        if token.dep_ in {"nsubjpass", "nsubj"} and _when_clause(token.head):
            return True  # "when an attack is detected against your browser"
        return False
    return _habitual_verb(token, times)

"""Kinds of events and habits, not events: "attacks on shops are common", "police arrest dozens
every year", "such attacks", "whenever a citizen is arrested abroad".

The event schema has no flag for a generic statement (PLOVER's modes do not name one either) and
an analyst counting events wants none of these: no particular happening is reported, so the
coder drops them. Headline present ("Police arrest 40 in Paris") is a report, not a habit; what
tells a habit is a word of frequency, a recurring time ("every year", "daily", "on Fridays") or a
"whenever"/present-tense "when" clause, and for an event noun a determiner of kind ("such", "any").

Kinds too: a bare plural event noun that a timeless sentence is about ("riots do not happen,
riots are created", "riots might help the party"), harm kept from happening or only within reach
("measures to prevent riots", "the capacity to launch attacks", "fears of potential attacks"), and the
acts of anyone at all ("anyone who throws stones will be arrested") are kinds too. A place, a date or a
count in the clause ties a present tense to one happening ("riots break out in the old city").
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


# Units of a rate ("one person a year is killed", "attacks two villages a week").
_RATE_UNITS = {"year", "day", "week", "month"}
_RATE_DETERMINERS = {"a", "an", "each", "per"}


def _rate(verb: Any) -> bool:
    """A count per unit of time on the verb or on its subject or object: "one person a year is killed on
    that road", "the militia attacks two villages a week". "A day after the riots", "a year ago" place
    one happening (the unit has more than its article)."""
    nodes = [verb] + [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in _RATE_UNITS and [g.lower_ for g in c.children]
               and all(g.dep_ == "det" and g.lower_ in _RATE_DETERMINERS for g in c.children)
               for node in nodes for c in node.children)


def _habitual_verb(verb: Any, times: Iterable[TimeExpression]) -> bool:
    if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in verb.children):
        return True
    if _rate(verb):
        return True  # "one person a year is killed"
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


# A span of months or years reaching up to the news: "over the past three years", "in the last two decades".
_SPAN_UNITS = {"year", "month", "decade"}
_RECENT = {"past", "last", "previous"}


def _recent_span(verb: Any) -> bool:
    """The verb is summed over a span of months or years up to now: "have been killed so far this year",
    "over the past three years the country has been hit by protests", "in the last two years police have
    arrested 40". "In the last week" is a few days of one story."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in {"over", "in", "during", "within", "throughout"} and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _SPAN_UNITS and any(
                    a.dep_ == "amod" and a.lower_ in _RECENT for a in g.children) for g in c.children):
            return True
    far = any(c.dep_ == "advmod" and c.lower_ == "far" and any(g.lower_ == "so" for g in c.children)
              for c in verb.children)
    return far and any(c.dep_ == "npadvmod" and c.lemma_.lower() in _SPAN_UNITS and any(
        g.dep_ == "det" and g.lower_ == "this" for g in c.children) for c in verb.children)


def _governing_verb(noun: Any) -> Any | None:
    """The verb an event noun hangs on through prepositions and quantities ("hit by dozens of protests")."""
    node = noun
    while node.dep_ in {"pobj", "prep", "agent"}:
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


def tally(token: Any) -> bool:
    """A toll summed over a span of years: "28,000 soldiers have been killed since 2015", "people killed
    in drone strikes between January 2009 and the end of 2015", "by the end of 1972, 496 had been
    killed". A count over months or years adds up many happenings and reports none of them; one
    attack's toll is dated by its day, not by a span. Checked on the verb, and on the event noun it
    happened "in" ("killed in drone strikes between …")."""
    if any(_dated_span(c) for c in token.children) or _recent_span(token):
        return True
    # on the noun only "between": "the worst fighting since the 2016 war" compares, it does not sum
    nouns = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
             if g.dep_ == "pobj"]
    if any(_dated_span(c, {"between"}) for noun in nouns for c in noun.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "by" and any(
        g.dep_ == "pobj" and g.lemma_.lower() == "end" and _names_year(g) for g in c.children)
               for c in token.children)


# Modals of possibility: "riots might help a party", "attacks can happen anywhere".
_POSSIBLE_MODALS = {"can", "could", "may", "might"}
# Verbs by which a kind of event is said to do or be something, in the simple present: "riots help the
# party", "attacks like these hurt tourism", "riots are created". Verbs of happening somewhere
# ("protests erupt in Paris", "riots break out") are a headline's present, not a statement of kind.
_KIND_VERBS = {"help", "hurt", "harm", "cause", "damage", "weaken", "undermine", "serve", "benefit", "feature",
               "happen", "occur", "create", "make", "mean", "reflect", "show", "lead", "tend", "affect", "cost",
               "breed", "fuel", "deter", "divide", "polarise", "polarize", "alienate", "scare", "frighten",
               "engineer", "orchestrate", "sponsor", "instigate", "organise", "organize", "plan", "manufacture",
               "ban", "prohibit", "forbid", "outlaw", "tolerate", "punish", "justify", "achieve", "solve", "work",
               "pay", "matter"}
# What ties a clause to one happening: a place, a date or a count ("riots break out in the old city
# again", "protests rock Delhi", "attacks kill 12").
_ANCHOR_ENTITIES = {"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL"}
_ANCHOR_ADVERBS = {"again", "today", "tonight", "yesterday", "now", "still", "already", "once"}
_LOCATIVE = {"in", "at", "across", "near", "outside", "inside", "around", "throughout", "on"}


def _simple_present(verb: Any) -> str | None:
    """How a verb is timeless: "present" ("riots help", "riots are created"), "negated" ("riots do not
    happen") or "possible" ("riots might help"); None for the past, the perfect, the progressive and
    the future, which tell of happenings."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    words = {a.lower_ for a in auxes}
    negated = any(c.dep_ == "neg" for c in verb.children)
    if words & _POSSIBLE_MODALS and not (words & {"have", "been"}):
        return "possible"
    if verb.tag_ == "VB" and auxes and all(a.lower_ in {"do", "does"} for a in auxes):
        return "negated" if negated else "present"
    if _present(verb) and not (verb.tag_ == "VBN" and words & {"being"}):
        return "negated" if negated else "present"
    return None


def _anchored(verb: Any, subject: Any, strict: bool = True) -> bool:
    """The clause names a place, a date or a count, or says "again" or "today": one happening is told.
    Not ``strict`` (a negated or possible statement, never a headline's present): only a date, "again"
    or "today", or a place the verb itself is "in" — a count or a city further down ("do not fit into
    the charity of the city's 70,000 Gujaratis") tells nothing of the riots."""
    subject_tokens = {t.i for t in subject.subtree}
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in _ANCHOR_ADVERBS:
            return True
        if child.dep_ == "prep" and child.lower_ in _LOCATIVE and child.i > verb.i and (strict or any(
                g.ent_type_ in {"GPE", "LOC", "FAC"} for g in child.children)):
            return True  # "break out in the old city"
        for t in child.subtree:
            if t.i not in subject_tokens and (t.ent_type_ in {"DATE", "TIME"} or strict and (
                    t.ent_type_ in _ANCHOR_ENTITIES or t.like_num)):
                return True
    return any(t.ent_type_ in _ANCHOR_ENTITIES - {"CARDINAL"} or strict and (t.ent_type_ == "CARDINAL" or t.like_num)
               for t in subject.subtree)  # "riots in Delhi do not stop"


def _bare_plural(noun: Any) -> bool:
    """A plural noun with no article, possessive, number or demonstrative: a kind ("riots", "terrorist
    attacks"), not these riots."""
    return noun.tag_ == "NNS" and not any(c.dep_ in {"det", "poss", "nummod", "predet"} for c in noun.children)


def _timeless_kind(noun: Any) -> bool:
    """A bare plural event noun that is the subject of a statement about its kind, in the simple present
    or with a modal of possibility, anchored to no place, date or count: "riots might help the party
    win elections", "riots do not happen, riots are created", "strikes do not cause disruption", "a
    world where things like riots do not feature". "Riots broke out in the old city again" and the
    headline's "Protests erupt in Paris" report happenings."""
    if not _bare_plural(noun):
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "like" and head.head.pos_ == "NOUN" and _bare_plural(head.head):
        noun = head.head  # "ugly things like riots do not feature"
    if noun.dep_ not in {"nsubj", "nsubjpass"} or noun.head.pos_ not in {"VERB", "AUX"}:
        return False
    verb = noun.head
    if verb.dep_ in {"aux", "auxpass"}:
        verb = verb.head  # "riots are organised", the subject hung on its auxiliary
    how = _simple_present(verb)
    if how is None or _anchored(verb, noun, strict=how == "present"):
        return False
    return how in {"possible", "negated"} or verb.lemma_.lower() in _KIND_VERBS


# Verbs whose bare object is harm kept from happening: "measures to prevent riots", "to avert strikes".
_AVERTING = {"prevent", "avert", "deter", "forestall", "preempt", "pre-empt", "avoid"}
# "steps to stop violence", "to check further attacks": only with no article, or "further"/"future".
_STOPPING = {"stop", "check", "curb", "halt"}
_AHEAD_ADJECTIVES = {"further", "future"}
# Verbs whose bare object is a kind of event forbidden: "orders banning rallies and demonstrations".
_BANNING = {"ban", "prohibit", "forbid", "outlaw", "disallow"}
_AVERTING_NOUNS = {"prevention", "deterrence", "deterrent"}
# Nouns of what one could do, whose infinitive names no act done: "the capacity to launch attacks".
_CAPACITY = {"capacity", "capability", "capabilities", "ability", "means", "power", "wherewithal", "potential",
             "strength"}
# Adjectives that make a bare plural a kind of possible harm: "fears of potential terrorist attacks"
# ("future talks with Syria" are talks with someone, flagged by modality).
_POSSIBLE_ADJECTIVES = {"potential", "possible"}
# Indefinite people: "anyone who throws stones will be arrested", "whoever attacks the police".
_INDEFINITE = {"anyone", "anybody", "whoever", "whosoever", "whomever", "everyone", "everybody"}
_WHOEVER = {"whoever", "whosoever", "whomever"}
# The reader or someone at all, as the subject of a condition: "if you or someone you know has been assaulted".
_ADDRESSED = {"you", "someone", "somebody", "anyone", "anybody"}
_FUTURE_AUX = {"will", "shall", "'ll"}


def _kind_noun(noun: Any) -> bool:
    """No article, possessive or number: "riots", "violence", "terrorist attacks"."""
    return noun.tag_ in {"NNS", "NN"} and not any(
        c.dep_ in {"det", "poss", "nummod", "predet"} for c in noun.children)


# Adjectives of liability whose "to" names a kind of harm: "such groups are prone to attacks".
_LIABLE = {"prone", "vulnerable", "susceptible", "liable", "exposed", "immune"}
# Nouns of fear whose "of" names harm that has not happened: "live in terror of riot and arson", "the
# threat of detention and deportation".
_FEARED = {"fear", "terror", "threat", "risk", "danger", "spectre", "specter", "prospect", "dread"}


# Nouns that measure how often a kind of event happens: "a spate of attacks in recent years", "the pace of
# attacks". A "wave" or "series of attacks" across a country on Monday is a day's news, and stays.
_MEASURES = {"spate", "pace", "rate", "frequency", "incidence"}
# Adjectives of habit on a bare plural: "the region sees frequent attacks", "years pocked by occasional
# strikes". "Sporadic", "intermittent" and "repeated" clashes are one night's or one week's.
_HABIT_ADJECTIVES = {"frequent", "occasional", "periodic", "recurrent", "recurring", "regular", "routine"}


_DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
              "tonight", "overnight"}


def _day_named(noun: Any, times: list[TimeExpression]) -> bool:
    """The clause or the sentence names a day ("on Tuesday", "yesterday"): one day's news."""
    return any(t.precision == "day" for t in times) or any(
        t.lower_ in _DAY_WORDS and t.ent_type_ in {"DATE", "TIME"} for t in noun.sent)


def _measured(noun: Any, times: list[TimeExpression]) -> bool:
    """A kind of event counted over time rather than one happening: "a spate of attacks in recent years",
    "the pace of attacks had accelerated", "Dagestan sees frequent attacks", "occasional strikes". A day
    in the clause makes it one day's news ("a spate of arrests on Tuesday")."""
    first = _bare_kinds(noun)
    if first is None or _day_named(noun, times):
        return False
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lemma_.lower() in _MEASURES:
        return True
    return noun.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ in _HABIT_ADJECTIVES for c in noun.children)


def _bare_kinds(noun: Any) -> Any | None:
    """The first of a list of bare kind nouns ("riot" of "riot, loot and arson"), which carries the list's
    relation; None when the noun or the list's first has an article, possessive or number."""
    first = _first_conjunct(noun)
    return first if _kind_noun(noun) and _kind_noun(first) else None


def _first_conjunct(noun: Any) -> Any:
    """"riot" of "terror of riot, loot and arson": the first of a list carries its relation."""
    while noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head
    return noun


def _liable_or_feared(noun: Any) -> bool:
    """A bare event noun named as harm one is liable to or lives in fear of: "prone to attacks", "live in
    terror of riot, loot and arson", "face the threat of detention and deportation". "The fear of the
    attack", "fears after the riots" name a happening."""
    first = _bare_kinds(noun)
    if first is None or first.dep_ != "pobj":
        return False
    prep, head = first.head, first.head.head
    if prep.lower_ == "to" and head.lower_ in _LIABLE:
        return True
    return prep.lower_ == "of" and head.lemma_.lower() in _FEARED


def _common_kind(noun: Any) -> bool:
    """An event noun without article said to be common or rare: "sexual abuse and rape are common"."""
    first = _bare_kinds(noun)
    if first is None or first.dep_ != "nsubj":
        return False
    head = first.head
    return head.lemma_ == "be" and head.tag_ in _PRESENT and any(
        c.dep_ == "acomp" and c.lemma_.lower() in _FREQUENCY_ADJECTIVES for c in head.children)


def _averted(noun: Any) -> bool:
    """An event noun named as harm kept from happening, or as what someone could do: "measures to
    prevent riots", "to avert strikes", "steps to stop violence", "prevention of riots", "the capacity
    to launch coordinated attacks", "capable of mounting attacks", "fears of potential attacks". A
    particular event stays ("failed to stop the violence", "averted the strike": modality flags it)."""
    amods = {c.lower_ for c in noun.children if c.dep_ == "amod"}
    first = _bare_kinds(noun)
    if first is not None and (first.dep_ == "dobj" and first.head.lemma_.lower() in _BANNING or (
            first.dep_ == "pobj" and first.head.lower_ == "on" and first.head.head.lemma_.lower() in {"ban", "curb"})):
        return True  # "prohibitory orders banning rallies and demonstrations", "a ban on protests"
    head = noun.head
    lemma = head.lemma_.lower()
    if noun.dep_ == "dobj" and head.pos_ == "VERB":
        if lemma in _AVERTING and _kind_noun(noun):
            return True
        if lemma in _STOPPING and _kind_noun(noun) and (noun.tag_ == "NN" or amods & _AHEAD_ADJECTIVES):
            return True
        if head.dep_ in {"acl", "xcomp"} and head.head.lemma_.lower() in _CAPACITY:
            return True  # "the capacity to launch attacks"
        if head.dep_ == "pcomp" and head.head.lower_ == "of" and head.head.head.lower_ == "capable":
            return True  # "capable of mounting attacks"
    if noun.dep_ == "pobj" and head.lower_ in {"of", "for"} and head.head.lemma_.lower() in (
            _AVERTING_NOUNS | _CAPACITY | {"capable"}) and _kind_noun(noun):
        return True  # "the prevention of riots", "the capacity for attacks", "capable of mounting attacks"
    return _bare_plural(noun) and bool(amods & _POSSIBLE_ADJECTIVES) and not any(
        t.ent_type_ for t in noun.subtree)


def _indefinite(verb: Any) -> bool:
    """A verb whose doer or patient is anyone at all, told in the present or the future: "anyone who
    throws stones will be arrested", "anybody who questions them is attacked", "police will arrest
    whoever breaks the curfew"; the act of such a relative clause ("anyone who throws stones"); and
    the reader or someone at all in a condition ("if you or someone you know has been assaulted").
    Told in the past ("those who attacked the police were arrested") the acts happened."""
    if any(c.dep_ == "mark" and c.lower_ in {"if", "when", "whenever"} for c in verb.children) and any(
            c.dep_ in {"nsubj", "nsubjpass"} and ({c.lower_} | {g.lower_ for g in c.conjuncts}) & _ADDRESSED
            for c in verb.children):
        return True  # "if you or someone you know has been assaulted, call…": a helpline's reader
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    timeless = _simple_present(verb) is not None or bool(auxes & _FUTURE_AUX)
    if not timeless:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in _INDEFINITE for c in verb.children):
        return True
    if any(c.dep_ == "dobj" and c.lower_ in _INDEFINITE and any(g.dep_ == "relcl" for g in c.children)
           for c in verb.children):
        return True  # "will arrest anyone who throws stones"; "will not allow anyone to enter" refuses
    if any(c.dep_ in {"ccomp", "csubj", "csubjpass"} and any(
            g.dep_ == "nsubj" and g.lower_ in _WHOEVER for g in c.children) for c in verb.children):
        return True  # "police will arrest whoever breaks the curfew"
    head = verb.head
    return verb.dep_ == "relcl" and (head.lower_ in _INDEFINITE or head.lower_ == "those")


def _characterising(verb: Any) -> bool:
    """The simple present of a relative clause on what someone is said to be: "they are killers who kill
    innocent people", "he is a man who attacks journalists". It tells what kind of people they are, not
    what they did; "the men who attacked the bus are killers" tells it."""
    head = verb.head
    return verb.dep_ == "relcl" and verb.tag_ in _PRESENT and head.dep_ == "attr" and head.head.lemma_ == "be" \
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _within_reach(verb: Any) -> bool:
    """An act named as what someone could do: "the capacity to attack cities", "the power to dismiss
    governors", "capable of striking the capital". "Were able to attack" tells it was done."""
    head = verb.head
    if verb.dep_ in {"acl", "xcomp"} and head.pos_ == "NOUN" and head.lemma_.lower() in _CAPACITY:
        return True
    return verb.dep_ == "pcomp" and head.lower_ == "of" and head.head.lower_ == "capable"


# Verbs of charging whose present passive tells what someone stands accused of: "he is accused of taking
# bribes", "the former governor is charged with fraud". With the preposition naming the charge.
_CHARGING = {"accuse": "of", "charge": "with"}


def _standing_charge(verb: Any, times: list[TimeExpression]) -> bool:
    """The simple present passive of a charge, with the charge named and no one said to bring it: "he is
    accused of receiving payments", "the former president is charged with 16 counts of fraud", "the crimes he
    is charged with". It says what a suspect stands accused of, a description of the suspect: the
    accusation was made some time before and the sentence does not report it. "Prosecutors accused him",
    "he has been charged", "he is charged by the police on Monday" report the act."""
    prep = _CHARGING.get(verb.lemma_.lower())
    if prep is None or verb.tag_ != "VBN" or not _present(verb) or times:
        return False
    if any(c.dep_ == "agent" or c.dep_ == "neg" for c in verb.children):
        return False
    # the charge's preposition on the verb, also stranded in a relative clause ("the crimes he is charged with")
    return any(c.dep_ == "prep" and c.lower_ == prep for c in verb.children) or any(
        t.dep_ == "pobj" and t.head.lower_ == prep and t.head.head == verb for t in verb.sent)


# Quantities of a kind: "the majority of rape cases", "most attacks on aid workers".
_MOST = {"majority", "most", "bulk"}
_CASE_NOUNS = {"case", "incident"}


def _most_of_kind(noun: Any) -> bool:
    """A bare plural event noun, or the "cases"/"incidents" it names, counted as most of its kind: "as with
    the majority of rape and assault cases", "most attacks on aid workers go unpunished", "the majority of
    protests are peaceful". "Most of the attacks on Monday" are these attacks (an article)."""
    node = _first_conjunct(noun)
    if node.dep_ in {"compound", "nmod"} and node.head.lemma_.lower() in _CASE_NOUNS:
        node = node.head  # "rape and assault cases"
    if not _bare_plural(node):
        return False
    if any(c.dep_ == "amod" and c.lower_ == "most" for c in node.children):
        return True
    head = node.head
    return node.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _MOST


def generic(token: Any, times: Iterable[TimeExpression]) -> bool:
    """Whether the trigger names a kind of event or a habit rather than one happening, or a toll
    summed over a span of years.

    ``times`` are the time expressions of the trigger's own clause (``Slots.times``)."""
    times = list(times)
    if token.pos_ in {"VERB", "AUX"} and tally(token):
        return True
    if token.pos_ in {"NOUN", "PROPN"}:
        verb = _governing_verb(token)
        if verb is not None and _recent_span(verb):
            return True  # "the country has been hit by dozens of protests over the past three years"
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
            if _habitual_verb(head, []):
                return True  # "protests often turn violent"
        if not times and _timeless_kind(token):
            return True  # "riots might help the party", "riots do not happen"
        if _averted(token):
            return True  # "measures to prevent riots", "the capacity to launch attacks"
        if _most_of_kind(token):
            return True  # "as with the majority of rape cases", "most attacks go unpunished"
        if _liable_or_feared(token) or _common_kind(token):
            return True  # "prone to attacks", "in terror of riot and arson", "rape is common"
        if _measured(token, times):
            return True  # "a spate of attacks in recent years", "frequent attacks"
        if token.dep_ in {"nsubjpass", "nsubj"} and _when_clause(token.head):
            return True  # "when an attack is detected against your browser"
        return False
    return _habitual_verb(token, times) or _indefinite(token) or _within_reach(token) or _characterising(token) \
        or _standing_charge(token, times)

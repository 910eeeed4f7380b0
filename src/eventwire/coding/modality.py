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
          "capable", "capability", "able", "ability", "reluctant", "wary", "hesitant", "suppose"}
# Governors of intention or schedule ("plans to send", "is set to meet", "vowed to retaliate").
_INTENT = {"plan", "intend", "prepare", "aim", "seek", "vow", "promise", "pledge", "threaten", "decide",
           "agree", "offer", "propose", "schedule", "expect", "want", "hope", "set", "due",
           "going", "about", "ready", "willing", "prepared", "consider", "order", "eager", "keen"}
# Intentions that only offer: "is prepared to lift the ban" is PLOVER's AGREE (an offer), where
# "will withdraw" announces the concession itself.
_OFFER = {"willing", "ready", "prepared", "prepare", "offer", "propose"}
# Nouns whose "of" names what has not (yet) happened: "came to the brink of a riot", "on the verge of a
# strike", "in favour of attacking the marchers" (a stance on an act, not the act).
_SHORT_OF = {"brink", "verge", "favour", "favor"}
# Governors that deny or prevent what they govern ("refused to release", "failed to agree").
_INTENT_NOUNS = {"readiness", "plan", "decision", "willingness", "intention", "offer", "promise", "pledge",
                 "vow", "determination", "proposal", "commitment", "bid", "intent", "eagerness", "request",
                 "demand", "call", "effort", "attempt", "push", *"petition plea appeal prayer direction directive hope".split()}
# Nouns that ask for the event in their "for" phrase ("a request for the deployment of the army", "petitions
# for deployment", "a direction for deployment"): the event is asked for, not known (see :func:`_presupposed`).
_ASKING_NOUNS = {"request", "demand", "call", "petition", "plea", "appeal", "prayer", "direction", "directive"}
# Verb forms the parser sometimes tags as nouns ("another [petition] seeking deployment of army").
_ASKING_FORMS = {"seeking", "demanding", "requesting", "pleading", "urging"}
_DENY = {"refuse", "deny", "reject", "fail", "decline", "avoid", "stop", "halt", "cancel", "postpone",
         "rule", "prevent", "block", "veto", "oppose", "without", "refrain", "abstain", "desist", "defer", "shelve",
         "scrap", "abandon", "foil", "thwart", "avert", "preempt", "forestall"}
# Particle verbs that call an event off ("called off the strike", "put off the rally").
_DENY_PARTICLES = {("call", "off"), ("put", "off")}
# Modifiers that set an event noun ahead of the news ("the planned protests", "the upcoming summit").
_AHEAD = {"planned", "upcoming", "forthcoming", "scheduled", "proposed", "impending", "intended"}
_SPEECH = {"say", "tell", "announce", "claim", "report", "state", "add", "confirm", "insist", "allege",
           "declare", "write", "note", "explain", "according", "argue", "stress", "reiterate", "warn",
           "conclude", "quote", "indicate", "suggest", "believe", "think"}
_NEGATORS = {"not", "n't", "never", "no", "neither", "nor", "without"}
# Verbs whose condition belongs to what they threaten: "warned Athens of consequences if it extends its waters" is a
# warning given, the consequences are what is conditional.
_THREATENING = {"threaten", "warn", "vow"}
# Governors that ask for what they govern: "demanded the arrest of", "urged the police to arrest",
# "asked them to withdraw". What is asked for is wanted, not done (flagged as "should" is).
_WANT = {"demand", "urge", "ask", "appeal", "press", "request", "petition", "exhort", "plead"}
# "called for the arrest", "called on the state to withdraw": "call" asks only through these
# (and "ask" only through its "to" clause or "for": :func:`_asks_for`).
_CALL_PREPOSITIONS = {"for", "on", "upon"}
# Verbs of winning someone over to an act: asking, until told as done.
_PERSUADE = {"persuade", "convince", "induce", "coax", "cajole", "prod", "nudge", "prevail"}
# Words of a firm resolve, an intention only through their "to" infinitive ("is determined to pull the
# government down", "had determined to ask for answers"); "determined that the fire was set" finds out, and a
# body that "resolved to boycott" has taken its decision (as "decided to" has).
_RESOLVE = {"determine", "determined"}
# Verbs of attempting. Policy (eighteenth session): an attempt at an act of force is coded as the act, as
# PLOVER and ACLED code attempted attacks ("tried to set fire to the shops", "attempted to storm the base"); an
# attempt at an act that exists only once it succeeds (an arrest, a capture, a rescue, an agreement) is not that
# act: "tried to arrest the driver, who escaped" arrests nobody (hypothetical).
_ATTEMPT = {"try", "attempt", "endeavour", "endeavor", "strive"}
_OUTCOME_ACTS = {"arrest", "apprehend", "detain", "capture", "catch", "nab", "rescue", "free", "evict", "deport",
                 "extradite", "agree", "agreement", "settle", "settlement", "conclude", "broker", "reconcile"}
# Verbs whose definite object is an event already there: "efforts to control the riots", "failed to
# quell the violence", "could have averted the riots that claimed 700 lives", "condemned the attack".
_HANDLING = {"control", "contain", "quell", "curb", "check", "handle", "tackle", "condemn", "investigate",
             "probe", "avert", "stop", "end", "justify", "compare", "witness", "describe", "term",
             "recall", "survive", "blame", "suppress", "defuse"}
# Of those, the ones whose object is there with or without an article ("failed to control communal
# riots", "the riots could not be controlled"); "to prevent riots", "to stop attacks" are not.
_HANDLED_ANYWAY = {"control", "contain", "quell", "curb", "handle", "tackle", "suppress", "investigate", "probe"}
# Prepositions of circumstance or cause: their event noun is there ("visits were cancelled due to
# riots", "one suggested, amid protests", "despite the curfew", "in view of the attack").
_CIRCUMSTANCE = {"amid", "amidst", "despite", "during", "following", "since"}
_CAUSE_HEADS = {"due", "owing", "because", "view", "wake", "aftermath", "spite"}


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
    ahead_now: bool = False  # told ahead of the writer's present ("will leave", "is going to give"): not background
    neither_nor: bool = False  # the negation is "neither X nor Y" on the verbs: neither act done, none refused


_NOBODY = {"nobody", "none", "nothing", "noone"}
# Nouns whose negation asserts what they govern (litotes): "had no qualms about the raids", "showed no remorse for
# the attack", "no stranger to riots", "no let-up in the attacks", "no doubt that they fired": the act is there.
_LITOTES = {"qualm", "qualms", "hesitation", "compunction", "scruple", "scruples", "remorse", "regret", "shame",
            "reluctance", "stranger", "doubt", "dearth", "shortage", "lack", "end", "letup", "let-up", "respite"}
# Quantifiers whose negation is about the rest of their clause, not the set they pick from: "not one of those
# arrested was charged", "not a single one of the hundreds detained": the arrests are there.
_PARTITIVE_HEADS = {"one", "none", "any", "single", "each"}
_CORE_ARGUMENTS = {"nsubj", "nsubjpass", "dobj"}


# Verbs that take the truth of their "that" clause for granted (factives): "we must not forget that the army seized
# power", "did not know that police had fired", "cannot ignore that they attacked": their negation or modal is
# about remembering or knowing, and the act they govern is told as done.
_FACTIVE = {"forget", "know", "realise", "realize", "remember", "regret", "ignore", "overlook", "notice", "hide",
            "conceal", "dispute"}


def _factive_through(lemma: str, below: Any) -> bool:
    """The walk came up to a factive verb through its "that" clause (or a bare one), not through a question
    ("did not know whether/if they fired") nor an infinitive ("forgot to sign")."""
    return lemma in _FACTIVE and below.dep_ == "ccomp" and below.head.pos_ in {"VERB", "AUX"} and not any(
        c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in below.children) and not _wh_clause(below)


# Focus words that turn a negation into "not only X but (also) Y": "the incident is not being investigated only by
# Britain, but by other services as well" says it is investigated.
_FOCUS = {"only", "just", "merely", "solely", "simply"}


def _not_only(neg: Any) -> bool:
    """A "not" of "not only/just/merely ..., but ...": adjacent to its focus word, or a few words before it with a
    "but" after in the sentence."""
    doc, end = neg.doc, neg.sent.end
    if neg.i + 1 < end and doc[neg.i + 1].lower_ in _FOCUS:
        return True
    focus = next((w for w in doc[neg.i + 1: min(neg.i + 6, end)] if w.lower_ in _FOCUS), None)
    return focus is not None and any(w.lower_ == "but" for w in doc[focus.i + 1: end])


def _negated_here(token: Any, own: bool = True) -> bool:
    """A negation on the word itself, or (on the trigger's ``own`` word only) an argument that is
    nobody: "no residents were injured", "nobody was killed", "killed no civilians" report that the
    event did not happen. A governor's empty argument says nothing of the event it governs ("banned
    the group but has taken no action against the others")."""
    for c in token.children:
        if (c.dep_ == "neg" and not _not_only(c)) or (c.dep_ == "det" and c.lower_ == "no"):
            return True
        if own and c.dep_ in _CORE_ARGUMENTS and (c.lower_ in _NOBODY or any(
                (g.dep_ in {"det", "preconj"} and g.lower_ in {"no", "neither"}) or g.dep_ == "neg"
                or (g.dep_ == "nummod" and any(n.dep_ == "neg" for n in g.children)) for g in c.children)):
            return True  # "no residents", "not a single activist", "not one protester", "neither police nor army"
    return False


def _partitive(token: Any, below: Any) -> bool:
    """The walk came up to a quantifier through its partitive "of" ("not one of the 300 arrested")."""
    return below.dep_ == "prep" and below.lower_ == "of" and below.head.i == token.i \
        and token.lower_ in _PARTITIVE_HEADS


# Nouns of a scheme whose infinitive names the act schemed ("a plot to kill", "a conspiracy to burn"): aimed at,
# not told as done; read only through the infinitive ("a conspiracy in the way they were killed" is not one).
_SCHEMES = {"plot", "conspiracy", "scheme", "ploy", "design", "plan", "bid", "attempt"}
# Verbs that bring an event about ("to spark clashes", "to provoke a riot"): in a purpose infinitive the event
# they take as object is what someone aimed at, not what the sentence reports.
_CAUSING = {"spark", "provoke", "trigger", "incite", "foment", "instigate", "stoke", "fan", "engineer", "stir",
            "ignite", "precipitate"}


def _lemma(token: Any) -> str:
    """The token's lemma, with a past tense misspelt without its "e" read as the verb it spells ("threatend",
    "listend": the parser leaves them as unknown words, so the intention they govern would be lost)."""
    lemma = token.lemma_.lower()
    if lemma == token.lower_ and token.pos_ in {"VERB", "AUX", "NOUN", "ADJ"} and re.fullmatch(r"[a-z]{3,}end", lemma):
        stem = lemma[:-1]
        if stem.endswith("en") and stem in _INTENT | _DOUBT | _DENY | _WANT | _SPEECH:
            return stem
    return lemma


def _aimed_object(token: Any, below: Any) -> bool:
    """The event noun is the object of a verb of causing told in a purpose infinitive ("chose the hour to spark
    clashes", "gathered in order to provoke a riot"): aimed at, not reported."""
    return below.dep_ == "dobj" and below.pos_ in {"NOUN", "PROPN"} and token.lemma_.lower() in _CAUSING \
        and token.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children) \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children) \
        and token.dep_ in {"advcl", "acl", "xcomp", "conj"}


def _scheme_before(token: Any) -> bool:
    """A purpose infinitive the parser hangs on the verb though it completes the verb's object, a noun of a
    scheme right before it ("police foiled a plot to kill the minister": "to kill" on "foiled")."""
    if token.dep_ != "advcl" or not _purpose(token):
        return False
    to = next((c for c in token.children if c.dep_ == "aux" and c.tag_ == "TO"), None)
    if to is None or to.i == 0:
        return False
    noun = token.doc[to.i - 1]
    return noun.lemma_.lower() in _SCHEMES and noun.dep_ in {"dobj", "nsubjpass", "attr"} and noun.head.i == token.head.i


def _in_order(token: Any, below: Any) -> bool:
    """"in order to attack", "in order that they may attack": the act is a purpose, not told as done."""
    return token.lower_ == "order" and token.dep_ == "pobj" and token.head.lower_ == "in" and below.head.i == token.i \
        and below.dep_ in {"acl", "relcl", "ccomp"}


# Prepositions of a denial's circumstances, not of what it denies ("cancelled for the violence", "put off
# after the riots"): what they take is not undone.
_DENIAL_CIRCUMSTANCES = {"with", "in", "during", "after", "before", "since", "amid", "amidst", "following", "despite",
                         "over", "for", "because", "due", "owing", "at", "on", "by", "under"}


def _undone_through(below: Any) -> bool:
    """A verb of denial undoes what it governs as its object, complement or passive subject ("cancelled the
    rally", "refused to release them", "the rally was called off"), and what its "from"/"to" phrase names
    ("refrained from attacking", "opposed to the deployment"); not a circumstance ("cancelled for the riots")
    nor a clausal subject the parser hangs on it when it misreads the sentence."""
    if below.dep_ in {"csubj", "csubjpass"}:
        return False
    return not (below.dep_ == "prep" and below.lower_ in _DENIAL_CIRCUMSTANCES)


# Words that open an embedded question about a known act ("do not know who torched the shops", "did not say how
# many were killed"): the act is taken as done; only who, how or why is not known or not told.
_WH_WORDS = {"who", "whom", "whose", "what", "which", "how", "why", "where", "when"}


def _wh_clause(token: Any) -> bool:
    """The clause is an embedded wh-question complementing its governor."""
    if token.dep_ not in {"ccomp", "xcomp"} or token.head.pos_ not in {"VERB", "AUX"}:
        return False
    opener = token.doc[token.left_edge.i]
    return opener.lower_ in _WH_WORDS and opener.tag_ in {"WP", "WP$", "WRB", "WDT"} and opener.i < token.i


def _modals(token: Any) -> set[str]:
    """The modals on a verb, and those the parser hangs on its auxiliary ("troops should remain deployed":
    "should" on "remain", the auxiliary of "deployed")."""
    helpers = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    return {c.lower_ for c in helpers if c.tag_ == "MD"} | {
        g.lower_ for c in helpers if c.tag_ != "MD" for g in c.children if g.dep_ == "aux" and g.tag_ == "MD"}


def read_modality(trigger: Any) -> ModalityReading:
    """Walk from the trigger up through the verbs and nouns that govern it."""
    reading = ModalityReading()
    token = trigger
    below = trigger  # the word the walk came up from
    first = True
    purpose = False  # the walk has come up from a purpose infinitive: who says so is not its speaker
    framed = _framed(trigger)  # "killed in the riots", "not the same after riots": a governor's "not" is not its
    condition = False  # the walk has come up out of an if/unless clause: its consequent's "not" is not the condition's
    timed = False  # the walk has come up out of "before/after <gerund>": the governor's "not" is not the gerund's
    for _ in range(6):
        if first and token.dep_ == "conj" and token.pos_ in {"NOUN", "PROPN"} and token.head.pos_ in {"NOUN", "PROPN"}:
            # "demands restoration of order and deployment of the army": as the first one
            reading.hypothetical = _listed_under(token) is not None  # a list item hung inside an earlier item
            token = token.head
        elif first and token.dep_ == "conj" and token.tag_ == "VB" and _bare_conjunct(token) and (
                infinitive := _infinitive_of(token)) is not None:
            # "seeking a direction to disperse the crowd and seize arms", "determined to take part, make
            # representations and also ask for explanations": one infinitive
            token = infinitive
        lemma = _lemma(token)
        modals = _modals(token)
        if _negated_here(token, own=first) and not (framed and not first) and not condition and not timed and not (
                not first and (lemma in _LITOTES or token.lower_ in _LITOTES or _partitive(token, below)
                               or _factive_through(lemma, below))):
            reading.negated = reading.negated or first or lemma not in _SPEECH
        if first and _neither_nor(token):
            reading.negated = reading.neither_nor = True  # "had neither accepted nor rejected the proposal"
        if modals & _HYPOTHETICAL_MODALS and not (not first and (_aside(token) or _factive_through(lemma, below))) \
                and not _could_done(token, modals) and not _would_later(token, modals):
            if modals & _HYPOTHETICAL_MODALS == {"would"} and _reported(token):
                reading.future = True  # "said they would boycott": the future of reported speech
            else:
                reading.hypothetical = True
        if first and (modals & _OBLIGATION_MODALS or _need_to(token)):
            reading.obliged = True
        if _needed_by(token):
            reading.obliged = True  # "it is important for the party to contradict the claim": wanted, not done
        if modals & _FUTURE_MODALS or (first and _going_to(token)):
            reading.future = True
            reading.ahead_now = reading.ahead_now or first
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in token.children):
            reading.hypothetical = True
        if first and _lemma(token) not in _THREATENING and any(
                c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in {"if", "unless"} for g in c.children)
                for c in token.children):
            # the consequent of a condition: "if X invades, Y will respond"
            reading.conditional = not reading.hypothetical
            reading.hypothetical = True
        if any(c.dep_ == "amod" and c.lemma_.lower() in _DOUBT for c in token.children):
            reading.hypothetical = True  # "a possible attack", "potential Russian invasion"
        if first and token.pos_ in {"NOUN", "PROPN"} and any(
                c.dep_ in {"amod", "compound"} and c.lower_ in _AHEAD for c in token.children):
            reading.future = True  # "ahead of the planned protests", "the upcoming summit"
        if first and token.pos_ in {"NOUN", "PROPN"} and _going_to_go_on(token):
            reading.future = True  # "the riots are going to continue", "are the strikes going to spread?": ahead
        if first and _dated_ahead(token):
            reading.future = True  # "protests next month", "arranging talks for tomorrow": ahead of the writer's day
        if first and _to_be_held(token):
            reading.future = True  # "a protest meeting to be held on Sunday": arranged, still ahead
        if not first:
            if lemma in _DOUBT and not _was_able(token) and not _given_that(token):
                reading.hypothetical = True
            if token.pos_ == "VERB" and _asks_for(lemma, below):
                reading.hypothetical = True  # "demanded the arrest of", "called for a probe": wanted, not done
            if token.pos_ == "VERB" and _lemma(token) in _OPENING and below.lower_ in {"for", "to"} and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _WAYS for c in token.children):
                reading.future = reading.hypothetical = True  # "set the stage for a summit", the for-phrase on the verb
            if _aimed_object(token, below):
                reading.hypothetical = True  # "chose the hour to spark clashes": aimed at, not reported
            if lemma in _RESOLVE and below.dep_ == "xcomp" and not _modals(token):
                reading.future = True  # "is determined to bring it down": intended, not done
            if lemma in _ATTEMPT and token.pos_ == "VERB" and below.dep_ == "xcomp" and (
                    _lemma(below) in _OUTCOME_ACTS or _lemma(trigger) in _OUTCOME_ACTS):
                reading.hypothetical = True  # "attempted to arrest the driver": an arrest only tried for
            if lemma in _INTENT and token.pos_ in {"VERB", "ADJ", "AUX"} and not _decided(token) \
                    and not _given_that(token) and not _plan_done(token, below) and (lemma != "set" or below.dep_ == "xcomp"):
                # "set" only as "is set to meet": "had been set afire by rioting mobs" plans nothing
                reading.future = True
                reading.offered = reading.offered or lemma in _OFFER
            if modals & _OBLIGATION_MODALS and _obliged_through(below) and not reading.negated:
                reading.obliged = True  # "should try to arrest them", "must take the lead in organising": wanted
            if lemma in {"certain", "sure"} and token.pos_ == "ADJ" and below.dep_ == "xcomp":
                reading.future = True  # "almost certain to offer the post", "is sure to anger them": a forecast
            if token.lower_ in {"of", "than"} and any(c.lower_ in {"instead", "rather"} for c in token.children):
                reading.negated = True  # "instead of sending aid", "rather than protesting": not done
            if (lemma in _DENY or lemma == "opposed" or any((lemma, c.lower_) in _DENY_PARTICLES for c in token.children
                                                         if c.dep_ == "prt")) and not framed and _undone_through(below):
                reading.negated = True
            if lemma in _SPEECH and token.pos_ == "VERB" and reading.speaker is None and not purpose:
                reading.speaker = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                if reading.speaker is None and token.tag_ == "VBG" and token.dep_ == "advcl":
                    # "farmers rallied outside parliament, saying the minister must resign": the rally's doers say it
                    reading.speaker = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if token.dep_ in {"ROOT"} or token.head.i == token.i:
            break
        if first and (_presupposed(token) or _known_happening(trigger)):
            break  # "had not determined whether it was related to the bombing": the bombing happened
        if not first and token.pos_ in {"NOUN", "PROPN"}:
            if lemma in _INTENT_NOUNS or token.lower_ in _ASKING_FORMS:
                reading.future = True  # "its readiness to send troops", "a plan to withdraw", "a plea for deployment"
            if (lemma in _SCHEMES and below.dep_ == "acl" and _purpose(below)) or _in_order(token, below):
                reading.future = True  # "a plot to kill the minister", "in order to attack the shops": aimed at
                reading.negated = reading.negated or (token.dep_ == "dobj" and _lemma(token.head) in _DENY
                                                      and not _negated_here(token.head, own=False))
            if lemma in _TOPICS and _gerund_under(below):
                reading.hypothetical = True  # "raised the issue of providing a force": a topic, not an act
            if lemma in _SHORT_OF and below.lower_ == "of":
                reading.hypothetical = True  # "on the brink of a riot", "in favour of raiding": not (yet) done
            if _way_opened(token, below):
                reading.future = reading.hypothetical = True  # "paved the way for talks": made possible, not held
            if lemma in {"refusal"} or _denied_report(token, below):
                reading.negated = True
            break  # "fears that X could invade": the noun decides; its own verb does not
        if _told_done(token):
            break  # "those killed in the attack", "houses that had been burnt down": done, whatever comes after
        if _wh_clause(token) and not reading.future and not reading.hypothetical:
            break  # "do not know who torched the shops": the torching is known; who did it is not
        if token.dep_ == "advcl" and not _purpose(token) and not any(
                c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in token.children):
            break  # "although the US is supplying…": a side clause keeps its own modality
        if first and _scheme_before(token):
            reading.future = True  # "foiled a plot to kill the minister", the infinitive hung on "foiled"
            reading.negated = reading.negated or (_lemma(token.head) in _DENY and not _negated_here(token.head, own=False))
        purpose = purpose or token.dep_ == "advcl"  # "he did it to protest": the protest is his, not the quoter's
        if token.dep_ == "conj" and token.head.pos_ == "VERB":
            # a conjoined verb shares its head's auxiliaries ("will move and stay") but not more
            head_modals = _modals(token.head)
            if not any(c.dep_ == "mark" for c in token.children) and lemma not in _SPEECH and any(
                    c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in token.head.children):
                # "asked whether they considered or raised it": one question; "warned of trouble if it obstructed
                # them and said…" is the parser joining the main clause's verb of saying to the condition
                reading.hypothetical = True
            if head_modals & _FUTURE_MODALS or (head_modals == {"would"} and _reported(token.head)):
                reading.future = True  # "said Russia would expel … and close …"
                reading.ahead_now = reading.ahead_now or (first and bool(head_modals & _FUTURE_MODALS))
            elif _bare_conjunct(token):
                # "could invade and occupy", "should be impeached and removed": one clause, one modal
                reading.hypothetical = reading.hypothetical or bool(head_modals & _HYPOTHETICAL_MODALS) \
                    and not _could_done(token.head, head_modals) and not _would_later(token.head, head_modals)
                reading.obliged = reading.obliged or (first and bool(head_modals & _OBLIGATION_MODALS))
            break
        condition = condition or (token.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in token.children))
        # "the pipeline would not go ahead if troops crossed the border": the crossing is supposed, not denied
        timed = timed or _time_gerund(token)
        # "did not consult the allies before instructing the lawyer": the instructing was done
        below = token
        token = token.head
        first = False
    if _negative_counterfactual(trigger):
        reading.negated = reading.hypothetical = reading.conditional = False  # "if he hadn't wounded him": he did
    if not (reading.future or reading.hypothetical or reading.negated) and _asked_across(trigger):
        reading.future = True  # "received a request from the state for deployment of the army"
    if not (reading.future or reading.hypothetical or reading.negated) and _demanded_content(trigger):
        reading.hypothetical = True  # "their demands include that troops be sent": wanted, not done
    if not (reading.future or reading.hypothetical or reading.negated) and _subjunctive_that(trigger):
        reading.hypothetical = True  # "pleaded that the order be quashed": wanted, not done
    if not (reading.future or reading.hypothetical or reading.negated) and _future_time_clause(trigger):
        reading.future = True  # "will quit the coalition the day the cabinet permits it": still ahead
        reading.ahead_now = True
    if not (reading.future or reading.hypothetical or reading.negated) and _details_pending(trigger):
        reading.future = True  # "the details of the visit have not been finalised": still to come
    return reading


# Adjectives of need: "it is necessary / important / essential for X to do Y" says Y should be done.
_NEEDED = {"necessary", "important", "essential", "imperative", "vital", "crucial", "incumbent", "urgent"}


def _needed_by(token: Any) -> bool:
    """The token is the clause an expletive "it is necessary/important (for X) to …" or "it is essential that …"
    calls for: what someone wants done, like "X should …"; "it is not necessary to …" is left alone."""
    if token.dep_ not in {"advcl", "ccomp", "xcomp"}:
        return False
    head = token.head
    if head.lemma_.lower() in _NEEDED and head.dep_ == "acomp":
        adjective, head = head, head.head
    else:
        adjective = next((c for c in head.children if c.dep_ == "acomp" and c.lemma_.lower() in _NEEDED), None)
    return adjective is not None and head.lemma_.lower() == "be" and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children) and not _negated_here(head) \
        and not _negated_here(adjective) and not _modals(head) & {"would", "could", "might", "may"}


_TIME_PREPOSITIONS = {"before", "after", "since", "upon"}


def _time_gerund(token: Any) -> bool:
    """A gerund that tells when its governor's act happened ("did not consult them before instructing the
    lawyer", "did not resign after meeting the governor"): a negation of the governor denies the governor's
    act, and says nothing against the gerund's, which took place."""
    return token.dep_ == "pcomp" and token.tag_ == "VBG" and token.head.lower_ in _TIME_PREPOSITIONS


def _given_that(token: Any) -> bool:
    """A subjectless "considering (that)" opening a reason ("considering that the state has a heavy deployment
    of the army, …"): like "given that", it takes what follows as fact; "is considering a deployment" weighs it."""
    return token.lower_ == "considering" and token.tag_ == "VBG" and token.dep_ in {"advcl", "prep"} and not any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in token.children)


# "pave the way for talks", "opened the door to annexation", "set the stage for a summit": what the way
# leads to is made possible, not done.
_WAYS = {"way", "path", "door", "road", "ground", "stage"}
_OPENING = {"pave", "clear", "open", "smooth", "prepare", "set"}


def _way_opened(noun: Any, below: Any) -> bool:
    """The walk came up to a way opened ("paved the way for", "open the door to") through its "for"/"to"."""
    return noun.lemma_.lower() in _WAYS and below.lower_ in {"for", "to"} and noun.dep_ == "dobj" \
        and _lemma(noun.head) in _OPENING


def _negative_counterfactual(trigger: Any) -> bool:
    """The negated condition of a past counterfactual ("the shooting could have been bloodier if the officer
    hadn't wounded him", "if police had not arrested them, they would have fled"): the past perfect under "if"
    with "not", its main clause in "would/could/might have": the act was done."""
    if trigger.tag_ != "VBN" or trigger.dep_ != "advcl":
        return False
    children = list(trigger.children)
    if not (any(c.dep_ == "mark" and c.lower_ == "if" for c in children) and any(c.dep_ == "neg" for c in children)
            and any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in children)):
        return False
    main = trigger.head
    return bool(_modals(main) & {"would", "could", "might"}) and any(
        c.dep_ == "aux" and c.lower_ == "have" for c in main.children)


# Nouns of a topic raised or weighed: what their phrase names as a gerund ("the issue of providing a force",
# "the question of sending troops") is talked of, not done.
_TOPICS = {"issue", "question", "matter"}


def _gerund_under(prep: Any) -> bool:
    """A preposition whose object is a gerund ("of providing", "for sending", "in organising")."""
    return prep.dep_ == "prep" and any(c.dep_ in {"pcomp", "pobj"} and c.tag_ == "VBG" for c in prep.children)


def _obliged_through(below: Any) -> bool:
    """The walk came up to a verb with "should/must" through what that verb is for: its infinitive ("should
    try to arrest them") or an "in" gerund ("should take the lead in organising protests"). The act is what
    someone wants done; "should be punished for attacking" names what was done."""
    return below.dep_ == "xcomp" or (below.lower_ == "in" and _gerund_under(below))


# Words that open a clause of time ("when the army arrives", "once talks begin", "until troops withdraw").
_TIME_OPENERS = {"when", "once", "after", "before", "until", "till", "whenever"}
# Nouns of a point in time a relative clause may pick out ("the day the government allows it").
_TIME_NOUNS = {"day", "moment", "time", "minute", "hour", "instant"}


def _future_time_clause(trigger: Any) -> bool:
    """The event sits in a clause of time told in the present whose main clause is told in the future ("we
    will quit the coalition the day the cabinet permits it", "troops will leave when talks begin"): English
    tells such a clause's future in the present tense, so the act is still ahead, not done."""
    verb = trigger
    for _ in range(3):
        if verb.pos_ in {"VERB", "AUX"}:
            break
        verb = verb.head
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    if verb.tag_ not in {"VBZ", "VBP"} or _modals(verb):
        return False
    if verb.dep_ == "advcl" and any(c.dep_ in {"advmod", "mark"} and c.lower_ in _TIME_OPENERS for c in verb.children):
        governor = verb.head
    elif verb.dep_ == "relcl" and verb.head.lemma_.lower() in _TIME_NOUNS and verb.head.dep_ == "npadvmod":
        governor = verb.head.head
    else:
        return False
    return bool(_modals(governor) & _FUTURE_MODALS)


def _demanded_content(trigger: Any) -> bool:
    """A verb that spells out a demand: the complement of "the demands include / the demand is" ("their
    demands include that the cities be handed to the army, put police in the towns"), or a bare verb after
    a colon that follows an asking noun ("an old demand: ban the group"). What is demanded is not done."""
    if trigger.pos_ not in {"VERB", "AUX"}:
        return False
    verb = trigger
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    head = verb.head
    if verb.dep_ in {"ccomp", "xcomp", "attr"} and head.lemma_.lower() in {"include", "be"} and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _ASKING_NOUNS for c in head.children):
        return True
    if trigger.tag_ != "VB" or any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in trigger.children):
        return False
    before = [t for t in trigger.doc[trigger.sent.start:trigger.i]]
    colon = next((t for t in reversed(before) if t.lower_ in {":", "—", "-"}), None)
    if colon is None or colon.i == trigger.sent.start or any(
            t.pos_ in {"VERB", "AUX"} and t.tag_ != "VB" for t in before if t.i > colon.i):
        return False
    return trigger.doc[colon.i - 1].lemma_.lower() in _ASKING_NOUNS


def _subjunctive_form(verb: Any) -> bool:
    """A "that" clause's verb in the subjunctive: the bare "be" of a passive ("that the order be quashed"), or a
    bare verb after its subject ("that the minister resign", which the parser may tag as a plural present), with
    no modal, no "to", no negation and no tense of its own."""
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return False
    helpers = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.tag_ in {"MD", "TO"} for c in helpers) or any(c.dep_ == "neg" for c in verb.children):
        return False
    if helpers:
        # the word "be" itself, whatever the tagger makes of it ("that she be freed": a plural present)
        return len(helpers) == 1 and helpers[0].dep_ == "auxpass" and helpers[0].lower_ == "be" and verb.tag_ == "VBN"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    # a plural present after a singular noun is no present: "that the minister resign"
    return verb.tag_ == "VB" or (verb.tag_ == "VBP" and subject.tag_ in {"NN", "NNP"}
                                 and not any(c.dep_ == "conj" for c in subject.children))


def _subjunctive_that(trigger: Any) -> bool:
    """A verb in a "that" clause in the subjunctive, the mood of what someone asks, proposes or insists on ("the
    union pleaded that the order be quashed", "moved that the session be adjourned", "insisted that the chief
    secretary resign"): read whatever the parser hangs the clause on (a complement or a side clause); what is
    asked for is not done. A second "that" clause joined to the first ("that the ban be lifted and that the editor
    be freed"), and a verb joined with no subject or auxiliary of its own, share its mood."""
    if trigger.pos_ not in {"VERB", "AUX"}:
        return False
    verb = trigger
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and (
            _bare_conjunct(verb) or _subjunctive_form(verb)):
        verb = verb.head
    return verb.dep_ in {"ccomp", "advcl", "acl"} and (
        _subjunctive_form(verb) or (verb.i != trigger.i and _subjunctive_form(trigger)))


# Nouns for the arrangements of an event, and verbs that settle or make them known: "the details of the visit
# have not yet been finalised", "the programme of the rally will be announced today".
_ARRANGEMENTS = {"detail", "details", "date", "dates", "schedule", "itinerary", "programme", "program", "venue",
                 "timing", "modality", "modalities", "agenda", "route"}
_SETTLING = {"finalise", "finalize", "decide", "fix", "settle", "work", "announce", "divulge", "disclose",
             "release", "reveal", "chalk", "determine", "confirm"}


def _details_pending(trigger: Any) -> bool:
    """An event noun whose arrangements are still to be settled or made known: its "of" phrase hangs on a
    noun of arrangements that is the subject of a verb of settling told in the future or negated."""
    if trigger.pos_ not in {"NOUN", "PROPN"} or trigger.dep_ != "pobj" or trigger.head.lower_ != "of":
        return False
    noun = trigger.head.head
    verb = noun.head
    if noun.lower_ not in _ARRANGEMENTS or noun.dep_ not in {"nsubj", "nsubjpass"} or \
            verb.lemma_.lower() not in _SETTLING:
        return False
    return bool(_modals(verb) & _FUTURE_MODALS) or _negated_here(verb, own=False) or any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _listed_under(token: Any) -> Any:
    """A noun of a list the parser hangs on a noun inside an earlier item ("demands restoration of order, relief
    for the victims and deployment of the army": "deployment" a conjunct of "victims"): the list's first item,
    when it is what a verb asks for (:func:`_asks_for`), else None."""
    current, listed = token.head, False
    for _ in range(8):
        if current.dep_ in {"dobj", "conj"} and current.head.pos_ == "VERB" \
                and _asks_for(current.head.lemma_.lower(), current):
            return current if listed or current.dep_ == "conj" else None
        if current.dep_ not in {"conj", "pobj", "prep"}:
            return None
        listed = listed or current.dep_ == "conj"
        current = current.head
    return None


def _asked_across(trigger: Any) -> bool:
    """An event noun in a "for" phrase the parser hangs away from the asking noun of its clause ("received a
    written request from the state for deployment of the army": "for" on "state"): asked for, as "a request
    for deployment" is."""
    if trigger.pos_ not in {"NOUN", "PROPN"} or trigger.dep_ != "pobj" or trigger.head.lower_ != "for":
        return False
    current = trigger.head.head
    for _ in range(4):
        if current.pos_ in {"VERB", "AUX"}:
            return any(c.dep_ in {"dobj", "nsubjpass", "nsubj"} and c.lemma_.lower() in _ASKING_NOUNS
                       and c.i < trigger.i and not _negated_here(c) for c in current.children)
        if current.pos_ == "NOUN" and current.lemma_.lower() in _ASKING_NOUNS:
            return not _negated_here(current)  # "a request from the state for deployment"
        if current.dep_ not in {"pobj", "prep"}:
            return False
        current = current.head
    return False


# Prepositions that set an event noun as the frame of its clause ("killed in the riots", "not the same after
# the riots", "was not called during the 1984 riots", "will not celebrate in protest"): the clause's negation
# is about what happened in or after it, not the event itself; so is an absolute "with" ("with riots going on, all
# visits were cancelled": the visits are cancelled, not the riots).
_FRAMES = {"in", "during", "after", "before", "since", "amid", "amidst", "following", "throughout", "with"}
# Verbs of seeing: "could be seen patrolling" reports what was seen, not what might be.
_PERCEPTION = {"see", "hear", "spot", "notice", "watch"}


# Nouns of what is said to have happened, and the verbs that deny it: "refuted reports that troops had been
# deployed", "denied claims that the police fired".
_REPORTS = {"report", "claim", "allegation", "rumour", "rumor", "suggestion"}
_DENIALS = {"deny", "refute", "dismiss", "reject", "rebut", "contradict"}


def _denied_report(noun: Any, below: Any) -> bool:
    """The event is the content of a report its governor denies ("refuted reports that the state had
    deployed troops"): the speaker says it did not happen."""
    return noun.lemma_.lower() in _REPORTS and below.dep_ in {"acl", "ccomp"} and below.head.i == noun.i \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in below.children) \
        and noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_.lower() in _DENIALS \
        and not _negated_here(noun.head)


def _framed(trigger: Any) -> bool:
    """The trigger is an event noun in a phrase of place or time of its clause (:data:`_FRAMES`)."""
    return trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ == "pobj" and trigger.head.lower_ in _FRAMES \
        and trigger.head.head.pos_ in {"VERB", "AUX", "ADJ"}


def _could_done(token: Any, modals: set[str]) -> bool:
    """A "could" of what was done: a perception ("policemen could be seen patrolling") or an ability at
    last reached ("the army could finally be deployed by Friday noon")."""
    if modals != {"could"}:
        return False
    return token.lemma_.lower() in _PERCEPTION or any(
        c.dep_ == "advmod" and c.lower_ in {"finally", "eventually"} for c in token.children) or _only_late(token)


# Adverbs that make "would" the future of a past the story tells: "the unit would later seize the port".
_LATER = {"later", "eventually", "subsequently", "afterwards", "afterward", "ultimately"}
# Verbs that carry a "would" of narrative on to what followed: "would go on to win", "would end up planting".
_WENT_ON = {("go", "on"), ("end", "up")}


def _would_later(token: Any, modals: set[str]) -> bool:
    """A "would" of narrative, the future of a past the story tells: "the militia would later seize the port",
    "he would eventually be freed", "the unit would go on to plant forty bombs": done, told in order. Not in
    what someone said ("said the troops would later withdraw": that future is the speaker's, still ahead) nor
    in a sentence with a condition (its "would" is a supposition)."""
    if modals != {"would"} or _reported(token):
        return False
    if any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in {"if", "unless"} for g in c.children)
           for c in token.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _LATER for c in token.children):
        return True
    # "would go on to lead a coup", "would end up planting bombs": the verb carries the act it goes on to (not
    # "would go on a hunger strike", "would end up in court")
    return any((token.lemma_.lower(), c.lower_) in _WENT_ON and c.dep_ in {"prt", "advmod", "prep"}
               for c in token.children) and any(c.dep_ == "xcomp" and c.pos_ == "VERB"
                                               and c.i > token.i for c in token.children)


_LATE_OPENERS = {"after", "when", "once", "by", "on", "at", "till", "until"}


def _only_late(token: Any) -> bool:
    """"could" told of an act reached only late: a cleft "it was only after 11 am that the army could march", or
    "could be deployed only (after) fifty hours had elapsed" (the time clause in the past perfect): the act was
    done, at that time; "could only be settled by talks" stays open."""
    head = token.head
    if token.dep_ == "ccomp" and head.lemma_ == "be" and head.tag_ == "VBD" and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
        words = token.doc[head.i + 1: token.i]
        return any(w.lower_ == "only" and w.i + 1 < token.i and token.doc[w.i + 1].lower_ in _LATE_OPENERS
                   for w in words)
    for c in token.children:
        if c.dep_ in {"conj", "advcl"} and c.tag_ == "VBN" and any(a.lower_ == "had" for a in c.children) \
                and any(w.lower_ == "only" for w in token.doc[token.i + 1: c.i]):
            return True
    return False


def _infinitive_of(token: Any) -> Any:
    """The "to" infinitive a bare conjoined verb belongs to, through a chain of bare conjuncts ("to take part and
    make representations and ask"), or the infinitive of a finite verb the parser hung a base form on ("wants to
    close the border, recall its envoy": "recall" on "wants", where a conjoined finite verb would be "recalls");
    None when the chain starts at a verb with no "to"."""
    head = token.head
    for _ in range(4):
        if any(c.dep_ == "aux" and c.tag_ == "TO" for c in head.children):
            return head
        if head.tag_ in {"VBZ", "VBD"}:
            return next((c for c in head.children if c.dep_ == "xcomp" and c.i < token.i and c.tag_ == "VB"
                         and any(g.dep_ == "aux" and g.tag_ == "TO" for g in c.children)), None)
        if not (head.dep_ == "conj" and head.tag_ == "VB" and _bare_conjunct(head)):
            return None
        head = head.head
    return None


def _bare_conjunct(token: Any) -> bool:
    """A conjoined verb with no auxiliary or subject of its own ("could invade and occupy"): it shares
    its head's modal; "could invade, and has massed troops" does not."""
    return not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "neg"} or c.tag_ == "MD" for c in token.children)


# Verbs of remarking: "it may be recalled that…", "it may be noted that…" doubt nothing they introduce.
_REMARKS = {"recall", "note", "mention", "add", "point", "remember", "say"}


def _aside(token: Any) -> bool:
    """An impersonal remark ("it may be recalled that police had filed a complaint"): its modal is the
    writer's politeness, not doubt about what it introduces."""
    return token.lemma_.lower() in _REMARKS and any(
        c.dep_ in {"nsubjpass", "nsubj"} and c.lower_ == "it" for c in token.children)


def _purpose(token: Any) -> bool:
    """A purpose infinitive ("will hold a rally to protest", "could not come together to condemn"): no
    marker of its own, so it shares what its governor says of whether it happens."""
    return not any(c.dep_ == "mark" for c in token.children) and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)


def _told_done(token: Any) -> bool:
    """A reduced or full relative clause told in the past on a noun or pronoun ("those killed in the
    attack", "the people injured in riots", "those whose houses had been burnt down"): it names what
    was done, and what the sentence goes on to say of the noun ("would be paid", "to build homes for")
    says nothing of whether it happened."""
    if token.dep_ not in {"acl", "relcl"} or token.head.pos_ not in {"NOUN", "PROPN", "PRON", "DET"}:
        return False
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
        return False  # "reports that the state had deployed troops": the noun's content, not a relative clause
    helpers = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.tag_ in {"MD", "TO"} for c in helpers) or (token.tag_ == "VBN" and any(
            c.tag_ == "VB" or c.lower_ in {"being", "is", "are", "be"} for c in helpers)):
        return False  # "troops to be sent", "the men who will be tried", "those being held"
    if token.tag_ == "VBN" and token.dep_ == "acl":
        return not helpers
    return token.tag_ == "VBD" or (token.tag_ == "VBN" and any(
        c.lower_ in {"had", "has", "have", "was", "were", "been"} for c in helpers))


def _asks_for(lemma: str, below: Any) -> bool:
    """The governor asks for the event: "demanded the arrest of", "urged the police to arrest", "called
    for a probe", "asked them to withdraw"; not a question ("asked how many were killed", "asked
    whether the riots would go on")."""
    if lemma == "call":
        return below.lower_ in _CALL_PREPOSITIONS
    if lemma == "ask":
        return below.dep_ == "xcomp" or below.lower_ == "for"
    if lemma == "pray":  # a plea to a court: "prayed that the petition be dismissed", "prayed for his release"
        return below.dep_ == "ccomp" or below.lower_ == "for"
    if lemma == "plead" and _plea_of_guilt(below):
        return False  # "pleaded guilty to threatening a senator": a plea to a charge asks for nothing
    if lemma in _PERSUADE:
        # "tried to persuade the gunman to surrender", "by persuading legislators to withdraw": still to be won;
        # "persuaded him to call off the fast" (past, done) tells that it was won
        return below.dep_ == "xcomp" and below.head.tag_ not in {"VBD", "VBN"}
    return lemma in _WANT


# The answers to a charge: "pleaded guilty to", "pleaded not guilty to", "pleaded innocent of".
_PLEAS = {"guilty", "innocent", "nolo", "contest", "contempt"}


def _plea_of_guilt(below: Any) -> bool:
    """The word the walk came up from answers a charge under "plead" ("pleaded guilty to assaulting a
    guard", "pleads guilty to the charge of rioting", "pleaded no contest to arson"): "plead" answers
    the court, not asks it ("pleaded with the gunmen to free the boy" still asks)."""
    verb = below.head
    if below.lower_ in _PLEAS or any(c.lower_ in _PLEAS and c.dep_ in {"acomp", "oprd", "advmod", "dobj", "xcomp",
                                                                        "attr", "npadvmod"} for c in verb.children):
        return True
    # read in order, as the parser may hang the plea on a day after it ("pleaded guilty Thursday to threatening")
    return any(t.lower_ in _PLEAS for t in verb.doc[verb.i + 1: verb.i + 3])


def _was_able(token: Any) -> bool:
    """"were able to arrest 39", "was able to reach the town": past ability told of what was done
    (no modal: "would be able to" stays open)."""
    head = token.head
    return token.lemma_.lower() == "able" and token.dep_ == "acomp" and head.lemma_ == "be" \
        and head.tag_ == "VBD" and not _modals(head)


def _plan_done(token: Any, below: Any) -> bool:
    """The event is the subject of a plan told in the past passive ("the attack was planned by his
    brother", "the riots had been planned two months ago"): the planned event is named as having
    happened; "a rally is planned for Sunday" stays ahead."""
    return below.dep_ == "nsubjpass" and below.head.i == token.i and token.tag_ == "VBN" and any(
        c.dep_ in {"auxpass", "aux"} and c.tag_ == "VBD" for c in token.children) and not _modals(token)


def _decided(token: Any) -> bool:
    """A decision taken, told in the past ("the council decided to ease sanctions", "has decided to
    lift the ban"): the act is done by deciding it, not an intention; "will decide to", "may decide
    to" stay open."""
    return token.lemma_.lower() == "decide" and token.tag_ in {"VBD", "VBN"} and not _modals(token)


# Verbs that stop what is going on: their object was under way, whether or not the stopping is done or only
# supposed ("halted the march after an hour", "a truce would stop the shelling"); "stopped them from attacking"
# and "stopped short of attacking" are the verb's "from"/"of" phrases, not its object.
_HALTING = {"stop", "halt"}


def _presupposed(token: Any) -> bool:
    """An event noun named as known, in a prepositional phrase ("related to the bombing", "victims of
    the attack", "no comment on the attack", "speculation about Thursday's bombing"): what the sentence
    doubts or denies is something about it, not that it happened. Indefinite ones ("fears of an
    attack", "plans for strikes") stay under their governor. So is a definite event noun that a verb
    of handling takes as its object ("efforts to control the riots"), and an event noun that a copula
    says something of ("the attack was not an outburst"; not "an attack is likely"), and one in a
    phrase of circumstance or cause ("cancelled due to riots", "amid protests")."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    head = token.head
    if token.dep_ == "nsubj" and head.lemma_ == "be" and any(
            c.dep_ == "attr" or (c.dep_ == "acomp" and c.lemma_.lower() not in _DOUBT | _INTENT | {"imminent"})
            for c in head.children):
        return True  # "the first attack was not an outburst", "the arrests were not valid": said of it
    definite = any((c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"}) or c.dep_ == "poss"
                   for c in token.children)
    if token.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in _HALTING and not any(
            c.lower_ in _NOT_YET | _AHEAD for c in token.children):
        return True  # "police halted the protest after an hour", "would stop rocket attacks": it was going on
    if token.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in _HANDLING:
        # "efforts to control the riots", "did not condemn the attack", "riots could not be controlled"
        bare = not any(c.dep_ == "det" for c in token.children)
        return definite or (bare and head.lemma_.lower() in _HANDLED_ANYWAY)
    if token.dep_ == "pobj" and (head.lower_ in _CIRCUMSTANCE or (head.lower_ in {"to", "of"} and
                                                                    head.head.lower_ in _CAUSE_HEADS)):
        return True  # "cancelled due to riots", "amid protests", "in view of the attack"
    if token.dep_ == "pobj" and head.head.pos_ == "VERB" and _asks_for(head.head.lemma_.lower(), head):
        return False  # "called for the dismissal of": asked for, not known
    if token.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in {"opposed", "oppose"} \
            and token.lemma_.lower() not in _HAPPENING_NOUNS:
        return False  # "was opposed to the deployment of the force": a stance on a proposal, not a known act
    if token.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in _ASKING_NOUNS:
        return False  # "a request for the deployment of the army": asked for, not known
    # "would allow for the eventual withdrawal", "talks on the possible handover": not known, still to come
    return token.dep_ == "pobj" and definite and not any(c.dep_ == "amod" and c.lower_ in _UNREAL
                                                         for c in token.children)


# Violent happenings: told with "the" as a subject or object, the one the article knows of ("the riots will
# scare away investors", "slammed attempts to relate the riots to the dispute"); not one whose verb tells
# it happening ("the attack could happen", "the clashes may break out again").
_HAPPENING_NOUNS = {"attack", "massacre", "carnage", "killing", "riot", "violence", "clash", "bombing", "blast",
                    "explosion", "incident", "arson", "pogrom", "shooting", "lynching"}
_OCCURRING = {"happen", "occur", "take", "erupt", "break", "begin", "start", "recur", "resume", "repeat", "come"}
# Modifiers of a happening still ahead or in doubt ("further riots", "a fresh attack", "the planned strike").
_NOT_YET = {"further", "fresh", "new", "more", "another", "future", "next", "planned", "possible", "potential",
            "eventual", "feared", "threatened", "imminent", "likely", "proposed"}


# Of those, the ones that say the happening is not (yet) real, whatever "the" says ("the eventual withdrawal", "the
# possible handover"); "the planned protests", "the new attacks" name a known one.
_UNREAL = {"eventual", "possible", "potential", "likely", "prospective", "hypothetical"}


def _known_happening(token: Any) -> bool:
    """A violent happening named with "the" or a possessive as the subject or object of its clause, or
    as a conjunct of one ("the quake and the riots will deepen the slump"): a known one, not one told
    as still ahead or as happening by its own verb."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.lemma_.lower() not in _HAPPENING_NOUNS:
        return False
    role = token.head if token.dep_ == "conj" and token.head.pos_ in {"NOUN", "PROPN"} else token
    if role.dep_ not in {"nsubj", "nsubjpass", "dobj"} or role.head.lemma_.lower() in _OCCURRING:
        return False
    definite = any((c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"}) or c.dep_ == "poss"
                   for c in token.children)
    return definite and not any(c.lower_ in _NOT_YET for c in token.children)


def _neither_nor(verb: Any) -> bool:
    """A verb of a "neither ... nor" pair ("they neither accepted nor rejected it"): "neither" before the first
    verb, "nor" joining the second to it."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    first = verb.head if verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor"
                                                     for c in verb.head.children) else verb
    return any(c.dep_ == "preconj" and c.lower_ == "neither" for c in first.children) and (
        first is not verb or any(c.dep_ == "cc" and c.lower_ == "nor" for c in verb.children))


def _going_to_go_on(noun: Any) -> bool:
    """An event noun that is the subject of "going to" with a verb ("the riots are going to continue", also
    when the parser hangs "going" on the noun in a question: "are the strikes going to spread?")."""
    if noun.dep_ == "nsubj" and noun.head.lower_ == "going" and any(c.lemma_ == "be" for c in noun.head.children):
        going = [noun.head]
    else:
        going = [c for c in noun.children if c.dep_ == "acl" and c.lower_ == "going"]
    return any(c.dep_ == "xcomp" and c.i > g.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for g in going for c in g.children)


def _to_be_held(token: Any) -> bool:
    """An event noun (or the noun it names as a compound: "a protest meeting") with a passive infinitive of its
    own ("a rally to be held on Monday", "the talks to be convened next week"): what is still to be done to it
    is ahead of the news."""
    if token.pos_ not in {"NOUN", "PROPN", "VERB"}:
        return False
    nouns = [token] + ([token.head] if token.dep_ in {"compound", "nmod"} and token.head.pos_ == "NOUN" else [])
    if token.pos_ == "VERB":  # "called a rally to be held on Monday": the trigger names the act by its object
        nouns = [c for c in token.children if c.dep_ in {"dobj"} and c.pos_ == "NOUN"]
    return any(c.dep_ in {"acl", "relcl"} and c.tag_ == "VBN" and any(g.dep_ == "aux" and g.lower_ == "to"
                                                                       for g in c.children)
               and any(g.dep_ == "auxpass" and g.lower_ == "be" for g in c.children)
               for noun in nouns for c in noun.children)


# Units a "next" or "coming" sets ahead of the writer's day ("next month", "the coming week").
_AHEAD_UNITS = {"week", "month", "year", "weekend", "fortnight", "days", "weeks", "months"}


def _ahead_word(word: Any) -> bool:
    """"tomorrow", "next month", "the coming week"; not "the next week" nor "the next day", counted from the
    story's own past ("should have condemned it the very next day")."""
    if word.lower_ == "tomorrow":
        return True
    if word.lemma_.lower() not in _AHEAD_UNITS:
        return False
    told_the = any(c.dep_ == "det" and c.lower_ == "the" for c in word.children)
    return any(c.dep_ == "amod" and (c.lower_ == "coming" or (c.lower_ == "next" and not told_the))
               for c in word.children)


def _dated_ahead(token: Any) -> bool:
    """The event's own words set it ahead of the writer's day: a "tomorrow", "next month", "the coming week" on
    the trigger or, for an event noun that is the object of its verb or in its "during/at/in" phrase, on that
    verb ("arranging talks for tomorrow", "violence during protests next month"), directly or in a
    "for/on/from/by" phrase. Read from the words, since a page without a dateline leaves them unresolved."""
    words = [token]
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"dobj", "nsubjpass"}:
        words.append(token.head)
    elif token.pos_ in {"NOUN", "PROPN"} and token.dep_ == "pobj" and token.head.lower_ in {"during", "at", "in"}:
        words.append(token.head.head)  # "violence during opposition protests next month"
    for word in words:
        for c in word.children:
            if c.dep_ in {"npadvmod", "advmod", "tmod"} and _ahead_word(c):
                return True
            if c.dep_ == "prep" and c.lower_ in {"for", "on", "from", "by"} and any(
                    g.dep_ == "pobj" and _ahead_word(g) for g in c.children):
                return True
    return False


def _going_to(token: Any) -> bool:
    """"is going to send", "the minister is to visit": the trigger is an xcomp of "going" with an
    auxiliary "be", or of "be" itself (the news "be to" of schedules; "is to blame" excepted, :func:`_to_blame`)."""
    head = token.head
    if token.dep_ != "xcomp" or head.i > token.i:
        return False
    if head.lower_ == "going":
        return any(c.lemma_ == "be" for c in head.children)
    return head.lemma_ == "be" and not _to_blame(token)


# What "held" says someone is when it lays blame: "are to be held accountable" says what "are to blame" says.
_ANSWERABLE = {"responsible", "accountable", "guilty", "liable", "culpable"}


def _to_blame(token: Any) -> bool:
    """The "be to" of blame, active or passive ("the police are to blame", "the minister is to be blamed", "the
    two collectors are to be held fully responsible"): a judgement made now, not a schedule."""
    lemma = token.lemma_.lower()
    if lemma == "blame" and token.tag_ == "VB":
        return True
    if not any(c.dep_ == "auxpass" and c.lower_ == "be" for c in token.children):
        return False
    return lemma == "blame" or (lemma == "hold" and any(
        c.dep_ in {"acomp", "oprd", "xcomp", "advmod"} and c.lower_ in _ANSWERABLE for c in token.children))


def _need_to(token: Any) -> bool:
    """"needs to / has to withdraw": obligation without a modal verb. "Police had to open fire" tells
    what was done (a past "had to" with no modal); "would have to", "needed to" stay obligations."""
    head = token.head
    if head.lower_ == "had" and head.tag_ == "VBD" and not _modals(head):
        return False
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


# Relative times that put an event in the past whatever the dateline: "last year", "two years ago";
# and a week or more back ("last week", "last month", "three weeks ago"): an event told days after it
# happened is background to the news, as one of a year before is.
_PAST_TIME = re.compile(r"\b(last|previous|past) (year|decade|century|month|week|fortnight)\b|\b(years?|decades?|"
                        r"centuries|months?|weeks?|fortnight) (ago|earlier|before|back)\b|\bthe (year|decade|month|week) "
                        r"before\b|\bthe following year\b", re.IGNORECASE)


def past_time(texts: Iterable[str]) -> bool:
    """Whether a time expression of the event's clause places it a year or more back."""
    return any(_PAST_TIME.search(text) for text in texts)


def reference_year(values: Iterable[str | None]) -> int | None:
    """Without a publication date, the article's own present: the latest year of its exact dates
    (day or month). A bare year is left out, since bare years are often plans ("by 2030")."""
    years = [int(v[:4]) for v in values if v and re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", v)]
    return max(years) if years else None

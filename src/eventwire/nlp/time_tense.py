"""The tense of the clause a time expression sits in, read off the spaCy parse.

Why: "on Tuesday" in "Johnson visited Ukraine on Tuesday" is the Tuesday before the dateline, in
"Johnson will visit Ukraine on Tuesday" the one after it; months without a year ("in August")
behave the same way. We walk from the expression up the dependency tree to the first verb and
read its verb group (the verb, its auxiliaries and modals).

Returns ``"past"``, ``"future"`` or ``None`` when the clause does not say (a headline fragment,
a copula without tense): callers then fall back to a default that fits news (mostly past).

``calendar=True`` asks for a month or a month and day written without a year ("on March 3", "in
June"): for these a verb in the simple present does not say which way to look. A weekday under
"takes effect Monday" is the coming one, but "the minister speaks at a forum in Lagos on December
29" under a January dateline is a caption of the past December, and "the new rules take effect on
March 1" in an article of March 4 has already happened; only a future auxiliary, a scheduling verb
or a past form decides the year, and the resolver takes the nearest reading otherwise. A present
perfect does not decide either ("has banned street parades on 9 April" in a 6 April article is
three days ahead, "has been closed since March 2" ten days back), nor a postponement already made
("was adjourned on the 2nd till March 4").
"""

from __future__ import annotations

from typing import Any, Literal

from .time_lexicon import REPORTING_VERBS

Tense = Literal["past", "future"]

_FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo", "ll", "going", "could", "might", "may",
                            "can", "should", "must", "would", "'d"})
_FORWARD_VERBS = frozenset({"plan", "expect", "intend", "schedule", "hope", "aim", "want", "set",
                            "due", "go", "prepare", "threaten", "promise", "pledge", "vow",
                            "agree", "seek", "try", "propose", "offer", "decide", "vote"})
# Asking or allowing someone to do a thing: the infinitive looks forward from the asking ("urged farmers
# to stay off the roads on March 20" in a March 12 article), as it does under a verb of intention.
_ASKING_VERBS = frozenset({"ask", "urge", "order", "direct", "tell", "instruct", "allow", "permit", "request",
                           "appeal", "invite", "call", "advise", "authorize", "authorise", "encourage", "persuade",
                           "warn", "require"})
# Verbs that move an event to a later day: "until Thursday" under them points forward.
_POSTPONING_VERBS = frozenset({"adjourn", "postpone", "delay", "defer", "extend", "suspend",
                               "reschedule", "push", "put", "move", "halt", "pause", "prolong"})
_MAX_HOPS = 8


def clause_tense(doc: Any, start_char: int, end_char: int, calendar: bool = False) -> Tense | None:
    """Tense of the verb that governs the text at ``[start_char, end_char)`` in ``doc``; with
    ``calendar``, a simple present says nothing (see the module docstring)."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    preposition = token.head.lower_ if token.dep_ == "pobj" else ""
    possessive = any(child.tag_ == "POS" for child in token.children)
    if preposition == "for" and not possessive:
        return "future"  # "a meeting for Thursday", "set for Friday": a date something is fixed for
    for _ in range(_MAX_HOPS):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            if preposition in ("until", "till", "to") and token.lemma_ in _POSTPONING_VERBS:
                if calendar and token.tag_ in ("VBD", "VBN"):
                    # A month's day after a postponement already made ("was adjourned on the 2nd
                    # till the 9th") may be past by the dateline: the nearest reading decides.
                    return None
                return "future"  # "adjourned the case until Thursday"
            tense = _verb_group_tense(token)
            if calendar and tense == "future" and _simple_present(token):
                return None
            if calendar and tense == "past" and _present_perfect(token):
                return None  # "has banned street parades on 9 April": the day may be just ahead
            if tense is not None:
                return tense
        if token.head is token:
            break
        token = token.head
    return None


def _present_perfect(verb: Any) -> bool:
    """A participle under "has" or "have" ("has banned", "have been told"): a state reaching up to now, so a
    month's day under it lies on either side of the dateline."""
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "'ve")
                                      for c in verb.children)


def _simple_present(verb: Any) -> bool:
    """A present-tense verb with no auxiliary of its own ("speaks", "take effect")."""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _verb_group_tense(verb: Any) -> Tense | None:
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowered = [a.lower_ for a in auxiliaries]
    if any(a in _FUTURE_MODALS for a in lowered) or any(a.tag_ == "MD" and a.lower_ not in ("did",)
                                                      for a in auxiliaries):
        return "future"
    if "to" in lowered and verb.tag_ == "VB":
        # an infinitive looks forward from the verb that governs it ("plans to visit on Friday");
        # under a past verb of completion ("went to Kyiv to meet") or a past "was due to" it
        # stays in the past
        head = verb.head
        for _ in range(3):  # through "due", "able", "likely" up to the verb that governs them
            if head.pos_ in ("VERB", "AUX") or head.head is head:
                break
            head = head.head
        if head is verb:
            return "future"
        if head.tag_ == "VBD" and (head.lemma_ == "be" or head.lemma_ not in _FORWARD_VERBS | _ASKING_VERBS):
            return "past"
        if any(child.tag_ == "VBD" and child.lemma_ == "be" for child in head.children):
            return "past"  # "was going to", "was expected to"
        return "future"
    tags = {verb.tag_} | {a.tag_ for a in auxiliaries}
    if "VBD" in tags:
        return "past"
    if verb.tag_ == "VBN":
        # present perfect ("has said") and bare participles ("released on Monday") are past;
        # a present passive ("is expected") is not decided here
        if any(a.lemma_ == "have" for a in auxiliaries) or not auxiliaries:
            return "past"
        if verb.lemma_ in _FORWARD_VERBS or verb.lower_ in ("expected", "scheduled", "due", "slated"):
            return "future"  # "talks are scheduled for Thursday", "is expected on Friday"
        return None
    if verb.tag_ == "VBG":
        if any(a.lower_ in ("is", "are", "am", "'s", "'re", "'m") for a in auxiliaries):
            return "future"  # "is meeting on Friday": a plan
        if not auxiliaries:
            return None  # a participle clause: let the governing verb decide
    if verb.tag_ in ("VBZ", "VBP"):
        if verb.lemma_ in REPORTING_VERBS:
            return "past"  # "says Friday" reports what was said on the day or just before
        if verb.lemma_ == "be":
            return None
        return "future"  # a scheduled event in the simple present: "the law takes effect Monday"
    if verb.tag_ == "VB" and not auxiliaries:
        return "future"  # an imperative or bare verb: "call me on Sunday"
    return None

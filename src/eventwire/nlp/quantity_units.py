"""What a number counts, read from the dependency parse.

A count in a news report is only useful with its noun ("3,000 troops", "two patrol
aircraft") and, for casualties and arrests, with its predicate: in "9,000 people have been
killed" the people are the victims of the killing, so the unit is ``killed`` (PLOVER's size
fields dead/injured/arrested). Both come from the spaCy parse of the article: the noun the number
modifies (its dependency head, or the head of the noun phrase right after it), the verb that noun
is the passive subject or the object of, an adjective such as "dead" after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import quantity_lexicon as lex
from .quantity_numbers import NumberExpression, plural

# Tokens that may sit between a number and its noun inside one noun phrase.
_NP_INSIDE_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM"})
_NP_INSIDE_DEPS = frozenset({"amod", "compound", "nmod", "nummod", "punct", "quantmod", "poss"})
_MAX_NP_GAP = 6


@dataclass
class Counted:
    """What the parse says about one number expression."""

    unit: str = ""
    noun: Any = None  # the counted noun token, when there is one
    number: Any = None  # the numeral token the parse hangs on
    text_end: int | None = None  # where the quantity's text ends when the noun follows it
    victim: bool = False
    duration: bool = False  # counts days/years: a time expression, not a quantity
    name: bool = False  # a singular proper noun follows ("10 Downing Street")


def _inside_tokens(doc: Any, expr: NumberExpression) -> Any:
    return doc.char_span(expr.core_start, expr.end, alignment_mode="expand")


def _numeral(span: Any) -> Any:
    """The numeral token whose head leaves the expression: the one the parse attaches outward."""
    best = span[-1]
    for token in span:
        if (token.like_num or token.tag_ == "CD") and not (span.start <= token.head.i < span.end):
            return token
        if token.like_num or token.tag_ == "CD":
            best = token
    return best


def _noun_phrase_run(doc: Any, start: int) -> list[Any]:
    """Tokens after the number that can still belong to its noun phrase ("Russian military aircraft")."""
    run: list[Any] = []
    for token in doc[start:start + _MAX_NP_GAP]:
        if token.is_sent_start and run:
            break
        if token.pos_ in _NP_INSIDE_POS or token.tag_ == "HYPH" or (
            token.pos_ == "VERB" and token.dep_ in ("amod", "compound")
        ) or (token.text == "-" and run):
            run.append(token)
            continue
        break
    while run and run[-1].pos_ not in ("NOUN", "PROPN"):
        run.pop()
    return run


def _noun_after(doc: Any, span: Any) -> Any:
    """The counted noun right after the number: its parse head if inside the phrase, else the phrase head."""
    run = _noun_phrase_run(doc, span.end)
    if not run:
        return None
    run_ids = {t.i for t in run}
    for token in span:
        head = token
        for _ in range(4):
            if not (span.start <= head.head.i < span.end) or head.head is head:
                break
            head = head.head
        if head.head.i in run_ids and head.head.pos_ in ("NOUN", "PROPN"):
            return head.head
    # the phrase head: the last noun of the run that is not a modifier of a later run noun
    for token in reversed(run):
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ not in ("compound", "amod"):
            return token
    return run[-1]


def _noun_after_of(doc: Any, span: Any) -> Any:
    """"thousands of protesters", "two of the soldiers": the object of "of" is what is counted."""
    if span.end >= len(doc) or doc[span.end].lower_ != "of":
        return None
    of = doc[span.end]
    for child in of.children:
        if child.dep_ == "pobj" and child.pos_ in ("NOUN", "PROPN") and child.i - of.i <= _MAX_NP_GAP:
            return child
    return None


def _collective_before(number: Any) -> str:
    """"a crowd of 5,000", "a force of 3,000": the collective noun before "of" names the unit."""
    if number.dep_ == "pobj" and number.head.lower_ == "of":
        holder = number.head.head
        if holder.pos_ == "NOUN" and holder.lemma_.lower() in ("crowd", "force", "army", "contingent"):
            return lex.COUNTED_NOUNS[holder.lemma_.lower()]
    return ""


def canonical_unit(noun: Any) -> str:
    """The reported unit for a counted noun: the schema's vocabulary, else the noun's plural."""
    lemma, text = noun.lemma_.lower(), noun.lower_
    if lemma == "member" and any(c.lower_ == "service" for c in noun.lefts):
        return "troops"
    unit = lex.COUNTED_NOUNS.get(lemma) or lex.COUNTED_NOUNS.get(text)
    if unit in lex.SQUARE_UNITS and noun.i > 0 and noun.doc[noun.i - 1].lower_ in ("square", "sq"):
        return lex.SQUARE_UNITS[unit]
    if unit:
        return unit
    if lemma in lex.VICTIM_NOUNS:
        return lex.VICTIM_NOUNS[lemma]
    if noun.tag_ in ("NNS", "NNPS"):
        return text
    return plural(lemma)


def _active_with_object(verb: Any) -> bool:
    return any(c.dep_ in ("dobj", "obj") for c in verb.children)


def _victim_after(doc: Any, end: int) -> str:
    """"40 dead", "14 wounded", "31 people dead", "300 killed": the word right after says what happened."""
    if end >= len(doc):
        return ""
    word = doc[end]
    unit = lex.VICTIM_WORDS.get(word.lower_, "")
    if unit and word.pos_ in ("VERB", "ADJ", "AUX") and _active_with_object(word):
        return ""  # "30 gunmen killed 12 villagers": the gunmen did the killing
    return unit


def _victim_of_clause(core: Any) -> str:
    """Passive subject or object of a victim verb, subject of "died", "the toll rose to 50"."""
    head = core.head
    lemma = head.lemma_.lower()
    if core.dep_ == "nsubjpass" and lemma in lex.VICTIM_VERBS:
        return lex.VICTIM_VERBS[lemma]
    if core.dep_ == "nsubj" and lemma in lex.VICTIM_INTRANSITIVE:
        return lex.VICTIM_INTRANSITIVE[lemma]
    if core.dep_ in ("nsubj", "dobj"):
        for child in head.children:
            if child.dep_ in ("acomp", "oprd", "xcomp", "ccomp") and child.lower_ in lex.VICTIM_WORDS:
                return lex.VICTIM_WORDS[child.lower_]
    if core.dep_ == "dobj" and lemma in lex.VICTIM_VERBS:
        return lex.VICTIM_VERBS[lemma]
    for child in core.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in lex.VICTIM_VERBS:
            return lex.VICTIM_VERBS[child.lemma_.lower()]
    node = core
    for _ in range(3):  # "the death toll (from the quake) has risen to 2,300"
        if node.dep_ != "pobj":
            break
        node = node.head.head
        if node.lemma_.lower() in lex.TOLL_NOUNS:
            return "killed"
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in lex.TOLL_NOUNS for c in node.children):
            return "killed"
    return ""


def read_counted(doc: Any, expr: NumberExpression) -> Counted:
    """The unit of a number expression, from its own text (currency, percent) or from the parse."""
    span = _inside_tokens(doc, expr)
    if span is None or len(span) == 0:
        return Counted(unit=expr.unit)
    result = Counted(number=_numeral(span))
    if expr.unit:
        result.unit = expr.unit
        return result
    noun = None
    if expr.strong:
        run = _noun_phrase_run(doc, span.end)
        noun = next((t for t in run if t.pos_ == "NOUN" and t.dep_ not in ("compound", "amod")), None)
    elif expr.kind not in ("vague", "few") or not (span.end < len(doc) and doc[span.end].lower_ == "of"):
        noun = _noun_after(doc, span)
    if noun is None and (expr.kind in ("vague", "few") or expr.value != 1):
        noun = _noun_after_of(doc, span)
    if noun is not None:
        result.noun = noun
        if not any(t.like_num for t in doc[span.end:noun.i]):  # not over "31" in "20 of his 31 points"
            result.text_end = noun.idx + len(noun.text)
        lemma = noun.lemma_.lower()
        if lemma in lex.TIME_UNITS or noun.lower_ in lex.TIME_UNITS or lemma in lex.NOT_COUNTED_NOUNS:
            result.duration = True
            return result
        if noun.tag_ == "NNP" and lemma not in lex.COUNTED_NOUNS:
            result.name = True
            return result
        result.unit = canonical_unit(noun)
    core = noun if noun is not None else result.number
    victim = _victim_after(doc, core.i + 1) or _victim_of_clause(core)
    if not victim and noun is None:
        victim = _victim_after(doc, span.end)
    if victim:
        result.unit, result.victim = victim, True
    elif noun is None:
        result.unit = _collective_before(result.number)
    return result

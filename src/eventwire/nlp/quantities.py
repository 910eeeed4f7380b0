"""Quantities: counts and amounts with what they count ("roughly 40,000 troops", "£50 million").

Two halves meet here: ``quantity_numbers`` reads the text (numerals, number words, scales,
currencies, ranges, hedges, and masks for what only looks like a count) and ``quantity_units``
reads the parse (the counted noun, the victim predicate). This module decides what is kept and
writes the records.

Decisions a user should know (the bench gold set ``bench/data/quantities_gold.jsonl`` follows them):

- ``value`` is the stated number; a range gives its midpoint with ``low``/``high``; a vague
  multiple ("thousands of") gives the smallest plural reading (2,000) as value and ``low``.
- ``approximate`` is set by a hedge ("about", "some", "more than", "up to", "thousands of"); a
  range alone is not approximate, its bounds say how exact it is. Directional hedges also set a
  bound: "more than"/"at least"/"over" → ``low``, "up to"/"nearly"/"fewer than" → ``high``.
- ``unit`` is an ISO 4217 code for money, ``percent`` (or ``percentage points``) for shares,
  ``killed``/``injured``/``arrested`` when the counted people are the victims of that predicate,
  otherwise the counted noun in the schema's vocabulary (troops, aircraft, people, ships…) or its
  own plural; a bare number in a sentence that already counted something takes that noun
  ("500 troops to Romania, and Belgium 300"); ``""`` when nothing is counted.
- Not quantities: dates, years, clock times, durations ("three days" belong to the time
  resolver), ages ("Man, 24,", "24-year-old"), ordinals, numbered names ("Article 10", "F-16",
  "Resolution 2231"), phone numbers, scores ("3-1"), fractions ("half").
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from ..records import Quantity
from . import quantity_lexicon as lex
from .quantity_numbers import NumberExpression, find_number_expressions
from .quantity_units import Counted, read_counted

# Units that a bare number later in the same sentence may take over (not money, shares, victims).
_NOT_INHERITED = frozenset({"percent", "percentage points", "killed", "injured", "arrested"})


def _tidy(value: float | None) -> float | None:
    """Drop binary noise from scaled values (1.2 × 1e9 → 1200000000.0)."""
    return None if value is None else float(f"{value:.12g}")


def _sentence_starts(doc: Any) -> list[int]:
    return [sent.start_char for sent in doc.sents]


def _previous_token(doc: Any, char: int) -> Any:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    return doc[span.start - 1]


def _sentence_initial(doc: Any, char: int) -> bool:
    before = _previous_token(doc, char)
    return before is None or before.is_punct or before.is_space or doc[before.i + 1].is_sent_start


def _is_year(expr: NumberExpression, counted: Counted) -> bool:
    """A four-digit number 1000–2100 is a year unless it plainly counts something plural."""
    if not expr.year_like:
        return False
    noun = counted.noun
    if noun is None or counted.number is None or counted.number.ent_type_ in ("DATE", "TIME"):
        return True
    return noun.tag_ not in ("NNS", "NNPS") and noun.lemma_.lower() not in lex.COUNTED_NOUNS


def _not_a_count(doc: Any, text: str, expr: NumberExpression, counted: Counted) -> bool:
    """Durations, names, years and number words used as names or pronouns.

    ``text`` is ``doc.text``, passed in: spaCy rebuilds it from every token on each access, which
    per number word made long articles quadratic (100,000 characters took minutes).
    """
    if counted.duration or counted.name or _is_year(expr, counted):
        return True
    if expr.kind == "words":
        first = text[expr.core_start]
        if first.isupper() and not _sentence_initial(doc, expr.core_start):
            return True  # "the Minsk Two", "Group of Seven"
        if expr.words == ["one"]:
            before = _previous_token(doc, expr.core_start)
            if before is not None and before.lower_ in ("no", "any", "every", "the", "this", "that", "each"):
                return True
            return counted.noun is None and not counted.victim
    return False


def _name_number(doc: Any, expr: NumberExpression, counted: Counted) -> bool:
    """"Windows 10", "Apollo 11", "Hurricanes 4, Blackhawks 2": a bare number after a name.

    Either the word before is a capitalised proper noun or the parse hangs the number on the
    noun to its left (a count modifies the noun after it).
    """
    if expr.hedged or expr.unit or expr.kind != "digits" or expr.is_range:
        return False
    number = counted.number
    if number is not None and number.dep_ == "nummod" and number.head.i < number.i \
            and number.head.pos_ in ("NOUN", "PROPN"):
        return True
    before = _previous_token(doc, expr.start)
    return before is not None and before.pos_ == "PROPN" and before.is_title and not before.is_sent_start


def find_quantities(doc: Any) -> list[Quantity]:
    """Every count or amount in the parsed body, with what it counts, in text order."""
    text = doc.text
    starts = _sentence_starts(doc)
    counted_in_sentence: dict[int, str] = {}
    found: list[Quantity] = []
    for expr in find_number_expressions(text):
        counted = read_counted(doc, expr)
        if _not_a_count(doc, text, expr, counted):
            continue
        sentence = bisect_right(starts, expr.start) - 1
        unit = counted.unit
        if not unit and sentence in counted_in_sentence:
            unit = counted_in_sentence[sentence]
        elif not unit and _name_number(doc, expr, counted):
            continue
        if counted.noun is not None and not counted.victim and unit not in _NOT_INHERITED \
                and unit not in lex.CURRENCY_CODES:
            counted_in_sentence[sentence] = unit
        end = expr.end
        if counted.text_end is not None and counted.noun is not None and counted.noun.idx >= expr.end:
            end = counted.text_end
        found.append(Quantity(
            text=text[expr.start:end], start=expr.start, end=end, value=_tidy(expr.value) or 0.0,
            unit=unit, low=_tidy(expr.low), high=_tidy(expr.high), approximate=expr.approximate,
        ))
    return found

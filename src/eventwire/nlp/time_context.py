"""What a time resolver may know, and the small readers every resolver shares.

``Context`` carries the publication date (``anchor``), the tense of the governing verb (computed
only when asked), the last values mentioned before the expression (for "later that year") and an
explicit year earlier in the same sentence. ``Resolved`` is a resolver's answer: a TimeML value
(``None`` when it cannot be placed without guessing), a precision and a kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from .time_calendar import Direction, day_value, value_parts
from .time_lexicon import MONTH_ABBREVIATIONS, MONTHS, NUMBER_WORDS, UNIT_PLURALS, VAGUE_COUNTS
from .time_tense import Tense


@dataclass
class Resolved:
    """A resolver's answer: TimeML value (or ``None``), precision and kind."""

    value: str | None
    precision: str | None
    kind: str


@dataclass
class Context:
    """What a resolver may know about the expression's surroundings."""

    anchor: date | None
    tense: Callable[[], Tense | None]
    reference: str | None  # the last value before this one that states its year ("in 2008")
    day_reference: str | None  # the last day or week mentioned before this one, of any kind
    sentence_year: int | None  # an explicit year earlier in the same sentence
    word_before: str
    word_after: str
    tag_before: str

    def direction(self, default: Direction) -> Direction:
        tense = self.tense()
        return "past" if tense == "past" else "future" if tense == "future" else default


# Calendar precision of an amount of a unit; below a day there is none on the record's scale.
PRECISION_BY_UNIT = {"second": None, "minute": None, "hour": None, "day": "day", "night": "day",
                     "week": "week", "fortnight": "week", "month": "month", "year": "year",
                     "decade": "year", "century": "year"}
PART_CODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").strip().lower())


def month_number(name: str | None) -> int:
    key = norm(name).rstrip(".")
    return MONTHS.get(key) or MONTH_ABBREVIATIONS.get(key, 0)


def day_number(text: str | None) -> int:
    return int(re.sub(r"\D", "", text or "0") or 0)


def unit_name(word: str | None) -> str:
    key = norm(word)
    return UNIT_PLURALS.get(key, key)


def amount_of(number: str | None) -> float | None:
    """A count of units: digits, number words; ``None`` for "several", "a few" and the like."""
    key = norm(number).replace("-", " ")
    if key in VAGUE_COUNTS or key.replace(" ", "") in {v.replace(" ", "") for v in VAGUE_COUNTS}:
        return None
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", key):
        return float(key.replace(",", ""))
    if key in NUMBER_WORDS:
        return float(NUMBER_WORDS[key])
    parts = key.split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return float(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]])
    return None


def with_part(day: date, part: str | None) -> Resolved:
    if part:
        return Resolved(f"{day_value(day)}T{PART_CODE[norm(part)]}", "day", "time")
    return Resolved(day_value(day), "day", "date")


def unresolved(precision: str | None, kind: str = "date") -> Resolved:
    return Resolved(None, precision, kind)


RELATION_DIRECTION: dict[str, Direction] = {
    "last": "before", "previous": "before", "this past": "before", "past": "before",
    "next": "after", "coming": "after", "this coming": "after",
}


def reference_year(ctx: Context) -> int | None:
    parts = value_parts(ctx.reference) if ctx.reference else None
    return parts[0] if parts else None

"""From a matched expression to a TimeML value, precision and kind.

Each rule of ``time_patterns`` has a resolver here. What a resolver may use: the publication date
(``anchor``), the tense of the governing verb, the last calendar value mentioned before the
expression (for "later that year"), and an explicit year earlier in the same sentence (for "in
2008 ... in August"). Relative expressions with no anchor get value ``None``: we never guess.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from .time_calendar import day_in_year, day_value, easter, month_value, month_year, season_year, thanksgiving
from .time_context import (
    RELATION_DIRECTION, Context, Resolved, day_number, month_number, norm, reference_year, unresolved,
)
from .time_lexicon import CENTURY_ORDINALS, DECADE_WORDS, HOLIDAYS, ORDINALS, SEASONS
from .time_patterns import Candidate
from .time_relative import (
    anaphor, clock, duration, half_unit, part_of_day, relative_day, relative_unit, set_value,
    unit_edge, vague, vague_units, weekday, weekend, within_unit,
)


# --- calendar dates ---------------------------------------------------------------------------

def _borrowed_year(ctx: Context) -> int | None:
    """An explicit year earlier in the sentence, unless the clause looks ahead ("In 2011 it was
    proposed; it would take effect on Oct. 1" does not mean October 2011)."""
    if ctx.sentence_year is None or ctx.tense() == "future":
        return None
    return ctx.sentence_year


def _explicit_date(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.groups
    try:
        if c.rule == "iso_date":
            day = date(int(g["year"] or 0), int(g["month"] or 0), int(g["day"] or 0))
        else:
            day = _numeric_day(int(g["a"] or 0), int(g["b"] or 0), int(g["year"] or 0), g["sep"], ctx.anchor)
    except ValueError:
        return None
    return Resolved(day_value(day), "day", "date")


def _numeric_day(a: int, b: int, year: int, separator: str | None, anchor: date | None) -> date:
    """'03/05/2018': dots are day-first everywhere; with slashes, a part above 12 decides, and
    when both could be the month the reading nearer the publication date wins (a page dated
    May 2018 that writes 03/05/2018 means 3 May), month-first when there is no date to ask."""
    if separator == "." or a > 12:
        return date(year, b, a)
    if b > 12 or anchor is None:
        return date(year, a, b)
    readings = []
    for month, dom in ((a, b), (b, a)):
        try:
            readings.append(date(year, month, dom))
        except ValueError:
            continue
    if not readings:
        raise ValueError("no calendar date")
    return min(readings, key=lambda d: abs((d - anchor).days))


def _month_and_day(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.groups
    month, dom = month_number(g["mon"]), day_number(g["day"])
    year = int(g["year"]) if g.get("year") else _borrowed_year(ctx)
    if year is not None:
        try:
            return Resolved(day_value(date(year, month, dom)), "day", "date")
        except ValueError:
            return None
    if ctx.anchor is None:
        return unresolved("day")
    day = day_in_year(ctx.anchor, month, dom, ctx.direction("nearest"))
    return Resolved(day_value(day), "day", "date") if day else None


def _month_with_year(c: Candidate, ctx: Context) -> Resolved | None:
    return Resolved(month_value(int(c.groups["year"] or 0), month_number(c.groups["mon"])), "month", "date")


def _month_alone(c: Candidate, ctx: Context) -> Resolved | None:
    month = month_number(c.groups["mon"])
    relation = norm(c.groups.get("rel"))
    if relation in RELATION_DIRECTION and ctx.anchor is not None:
        return Resolved(month_value(month_year(ctx.anchor, month, RELATION_DIRECTION[relation]), month),
                        "month", "date")
    if not relation and _borrowed_year(ctx) is not None:
        return Resolved(month_value(ctx.sentence_year or 0, month), "month", "date")
    if ctx.anchor is None:
        return unresolved("month")
    return Resolved(month_value(month_year(ctx.anchor, month, ctx.direction("nearest")), month),
                    "month", "date")


def _quarter(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.groups
    part = norm(g["part"])
    number = 4 if norm(g["ord"]) in ("final", "last") and part == "quarter" else ORDINALS.get(norm(g["ord"]), 0)
    if norm(g["ord"]) in ("final", "last") and part == "half":
        number = 2
    if part == "half" and number not in (1, 2):
        return None
    code = f"Q{number}" if part == "quarter" else f"H{number}"
    relation = norm(g.get("rel"))
    if g.get("year"):
        return Resolved(f"{g['year']}-{code}", "month", "date")
    if part == "half" and not relation:
        return None  # "the second half" of a match, not of a year
    if ctx.anchor is None:
        return unresolved("month")
    year = ctx.anchor.year + {"last": -1, "next": 1}.get(relation, 0)
    if not relation:
        current = (ctx.anchor.month - 1) // 3 + 1
        direction = ctx.direction("nearest")
        if direction == "past" and number > current:
            year -= 1
        elif direction == "future" and number < current:
            year += 1
    return Resolved(f"{year}-{code}", "month", "date")


def _quarter_code(c: Candidate, ctx: Context) -> Resolved | None:
    return Resolved(f"{c.groups['year']}-{(c.groups['q'] or '').upper()}", "month", "date")


def _year(c: Candidate, ctx: Context) -> Resolved | None:
    return Resolved(f"{int(c.groups['year'] or 0):04d}", "year", "date")


def _year_range_tail(c: Candidate, ctx: Context) -> Resolved | None:
    return Resolved(None, "year", "date")  # completed by find_times, which sees the head year


def _decade(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.groups
    if c.rule == "decade":
        return Resolved(str(int(g["dec"] or 0) // 10), "year", "date")
    if c.rule == "decade_short":
        return Resolved(f"19{int(g['dec'] or 0) // 10}", "year", "date")
    return Resolved(f"19{DECADE_WORDS[norm(g['word'])]}", "year", "date")


def _century(c: Candidate, ctx: Context) -> Resolved | None:
    ordinal = norm(c.groups["ord"]).replace("-", " ")
    number = CENTURY_ORDINALS.get(ordinal) or day_number(ordinal)
    if not 1 <= number <= 22:
        return None
    return Resolved(f"{number - 1:02d}", "year", "date")


def _season(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.groups
    code = SEASONS[norm(g["season"])]
    relation = norm(g.get("rel"))
    if g.get("year"):
        return Resolved(f"{g['year']}-{code}", "month", "date")
    if relation == "that":
        year = reference_year(ctx)
        return Resolved(f"{year}-{code}" if year else None, "month", "date")
    if not relation and _borrowed_year(ctx) is not None:
        return Resolved(f"{ctx.sentence_year}-{code}", "month", "date")
    if ctx.anchor is None:
        return unresolved("month")
    if relation in ("last", "this past", "past"):
        year = season_year(ctx.anchor, code, "last")
    elif relation in ("next", "coming", "this coming"):
        year = season_year(ctx.anchor, code, "next")
    else:
        tense = ctx.tense()
        year = season_year(ctx.anchor, code, tense or "this")
    return Resolved(f"{year}-{code}", "month", "date")


def _holiday_day(name: str, year: int) -> date:
    if name.startswith("easter"):
        return easter(year)
    if name.startswith("thanksgiving"):
        return thanksgiving(year)
    month, dom = HOLIDAYS[name]
    return date(year, month, dom)


def _holiday(c: Candidate, ctx: Context) -> Resolved | None:
    name = norm(c.groups["hol"]).replace("’", "'")
    if c.groups.get("year"):
        return Resolved(day_value(_holiday_day(name, int(c.groups["year"] or 0))), "day", "date")
    if ctx.anchor is None:
        return unresolved("day")
    relation = norm(c.groups.get("rel"))
    direction = RELATION_DIRECTION.get(relation) or ctx.direction("nearest")
    options = [_holiday_day(name, y) for y in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)]
    anchor = ctx.anchor
    pools = {"past": [d for d in options if d <= anchor], "before": [d for d in options if d < anchor],
             "future": [d for d in options if d >= anchor], "after": [d for d in options if d > anchor]}
    if direction in ("past", "before"):
        day = max(pools[direction])
    elif direction in ("future", "after"):
        day = min(pools[direction])
    else:
        day = min(options, key=lambda d: abs((d - anchor).days))
    return Resolved(day_value(day), "day", "date")


RESOLVERS: dict[str, Callable[[Candidate, Context], Resolved | None]] = {
    "iso_date": _explicit_date, "numeric_date": _explicit_date,
    "month_day": _month_and_day, "day_month": _month_and_day,
    "month_year": _month_with_year, "month": _month_alone,
    "quarter": _quarter, "quarter_code": _quarter_code,
    "year": _year, "year_range_tail": _year_range_tail,
    "decade": _decade, "decade_short": _decade, "decade_word": _decade, "century": _century,
    "season": _season, "holiday": _holiday,
    "weekday": weekday, "relative_day": relative_day, "part_of_day": part_of_day,
    "relative_unit": relative_unit, "weekend": weekend, "within_unit": within_unit, "unit_edge": unit_edge,
    "anaphor": anaphor, "duration": duration, "half_unit": half_unit,
    "recent_units": vague_units, "bare_units": vague_units,
    "set_every": set_value, "set_times": set_value, "set_per": set_value, "set_adverb": set_value,
    "vague": vague, "clock": clock, "clock24": clock, "clock_word": clock,
}


def resolve(candidate: Candidate, ctx: Context) -> Resolved | None:
    """The value of one accepted match, or ``None`` when the match turns out not to be a time."""
    return RESOLVERS[candidate.rule](candidate, ctx)


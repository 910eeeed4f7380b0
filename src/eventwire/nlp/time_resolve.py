"""From a matched expression to a TimeML value, precision and kind.

Each rule of ``time_patterns`` has a resolver here. What a resolver may use: the publication date
(``anchor``), the tense of the governing verb, the last calendar value mentioned before the
expression (for "later that year"), and an explicit year earlier in the same sentence (for "in
2008 ... in August"). Relative expressions with no anchor get value ``None``: we never guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from .time_calendar import (
    Direction, day_in_year, day_value, duration_value, easter, month_value, month_year,
    season_year, shift_month, thanksgiving, value_parts, week_value,
    weekday_near,
)
from .time_lexicon import (
    CENTURY_ORDINALS, DECADE_WORDS, HOLIDAYS, MONTH_ABBREVIATIONS, MONTHS, NUMBER_WORDS,
    ORDINALS, PARTS_OF_DAY, SEASONS, UNIT_PLURALS, UNITS, VAGUE_COUNTS, VAGUE_REFERENCES, WEEKDAYS,
)
from .time_patterns import Candidate
from .time_tense import Tense


@dataclass
class Resolved:
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


_PRECISION_BY_UNIT = {"second": None, "minute": None, "hour": None, "day": "day", "night": "day",
                      "week": "week", "fortnight": "week", "month": "month", "year": "year",
                      "decade": "year", "century": "year"}
_PART_CODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").strip().lower())


def _month_number(name: str | None) -> int:
    key = _norm(name).rstrip(".")
    return MONTHS.get(key) or MONTH_ABBREVIATIONS.get(key, 0)


def _day_number(text: str | None) -> int:
    return int(re.sub(r"\D", "", text or "0") or 0)


def _unit(word: str | None) -> str:
    key = _norm(word)
    return UNIT_PLURALS.get(key, key)


def _amount(number: str | None) -> float | None:
    """A count of units: digits, number words; ``None`` for "several", "a few" and the like."""
    key = _norm(number).replace("-", " ")
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


def _with_part(day: date, part: str | None) -> Resolved:
    if part:
        return Resolved(f"{day_value(day)}T{_PART_CODE[_norm(part)]}", "day", "time")
    return Resolved(day_value(day), "day", "date")


def _unresolved(precision: str | None, kind: str = "date") -> Resolved:
    return Resolved(None, precision, kind)


# --- calendar dates ---------------------------------------------------------------------------

def _explicit_date(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.groups
    try:
        if c.rule == "iso_date":
            day = date(int(g["year"] or 0), int(g["month"] or 0), int(g["day"] or 0))
        else:
            a, b = int(g["a"] or 0), int(g["b"] or 0)
            month, dom = (b, a) if g["sep"] == "." or a > 12 else (a, b)
            day = date(int(g["year"] or 0), month, dom)
    except ValueError:
        return None
    return Resolved(day_value(day), "day", "date")


def _month_and_day(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.groups
    month, dom = _month_number(g["mon"]), _day_number(g["day"])
    year = int(g["year"]) if g.get("year") else ctx.sentence_year
    if year is not None:
        try:
            return Resolved(day_value(date(year, month, dom)), "day", "date")
        except ValueError:
            return None
    if ctx.anchor is None:
        return _unresolved("day")
    day = day_in_year(ctx.anchor, month, dom, ctx.direction("nearest"))
    return Resolved(day_value(day), "day", "date") if day else None


def _month_with_year(c: Candidate, ctx: Context) -> Resolved | None:
    return Resolved(month_value(int(c.groups["year"] or 0), _month_number(c.groups["mon"])), "month", "date")


_RELATION_DIRECTION: dict[str, Direction] = {
    "last": "before", "previous": "before", "this past": "before", "past": "before",
    "next": "after", "coming": "after", "this coming": "after",
}


def _month_alone(c: Candidate, ctx: Context) -> Resolved | None:
    month = _month_number(c.groups["mon"])
    relation = _norm(c.groups.get("rel"))
    if relation in _RELATION_DIRECTION and ctx.anchor is not None:
        return Resolved(month_value(month_year(ctx.anchor, month, _RELATION_DIRECTION[relation]), month),
                        "month", "date")
    if not relation and ctx.sentence_year is not None:
        return Resolved(month_value(ctx.sentence_year, month), "month", "date")
    if ctx.anchor is None:
        return _unresolved("month")
    if relation == "this":
        return Resolved(month_value(month_year(ctx.anchor, month, ctx.direction("nearest")), month),
                        "month", "date")
    return Resolved(month_value(month_year(ctx.anchor, month, ctx.direction("nearest")), month),
                    "month", "date")


def _quarter(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.groups
    part = _norm(g["part"])
    number = 4 if _norm(g["ord"]) in ("final", "last") and part == "quarter" else ORDINALS.get(_norm(g["ord"]), 0)
    if _norm(g["ord"]) in ("final", "last") and part == "half":
        number = 2
    if part == "half" and number not in (1, 2):
        return None
    code = f"Q{number}" if part == "quarter" else f"H{number}"
    relation = _norm(g.get("rel"))
    if g.get("year"):
        return Resolved(f"{g['year']}-{code}", "month", "date")
    if part == "half" and not relation:
        return None  # "the second half" of a match, not of a year
    if ctx.anchor is None:
        return _unresolved("month")
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
    return Resolved(f"19{DECADE_WORDS[_norm(g['word'])]}", "year", "date")


def _century(c: Candidate, ctx: Context) -> Resolved | None:
    ordinal = _norm(c.groups["ord"]).replace("-", " ")
    number = CENTURY_ORDINALS.get(ordinal) or _day_number(ordinal)
    if not 1 <= number <= 22:
        return None
    return Resolved(f"{number - 1:02d}", "year", "date")


def _season(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.groups
    code = SEASONS[_norm(g["season"])]
    relation = _norm(g.get("rel"))
    if g.get("year"):
        return Resolved(f"{g['year']}-{code}", "month", "date")
    if relation == "that":
        year = _reference_year(ctx)
        return Resolved(f"{year}-{code}" if year else None, "month", "date")
    if not relation and ctx.sentence_year is not None:
        return Resolved(f"{ctx.sentence_year}-{code}", "month", "date")
    if ctx.anchor is None:
        return _unresolved("month")
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
    name = _norm(c.groups["hol"]).replace("’", "'")
    if c.groups.get("year"):
        return Resolved(day_value(_holiday_day(name, int(c.groups["year"] or 0))), "day", "date")
    if ctx.anchor is None:
        return _unresolved("day")
    relation = _norm(c.groups.get("rel"))
    direction = _RELATION_DIRECTION.get(relation) or ctx.direction("nearest")
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


# --- days and weeks relative to the publication date ----------------------------------------

def _weekday(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.groups
    number = WEEKDAYS[_norm(g["wd"])]
    if g.get("plural"):
        return Resolved(f"XXXX-WXX-{number}", "day", "set")
    if ctx.anchor is None:
        return _unresolved("day", "time" if g.get("part") else "date")
    relation = _norm(g.get("rel"))
    if relation in _RELATION_DIRECTION:
        direction = _RELATION_DIRECTION[relation]
    else:
        direction = ctx.direction("past")
    return _with_part(weekday_near(ctx.anchor, number, direction), g.get("part"))


_RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
                  "the day before yesterday": -2, "the day after tomorrow": 2}


def _relative_day(c: Candidate, ctx: Context) -> Resolved | None:
    relation = _norm(c.groups["rel"])
    part = c.groups.get("part") or ("night" if relation == "tonight" else None)
    if ctx.anchor is None:
        return _unresolved("day", "time" if part else "date")
    return _with_part(ctx.anchor + timedelta(days=_RELATIVE_DAYS[relation]), part)


def _part_of_day(c: Candidate, ctx: Context) -> Resolved | None:
    if ctx.anchor is None:
        return _unresolved("day", "time")
    shift = -1 if _norm(c.groups["rel"]) == "last" else 0
    return _with_part(ctx.anchor + timedelta(days=shift), c.groups["part"])


def _relative_unit(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.groups
    relation = _norm(g["rel"])
    unit = _norm(g["unit"])
    step = {"last": -1, "past": -1, "this past": -1, "next": 1, "coming": 1, "this coming": 1}.get(relation, 0)
    if unit in ("decade", "century") and g.get("the") and step == -1:
        return Resolved(duration_value(1, unit), "year", "duration")  # "the past decade"
    if ctx.anchor is None:
        return _unresolved(_PRECISION_BY_UNIT.get(unit, "week"))
    anchor = ctx.anchor
    if unit == "week":
        return Resolved(week_value(anchor + timedelta(weeks=step)), "week", "date")
    if unit == "weekend":
        if relation == "this past":
            step = 0 if anchor.isoweekday() >= 6 else -1
        return Resolved(week_value(anchor + timedelta(weeks=step)) + "-WE", "week", "date")
    if unit == "month":
        return Resolved(month_value(*shift_month(anchor.year, anchor.month, step)), "month", "date")
    if unit == "year":
        return Resolved(f"{anchor.year + step:04d}", "year", "date")
    if unit == "quarter":
        year, month = shift_month(anchor.year, anchor.month, 3 * step)
        return Resolved(f"{year}-Q{(month - 1) // 3 + 1}", "month", "date")
    if unit == "decade":
        return Resolved(str(anchor.year // 10 + step), "year", "date")
    return Resolved(f"{anchor.year // 100 + step:02d}", "year", "date")


def _weekend(c: Candidate, ctx: Context) -> Resolved | None:
    if ctx.anchor is None:
        return _unresolved("week")
    anchor = ctx.anchor
    if ctx.direction("past") == "past":
        day = anchor if anchor.isoweekday() >= 6 else anchor - timedelta(weeks=1)
    else:
        day = anchor + timedelta(weeks=1) if anchor.isoweekday() == 7 else anchor
    return Resolved(week_value(day) + "-WE", "week", "date")


_EDGE_POSITION = {"start": 0.0, "beginning": 0.0, "first half": 0.0, "middle": 0.5,
                  "rest": -1.0, "end": 1.0, "close": 1.0, "second half": 1.0}


def _unit_edge(c: Candidate, ctx: Context) -> Resolved | None:
    """'the end of the year': this year's end, unless the tense puts it on the other side."""
    edge = re.sub(r"^the\s+|\s+of$", "", _norm(c.groups["mod"]))
    unit = _norm(c.groups["unit"])
    if ctx.anchor is None:
        return _unresolved(_PRECISION_BY_UNIT[unit])
    anchor = ctx.anchor
    position = _EDGE_POSITION.get(edge, -1.0)
    tense = ctx.tense()
    if unit == "year":
        where, now = 1 + 11 * position, anchor.month
    elif unit == "month":
        where, now = 1 + 27 * position, anchor.day
    else:
        where, now = 1 + 6 * position, anchor.isoweekday()
    step = 0
    if position >= 0 and tense == "past" and where > now:
        step = -1
    elif position >= 0 and tense == "future" and where < now:
        step = 1
    if unit == "year":
        return Resolved(f"{anchor.year + step:04d}", "year", "date")
    if unit == "month":
        return Resolved(month_value(*shift_month(anchor.year, anchor.month, step)), "month", "date")
    return Resolved(week_value(anchor + timedelta(weeks=step)), "week", "date")


# --- expressions that lean on an earlier one -------------------------------------------------

def _reference_year(ctx: Context) -> int | None:
    parts = value_parts(ctx.reference) if ctx.reference else None
    return parts[0] if parts else None


def _anaphor(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.groups
    det = _norm(g["det"])
    unit = _norm(g["unit"])
    step = 1 if det in ("the following", "the next") else -1 if det in (
        "the previous", "the prior", "the preceding") else 0
    precision = "day" if unit in PARTS_OF_DAY or unit == "day" else _PRECISION_BY_UNIT[unit]
    if det in ("the next", "the following") and ctx.word_before in ("over", "within", "during", "for"):
        return Resolved(duration_value(1, "day" if unit in PARTS_OF_DAY else unit), precision, "duration")
    source = ctx.reference if unit in ("year", "month") else ctx.day_reference
    parts = value_parts(source) if source else None
    if parts is None:
        return _unresolved(precision)
    year, month, day = parts
    if unit == "year":
        return Resolved(f"{year + step:04d}", "year", "date")
    if unit == "month" and month is not None:
        return Resolved(month_value(*shift_month(year, month, step)), "month", "date")
    if unit == "week" and day is not None:
        return Resolved(week_value(day + timedelta(weeks=step)), "week", "date")
    if day is not None:
        moved = day + timedelta(days=step)
        return _with_part(moved, unit if unit in PARTS_OF_DAY else None)
    return _unresolved(precision)


def _shifted(anchor: date, amount: float, unit: str, sign: int) -> Resolved | None:
    """The calendar unit ``amount`` units away from ``anchor`` ("two days ago")."""
    n = int(amount) * sign
    if unit in ("day", "night"):
        return Resolved(day_value(anchor + timedelta(days=n)), "day", "date")
    if unit in ("week", "fortnight"):
        weeks = n * (2 if unit == "fortnight" else 1)
        return Resolved(week_value(anchor + timedelta(weeks=weeks)), "week", "date")
    if unit == "month":
        return Resolved(month_value(*shift_month(anchor.year, anchor.month, n)), "month", "date")
    if unit in ("year", "decade", "century"):
        years = n * {"year": 1, "decade": 10, "century": 100}[unit]
        return Resolved(f"{anchor.year + years:04d}", "year", "date")
    return Resolved(day_value(anchor), "day", "time")  # hours or minutes ago: the same day


def _duration(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.groups
    unit = _unit(g["unit"])
    if unit not in UNITS:
        return None
    amount = _amount(g["num"])
    if g.get("half") and amount is not None:
        amount += 0.5
    direction = _norm(g.get("dir"))
    precision = _PRECISION_BY_UNIT[unit] if amount is not None else "vague"
    if direction == "ago":
        if amount is None:
            return Resolved("PAST_REF", "vague", "vague")
        if ctx.anchor is None:
            return _unresolved(precision)
        return _shifted(ctx.anchor, amount, unit, -1)
    source = ctx.reference if unit in ("year", "decade", "century", "month") else ctx.day_reference
    if direction in ("later", "earlier") and amount is not None and source:
        parts = value_parts(source)
        if parts is not None:
            year, month, day = parts
            sign = 1 if direction == "later" else -1
            if unit in ("year", "decade", "century"):
                return _shifted(date(year, 7, 1), amount, unit, sign)
            if unit == "month" and month is not None:
                return _shifted(date(year, month, 1), amount, unit, sign)
            if unit in ("day", "week", "night", "fortnight") and day is not None:
                return _shifted(day, amount, unit, sign)
    number = _norm(g["num"])
    if (number in ("a", "an", "one") and not direction and not g.get("hedge") and not g.get("frame")
            and (ctx.tag_before in ("CD", "NNS", "$") or ctx.word_before in ("%", "percent", "times"))
            and ctx.word_after not in ("after", "before", "later", "earlier", "ago")):
        return Resolved(duration_value(1, unit), precision, "set")  # "$500 a month", "3 meals a day"
    return Resolved(duration_value(amount, unit), precision, "duration")


def _half_unit(c: Candidate, ctx: Context) -> Resolved | None:
    value = {"hour": "PT30M", "day": "PT12H", "year": "P6M", "decade": "P5Y", "century": "P50Y"}
    unit = _norm(c.groups["unit"])
    return Resolved(value[unit], None if unit in ("hour", "day") else "month" if unit == "year" else "year",
                    "duration")


def _vague_units(c: Candidate, ctx: Context) -> Resolved | None:
    return Resolved(duration_value(None, _unit(c.groups["unit"])), "vague", "duration")


# --- sets, references, clock times -------------------------------------------------------------

_SET_UNIT_VALUES = {"day": ("P1D", "day"), "week": ("P1W", "week"), "month": ("P1M", "month"),
                    "year": ("P1Y", "year"), "annum": ("P1Y", "year"), "hour": ("PT1H", None),
                    "minute": ("PT1M", None), "second": ("PT1S", None), "quarter": ("P3M", "month"),
                    "decade": ("P10Y", "year"), "weekend": ("XXXX-WXX-WE", "week")}
_SET_ADVERBS = {"daily": ("P1D", "day"), "weekly": ("P1W", "week"), "monthly": ("P1M", "month"),
                "annually": ("P1Y", "year"), "yearly": ("P1Y", "year"), "hourly": ("PT1H", None),
                "nightly": ("XXXX-XX-XXTNI", "day"), "quarterly": ("P3M", "month"),
                "fortnightly": ("P2W", "week"), "biannually": ("P6M", "month")}


def _set(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.groups
    if c.rule == "set_adverb":
        value, precision = _SET_ADVERBS[_norm(g["adv"])]
        return Resolved(value, precision, "set")
    unit = _norm(g["unit"])
    if unit.capitalize() in {w.capitalize() for w in WEEKDAYS}:
        return Resolved(f"XXXX-WXX-{WEEKDAYS[unit]}", "day", "set")
    if unit in PARTS_OF_DAY:
        return Resolved(f"XXXX-XX-XXT{_PART_CODE[unit]}", "day", "set")
    if unit in SEASONS:
        return Resolved(f"XXXX-{SEASONS[unit]}", "month", "set")
    value, precision = _SET_UNIT_VALUES[unit]
    if g.get("other"):
        value = value.replace("1", "2", 1) if _norm(g["other"]) == "other" else value
    return Resolved(value, precision, "set")


def _vague(c: Candidate, ctx: Context) -> Resolved | None:
    phrase = _norm(c.groups["vague"])
    phrase = re.sub(r"^(?:until|more|most|very|only) ", "", phrase)
    return Resolved(VAGUE_REFERENCES.get(phrase, "PRESENT_REF"), "vague", "vague")


def _clock(c: Candidate, ctx: Context) -> Resolved | None:
    g = c.groups
    if c.rule == "clock24" and g.get("s") and not g.get("tz") and ctx.word_before != "at":
        h, m, s = int(g["h"] or 0), int(g["m"] or 0), int(g["s"] or 0)
        return Resolved(f"PT{h}H{m}M{s}S" if h else f"PT{m}M{s}S", None, "duration")  # a race time
    return Resolved(None, None, "time")  # a time of day alone: no date (find_times may attach one)


def clock_value(c: Candidate) -> str | None:
    """``THH:MM`` for a clock-time match, used when it sits next to a resolved day."""
    g = c.groups
    if c.rule == "clock_word":
        word = _norm(g.get("word"))
        if word in ("noon", "midday"):
            return "T12:00"
        if word == "midnight":
            return "T24:00"
        return f"T{int(g['h'] or 0):02d}:00"
    hour, minute = int(g["h"] or 0), int(g.get("m") or 0)
    if c.rule == "clock":
        pm = (g["ampm"] or "").lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    return f"T{hour:02d}:{minute:02d}"


RESOLVERS: dict[str, Callable[[Candidate, Context], Resolved | None]] = {
    "iso_date": _explicit_date, "numeric_date": _explicit_date,
    "month_day": _month_and_day, "day_month": _month_and_day,
    "month_year": _month_with_year, "month": _month_alone,
    "quarter": _quarter, "quarter_code": _quarter_code,
    "year": _year, "year_range_tail": _year_range_tail,
    "decade": _decade, "decade_short": _decade, "decade_word": _decade, "century": _century,
    "season": _season, "holiday": _holiday,
    "weekday": _weekday, "relative_day": _relative_day, "part_of_day": _part_of_day,
    "relative_unit": _relative_unit, "weekend": _weekend, "unit_edge": _unit_edge,
    "anaphor": _anaphor, "duration": _duration, "half_unit": _half_unit,
    "recent_units": _vague_units, "bare_units": _vague_units,
    "set_every": _set, "set_times": _set, "set_per": _set, "set_adverb": _set,
    "vague": _vague, "clock": _clock, "clock24": _clock, "clock_word": _clock,
}


def resolve(candidate: Candidate, ctx: Context) -> Resolved | None:
    """The value of one accepted match, or ``None`` when the match turns out not to be a time."""
    return RESOLVERS[candidate.rule](candidate, ctx)


"""Resolvers for expressions counted from a point: the dateline, an earlier mention, a clock.

Weekdays and "yesterday" count from the publication date with the tense deciding the direction;
"the following year" and "two years later" count from the last value that stated its year;
durations, sets ("twice a year") and vague references ("recently") need no point at all.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .time_calendar import day_value, duration_value, month_value, shift_month, value_parts, week_value, weekday_near
from .time_context import (
    PART_CODE, PRECISION_BY_UNIT, RELATION_DIRECTION, Context, Resolved, amount_of, norm,
    unit_name, unresolved, with_part,
)
from .time_lexicon import PARTS_OF_DAY, SEASONS, UNITS, VAGUE_REFERENCES, WEEKDAYS
from .time_patterns import Candidate


# --- days and weeks relative to the publication date ----------------------------------------

def weekday(c: Candidate, ctx: Context) -> Resolved | None:
    """"on Tuesday": the Tuesday the clause's tense points to ("last"/"next" override it)."""
    g = c.groups
    number = WEEKDAYS[norm(g["wd"])]
    if g.get("plural"):
        return Resolved(f"XXXX-WXX-{number}", "day", "set")
    if ctx.anchor is None:
        return unresolved("day", "time" if g.get("part") else "date")
    relation = norm(g.get("rel"))
    if relation in RELATION_DIRECTION:
        direction = RELATION_DIRECTION[relation]
    else:
        direction = ctx.direction("past")
    return with_part(weekday_near(ctx.anchor, number, direction), g.get("part"))


_RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
                  "the day before yesterday": -2, "the day after tomorrow": 2}


def relative_day(c: Candidate, ctx: Context) -> Resolved | None:
    """"yesterday", "tonight", "tomorrow morning": counted from the publication day."""
    relation = norm(c.groups["rel"])
    part = c.groups.get("part") or ("night" if relation == "tonight" else None)
    if ctx.anchor is None:
        return unresolved("day", "time" if part else "date")
    return with_part(ctx.anchor + timedelta(days=_RELATIVE_DAYS[relation]), part)


def part_of_day(c: Candidate, ctx: Context) -> Resolved | None:
    """"this morning", "last night"."""
    if ctx.anchor is None:
        return unresolved("day", "time")
    shift = -1 if norm(c.groups["rel"]) == "last" else 0
    return with_part(ctx.anchor + timedelta(days=shift), c.groups["part"])


def relative_unit(c: Candidate, ctx: Context) -> Resolved | None:
    """"last week", "this month", "next year", "the past week": the calendar unit itself.

    "the past decade" is a duration (ten years back from now), not the previous decade.
    """
    g = c.groups
    relation = norm(g["rel"])
    unit = norm(g["unit"])
    step = {"last": -1, "past": -1, "this past": -1, "next": 1, "coming": 1, "this coming": 1}.get(relation, 0)
    if unit in ("decade", "century") and g.get("the") and step == -1:
        return Resolved(duration_value(1, unit), "year", "duration")  # "the past decade"
    if ctx.anchor is None:
        return unresolved(PRECISION_BY_UNIT.get(unit, "week"))
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


def within_unit(c: Candidate, ctx: Context) -> Resolved | None:
    """'earlier in the day' / 'later in the week': the day last mentioned, else the dateline's."""
    unit = norm(c.groups["unit"])
    parts = value_parts(ctx.day_reference) if ctx.day_reference and unit in ("day", "week") else None
    day = parts[2] if parts and parts[2] else ctx.anchor
    if day is None:
        return unresolved(PRECISION_BY_UNIT[unit])
    if unit == "day":
        return Resolved(day_value(day), "day", "date")
    if unit == "week":
        return Resolved(week_value(day), "week", "date")
    if unit == "month":
        return Resolved(month_value(day.year, day.month), "month", "date")
    return Resolved(f"{day.year:04d}", "year", "date")


def weekend(c: Candidate, ctx: Context) -> Resolved | None:
    """"the weekend": the one just gone in a past clause, the coming one otherwise."""
    if ctx.anchor is None:
        return unresolved("week")
    anchor = ctx.anchor
    if ctx.direction("past") == "past":
        day = anchor if anchor.isoweekday() >= 6 else anchor - timedelta(weeks=1)
    else:
        day = anchor + timedelta(weeks=1) if anchor.isoweekday() == 7 else anchor
    return Resolved(week_value(day) + "-WE", "week", "date")


_EDGE_POSITION = {"start": 0.0, "beginning": 0.0, "first half": 0.0, "middle": 0.5,
                  "rest": -1.0, "end": 1.0, "close": 1.0, "second half": 1.0}


def unit_edge(c: Candidate, ctx: Context) -> Resolved | None:
    """'the end of the year': this year's end, unless the tense puts it on the other side."""
    edge = re.sub(r"^the\s+|\s+of$", "", norm(c.groups["mod"]))
    unit = norm(c.groups["unit"])
    if ctx.anchor is None:
        return unresolved(PRECISION_BY_UNIT[unit])
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

def anaphor(c: Candidate, ctx: Context) -> Resolved | None:
    """"that year", "the following month", "the same day": counted from the last mention.

    Years and months count from the last value that stated its year; days and weeks from the
    last day or week of any kind. "over the next year" is a duration.
    """
    g = c.groups
    det = norm(g["det"])
    unit = norm(g["unit"])
    step = 1 if det in ("the following", "the next") else -1 if det in (
        "the previous", "the prior", "the preceding") else 0
    precision = "day" if unit in PARTS_OF_DAY or unit == "day" else PRECISION_BY_UNIT[unit]
    if det in ("the next", "the following") and ctx.word_before in ("over", "within", "during", "for"):
        return Resolved(duration_value(1, "day" if unit in PARTS_OF_DAY else unit), precision, "duration")
    source = ctx.reference if unit in ("year", "month") else ctx.day_reference
    parts = value_parts(source) if source else None
    if parts is None and det == "the next" and ctx.anchor is not None:
        parts = (ctx.anchor.year, ctx.anchor.month, ctx.anchor)  # "the next week" in a plain report
    if parts is None:
        return unresolved(precision)
    year, month, day = parts
    if unit == "week" and day is None and source and "-W" in source:
        day = date.fromisocalendar(int(source[:4]), int(source[6:8]), 1)  # a week mentioned: its Monday
    if unit == "year":
        return Resolved(f"{year + step:04d}", "year", "date")
    if unit == "month" and month is not None:
        return Resolved(month_value(*shift_month(year, month, step)), "month", "date")
    if unit == "week" and day is not None:
        return Resolved(week_value(day + timedelta(weeks=step)), "week", "date")
    if day is not None:
        moved = day + timedelta(days=step)
        return with_part(moved, unit if unit in PARTS_OF_DAY else None)
    return unresolved(precision)


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


def duration(c: Candidate, ctx: Context) -> Resolved | None:
    """"three months" (P3M), "two days ago" (a date), "a year later" (from the last mention),
    "$500 a month" (a set)."""
    g = c.groups
    unit = unit_name(g["unit"])
    if unit not in UNITS:
        return None
    amount = amount_of(g["num"])
    if g.get("half") and amount is not None:
        amount += 0.5
    direction = norm(g.get("dir"))
    precision = PRECISION_BY_UNIT[unit] if amount is not None else "vague"
    if direction == "ago":
        if amount is None:
            return Resolved("PAST_REF", "vague", "vague")
        if ctx.anchor is None:
            return unresolved(precision)
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
    number = norm(g["num"])
    if (number in ("a", "an", "one") and not direction and not g.get("hedge") and not g.get("frame")
            and (ctx.tag_before in ("CD", "NNS", "$") or ctx.word_before in ("%", "percent", "times"))
            and ctx.word_after not in ("after", "before", "later", "earlier", "ago")):
        return Resolved(duration_value(1, unit), precision, "set")  # "$500 a month", "3 meals a day"
    return Resolved(duration_value(amount, unit), precision, "duration")


def half_unit(c: Candidate, ctx: Context) -> Resolved | None:
    """"half an hour", "half a century"."""
    value = {"hour": "PT30M", "day": "PT12H", "year": "P6M", "decade": "P5Y", "century": "P50Y"}
    unit = norm(c.groups["unit"])
    return Resolved(value[unit], None if unit in ("hour", "day") else "month" if unit == "year" else "year",
                    "duration")


def vague_units(c: Candidate, ctx: Context) -> Resolved | None:
    """"recent months", "for years": an unknown number of the unit (PXM, PXY)."""
    return Resolved(duration_value(None, unit_name(c.groups["unit"])), "vague", "duration")


# --- sets, references, clock times -------------------------------------------------------------

_SET_UNIT_VALUES = {"day": ("P1D", "day"), "week": ("P1W", "week"), "month": ("P1M", "month"),
                    "year": ("P1Y", "year"), "annum": ("P1Y", "year"), "hour": ("PT1H", None),
                    "minute": ("PT1M", None), "second": ("PT1S", None), "quarter": ("P3M", "month"),
                    "decade": ("P10Y", "year"), "weekend": ("XXXX-WXX-WE", "week")}
_SET_ADVERBS = {"daily": ("P1D", "day"), "weekly": ("P1W", "week"), "monthly": ("P1M", "month"),
                "annually": ("P1Y", "year"), "yearly": ("P1Y", "year"), "hourly": ("PT1H", None),
                "nightly": ("XXXX-XX-XXTNI", "day"), "quarterly": ("P3M", "month"),
                "fortnightly": ("P2W", "week"), "biannually": ("P6M", "month")}


def set_value(c: Candidate, ctx: Context) -> Resolved | None:
    """"every Monday", "twice a year", "daily": recurrences, written as TimeML sets."""
    g = c.groups
    if c.rule == "set_adverb":
        value, precision = _SET_ADVERBS[norm(g["adv"])]
        return Resolved(value, precision, "set")
    unit = norm(g["unit"])
    if unit.capitalize() in {w.capitalize() for w in WEEKDAYS}:
        return Resolved(f"XXXX-WXX-{WEEKDAYS[unit]}", "day", "set")
    if unit in PARTS_OF_DAY:
        return Resolved(f"XXXX-XX-XXT{PART_CODE[unit]}", "day", "set")
    if unit in SEASONS:
        return Resolved(f"XXXX-{SEASONS[unit]}", "month", "set")
    value, precision = _SET_UNIT_VALUES[unit]
    if g.get("other"):
        value = value.replace("1", "2", 1) if norm(g["other"]) == "other" else value
    return Resolved(value, precision, "set")


def vague(c: Candidate, ctx: Context) -> Resolved | None:
    """"recently", "now", "soon": PAST_REF, PRESENT_REF, FUTURE_REF; never a calendar date."""
    phrase = norm(c.groups["vague"])
    phrase = re.sub(r"^(?:until|more|most|very|only) ", "", phrase)
    return Resolved(VAGUE_REFERENCES.get(phrase, "PRESENT_REF"), "vague", "vague")


def clock(c: Candidate, ctx: Context) -> Resolved | None:
    """A time of day: no value on its own; "3:07:35" without "at" is an elapsed time."""
    g = c.groups
    if c.rule == "clock24" and g.get("s") and not g.get("tz") and ctx.word_before != "at":
        h, m, s = int(g["h"] or 0), int(g["m"] or 0), int(g["s"] or 0)
        return Resolved(f"PT{h}H{m}M{s}S" if h else f"PT{m}M{s}S", None, "duration")  # a race time
    return Resolved(None, None, "time")  # a time of day alone: no date (find_times may attach one)


def clock_value(c: Candidate) -> str | None:
    """``THH:MM`` for a clock-time match, used when it sits next to a resolved day."""
    g = c.groups
    if c.rule == "clock_word":
        word = norm(g.get("word"))
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

"""Calendar arithmetic and TimeML value strings, with no knowledge of text.

The resolver decides *which* day, month or year an expression means (from tense and context);
this module does the counting: the most recent Tuesday on or before a date, the month three
months back, the ISO week, the year a "last summer" falls in, and how each is written as a
TimeML value (``2022-02-01``, ``2022-W05``, ``2012-SU``, ``P3D``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Literal

from .time_lexicon import SEASON_START_MONTH, UNIT_MULTIPLIER, UNITS

Direction = Literal["past", "future", "nearest", "before", "after"]
# past / future: on or before / on or after the anchor; before / after: strictly so.


def day_value(day: date) -> str:
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(day: date) -> str:
    """ISO week of a day, e.g. ``2013-W12`` (the ISO year, which may differ near 1 January)."""
    iso_year, iso_week, _ = day.isocalendar()
    return f"{iso_year:04d}-W{iso_week:02d}"


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def weekday_near(anchor: date, iso_weekday: int, direction: Direction) -> date:
    """The given weekday (Monday = 1) nearest the anchor in the given direction.

    "past" includes the anchor itself: a report dated Wednesday that says "on Wednesday" means
    that same day, and so does "will meet on Wednesday".
    """
    back = (anchor.isoweekday() - iso_weekday) % 7
    forward = (iso_weekday - anchor.isoweekday()) % 7
    if direction == "past":
        return anchor - timedelta(days=back)
    if direction == "future":
        return anchor + timedelta(days=forward)
    if direction == "before":
        return anchor - timedelta(days=back or 7)
    if direction == "after":
        return anchor + timedelta(days=forward or 7)
    return anchor - timedelta(days=back) if back <= forward else anchor + timedelta(days=forward)


def month_year(anchor: date, month: int, direction: Direction) -> int:
    """The year of the month named without one, seen from the anchor in a direction."""
    if direction == "past":
        return anchor.year if month <= anchor.month else anchor.year - 1
    if direction == "future":
        return anchor.year if month >= anchor.month else anchor.year + 1
    if direction == "before":
        return anchor.year if month < anchor.month else anchor.year - 1
    if direction == "after":
        return anchor.year if month > anchor.month else anchor.year + 1
    back = (anchor.month - month) % 12
    forward = (month - anchor.month) % 12
    return month_year(anchor, month, "past" if back <= forward else "future")


def day_in_year(anchor: date, month: int, day: int, direction: Direction) -> date | None:
    """A month and day without a year, placed in the year the direction asks for."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if direction == "past":
        pool = [c for c in candidates if c <= anchor]
        return max(pool) if pool else None
    if direction == "future":
        pool = [c for c in candidates if c >= anchor]
        return min(pool) if pool else None
    if direction == "before":
        pool = [c for c in candidates if c < anchor]
        return max(pool) if pool else None
    if direction == "after":
        pool = [c for c in candidates if c > anchor]
        return min(pool) if pool else None
    return min(candidates, key=lambda c: abs((c - anchor).days))


def season_year(anchor: date, season: str, relation: str) -> int:
    """The year of a season ("last summer", "this winter", "next spring") from the anchor.

    A season counts as "current" from its first month on; winter belongs to the year it starts
    in (December), as TimeML writes it.
    """
    start = SEASON_START_MONTH[season]
    # the season that contains the anchor, or the latest one that has started
    started_this_year = anchor.month >= start
    latest_start_year = anchor.year if started_this_year else anchor.year - 1
    in_season = _season_of(anchor) == season
    if relation == "last":
        return latest_start_year - 1 if in_season else latest_start_year
    if relation == "next":
        return latest_start_year + 1
    if relation == "past":  # a past-tense "this summer" / "in the summer"
        return latest_start_year
    if relation == "future":
        return latest_start_year if in_season else latest_start_year + 1
    # "this summer" with no tense: the one of the anchor's year (winter: the one starting in it)
    return anchor.year if not (season == "WI" and anchor.month <= 2) else anchor.year - 1


def _season_of(day: date) -> str:
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(
        day.month, "FA")


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's own name)
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    return date(year, month, (h + l - 7 * m + 114) % 31 + 1)


def thanksgiving(year: int) -> date:
    """US Thanksgiving: the fourth Thursday of November."""
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


def duration_value(amount: float | None, unit: str) -> str:
    """TimeML duration for an amount of a unit word: ``P3D``, ``PT2H``, ``P10Y``, ``PXM``."""
    letter, below_day = UNITS[unit]
    multiplier = UNIT_MULTIPLIER.get(unit, 1)
    if letter in ("DE", "CE"):
        letter = "Y"
    if unit == "fortnight":
        letter = "W"
    if amount is None:
        count = "X"
        if unit == "decade":
            letter = "DE"
        elif unit == "century":
            letter = "CE"
    else:
        total = amount * multiplier
        count = str(int(total)) if float(total).is_integer() else f"{total:g}"
    return f"PT{count}{letter}" if below_day else f"P{count}{letter}"


_VALUE = re.compile(
    r"^(?P<year>\d{4})(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d))?|W(?P<week>\d\d)|(?P<other>[A-Z]+\d?)))?")


def value_parts(value: str) -> tuple[int, int | None, date | None] | None:
    """Year, month and day a calendar value pins down (for "that year", "that month", "that day")."""
    match = _VALUE.match(value)
    if not match:
        return None
    year = int(match["year"])
    if match["day"]:
        try:
            day = date(year, int(match["month"]), int(match["day"]))
        except ValueError:
            return year, int(match["month"]), None
        return year, day.month, day
    if match["month"]:
        return year, int(match["month"]), None
    if match["week"]:
        try:
            monday = date.fromisocalendar(year, int(match["week"]), 1)
        except ValueError:
            return year, None, None
        return monday.year, monday.month, None
    return year, None, None

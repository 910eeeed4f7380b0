"""Dateline dates in page dumps: :func:`eventwire.extract.dates.find_dates` plus numeric forms.

Why an extra layer: datelines print numeric dates that are unsafe in running text — "04/05/2022"
(day-first in most of the world, month-first in the US) and "31.10.23" (two-digit year, which
collides with version numbers). On a short dateline next to the headline they are safe enough:
a slashed date is read day-first unless that is impossible or the page is clearly American
(``month_first``), and a two-digit year is read as the latest such year not in the future.
"""

from __future__ import annotations

import re
from datetime import date

from .dates import FoundDate, find_dates

_TIME = r"(?:[,\s]+(?:um\s+|at\s+|às\s+|a\s+las\s+|-\s+|\|\s+)?(?P<hour>[01]?\d|2[0-3])[:h](?P<minute>[0-5]\d)\s*(?P<ampm>[ap]\.?m\.?)?(?!\d))?"
_SLASHED = re.compile(rf"(?<![\d/.])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d|\d\d)(?![\d/]){_TIME}")
_SHORT_DOTTED = re.compile(rf"(?<![\d.])(?P<a>[0-3]?\d)\.(?P<b>[01]?\d)\.(?P<year>\d\d)(?![\d.]){_TIME}")
_YEARISH = re.compile(r"\d")
# Every pattern find_dates tries by default states a full year (its ``_YEAR``, spelled the same
# here): a line without one skips its nine scans (~40 us a line with digits; the numeric forms
# below, with their two-digit years, are still tried). 1915 of 3379 calls on the benchmark dumps.
_FULL_YEAR = re.compile(r"(?:19|20)\d\d")


def _full_year(text: str, today: date) -> int:
    if len(text) == 4:
        return int(text)
    two = int(text)
    return today.year - (today.year - two) % 100


def _numeric(text: str, month_first: bool, today: date) -> FoundDate | None:
    for pattern in (_SLASHED, _SHORT_DOTTED):
        m = pattern.search(text)
        if not m:
            continue
        a, b = int(m.group("a")), int(m.group("b"))
        day, month = (b, a) if (month_first and pattern is _SLASHED) else (a, b)
        if month > 12 and day <= 12:
            day, month = month, day
        try:
            value = date(_full_year(m.group("year"), today), month, day)
        except ValueError:
            continue
        if value > today:
            continue
        iso = value.isoformat()
        has_time = m.group("hour") is not None
        if has_time:
            hour = int(m.group("hour"))
            ampm = (m.group("ampm") or "").lower().replace(".", "")
            hour += 12 if ampm == "pm" and hour < 12 else 0
            hour = 0 if ampm == "am" and hour == 12 else hour
            iso += f"T{hour:02d}:{m.group('minute')}"
        return FoundDate(iso, m.start(), m.end(), has_time)
    return None


def dateline_dates(text: str, *, month_first: bool = False, today: date | None = None) -> list[FoundDate]:
    """Dates stated on a dateline: named-month and ISO forms first, then the numeric ones."""
    if not _YEARISH.search(text):
        return []
    today = today or date.today()
    found = [d for d in find_dates(text) if d.value[:10] <= today.isoformat()] if _FULL_YEAR.search(text) else []
    if found:
        return found
    numeric = _numeric(text, month_first, today)
    return [numeric] if numeric else []

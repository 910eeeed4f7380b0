"""Time expressions resolved against the publication date.

Why our own rules rather than dateparser: on TempEval-3 dateparser reaches a value F1 of about
0.36 — it reads "We" as Wednesday, "£88" as 1988, turns durations into dates and has no notion of
tense ("on Tuesday" in a report is the Tuesday before the dateline, "will meet on Tuesday" the one
after). The pipeline here is:

1. ``time_patterns`` finds candidate spans (a small regular grammar over the body text);
2. ``time_filters`` drops those the context rules out (money, counts, ages, names);
3. overlapping candidates are settled, longest first;
4. ``time_resolve`` gives each a TimeML value in text order, with the tense of the governing verb
   (``time_tense``) and the last calendar value mentioned so far ("later that year").

Relative expressions get ``value=None`` when there is no anchor: never a guessed date.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date
from typing import Any

from ..records import TimeExpression
from .time_filters import TokenIndex, accept
from .time_patterns import Candidate, find_candidates
from .time_context import Context, Resolved
from .time_relative import clock_value
from .time_resolve import resolve
from .time_tense import Tense, clause_tense

# Rules whose value names a year explicitly, so "in 2008 ... in August" can borrow it.
_EXPLICIT_YEAR_RULES = frozenset({"year", "month_year", "iso_date", "numeric_date", "month_day",
                                  "day_month", "quarter_code", "season", "holiday", "quarter"})
# Rules that pass an explicit year on ("in 2008 ... later that year ... the following year").
_CHAINING_RULES = frozenset({"anaphor", "duration"})
# Words that point at the speaker's own day: inside a quotation set in another year ("at the 2008
# summit, leaders said: 'we agreed today'") they do not mean the publication date, and the day
# itself is unknown.
_DEICTIC_RULES = frozenset({"relative_day", "part_of_day", "relative_unit", "weekday", "weekend"})
_CALENDAR_VALUE = re.compile(r"^\d{4}")
# A month or a month and day without a year: a simple present does not choose its year (time_tense).
_MONTH_RULES = frozenset({"month_day", "day_month", "month"})
_CLOCK_RULES = frozenset({"clock", "clock24", "clock_word"})
_CLOCK_JOIN = re.compile(r"^\s*(?:,\s*)?(?:at|on|,)?\s*$", re.I)


def find_times(doc: Any, anchor: date | None) -> list[TimeExpression]:
    """Every time expression in the parsed body, resolved against ``anchor`` when relative."""
    text = doc.text
    tokens = TokenIndex(doc)
    accepted = [c for c in find_candidates(text) if accept(c, text, tokens)]
    chosen = _settle_overlaps(accepted)
    found: list[tuple[Candidate, TimeExpression]] = []
    year_reference: str | None = None  # last value naming its year explicitly ("that year")
    day_reference: str | None = None  # last value of a day or week, of any kind ("that day")
    explicit_years: list[tuple[int, int, int]] = []  # (sentence start, offset, year)
    for candidate in chosen:
        sentence_start = tokens.sentence_start(candidate.start)
        sentence_year = next((year for start, _, year in reversed(explicit_years)
                              if start == sentence_start), None)
        before = tokens.before(candidate.start)
        after = tokens.after(candidate.end)
        context = Context(
            anchor=anchor,
            tense=_lazy_tense(doc, candidate),
            reference=year_reference,
            day_reference=day_reference,
            sentence_year=sentence_year,
            word_before=before.lower_ if before is not None else "",
            word_after=after.lower_ if after is not None else "",
            tag_before=before.tag_ if before is not None else "",
        )
        resolved = resolve(candidate, context)
        if resolved is None:
            continue
        if candidate.rule == "year_range_tail":
            resolved = _range_tail_value(text, candidate)
        elif (candidate.rule in _DEICTIC_RULES and anchor is not None and sentence_year is not None
              and sentence_year != anchor.year and _inside_quote(text, sentence_start, candidate.start)):
            resolved = Resolved(None, resolved.precision, resolved.kind)
        expression = TimeExpression(text=text[candidate.start:candidate.end], start=candidate.start,
                                    end=candidate.end, value=resolved.value,
                                    precision=resolved.precision, kind=resolved.kind)
        found.append((candidate, expression))
        if not (resolved.value and _CALENDAR_VALUE.match(resolved.value)
                and resolved.kind in ("date", "time")):
            continue
        if resolved.precision in ("day", "week"):
            day_reference = resolved.value
        if _names_its_year(candidate):
            year_reference = resolved.value
            if candidate.rule in _EXPLICIT_YEAR_RULES:
                explicit_years.append((sentence_start, candidate.start, int(resolved.value[:4])))
        elif candidate.rule in _CHAINING_RULES and year_reference is not None:
            year_reference = resolved.value
    _attach_clock_times(found, text)
    _year_written_after(found, text)
    return [expression for _, expression in found]


def _inside_quote(text: str, sentence_start: int, at: int) -> bool:
    """Whether ``at`` lies inside a quotation opened earlier in its sentence."""
    before = text[sentence_start:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _names_its_year(candidate: Candidate) -> bool:
    """Whether the text itself states the year ("May 2010", "2008", "the summer of 2012")."""
    if candidate.rule in ("year", "iso_date", "numeric_date", "quarter_code"):
        return True
    return candidate.rule in _EXPLICIT_YEAR_RULES and bool(candidate.groups.get("year"))


def _lazy_tense(doc: Any, candidate: Candidate) -> Any:
    """The tense, computed only if a resolver asks (most expressions do not need it)."""
    cache: list[Tense | None] = []

    def tense() -> Tense | None:
        if not cache:
            cache.append(clause_tense(doc, candidate.start, candidate.end,
                                      calendar=candidate.rule in _MONTH_RULES))
        return cache[0]

    return tense


def _settle_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, the longest (then the earlier rule) winning, in text order."""
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), c.priority, c.start))
    taken: list[Candidate] = []
    # The spans taken so far never overlap, so sorted by start they are sorted by end too: only the
    # last one starting before a candidate's end can overlap it (a bisection, not a scan of all of
    # them, which made a page of 30,000 weekday names take minutes).
    starts: list[int] = []
    ends: list[int] = []
    for candidate in ordered:
        i = bisect_left(starts, candidate.end)
        if i and ends[i - 1] > candidate.start:
            continue
        taken.append(candidate)
        starts.insert(i, candidate.start)
        ends.insert(i, candidate.end)
    return sorted(taken, key=lambda c: c.start)


def _range_tail_value(text: str, candidate: Candidate) -> Resolved:
    """'2009-10': the tail takes the head year's century."""
    head = text[candidate.start - 5:candidate.start - 1]
    return Resolved(f"{head[:2]}{candidate.groups['yy']}", "year", "date")


_YEAR_JOIN = re.compile(r"^\s*,?\s*(?:of\s+)?$")


def _year_written_after(found: list[tuple[Candidate, TimeExpression]], text: str) -> None:
    """A month or a month's day followed by the year it is in ("on 8 November last year", "in May next
    year") takes that year: the two are read apart by the grammar, and the month alone would look for
    the nearest or the coming one."""
    for (candidate, expression), (_, year) in zip(found, found[1:]):
        if (candidate.rule in _MONTH_RULES and not candidate.groups.get("year") and expression.value
                and _CALENDAR_VALUE.match(expression.value) and year.value and re.fullmatch(r"\d{4}", year.value)
                and year.text.split()[0].lower() in ("last", "next", "this", "that", "the")
                and _YEAR_JOIN.match(text[expression.end:year.start])):
            expression.value = year.value + expression.value[4:]


def _attach_clock_times(found: list[tuple[Candidate, TimeExpression]], text: str) -> None:
    """A clock time joined to a resolved day ("Friday at 8 p.m.") takes that day as its date."""
    for i, (candidate, expression) in enumerate(found):
        if candidate.rule not in _CLOCK_RULES or expression.value is not None:
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(found):
                continue
            other = found[j][1]
            if other.precision != "day" or not other.value or not _CALENDAR_VALUE.match(other.value):
                continue
            gap = text[other.end:expression.start] if j < i else text[expression.end:other.start]
            if _CLOCK_JOIN.match(gap):
                expression.value = other.value[:10] + (clock_value(candidate) or "")
                expression.precision = "day"
                break

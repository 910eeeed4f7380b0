"""The recognition grammar: regular expressions that find time expressions in an article body.

Each rule is a name and a pattern with named groups; the resolver (``time_resolve``) turns a
match into a TimeML value by the rule's name. Patterns are deliberately specific: month and
weekday names must be capitalised ("may", "We" and "march" are not dates), a bare number is never
a date here (years get their own checks in ``time_filters``), and spans follow TimeML extents —
modifiers such as "early", "the end of" and "last" are inside, prepositions ("on", "in") outside.

Compiled lazily, once per process.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .time_lexicon import NUMBER_WORDS, VAGUE_COUNTS


@dataclass
class Candidate:
    """One rule's match: where it is and the named groups it captured."""

    rule: str
    start: int
    end: int
    groups: dict[str, str | None]
    priority: int


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


MONTH_FULL = ("(?-i:January|February|March|April|May|June|July|August|September|October|"
              "November|December)")
MONTH_ABBR = r"(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR})"
WEEKDAY = "(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?:1[0-9]|20)\d\d(?![\d,]\d)"
# "early", "mid-", "the end of": kept inside the expression (TimeML writes them as a mod).
MOD = (r"(?:(?:early|late|mid|the\s+(?:start|beginning|end|middle|rest|close|first\s+half|"
       r"second\s+half)\s+of)(?:\s+|-))")
TENS_UNITS = (r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s]"
              r"(?:one|two|three|four|five|six|seven|eight|nine)")
NUMBER = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{TENS_UNITS}|"
          rf"{_alternation([w for w in NUMBER_WORDS])}|{_alternation(list(VAGUE_COUNTS))})")
UNIT = (r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|"
        r"century|centuries)")
HEDGE = (r"(?:about|around|roughly|nearly|almost|approximately|some|more\s+than|less\s+than|"
         r"fewer\s+than|at\s+least|at\s+most|up\s+to|over|under|just\s+over|just\s+under|"
         r"barely|only|another|the\s+first|the\s+last)")
REL = r"(?:this\s+past|this\s+coming|last|next|this|coming|past)"
SEASON = r"(?:spring|summer|autumn|fall|winter)"
HOLIDAY = (r"(?-i:Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Easter(?:\s+Sunday)?|"
           r"Thanksgiving(?:\s+Day)?|Halloween|Valentine['’]s\s+Day|Boxing\s+Day|Bastille\s+Day|"
           r"Armistice\s+Day)")
PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
ORDINAL_WORD = (r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
                r"ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
                r"seventeenth|eighteenth|nineteenth|twentieth|twenty[-\s]first)")

# (rule name, pattern). Earlier rules win ties between overlapping matches of equal length.
_RULES: tuple[tuple[str, str], ...] = (
    ("iso_date", r"(?<![\w-])(?P<year>(?:1[0-9]|20)\d\d)-(?P<month>0[1-9]|1[0-2])-"
                 r"(?P<day>0[1-9]|[12]\d|3[01])(?![\w-])"),
    ("numeric_date", r"(?<![\w/.])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)"
                     r"(?P<year>(?:1[0-9]|20)\d\d)(?![\w/])"),
    ("month_day", rf"\b(?:{WEEKDAY},?\s+)?(?P<mod>{MOD})?(?P<mon>{MONTH})\s+(?P<day>{DAY})"
                  rf"(?:,?\s+(?P<year>{YEAR}))?\b(?!\s*(?:%|percent|per\s+cent))"),
    ("day_month", rf"\b(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})"
                  rf"(?:,?\s+(?P<year>{YEAR}))?\b"),
    ("month_year", rf"\b(?P<mod>{MOD})?(?P<mon>{MONTH})\s*,?\s+(?:of\s+)?(?P<year>{YEAR})\b"),
    ("month", rf"\b(?P<mod>{MOD})?(?:(?P<rel>{REL})\s+)?(?P<mon>{MONTH_FULL})\b(?!-)"),
    ("quarter", r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+"
                r"(?:fiscal\s+)?(?P<part>quarter|half)(?:\s+of\s+(?:(?P<year>(?:1[0-9]|20)\d\d)|"
                r"(?P<rel>this|last|next|the)\s+(?:fiscal\s+)?year))?\b"),
    ("quarter_code", r"\b(?P<q>Q[1-4])\s*(?P<year>(?:1[0-9]|20)\d\d)\b"),
    ("year_range_tail", r"(?<=(?:1[0-9]|20)\d\d[-–])(?P<yy>\d\d)(?!\d|,\d|%|\.\d)"),
    ("year", rf"(?P<mod>{MOD})?(?P<fiscal>(?:fiscal(?:\s+year)?|FY)\s*)?"
             r"(?<![\w$£€¥.,/:])(?P<year>\d{4})(?![\w%]|[.,:]\d)"),
    ("decade", rf"\b(?P<mod>(?:the\s+)?{MOD})?(?P<the>the\s+)?(?P<dec>(?:1[0-9]|20)\d0)['’]?s\b"),
    ("decade_short", r"\bthe\s+(?P<mod>(?:early|late|mid)(?:\s+|-))?['’]?(?P<dec>[3-9]0)['’]?s\b"),
    ("decade_word", r"\bthe\s+(?P<mod>(?:early|late|mid)(?:\s+|-))?(?P<word>thirties|forties|"
                    r"fifties|sixties|seventies|eighties|nineties)\b"),
    ("century", rf"\bthe\s+(?P<mod>(?:early|late|mid)(?:\s+|-))?(?P<ord>{ORDINAL_WORD})(?:\s+|-)"
                r"century\b"),
    ("season", rf"\b(?P<mod>{MOD})?(?:(?P<rel>{REL}|the|that)\s+)?(?P<season>{SEASON})"
               rf"(?:\s+(?:of\s+)?(?P<year>{YEAR}))?\b(?!-)"),
    ("holiday", rf"\b(?:(?P<rel>last|next|this)\s+)?(?P<hol>{HOLIDAY})(?:,?\s+(?P<year>{YEAR}))?\b"),
    ("weekday", rf"\b(?:(?P<mod>early|late)\s+)?(?:(?P<rel>{REL}|previous)\s+)?(?P<wd>{WEEKDAY})"
                rf"(?P<plural>s)?(?:\s+(?P<part>{PART_OF_DAY}))?\b(?!-)"),
    ("relative_day", rf"\b(?:(?P<mod>early|late)\s+)?(?P<rel>the\s+day\s+before\s+yesterday|"
                     rf"the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow)"
                     rf"(?:\s+(?P<part>{PART_OF_DAY}))?\b"),
    ("part_of_day", rf"\b(?P<rel>this|last)\s+(?P<part>{PART_OF_DAY})\b"),
    ("anaphor", r"\b(?P<adv>(?:later|earlier)\s+(?:in\s+)?)?(?P<det>that\s+same|that|the\s+same|"
                r"the\s+following|the\s+previous|the\s+prior|the\s+next|the\s+preceding)\s+"
                r"(?P<unit>year|month|week|day|morning|afternoon|evening|night)\b(?!-)"),
    ("unit_edge", r"\b(?P<mod>(?:the\s+)?(?:start|beginning|end|middle|rest|close|first\s+half|"
                  r"second\s+half)\s+of\s+)(?:the\s+)?(?P<unit>week|month|year)\b(?![-\s]+(?:ago|"
                  r"earlier|later))"),
    ("relative_unit", rf"\b(?P<mod>(?:early|late|earlier|later|mid|the\s+(?:start|beginning|end|"
                      r"middle|rest|close|first\s+half|second\s+half)\s+of)(?:\s+|-)(?:in\s+)?)?"
                      rf"(?P<the>the\s+)?(?P<rel>{REL}|current|present)\s+(?P<fiscal>fiscal\s+)?"
                      r"(?P<unit>week|weekend|month|year|quarter|decade|century)\b(?!-)"),
    ("weekend", r"\bthe\s+weekend\b"),
    ("within_unit", r"\b(?P<adv>earlier|later)\s+in\s+the\s+(?P<unit>day|week|month|year)\b"),
    ("duration", rf"(?<![\w$£€¥.,])(?P<hedge>{HEDGE}\s+)?(?P<frame>the\s+(?:past|last|next|coming|"
                 r"previous|following|first|final|recent|same)\s+)?"
                 rf"(?P<num>{NUMBER})(?P<half>\s+and\s+a\s+half)?(?:\s+|-)(?P<unit>{UNIT})\b"
                 r"(?P<poss>['’])?(?P<dir>\s+(?:ago|later|earlier)\b(?!\s+than))?"),
    ("half_unit", r"\b(?P<half>half\s+(?:a|an)|a\s+half)(?:\s+|-)(?P<unit>hour|day|year|decade|"
                  r"century)\b"),
    ("recent_units", r"\b(?P<recent>recent|the\s+coming|coming|the\s+past|past)\s+"
                     r"(?P<unit>days|weeks|months|years|decades)\b"),
    ("bare_units", r"\b(?P<unit>days|weeks|months|years|decades|hours|minutes|centuries)\b"),
    ("set_every", rf"\b(?P<q>every|each)\s+(?:(?P<other>other|single)\s+)?(?P<unit>day|week|month|"
                  rf"year|morning|afternoon|evening|night|weekend|hour|quarter|decade|{WEEKDAY}|"
                  r"spring|summer|autumn|winter)\b"),
    ("set_times", r"\b(?P<freq>once|twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|"
                  r"ten|several|many|a\s+few)\s+times)\s+(?:a|an|per|each|every)\s+"
                  r"(?P<unit>day|week|month|year|hour|minute|second)\b"),
    ("set_per", r"\bper\s+(?P<unit>day|week|month|year|hour|minute|second|annum)\b"),
    ("set_adverb", r"\b(?P<adv>(?-i:daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly|"
                   r"fortnightly|biannually))\b(?!-)"),
    ("vague", r"\b(?P<vague>(?:until\s+|more\s+|most\s+|very\s+|only\s+)?recently|lately|currently|"
              r"nowadays|presently|at\s+present|these\s+days|at\s+the\s+moment|right\s+now|now|"
              r"soon|in\s+the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|in\s+the\s+past|"
              r"the\s+other\s+day|formerly)\b(?!-)"),
    ("clock", r"(?<![\w:.])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>(?-i:a\.m\.|"
              r"p\.m\.|a\.m|p\.m|am|pm|AM|PM|A\.M\.|P\.M\.))(?!\w)"),
    ("clock24", r"(?<![\w:.])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?![\d:])"
                r"(?:\s*(?P<tz>GMT|UTC|BST|EST|EDT|CET|CEST|ET|PT|local\s+time))?"),
    ("clock_word", r"\b(?P<word>noon|midday|midnight)\b|\b(?P<h>1[0-2]|[1-9])\s+o['’]clock\b"),
)


# Trigger words: every rule needs at least one of its classes near its match. One cheap word scan
# finds them; each rule then runs only in small windows around its triggers, which keeps a
# 600-word article to a millisecond or two instead of 35 scans of the whole body.
_TRIGGER_WORDS: dict[str, tuple[str, ...]] = {
    "month": ("january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
              "sept", "sep", "oct", "nov", "dec"),
    "weekday": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"),
    "clock": ("noon", "midday", "midnight", "clock"),
    "decade": ("thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"),
    "unit": ("second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night",
             "nights", "week", "weeks", "weekend", "weekends", "fortnight", "fortnights", "month",
             "months", "year", "years", "decade", "decades", "century", "centuries", "quarter",
             "half", "annum"),
    "season": ("spring", "summer", "autumn", "fall", "winter"),
    "holiday": ("christmas", "easter", "thanksgiving", "halloween", "valentine", "boxing",
                "bastille", "armistice"),
    "relday": ("today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening"),
    "vague": ("recently", "lately", "currently", "nowadays", "presently", "present", "moment",
              "now", "soon", "future", "past", "formerly"),
    "set": ("every", "each", "daily", "weekly", "monthly", "annually", "yearly", "hourly",
            "nightly", "quarterly", "fortnightly", "biannually", "per", "times", "once", "twice",
            "thrice"),
    "quarter": ("q",),
}
_TRIGGER_CLASS: dict[str, str] = {w: cls for cls, words in _TRIGGER_WORDS.items() for w in words}
_RULE_TRIGGERS: dict[str, tuple[str, ...]] = {
    "iso_date": ("year4",), "numeric_date": ("digits",), "month_day": ("month",),
    "day_month": ("month",), "month_year": ("month",), "month": ("month",),
    "quarter": ("unit",), "quarter_code": ("quarter",), "year_range_tail": ("year4",),
    "year": ("year4",), "decade": ("year4",), "decade_short": ("digits",),
    "decade_word": ("decade",), "century": ("unit",), "season": ("season",),
    "holiday": ("holiday", "unit"), "weekday": ("weekday",), "relative_day": ("relday",),
    "part_of_day": ("relday", "unit"), "anaphor": ("unit", "relday"), "unit_edge": ("unit",),
    "relative_unit": ("unit",), "weekend": ("unit",), "within_unit": ("unit",),
    "duration": ("unit",), "half_unit": ("unit",),
    "recent_units": ("unit",), "bare_units": ("unit",), "set_every": ("set",),
    "set_times": ("set",), "set_per": ("set",), "set_adverb": ("set",), "vague": ("vague", "unit"),
    "clock": ("digits",), "clock24": ("digits",), "clock_word": ("clock",),
}
_LETTERS = re.compile(r"[a-z]+")
_DIGITS = re.compile(r"\d+")
_BEFORE, _AFTER = 64, 40  # how far a match may reach before and after its trigger


def _triggers(text: str) -> dict[str, list[tuple[int, int]]]:
    """Positions of trigger words by class (``year4`` and ``digits`` for numbers).

    The vocabulary present is found with one ``findall`` and a set intersection; only those words
    are then located with ``str.find``, which is several times faster than matching a large
    alternation at every position.
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lowercase to two: keep offsets aligned
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    found: dict[str, list[tuple[int, int]]] = {}
    size = len(lowered)
    for word in set(_LETTERS.findall(lowered)) & _TRIGGER_CLASS.keys():
        spans = found.setdefault(_TRIGGER_CLASS[word], [])
        at = lowered.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not lowered[at - 1].isalpha()) and (end == size or not lowered[end].isalpha()):
                spans.append((at, end))
            at = lowered.find(word, end)
    for match in _DIGITS.finditer(text):
        span = match.span()
        found.setdefault("digits", []).append(span)
        if span[1] - span[0] == 4:
            found.setdefault("year4", []).append(span)
    return found


@lru_cache(maxsize=1)
def compiled_rules() -> tuple[tuple[str, re.Pattern[str], int, tuple[str, ...]], ...]:
    """The grammar, compiled once per process (case-insensitive outside the name groups)."""
    return tuple((name, re.compile(pattern, re.IGNORECASE), rank, _RULE_TRIGGERS[name])
                 for rank, (name, pattern) in enumerate(_RULES))


def _windows(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        start, end = max(0, start - _BEFORE), min(length, end + _AFTER)
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def find_candidates(text: str) -> Iterator[Candidate]:
    """Every match of every rule, overlapping ones included (the caller picks among them)."""
    triggers = _triggers(text)
    windows_by_classes: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for name, pattern, rank, classes in compiled_rules():
        windows = windows_by_classes.get(classes)
        if windows is None:
            spans = [span for cls in classes for span in triggers.get(cls, ())]
            windows = windows_by_classes[classes] = _windows(spans, len(text)) if spans else []
        seen: set[tuple[int, int]] = set()
        for window_start, window_end in windows:
            for match in pattern.finditer(text, window_start, window_end):
                key = (match.start(), match.end())
                if match.end() > match.start() and key not in seen:
                    seen.add(key)
                    yield Candidate(name, match.start(), match.end(), match.groupdict(), rank)

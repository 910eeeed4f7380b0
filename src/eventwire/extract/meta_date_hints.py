"""Incomplete datelines that still confirm a page's machine-readable publication stamp.

Why: a structured stamp (JSON-LD ``datePublished``, ``article:published_time``) is used only
when the visible page confirms it, because sites stamp undated pages too. Many news pages do
show the reader a date next to the headline, but not a complete one: "Nov 18" (no year),
"Monday 5:30PM", "Published 22 hours ago", "vor 3 Stunden". Such a line cannot date the article
by itself, yet it agrees with (or contradicts) the stamp: the same month and day, the same
weekday, or a relative age that only a dated article prints. Only lines next to the headline or
the body's first paragraph count, never asides, and never long sentences (a story that says
"on Monday" is not a dateline).
"""

from __future__ import annotations

import re
from datetime import date

from .dates import MONTH_BY_NAME
from .meta_page import ArticleFrame, PageSignals, snippets_between

_BEFORE_HEADLINE = 400
_AFTER_HEADLINE = 600
_AROUND_BODY = 400
# A dateline is a short text node; a longer one is a sentence of the story or a teaser.
_MAX_WORDS = 12

_WEEKDAYS: dict[int, tuple[str, ...]] = {
    0: ("monday", "mon", "montag", "lundi", "lunes", "lunedì", "lunedi", "maandag", "poniedziałek"),
    1: ("tuesday", "tue", "tues", "dienstag", "mardi", "martes", "martedì", "martedi", "dinsdag", "wtorek"),
    2: ("wednesday", "wed", "mittwoch", "mercredi", "miércoles", "miercoles", "mercoledì", "mercoledi",
        "woensdag", "środa"),
    3: ("thursday", "thu", "thur", "thurs", "donnerstag", "jeudi", "jueves", "giovedì", "giovedi",
        "donderdag", "czwartek"),
    4: ("friday", "fri", "freitag", "vendredi", "viernes", "venerdì", "venerdi", "vrijdag", "piątek"),
    5: ("saturday", "sat", "samstag", "sonnabend", "samedi", "sábado", "sabado", "sabato", "zaterdag",
        "sobota"),
    6: ("sunday", "sun", "sonntag", "dimanche", "domingo", "domenica", "zondag", "niedziela"),
}
_WEEKDAY_BY_NAME = {name: day for day, names in _WEEKDAYS.items() for name in names}
_TIME = r"(?:[01]?\d|2[0-3])[:.h][0-5]\d\s*(?:[ap]\.?m\.?)?"
# "Monday 5:30PM", "Mon, 9:14 am", "Freitag, 14:30 Uhr": a weekday with a clock time.
_WEEKDAY_TIME = re.compile(rf"(?<!\w)(?P<name>[^\W\d_]{{3,12}})\.?,?\s+(?:at\s+|um\s+|à\s+)?{_TIME}(?!\d)", re.I)
# "Nov 18", "Nov. 18, 5:00 PM", "18. November", "18 nov." with no year after them.
_MONTH_DAY = re.compile(r"(?<!\w)(?P<mname>[^\W\d_]{3,10})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d.:]|,?\s*(?:19|20)\d\d)",
                        re.I)
_DAY_MONTH = re.compile(r"(?<![\w.])(?P<day>[0-3]?\d)(?:\.|st|nd|rd|th)?\s+(?P<mname>[^\W\d_]{3,10})\.?(?!\w|\s*,?\s*(?:19|20)\d\d)",
                        re.I)
# "22 hours ago", "vor 3 Stunden", "il y a 2 jours", "hace 5 horas", "3 ore fa", "2 uur geleden".
_RELATIVE = re.compile(
    r"\b\d{1,2}\s*(?:min(?:ute)?s?|hours?|hrs?|h|days?)\s+ago\b"
    r"|\bvor\s+\d{1,2}\s+(?:minuten|stunden|std\.?|tagen)\b"
    r"|\bil\s+y\s+a\s+\d{1,2}\s+(?:minutes?|heures?|h|jours?)\b"
    r"|\bhace\s+\d{1,2}\s+(?:minutos?|horas?|días?|dias?)\b"
    r"|\b\d{1,2}\s+(?:minuti|ore|giorni)\s+fa\b"
    r"|\b\d{1,2}\s+(?:minuten|uur|dagen)\s+geleden\b",
    re.I)


def _zone_snippets(signals: PageSignals, frame: ArticleFrame) -> list[str]:
    """Short visible texts next to the headline and the body's opening, outside asides."""
    spans = []
    if frame.headline is not None:
        spans.append((frame.headline - _BEFORE_HEADLINE, frame.headline + _AFTER_HEADLINE))
    if frame.body_start is not None:
        spans.append((frame.body_start - _AROUND_BODY, frame.body_start + _AROUND_BODY))
    seen: set[int] = set()
    texts = []
    for start, end in spans:
        for at, snippet in snippets_between(signals, max(0, start), end):
            if at in seen or snippet.in_aside or len(snippet.text.split()) > _MAX_WORDS:
                continue
            seen.add(at)
            texts.append(snippet.text)
    return texts


def confirms_stamp(signals: PageSignals, frame: ArticleFrame, stamp: str) -> bool:
    """True when a short line next to the article states part of ``stamp``'s day (its month and
    day without a year, its weekday with a clock time) or a relative age ("3 hours ago")."""
    try:
        day = date.fromisoformat(stamp[:10])
    except ValueError:
        return False
    texts = _zone_snippets(signals, frame)
    return any(_RELATIVE.search(text) for text in texts) or _states_part_of(texts, day)


def states_local_time(signals: PageSignals, frame: ArticleFrame, day: date, minute: int) -> bool:
    """True when a short line next to the article states ``day``'s month and day with a clock
    time at ``minute`` past the hour ("Posted Nov 18, 8:19 PM"): the page's local rendering of
    a stamp given in UTC at that minute, whatever the offset."""
    for text in _zone_snippets(signals, frame):
        if not any(int(m["minute"]) == minute for m in _CLOCK.finditer(text)):
            continue
        for pattern in (_MONTH_DAY, _DAY_MONTH):
            for m in pattern.finditer(text):
                if MONTH_BY_NAME.get(m["mname"].lower()) == day.month and int(m["day"]) == day.day:
                    return True
    return False


_CLOCK = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3])[:.h](?P<minute>[0-5]\d)(?![\d:])")


def _states_part_of(texts: list[str], day: date) -> bool:
    for text in texts:
        for m in _WEEKDAY_TIME.finditer(text):
            if _WEEKDAY_BY_NAME.get(m["name"].lower()) == day.weekday():
                return True
        for pattern in (_MONTH_DAY, _DAY_MONTH):
            for m in pattern.finditer(text):
                if MONTH_BY_NAME.get(m["mname"].lower()) == day.month and int(m["day"]) == day.day:
                    return True
    return False

"""Time zones of machine-readable publication stamps: which calendar day a UTC stamp means.

Why: structured data often states the publication instant in UTC ("2019-11-19T01:19:34Z"),
while the article, its dateline and its readers live in another zone. Keeping the UTC day dates
an evening article in the Americas, or a morning one in Asia, a day off. Two cases are decided
here without guessing the zone from a country list: a CMS that stored a date with no time as
local midnight and wrote it out in UTC (its exact hour and zero minutes and seconds give it
away), and (in :func:`.meta_dates.local_day`) a dateline that shows the reader's day next to
the headline.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .meta_page import PageSignals

# A clock time followed by a UTC designator: "…T01:19:34.819Z", "… 14:57:21 +0000", "GMT".
_UTC_STAMP = re.compile(r"\d:\d\d(?::\d\d(?:\.\d+)?)?\s*(?:Z|[+-]00:?00|UTC|GMT)\s*$", re.I)
# Exactly 22:00:00 or 23:00:00 UTC: Central European midnight in summer or winter time.
_MIDNIGHT_CET_IN_UTC = re.compile(r"[T\s]2[23]:00:00(?:\.0+)?\s*(?:Z|\+00:?00)$", re.I)
# Hosts and languages of the Central European time zone (UTC+1, summer UTC+2). French and
# Spanish count only by host: most of their pages elsewhere are American or African.
_CET_HOST_ENDS = frozenset({"de", "at", "ch", "li", "fr", "be", "lu", "nl", "it", "es", "pl", "cz", "sk",
                            "hu", "si", "hr", "ba", "rs", "dk", "se", "no", "mt", "al", "me", "mk"})
_CET_LANGS = frozenset({"de", "nl", "it", "pl", "cs", "sk", "hu", "sl", "hr", "bs", "sr", "da", "sv",
                        "nb", "nn", "no"})


def in_utc(raw: str) -> bool:
    """True for a stamp with a clock time stated in UTC."""
    return bool(_UTC_STAMP.search(raw))


def central_european(signals: PageSignals) -> bool:
    """True when the page's host or language belongs to the Central European time zone."""
    host_end = (signals.hostname or "").rsplit(".", 1)[-1]
    lang = (signals.lang or "").split("-", 1)[0]
    return host_end in _CET_HOST_ENDS or lang in _CET_LANGS


def cms_midnight_day(raw: str, signals: PageSignals) -> str | None:
    """The day a Central European page meant by a stamp at its local midnight written in UTC
    ("2022-11-06T23:00:00.000Z" = 7 November, 00:00 in Berlin): a date stored without a time.
    Pages often print the UTC day from it ("6.11.22"), a rendering slip, not another date."""
    if not _MIDNIGHT_CET_IN_UTC.search(raw) or not central_european(signals):
        return None
    try:
        instant = datetime.fromisoformat(raw.replace("Z", "+00:00").replace(" ", "T"))
        local = instant.astimezone(timezone.utc).astimezone(ZoneInfo("Europe/Berlin"))
    except (ValueError, ZoneInfoNotFoundError):
        return None
    return local.date().isoformat() if (local.hour, local.minute) == (0, 0) else None

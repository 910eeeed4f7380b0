"""When an HTML page says its article was published, and from which signal.

Why not htmldate's answer: it returns a date on almost every page, including pages that state
none (it falls back to copyright years, sidebar teasers, "last modified" headers). For a dated
event record a wrong date is worse than none. So a date is taken only from a signal that names
the article's publication: structured data (JSON-LD ``datePublished``, ``article:published_time``
and kin) that the visible page or the URL confirms, the URL, or a dateline printed next to the
headline or byline. "Updated"/"modified" dates are recognised and never returned as published.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from .dates import FoundDate, date_from_url, find_dates
from .meta_date_hints import confirms_stamp, states_local_time
from .meta_date_zones import cms_midnight_day, in_utc
from .meta_page import ArticleFrame, PageSignals, is_article, json_ld_types, snippets_between

# <meta> names/properties that state the publication date.
_META_PUBLISHED = (
    "article:published_time", "og:article:published_time", "og:published_time", "article:published",
    "published_time", "datepublished", "date.published", "publish-date", "publish_date", "publishdate",
    "pubdate", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created",
    "dcterms.created", "date", "sailthru.date", "parsely-pub-date", "article.published",
    "originalpublicationdate", "citation_publication_date", "citation_date", "displaydate",
    "cxenseparse:recs:publishtime", "article:post_date", "bt:pubdate", "ga-publish-date",
)
_MACHINE_DATE = re.compile(
    r"(?P<year>(?:19|20)\d\d)-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)"
    r"(?:[T\s]?[A-Z]{0,4}(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d))?"
)
# Labels that make a date the "last updated" one, in the languages of our sources.
_EPOCH = date(1970, 1, 1)
_MODIFIED_LABEL = re.compile(
    r"(?:updated|update|modified|aktualisiert|geändert|zuletzt|letzte änderung|stand|mis à jour|"
    r"modifié|actualizado|actualización|modificado|aggiornato|aggiornamento|zaktualizowano|"
    r"aktualizacja|bijgewerkt|gewijzigd|last edited|edited|bearbeitet|更新(?:时间|時間|日期|日)?|修改(?:时间|時間)?|수정(?:일)?)"
    r"(?:\W*(?:am|on|at|le|el|il|um|vom|the|en|de|dnia))?\W*$",
    re.I,
)
# Labels after the date, as German and Dutch word order puts them: "… wurde am 19. Mai 2010 um
# 23:03 Uhr gepostet", "am 3. Mai 2021 veröffentlicht".
_PUBLISHED_AFTER = re.compile(
    r"^\W*(?:(?:um\s+)?\d\d?[:.]\d\d\s*)?(?:uhr\s*)?(?:gepostet|veröffentlicht|publiziert|erschienen|geschrieben|"
    r"eingestellt|verfasst|gepubliceerd|geplaatst)\b", re.I)
_PUBLISHED_LABEL = re.compile(
    r"(?:published|posted|originally created|veröffentlicht|erschienen|erstellt|publié|publicado|pubblicato|"
    r"opublikowano|gepubliceerd|datum|date|originally|geschrieben|gespeichert|eingestellt|"
    r"verfasst|publicada|publicado el|publié le|dnia|data|data publikacji|"
    # Chinese, Japanese and Korean "published"/"posted" labels ("发布时间：", "公開日", "입력")
    r"发布时间|发布日期|发布于|發佈時間|發布時間|发表于|發表於|公開日|投稿日|掲載日|게시일|작성일|입력|등록일)"
    r"(?:\W*(?:am|on|at|le|el|il|um|vom|the|en|de|dnia))?\W*$"
    # "Gespeichert von rasos am", "Posted by Jane Doe on": a credit line between label and date
    r"|(?:posted|geschrieben|gespeichert|eingestellt|verfasst|veröffentlicht|publié|publicado)"
    r"\s+(?:by|von|par|por)\s+\S+(?:\s+\S+)?\s+(?:am|on|le|el|um)?\W*$"
    # "Author: Bo2man am", "Autorin: Jane Doe, am": an author credit, then the date
    r"|(?:author|autor|autorin|auteur|autore|autora)\s*:\s*\S+(?:\s+\S+)?\s*,?\s+(?:am|on|le|el|il|um|dnia)\W*$",
    re.I,
)
# How far (characters of visible text) a dateline may sit before/after the headline.
_BEFORE_HEADLINE = 400
_AFTER_HEADLINE = 1200
# 600, not 400: without a located headline the dateline can sit a navigation bar above the
# body (measured on dev: +1 right, nothing else changed; held-out unchanged).
_BEFORE_BODY = 600
# Into the body: trafilatura's body often opens with the standfirst, and the byline/dateline
# follows it ("… Von Claudia Lindner 27.1.2022 - Bei der …").
_INTO_BODY = 600
_AFTER_BODY = 800
# How far below the article's last paragraph a printed day still confirms a structured stamp.
_BELOW_ARTICLE = 300
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_FULL_STOP = re.compile(r"(?<=\.(?:19|20)\d\d)\.(?=\s|$)")
_NOT_PUBLISHED_LABEL = re.compile(
    r"(?:registriert|registered|joined|beigetreten|mitglied seit|member since|geboren|born|"
    r"inscrit|inscrito|miembro desde)\W*(?:am|on|le|el|seit|since)?\W*$", re.I)
_URL_UNPADDED = re.compile(r"/((?:19|20)\d\d)/(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])(?:/|$)")
_URL_DAY_FIRST = re.compile(r"[/_-]([0-3]\d)-([01]\d)-((?:19|20)\d\d)(?:/|[_.-]|$)")
_RANGE_START = re.compile(r"(?:\d\.?\s*[-–]|\b(?:bis|to|until|au|al|hasta|do))\s*$", re.I)


@dataclass(frozen=True)
class PublishedDate:
    """A publication date with the signal that stated it (``json-ld``, ``meta``, ``url``, ``dateline``)."""

    value: str
    source: str
    raw: str = field(default="", compare=False)  # the stamp as the page wrote it

    @property
    def utc(self) -> bool:
        """Stated in UTC ("…T01:19:34Z", "+00:00"): its calendar day may not be the reader's."""
        return in_utc(self.raw)


def parse_stamp(value: object) -> str | None:
    """A machine-readable date ("2022-05-03T23:57:00+02:00", "2022-5-3", "Thu, 08 May 2014
    14:04:53 -0400") as ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM`` in the time the page states.

    Midnight is treated as "no time stated": CMSs write it for date-only values.
    """
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    m = _MACHINE_DATE.search(text)
    if m:
        try:
            day = date(int(m["year"]), int(m["month"]), int(m["day"]))
        except ValueError:
            return None
        if day == _EPOCH:
            return None  # a missing Unix timestamp printed as a date, not a publication
        out = day.isoformat()
        if m["hour"] is not None and not (int(m["hour"]) == 0 and m["minute"] == "00") and int(m["hour"]) < 24:
            out += f"T{int(m['hour']):02d}:{m['minute']}"
        return out
    # Not ISO: an RFC 822 or Unix-style stamp ("Mon Oct 11 14:57:21 CEST 2021"): read as a dateline.
    found = find_dates(text, dateline=True)
    return found[0].value if found else None


def structured_published(signals: PageSignals) -> PublishedDate | None:
    """The strongest machine-readable publication date (see :func:`structured_candidates`)."""
    candidates = structured_candidates(signals)
    return candidates[0] if candidates else None


def structured_candidates(signals: PageSignals) -> list[PublishedDate]:
    """Publication dates stated in machine-readable form, one per calendar day, strongest
    signal first: article-typed JSON-LD objects, ``<meta>`` tags, other JSON-LD (WebPage), then
    ``<time itemprop=datePublished>``-like elements. Pages often state several (a CMS stamp, an
    analytics tag, a syndication date) and not always the same day."""
    article: list[PublishedDate] = []
    other: list[PublishedDate] = []
    for obj in signals.json_ld:
        raw = obj.get("datePublished")
        stamp = parse_stamp(raw)
        if stamp:
            (article if is_article(obj) else other).append(PublishedDate(stamp, "json-ld", _raw(raw)))
    meta = [PublishedDate(stamp, "meta", _raw(value)) for key in _META_PUBLISHED
            for value in signals.meta_values(key) if (stamp := parse_stamp(value))]
    times = [PublishedDate(stamp, "meta", _raw(snippet.attribute)) for snippet in signals.times
             if not snippet.in_aside and snippet.attribute and _PUBLISHED_HINT.search(snippet.hint)
             and not _MODIFIED_HINT.search(snippet.hint) and (stamp := parse_stamp(snippet.attribute))]
    out: list[PublishedDate] = []
    for candidate in article + meta + other + times:
        if all(c.value[:10] != candidate.value[:10] for c in out):
            out.append(candidate)
    return out[:_MAX_STRUCTURED]


def _raw(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def local_day(candidate: PublishedDate, published: _Dated | None, signals: PageSignals,
              frame: ArticleFrame) -> PublishedDate | None:
    """The reader's day of a stamp given in UTC, when the article's dateline shows it.

    Why: a stamp in UTC names the UTC calendar day; an evening article in the Americas
    ("Posted Nov 18, 8:19 PM" = 01:19Z on the 19th) or a morning one in Asia is dated a day
    off, and the page's own dateline, in its readers' time, says which. Only the day before
    (stamp before noon UTC, a western offset) or after (from 10:00 UTC, an eastern one) counts;
    a full dateline next to the headline shows it, or a month and day without a year whose
    clock time has the stamp's minutes (the same instant rendered locally).
    """
    if not candidate.utc or len(candidate.value) < 16:
        return None
    stamp = datetime.fromisoformat(candidate.value)
    for shift, possible in ((-1, stamp.hour < 12), (1, stamp.hour >= 10)):
        day = stamp.date() + timedelta(days=shift)
        if not possible:
            continue
        if published is not None:
            if not published.in_aside and published.found.value[:10] == day.isoformat():
                return PublishedDate(published.found.value, candidate.source)
        elif states_local_time(signals, frame, day, stamp.minute):
            return PublishedDate(day.isoformat(), candidate.source)
    return None


def first_time_element(signals: PageSignals, end: int | None = None) -> PublishedDate | None:
    """The stamp of the page's first ``<time datetime>`` outside asides, not marked "modified"
    and (given ``end``, the article's last character) not below the article, even without a
    "published" class. A last resort: pages print a reader-local dateline from it ("Thursday,
    August 6, 2020 9:09:24 AM") that our text patterns may miss, but on a page with a dateline
    of its own the first ``<time>`` is as often a teaser's; below the article, a comment's."""
    for snippet in signals.times:
        if snippet.in_aside or snippet.tag != "time" or not snippet.attribute or _MODIFIED_HINT.search(snippet.hint):
            continue
        at = signals.offset_of(snippet.position)
        if end is not None and (at is None or at > end):
            return None
        stamp = parse_stamp(snippet.attribute)
        if stamp:
            return PublishedDate(stamp, "meta")
    return None


_PUBLISHED_HINT = re.compile(r"datepublished|published|pubdate")
_MODIFIED_HINT = re.compile(r"modified|updated")
_MAX_STRUCTURED = 4


@dataclass
class _Dated:
    found: FoundDate
    offset: int  # character offset in the page's visible text
    in_aside: bool
    modified: bool  # labelled "updated", "aktualisiert", "Stand" ...
    labelled: bool  # labelled "published", "veröffentlicht", ...


def _day_forms(day: str) -> re.Pattern[str]:
    """Numeric ways a page may print ``YYYY-MM-DD``: 5.3.2022, 05/03/22, 3/5/2022, 2022/03/05 ..."""
    year, month, dom = day[:4], int(day[5:7]), int(day[8:10])
    m_, d_ = rf"0?{month}", rf"0?{dom}"
    y_ = rf"(?:{year}|{year[2:]})"
    forms = [rf"{d_}[./-]\s?{m_}[./-]\s?{y_}", rf"{m_}/{d_}/{y_}", rf"{year}[./-]{m_}[./-]{d_}"]
    if dom > 12:  # "11.14.2019": month first with dots, unambiguous only when the day cannot be a month
        forms.append(rf"{m_}[.-]{d_}[.-]{y_}")
    return re.compile(r"(?<![\d.])(?:" + "|".join(forms) + r")(?![\d])")


def url_date(url: str | None) -> str | None:
    """:func:`date_from_url`, plus the forms it leaves out: unpadded ``/2017/7/12/`` and a
    day-first ``…/29-10-2021`` (taken only when the day cannot be a month)."""
    found = date_from_url(url)
    if found or not url:
        return found
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I)
    m = _URL_UNPADDED.search(path)
    if m:
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    else:
        m = _URL_DAY_FIRST.search(path)
        if not m or int(m[1]) <= 12:
            return None
        day, month, year = int(m[1]), int(m[2]), int(m[3])
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


_MONTH_FIRST_HOSTS = frozenset({"com", "org", "net", "gov", "edu", "us", "mil"})


def month_first(signals: PageSignals) -> bool:
    """True when a slashed "05/03/2022" on this page is month-first: an American English page
    (``lang="en-us"``, or plain English on a .com/.org/.gov-style host). Everywhere else the
    day comes first."""
    lang = signals.lang or (signals.first_meta("og:locale") or "").lower().replace("_", "-")
    if lang.startswith("en-"):
        return lang == "en-us"
    host_end = (signals.hostname or "").rsplit(".", 1)[-1]
    return lang == "en" and host_end in _MONTH_FIRST_HOSTS


_URL_MONTH = re.compile(r"/((?:19|20)\d\d)/(1[0-2]|0?[1-9])/")


def _url_month(url: str | None) -> str | None:
    """``YYYY-MM`` when the URL path holds a year and a month ("/2020/08/slug"), else ``None``."""
    if not url:
        return None
    m = _URL_MONTH.search(re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I))
    return f"{m[1]}-{int(m[2]):02d}" if m else None


def _page_states_day(signals: PageSignals, day: str, latest: date | None, end: int | None = None) -> bool:
    """True when the visible page prints the calendar day ``day``, in words or digits, anywhere
    or (given ``end``) before that offset of the page text."""
    text = signals.page_text if end is None else signals.page_text[:end]
    if _day_forms(day).search(text):
        return True
    year = day[:4]
    for snippet, offset in zip(signals.texts, signals.offsets):
        if end is not None and offset > end:
            break
        if year in snippet.text and any(f.value[:10] == day for f in find_dates(snippet.text, latest=latest, dateline=True)):
            return True
    return False


def _zone_dates(signals: PageSignals, start: int, end: int, latest: date | None) -> list[_Dated]:
    """Dates in the visible text between two offsets, read across element boundaries
    ("<span>26</span> Okt 2018"), with their "published"/"updated" labels."""
    owners = snippets_between(signals, start, end)
    if not owners:
        return []
    zone_start = owners[0][0]
    # A sentence's full stop right after the year ("Aktualisiert am 17.01.2021.") is not part
    # of a longer number: blanked (same length, so offsets hold) for the dotted-date pattern.
    text = _YEAR_FULL_STOP.sub(" ", " ".join(snippet.text for _, snippet in owners))
    dated: list[_Dated] = []
    for found in find_dates(text, latest=latest, dateline=True, month_first=month_first(signals)):
        owner_at, owner = next(((at, snip) for at, snip in reversed(owners) if at - zone_start <= found.start), owners[0])
        lead = text[max(0, found.start - 40):found.start].strip()
        labelled = bool(_PUBLISHED_LABEL.search(lead) or _PUBLISHED_AFTER.match(text[found.end:found.end + 40]))
        if _RANGE_START.search(lead) or _range_end_follows(text, found.end):
            continue  # "9-23 Feb 2017", "vom 3. bis 5. Mai", "21 Feb 2007 - 23 Mar 2021": a span
        if _NOT_PUBLISHED_LABEL.search(lead):
            continue  # "Registriert: 18.09.2008": a forum member's sign-up date
        modified = bool(_MODIFIED_LABEL.search(lead))
        if not (labelled or modified) and _in_prose(owner.text, found.start - (owner_at - zone_start)):
            continue  # "Ich habe am 12. Mai 2006 eine Mail-Aktion gestartet": a date the story tells
        dated.append(_Dated(found, zone_start + found.start, owner.in_aside, modified, labelled))
    return dated


def _range_end_follows(text: str, end: int) -> bool:
    """True when a dash or "to"/"bis" and another full date follow the date ending at ``end``:
    the date opens a span (a course, a campaign, an archive's capture range), no dateline."""
    m = _RANGE_JOIN.match(text, end)
    if not m:
        return False
    after = find_dates(text[m.end():m.end() + 40], dateline=True)
    return bool(after) and after[0].start == 0


_RANGE_JOIN = re.compile(r"\s*(?:[-–—]|bis|to|until|au|al|hasta|do)\s*", re.I)


def _url_month_dateline(signals: PageSignals, frame: ArticleFrame, latest: date | None) -> PublishedDate | None:
    """A blog's post line just below the article ("Mai 03, 2017 / Sandra / 1 Kommentar"),
    unlabelled, when the URL states the same year and month ("/2017/05/slug"): the one day of
    that month printed there is the post's. Comments further down print later days."""
    month = _url_month(signals.url)
    if month is None or frame.last_paragraph_end is None:
        return None
    zone = _zone_dates(signals, frame.last_paragraph, frame.last_paragraph_end + _BELOW_ARTICLE, latest)
    days = {d.found.value[:10] for d in zone if not d.in_aside and d.found.value[:7] == month}
    if len(days) != 1:
        return None
    first = next(d for d in zone if d.found.value[:10] in days)
    return PublishedDate(first.found.value, "dateline")


def _in_prose(snippet: str, at: int) -> bool:
    """True when a date sits inside running text rather than on a dateline: the text node is a
    long sentence and the date is not at its start, or a sentence leads up to it ("Ich habe am
    12. Mai 2006 …"; a dateline's lead is a place or a name: "Bern, 17.08.2007 - …")."""
    words = len(snippet.split())
    if words > _PROSE_WORDS and at > _PROSE_START:
        return True
    return words >= _SENTENCE_WORDS and len(_LOWER_WORD.findall(snippet[:max(0, at)])) >= 2


_SENTENCE_WORDS = 8
_LOWER_WORD = re.compile(r"(?<![\w-])[^\W\d_A-ZÄÖÜÀ-ÞŁŚŻŹĆŃ][^\W\d_]*")


# A text node longer than this many words is running text; a date past its first characters
# is one the story tells, not the article's dateline.
_PROSE_WORDS = 20
_PROSE_START = 40


def _ranked(dated: list[_Dated], anchor: int, before_weight: float) -> list[_Dated]:
    """Labelled "published" first, then by distance from ``anchor``; dates above it count as
    ``before_weight`` times farther (a dateline follows the headline more often than not)."""
    def key(d: _Dated) -> tuple[bool, float]:
        distance = d.offset - anchor
        return (not d.labelled, distance if distance >= 0 else -distance * before_weight)
    return sorted(dated, key=key)


def _event_days(signals: PageSignals) -> set[str]:
    """Days on which the page's JSON-LD events (a match, a concert, a course) start or end. An
    unlabelled date next to the headline of such a page is the event's, not the article's."""
    days: set[str] = set()
    for obj in signals.json_ld:
        if any("event" in t for t in json_ld_types(obj)):
            for key in ("startDate", "endDate"):
                stamp = parse_stamp(obj.get(key))
                if stamp:
                    days.add(stamp[:10])
    return days


def _datelines(signals: PageSignals, frame: ArticleFrame, latest: date | None) -> tuple[_Dated | None, _Dated | None]:
    """The nearest dateline not labelled "updated", and the nearest one that is."""
    candidates: list[_Dated] = []
    if frame.headline is not None:
        zone = _zone_dates(signals, frame.headline - _BEFORE_HEADLINE, frame.headline + _AFTER_HEADLINE, latest)
        candidates += _ranked(zone, frame.headline, 3.0)
    if frame.body_start is not None:
        zone = _zone_dates(signals, frame.body_start - _BEFORE_BODY, frame.body_start + _INTO_BODY, latest)
        candidates += _ranked(zone, frame.body_start, 1.0)
    if frame.last_paragraph is not None and frame.last_paragraph_end is not None:
        # Below the article only an explicitly labelled date ("Veröffentlicht am …") counts.
        zone = _zone_dates(signals, frame.last_paragraph, frame.last_paragraph_end + _AFTER_BODY, latest)
        candidates += [d for d in _ranked(zone, frame.last_paragraph, 1.0)
                       if ((d.labelled or d.modified) and not d.in_aside)]
    if frame.headline is None and frame.body_start is None:
        # Nothing locates the article: only a date the page labels as published counts.
        zone = _zone_dates(signals, 0, len(signals.page_text), latest)
        candidates += [d for d in zone if d.labelled and not d.in_aside][:1]
    if frame.last_paragraph_end is not None:
        # Past the end of the article a date belongs to a teaser or a comment, unless labelled.
        candidates = [d for d in candidates if d.offset <= frame.last_paragraph_end
                      or ((d.labelled or d.modified) and not d.in_aside)]
    event_days = _event_days(signals)
    if event_days:
        candidates = [d for d in candidates if d.labelled or d.found.value[:10] not in event_days]
    published = next((d for d in candidates if not d.modified), None)
    modified = next((d for d in candidates if d.modified), None)
    if published is None and modified is None and (frame.headline is not None or frame.body_start is not None):
        # Nothing next to the article: the one day the page labels as published, wherever it
        # stands ("Erschienen am: 01.11.2023" in a footer), is still the article's. Several
        # labelled days are comments or teasers: then none.
        zone = [d for d in _zone_dates(signals, 0, len(signals.page_text), latest) if d.labelled and not d.modified]
        if len({d.found.value[:10] for d in zone}) == 1:
            published = zone[0]
    return published, modified


def choose_published(signals: PageSignals, frame: ArticleFrame, latest: date | None = None) -> PublishedDate | None:
    """The article's publication date, or ``None`` when the page does not state it clearly
    (see :func:`_choose_published`); a stamp a CMS wrote as local midnight in UTC gives the day
    it meant (:func:`.meta_date_zones.cms_midnight_day`)."""
    chosen = _choose_published(signals, frame, latest)
    if chosen is not None and chosen.raw:
        meant = cms_midnight_day(chosen.raw, signals)
        if meant is not None:
            return PublishedDate(meant, chosen.source, chosen.raw)
    return chosen


def _choose_published(signals: PageSignals, frame: ArticleFrame, latest: date | None = None) -> PublishedDate | None:
    """The article's publication date, or ``None`` when the page does not state it clearly.

    In order: structured data that a dateline, the URL or the visible page confirms; the URL;
    structured data that a partial dateline next to the article agrees with ("Nov 18",
    "Monday 5:30PM", "3 hours ago": :mod:`.meta_date_hints`); a dateline next to the headline or the body; a date labelled "updated"/"Stand" when it is
    the only one the article shows (it bounds the publication and is what readers see).
    Unconfirmed structured dates are not used: sites stamp them on undated pages too. Measured
    on the development pages: taking them on any article-typed page (og:type article or an
    Article JSON-LD object) adds 9 right dates and 15 invented ones; only where an Article
    object carries the date, 2 right and 4 invented.
    """
    candidates = structured_candidates(signals)
    from_url = url_date(signals.url)
    published, modified = _datelines(signals, frame, latest)
    # A stamp is used when the page confirms it: a dateline or the URL states its day, the URL
    # its year and month, or the visible page prints its day somewhere. The strongest signal
    # is tried first; a weaker stamp that the page confirms beats an unconfirmed stronger one.
    for candidate in candidates:
        day = candidate.value[:10]
        if published and published.found.value[:10] == day:
            return candidate
        if day == from_url:
            # The URL's day is often the UTC one too: the reader's dateline still decides.
            return local_day(candidate, published, signals, frame) or candidate
    for candidate in candidates:
        local = local_day(candidate, published, signals, frame)
        if local is not None:
            return local
    for candidate in candidates:
        if published is None and not from_url and _url_month(signals.url) == candidate.value[:7]:
            return candidate  # "/2020/08/23646/": the URL states the stamp's year and month
    # Printed anywhere on the page, the stamp wins even over a different dateline: tried
    # the other way round on dev, the dateline was the wrong one more often.
    # When the article shows a date of its own, a stamp printed only well below the article
    # (in "related articles" teasers) does not overrule it; one just below it (a "posted on"
    # line) does.
    end = None
    if (published or modified) and frame.last_paragraph_end is not None:
        end = frame.last_paragraph_end + _BELOW_ARTICLE
    for candidate in candidates:
        if published is None and modified is not None and modified.found.value[:10] != candidate.value[:10]:
            # The article's only dateline is "Stand: 28.04.2020 18:00": news sites print their
            # (re)publication so. A stamp of another day printed elsewhere (teasers, archive
            # lists) does not overrule it (dev: +2 right, nothing else changed).
            continue
        if _page_states_day(signals, candidate.value[:10], latest, end):
            return candidate
    if from_url:
        return PublishedDate(from_url, "url")
    if published is None and modified is None:
        for candidate in candidates:
            # "Nov 18", "Monday 5:30PM", "22 hours ago" next to the headline: the page dates
            # the article for its reader without a full date, and agrees with this stamp.
            if confirms_stamp(signals, frame, candidate.value):
                return candidate
        plain = first_time_element(signals, frame.last_paragraph_end)
        below = None if frame.last_paragraph_end is None else frame.last_paragraph_end + _BELOW_ARTICLE
        if plain is not None and (_page_states_day(signals, plain.value[:10], latest, below)
                                  or confirms_stamp(signals, frame, plain.value)):
            return plain  # the page prints its day, or "1 day ago", "Nov 19" next to the headline
    if published is None and modified is None:
        below = _url_month_dateline(signals, frame, latest)
        if below is not None:
            return below
    if published:
        return PublishedDate(published.found.value, "dateline")
    if modified:
        return PublishedDate(modified.found.value, "dateline")
    return None

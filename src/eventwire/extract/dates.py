"""Publication dates from the places a page states them: URLs and visible datelines.

Why our own rules and not dateparser alone: a dateline is short and formulaic ("2 February 2022,
16:02", "Jueves, 21 Abril 2022 04:45", "Veröffentlicht am 1. Mai 2019", "November 18, 2019
11:03 PM"), and a wrong date is worse than none, so we accept only complete calendar dates with
a named or unambiguous month and a plausible year. Anything vaguer returns ``None``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

# Month names and common abbreviations in the languages the benchmarks and news sources use most.
_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen",
        "janeiro", "januari", "stycznia", "styczeń", "januára", "январь", "января", "ocak"),
    2: ("february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio",
        "fevereiro", "fev", "februari", "lutego", "luty", "februára", "февраль", "февраля", "şubat"),
    3: ("march", "mar", "märz", "maerz", "mars", "marzo", "março", "marco", "maart", "marca",
        "marzec", "марта", "март", "mart"),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "kwiecień", "апреля",
        "апрель", "nisan"),
    5: ("may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maja", "maj", "мая", "май", "mayıs"),
    6: ("june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwca", "czerwiec",
        "июня", "июнь", "haziran"),
    7: ("july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipca",
        "lipiec", "июля", "июль", "temmuz"),
    8: ("august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpnia", "sierpień",
        "августа", "август", "ağustos"),
    9: ("september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set",
        "setembro", "września", "wrzesień", "сентября", "сентябрь", "eylül"),
    10: ("october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro",
         "out", "października", "październik", "октября", "октябрь", "ekim"),
    11: ("november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopad", "ноября",
         "ноябрь", "kasım"),
    12: ("december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic",
         "dicembre", "dezembro", "grudnia", "grudzień", "декабря", "декабрь", "aralık"),
}
MONTH_BY_NAME: dict[str, int] = {name: num for num, names in _MONTHS.items() for name in names}
_MONTH_ALT = "|".join(sorted((re.escape(n) for n in MONTH_BY_NAME), key=len, reverse=True))

# More languages for datelines (``dateline=True``): Scandinavian, Czech, Finnish, Hungarian,
# Romanian, Indonesian, and abbreviations German and Dutch pages print ("Mär", "Mrz", "mrt").
# Kept apart from MONTH_BY_NAME so that the plain-text dump rules, which use that table on
# whole pages, see no change.
_MORE_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("ledna", "leden", "tammikuuta", "tammikuu", "január", "ianuarie", "jän"),
    2: ("februar", "februari", "února", "únor", "helmikuuta", "helmikuu", "február", "februarie"),
    3: ("mär", "mrz", "mrt", "mars", "března", "březen", "maaliskuuta", "maaliskuu", "március", "martie",
        "maret"),
    4: ("dubna", "duben", "huhtikuuta", "huhtikuu", "április", "aprilie"),
    5: ("maj", "května", "květen", "toukokuuta", "toukokuu", "május"),
    6: ("června", "červen", "kesäkuuta", "kesäkuu", "június", "iunie"),
    7: ("července", "červenec", "heinäkuuta", "heinäkuu", "július", "iulie"),
    8: ("augusti", "srpna", "srpen", "elokuuta", "elokuu", "augusztus", "agustus"),
    9: ("září", "syyskuuta", "syyskuu", "szeptember", "septembrie"),
    10: ("října", "říjen", "lokakuuta", "lokakuu", "október", "octombrie"),
    11: ("listopadu", "marraskuuta", "marraskuu", "noiembrie", "nopember"),
    12: ("desember", "prosince", "prosinec", "joulukuuta", "joulukuu", "decemberben", "decembrie"),
}
# Arabic (Gulf and Egyptian, Maghreb, Levantine names), Ukrainian, Greek and Bengali month names,
# Slovak and Slovene genitives: scripts and languages trafilatura-eval and world news carry.
_WORLD_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("يناير", "جانفي", "كانون الثاني", "січня", "ιανουαρίου", "জানুয়ারি", "januarja"),
    2: ("فبراير", "فيفري", "شباط", "лютого", "φεβρουαρίου", "ফেব্রুয়ারি", "februarja"),
    3: ("مارس", "آذار", "березня", "μαρτίου", "মার্চ", "marca"),
    4: ("أبريل", "ابريل", "إبريل", "أفريل", "افريل", "نيسان", "квітня", "απριλίου", "এপ্রিল", "apríla", "aprila"),
    5: ("مايو", "ماي", "أيار", "ايار", "травня", "μαΐου", "মে", "mája", "maja"),
    6: ("يونيو", "يونيه", "جوان", "حزيران", "червня", "ιουνίου", "জুন", "júna", "junija"),
    7: ("يوليو", "يوليه", "جويلية", "تموز", "липня", "ιουλίου", "জুলাই", "júla", "julija"),
    8: ("أغسطس", "اغسطس", "أوت", "اوت", "آب", "серпня", "αυγούστου", "আগস্ট", "augusta", "avgusta"),
    9: ("سبتمبر", "أيلول", "ايلول", "вересня", "σεπτεμβρίου", "সেপ্টেম্বর", "septembra"),
    10: ("أكتوبر", "اكتوبر", "تشرين الأول", "жовтня", "οκτωβρίου", "অক্টোবর", "októbra", "oktobra"),
    11: ("نوفمبر", "نونبر", "تشرين الثاني", "листопада", "νοεμβρίου", "নভেম্বর", "novembra"),
    12: ("ديسمبر", "دجنبر", "كانون الأول", "грудня", "δεκεμβρίου", "ডিসেম্বর", "decembra"),
}
_DATELINE_MONTHS: dict[str, int] = {**MONTH_BY_NAME, **{n: m for table in (_MORE_MONTHS, _WORLD_MONTHS)
                                                         for m, names in table.items() for n in names}}
# Arabic-Indic, Persian, Devanagari and Bengali digits read as ASCII ones (one character each,
# so offsets hold): "١٩ نوفمبر ٢٠١٩".
_DIGITS = str.maketrans({chr(base + i): str(i) for base in (0x0660, 0x06F0, 0x0966, 0x09E6) for i in range(10)})
_DATELINE_ALT = "|".join(sorted((re.escape(n) for n in _DATELINE_MONTHS), key=len, reverse=True))

_YEAR = r"(?P<year>(?:19|20)\d\d)"
_TIME = (r"(?:[,\s]+(?:at\s+|um\s+|à\s+|a\s+las\s+|-\s+|\|\s+)?(?P<hour>[01]?\d|2[0-3])[:.h]"
         r"(?P<minute>[0-5]\d)(?::[0-5]\d)?\s*(?P<ampm>[ap]\.?m\.?)?(?![\d]))?")

def _named(months: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Day-first and month-first dates with a month name from the alternation ``months``."""
    return (
        # 2 February 2022, 2. Februar 2022, 21 de abril de 2022, 2 Feb. 2022
        re.compile(rf"(?<![\w])(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?P<mname>{months})\.?,?\s+(?:de\s+)?{_YEAR}(?!\d){_TIME}", re.I),
        # February 2, 2022; Feb. 2nd 2022. Any word, checked against the month table afterwards:
        # a regular expression that opens with hundreds of alternatives is tried at every
        # position of the text and made this pattern most of the date search's time.
        re.compile(rf"(?<![\w])(?P<mname>[^\W\d_]{{3,14}})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+{_YEAR}(?!\d){_TIME}", re.I),
    )


_ISO = re.compile(rf"(?<!\d){_YEAR}-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?:[T\s](?P<hour>[0-2]\d):(?P<minute>[0-5]\d))?(?!\d)")
_PATTERNS: tuple[re.Pattern[str], ...] = (
    # 2022-02-02, 2022-02-02T16:02
    _ISO,
    *_named(_MONTH_ALT),
    # 02.02.2022 (day first, as everywhere dots are used)
    re.compile(rf"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.{_YEAR}(?![\d.]){_TIME}"),
    # 2022/02/02
    re.compile(rf"(?<![\d/]){_YEAR}/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)(?![\d/]){_TIME}"),
)

# 2.11.22 / 02.11.22: day-first with a two-digit year, as German and Swiss pages print
# datelines. Only on request (``short_years``): in running text it collides with version numbers.
_SHORT_YEAR = re.compile(rf"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<yy>\d\d)(?![\d.]){_TIME}")

# Datelines only (``dateline=True``): forms that are ambiguous or collide with other numbers in
# running text. "17/02/2022" or "17-02-2022" (day-first unless impossible or ``month_first``), "26 | 01 | 2022",
# "03.Mär.19".
# "28-04-2021" reads the same way: dashes between day, month and year, as Polish, Dutch and
# Indian pages print datelines.
_SLASHED = re.compile(rf"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/-])(?P<b>[0-3]?\d)(?P=sep){_YEAR}(?![\d/-]){_TIME}")
_SPACED = re.compile(rf"(?<![\d])(?P<day>[0-3]?\d)\s[|/]\s(?P<month>[01]?\d)\s[|/]\s{_YEAR}(?!\d){_TIME}")
_DOTTED_NAME = re.compile(rf"(?<![\w.])(?P<day>[0-3]?\d)\.\s?(?P<mname>{_DATELINE_ALT})\.\s?(?P<yy>\d\d)(?![\d.])", re.I)
# "29 / Dezember / 2022", "29-Dec-2022", "29 | Dez | 2022": a named month between separators.
_SEPARATED_NAME = re.compile(
    rf"(?<![\w/|-])(?P<day>[0-3]?\d)\s?(?P<sep>[/|-])\s?(?P<mname>{_DATELINE_ALT})\.?\s?(?P=sep)\s?{_YEAR}(?![\d/|-]){_TIME}",
    re.I)
# Year first, as East Asian and Hungarian pages print datelines: "2021.01.04", "2021. 1. 4.",
# "2021年1月4日", "2021년 1월 4일", "2021. január 4.", and an unpadded "2021-1-4".
_YEAR_FIRST = re.compile(
    rf"(?<![\d.]){_YEAR}(?:\.\s?(?P<month>[01]?\d)\.\s?(?P<day>[0-3]?\d)(?!\d)(?!\.\d)\.?|-(?P<m2>[01]?\d)-(?P<d2>[0-3]?\d)(?![\d-]))"
    rf"{_TIME}")
_CJK = re.compile(rf"{_YEAR}\s?[年년]\s?(?P<month>[01]?\d)\s?[月월]\s?(?P<day>[0-3]?\d)\s?[日일]"
                  r"(?:\s*(?:\(\w\)|（\w）))?"
                  r"(?:\s*(?P<hour>[01]?\d|2[0-3])[:時시]\s?(?P<minute>[0-5]\d))?")
_YEAR_FIRST_NAME = re.compile(rf"(?<![\d.]){_YEAR}\.\s+(?P<mname>[^\W\d_]{{3,14}})\.?\s+(?P<day>[0-3]?\d)\.(?!\d){_TIME}", re.I)
# "4. 1. 2021": a dotted day and month with spaces; "Jan 04 09:34 2021": the time between day and year.
_SPACED_DOTS = re.compile(rf"(?<![\d.])(?P<day>[0-3]?\d)\.\s(?P<month>[01]?\d)\.\s{_YEAR}(?![\d.]){_TIME}")
_TIME_BEFORE_YEAR = re.compile(
    r"(?<![\w])(?P<mname>[^\W\d_]{3,9})\.?\s+(?P<day>[0-3]?\d),?\s+(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)"
    rf"(?::[0-5]\d)?(?:\s*(?P<ampm>[ap]\.?m\.?))?(?:\s+[A-Z]{{2,5}})?\s+{_YEAR}(?!\d)")
_DATELINE_PATTERNS: tuple[re.Pattern[str], ...] = (
    _ISO, *_named(_DATELINE_ALT), *_PATTERNS[3:], _SHORT_YEAR, _SLASHED, _SPACED, _DOTTED_NAME, _SEPARATED_NAME,
    _YEAR_FIRST, _CJK, _YEAR_FIRST_NAME, _SPACED_DOTS, _TIME_BEFORE_YEAR,
)

_URL_DATE = (
    re.compile(r"/((?:19|20)\d\d)[/_-]([01]\d)[/_-]([0-3]\d)(?:/|[_-]|\.|$)"),
    re.compile(r"[/_-]((?:19|20)\d\d)([01]\d)([0-3]\d)(?:/|[_-]|\.|$)"),
)


@dataclass(frozen=True)
class FoundDate:
    """A date found in text: ISO value (with time when stated) and where it was found."""

    value: str
    start: int
    end: int
    has_time: bool


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str, *, latest: date | None = None, short_years: bool = False, dateline: bool = False,
               month_first: bool = False) -> list[FoundDate]:
    """Every complete calendar date stated in ``text``, in reading order.

    ``latest`` drops dates after it (a publication date cannot be in the future of the capture).
    ``short_years`` also accepts day-first dates with a two-digit year ("2.11.22"), read as the
    most recent such year not after ``latest`` (or today); use it on datelines, not on body text.
    ``dateline`` (implies ``short_years``) adds the forms only a short dateline makes safe:
    slashed "17/02/2022" (read month-first only when ``month_first`` and possible), "26 | 01 |
    2022", "03.Mär.19", and month names in more languages.
    """
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    if dateline:
        patterns, months = _DATELINE_PATTERNS, _DATELINE_MONTHS
        text = text.translate(_DIGITS)
    else:
        patterns, months = _PATTERNS + ((_SHORT_YEAR,) if short_years else ()), MONTH_BY_NAME
    for pattern in patterns:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            groups = m.groupdict()
            if groups.get("yy") is not None:
                groups["year"] = str(_full_year(int(groups["yy"]), latest))
            if groups.get("m2") is not None:
                groups["month"], groups["day"] = groups["m2"], groups["d2"]
            if groups.get("a") is not None:
                groups["day"], groups["month"] = _day_and_month(int(groups["a"]), int(groups["b"]), month_first)
            month = months.get((groups.get("mname") or "").lower().rstrip(".")) if groups.get("mname") else None
            if month is None and groups.get("month"):
                month = int(groups["month"])
            if month is None:
                continue
            day_value = _valid(int(groups["year"]), month, int(groups["day"]))
            if day_value is None or (latest is not None and day_value > latest):
                continue
            value = day_value.isoformat()
            has_time = False
            if groups.get("hour") is not None and groups.get("minute") is not None:
                hour = int(groups["hour"])
                ampm = (groups.get("ampm") or "").lower().replace(".", "")
                if ampm == "pm" and hour < 12:
                    hour += 12
                elif ampm == "am" and hour == 12:
                    hour = 0
                if hour < 24:
                    value += f"T{hour:02d}:{groups['minute']}"
                    has_time = True
            found.append(FoundDate(value, m.start(), m.end(), has_time))
            taken.append((m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    return found


def _day_and_month(a: int, b: int, month_first: bool) -> tuple[str, str]:
    """Day and month of a slashed "a/b/yyyy": whichever order is possible, else the page's."""
    if a > 12 or (b <= 12 and not month_first):
        return str(a), str(b)
    return str(b), str(a)


def _full_year(two_digits: int, latest: date | None) -> int:
    """The most recent year ending in ``two_digits`` that is not after ``latest`` (or today)."""
    ceiling = (latest or date.today()).year
    year = ceiling - (ceiling - two_digits) % 100
    return year


def find_date(text: str, *, latest: date | None = None, short_years: bool = False) -> FoundDate | None:
    """The first complete date stated in ``text``, or ``None``."""
    dates = find_dates(text, latest=latest, short_years=short_years)
    return dates[0] if dates else None


def date_from_url(url: str | None) -> str | None:
    """A YYYY-MM-DD date written into a URL path (``/2022/02/02/``, ``-20220202-``), or ``None``.

    Year-and-month-only paths (``/2022/02/slug``) are not a publication date and give ``None``.
    """
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I)
    for pattern in _URL_DATE:
        m = pattern.search(path)
        if m:
            valid = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if valid is not None:
                return valid.isoformat()
    return None

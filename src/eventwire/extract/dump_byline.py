"""Bylines in page dumps: "By X", "Von X und Y", "Por X", "X | Reuters", "Posted by X on ...".

Why rules and not a name recogniser: a byline is a formula around a few capitalised words; the
risk is not missing a rare name but inventing an author from a menu entry, a section label or a
picture credit, so every candidate must come from a byline formula, survive stripping of roles,
agencies and dates, and still look like one to four personal names. Anything else gives ``[]``.
"""

from __future__ import annotations

import re

from .dates import MONTH_BY_NAME

# Introductions of a byline, most languages of the benchmarks and of news sources.
_LEAD = re.compile(
    r"^(?:(?:written|posted|published|reported|reporting|text|words|story)\s+by|by|von|vom|por|par|di|door|"
    r"av|af|przez|escrito\s+por|publicado\s+por|publié\s+par|veröffentlicht\s+von|geschrieben\s+von|"
    r"ein\s+beitrag\s+von|ein\s+artikel\s+von|das\s+gespräch\s+führte|autor(?:in|/in|\*in)?|author|auteur|autore|texto|text|texte|redakteur(?:in)?)"
    r"\s*[:\-–]?\s+(?P<rest>.+)$",
    re.I,
)
# "Jane Doe | Reuters", "Jane Doe, Associated Press", "Jane Doe - AFP"
_AGENCY_TAIL = re.compile(
    r"^(?P<rest>.+?)\s*(?:[|,\-–/]\s*|\s+\(|\s+)(?:reuters|associated press|ap|afp|dpa|apa|efe|ansa|bloomberg|"
    r"upi|pa|xinhua|kna|epd|sda|afp/dpa)\)?\.?$",
    re.I,
)
# Capitalised words that start section labels, kickers and buttons rather than names.
_NOT_NAMES = frozenset("""news home latest live breaking update updates video photos gallery read share more
top world politics business sport sports opinion analysis comment exclusive watch listen podcast menu search
startseite nachrichten aktuell politik wirtschaft kultur mehr suche the new de la el le les der die das teilen
twittern tweet this foto photo ort aus compare open""".split())
_DIGIT = re.compile(r"\d")
_TAIL_WORDS = frozenset("reuters press ap afp dpa apa efe ansa bloomberg upi pa xinhua kna epd sda afp/dpa".split())
_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\by\b|\bet\b|\be\b|\ben\b|\bi\b|\boraz\b)\s*", re.I)
# Things that follow the names on the same line and must be cut off.
_CUT = re.compile(
    r"\s*(?:\||•|·|—|–\s|-\s|\bon\b\s+\w+|\bam\b\s+\d|\bel\b\s+\d|\ble\b\s+\d|\bvor\b\s+\d|\bupdated\b|"
    r"\baktualisiert\b|\bpublished\b|\bveröffentlicht\b|\bposted\b|\bfor\b\s+|\bfür\b\s+|"
    r"\d|\(|@).*$",
    re.I,
)
_ROLES = re.compile(
    r"\b(?:(?:senior|chief|staff|political|foreign|deputy|special|investigative|business|sports?|science|"
    r"technology|tech|health|national|international|assistant|managing|executive|contributing|"
    r"associate|world|news|digital|freelance|economics|defence|defense|security)\s+)*(?:reporter|correspondent|editor|writer|columnist|journalist|contributor|producer|"
    r"redakteur(?:in)?|korrespondent(?:in)?|journaliste|periodista|redactor(?:a)?|editor-at-large|"
    r"correspondante?|envoyée?\s+spéciale?|corresponsal|enviad[oa]\s+especial|inviat[oa]|"
    r"staff writer|news desk|newsdesk)s?\b.*$",
    re.I,
)
_AGENCIES = frozenset("""reuters ap afp dpa apa efe ansa bloomberg upi xinhua kna epd sda associated press pa
media redaktion newsroom staff admin administrator user guest gast editorial team desk agencies agency wire the""".split())
_PARTICLES = frozenset("van von der den de da del della di du dos das la le bin al el ibn ter zu y".split())
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.\-]*$")


# "in Kyiv", "in New York": the reporter's location, between or after the names.
_PLACE = re.compile(r"\s+(?:in|aus|en|à|em|w)\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?(?=\s*(?:,|;|&|\band\b|\bund\b|$))")


def clean_names(fragment: str) -> list[str]:
    """Personal names in the part of a byline after "By"; ``[]`` when any part looks wrong."""
    fragment = _PLACE.sub("", fragment)
    fragment = _CUT.sub("", fragment).strip(" .,:;-–")
    fragment = _ROLES.sub("", fragment).strip(" .,:;-–")
    tokens = fragment.split()
    while tokens and tokens[-1].lower().rstrip(".,") in MONTH_BY_NAME:
        tokens.pop()  # "By Jane Doe Feb 8, 2020": the date was cut at its first digit
    fragment = " ".join(tokens).strip(" .,:;-–")
    tail = _AGENCY_TAIL.match(fragment)
    if tail:
        fragment = tail.group("rest").strip(" .,:;-–")
    names: list[str] = []
    for part in _SPLIT.split(fragment):
        part = part.strip(" .,:;-–")
        if not part:
            continue
        if part.lower() in _AGENCIES:
            continue
        if not looks_like_name(part):
            return []
        names.append(part.title() if part.isupper() else part)
    return names


def _username(fragment: str) -> list[str]:
    """A lower-case blog user name after "Posted by" / "Veröffentlicht ... von" (only there)."""
    token = _CUT.sub("", fragment).strip(" .,:;-–")
    if _USERNAME.match(token) and token.lower() not in _AGENCIES:
        return [token]
    return []


def looks_like_name(text: str) -> bool:
    """One to four capitalised words (plus particles such as "van", "de"): a person's name."""
    tokens = text.split()
    if not 1 <= len(tokens) <= 5:
        return False
    capitals = 0
    for token in tokens:
        if token.lower() in _PARTICLES:
            continue
        if not _NAME_WORD.match(token) or token.lower() in _AGENCIES:
            return False
        if not token[0].isupper():
            return False
        capitals += 1
    if capitals == 0 or capitals > 4:
        return False
    # A single word is only a name when it is not a common capitalised word (kept short by length).
    return capitals > 1 or len(tokens[0]) >= 3


# "29. Juni 2017, 23:39 · von Tobi", "Posted on May 2, 2019 by jdoe": a byline after a date or a
# separator, in a short line.
_INNER_LEAD = re.compile(
    r"(?P<before>.*?)(?:[·|•,;]\s*|\s)(?:posted\s+by|written\s+by|published\s+by|by|von|par|por|di|door)\s+"
    r"(?P<rest>[^\s·|•].*)$",
    re.I,
)
_PUBLISH_FORMULA = re.compile(r"\b(?:veröffentlicht|geschrieben|erstellt|posted|published|written|publié|publicado|"
                              r"pubblicato|gepost)\b", re.I)
_USERNAME = re.compile(r"^[a-z][\w.\-]{2,30}$")


def byline_names(line: str) -> list[str]:
    """The authors a single dump line states as a byline, else ``[]``."""
    line = line.strip().lstrip("*+•-– ").strip()
    if len(line) > 160:
        return []
    lead = _LEAD.match(line)
    if lead:
        names = clean_names(lead.group("rest"))
        if names or not _PUBLISH_FORMULA.match(line):
            return names
        return _username(lead.group("rest"))
    if len(line) <= 120:
        inner = _INNER_LEAD.match(line)
        if inner and (_DIGIT.search(inner.group("before")) or _PUBLISH_FORMULA.search(inner.group("before"))
                      or inner.group("before").rstrip().endswith(("·", "|", "•"))):
            names = clean_names(inner.group("rest"))
            if names:
                return names
            if _PUBLISH_FORMULA.search(inner.group("before")):
                return _username(inner.group("rest"))
    last = line.rsplit(None, 1)[-1].strip("().").lower() if " " in line else ""
    if last not in _TAIL_WORDS:
        return []  # cheap test first: the agency-tail pattern is slow on long lines
    tail = _AGENCY_TAIL.match(line)
    if tail and len(tail.group("rest").split()) <= 8:
        return clean_names(tail.group("rest"))
    return []


# "Jane Doe | 3 May 2021", "Jane Doe 17.10.2019, 13:56", "Jane Doe - 31. Januar 2022"
_NAME_THEN_DATE = re.compile(r"^(?P<name>[^\d|·•]+?)\s*(?:[|·•,\-–]\s*|\s+|(?=\d))(?P<rest>\d.*|[|·•].*)$")


def name_line(line: str, *, bare: bool = True) -> list[str]:
    """A line under the headline that is only a person's name, or a name and then a date.

    Only two or three capitalised words count (one word is too often a section or a site
    name), so "Politics", "New York Times Magazine" or a kicker are not taken for authors.
    ``bare=False`` refuses a name without a date after it: in German every noun is capitalised,
    so "Checkliste Werkzeug" looks like a name unless a dateline vouches for it.
    """
    line = line.strip()
    if len(line) > 80:
        return []
    m = _NAME_THEN_DATE.match(line)
    if not m and not bare:
        return []
    candidate = m.group("name").strip(" ,|-–") if m else line
    tokens = candidate.split()
    if not 2 <= len(tokens) <= 3 or candidate.lower() in _AGENCIES:
        return []
    if any(t.lower() in _AGENCIES or t.lower() in _NOT_NAMES for t in tokens):
        return []
    return [candidate.title() if candidate.isupper() else candidate] if looks_like_name(candidate) else []

"""The headline of a news page, without the site name that ``<title>`` and ``og:title`` carry.

Why not ``<title>``: about a quarter of pages write "Headline | Site", "Site - Headline" or
"Headline — Site News" there, and some put only the section or the site name. The visible
headline (the ``<h1>`` of the article) is what a reader, and our event coder, calls the headline;
the ``<title>``-like fields (``og:title``, ``twitter:title``, JSON-LD ``headline``) mostly serve to
confirm which ``<h1>`` that is, and to give the headline when a page has no usable ``<h1>``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from .meta_page import PageSignals, Snippet, json_ld_types

# Separators between a headline and a site or section name in <title>-like fields.
_SEPARATOR = re.compile(r"\s+(?:[|»›~•·/\\:]{1,2}|[-–—]{1,2})\s+|\s*(?:[|»›•·]|::)\s*|(?<=\S)_(?=\S)")
_TOKEN = re.compile(r"\w+")
# Headings that are page furniture, not headlines.
_FURNITURE = re.compile(
    r"^(?:menu|menü|navigation|search|suche|home|startseite|main menu|hauptmenü|newsletter|"
    r"related|comments?|kommentare?|share|teilen|contact|kontakt|login|sign in|anmelden|"
    r"inhaltsverzeichnis|table of contents|advertisement|anzeige|werbung|you are here|sie sind hier|"
    r"cookie.*|404.*|page not found|seite nicht gefunden)$",
    re.I,
)
MIN_H1_WORDS = 2
_HEADLINE_TYPES = ("article", "posting", "report", "blog", "news", "review", "recipe", "howto")


def fold(text: str | None) -> str:
    """Case-, accent-width- and punctuation-insensitive form used to compare headline candidates."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return " ".join(_TOKEN.findall(text))


def _compact(text: str) -> str:
    return fold(text).replace(" ", "")


def site_names(signals: PageSignals) -> list[str]:
    """Names the site goes by: og:site_name, JSON-LD publisher/WebSite, application-name, host."""
    names: list[str] = []
    names += signals.meta_values("og:site_name", "application-name", "apple-mobile-web-app-title",
                                 "twitter:site")
    for obj in signals.json_ld:
        types = json_ld_types(obj)
        if "person" in types:
            continue
        if "website" in types or "organization" in types or "newsmediaorganization" in types:
            names.append(_text(obj.get("name")))
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and "person" not in json_ld_types(publisher):
            names.append(_text(publisher.get("name")))
    if signals.hostname:
        names.append(signals.hostname)
    return [n.lstrip("@").strip() for n in names if n and n.strip()]


def _text(value: object) -> str:
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list) and value and isinstance(value[0], str):
        return " ".join(value[0].split())
    return ""


def _host_labels(hostname: str | None) -> set[str]:
    """'blog.teufel-audio.de' -> {'teufelaudio', 'teufel', 'audio', 'blogteufelaudiode', ...}."""
    if not hostname:
        return set()
    parts = [p for p in hostname.casefold().split(".") if p and p not in ("www", "m", "blog", "news")]
    labels = {_compact(hostname)}
    if len(parts) >= 2:
        core = parts[-2]
        labels |= {re.sub(r"[^\w]", "", core), re.sub(r"[^\w]", "", ".".join(parts[-2:]))}
    return {label for label in labels if len(label) >= 3}


def is_site_part(part: str, sites: Sequence[str], hostname: str | None) -> bool:
    """True when a title segment names the site (or its host), not the article."""
    compact = _compact(part)
    if not compact:
        return True
    for site in sites:
        site_compact = _compact(site)
        if site_compact and (compact == site_compact or (len(compact) >= 4 and compact in site_compact)
                             or (len(site_compact) >= 4 and site_compact in compact and len(compact) <= len(site_compact) + 12)):
            return True
    # Host names spell umlauts out ("Martin Rütter" on martinruetter.com).
    spelled = compact.translate(_SPELLED_OUT)
    for label in _host_labels(hostname):
        for form in {compact, spelled}:
            if form == label or (len(label) >= 4 and label in form and len(form) <= len(label) + 12):
                return True
    return False


_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _segments(title: str) -> tuple[list[str], list[str]]:
    """Split a title at its separators: (segments, separators between them)."""
    pieces = _SEPARATOR.split(title)
    seps = _SEPARATOR.findall(title)
    return [p.strip() for p in pieces], seps


def strip_site(title: str, sites: Sequence[str], hostname: str | None) -> str:
    """Drop leading and trailing segments that name the site from a ``<title>``-like string."""
    segments, seps = _segments(title)
    if len(segments) < 2:
        return title.strip()
    while len(segments) > 1 and is_site_part(segments[-1], sites, hostname):
        segments.pop()
        seps.pop()
    while len(segments) > 1 and is_site_part(segments[0], sites, hostname):
        segments.pop(0)
        seps.pop(0)
    out = segments[0]
    for sep, seg in zip(seps, segments[1:]):
        out += sep + seg
    return out.strip()


def _agreement(heading: str, title: str, strength: int) -> str | None:
    """The headline when ``heading`` and a ``<title>``-like string name the same article.

    ``strength`` 0: the same words; 1: the title is the heading plus a site or section segment
    (the heading is the headline); 2: the heading is a kicker plus the title ("Immobilienkrise
    Rene Benko-Firma …", "Einheit der Woche Lagen-Pyramide …": the title is the headline);
    3: nearly the same words.
    """
    h, t = fold(heading), fold(title)
    if not h or not t:
        return None
    if strength == 0:
        return heading if h == t else None
    if strength == 1:
        return heading if len(h) >= 8 and (t.startswith(h + " ") or t.endswith(" " + h)) else None
    if strength == 2:
        kicker = len(h.split()) - len(t.split())
        return title if len(t.split()) >= 2 and h.endswith(" " + t) and kicker <= 6 else None
    hs, ts = set(h.split()), set(t.split())
    return heading if len(hs) >= 3 and len(hs & ts) / len(hs | ts) >= 0.75 else None


def _json_ld_headlines(signals: PageSignals) -> list[str]:
    out: list[str] = []
    for obj in signals.json_ld:
        types = json_ld_types(obj)
        if any(k in t for t in types for k in _HEADLINE_TYPES):
            value = _text(obj.get("headline")) or _text(obj.get("name"))
            if value:
                out.append(value)
    return out


def _headline_headings(signals: PageSignals, sites: Sequence[str]) -> list[Snippet]:
    """Headings that could be the article headline: not furniture, not the site's name."""
    found: list[Snippet] = []
    for heading in signals.headings:
        text = heading.text
        if _FURNITURE.match(text) or not re.search(r"[^\W\d_]", text):
            continue
        if is_site_part(text, sites, signals.hostname):
            continue
        found.append(heading)
    return found


def choose_title(signals: PageSignals) -> str | None:
    """The page's headline, or ``None`` when the page states none."""
    return choose_headline(signals)[0]


def choose_headline(signals: PageSignals) -> tuple[str | None, int | None]:
    """The page's headline and the position of the heading that shows it (``None`` when the
    headline comes from ``<title>``-like fields only); the position anchors datelines and bylines."""
    sites = site_names(signals)
    titles = [t for t in [*_json_ld_headlines(signals),
                          *signals.meta_values("og:title", "twitter:title"),
                          signals.html_title or ""] if t]
    stripped = _unique(strip_site(t, sites, signals.hostname) for t in titles)
    references = _unique([*stripped, *titles])
    headings = _headline_headings(signals, sites)
    # 1. An <h1> (then a headline-classed heading) confirmed by a <title>-like field; outside
    #    asides first, since a related-story heading can also repeat in a <title>.
    ranked = sorted(headings, key=lambda h: (h.tag != "h1", h.in_aside, not h.in_article, h.position))
    for strength in range(4):
        for heading in ranked:
            for reference in references:
                agreed = _agreement(heading.text, reference, strength)
                if agreed:
                    return agreed, heading.position
    # 2. A single <h1> (besides the site's name) is the visible headline even when the <title>
    #    words it differently.
    plain = [h for h in headings if h.tag == "h1" and not h.in_aside]
    if len(plain) == 1 and len(fold(plain[0].text).split()) >= MIN_H1_WORDS:
        return plain[0].text, plain[0].position
    # 3. The <title>-like fields without the site name.
    for candidate in stripped:
        if candidate and not is_site_part(candidate, sites, signals.hostname):
            return candidate, _position_of(candidate, headings)
    return (stripped[0] if stripped else None), None


def _position_of(title: str, headings: Sequence[Snippet]) -> int | None:
    """Where a heading shows ``title`` (or contains it), when one does."""
    folded = fold(title)
    for heading in headings:
        if folded and folded in fold(heading.text):
            return heading.position
    return None


def _unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        if value and fold(value) not in seen:
            seen[fold(value)] = value
    return list(seen.values())

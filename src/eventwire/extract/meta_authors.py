"""Who wrote the article: only what the page states, and ``[]`` when it states nothing clearly.

Why so strict: extractors take the nearest "by", a ``<meta name=author>`` that holds the site's
name, or a commenter's name, and so invent a byline on a third of pages that have none. Names are
taken from byline elements, author links and "By …/Von …/Por …" lines near the headline, and from
structured data (JSON-LD ``author``, ``<meta name=author>``) when the visible page prints the same
person. Where the byline slot credits a desk or an agency ("Von Redaktion", "By Staff Writer",
"Por Agencia EFE", "…, NDR") that credit is returned as written: it is what the page says, and
about one gold author in seven is such a credit. Roles, e-mail links, dates and photo credits are
never authors."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .bylines import name_after_date, name_before_more_link, names_from_byline, person_names
from .meta_page import ArticleFrame, PageSignals, Snippet, is_article, json_ld_types, snippets_between
from .titles import fold, is_site_part, site_names

_META_AUTHOR = ("author", "article:author", "dc.creator", "dcterms.creator", "sailthru.author",
                "parsely-author", "byl", "cxenseparse:author", "twitter:creator:name")
# How far (characters of visible text) from the headline and the body a byline may sit.
_BEFORE_HEADLINE = 300
_AFTER_HEADLINE = 1200
_BEFORE_BODY = 400
# Into the body: trafilatura's body often opens with the standfirst, and the byline/dateline
# follows it ("… Von Claudia Lindner 27.1.2022 - Bei der …").
_INTO_BODY = 600
_AFTER_BODY = 700
_CLOSE_BEFORE = 300
_CLOSE_AFTER = 400


def _json_ld_people(value: object, by_id: dict[str, dict[str, object]]) -> Iterable[tuple[str, bool]]:
    """(name, typed as Person) for every author entry of a JSON-LD ``author`` value.

    An entry that only refers to another object of the page's graph (``{"@id": ".../#/schema/
    person/…"}``, as WordPress SEO plugins write it) is read from that object."""
    items = value if isinstance(value, list) else [value]
    for item in items:
        ref = item.get("@id") if isinstance(item, dict) and "name" not in item else item
        if isinstance(ref, str) and ref in by_id:
            item = by_id[ref]
        if isinstance(item, str):
            if item.startswith("http"):
                continue
            yield item, False
        elif isinstance(item, dict):
            types = json_ld_types(item)
            if types & {"organization", "newsmediaorganization", "corporation", "brand"}:
                continue
            name = item.get("name")
            if isinstance(name, str):
                yield name, "person" in types


def structured_authors(signals: PageSignals) -> list[str]:
    """Person names from JSON-LD article objects, else from ``<meta>`` author tags."""
    names: list[str] = []
    by_id = {obj["@id"]: obj for obj in signals.json_ld if isinstance(obj.get("@id"), str)}
    for obj in signals.json_ld:
        if not is_article(obj):
            continue
        for name, is_person in _json_ld_people(obj.get("author"), by_id):
            names += person_names(name, allow_single=is_person)
    if not names:
        for value in signals.meta_values(*_META_AUTHOR):
            if value.startswith("http") or "/" in value:
                continue
            names += person_names(value)
    return _unique(names)


def _zones(frame: ArticleFrame) -> list[tuple[int, int]]:
    """Stretches of the page text where a byline may stand: around the headline, just above the
    body, and just below it ("Text: Klausmartin Friedrich", "Auteur : …")."""
    zones: list[tuple[int, int]] = []
    if frame.headline is not None:
        zones.append((frame.headline - _BEFORE_HEADLINE, frame.headline + _AFTER_HEADLINE))
    if frame.body_start is not None:
        zones.append((frame.body_start - _BEFORE_BODY, frame.body_start + _INTO_BODY))
    if frame.last_paragraph is not None and frame.last_paragraph_end is not None:
        zones.append((frame.last_paragraph, frame.last_paragraph_end + _AFTER_BODY))
    return zones


# A label just before a byline-classed element that makes it a picture credit.
_PHOTO_LABEL = re.compile(r"(?<!\w)(?:foto|fotos|photo|photos|bild|bilder|image|images|imagen|credit|"
                          r"crédito|crédit|grafik|illustration)\s*:\s*$", re.I)
_AUTHOR_LABEL = re.compile(r"(?<!\w)(?:autor|autorin|author|auteur|auteure|autore|verfasser|verfasserin)(?!\w)", re.I)


def _after_body(frame: ArticleFrame) -> list[tuple[int, int]]:
    if frame.last_paragraph_end is None:
        return []
    return [(frame.last_paragraph_end, frame.last_paragraph_end + _AFTER_BODY)]


def _close_to_headline(frame: ArticleFrame) -> list[tuple[int, int]]:
    """Right around the headline a byline element counts even inside a region our class rules
    call an aside: themes wrap the post header in "sidebar"/"widget" containers too."""
    if frame.headline is None:
        return []
    return [(frame.headline - _CLOSE_BEFORE, frame.headline + _CLOSE_AFTER)]


def _in_zones(offset: int | None, zones: list[tuple[int, int]]) -> bool:
    return offset is not None and any(start <= offset <= end for start, end in zones)


def _line_from(texts: list[Snippet], index: int) -> str:
    """The text of snippet ``index`` with the next few short ones: "By | Tim Anderson | July 11"."""
    parts = [texts[index].text]
    length = len(parts[0])
    for snippet in texts[index + 1:index + 4]:
        if length + len(snippet.text) > 160:
            break
        parts.append(snippet.text)
        length += len(snippet.text) + 3
    return " | ".join(parts)


def visible_authors(signals: PageSignals, frame: ArticleFrame) -> list[str]:
    """Names in byline elements, author links or "By …" lines next to the article."""
    zones = _zones(frame)
    if not zones:
        return []
    index_of = {id(snippet): i for i, snippet in enumerate(signals.texts)}
    first_text = {}
    for i, snippet in enumerate(signals.texts):
        first_text.setdefault(snippet.position, i)
    close = _close_to_headline(frame)
    # Byline elements outside asides first: a teaser's byline may sit right above the headline.
    for element in sorted(signals.bylines, key=lambda e: e.in_aside):
        offset = signals.offset_of(element.position)
        if not _in_zones(offset, zones):
            continue
        if _PHOTO_LABEL.search(signals.page_text[max(0, (offset or 0) - 24):offset]):
            continue  # "Foto: <span class=autor>Jane Doe</span>": a photo credit, not the byline
        if element.in_aside and not _in_zones(offset, close):
            # An author box below the article sits in an aside-like container; it counts when
            # it labels the name as the author ("Harald Bauer | Autor").
            labelled = _AUTHOR_LABEL.search(element.text)
            if not (labelled and _in_zones(offset, _after_body(frame))):
                continue
        names = names_from_byline(element.text, allow_single=True, credits=True)
        if not names and element.position in first_text:
            names = names_from_byline(_line_from(signals.texts, first_text[element.position]), require_marker=True,
                                      credits=True)
        # <span class="author">Floyd</span>: the element itself says this is the author, but
        # so do tag clouds and author widgets; trust a bare name only next to the headline.
        bare_single = _in_zones(offset, close)
        if not names and len(element.links) == 1:
            names = person_names(element.links[0], allow_single=bare_single)
        if not names and len(element.text.split()) <= 3 and "|" not in element.text:
            names = person_names(element.text, allow_single=bare_single)
        names = [n for n in names if not _names_the_host(n, signals)]
        if names:
            return _unique(names)
    for element in signals.author_links:
        if not element.in_aside and _in_zones(signals.offset_of(element.position), zones):
            names = person_names(element.text, allow_single=True)
            if names:
                return _unique(names)
    for start, end in zones:
        for offset, snippet in snippets_between(signals, start, end):
            if snippet.in_aside and not _in_zones(offset, close):
                continue
            index = index_of[id(snippet)]
            names = names_from_byline(_line_from(signals.texts, index), require_marker=True, credits=True)
            if not names:  # "25.10.2022 - Reiner Nagel"
                names = name_after_date(snippet.text)
            if not names and index + 1 < len(signals.texts):
                names = name_before_more_link(snippet.text, signals.texts[index + 1].text)
            if names:
                return _unique(names)
    return []


def _is_site(name: str, signals: PageSignals) -> bool:
    """The "author" is the site or its publisher (``<meta name=author content="Happy Coffee">``)."""
    return is_site_part(name, site_names(signals), signals.hostname)


def _names_the_host(name: str, signals: PageSignals) -> bool:
    """A one-word "author" that is the site's host name ("hejfish" on fischerhuette.hejfish.com)."""
    if " " in name or not signals.hostname:
        return False
    labels = [label for label in signals.hostname.casefold().split(".")[:-1] if label not in ("www", "blog")]
    return fold(name).replace(" ", "") in {label.replace("-", "") for label in labels[-1:]}


def _visible_anywhere(name: str, page_text: str) -> bool:
    folded = fold(name)
    return bool(folded) and f" {folded} " in page_text


def choose_authors(signals: PageSignals, frame: ArticleFrame) -> list[str]:
    """The article's authors as the page states them, or ``[]``.

    A byline the reader sees wins. Names only in structured data count when the visible page
    also prints them somewhere (an author box, a signature): a ``<meta name=author>`` alone is
    too often a site owner, a web agency or a default account.
    """
    seen = visible_authors(signals, frame)
    if seen:
        return seen
    stated = [n for n in structured_authors(signals) if not _is_site(n, signals)]
    if not stated:
        # Desks and organisations in structured data were tried too (printed next to the
        # headline): on dev they added only site names and agencies the page did not credit.
        return []
    page_text = " " + fold(signals.page_text) + " "
    return [n for n in stated if _visible_anywhere(n, page_text)]


def _unique(names: Iterable[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        if name and name.casefold() not in {n.casefold() for n in out}:
            out.append(name)
    return out[:6]

"""Everything an HTML page states about its own headline, byline and date, read in one pass.

Why one pass that only collects: the title, author and date rules each need the same few things
(``<meta>`` tags, JSON-LD objects, headings, ``<time>`` elements, byline- and date-classed
elements, and where on the page each sits), and walking a large news page once is cheap while
walking it once per rule is not. The walk does not modify the tree, so the same parsed tree can
be handed to trafilatura afterwards. Positions are element counts in document order, which is
enough to say "just below the headline" without rendering the page.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from lxml.html import HtmlElement

# class/id/itemprop/rel values that mark a byline or a date element.
_AUTHOR_HINT = re.compile(r"author|byline|by-line|autor|auteur|verfasser|writer|reporter|creator|journalist")
_AUTHOR_NOT = re.compile(r"comment|avatar|bio\b|biography|description|about|box|social|share|photo|img|image|"
                         r"url|link-list|more|other|related|widget|sidebar|footer|copyright|"
                         r"categor|kategor|rubri|ressort|\btags?\b")
_DATE_HINT = re.compile(r"date|time|datum|publi|posted|dateline|fecha|datetime|zeit|dtreviewed|"
                        r"meta|byline|info|stamp|veroeff|erschienen")
# Regions whose dates, names and headings belong to other articles or to readers. Matched per
# class token, and not when the token only says the page *has* such a region ("has-sidebar").
_ASIDE = re.compile(r"(?:^|[-_])(?:comments?|sidebar|related|teasers?|recommend\w*|footer|"
                    r"navigation|nav|menu|popular|trending|most-?read|newsletter|share|sharing|social|"
                    r"pagination|cookies?|promo|topbar|subnav|archives?|calendar|weitere|aehnlich|"
                    r"similar|read-?more|more-articles|next|prev|previous)(?:$|[-_])")
_ASIDE_NOT = re.compile(r"^(?:has|with|for|no|is|show|hide|enable|layout|page|body|site|l)[-_]")
_CONTENT = re.compile(r"article|post|entry|content|main|story|body")
_HEADLINE = re.compile(r"headline|entry-title|post-title|article-title|title|titel|titulo|titre")
# Any word any of the patterns above looks for: most class strings contain none.
_ANY_HINT = re.compile(
    "|".join(p.pattern for p in (_AUTHOR_HINT, _DATE_HINT, _HEADLINE))
    + r"|comment|sidebar|related|teaser|recommend|footer|nav|menu|popular|trending|read|newsletter|"
    r"shar|social|pagination|cookie|promo|topbar|archive|calendar|weitere|aehnlich|similar|next|prev|more"
)
_ASIDE_TAGS = frozenset({"nav", "footer", "aside"})
_SKIP_TEXT = frozenset({"script", "style", "noscript", "template", "svg", "head", "title", "select", "option"})
_MAX_SNIPPET = 300
_SKIP_SUBTREE = frozenset({"svg", "template", "select", "style", "noscript", "iframe", "map", "math"})
_COLLECT_TAGS = frozenset({"h1", "h2", "h3", "time"})
_MAX_DEPTH = 300


@dataclass
class Snippet:
    """A short visible text (or attribute value) and where it sits on the page."""

    position: int
    text: str
    attribute: str | None = None  # e.g. a <time datetime> value
    in_aside: bool = False
    in_article: bool = False
    hint: str = ""  # the class/id/itemprop that made it a candidate
    tag: str = ""
    links: list[str] = field(default_factory=list)


@dataclass
class PageSignals:
    """What the page says about itself, before any decision is taken."""

    url: str | None = None
    hostname: str | None = None
    html_title: str | None = None
    meta: dict[str, list[str]] = field(default_factory=dict)
    json_ld: list[dict[str, Any]] = field(default_factory=list)
    headings: list[Snippet] = field(default_factory=list)  # h1 (and headline-classed h2)
    bylines: list[Snippet] = field(default_factory=list)
    author_links: list[Snippet] = field(default_factory=list)  # rel=author, itemprop=author
    times: list[Snippet] = field(default_factory=list)  # <time> and date-classed elements
    texts: list[Snippet] = field(default_factory=list)  # every visible text node, in order
    lang: str | None = None  # <html lang>, lower-cased ("de", "en-us")
    article_start: int | None = None  # position of the first <article> / main-content element
    size: int = 0  # number of elements

    _offsets: list[int] | None = field(default=None, repr=False)
    _page_text: str | None = field(default=None, repr=False)

    @property
    def offsets(self) -> list[int]:
        """Character offset of every visible text snippet in :attr:`page_text`."""
        if self._offsets is None:
            offsets, offset = [], 0
            for snippet in self.texts:
                offsets.append(offset)
                offset += len(snippet.text) + 1
            self._offsets = offsets
        return self._offsets

    @property
    def page_text(self) -> str:
        """The visible text of the page, snippets joined by single spaces."""
        if self._page_text is None:
            self._page_text = " ".join(snippet.text for snippet in self.texts)
        return self._page_text

    def offset_of(self, position: int | None) -> int | None:
        """Offset in :attr:`page_text` of the first visible text at or after element ``position``."""
        if position is None:
            return None
        for snippet, offset in zip(self.texts, self.offsets):
            if snippet.position >= position:
                return offset
        return None

    def meta_values(self, *keys: str) -> list[str]:
        """Contents of ``<meta>`` tags whose name/property/itemprop is one of ``keys`` (any case)."""
        values: list[str] = []
        for key in keys:
            values.extend(self.meta.get(key.lower(), ()))
        return values

    def first_meta(self, *keys: str) -> str | None:
        for value in self.meta_values(*keys):
            if value.strip():
                return value.strip()
        return None


def _squash(text: str | None) -> str:
    return " ".join((text or "").split())


_ROLE_ATTRIBUTES = frozenset({"class", "id", "itemprop", "rel"})


def _attrs(element: HtmlElement) -> str:
    """class, itemprop, rel and a non-generated id, lower-cased: what says an element's role."""
    parts = []
    for name, value in element.items():
        if name in _ROLE_ATTRIBUTES and value:
            if name == "id" and any(c.isdigit() for c in value):
                continue  # "post-4711", "c123": generated ids are unique and say nothing
            parts.append(value)
    return " ".join(parts).lower() if parts else ""


# JSON-LD types whose author/date/headline are the article's (NewsArticle, BlogPosting, ...).
ARTICLE_TYPES = ("article", "posting", "report", "blog", "news")


def json_ld_types(obj: dict[str, Any]) -> set[str]:
    """The lower-cased ``@type`` values of a JSON-LD object (a string or a list)."""
    value = obj.get("@type")
    values = value if isinstance(value, list) else [value]
    return {str(v).casefold() for v in values if v}


def is_article(obj: dict[str, Any]) -> bool:
    """True for JSON-LD objects that describe the article itself."""
    return any(k in t for t in json_ld_types(obj) for k in ARTICLE_TYPES)


def _flatten_json_ld(value: Any, out: list[dict[str, Any]], depth: int = 0) -> None:
    """Every JSON-LD object that has a ``@type`` (top level, lists and ``@graph``)."""
    if depth > 4:
        return
    if isinstance(value, list):
        for item in value:
            _flatten_json_ld(item, out, depth + 1)
    elif isinstance(value, dict):
        if "@type" not in value and "@context" in value and isinstance(value.get("type"), str):
            value = {**value, "@type": value["type"]}  # "type" for "@type": a common slip
        if "@type" in value:
            out.append(value)
        if "@graph" in value:
            _flatten_json_ld(value["@graph"], out, depth + 1)
        main = value.get("mainEntity")
        if isinstance(main, (dict, list)):
            _flatten_json_ld(main, out, depth + 1)


def _parse_json_ld(text: str | None, out: list[dict[str, Any]]) -> None:
    if not text or not text.strip():
        return
    raw = text.strip()
    # CDATA wrappers and trailing semicolons are common; stray control characters too.
    raw = re.sub(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$", "", raw).strip().rstrip(";")
    try:
        data = json.loads(raw, strict=False)
    except ValueError:
        try:
            data = json.loads(re.sub(r"[\x00-\x1f]", " ", raw), strict=False)
        except ValueError:
            salvaged = _salvage_json_ld(raw)
            if salvaged:
                out.append(salvaged)
            return
    _flatten_json_ld(data, out)


# "key": "value" or 'value' pairs a hand-written JSON-LD block still states when the block as a
# whole is not JSON (an unquoted author, single quotes, a trailing comma).
_LD_PAIR = re.compile(r"[\"'](@type|datePublished|dateModified)[\"']\s*:\s*(?:\"((?:[^\"\\]|\\.){1,80})\"|'([^']{1,80})')")


def _salvage_json_ld(raw: str) -> dict[str, Any] | None:
    """The type and dates of a JSON-LD block that does not parse, first value of each key.

    Why: CMS templates and hand-edited pages break the JSON (``"author": Jane Doe,``) but the
    machine-readable ``datePublished`` next to it is as good as anywhere else; losing it leaves
    a dated article undated. Only these three fields are read, never names or headlines."""
    found: dict[str, Any] = {}
    for m in _LD_PAIR.finditer(raw):
        found.setdefault(m[1], m[2] if m[2] is not None else m[3])
    return found if "@type" in found and len(found) > 1 else None


@dataclass(frozen=True)
class _Kind:
    """What an element's class/id/itemprop/rel says it is (cached per distinct attribute string)."""

    author: bool
    date: bool
    aside: bool
    headline: bool


def _kind(attrs: str, cache: dict[str, _Kind | None]) -> _Kind | None:
    """The roles ``attrs`` names, or ``None`` for the many elements whose classes name none."""
    if attrs in cache:
        return cache[attrs]
    kind: _Kind | None = None
    if _ANY_HINT.search(attrs):
        content_like = bool(_CONTENT.search(attrs))
        kind = _Kind(
            author=bool(_AUTHOR_HINT.search(attrs)) and not _AUTHOR_NOT.search(attrs),
            date=bool(_DATE_HINT.search(attrs)),
            aside=not content_like and any(_ASIDE.search(t) and not _ASIDE_NOT.match(t) for t in attrs.split()),
            headline=bool(_HEADLINE.search(attrs)),
        )
        if not (kind.author or kind.date or kind.aside or kind.headline):
            kind = None
    cache[attrs] = kind
    return kind


_KIND_CACHE: dict[str, _Kind | None] = {}
_KIND_CACHE_SIZE = 50_000


class _Walker:
    """Depth-first walk that carries the aside/article context down instead of looking up."""

    def __init__(self, signals: PageSignals) -> None:
        self.signals = signals
        self.position = 0
        # Shared across pages: sites built on the same CMS repeat the same class strings.
        if len(_KIND_CACHE) > _KIND_CACHE_SIZE:
            _KIND_CACHE.clear()
        self.cache = _KIND_CACHE

    def walk(self, element: HtmlElement, in_aside: bool, in_article: bool, hidden: bool, depth: int = 0) -> None:
        self.position += 1
        position = self.position
        signals = self.signals
        tag = element.tag
        if not isinstance(tag, str):  # comments, processing instructions
            return
        if tag == "script":
            if "ld+json" in (element.get("type") or "").lower():
                _parse_json_ld(element.text, signals.json_ld)
            return
        if tag == "meta":
            key = element.get("property") or element.get("name") or element.get("itemprop")
            content = element.get("content")
            if key and content is not None:
                signals.meta.setdefault(key.strip().lower(), []).append(_squash(content))
            return
        if tag == "title" and signals.html_title is None and not in_article:
            signals.html_title = _squash(element.text_content())
            return
        if tag == "html" and signals.lang is None and element.get("lang"):
            signals.lang = element.get("lang", "").strip().lower().replace("_", "-")
        if tag in _SKIP_SUBTREE:
            return  # drawings, templates, form options: nothing a reader or our rules need
        hidden = hidden or tag in _SKIP_TEXT
        attrs = _attrs(element)
        kind = _kind(attrs, self.cache) if attrs else None
        # A <footer> inside an <article> holds its byline and dateline, not other stories.
        if (tag in _ASIDE_TAGS and not (tag == "footer" and in_article)) \
                or (kind is not None and kind.aside and tag not in ("body", "html")):
            in_aside = True
        if tag in ("article", "main"):
            in_article = True
            if signals.article_start is None:
                signals.article_start = position
        if not hidden:
            text = element.text
            if text and text.strip():
                signals.texts.append(Snippet(position, _squash(text), in_aside=in_aside, in_article=in_article))
            if kind is not None or tag in _COLLECT_TAGS:
                self._collect(element, tag, attrs, kind, position, in_aside, in_article)
        if depth > _MAX_DEPTH:  # broken markup can nest thousands deep; nothing we need lives there
            return
        for child in element:
            self.walk(child, in_aside, in_article, hidden, depth + 1)
            tail = child.tail
            if not hidden and tail and tail.strip():
                signals.texts.append(Snippet(self.position, _squash(tail), in_aside=in_aside, in_article=in_article))

    def _collect(self, element: HtmlElement, tag: str, attrs: str, kind: _Kind | None, position: int,
                 in_aside: bool, in_article: bool) -> None:
        """Record the element when it is a heading, a date/time, an author link or a byline."""
        signals = self.signals

        def snippet(text: str, attribute: str | None = None) -> Snippet:
            links = [_squash(" ".join(a.itertext())) for a in element.iter("a")][:8]
            return Snippet(position, text, attribute, in_aside, in_article, attrs, tag, [x for x in links if x])

        if tag == "h1" or (tag in ("h2", "h3") and kind is not None and kind.headline):
            text = _heading_text(element)
            if text and len(text) < 400:
                signals.headings.append(snippet(text))
            return
        if tag == "time" or (kind is not None and kind.date):
            # Only machine-readable stamps are kept; visible dates are read from the text.
            stamp = element.get("datetime") or element.get("content")
            if stamp:
                # HTML5's boolean ``pubdate`` attribute marks the article's publication time.
                hint = attrs + " pubdate" if tag == "time" and element.get("pubdate") is not None else attrs
                signals.times.append(Snippet(position, "", stamp, in_aside, in_article, hint, tag))
        if kind is None:
            return
        rel = (element.get("rel") or "").lower()
        itemprop = (element.get("itemprop") or "").lower()
        if rel == "author" or itemprop in ("author", "creator"):
            name = element.get("content") or _squash(" ".join(element.itertext()))
            if name and len(name) <= _MAX_SNIPPET:
                signals.author_links.append(snippet(_squash(name)))
        if kind.author:
            # " | " between text nodes: "<a>Jennifer Koutni</a><a>Fashion</a>" is two things.
            text = " | ".join(_squash(t) for t in element.itertext() if t.strip())
            if text and len(text) <= _MAX_SNIPPET:
                signals.bylines.append(snippet(text))


# Classes of the kicker ("Dachzeile") that pages set inside the <h1> above the headline proper:
# <h1><span class="dachzeile">Nach Corona-Lockerungen</span><span class="headline">Autohäuser …
_KICKER = re.compile(r"kicker|dachzeile|topline|overline|roofline|eyebrow|supertitle|subheadline", re.I)


def _heading_text(element: HtmlElement) -> str:
    """A heading's text without a kicker element inside it. Kicker and headline often sit in
    sibling <span>s with no space between them, so text nodes are joined with spaces."""
    parts: list[str] = []

    def add(node: HtmlElement) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            # "<h1><small>Einheit der Woche</small><br>Lagen-Pyramide …": a leading <small> too.
            leading_small = child.tag == "small" and not "".join(parts).strip()
            if isinstance(child.tag, str) and not _KICKER.search(child.get("class") or "") and not leading_small:
                add(child)
            if child.tail:
                parts.append(child.tail)

    add(element)
    text = _squash(" ".join(parts))
    return text or _squash(" ".join(element.itertext()))


def read_page(tree: HtmlElement | None, url: str | None = None) -> PageSignals:
    """Collect the page's self-descriptions from a parsed tree without modifying it."""
    signals = PageSignals(url=url)
    if url and url.startswith("http"):
        host = urlsplit(url).hostname or ""
        signals.hostname = host[4:] if host.startswith("www.") else host or None
    if tree is None:
        return signals
    walker = _Walker(signals)
    walker.walk(tree, False, False, False)
    signals.size = walker.position
    return signals


@dataclass(frozen=True)
class ArticleFrame:
    """Where the article sits in the page's visible text: headline, first and last paragraph.

    Datelines and bylines are printed next to these, so the metadata rules look there and not
    in sidebars, teasers or footers.
    """

    headline: int | None = None
    body_start: int | None = None
    last_paragraph: int | None = None
    last_paragraph_end: int | None = None


def _find_passage(page_text: str, passage: str, start: int = 0) -> int | None:
    probe = " ".join(passage.split())[:60]
    if len(probe) < _MIN_PROBE:
        return None
    at = page_text.find(probe, start)
    if at >= 0:
        return at
    # Inline links and markup put spaces around punctuation in the page text ("page ." for
    # "page."): match the first words with anything but letters and digits between them.
    words = _WORD.findall(probe)[:_PROBE_WORDS]
    if len(words) < _PROBE_WORDS:
        return None
    m = re.compile(r"\W+".join(re.escape(w) for w in words)).search(page_text, start)
    return m.start() if m else None


def _body_opening(signals: PageSignals, paragraphs: list[str]) -> int | None:
    """Where the body's first paragraph stands on the page, or its second when the first is
    not found (too short to look for, "News"; or rewritten by trafilatura, a table row's cells
    joined). A short opening (the headline trafilatura keeps) may stand in a teaser list too
    ("related", "latest news"): the first occurrence outside such a list is the article's."""
    for paragraph in paragraphs[:_OPENING_PARAGRAPHS]:
        first = _find_passage(signals.page_text, paragraph)
        if first is not None:
            break
    else:
        return None
    at: int | None = first
    for _ in range(_OPENING_TRIES):
        if at is None:
            break
        owner = snippets_between(signals, at, at)
        if not owner or not owner[-1][1].in_aside:
            return at
        at = _find_passage(signals.page_text, paragraph, at + 1)
    return first


_OPENING_TRIES = 5
_OPENING_PARAGRAPHS = 2


_WORD = re.compile(r"\w+")
_MIN_PROBE = 12
_PROBE_WORDS = 6


_LAST_TRIES = 4
_SITE_LINE = re.compile(r"\s*(?:©|\(c\)\s|copyright\b|permalink\b)", re.I)


def frame_article(signals: PageSignals, headline_position: int | None, body: str) -> ArticleFrame:
    """Locate the headline (or the <article> start) and the extracted body in the page text."""
    headline = signals.offset_of(headline_position if headline_position is not None else signals.article_start)
    paragraphs = [p for p in body.split("\n") if p.strip()]
    start = _body_opening(signals, paragraphs)
    # The last paragraph whose opening is found verbatim on the page (trafilatura rewrites
    # some: joined list items, "Tags: …" lines); a one-paragraph body ends where it starts plus
    # its length. The credit and date lines below it count as for any other article.
    last = last_end = None
    for paragraph in paragraphs[:0:-1][:_LAST_TRIES] if len(paragraphs) > 1 else paragraphs[:1]:
        if _SITE_LINE.match(paragraph):
            continue  # "© 1996 - 2022 Example", "Permalink: https://…": the site's, below the article
        last = _find_passage(signals.page_text, paragraph)
        if last is not None and (start is None or last >= start):
            last_end = last + len(" ".join(paragraph.split()))
            break
        last = None
    return ArticleFrame(headline, start, last, last_end)


def snippets_between(signals: PageSignals, start: int, end: int) -> list[tuple[int, Snippet]]:
    """(offset, snippet) of the visible texts that overlap ``[start, end]`` of the page text."""
    out: list[tuple[int, Snippet]] = []
    for snippet, offset in zip(signals.texts, signals.offsets):
        if offset + len(snippet.text) < start:
            continue
        if offset > end:
            break
        out.append((offset, snippet))
    return out

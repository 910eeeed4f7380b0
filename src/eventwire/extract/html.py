"""Article text from HTML pages: trafilatura for the body, our own layer for metadata.

trafilatura with ``favor_precision`` is the best measured body extractor on news pages (Zyte F1
0.964), and a leaked related headline costs more than a lost closing paragraph because it becomes
a false event. Its title, byline and date are not trusted (site-name suffixes, invented bylines,
a date on almost every undated page), so :mod:`eventwire.extract.metadata` decides those, and
trafilatura runs without its own metadata pass: that pass (htmldate's date search above all)
costs about as much as the body extraction itself.

The page is parsed once: our metadata layer reads the tree first (it does not modify it), then
the same tree goes to trafilatura (precision mode, and default mode on pages where precision mode
may have dropped paragraphs, see :func:`_trafilatura_body`), which works on its own copy each
time. Both modes keep some boilerplate lines inside the article element ("READ MORE: other
story", "Subscribe to our newsletter", a bare "Related" label); the same line rules the dump
extractor uses take them out (:func:`split_boilerplate`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..records import ArticleParts
from .dump_meta import PROMO_KEYS, is_promo, is_read_more, read_more_headline, section_label
from .meta_page import read_page
from .metadata import metadata_from_signals

# Characters that precision mode may drop before we prefer trafilatura's default output.
_PRECISION_SHORTFALL = 800
# A promotion prompt is a short line ("Subscribe to our newsletter"); a longer one is prose that
# mentions a newsletter or a sign-up as part of the story.
_PROMO_MAX_CHARS = 150
# Promotion gate words without "comment" and "support": "the ministry declined to comment" and
# "support for the plan" are reporting, not prompts.
_HTML_PROMO_KEYS = tuple(key for key in PROMO_KEYS if key not in {"comment", "comentar", "kommentier", "support",
                                                                    "unterstützen"})
# A bare section label ("Related", "Mehr zum Thema:") is a heading over other stories, not prose.
_LABEL_MAX_CHARS = 40


def _body_paragraphs(text: str | None) -> str:
    """trafilatura's text has one paragraph per line; the article schema wants blank lines."""
    if not text:
        return ""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def _trafilatura_text(tree: Any, url: str | None, *, favor_precision: bool) -> str:
    """trafilatura's body text (one paragraph per line) without its metadata pass."""
    import trafilatura

    document: Any = trafilatura.bare_extraction(
        tree,
        url=url,
        favor_precision=favor_precision,
        include_comments=False,
        with_metadata=False,
        deduplicate=False,
    )
    return (getattr(document, "text", None) or "") if document is not None else ""


def is_boilerplate_line(line: str) -> bool:
    """A line of an extracted body that links to another story or asks the reader to do
    something: "READ MORE: …", a short subscription/registration prompt, a bare section label."""
    return (is_read_more(line) or (len(line) <= _PROMO_MAX_CHARS and is_promo(line, _HTML_PROMO_KEYS))
            or (len(line) <= _LABEL_MAX_CHARS and section_label(line)))


def split_boilerplate(text: str) -> tuple[str, list[str]]:
    """The body without :func:`is_boilerplate_line` lines, and the other stories' headlines
    those "READ MORE" lines named (they belong in the article's ``related`` list)."""
    kept: list[str] = []
    related: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not is_boilerplate_line(stripped):
            kept.append(stripped)
        elif is_read_more(stripped):
            related.append(read_more_headline(stripped))
    return "\n".join(kept), related


def paragraph_chars(tree: Any) -> int | None:
    """Characters of text in the page's ``<p>`` elements (whitespace collapsed); ``None`` when
    the page could not be parsed into a tree."""
    if not hasattr(tree, "iter"):
        return None
    return sum(len(" ".join(p.text_content().split())) for p in tree.iter("p"))


def _trafilatura_body(tree: Any, url: str | None) -> str:
    """trafilatura's precision mode, unless it cut a lot of what its default mode keeps.

    Precision mode is right to drop related-story lists and teasers, but on some layouts it
    also drops whole article paragraphs (the "missing second half" complaint). When it keeps
    more than ``_PRECISION_SHORTFALL`` characters less than the default mode, the default output
    is used. The default pass costs as much as the first, so it runs only where that can
    happen: when the page's ``<p>`` elements hold more than ``_PRECISION_SHORTFALL`` characters
    beyond what precision mode kept (30% of trafilatura-eval pages, 21% of Zyte's). Measured
    (2026-11-26) against running it on every page, boilerplate lines removed in both: Zyte F1
    0.966 -> 0.970 (four pages where the default output was longer only by teasers or an author
    box), trafilatura-eval dev half 0.930 -> 0.929, held-out 0.929 -> 0.927; CPU time on Zyte
    1.8x -> 1.0x trafilatura alone (with its metadata pass).
    """
    precise = _trafilatura_text(tree, url, favor_precision=True)
    in_paragraphs = paragraph_chars(tree)
    if in_paragraphs is not None and in_paragraphs - len(" ".join(precise.split())) <= _PRECISION_SHORTFALL:
        return precise
    fuller = _trafilatura_text(tree, url, favor_precision=False)
    return fuller if len(fuller) - len(precise) > _PRECISION_SHORTFALL else precise


def article_parts(tree: Any, url: str | None) -> tuple[str, list[str]]:
    """The article body (one paragraph per line) and the headlines of its "READ MORE" links."""
    return split_boilerplate(_trafilatura_body(tree, url))


def article_text(tree: Any, url: str | None) -> str:
    """The article body, one paragraph per line (see :func:`article_parts`)."""
    return article_parts(tree, url)[0]


def extract_html(html: str, url: str | None = None, *, latest: date | None = None) -> ArticleParts:
    """Body and metadata of one HTML page; an empty body means no article was found.

    ``latest`` (the capture date, when known) rules out datelines from the future.
    """
    from trafilatura.utils import load_html

    tree = load_html(html)
    signals = read_page(tree, url)
    text, related = article_parts(tree if tree is not None else html, url)
    parts = metadata_from_signals(signals, body=text, latest=latest)
    parts.body = _body_paragraphs(text)
    parts.related = related
    return parts

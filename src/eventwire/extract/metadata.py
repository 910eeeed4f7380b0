"""Title, authors, publication date and site name of an HTML page, decided by our own rules.

Why not trafilatura's metadata: its title keeps site-name suffixes on a quarter of pages, it
invents a byline on a third of pages that have none, and it returns a date on almost every
undated page. This layer reads what the page states about itself once (:mod:`.meta_page`),
locates the article in it (headline, first and last paragraph of the extracted body) and then
decides each field with rules that prefer "unknown" to a guess: :mod:`.titles`,
:mod:`.meta_authors`, :mod:`.meta_dates`.
"""

from __future__ import annotations

from datetime import date

from lxml.html import HtmlElement

from ..records import ArticleParts
from .meta_authors import choose_authors
from .meta_dates import choose_published
from .meta_page import PageSignals, frame_article, read_page
from .titles import choose_headline, site_names


def choose_site(signals: PageSignals) -> str | None:
    """The site's name: og:site_name, else the JSON-LD publisher, else the host name."""
    stated = signals.first_meta("og:site_name")
    if stated:
        return stated
    for name in site_names(signals):
        if name != signals.hostname and not name.startswith("@"):
            return name
    return signals.hostname


def metadata_from_signals(signals: PageSignals, *, body: str, latest: date | None = None) -> ArticleParts:
    """Decide every metadata field from what the page states (see the module docstring)."""
    parts = ArticleParts(url=signals.url)
    title, headline_position = choose_headline(signals)
    parts.title = title
    frame = frame_article(signals, headline_position, body)
    published = choose_published(signals, frame, latest=latest)
    if published is not None:
        parts.published, parts.published_source = published.value, published.source
    parts.authors = choose_authors(signals, frame)
    parts.site = choose_site(signals)
    return parts


def read_metadata(html: str | HtmlElement, *, url: str | None, body: str = "",
                  extracted: object = None, latest: date | None = None) -> ArticleParts:
    """Metadata of one page from its HTML (or an already parsed tree) and the extracted body.

    ``extracted`` (trafilatura's Document) is accepted for compatibility and not used: its
    fields are exactly what this layer replaces. ``latest`` (the capture date, when known)
    rules out datelines from the future.
    """
    if isinstance(html, HtmlElement):
        tree: HtmlElement | None = html
    else:
        from trafilatura.utils import load_html

        tree = load_html(html)
    return metadata_from_signals(read_page(tree, url), body=body, latest=latest)

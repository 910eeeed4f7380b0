"""Extraction: a readable page in, one clean :class:`~eventwire.records.Article` out.

HTML goes through :mod:`.html` (trafilatura plus our metadata layer), plain-text page dumps
through :mod:`.dump` (our own line classifier). Both return :class:`ArticleParts`; this module
adds the id, the language and the status, and turns "nothing found" into a reason.
"""

from __future__ import annotations

from datetime import date

from ..errors import NoArticleFound
from ..ids import doc_id
from ..records import Article, Page
from .dump import extract_dump
from .html import extract_html
from .language import detect_language

__all__ = ["extract_dump", "extract_html", "extract_page"]

# An article body shorter than this is a teaser, a caption or a login wall, not an article.
MIN_BODY_CHARS = 40


def _capture_day(fetched: str | None) -> date | None:
    """The calendar day of an ISO 8601 capture time ("2019-10-19T12:00:00Z"): no dateline on the
    page can be later than it. ``None`` when absent or unreadable."""
    try:
        return date.fromisoformat(fetched[:10]) if fetched else None
    except ValueError:
        return None


def extract_page(page: Page) -> Article:
    """Extract the article on ``page``; raise :class:`NoArticleFound` when there is none."""
    if page.format == "html":
        parts = extract_html(page.text, url=page.url, latest=_capture_day(page.fetched))
    else:
        parts = extract_dump(page.text, url=page.url)
    url = parts.url or page.url
    if len(parts.body.strip()) < MIN_BODY_CHARS:
        raise NoArticleFound(
            f"{page.source}: no article text found on this {'HTML page' if page.format == 'html' else 'text page'}"
            " (it may be an index page, a login wall or a list of links)",
            found={"title": parts.title, "published": parts.published,
                   "published_source": parts.published_source, "authors": list(parts.authors),
                   "url": url, "site": parts.site, "language": parts.language, "format": page.format},
        )
    return Article(
        doc_id=doc_id(url, page.text),
        source=page.source,
        status="ok",
        body=parts.body,
        title=parts.title,
        published=parts.published,
        published_source=parts.published_source,
        authors=parts.authors,
        captions=parts.captions,
        related=parts.related,
        url=url,
        site=parts.site,
        language=parts.language or detect_language(parts.body),
        format=page.format,
    )

"""Title, authors, publication date and site name of an HTML page.

First version: takes trafilatura's own metadata. To be replaced by a layer that strips site-name
suffixes, never invents a byline and prefers no date to a guessed one.
"""

from __future__ import annotations

from typing import Any

from ..records import ArticleParts
from .dates import date_from_url


def read_metadata(html: str, *, url: str | None, extracted: Any, body: str) -> ArticleParts:
    """Metadata for one page; ``extracted`` is trafilatura's Document (or ``None``)."""
    parts = ArticleParts(url=url)
    if extracted is not None:
        parts.title = extracted.title or None
        parts.site = extracted.sitename or extracted.hostname or None
        if extracted.author:
            parts.authors = [a.strip() for a in extracted.author.split(";") if a.strip()]
        if extracted.date:
            parts.published, parts.published_source = extracted.date, "meta"
    if parts.published is None:
        found = date_from_url(url)
        if found:
            parts.published, parts.published_source = found, "url"
    return parts

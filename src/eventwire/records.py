"""The typed records passed between pipeline stages.

Each stage is a plain function from one record to the next, so the same code runs in-process, in a
worker pool or inside a Spark task. Records are frozen-free dataclasses with a ``to_dict`` that
gives exactly the JSON the published schemas (``eventwire/schema/*.json``) describe. This module
imports nothing of the project, so any stage may import it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Status = Literal["ok", "empty", "rejected", "error"]
PageFormat = Literal["html", "text"]


@dataclass
class RawDocument:
    """Bytes as they arrived, before anything is decoded or trusted.

    ``source`` says where the bytes came from (a path, a URL, ``<stdin>``, a WARC record id); it
    is what users see in error messages, so it is never rewritten. ``url`` is the page's own
    address when known, which extraction uses for dates and site names.
    """

    source: str
    data: bytes
    url: str | None = None
    fetched: str | None = None  # ISO 8601 time the bytes were captured, when the source says
    media_type: str | None = None  # a declared Content-Type, when the source gives one


@dataclass
class Page:
    """A decoded page: text we can read, with what was sniffed about it."""

    source: str
    text: str
    format: PageFormat
    encoding: str
    url: str | None = None
    fetched: str | None = None


@dataclass
class ArticleParts:
    """What an extractor found on one page, before ids and status are attached.

    Extractors (HTML and plain-text dumps) return this; :func:`eventwire.extract.extract_page`
    turns it into an :class:`Article`. ``published_source`` names the signal that gave the date
    (``json-ld``, ``meta``, ``url``, ``dateline``, ``text``) so a user can judge it.
    """

    body: str = ""
    title: str | None = None
    published: str | None = None
    published_source: str | None = None
    authors: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    site: str | None = None
    url: str | None = None
    language: str | None = None


@dataclass
class Article:
    """One clean article, as `article.schema.json` defines it.

    A document that could not be read still becomes an Article, with ``status`` other than
    ``ok`` and a ``reason`` in words a user understands: nothing is dropped silently.
    """

    doc_id: str
    source: str
    status: Status
    body: str = ""
    title: str | None = None
    published: str | None = None
    published_source: str | None = None
    authors: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    url: str | None = None
    site: str | None = None
    language: str | None = None
    format: PageFormat | None = None
    reason: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON-ready data, keys in schema order."""
        return asdict(self)

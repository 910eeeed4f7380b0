"""RSS and Atom feeds: which items are new since the last poll.

A feed is polled with the validators of its last answer (ETag / Last-Modified), so an unchanged
feed costs a 304 and nothing else. Its items are parsed with feedparser, which reads RSS 0.9x–2.0,
RDF and Atom, forgives most broken XML and resolves relative links. What is "new" is decided by
the caller (:mod:`eventwire.cli_sources` asks the store which pages it already holds), so a
watch that is killed and restarted never codes an item twice.
"""

from __future__ import annotations

import calendar
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import EventwireError, FeedUnreadable

if TYPE_CHECKING:
    from .fetch import Fetcher

log = logging.getLogger(__name__)


@dataclass
class FeedItem:
    """One entry of a feed: its stable id, the page it links to, and what the feed says of it."""

    feed: str
    id: str
    link: str
    title: str | None = None
    published: float | None = None  # epoch seconds when the feed gives a date


@dataclass
class FeedState:
    """What is remembered of one feed between polls."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    polls: int = 0
    failures: int = 0               # consecutive failed polls
    last_error: str | None = None
    title: str | None = None


@dataclass
class Poll:
    """The outcome of polling one feed."""

    feed: str
    items: list[FeedItem] = field(default_factory=list)
    not_modified: bool = False
    error: str | None = None


def parse_feed(data: bytes, url: str) -> tuple[str | None, list[FeedItem]]:
    """The feed's title and its items with an http(s) link, oldest first.

    Raises :class:`FeedUnreadable` when the bytes are no feed at all (an HTML page, an error
    page, garbage); a feed with a few broken entries keeps the others.
    """
    import feedparser

    parsed = feedparser.parse(data, response_headers={"content-location": url})
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f" ({type(problem).__name__}: {str(problem)[:120]})" if problem else ""
        raise FeedUnreadable(f"{url}: not an RSS or Atom feed{detail}")
    items: list[FeedItem] = []
    for position, entry in enumerate(parsed.entries):
        link = (entry.get("link") or "").strip()
        if not link.startswith(("http://", "https://")):
            log.debug("%s: entry %d has no http(s) link", url, position)
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        items.append(FeedItem(feed=url, id=(entry.get("id") or link).strip(), link=link,
                              title=entry.get("title"), published=calendar.timegm(stamp) if stamp else None))
    # Feeds list newest first; code oldest first. Undated entries keep the feed's order, reversed.
    order = {id(item): position for position, item in enumerate(items)}
    items.sort(key=lambda item: (item.published is None, item.published or 0, -order[id(item)]))
    title = parsed.feed.get("title") if parsed.get("feed") else None
    return title, items


def poll_feed(fetcher: Fetcher, state: FeedState) -> Poll:
    """Fetch one feed conditionally and parse it; never raises (the error is in ``Poll.error``)."""
    from .fetch import FEED_TYPES

    state.polls += 1
    try:
        result = fetcher.fetch(state.url, accept=FEED_TYPES, etag=state.etag, last_modified=state.last_modified)
        state.etag, state.last_modified = result.etag or state.etag, result.last_modified or state.last_modified
        if result.not_modified and state.title is not None:
            state.failures, state.last_error = 0, None
            return Poll(state.url, not_modified=True)
        title, items = parse_feed(result.data, state.url)
    except EventwireError as exc:
        state.failures += 1
        state.last_error = str(exc)
        return Poll(state.url, error=str(exc))
    except Exception as exc:  # noqa: BLE001 - a strange feed must not stop the watch
        log.debug("polling %s failed", state.url, exc_info=True)
        state.failures += 1
        state.last_error = f"[E900] {state.url}: unexpected {type(exc).__name__}: {exc}"
        return Poll(state.url, error=state.last_error)
    state.failures, state.last_error = 0, None
    state.title = title or state.title or ""
    return Poll(state.url, items=items)

"""Query parameters shared by the API and the pages: the event filters and paging.

Why one definition: ``/api/events?actor=USA``, ``/events?actor=USA`` (the page) and
``eventwire events --actor USA`` must select the same events, so all three hand the same
keyword arguments to :meth:`eventwire.store.Store.events`, which builds the store's
:class:`~eventwire.store.query.EventFilter`. Values are checked here only for what the store
does not check (length, control characters); dates and event types are checked by the store.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Query

from ..store.query import EventFilter
from .errors import ApiError

MAX_VALUE = 200
MAX_VALUES = 50
DAY_PATTERN = r"^\s*[0-9]{4}(-[0-9]{1,2}(-[0-9]{1,2})?)?\s*$"

ListParam = Annotated[list[str], Query()]


def _clean(name: str, values: list[str]) -> list[str]:
    """Refuse values a person could not have typed: too long, too many, or with control characters."""
    if len(values) > MAX_VALUES:
        raise ApiError(400, "bad_request", f"{name}: at most {MAX_VALUES} values")
    for value in values:
        if len(value) > MAX_VALUE:
            raise ApiError(400, "bad_request", f"{name}: values are at most {MAX_VALUE} characters")
        if any(unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") for ch in value):
            raise ApiError(400, "bad_request", f"{name}: control or unassigned characters are not allowed")
    return [v for v in values if v.strip()]


@dataclass
class Filters:
    """The event filters of one request, as the store's keyword arguments and as a query string."""

    actor: list[str]
    recipient: list[str]
    event: list[str]
    country: list[str]
    since: str | None
    until: str | None
    text: str | None
    story: str | None

    def kwargs(self) -> dict[str, Any]:
        """For ``store.events(**filters.kwargs())`` and ``store.stories(...)``."""
        return {"actor": self.actor or None, "recipient": self.recipient or None, "event": self.event or None,
                "country": self.country or None, "since": self.since, "until": self.until, "text": self.text,
                "story": self.story}

    def build(self) -> EventFilter:
        """The store's filter object (raises the store's E407 for bad dates or event types)."""
        return EventFilter.build(**self.kwargs())

    def pairs(self) -> list[tuple[str, str]]:
        """The filters as (name, value) pairs, for links that keep them (paging, other pages)."""
        out: list[tuple[str, str]] = []
        for name in ("actor", "recipient", "event", "country"):
            out += [(name, v) for v in getattr(self, name)]
        for name in ("since", "until", "text", "story"):
            value = getattr(self, name)
            if value:
                out.append((name, value))
        return out

    def query(self, **extra: Any) -> str:
        """``actor=USA&since=2022`` plus ``extra`` (None values left out)."""
        pairs = self.pairs() + [(k, str(v)) for k, v in extra.items() if v is not None]
        return urlencode(pairs)

    @property
    def empty(self) -> bool:
        return not self.pairs()


def event_filters(
    actor: Annotated[list[str], Query(description="Actor code (USA, NATO) or name; repeat or comma-separate "
                                                  "for any of several.")] = [],  # noqa: B006 - FastAPI copies defaults
    recipient: Annotated[list[str], Query(description="Recipient code or name; repeatable.")] = [],  # noqa: B006
    event: Annotated[list[str], Query(description="PLOVER event type (ASSAULT, CONSULT, ...); repeatable.")] = [],  # noqa: B006
    country: Annotated[list[str], Query(description="Where it happened: ISO alpha-3 or alpha-2; repeatable.")] = [],  # noqa: B006
    since: Annotated[str | None, Query(description="From this day on: YYYY, YYYY-MM or YYYY-MM-DD.",
                                       pattern=DAY_PATTERN)] = None,
    until: Annotated[str | None, Query(description="Up to this day, inclusive (a month or year: its end).",
                                       pattern=DAY_PATTERN)] = None,
    text: Annotated[str | None, Query(description="Words in the evidence sentence (case-insensitive).",
                                      max_length=MAX_VALUE)] = None,
    story: Annotated[str | None, Query(description="Only the events of this story.", max_length=MAX_VALUE)] = None,
) -> Filters:
    """FastAPI dependency: the filters of ``eventwire events``, from the query string."""
    since = since.strip() if since and since.strip() else None
    until = until.strip() if until and until.strip() else None
    text = next(iter(_clean("text", [text] if text else [])), None)
    story = next(iter(_clean("story", [story.strip()] if story else [])), None)
    return Filters(actor=_clean("actor", actor), recipient=_clean("recipient", recipient),
                   event=_clean("event", event), country=_clean("country", country), since=since, until=until,
                   text=text, story=story)

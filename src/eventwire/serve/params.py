"""Query parameters shared by the API and the pages: the event filters and paging.

Why one definition: ``/api/events?actor=USA``, ``/events?actor=USA`` (the page) and
``eventwire events --actor USA`` must select the same events, so all three hand the same
keyword arguments to :meth:`eventwire.store.Store.events`, which builds the store's
:class:`~eventwire.store.query.EventFilter`. Values are checked here only for what the store
does not check (length, control characters); dates and event types are checked by the store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Query
from pydantic import StringConstraints

from ..records import PLOVER_EVENTS
from ..store.query import EventFilter
from .errors import ApiError

MAX_VALUE = 200
MAX_VALUES = 50
REPEATABLE = frozenset({"actor", "recipient", "event", "country"})  # every other parameter is given once
NO_CONTROL = "^[^\\x00-\\x1f\\x7f-\\x9f]*$"
EVENT_LIST = "^({0})(,({0}))*$".format("|".join(PLOVER_EVENTS))
# A year or a month by pattern, a day as a calendar date (2023-02-30 would match a pattern but is
# no day), or empty (a form's blank field): every value the schema allows is one the store takes.
YEAR_OR_MONTH = re.compile(r"[1-9][0-9]{3}(-(0[1-9]|1[0-2]))?")
DAY_SCHEMA = {"anyOf": [{"type": "string", "pattern": f"^{YEAR_OR_MONTH.pattern}$"},
                        {"type": "string", "format": "date"}, {"type": "string", "maxLength": 0}, {"type": "null"}]}

Value = Annotated[str, StringConstraints(max_length=MAX_VALUE, pattern=NO_CONTROL)]


def _listed(description: str, pattern: str | None = None) -> Any:
    """A repeatable query parameter: items checked (length, no control characters), 50 at most."""
    item = Annotated[str, StringConstraints(max_length=MAX_VALUE * 4, pattern=pattern)] if pattern else Value
    return Annotated[list[item], Query(description=description, json_schema_extra={"maxItems": MAX_VALUES})]  # type: ignore[valid-type]


def _clean(name: str, values: list[str]) -> list[str]:
    """Blank values dropped (a form's empty field); more than :data:`MAX_VALUES` refused."""
    if len(values) > MAX_VALUES:
        raise ApiError(400, "bad_request", f"{name}: at most {MAX_VALUES} values")
    return [v for v in values if v.strip()]


def _day(name: str, value: str | None) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD exactly as the schema says (the store then checks the calendar)."""
    if not value:
        return None
    if YEAR_OR_MONTH.fullmatch(value) or re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        return value
    raise ApiError(400, "bad_request", f"{name}: {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")


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


async def event_filters(
    actor: _listed("Actor code (USA, NATO) or name; repeat or comma-separate for any of several.") = [],  # noqa: B006
    recipient: _listed("Recipient code or name; repeatable.") = [],  # noqa: B006 - FastAPI copies defaults
    event: _listed("PLOVER event type in capitals (ASSAULT, or ASSAULT,COERCE); repeatable.", EVENT_LIST) = [],  # noqa: B006
    country: _listed("Where it happened: ISO alpha-3 or alpha-2; repeatable.") = [],  # noqa: B006
    since: Annotated[str | None, Query(description="From this day on: YYYY, YYYY-MM or YYYY-MM-DD.",
                                       json_schema_extra=DAY_SCHEMA)] = None,
    until: Annotated[str | None, Query(description="Up to this day, inclusive (a month or year: its end).",
                                       json_schema_extra=DAY_SCHEMA)] = None,
    text: Annotated[Value | None, Query(description="Words in the evidence sentence (case-insensitive).")] = None,
    story: Annotated[Value | None, Query(description="Only the events of this story.")] = None,
) -> Filters:
    """FastAPI dependency: the filters of ``eventwire events``, from the query string.

    ``async`` only so FastAPI runs it on the event loop (it does no I/O): a thread hop per request
    costs more than the work."""
    return Filters(actor=_clean("actor", actor), recipient=_clean("recipient", recipient),
                   event=_clean("event", event), country=_clean("country", country), since=_day("since", since),
                   until=_day("until", until), text=text if text and text.strip() else None,
                   story=story.strip() if story and story.strip() else None)

"""The events' filter columns held in memory, so a page of ``/api/events`` needs no scan.

Why: under many concurrent readers the server is CPU-bound, and most of a missed page's CPU was
DuckDB's filtered, sorted scan (3–5 ms at 100,000 events, bench/serve_load.py), most of it
decoding the actor, recipient and country lists of every row for one ``list_contains``. Stored
events change only when this server writes, so it can read the filter columns once, in the
store's order (``ORDER`` in :mod:`eventwire.store.query`), and keep, for each actor, recipient and
country code and each event type, the sorted positions of its events. A filter is then a few
array intersections, a date range is a binary search (dates are the first sort key), the total
is a length and the page is a slice: tens of microseconds instead of milliseconds.

What it answers: codes, event types, countries and dates, exactly as the SQL in
:meth:`~eventwire.store.query.EventFilter.where` does (tests compare the two on random filters).
Everything else (free text, actor names, stories) goes to DuckDB as before, and so does every
request while the index is being built or is older than the database. After this server writes,
the index is rebuilt in the background once writes have paused for ``quiet`` seconds, and never
more than a tenth of the time: a server taking a page every two seconds would otherwise spend a
core rebuilding an index that is stale before it is used.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import numpy as np

from ..store.query import ORDER, EventFilter, is_code

# Positions of events in the store's order; int32 holds two billion events.
Positions = np.ndarray

_ORDERED = f"(SELECT row_number() OVER (ORDER BY {ORDER}) - 1 AS pos, e.* FROM events e)"
_NO_DATE = np.iinfo(np.int32).max  # NULLS LAST: undated events sort after every day


class FilterIndex:
    """Sorted event positions per filter value, for one database generation."""

    def __init__(self, generation: int, ids: np.ndarray, days: np.ndarray,
                 postings: dict[str, dict[str, Positions]]) -> None:
        self.generation = generation
        self.ids = ids            # event id by position
        self.days = days          # event_date as days since 1970 by position (_NO_DATE when unknown)
        self.postings = postings  # "actor" / "recipient" / "country" / "event" → value → positions

    @classmethod
    def read(cls, cursor: Any, generation: int) -> FilterIndex:
        """Read the filter columns once (one ordered pass per list column)."""
        scalars = cursor.sql(f"SELECT id, event, epoch_ms(event_date) // 86400000 AS day FROM {_ORDERED} "
                             "ORDER BY pos").fetchnumpy()
        ids = _compact(scalars["id"])
        day = scalars["day"]
        days = np.where(np.ma.getmaskarray(day), _NO_DATE, np.ma.filled(day, 0)).astype(np.int32)
        postings: dict[str, dict[str, Positions]] = {}
        for name, column in (("actor", "actor_codes"), ("recipient", "recipient_codes"), ("country", "country_codes")):
            rows = cursor.sql(f"SELECT c, list(DISTINCT pos ORDER BY pos) FROM (SELECT unnest({column}) AS c, pos "
                              f"FROM {_ORDERED}) WHERE c IS NOT NULL GROUP BY c").fetchall()
            postings[name] = {code: np.asarray(found, dtype=np.int32) for code, found in rows}
        events = np.asarray(scalars["event"], dtype=object)
        postings["event"] = {str(kind): np.flatnonzero(events == kind).astype(np.int32) for kind in set(events)}
        return cls(generation, ids, days, postings)

    @property
    def events(self) -> int:
        return len(self.ids)

    @property
    def bytes(self) -> int:
        held = self.ids.nbytes + self.days.nbytes
        return held + sum(found.nbytes for values in self.postings.values() for found in values.values())

    @staticmethod
    def answers(filters: EventFilter) -> bool:
        """Whether this filter is one the index answers exactly (no text, names, story or article)."""
        if filters.text or filters.story or filters.doc_id:
            return False
        return all(is_code(value) for value in filters.actor + filters.recipient)  # names need SQL

    def matches(self, filters: EventFilter) -> Positions | range:
        """Positions of the matching events, in the store's order."""
        low, high = 0, self.events
        if filters.since is not None or filters.until is not None:
            if filters.since is not None:
                low = int(np.searchsorted(self.days, _day(filters.since), side="left"))
            until = _day(filters.until) if filters.until is not None else _NO_DATE - 1
            high = max(low, int(np.searchsorted(self.days, until, side="right")))
        clauses = []
        for name, values in (("actor", filters.actor), ("recipient", filters.recipient),
                             ("event", filters.event), ("country", filters.country)):
            if values:
                table = self.postings[name]
                lists = [table[v] for v in dict.fromkeys(values) if v in table]
                if not lists:
                    return range(0)
                clauses.append(_union([_between(found, low, high) for found in lists]))
        if not clauses:
            return range(low, high)  # dates alone: the events are sorted by date
        clauses.sort(key=len)
        found = clauses[0]
        for other in clauses[1:]:
            found = _within(found, other)
        return found

    def page(self, filters: EventFilter, limit: int, offset: int) -> tuple[list[str], int]:
        """The ids of one page and the total: what the store's page query returns."""
        found = self.matches(filters)
        page = found[offset:offset + limit]
        chosen = self.ids[page.start:page.stop] if isinstance(page, range) else self.ids[page]
        return _texts(chosen), len(found)


def _between(found: Positions, low: int, high: int) -> Positions:
    """The positions in [low, high): a slice, since they are sorted."""
    return found[np.searchsorted(found, low, side="left"):np.searchsorted(found, high, side="left")]


def _union(lists: list[Positions]) -> Positions:
    """Sorted positions in any of ``lists`` (an event may hold two of the codes asked for), each once."""
    if len(lists) == 1:
        return lists[0]
    merged = np.sort(np.concatenate(lists), kind="stable")
    return merged[np.concatenate(([True], merged[1:] != merged[:-1]))] if len(merged) else merged


def _within(small: Positions, large: Positions) -> Positions:
    """The sorted positions of ``small`` that are also in ``large``: a binary search each."""
    if not len(small) or not len(large):
        return small[:0]
    at = np.minimum(np.searchsorted(large, small), len(large) - 1)
    return small[large[at] == small]


def _compact(ids: np.ndarray) -> np.ndarray:
    """Ids as fixed-width bytes (16 bytes each, not a Python string each); any other id kept as is."""
    try:
        return np.asarray([i.encode("ascii") for i in ids], dtype=bytes)
    except UnicodeEncodeError:
        return np.asarray(ids, dtype=object)


def _texts(ids: np.ndarray) -> list[str]:
    return [i.decode("ascii") for i in ids.tolist()] if ids.dtype.kind == "S" else [str(i) for i in ids.tolist()]


def _day(value: Any) -> int:
    return int(np.datetime64(value, "D").astype(np.int64))


class FilterIndexKeeper:
    """Builds the index in a background thread and hands it out only while it is current."""

    def __init__(self, database: Any, *, quiet: float = 5.0, share: float = 0.1) -> None:
        self.database = database
        self.quiet = quiet  # seconds without a write before a rebuild
        self.share = share  # most of the time spent building: a build of s seconds waits s / share - s after it
        self.index: FilterIndex | None = None
        self.status = "idle"
        self.seconds: float | None = None
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._cursor: Any = None
        self._ended = -float("inf")

    def current(self, filters: EventFilter) -> FilterIndex | None:
        """The index, if it is as new as the database and answers this filter; else start a rebuild."""
        index = self.index
        if index is not None and index.generation == self.database.generation:
            return index if FilterIndex.answers(filters) else None
        self.start()
        return None

    def start(self) -> None:
        """Build (again) unless a build is running, writes have not paused, or the last build was recent."""
        with self._lock:
            now = time.monotonic()
            running = self._thread is not None and self._thread.is_alive()
            pause = (self.seconds or 0.0) * (1 / self.share - 1)
            if running or now - self.database.changed_at < self.quiet or now - self._ended < pause:
                return
            self.status = "running"
            self._thread = threading.Thread(target=self._build, name="eventwire-filter-index", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Interrupt a build and wait for it: the database cannot close under a running query."""
        thread, cursor = self._thread, self._cursor
        if thread is None or not thread.is_alive():
            return
        if cursor is not None:
            cursor.interrupt()
        thread.join(10)

    def _build(self) -> None:
        began = time.perf_counter()
        try:
            generation = self.database.generation
            cursor = self._cursor = self.database.store().cursor()
        except Exception:  # noqa: BLE001 - busy or closed: pages use DuckDB until the next try
            self.status = "skipped"
            return
        try:
            index = FilterIndex.read(cursor, generation)
            if self.database.generation == generation:  # a write while reading: the next request retries
                self.index = index
            self.status = "done"
        except Exception as exc:  # noqa: BLE001 - an optimisation: never take the server down
            self.status = f"failed: {type(exc).__name__}"
        finally:
            self._cursor = None
            cursor.close()
            self.seconds = round(time.perf_counter() - began, 2)
            self._ended = time.monotonic()

    def state(self) -> dict[str, Any]:
        index = self.index
        return {"status": self.status, "seconds": self.seconds,
                "events": index.events if index else 0, "bytes": index.bytes if index else 0,
                "current": bool(index and index.generation == self.database.generation)}


__all__ = ["FilterIndex", "FilterIndexKeeper"]

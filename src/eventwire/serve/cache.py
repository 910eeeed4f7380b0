"""Answers kept in memory: the same GET on an unchanged database is not computed twice.

Why: a dashboard asks the same questions over and over (the first page of the table, the map,
the timeline, paging back), and between writes the database cannot change under a read-only
server. Entries are keyed by path, query string and the database's generation, which moves on
every write this server makes and every reconnection (after another process wrote the file), so
nothing stale is ever served. Bounded by entries and by bytes; least recently used go first.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass


@dataclass(frozen=True)
class Answer:
    """A response body as sent: bytes, media type, status."""

    body: bytes
    media_type: str
    status: int = 200


class AnswerCache:
    """An LRU of :class:`Answer` by (generation, path, query)."""

    def __init__(self, max_entries: int = 1024, max_bytes: int = 64 * 1024 * 1024) -> None:
        self.max_entries, self.max_bytes = max_entries, max_bytes
        self._items: OrderedDict[tuple[int, str, str], Answer] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: tuple[int, str, str]) -> Answer | None:
        """The cached answer, freshened, or None."""
        with self._lock:
            found = self._items.get(key)
            if found is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return found

    def peek(self, key: tuple[int, str, str]) -> Answer | None:
        """Like :meth:`get`, but a miss is not counted: the route that runs next will look again."""
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                self.hits += 1
            return found

    def put(self, key: tuple[int, str, str], answer: Answer) -> None:
        """Keep ``answer`` (not when caching is off, nor when it alone would fill an eighth of the budget)."""
        if self.max_entries <= 0 or len(answer.body) > self.max_bytes // 8:
            return
        with self._lock:
            if key in self._items:
                return
            self._items[key] = answer
            self._bytes += len(answer.body)
            while self._items and (len(self._items) > self.max_entries or self._bytes > self.max_bytes):
                _, old = self._items.popitem(last=False)
                self._bytes -= len(old.body)

    def has_room(self, size: int) -> bool:
        """Whether an answer of ``size`` bytes fits without pushing another out."""
        with self._lock:
            return len(self._items) < self.max_entries and self._bytes + size <= self.max_bytes

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {"entries": len(self._items), "bytes": self._bytes, "hits": self.hits, "misses": self.misses}

"""Pages of event records for ``/api/events``, and the memory that keeps them cheap.

Where a page's time goes (bench/serve_load.py, 100,000 events): finding the page's ids and the
total is one filtered, sorted scan of narrow columns (about 4 ms of CPU); fetching the 50 records
costs three times that, because DuckDB decodes a whole 2,048-row vector of the nested actor,
location and quantity lists to pull out one row, and turning rows into JSON records is another
5 ms of Python. Stored events never change, so each record is encoded once and kept, by id and
database generation, in a byte-bounded LRU (:class:`~eventwire.serve.cache.AnswerCache`); a page
is the page query plus the records joined as bytes. A read-only server can fill that memory in
the background at start-up (:func:`warm`), one sequential scan instead of many scattered fetches.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from ..store import Store
from ..store.formats import to_json
from ..store.query import ORDER, count_sql, event_records_sql, ids_where
from ..store.rows import event_from_row
from .cache import Answer, AnswerCache
from .filter_index import FilterIndexKeeper
from .params import Filters

# The columns ``event_from_row`` reads (plus story_id): a page of records fetches only these, not the
# events table's forty-odd columns (a third less work per page at 100,000 events; bench/serve_load.py).
RECORD_COLUMNS = ("id, doc_id, story_id, event, mode, context, cameo, quad_class, score, goldstein, date, "
                  "date_precision, date_text, negated, hypothetical, future, historical, evidence_text, "
                  "evidence_start, evidence_end, trigger, confidence, coder, actors, locations, quantities")
JSON = "application/json"


def event_record(row: dict[str, Any]) -> dict[str, Any]:
    """The event record (event.schema.json) of an ``events`` row, plus its story_id."""
    record = event_from_row(row).to_dict()
    record["story_id"] = row["story_id"]
    return record


def page_ids_with_total_sql(where: str, limit: int, offset: int) -> str:
    """The store's phase one (``page_ids_sql``: ids of one page, oldest first) with the match count
    on every row: counting in the same scan costs less than a second ``count(*)`` query."""
    cut = f" LIMIT {int(limit)}" + (f" OFFSET {int(offset)}" if offset else "")
    return f"SELECT e.id, count(*) OVER () FROM events e WHERE {where} ORDER BY {ORDER}{cut}"


def page_of_records(store: Store, filters: Filters, limit: int, offset: int, *,
                    known: AnswerCache | None = None, generation: int = 0,
                    index: FilterIndexKeeper | None = None) -> tuple[list[bytes], int]:
    """One page of event records, each encoded as JSON, and the total; records in ``known`` are reused,
    and the page's ids come from ``index`` when it is current and answers these filters (then a page
    whose records are all in memory opens no cursor at all)."""
    wanted = filters.build()
    current = index.current(wanted) if index is not None else None
    cursor = None
    try:
        if current is not None:
            ids, total = current.page(wanted, limit, offset)
        else:
            cursor = store.cursor()
            ids, total = _page_ids(cursor, *wanted.where(), limit, offset)
        encoded: dict[str, bytes] = {}
        if known is not None:
            for event_id in ids:
                hit = known.get((generation, "event", event_id))
                if hit is not None:
                    encoded[event_id] = hit.body
        missing = [event_id for event_id in ids if event_id not in encoded]
        if missing:
            cursor = cursor or store.cursor()
            rows = cursor.sql(f"SELECT {RECORD_COLUMNS} FROM ({event_records_sql(ids_where(missing))}) e",
                              params=missing).to_arrow_table().to_pylist()
            for row in rows:
                encoded[row["id"]] = body = to_json(event_record(row)).encode("utf-8")
                if known is not None:
                    known.put((generation, "event", row["id"]), Answer(body, JSON))
    finally:
        if cursor is not None:
            cursor.close()
    return [encoded[event_id] for event_id in ids if event_id in encoded], total


def _page_ids(cursor: Any, where: str, params: list[Any], limit: int, offset: int) -> tuple[list[str], int]:
    """The page's ids and the total from DuckDB: one filtered, sorted scan."""
    found = cursor.execute(page_ids_with_total_sql(where, limit, offset), params).fetchall()
    if found:
        return [row[0] for row in found], int(found[0][1])
    if offset == 0 and limit > 0:
        return [], 0
    # past the end, or no rows asked for: the window saw no row to count
    return [], int(cursor.execute(count_sql(where), params).fetchall()[0][0])


class Warmer:
    """Fills a record cache from one scan of the events table, in a background thread.

    Stops when the cache's budget is full (a store larger than the budget keeps its first records
    and the LRU takes over from there), when the database generation moves on (what it read is
    stale), or when asked to. ``state()`` is shown on ``/api/ingest``; bench/serve_load.py waits
    for it before measuring.
    """

    def __init__(self, database: Any, known: AnswerCache, batch: int = 2048) -> None:
        self.database, self.known, self.batch = database, known, batch
        self.records = 0
        self.status = "idle"
        self.seconds: float | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self.status = "running"  # before the thread runs: a caller polling state() sees it at once
        self._thread = threading.Thread(target=self._run, name="eventwire-warm-records", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)

    def state(self) -> dict[str, Any]:
        return {"status": self.status, "records": self.records, "seconds": self.seconds}

    def _run(self) -> None:
        started = time.perf_counter()
        try:
            generation = self.database.generation
            cursor = self.database.store().cursor()
        except Exception:  # noqa: BLE001 - busy or closed: the cache fills as pages are asked for
            self.status = "skipped"
            return
        try:
            reader = cursor.sql(f"SELECT {RECORD_COLUMNS} FROM events").fetch_record_batch(self.batch)
            for chunk in reader:
                for row in chunk.to_pylist():
                    if self._stop.is_set() or self.database.generation != generation:
                        self.status = "stopped"
                        return
                    body = to_json(event_record(row)).encode("utf-8")
                    if not self.known.has_room(len(body)):
                        self.status = "full"
                        return
                    self.known.put((generation, "event", row["id"]), Answer(body, JSON))
                    self.records += 1
            self.status = "done"
        except Exception as exc:  # noqa: BLE001 - warming is an optimisation: never take the server down
            self.status = f"failed: {type(exc).__name__}"
        finally:
            cursor.close()
            self.seconds = round(time.perf_counter() - started, 1)


__all__ = ["RECORD_COLUMNS", "Warmer", "event_record", "page_of_records"]

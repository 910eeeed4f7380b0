"""Query results that become records, rows, DataFrames or files, as the caller prefers.

Why one lazy object per query: the CLI wants a file in a format, a notebook wants a DataFrame,
a script wants typed records, and all three must be the same query. Nothing runs until asked,
rows stream from DuckDB in Arrow batches (a million-event export never sits in memory), and
every run of a query uses its own cursor so an unfinished result never blocks the next one.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import StoreUsageError
from . import acled, gdelt
from .formats import write_delimited, write_geojson, write_jsonl, write_table
from .query import (ARTICLE_COLUMNS, EventFilter, count_sql, event_records_sql, event_rows_sql, ids_where,
                    page_ids_sql)
from .rows import article_from_row, event_from_row

if TYPE_CHECKING:
    import pandas

    from .api import Store

BATCH = 10_000


@dataclass
class Story:
    """One happening reported by one or more articles: the ``stories`` row as a record."""

    story_id: str
    event: str
    actor_codes: list[str]
    recipient_codes: list[str]
    country_codes: list[str]
    date_first: date | None
    date_last: date | None
    first_seen: datetime | None
    last_seen: datetime | None
    num_events: int
    num_articles: int
    num_sources: int
    lead_event_id: str
    title: str | None


class Results:
    """A query not yet run. Iterate for records; ``df()``, ``rows()``, ``count()``, ``write()`` for the rest."""

    formats: tuple[str, ...] = ("table", "jsonl", "csv", "tsv", "parquet")
    table_columns: tuple[tuple[str, str, int], ...] = ()

    def __init__(self, store: Store, rows_sql: str, count_sql: str, params: list[Any]) -> None:
        self._store = store
        self._rows_sql = rows_sql
        self._count_sql = count_sql
        self._params = params

    def _query(self, kind: str = "rows") -> tuple[str, list[Any]]:
        """The SQL and parameters that produce the rows of ``kind`` (``rows`` or ``records``)."""
        return self._rows_sql, self._params

    # -- running --------------------------------------------------------------------------------
    def _stream(self, kind: str = "rows") -> Iterator[dict[str, Any]]:
        sql, params = self._query(kind)
        cursor = self._store.cursor()
        try:
            for batch in cursor.sql(sql, params=params).to_arrow_reader(BATCH):
                yield from batch.to_pylist()
        finally:
            cursor.close()

    def rows(self) -> Iterator[dict[str, Any]]:
        """Flat rows (one dict per result, the DataFrame's columns), streamed."""
        return self._stream("rows")

    def arrow(self) -> pa.Table:
        """The flat rows as an Arrow table."""
        sql, params = self._query()
        cursor = self._store.cursor()
        try:
            return cursor.sql(sql, params=params).to_arrow_table()
        finally:
            cursor.close()

    def df(self) -> pandas.DataFrame:
        """The flat rows as a pandas DataFrame (via Arrow, as ``pandas.read_parquet`` would give)."""
        return self.arrow().to_pandas()

    def count(self) -> int:
        """How many results match, ignoring ``limit`` and ``offset``."""
        cursor = self._store.cursor()
        try:
            return int(cursor.execute(self._count_sql, self._params).fetchall()[0][0])
        finally:
            cursor.close()

    def records(self) -> list[Any]:
        return list(self)

    def __iter__(self) -> Iterator[Any]:
        return self.rows()

    # -- writing --------------------------------------------------------------------------------
    def write(self, target: str | Path | IO[Any] | None = None, format: str = "jsonl") -> int:
        """Write the results to a path, an open file, or stdout; returns how many were written."""
        if format not in self.formats:
            raise StoreUsageError(f"format {format!r}: one of {', '.join(self.formats)}")
        if format == "parquet":
            return self._write_parquet(target)
        if target is None or target == "-":
            return self._write_text(sys.stdout, format)
        if isinstance(target, (str, Path)):
            with open(target, "w", encoding="utf-8", newline="") as handle:
                return self._write_text(handle, format)
        return self._write_text(target, format)

    def _write_parquet(self, target: str | Path | IO[Any] | None) -> int:
        if target is None or target == "-":
            if sys.stdout.isatty():
                raise StoreUsageError("parquet is a binary format: give -o FILE or redirect stdout")
            target = sys.stdout.buffer
        sql, params = self._query()
        cursor = self._store.cursor()
        written = 0
        try:
            reader = cursor.sql(sql, params=params).to_arrow_reader(BATCH)
            with pq.ParquetWriter(target, reader.schema, compression="zstd") as writer:
                for batch in reader:
                    writer.write_batch(batch)
                    written += batch.num_rows
        finally:
            cursor.close()
        return written

    def _write_text(self, out: IO[str], format: str) -> int:
        if format == "jsonl":
            return write_jsonl(self._json_rows(), out)
        if format in ("csv", "tsv"):
            columns = self._columns()
            return write_delimited(self.rows(), out, columns, delimiter="," if format == "csv" else "\t")
        if format == "table":
            return write_table(self.rows(), out, self.table_columns)
        return self._write_special(out, format)

    def _json_rows(self) -> Iterator[dict[str, Any]]:
        return self.rows()

    def _write_special(self, out: IO[str], format: str) -> int:
        raise StoreUsageError(f"format {format!r} is not available here")

    def _columns(self) -> list[str]:
        sql, params = self._query()
        cursor = self._store.cursor()
        try:
            return [d[0] for d in cursor.sql(sql, params=params).limit(0).description]
        finally:
            cursor.close()


class EventResults(Results):
    """Events: records are :class:`~eventwire.records.Event`; rows are flat, one per event."""

    formats = ("table", "jsonl", "csv", "tsv", "parquet", "geojson", "plover", "gdelt", "acled")
    table_columns = (("event_date", "date", 10), ("event", "event", 9), ("actor_codes", "actors", 11),
                     ("recipient_codes", "recipients", 11), ("place", "place", 14), ("story_sources", "src", 3),
                     ("id", "id", 16), ("evidence", "evidence", 40))

    def __init__(self, store: Store, filters: EventFilter, limit: int | None = None, offset: int = 0) -> None:
        self._where, params = filters.where()
        super().__init__(store, event_rows_sql(self._where), count_sql(self._where), params)
        self._limit, self._offset = limit, offset
        self.left_out = 0  # set by exports that drop events (geojson without coordinates, acled out of scope)

    def _query(self, kind: str = "rows") -> tuple[str, list[Any]]:
        """All matches in one query; a page (``limit``) in two, see :func:`query.page_ids_sql`."""
        build = event_rows_sql if kind == "rows" else event_records_sql
        if self._limit is None:
            return build(self._where), self._params
        cursor = self._store.cursor()
        try:
            ids = [r[0] for r in cursor.execute(page_ids_sql(self._where, self._limit, self._offset),
                                                self._params).fetchall()]
        finally:
            cursor.close()
        return build(ids_where(ids)), ids

    def record_rows(self) -> Iterator[dict[str, Any]]:
        """Whole ``events`` rows, actors, locations and quantities included (for records and exports)."""
        return self._stream("records")

    def __iter__(self) -> Iterator[Any]:
        for row in self.record_rows():
            yield event_from_row(row)

    def _json_rows(self) -> Iterator[dict[str, Any]]:
        """PLOVER-named event records (``event.schema.json``) plus their ``story_id``."""
        for row in self.record_rows():
            record = event_from_row(row).to_dict()
            record["story_id"] = row["story_id"]
            yield record

    def _write_special(self, out: IO[str], format: str) -> int:
        if format == "plover":
            return write_jsonl(self._json_rows(), out)
        if format == "geojson":
            written, self.left_out = write_geojson(self.rows(), out)
            return written
        shaped: Callable[[dict[str, Any]], dict[str, Any] | None]
        columns, shaped, delimiter = ((gdelt.COLUMNS, gdelt.row, "\t") if format == "gdelt"
                                      else (acled.COLUMNS, acled.row, ","))
        kept = self._shaped(shaped)
        return write_delimited(kept, out, columns, delimiter=delimiter)

    def _shaped(self, shape: Callable[[dict[str, Any]], dict[str, Any] | None]) -> Iterator[dict[str, Any]]:
        self.left_out = 0
        for row in self.record_rows():
            shaped = shape(row)
            if shaped is None:
                self.left_out += 1
            else:
                yield shaped


class ArticleResults(Results):
    """Articles: records are :class:`~eventwire.records.Article`; rows hold status and reason."""

    table_columns = (("status", "status", 8), ("reason_code", "code", 5), ("published", "published", 10),
                     ("source_id", "source", 18), ("num_events", "ev", 3), ("doc_id", "doc_id", 16),
                     ("title", "title or reason", 40))

    def __init__(self, store: Store, where: str, params: list[Any], limit: int | None = None,
                 offset: int = 0) -> None:
        cut = (f" LIMIT {int(limit)}" if limit is not None else "") + (f" OFFSET {int(offset)}" if offset else "")
        super().__init__(store, f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE {where} ORDER BY doc_id{cut}",
                         f"SELECT count(*) FROM articles WHERE {where}", params)
        self._records_sql = f"SELECT * FROM articles WHERE {where} ORDER BY doc_id{cut}"

    def _query(self, kind: str = "rows") -> tuple[str, list[Any]]:
        return (self._rows_sql if kind == "rows" else self._records_sql), self._params

    def rows(self) -> Iterator[dict[str, Any]]:
        for row in super().rows():
            if row["status"] != "ok" or not row["title"]:
                row["title"] = row["title"] or row["reason"]
            yield row

    def __iter__(self) -> Iterator[Any]:
        for row in self._stream("records"):
            yield article_from_row(row)

    def _json_rows(self) -> Iterator[dict[str, Any]]:
        for row in self._stream("records"):
            yield {**article_from_row(row).to_dict(), "num_events": row["num_events"]}


class StoryResults(Results):
    """Stories: records are :class:`Story`; the most reported first."""

    table_columns = (("date_first", "date", 10), ("event", "event", 9), ("actor_codes", "actors", 11),
                     ("recipient_codes", "recipients", 11), ("num_sources", "src", 3), ("num_articles", "art", 3),
                     ("story_id", "story_id", 16), ("title", "title", 40))

    def __init__(self, store: Store, where: str, params: list[Any], limit: int | None = None,
                 offset: int = 0) -> None:
        cut = (f" LIMIT {int(limit)}" if limit is not None else "") + (f" OFFSET {int(offset)}" if offset else "")
        super().__init__(store, f"SELECT * FROM stories WHERE {where} "
                                f"ORDER BY num_sources DESC, num_articles DESC, date_first, story_id{cut}",
                         f"SELECT count(*) FROM stories WHERE {where}", params)

    def __iter__(self) -> Iterator[Any]:
        names = {f.name for f in fields(Story)}
        for row in self.rows():
            yield Story(**{k: v for k, v in row.items() if k in names})

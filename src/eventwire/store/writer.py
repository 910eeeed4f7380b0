"""Writing processed documents: one transaction per batch, idempotent by content-hash ids.

Why per batch: a run over a million pages must survive being killed at any moment. Each batch
(its inputs, articles, events with their actors/places/counts, the stories they touch, the
outlets' counters and the run's progress) commits whole or not at all, so a killed run leaves
only complete batches, and running it again skips the inputs already stored and writes the
rest: the same rows an uninterrupted run gives.

Articles are immutable by ``doc_id``: the first version stored wins, and a later input with the
same id (the same URL re-fetched, a duplicate file) adds an ``inputs`` row pointing at it but no
second article and no second set of events.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import duckdb
import pyarrow as pa

from ..ids import short_hash
from ..records import Article, Event, RawDocument
from . import stories
from .connection import explain
from .rows import (ACTOR_SCHEMA, ARTICLE_SCHEMA, EVENT_SCHEMA, LOCATION_SCHEMA, QUANTITY_SCHEMA,
                   article_row, event_rows, source_of)


def input_id(raw: RawDocument) -> str:
    """Content hash of one input: where it came from and exactly which bytes it held."""
    return short_hash("input", raw.source, hashlib.sha256(raw.data).hexdigest())


INPUT_SCHEMA = pa.schema([("input_id", pa.string()), ("source", pa.string()), ("doc_id", pa.string()),
                          ("bytes", pa.int64()), ("run_id", pa.string())])


@dataclass
class Document:
    """One processed input on its way into the store."""

    article: Article
    events: list[Event] = field(default_factory=list)
    input_id: str | None = None
    input_bytes: int | None = None


@dataclass
class BatchResult:
    """What one batch added, for the run's summary."""

    documents: int = 0
    articles_added: int = 0
    duplicates: int = 0
    events_added: int = 0
    skipped: list[Article] = field(default_factory=list)


def _register(con: duckdb.DuckDBPyConnection, name: str, rows: list[dict[str, Any]], schema: pa.Schema) -> None:
    con.register(name, pa.Table.from_pylist(rows, schema=schema))


def _existing(con: duckdb.DuckDBPyConnection, table: str, column: str, values: list[str],
              with_status: bool = False) -> dict[str, Any]:
    """Which of ``values`` the table already holds, each with its ``status`` column when asked."""
    if not values:
        return {}
    con.register("_probe", pa.table({"v": values}))
    extra = ", t.status" if with_status else ", NULL"
    try:
        return dict(con.execute(
            f"SELECT t.{column}{extra} FROM {table} t JOIN _probe p ON t.{column} = p.v").fetchall())
    finally:
        con.unregister("_probe")


def known_inputs(con: duckdb.DuckDBPyConnection, ids: list[str]) -> set[str]:
    """Input ids already stored: their documents are skipped without being read again."""
    return set(_existing(con, "inputs", "input_id", ids))


def write_batch(con: duckdb.DuckDBPyConnection, documents: Sequence[Document], *, run_id: str | None,
                path: str = "") -> BatchResult:
    """Store a batch of processed documents in one transaction; roll back whole on any failure."""
    try:
        con.execute("BEGIN TRANSACTION")
        try:
            result = _write(con, documents, run_id)
            con.execute("COMMIT")
        except BaseException:
            try:
                con.execute("ROLLBACK")
            except duckdb.Error:
                pass  # the database may already have refused the transaction; nothing was kept
            raise
    except duckdb.Error as exc:
        raise explain(exc, path, writing=True) from exc
    return result


def _write(con: duckdb.DuckDBPyConnection, documents: Sequence[Document], run_id: str | None) -> BatchResult:
    result = BatchResult(documents=len(documents), skipped=[d.article for d in documents if not d.article.ok])
    # An input whose document hit an unexpected error is not marked as read, so the next run retries it.
    inputs = [{"input_id": d.input_id, "source": d.article.source, "doc_id": d.article.doc_id,
               "bytes": d.input_bytes, "run_id": run_id} for d in documents
              if d.input_id and d.article.status != "error"]
    new_docs = _new_documents(con, documents)
    fresh = {id(d) for d in new_docs}
    result.duplicates = sum(1 for d in documents if d.article.ok and id(d) not in fresh)

    article_rows, event_rows_, actors, locations, quantities = [], [], [], [], []
    seen = set(_existing(con, "events", "id", [e.id for d in new_docs for e in d.events]))
    for doc in new_docs:
        row = article_row(doc.article, num_events=0, run_id=run_id)
        for event in doc.events:
            if event.id in seen:  # already stored, or earlier in this batch
                continue
            seen.add(event.id)
            erow, a, loc, q = event_rows(event, article=row, run_id=run_id)
            event_rows_.append(erow)
            actors += a
            locations += loc
            quantities += q
            row["num_events"] += 1
        article_rows.append(row)

    update = stories.plan(con, [stories.member_from_row(erow) for erow in event_rows_])
    for erow in event_rows_:
        erow["story_id"], erow["story_events"], erow["story_articles"], erow["story_sources"] = \
            update.new_story[erow["id"]]

    _insert(con, "inputs", inputs, INPUT_SCHEMA, conflict=True)
    _insert(con, "articles", article_rows, ARTICLE_SCHEMA)
    _insert(con, "events", event_rows_, EVENT_SCHEMA)
    _insert(con, "event_actors", actors, ACTOR_SCHEMA)
    _insert(con, "event_locations", locations, LOCATION_SCHEMA)
    _insert(con, "event_quantities", quantities, QUANTITY_SCHEMA)
    stories.apply(con, update)
    _count_sources(con, [d.article for d in new_docs], article_rows)
    result.articles_added = len(article_rows)
    result.events_added = len(event_rows_)
    if run_id:
        con.execute("""UPDATE runs SET documents = documents + ?, articles_added = articles_added + ?,
                       events_added = events_added + ?, skipped = skipped + ? WHERE run_id = ?""",
                    [result.documents, result.articles_added, result.events_added, len(result.skipped), run_id])
    return result


def _new_documents(con: duckdb.DuckDBPyConnection, documents: Sequence[Document]) -> list[Document]:
    """The batch's documents whose article is not stored yet (the first of each ``doc_id``).

    An article stored with status ``error`` (an unexpected failure) is deleted here when the
    batch brings a version that worked, so the new one takes its place.
    """
    firsts: dict[str, Document] = {}
    for doc in documents:
        firsts.setdefault(doc.article.doc_id, doc)
    stored = _existing(con, "articles", "doc_id", list(firsts), with_status=True)
    retried = [doc_id for doc_id, status in stored.items()
               if status == "error" and firsts[doc_id].article.status != "error"]
    if retried:
        con.register("_retried", pa.table({"doc_id": retried}))
        try:
            con.execute("DELETE FROM articles WHERE doc_id IN (SELECT doc_id FROM _retried)")
        finally:
            con.unregister("_retried")
        for doc_id in retried:
            del stored[doc_id]
    return [d for doc_id, d in firsts.items() if doc_id not in stored]


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]], schema: pa.Schema,
            *, conflict: bool = False) -> None:
    if not rows:
        return
    _register(con, "_rows", rows, schema)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _rows" + (" ON CONFLICT DO NOTHING" if conflict else ""))
    finally:
        con.unregister("_rows")


def _count_sources(con: duckdb.DuckDBPyConnection, articles: list[Article], rows: list[dict[str, Any]]) -> None:
    """Add the batch's new articles to their outlets' counters (creating outlets on first sight)."""
    per_source: dict[str, dict[str, Any]] = {}
    for article, row in zip(articles, rows):
        source_id, name, domain = source_of(article)
        if not source_id:
            continue
        entry = per_source.setdefault(source_id, {"source_id": source_id, "name": name, "domain": domain,
                                                  "num_articles": 0, "first_published": None,
                                                  "last_published": None})
        entry["name"] = entry["name"] or name
        entry["num_articles"] += 1
        moment = row["published_at"]
        if moment is not None:
            entry["first_published"] = min(filter(None, (entry["first_published"], moment)))
            entry["last_published"] = max(filter(None, (entry["last_published"], moment)))
    if not per_source:
        return
    _register(con, "_sources", list(per_source.values()), pa.schema([
        ("source_id", pa.string()), ("name", pa.string()), ("domain", pa.string()), ("num_articles", pa.int64()),
        ("first_published", pa.timestamp("us")), ("last_published", pa.timestamp("us"))]))
    try:
        con.execute("""INSERT INTO sources BY NAME SELECT * FROM _sources ON CONFLICT (source_id) DO UPDATE SET
                       num_articles = sources.num_articles + excluded.num_articles,
                       name = coalesce(sources.name, excluded.name),
                       first_published = least(sources.first_published, excluded.first_published),
                       last_published = greatest(sources.last_published, excluded.last_published)""")
    finally:
        con.unregister("_sources")

"""``open_store(path)``: the event store from Python, with the CLI's verbs.

``eventwire events --actor USA`` is ``store.events(actor="USA")``; ``eventwire run`` is
``store.run(inputs)``; ``eventwire export --format gdelt`` is ``store.export(path, "gdelt")``
(the sqlite-utils pairing: one verb, one set of options, two faces).

    >>> store = open_store("events.duckdb")                       # doctest: +SKIP
    >>> store.events(actor="RUS", event="ASSAULT", since="2022-02").df()   # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import IO, Any, BinaryIO

import duckdb

from ..errors import StoreError
from ..pipeline import ExtractOptions
from .connection import connect, default_path, explain
from .query import EventFilter, article_where, story_where
from .results import ArticleResults, EventResults, StoryResults
from .run import BATCH, RunSummary, run_inputs
from .schema import TABLES
from .workers import CoderSpec


class Store:
    """An eventwire database: run inputs into it, query events, articles and stories, export them."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False, create: bool = True) -> None:
        self.path = str(path) if path is not None else default_path()
        self.read_only = read_only
        self._con: duckdb.DuckDBPyConnection | None = connect(self.path, read_only=read_only, create=create)

    # -- plumbing --------------------------------------------------------------------------------
    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection, for SQL of your own (see docs/schema.md for the tables)."""
        if self._con is None:
            raise StoreError(f"{self.path}: the store is closed")
        return self._con

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A fresh cursor: each query gets one, so an unread result never blocks another."""
        return self.connection.cursor()

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.path!r}{', read_only=True' if self.read_only else ''})"

    def sql(self, query: str, params: list[Any] | None = None) -> Any:
        """Run SQL of your own and get a pandas DataFrame."""
        cursor = self.cursor()
        try:
            return cursor.sql(query, params=params).to_arrow_table().to_pandas()
        except duckdb.Error as exc:
            raise explain(exc, self.path) from exc
        finally:
            cursor.close()

    def counts(self) -> dict[str, int]:
        """Rows per table: what a run added, at a glance."""
        cursor = self.cursor()
        try:
            return {t: int(cursor.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]) for t in TABLES}
        finally:
            cursor.close()

    # -- the verbs ---------------------------------------------------------------------------------
    def run(self, inputs: Iterable[str] | str, *, jobs: int = 1, coder: CoderSpec = None,
            max_bytes: int | None = None, stdin: BinaryIO | None = None, batch_size: int = BATCH,
            progress: Callable[[int], None] | None = None) -> RunSummary:
        """Ingest, code and store ``inputs`` (files, directories, globs, ``-``); resumable, idempotent.

        ``coder`` replaces the built-in coder: a function from AnnotatedArticle to Events, or its
        ``"module:function"`` name (required with ``jobs`` > 1, so workers can import it).
        """
        names = [inputs] if isinstance(inputs, str) else list(inputs)
        options = ExtractOptions(max_bytes=max_bytes) if max_bytes else ExtractOptions()
        return run_inputs(self.connection, names, path=self.path, jobs=jobs, coder=coder, options=options,
                          stdin=stdin, batch_size=batch_size, progress=progress)

    def events(self, *, actor: Any = None, recipient: Any = None, event: Any = None, country: Any = None,
               since: str | date | None = None, until: str | date | None = None, text: str | None = None,
               story: str | None = None, doc_id: str | None = None, limit: int | None = None,
               offset: int = 0) -> EventResults:
        """Events matching every given filter, oldest first (by event day, then ``event_key``).

        ``actor``/``recipient``: codes (``USA``, ``NATO``) or names (``Biden``); ``event``: PLOVER
        types; ``country``: where it happened (ISO alpha-3 or alpha-2); ``since``/``until``:
        ``YYYY[-MM[-DD]]``, inclusive; ``text``: words in the evidence sentence. Lists mean "any of".
        """
        filters = EventFilter.build(actor=actor, recipient=recipient, event=event, country=country, since=since,
                                    until=until, text=text, story=story, doc_id=doc_id)
        return EventResults(self, filters, limit, offset)

    def articles(self, *, failed: bool = False, status: str | None = None, source: str | None = None,
                 doc_id: str | None = None, limit: int | None = None, offset: int = 0) -> ArticleResults:
        """Articles with their status and reason; ``failed=True`` for those not ``ok``."""
        where, params = article_where(failed=failed, status=status, source=source, doc_id=doc_id)
        return ArticleResults(self, where, params, limit, offset)

    def stories(self, *, actor: Any = None, recipient: Any = None, event: Any = None, country: Any = None,
                since: str | date | None = None, until: str | date | None = None, text: str | None = None,
                story: str | None = None, min_sources: int = 1, limit: int | None = None,
                offset: int = 0) -> StoryResults:
        """Stories (one happening, however many copies), the most widely reported first."""
        filters = EventFilter.build(actor=actor, recipient=recipient, event=event, country=country, since=since,
                                    until=until, text=text, story=story)
        where, params = story_where(filters, min_sources=min_sources)
        return StoryResults(self, where, params, limit, offset)

    def export(self, target: str | Path | IO[Any] | None, format: str, **filters: Any) -> int:
        """Write events in a format of the field: ``plover``, ``gdelt``, ``acled``, ``parquet``, ``geojson``
        (or ``jsonl``, ``csv``, ``tsv``); ``filters`` are those of :meth:`events`. Returns rows written."""
        return self.events(**filters).write(target, format)


def open_store(path: str | Path | None = None, *, read_only: bool = False) -> Store:
    """Open (or create) an eventwire database; ``$EVENTWIRE_DB`` or ``eventwire.duckdb`` by default.

    ``read_only=True`` never creates or migrates a file, and lets several readers share one.
    """
    return Store(path, read_only=read_only, create=not read_only)

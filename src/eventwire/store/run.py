"""``eventwire run``: read inputs, code them and store them, resumably.

A run is identified by what it reads (its inputs and its coder), so running the same command
again is the same run resumed: inputs whose exact bytes are already stored are skipped before
they are read by any stage, and the rest is processed and written batch by batch. Killing it at
any moment loses at most the batch in flight.
"""

from __future__ import annotations

import os
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, BinaryIO

import duckdb

from .. import __version__
from ..ids import short_hash
from ..ingest.sources import URL_LIST, count_documents, is_url, iter_sources
from ..pipeline import ExtractOptions
from ..records import Article, RawDocument
from .connection import explain
from .workers import CoderSpec, Item, coder_name, process_chunks
from .writer import Document, input_id, known_inputs, write_batch

if TYPE_CHECKING:
    from ..ingest.fetch import FetchOptions, Fetcher

CHUNK = 16          # documents per worker task (and per spaCy batch)
BATCH = 256         # documents per transaction at most
BATCH_SECONDS = 5.0  # ... or fewer, so a slow run still commits often


@dataclass
class RunSummary:
    """What a run did, for the closing lines on stderr and for scripts."""

    run_id: str
    documents: int = 0
    already_stored: int = 0
    articles_added: int = 0
    duplicates: int = 0
    events_added: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    def lines(self) -> list[str]:
        """The summary in words: documents, events, skipped with reasons."""
        rate = f" in {self.seconds:.1f} s" if self.seconds else ""
        first = (f"{self.documents:,} documents{rate}: {self.articles_added:,} new articles, "
                 f"{self.events_added:,} new events")
        if self.already_stored:
            first += f", {self.already_stored:,} already stored (not read again)"
        if self.duplicates:
            first += f", {self.duplicates:,} duplicate{'s' if self.duplicates > 1 else ''} of stored articles"
        out = [first]
        if self.skipped:
            out.append(f"skipped {self.skipped_total:,} (see `eventwire articles --failed`):")
            out += [f"  {n:>6,}  {reason}" for reason, n in self.skipped.most_common()]
        return out


def skip_reason(article: Article) -> str:
    """A reason without the document's path, so that like reasons group together."""
    reason = article.reason or "no reason given"
    code = ""
    if reason.startswith("[") and "]" in reason[:8]:
        code, reason = reason[:reason.index("]") + 1], reason[reason.index("]") + 1:].strip()
    if reason.startswith(article.source + ":"):
        reason = reason[len(article.source) + 1:].strip()
    return f"{article.status} {code} {reason}".replace("  ", " ")


def run_key(inputs: Iterable[str], coder: CoderSpec) -> str:
    """The run's id: a hash of its inputs (paths made absolute; URLs as given) and its coder."""
    names = [name if name == "-" or is_url(name) or name.startswith(URL_LIST) else os.path.abspath(name)
             for name in inputs]
    return short_hash("run", coder_name(coder), *names)


def count_inputs(inputs: Iterable[str]) -> int:
    """How many documents the inputs name (for the progress bar's ETA); 0 when unknown (archives)."""
    return count_documents(inputs)


def _chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    while chunk := list(islice(items, size)):
        yield chunk


def _begin(con: duckdb.DuckDBPyConnection, run_id: str, inputs: list[str], coder: CoderSpec) -> None:
    con.execute("""INSERT INTO runs VALUES (?, ?, ?, ?, now()::TIMESTAMP, NULL, 1, 'running', 0, 0, 0, 0, 0)
                   ON CONFLICT (run_id) DO UPDATE SET attempts = runs.attempts + 1, status = 'running',
                   started_at = excluded.started_at, finished_at = NULL, eventwire_version = excluded.eventwire_version,
                   documents = 0, already_stored = 0, articles_added = 0, events_added = 0, skipped = 0""",
                [run_id, inputs, coder_name(coder), __version__])


def _end(con: duckdb.DuckDBPyConnection, run_id: str, status: str, already: int) -> None:
    con.execute("""UPDATE runs SET status = ?, finished_at = now()::TIMESTAMP, already_stored = ?,
                   documents = documents + ? WHERE run_id = ?""", [status, already, already, run_id])


def run_inputs(con: duckdb.DuckDBPyConnection, inputs: list[str], *, path: str = "", jobs: int = 1,
               coder: CoderSpec = None, options: ExtractOptions | None = None, stdin: BinaryIO | None = None,
               batch_size: int = BATCH, progress: Callable[[int], None] | None = None,
               fetch: FetchOptions | Fetcher | None = None) -> RunSummary:
    """Process ``inputs`` and store the results; returns what was added. See the module docstring.

    Inputs may be files, directories, globs, ``-``, URLs, URL lists and WARC/ARC archives
    (:func:`~eventwire.ingest.sources.iter_sources`); ``fetch`` says how URLs are fetched.
    """
    options = options or ExtractOptions()
    summary = RunSummary(run_key(inputs, coder))
    started = time.monotonic()
    try:
        _begin(con, summary.run_id, list(inputs), coder)
    except duckdb.Error as exc:
        raise explain(exc, path, writing=True) from exc
    pending: deque[tuple[int, int, list[tuple[str | None, int | None]]]] = deque()

    def chunks() -> Iterator[list[Item]]:
        for chunk in _chunks(iter_sources(inputs, max_bytes=options.max_bytes, fetch=fetch, stdin=stdin), CHUNK):
            ids = [input_id(item) if isinstance(item, RawDocument) else None for item in chunk]
            try:
                known = known_inputs(con, [i for i in ids if i])
            except duckdb.Error as exc:
                raise explain(exc, path) from exc
            todo = [(item, i) for item, i in zip(chunk, ids) if i is None or i not in known]
            pending.append((len(chunk), len(chunk) - len(todo),
                            [(i, len(item.data) if isinstance(item, RawDocument) else None) for item, i in todo]))
            yield [item for item, _ in todo]

    buffer: list[Document] = []
    last_write = time.monotonic()

    def flush() -> None:
        nonlocal buffer, last_write
        if buffer:
            result = write_batch(con, buffer, run_id=summary.run_id, path=path)
            summary.articles_added += result.articles_added
            summary.duplicates += result.duplicates
            summary.events_added += result.events_added
            summary.skipped.update(skip_reason(a) for a in result.skipped)
            summary.documents += result.documents
        buffer, last_write = [], time.monotonic()

    status = "failed"
    try:
        for results in process_chunks(chunks(), coder=coder, options=options, jobs=jobs):
            size, already, infos = pending.popleft()
            summary.already_stored += already
            summary.documents += already
            buffer += [Document(article, events, iid, nbytes)
                       for (article, events), (iid, nbytes) in zip(results, infos)]
            if len(buffer) >= batch_size or time.monotonic() - last_write > BATCH_SECONDS:
                flush()
            if progress:
                progress(size)
        flush()
        status = "complete"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        summary.seconds = time.monotonic() - started
        try:
            _end(con, summary.run_id, status, summary.already_stored)
        except duckdb.Error:
            pass  # the database refused writes (disk full): the error that stopped us says why
    return summary

"""CLI commands over the event store: run, events, articles, stories, export.

Kept apart from :mod:`eventwire.cli` so the store's commands grow in one place; registered on the
main command group by :func:`register_store_commands`. Each command is a thin face over one
:class:`~eventwire.store.Store` verb with the same options (``eventwire events --actor USA`` is
``store.events(actor="USA")``). Records go to stdout (or ``-o FILE``), notes to stderr.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING, Any

import click

from .errors import StoreUsageError
from .ingest.files import DEFAULT_MAX_BYTES
from .pipeline import ExtractOptions
from .store import Store
from .store.connection import DEFAULT_DB, ENV_DB
from .store.results import Results
from .store.run import BATCH, RunSummary, count_inputs, run_inputs

if TYPE_CHECKING:
    from .ingest.fetch import FetchOptions

db_option = click.option("--db", "db", envvar=ENV_DB, default=DEFAULT_DB, show_default=True, metavar="PATH",
                         help=f"The DuckDB database file (env {ENV_DB}).")
limit_option = click.option("--limit", type=click.IntRange(min=0), default=None,
                            help="At most this many rows (default: all; 50 for --format table).")
offset_option = click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many rows first.")
output_option = click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
                             help="Write to FILE instead of stdout (written whole or not at all).")


def _filter_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The event filters shared by events, stories and export (the Store verbs' keyword arguments)."""
    options = [
        click.option("--actor", multiple=True, help="Actor code (USA, NATO) or name; repeat for any of several."),
        click.option("--recipient", multiple=True, help="Recipient code or name; repeat for any of several."),
        click.option("--event", multiple=True, help="PLOVER event type (ASSAULT, CONSULT, ...); repeatable."),
        click.option("--country", multiple=True, help="Where it happened: ISO alpha-3 (or alpha-2) code."),
        click.option("--since", metavar="DATE", help="From this day on: YYYY, YYYY-MM or YYYY-MM-DD."),
        click.option("--until", metavar="DATE", help="Up to this day, inclusive (a month or year: its end)."),
        click.option("--text", help="Words in the evidence sentence (case-insensitive)."),
        click.option("--story", metavar="ID", help="Only the events of this story."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _open(db: str) -> Store:
    """Open for reading: never creates or migrates a file, and coexists with other readers."""
    return Store(db, read_only=True, create=False)


@contextmanager
def _destination(output: str | None, binary: bool) -> Iterator[IO[Any] | None]:
    """stdout, or a temporary file renamed over ``output`` only when the write finished."""
    if not output or output == "-":
        yield None
        return
    partial = f"{output}.part"
    try:
        with open(partial, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": ""})) as handle:
            yield handle
        os.replace(partial, output)
    finally:
        if os.path.exists(partial):
            os.remove(partial)


def _emit(results: Results, fmt: str, output: str | None, noun: str, limit: int | None) -> int:
    """Write the results; on stderr, say how many and whether more match than were shown."""
    try:
        with _destination(output, binary=fmt == "parquet") as handle:
            written = results.write(handle, fmt)
    except BrokenPipeError:  # `eventwire events | head`: the reader has seen enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise click.exceptions.Exit(0) from None
    left_out = getattr(results, "left_out", 0)
    if left_out:
        why = "have no coordinates" if fmt == "geojson" else "are of types ACLED does not record"
        click.echo(f"{left_out:,} {noun} left out: they {why} (use --format plover for all)", err=True)
    if output:
        click.echo(f"{written:,} {noun} written to {output}", err=True)
    elif limit is not None and written == limit:
        total = results.count()
        if total > written:
            click.echo(f"{written:,} of {total:,} {noun} shown; --limit and --offset page through them", err=True)
    return written


def _page(fmt: str, limit: int | None) -> int | None:
    return 50 if limit is None and fmt == "table" else limit


def _format_option(choices: tuple[str, ...], default: str) -> Callable[..., Any]:
    return click.option("--format", "fmt", type=click.Choice(choices), default=default, show_default=True,
                        help="Output format.")


# --- run -----------------------------------------------------------------------------------------------

class _ProgressLines:
    """Progress for logs (stderr not a terminal): one line every ``every`` seconds, with an ETA."""

    def __init__(self, total: int, every: float = 30.0) -> None:
        self.total, self.every, self.done = total, every, 0
        self.started = self.last = time.monotonic()

    def __call__(self, documents: int) -> None:
        self.done += documents
        now = time.monotonic()
        if now - self.last < self.every:
            return
        self.last = now
        rate = self.done / (now - self.started)
        seconds = (self.total - self.done) / rate if self.total and rate else None
        left = f", about {seconds / 60:.0f} min left" if seconds and seconds >= 60 else \
            f", about {seconds:.0f} s left" if seconds else ""
        of = f"/{self.total:,}" if self.total else ""
        click.echo(f"{self.done:,}{of} documents, {rate:.1f}/s{left}", err=True)


def fetch_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The options of fetching URLs and feeds, shared by ``run`` and ``watch`` (one ``fetch`` argument)."""
    options = [
        click.option("--allow-private", is_flag=True,
                     help="Also fetch from private, loopback and link-local addresses (refused by default: SSRF)."),
        click.option("--cache-dir", metavar="DIR", envvar="EVENTWIRE_CACHE_DIR", default=None,
                     help="HTTP cache for conditional requests [default: ~/.cache/eventwire/http]."),
        click.option("--no-cache", is_flag=True, help="Keep no HTTP cache on disk."),
        click.option("--host-delay", type=click.FloatRange(min=0), default=1.0, show_default=True, metavar="SECONDS",
                     help="Pause between two requests to one host (a longer robots.txt Crawl-delay wins)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def make_fetch_options(allow_private: bool, cache_dir: str | None, no_cache: bool, host_delay: float,
                       max_bytes: int) -> FetchOptions:
    """FetchOptions from the CLI's options (httpx is imported only here, when a command runs)."""
    from .ingest.fetch import FetchOptions
    from .ingest.http_cache import default_cache_dir

    return FetchOptions(allow_private=allow_private, max_bytes=max_bytes, host_delay=host_delay,
                        cache_dir=None if no_cache else (cache_dir or default_cache_dir()))


@click.command()
@click.argument("inputs", nargs=-1, required=False, metavar="INPUT...")
@click.option("--urls", "url_files", multiple=True, metavar="FILE", type=click.Path(dir_okay=False, allow_dash=True),
              help="Also fetch the URLs listed in FILE, one a line (- for stdin); repeatable.")
@fetch_options
@db_option
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes (each loads the models once); results are stored in input order.")
@click.option("--coder", metavar="MODULE:FUNCTION", default=None,
              help="Code events with your own function (AnnotatedArticle -> list of Event).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              envvar="EVENTWIRE_MAX_BYTES", help="Refuse documents larger than this.")
@click.option("--batch-size", type=click.IntRange(min=1), default=BATCH, show_default=True,
              help="Documents per transaction at most (a killed run loses at most one batch).")
def run(inputs: tuple[str, ...], url_files: tuple[str, ...], db: str, jobs: int, coder: str | None, max_bytes: int,
        batch_size: int, **fetching: Any) -> None:
    """Ingest, code and store pages: articles, events and stories in a DuckDB file.

    INPUT is a file, a directory (read recursively), a glob, - for stdin, an http(s) URL or a
    WARC/ARC archive (.warc, .warc.gz, .arc, .arc.gz). URLs are fetched politely (robots.txt, a
    pause per host, retries, an HTTP cache). Running the same command again resumes: inputs
    already stored are skipped, and nothing is added twice.
    """
    from .ingest.sources import url_list

    if not inputs and not url_files:
        raise click.UsageError("give at least one INPUT or --urls FILE")
    names = list(inputs) + [url_list(path) for path in url_files]
    if sum(1 for name in names if name in ("-", "urls:-")) > 1:
        raise click.UsageError("stdin (-) can be read only once: as an INPUT or as --urls -, not both")
    fetch = make_fetch_options(max_bytes=max_bytes, **fetching)
    options = ExtractOptions(max_bytes=max_bytes)
    with Store(db) as store:
        total = 0 if "-" in inputs else count_inputs(names)

        def go(progress: Callable[[int], None]) -> RunSummary:
            return run_inputs(store.connection, names, path=store.path, jobs=jobs, coder=coder, options=options,
                              batch_size=batch_size, progress=progress, fetch=fetch)

        try:
            if sys.stderr.isatty() and total > 1:
                with click.progressbar(length=total, label="coding", file=sys.stderr, show_eta=True,
                                       show_pos=True) as bar:
                    summary = go(bar.update)
            else:
                summary = go(_ProgressLines(total))
        except KeyboardInterrupt:
            click.echo("\nInterrupted: the batches already committed are kept; run the same command again "
                       "to resume.", err=True)
            raise click.exceptions.Exit(130) from None
    for line in summary.lines():
        click.echo(line, err=True)
    if summary.skipped_total == summary.documents:
        raise click.exceptions.Exit(1)  # every document failed (or there were none): nothing could be done


# --- queries ------------------------------------------------------------------------------------------

EVENT_FORMATS = ("table", "jsonl", "csv", "tsv", "parquet", "geojson")


@click.command()
@db_option
@_filter_options
@limit_option
@offset_option
@_format_option(EVENT_FORMATS, "table")
@output_option
@click.option("--count", "count_only", is_flag=True, help="Print only how many events match.")
def events(db: str, limit: int | None, offset: int, fmt: str, output: str | None, count_only: bool,
           **filters: Any) -> None:
    """Coded events, oldest first, filtered by actor, recipient, type, place, date and text.

    jsonl gives event records (event.schema.json, plus story_id); table, csv, tsv and parquet
    give one flat row per event with its article and story counts.
    """
    with _open(db) as store:
        limit = _page(fmt, limit)
        results = store.events(limit=limit, offset=offset, **filters)
        if count_only:
            click.echo(results.count())
            return
        _emit(results, fmt, output, "events", limit)


@click.command()
@db_option
@click.option("--failed", is_flag=True, help="Only articles that are not ok, with their reasons.")
@click.option("--status", type=click.Choice(["ok", "empty", "rejected", "error"]), default=None,
              help="Only articles with this status.")
@click.option("--source", metavar="DOMAIN", default=None, help="Only articles from this outlet (e.g. example.org).")
@click.option("--doc", "doc_id", metavar="ID", default=None, help="Only the article with this doc_id.")
@limit_option
@offset_option
@_format_option(("table", "jsonl", "csv", "tsv", "parquet"), "table")
@output_option
def articles(db: str, failed: bool, status: str | None, source: str | None, doc_id: str | None,
             limit: int | None, offset: int, fmt: str, output: str | None) -> None:
    """Stored articles with their status and, when not ok, the reason."""
    with _open(db) as store:
        limit = _page(fmt, limit)
        results = store.articles(failed=failed, status=status, source=source, doc_id=doc_id, limit=limit,
                                 offset=offset)
        _emit(results, fmt, output, "articles", limit)


@click.command()
@db_option
@_filter_options
@click.option("--min-sources", type=click.IntRange(min=1), default=1, show_default=True,
              help="Only stories reported by at least this many outlets.")
@limit_option
@offset_option
@_format_option(("table", "jsonl", "csv", "tsv", "parquet"), "table")
@output_option
def stories(db: str, min_sources: int, limit: int | None, offset: int, fmt: str, output: str | None,
            **filters: Any) -> None:
    """Stories: one happening however many outlets reported it, the most widely reported first."""
    with _open(db) as store:
        limit = _page(fmt, limit)
        results = store.stories(min_sources=min_sources, limit=limit, offset=offset, **filters)
        _emit(results, fmt, output, "stories", limit)


@click.command()
@db_option
@click.option("--format", "fmt", required=True,
              type=click.Choice(["plover", "gdelt", "acled", "parquet", "geojson", "jsonl", "csv", "tsv"]),
              help="plover: JSONL records; gdelt: 61-column TSV; acled: ACLED CSV; parquet; geojson.")
@output_option
@_filter_options
def export(db: str, fmt: str, output: str | None, **filters: Any) -> None:
    """Export events in a format of the field (see docs/formats.md for every column's mapping)."""
    with _open(db) as store:
        _emit(store.events(**filters), fmt, output, "events", None)


COMMANDS = (run, events, articles, stories, export)


def register_store_commands(group: click.Group) -> None:
    """Add the store's commands to the ``eventwire`` group, with the CLI's -v and friendly errors."""
    from .cli import _friendly_errors, verbose_option

    verbose = verbose_option(lambda: None).__click_params__[0]  # type: ignore[attr-defined]
    for command in COMMANDS:
        command.callback = _friendly_errors(command.callback)
        command.params.append(verbose)
        group.add_command(command)


__all__ = ["COMMANDS", "StoreUsageError", "register_store_commands"]

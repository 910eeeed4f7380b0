"""The ``eventwire`` command. Thin: each command parses options and calls one API function.

Conventions (datasette, sqlite-utils, trafilatura): records go to stdout as JSON lines, notes
and per-document reasons go to stderr, ``Error: [code] …`` without a traceback unless ``-v``,
and the exit status is non-zero only when nothing could be done.
"""

from __future__ import annotations

import json
import logging
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from functools import wraps
from typing import Any, TypeVar

import click

from . import __version__
from .errors import EventwireError
from .ingest.files import DEFAULT_MAX_BYTES
from .pipeline import ExtractOptions, annotate_inputs, extract_inputs, process_inputs
from .records import AnnotatedArticle, Article

F = TypeVar("F", bound=Callable[..., Any])


def _friendly_errors(func: F) -> F:
    """Show ``Error: …`` instead of a traceback; ``-v`` (verbose) keeps the traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except EventwireError as exc:
            if logging.getLogger().isEnabledFor(logging.DEBUG):
                raise
            raise click.ClickException(str(exc)) from exc
        except Exception as exc:  # noqa: BLE001 - the last line of defence for users
            if logging.getLogger().isEnabledFor(logging.DEBUG):
                raise
            raise click.ClickException(f"[E900] unexpected {type(exc).__name__}: {exc} (run with -v for details)") from exc

    return wrapper  # type: ignore[return-value]


def _set_verbosity(ctx: click.Context, _param: click.Parameter, value: int) -> int:
    level = logging.DEBUG if value else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    return value


verbose_option = click.option(
    "-v", "--verbose", count=True, expose_value=False, is_eager=True, callback=_set_verbosity,
    help="Show debug logging and full tracebacks.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", message=f"eventwire %(version)s (Python {sys.version.split()[0]})")
def cli() -> None:
    """Read news pages and write down what happened."""


def _table_row(article: Article) -> str:
    """One line a person can scan: what the page is, when, by whom, how long."""
    words = len(article.body.split())
    title = (article.title or article.reason or "").replace("\n", " ")
    authors = ", ".join(article.authors) or "-"
    return (f"{article.status:<8} {article.format or '-':<4} {article.language or '-':<3} "
            f"{(article.published or '-'):<16} {words:>6}  {title[:70]}  [{authors[:40]}]")


def _report(articles: Iterable[Article], fmt: str) -> Counter[str]:
    """Write each record (JSON line or table row); note every document that was not ok on stderr."""
    counts: Counter[str] = Counter()
    out = click.get_text_stream("stdout")
    if fmt == "table":
        out.write(f"{'status':<8} {'fmt':<4} {'lng':<3} {'published':<16} {'words':>6}  title  [authors]\n")
    for article in articles:
        counts[article.status] += 1
        if fmt == "table":
            out.write(_table_row(article) + "\n")
        else:
            out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
        if not article.ok:
            click.echo(f"{article.status}: {article.reason}", err=True)
    return counts


inputs_argument = click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
max_bytes_option = click.option(
    "--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
    envvar="EVENTWIRE_MAX_BYTES", help="Refuse documents larger than this.",
)


def _finish(counts: Counter[str]) -> None:
    """Summarise on stderr; exit 1 only when no document could be processed."""
    total = sum(counts.values())
    if total > 1 or counts["ok"] != total:
        summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        click.echo(f"{total} documents: {summary}", err=True)
    if counts["ok"] == 0:
        raise click.exceptions.Exit(1)


@cli.command()
@inputs_argument
@max_bytes_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True,
              help="JSON lines (one article record each) or a table to read.")
@verbose_option
@_friendly_errors
def extract(inputs: tuple[str, ...], max_bytes: int, fmt: str) -> None:
    """Extract clean articles from pages, one JSON record per document.

    INPUT is a file, a directory (read recursively), a glob such as 'pages/*.html', or - for
    stdin. HTML and plain-text page dumps are told apart by content; gzip is unpacked.
    """
    _finish(_report(extract_inputs(inputs, ExtractOptions(max_bytes=max_bytes)), fmt))


@cli.command()
@inputs_argument
@max_bytes_option
@verbose_option
@_friendly_errors
def annotate(inputs: tuple[str, ...], max_bytes: int) -> None:
    """Extract and enrich pages: sentences with resolved actors, places, times and quantities.

    One JSON record per document: its sentences (text and offsets in the body) and, per sentence,
    the mentions found in it. Documents that could not be extracted keep their status and reason.
    """
    counts: Counter[str] = Counter()
    out = click.get_text_stream("stdout")
    for record in annotate_inputs(inputs, ExtractOptions(max_bytes=max_bytes)):
        if isinstance(record, AnnotatedArticle):
            counts["ok"] += 1
            data = record.to_dict()
        else:
            counts[record.status] += 1
            data = {**record.to_dict(), "sentences": []}
            click.echo(f"{record.status}: {record.reason}", err=True)
        out.write(json.dumps(data, ensure_ascii=False) + "\n")
    _finish(counts)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="eventwire")


@cli.command()
@inputs_argument
@max_bytes_option
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Leave out events the coder is less sure of.")
@verbose_option
@_friendly_errors
def code(inputs: tuple[str, ...], max_bytes: int, min_confidence: float) -> None:
    """Extract, enrich and code pages: one PLOVER event per line (no database).

    Each event carries its evidence sentence with offsets in the article body, its trigger, its
    modality (negated, hypothetical, future, historical) and the rule that produced it. Documents
    that could not be read are reported on stderr.
    """
    counts: Counter[str] = Counter()
    out = click.get_text_stream("stdout")
    events = 0
    for processed in process_inputs(inputs, ExtractOptions(max_bytes=max_bytes)):
        counts[processed.article.status] += 1
        if not processed.article.ok:
            click.echo(f"{processed.article.status}: {processed.article.reason}", err=True)
        for event in processed.events:
            if event.confidence >= min_confidence:
                events += 1
                out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
    click.echo(f"{events} events", err=True)
    _finish(counts)


from .cli_store import register_store_commands  # noqa: E402 - the store's commands live there

register_store_commands(cli)

from .cli_serve import register_serve_commands  # noqa: E402 - the HTTP API and dashboard live there
register_serve_commands(cli)

from .cli_sources import register_source_commands  # noqa: E402 - watch (feeds) lives there
register_source_commands(cli)

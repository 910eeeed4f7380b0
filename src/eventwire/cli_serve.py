"""``eventwire serve``: the HTTP API and the dashboard over a database file.

Kept apart from :mod:`eventwire.cli` (like :mod:`eventwire.cli_store`) and importing the web
stack only when the command runs, so ``eventwire extract`` stays fast and works without the
``web`` extra. ``--get PATH`` answers one request in-process and prints the body (datasette's
habit): every page and route can be checked from a shell, no port needed.
"""

from __future__ import annotations

import ipaddress
import os
import sys

import click
from click.core import ParameterSource

from .errors import SetupError
from .ingest.files import DEFAULT_MAX_BYTES
from .store.connection import DEFAULT_DB, ENV_DB

ENV_TOKEN = "EVENTWIRE_TOKEN"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _web() -> tuple[object, object]:
    """The app factory and its settings, or a clear error when the ``web`` extra is missing."""
    try:
        from .serve import Settings, create_app
    except ImportError as exc:
        raise SetupError(f"the web extra is not installed ({exc.name} is missing): "
                         "pip install 'eventwire[web]'") from None
    return Settings, create_app


@click.command()
@click.option("--db", "db", envvar=ENV_DB, default=DEFAULT_DB, show_default=True, metavar="PATH",
              help=f"The DuckDB database file (env {ENV_DB}).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback lets others on the network read the database.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--token", envvar=ENV_TOKEN, default=None, metavar="TOKEN",
              help=f"Accept pages on POST /api/articles from clients sending this bearer token (env {ENV_TOKEN}); "
                   "opens the database for writing. Without it the server is read-only.")
@click.option("--max-body", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Largest request body accepted, in bytes.")
@click.option("--max-page", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Most rows in one JSON page.")
@click.option("--max-export", type=click.IntRange(min=1), default=100_000, show_default=True,
              help="Most rows in one .csv or .jsonl response.")
@click.option("--cache-entries", type=click.IntRange(min=0), default=1024, show_default=True,
              help="Answers kept in memory for repeated GETs (0: none); dropped whenever the database changes.")
@click.option("--record-cache-mb", type=click.IntRange(min=0), default=128, show_default=True,
              help="Memory for encoded event records reused across pages (0: none); dropped whenever the database changes.")
@click.option("--warm/--no-warm", default=True, show_default=True,
              help="Read-only servers: fill the record memory from one scan at start-up, in the background.")
@click.option("--filter-index/--no-filter-index", default=True, show_default=True,
              help="Keep the events' filter columns in memory (about 40 bytes an event) so pages filtered by "
                   "codes, types, countries and dates need no scan.")
@click.option("--trim-memory", type=click.FloatRange(min=0), default=30, show_default=True, metavar="SECONDS",
              help="On glibc: share two malloc arenas and give freed memory back every SECONDS (0: off).")
@click.option("--db-threads", type=click.IntRange(min=1), default=None,
              help="DuckDB threads per query (default: one per core). 1 suits many concurrent clients.")
@click.option("--get", "get_path", metavar="PATH", default=None,
              help="Answer one GET request in-process, print the body and exit (1 unless the status is 200).")
@click.option("--access-log/--no-access-log", default=True, show_default=True, help="Log each request on stderr.")
def serve(db: str, host: str, port: int, token: str | None, max_body: int, max_page: int, max_export: int,
          cache_entries: int, record_cache_mb: int, warm: bool, filter_index: bool, trim_memory: float,
          db_threads: int | None, get_path: str | None, access_log: bool) -> None:
    """Serve the HTTP API and the offline dashboard (events, articles, map, timeline, dyads, ingest).

    Read-only unless --token is given. The API is described at /docs and /openapi.json; every
    script, style and map shape is served from the package, so it works with no network at all.
    """
    settings_cls, create_app = _web()
    db = _demo_fallback(db)
    loopback = _is_loopback(host)
    allowed = ("127.0.0.1", "localhost", "::1", "[::1]") if loopback else None
    settings = settings_cls(db=db, token=token or None, max_body=max_body, max_page=max_page,  # type: ignore[operator]
                            max_export=max_export, cache_entries=cache_entries, record_cache_mb=record_cache_mb,
                            warm_records=warm and get_path is None, filter_index=filter_index and get_path is None,
                            trim_memory_s=trim_memory if get_path is None else 0,
                            db_threads=db_threads, allowed_hosts=allowed)
    app = create_app(settings)  # type: ignore[operator]
    if get_path is not None:
        _get_once(app, get_path)
        return
    database = app.state.database  # type: ignore[attr-defined]
    state = f"busy: {database.busy.message}" if database.busy else _summary(database)
    mode = "accepting pages with the token" if token else "read-only"
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"eventwire: serving {db} ({state}; {mode}) at http://{shown}:{port}/  (Ctrl-C to stop)", err=True)
    if not loopback:
        click.echo(f"warning: listening on {host}: anyone who can reach this machine can read the database"
                   + (" and, with the token, add to it" if token else ""), err=True)
    import uvicorn

    uvicorn.run(app, host=host, port=port, log_level="info" if access_log else "warning",
                access_log=access_log, server_header=False, timeout_graceful_shutdown=3)


DEMO_DB = "eventwire-demo.duckdb"  # what `make demo` writes


def _demo_fallback(db: str) -> str:
    """With no --db given and no eventwire.duckdb here, serve the database `make demo` wrote."""
    context = click.get_current_context(silent=True)
    from_default = context is not None and context.get_parameter_source("db") == ParameterSource.DEFAULT
    if from_default and not os.path.exists(db) and os.path.exists(DEMO_DB):
        click.echo(f"note: no {db} here; serving {DEMO_DB}, written by `make demo` (choose with --db)", err=True)
        return DEMO_DB
    return db


def _summary(database: object) -> str:
    counts = database.store().counts()  # type: ignore[attr-defined]
    return f"{counts['events']:,} events from {counts['articles']:,} articles"


def _get_once(app: object, path: str) -> None:
    """One in-process request (no socket): the body to stdout, the status as the exit code."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette's TestClient would rather have httpx2
        from fastapi.testclient import TestClient

    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as client:  # type: ignore[arg-type]
        response = client.get(path if path.startswith("/") else f"/{path}")
    sys.stdout.write(response.text)
    if not response.text.endswith("\n"):
        sys.stdout.write("\n")
    if response.status_code != 200:
        click.echo(f"HTTP {response.status_code}", err=True)
        raise click.exceptions.Exit(1)


def register_serve_commands(group: click.Group) -> None:
    """Add ``serve`` to the ``eventwire`` group, with the CLI's -v and friendly errors."""
    from .cli import _friendly_errors, verbose_option

    verbose = verbose_option(lambda: None).__click_params__[0]  # type: ignore[attr-defined]
    serve.callback = _friendly_errors(serve.callback)  # type: ignore[arg-type]
    serve.params.append(verbose)
    group.add_command(serve)


__all__ = ["register_serve_commands", "serve"]

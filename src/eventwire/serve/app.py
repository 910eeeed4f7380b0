"""``create_app``: the HTTP API and the dashboard over one event store, as an ASGI app.

Why FastAPI (through ``fastapi-offline``): the OpenAPI schema is generated from the same
signatures that parse the requests, so it cannot drift from the code, and the Swagger UI / ReDoc
pages are served from the installed wheel instead of a CDN (see shared research: FastAPI's
default docs page is blank offline).

Safety by default: the store is opened read-only unless a token is given (then ``POST
/api/articles`` accepts pages from holders of the token); request bodies and pages are capped;
every page is sent with a Content-Security-Policy that allows only this server's own scripts,
so article text that slipped past escaping still could not run; and when bound to loopback the
app answers only to loopback host names (a web page elsewhere cannot reach it by DNS rebinding).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from starlette.datastructures import URL
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..errors import EventwireError
from ..ingest.files import DEFAULT_MAX_BYTES
from .cache import AnswerCache
from .database import Database
from .errors import ApiError, body, handle
from .filter_index import FilterIndexKeeper
from .memory import MemoryKeeper
from .params import REPEATABLE
from .records import Warmer

HERE = Path(__file__).resolve().parent
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")

PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# Swagger UI and ReDoc start from an inline script FastAPI writes; their files are still local.
DOCS_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; "
            "frame-ancestors 'none'")


@dataclass
class Settings:
    """What ``eventwire serve`` was started with; every limit has a default that suits a laptop."""

    db: str = "eventwire.duckdb"
    token: str | None = None          # set → the store opens writable and POST /api/articles works
    max_body: int = DEFAULT_MAX_BYTES  # bytes in a request body (the pipeline's own --max-bytes cap)
    max_page: int = 1000              # rows in one JSON page
    max_export: int = 100_000         # rows in one .csv / .jsonl response
    cache_entries: int = 1024         # answers kept in memory (0: none); see cache.py
    record_cache_mb: int = 128        # encoded event records kept for assembling pages (0: none); records.py
    warm_records: bool = False        # fill that memory from one scan at start-up (read-only servers only)
    filter_index: bool = True         # keep the filter columns in memory for pages (filter_index.py)
    trim_memory_s: float = 0          # glibc: two arenas and malloc_trim every so many seconds (memory.py); 0: off
    db_threads: int | None = None     # DuckDB threads per query (None: DuckDB's default, one per core)
    allowed_hosts: tuple[str, ...] | None = None  # Host headers answered; None answers any
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def writable(self) -> bool:
        return bool(self.token)


class _Guard:
    """ASGI middleware: Host check, request-body cap and security headers, before any route runs;
    then a GET whose answer is already kept (:mod:`.cache`) is sent from memory.

    Written as raw ASGI (not ``BaseHTTPMiddleware``) so streaming responses stay streams and the
    body cap counts bytes as they arrive, whatever Content-Length claims. Kept answers are sent here
    rather than from the route because FastAPI's parameter parsing and routing cost more CPU than
    the rest of a repeated request (bench/serve_load.py); an answer is only ever kept after its
    route accepted the same query on the same database generation, so the reply is the same.
    """

    def __init__(self, app: ASGIApp, settings: Settings, answers: AnswerCache | None = None,
                 database: Database | None = None) -> None:
        self.app, self.settings, self.answers, self.database = app, settings, answers, database

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        path = scope.get("path", "")
        if self.settings.allowed_hosts is not None:
            host = headers.get("host", "")
            name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
            if name not in self.settings.allowed_hosts:
                await self._reject(send, ApiError(400, "bad_host", f"this server answers to "
                                                  f"{', '.join(self.settings.allowed_hosts)}, not {host!r}"))
                return
        repeated = _repeated_scalar(scope.get("query_string", b""))
        if repeated:
            await self._reject(send, ApiError(400, "bad_request", f"{repeated}: give it once (only "
                                              f"{', '.join(sorted(REPEATABLE))} may repeat)"))
            return
        limit = self.settings.max_body
        declared = headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await self._reject(send, _too_large(limit))
            return
        received = 0

        async def capped_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise ApiError(413, "too_large", f"request body over {limit:,} bytes")
            return message

        csp = DOCS_CSP if path in ("/docs", "/redoc") else PAGE_CSP

        async def secured_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer"),
                         (b"x-frame-options", b"DENY"), (b"content-security-policy", csp.encode())]
                message = {**message, "headers": list(message.get("headers", [])) + extra}
            await send(message)

        if self.answers is not None and self.database is not None and scope.get("method") == "GET" \
                and path.startswith("/api/"):
            url = URL(scope=scope)
            answer = self.answers.peek((self.database.generation, url.path, url.query))
            if answer is not None:
                await Response(answer.body, status_code=answer.status, media_type=answer.media_type)(
                    scope, receive, secured_send)
                return
        await self.app(scope, capped_receive, secured_send)

    @staticmethod
    async def _reject(send: Send, error: ApiError) -> None:
        import json

        payload = json.dumps(body(error)).encode()
        await send({"type": "http.response.start", "status": error.status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()),
                                (b"x-content-type-options", b"nosniff"),
                                (b"content-security-policy", PAGE_CSP.encode())]})
        await send({"type": "http.response.body", "body": payload})


def _repeated_scalar(query: bytes) -> str | None:
    """The first single-valued query parameter given more than once, if any.

    Why refuse rather than take the last: ``?text=troops&text=talks`` asks for something the API
    cannot do, and answering as if only one were given hides that from the caller.
    """
    if b"&" not in query:
        return None
    seen: set[str] = set()
    for name, _ in parse_qsl(query.decode("latin-1"), keep_blank_values=True):
        if name in seen and name not in REPEATABLE:
            return name
        seen.add(name)
    return None


def _too_large(limit: int) -> ApiError:
    return ApiError(413, "too_large", f"request body over {limit:,} bytes (the server's --max-body)")


def create_app(settings: Settings | None = None, *, database: Database | None = None) -> FastAPI:
    """The ASGI app: JSON API under ``/api``, pages at ``/``, OpenAPI at ``/openapi.json``.

    The database is opened here (a missing file raises :class:`~eventwire.errors.StoreNotFound`
    at once); a file locked by a running ingest only marks the app busy until the lock is gone.
    """
    from . import api, views
    from .ingest import Submissions
    from .openapi import install_openapi

    settings = settings or Settings()
    memory = MemoryKeeper(every=settings.trim_memory_s)
    memory.start()  # before DuckDB and the thread pool start threads, so they share the capped arenas
    database = database or Database(settings.db, writable=settings.writable, threads=settings.db_threads)
    database.open()
    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        memory.stop()
        for worker in (app.state.warmer, app.state.filter_index):  # no query may run while the file closes
            if worker is not None:
                worker.stop()
        database.close()  # DuckDB checkpoints on close: a stopped server leaves no write-ahead log behind

    app = FastAPIOffline(
        title="eventwire", version=__version__, lifespan=lifespan,
        description="Coded political events (PLOVER/CAMEO) with the evidence behind each one. "
                    "Errors share one shape (`ErrorBody`); see docs/http-api.md.",
        static_url="/static-docs",
    )
    app.state.settings = settings
    app.state.database = database
    app.state.memory = memory
    app.state.submissions = Submissions(database, settings)
    app.state.cache = AnswerCache(max_entries=settings.cache_entries)
    record_bytes = settings.record_cache_mb * 1024 * 1024
    app.state.records = AnswerCache(max_entries=record_bytes // 256, max_bytes=record_bytes)
    app.state.warmer = Warmer(database, app.state.records)
    if settings.warm_records and not settings.writable and record_bytes and database.busy is None:
        app.state.warmer.start()
    app.state.filter_index = FilterIndexKeeper(database) if settings.filter_index else None
    if app.state.filter_index is not None and database.busy is None:
        app.state.filter_index.start()
    app.add_exception_handler(ApiError, handle)
    app.add_exception_handler(RequestValidationError, handle)
    app.add_exception_handler(StarletteHTTPException, handle)
    app.add_exception_handler(EventwireError, handle)
    app.add_exception_handler(Exception, handle)
    app.include_router(api.router)
    app.include_router(views.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    install_openapi(app)
    app.add_middleware(_Guard, settings=settings, answers=app.state.cache, database=database)
    return app

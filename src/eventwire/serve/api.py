"""The JSON API: the store's verbs over HTTP, plus the summaries the dashboard draws.

Every route is a thin face over :class:`eventwire.store.Store` (``events``, ``articles``,
``stories``) or :mod:`.aggregates`; the filters are those of ``eventwire events``
(:mod:`.params`). Lists come in pages (``limit``/``offset``, with ``total`` and a ``next`` link);
``.csv`` and ``.jsonl`` twins stream the same query in the CLI's formats. Errors: 4xx with the
shared :class:`~eventwire.serve.errors.ErrorBody`.
"""

from __future__ import annotations

import hmac
import io
import json
import re
from collections.abc import Callable, Iterator
from itertools import islice
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from ..store import Store
from ..store.results import EventResults
from ..store.formats import to_json, write_delimited
from . import aggregates
from .cache import Answer
from .errors import ApiError
from .openapi import ARTICLE_REF, EVENT_REF, error_responses
from .params import NO_CONTROL, Filters, event_filters
from .records import event_record, page_of_records

router = APIRouter(prefix="/api", tags=["events"])
bearer = HTTPBearer(auto_error=False, description="The token `eventwire serve --token` was started with.")
ID_PATTERN = r"^[A-Za-z0-9_.:-]{1,128}$"


class Page(BaseModel):
    """Paging fields shared by every list."""

    ok: bool = True
    total: int = Field(description="How many match, ignoring limit and offset.")
    limit: int
    offset: int
    next: str | None = Field(description="URL of the next page, or null on the last one.")


class EventPage(Page):
    events: list[dict[str, Any]] = Field(json_schema_extra={"items": EVENT_REF},
                                         description="Event records (event.schema.json) plus their story_id.")


class StoryPage(Page):
    stories: list[dict[str, Any]]


class EventDetail(BaseModel):
    ok: bool = True
    event: dict[str, Any] = Field(json_schema_extra={"allOf": [EVENT_REF]})
    article: dict[str, Any] = Field(description="Where the event was read: doc_id, title, url, site, published.")
    story: dict[str, Any] | None


class ArticleDetail(BaseModel):
    ok: bool = True
    article: dict[str, Any] = Field(json_schema_extra={"allOf": [ARTICLE_REF]})
    events: list[dict[str, Any]] = Field(json_schema_extra={"items": EVENT_REF},
                                         description="Its events; evidence.start/end are offsets in article.body.")


class Submitted(ArticleDetail):
    created: bool = Field(description="False when this page (or one with the same doc_id) was stored before.")
    events_added: int


class Timeline(BaseModel):
    ok: bool = True
    interval: str
    periods: list[str] = Field(description="First day of each period that has events (ISO dates), ascending.")
    series: list[dict[str, Any]] = Field(description="Per quad class: label, count[] and mean_score[] by period.")
    all: dict[str, list[Any]]
    unclassified: int
    total: int
    undated: int


async def database_store(request: Request) -> Store:
    """The open store, or 503 while an ingest holds the file."""
    return request.app.state.database.store()


def _page_limit(request: Request, limit: int) -> int:
    maximum = request.app.state.settings.max_page
    if limit > maximum:
        raise ApiError(400, "bad_request", f"limit: at most {maximum} (page with offset)")
    return limit


def _next(request: Request, total: int, limit: int, offset: int) -> str | None:
    if offset + limit >= total or limit == 0:
        return None
    return str(request.url.include_query_params(offset=offset + limit).replace(scheme="", netloc="")).lstrip(":")


def _json(data: Any, status: int = 200, media_type: str = "application/json") -> Response:
    return Response(to_json(data).encode("utf-8"), status_code=status, media_type=media_type)


async def _cached(request: Request, build: Callable[[], Any], media_type: str = "application/json") -> Response:
    """The JSON answer to this GET: from memory while the database has not changed, else built in a
    worker thread (the event loop never waits on DuckDB) and kept. ``build`` returns data to encode,
    or bytes already encoded (a page assembled from cached records)."""
    key = (request.app.state.database.generation, request.url.path, request.url.query)
    cache = request.app.state.cache
    answer = cache.get(key)
    if answer is None:
        answer = await run_in_threadpool(lambda: Answer(_encoded(build()), media_type))
        cache.put(key, answer)
    return Response(answer.body, status_code=answer.status, media_type=answer.media_type)


def _encoded(data: Any) -> bytes:
    return data if isinstance(data, bytes) else to_json(data).encode("utf-8")


LIMIT = Annotated[int, Query(ge=0, description="Rows per page (at most the server's --max-page, 1000 by default).")]
OFFSET = Annotated[int, Query(ge=0, le=10**9, description="Skip this many rows first.")]


@router.get("/events", response_model=EventPage, responses=error_responses(400, 503))
async def list_events(request: Request, filters: Annotated[Filters, Depends(event_filters)], limit: LIMIT = 50,
                offset: OFFSET = 0, store: Store = Depends(database_store)) -> Response:
    """Events matching every filter, oldest first: the same query as ``eventwire events``."""
    limit = _page_limit(request, limit)

    database = request.app.state.database
    generation = database.generation

    def build() -> bytes:
        events, total = page_of_records(store, filters, limit, offset, known=request.app.state.records,
                                        generation=generation, index=request.app.state.filter_index)
        head = to_json({"ok": True, "total": total, "limit": limit, "offset": offset,
                        "next": _next(request, total, limit, offset)})
        return head[:-1].encode("utf-8") + b',"events":[' + b",".join(events) + b"]}"

    return await _cached(request, build)


def exported(request: Request, filters: Annotated[Filters, Depends(event_filters)],
             limit: Annotated[int | None, Query(ge=0, description="Rows (default and maximum: --max-export).")] = None,
             offset: OFFSET = 0, store: Store = Depends(database_store)) -> EventResults:
    """FastAPI dependency of the .csv and .jsonl twins: the events query, capped at --max-export rows."""
    maximum = request.app.state.settings.max_export
    if limit is not None and limit > maximum:
        raise ApiError(400, "bad_request", f"limit: at most {maximum} rows per export (page with offset)")
    return store.events(limit=maximum if limit is None else limit, offset=offset, **filters.kwargs())


def _chunks(lines: Iterator[str], size: int = 500) -> Iterator[bytes]:
    while chunk := list(islice(lines, size)):
        yield "".join(chunk).encode("utf-8")


@router.get("/events.csv", responses={200: {"content": {"text/csv": {}}, "description": "Flat rows, as "
                                            "`eventwire events --format csv`"}, **error_responses(400, 503)},
            response_class=StreamingResponse)
def export_csv(request: Request, results: Annotated[EventResults, Depends(exported)]) -> StreamingResponse:
    """The matching events as CSV: one flat row per event, the CLI's columns."""
    columns = _csv_columns(request, request.app.state.database.store())

    def lines() -> Iterator[str]:
        buffer = io.StringIO()
        write_delimited([], buffer, columns)
        yield buffer.getvalue()
        rows = results.rows()
        while chunk := list(islice(rows, 500)):
            buffer = io.StringIO()
            write_delimited(chunk, buffer, columns, header=False)
            yield buffer.getvalue()

    return StreamingResponse(_chunks(lines(), 1), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": 'inline; filename="events.csv"'})


def _csv_columns(request: Request, store: Store) -> list[str]:
    """The flat rows' columns, read once from an empty page (an empty export still has its header)."""
    columns = getattr(request.app.state, "csv_columns", None)
    if columns is None:
        columns = request.app.state.csv_columns = store.events(limit=0).arrow().schema.names
    return columns


@router.get("/events.jsonl", responses={200: {"content": {"application/x-ndjson": {}}, "description":
                                              "Event records, one per line"}, **error_responses(400, 503)},
            response_class=StreamingResponse)
def export_jsonl(results: Annotated[EventResults, Depends(exported)]) -> StreamingResponse:
    """The matching events as JSON lines: event records (event.schema.json) plus story_id."""
    lines = (to_json(event_record(row)) + "\n" for row in results.record_rows())
    return StreamingResponse(_chunks(lines), media_type="application/x-ndjson; charset=utf-8")


IdPath = Annotated[str, Path(pattern=ID_PATTERN, description="The record's id.")]


@router.get("/events/{event_id}", response_model=EventDetail, responses=error_responses(400, 404, 503))
def get_event(event_id: IdPath, store: Store = Depends(database_store)) -> Response:
    """One event with its article's title and address and its story's counts."""
    row = next((r for r in store.events(doc_id=_doc_of(store, event_id)).record_rows() if r["id"] == event_id), None)
    if row is None:
        raise ApiError(404, "not_found", f"no event with id {event_id!r}")
    story = next(iter(store.stories(story=row["story_id"], limit=1).rows()), None)
    article = {k: row.get(k) for k in ("doc_id", "title", "url", "site", "published")}
    return _json({"ok": True, "event": event_record(row), "article": article, "story": story})


def _doc_of(store: Store, event_id: str) -> str:
    """The article an event came from: ``store.events`` filters by article, not by event id."""
    cursor = store.cursor()
    try:
        found = cursor.execute("SELECT doc_id FROM events WHERE id = ?", [event_id]).fetchall()
    finally:
        cursor.close()
    if not found:
        raise ApiError(404, "not_found", f"no event with id {event_id!r}")
    return str(found[0][0])


@router.get("/articles/{doc_id}", response_model=ArticleDetail, responses=error_responses(400, 404, 503))
def get_article(doc_id: IdPath, store: Store = Depends(database_store)) -> Response:
    """An article (body and metadata) and its events, whose evidence offsets point into the body."""
    return _json(article_detail(store, doc_id))


def article_detail(store: Store, doc_id: str) -> dict[str, Any]:
    """The article record, its event count and its events (also used by the article page)."""
    record = next(iter(store.articles(doc_id=doc_id, limit=1)), None)  # the Article, body included
    if record is None:
        raise ApiError(404, "not_found", f"no article with doc_id {doc_id!r}")
    events = [event_record(row) for row in store.events(doc_id=doc_id).record_rows()]
    events.sort(key=lambda e: (e["evidence"]["start"], e["evidence"]["end"], e["id"]))
    article = {**record.to_dict(), "num_events": len(events)}
    return {"ok": True, "article": article, "events": events}


@router.get("/stories", response_model=StoryPage, responses=error_responses(400, 503))
async def list_stories(request: Request, filters: Annotated[Filters, Depends(event_filters)],
                 min_sources: Annotated[int, Query(ge=1, le=10**6, description="Reported by at least this many "
                                                                              "outlets.")] = 1,
                 limit: LIMIT = 50, offset: OFFSET = 0, store: Store = Depends(database_store)) -> Response:
    """Stories (one happening, however many copies), the most widely reported first."""
    limit = _page_limit(request, limit)

    def build() -> dict[str, Any]:
        results = store.stories(min_sources=min_sources, limit=limit, offset=offset, **filters.kwargs())
        stories = list(results.rows())
        total = offset + len(stories) if (len(stories) < limit and (stories or offset == 0)) else results.count()
        return {"ok": True, "total": total, "limit": limit, "offset": offset,
                "next": _next(request, total, limit, offset), "stories": stories}

    return await _cached(request, build)


Interval = Annotated[str, Query(pattern="^(day|week|month|year)$", description="Period length.")]


@router.get("/timeline", response_model=Timeline, responses=error_responses(400, 503))
async def get_timeline(request: Request, filters: Annotated[Filters, Depends(event_filters)], interval: Interval = "day",
                 store: Store = Depends(database_store)) -> Response:
    """Events and mean score per period by quad class: for a dyad (actor + recipient), a country, or any filter."""
    return await _cached(request, lambda: {"ok": True, **aggregates.timeline(store, filters.build(), interval)})


@router.get("/map", responses={200: {"description": "A GeoJSON FeatureCollection: places (Point) and movements "
                                                    "(LineString, origin to destination), with `countries` counts",
                                     "content": {"application/geo+json": {"schema": {"type": "object"}}}},
                               **error_responses(400, 503)})
async def get_map(request: Request, filters: Annotated[Filters, Depends(event_filters)],
            max_places: Annotated[int, Query(ge=1, le=5000, description="Most-reported places drawn.")] = 1000,
            store: Store = Depends(database_store)) -> Response:
    """Where the matching events happened, where things moved, and counts by country."""
    return await _cached(request, lambda: aggregates.map_geojson(store, filters.build(), max_places=max_places),
                   media_type="application/geo+json")


@router.get("/ingest", responses=error_responses(400))
def get_ingest(request: Request) -> dict[str, Any]:
    """The state of ingest: the database (busy while another process writes it), recent runs, and pages
    submitted to this server."""
    return ingest_state(request)


def ingest_state(request: Request) -> dict[str, Any]:
    """What the ingest page shows; works while the database is busy (then without counts and runs)."""
    database = request.app.state.database
    state: dict[str, Any] = {"ok": True, "database": database.describe(), "counts": None, "runs": [],
                             "submissions": request.app.state.submissions.state(),
                             "cache": request.app.state.cache.stats(),
                             "record_cache": {**request.app.state.records.stats(),
                                              "warm": request.app.state.warmer.state()},
                             "filter_index": request.app.state.filter_index.state()
                             if request.app.state.filter_index is not None else {"status": "off"},
                             "memory": request.app.state.memory.state()}
    try:
        store = database.store()
    except Exception:  # noqa: BLE001 - busy: the description above says why
        state["database"] = database.describe()
        return state
    state["counts"] = store.counts()
    # DuckDB's own memory (its block cache grows toward the file's size as queries touch it): with the
    # caches' bytes above, what an operator needs to tell a full cache from a leak
    state["database"]["memory_bytes"] = int(store.sql("SELECT sum(memory_usage_bytes) AS n FROM duckdb_memory()")["n"][0])
    state["runs"] = json.loads(store.sql("SELECT * FROM runs ORDER BY started_at DESC NULLS LAST LIMIT 20")
                               .to_json(orient="records", date_format="iso"))
    return state


# --- submitting pages -------------------------------------------------------------------------------

PAGE_TEXT = {"type": "string", "minLength": 1, "pattern": "\\S", "description": "The page: HTML or plain text."}
URL_TEXT = {"type": "string", "maxLength": 2048, "pattern": NO_CONTROL, "description": "The page's address."}
SUBMIT_BODY = {
    "required": True,
    "content": {
        "text/html": {"schema": PAGE_TEXT},
        "text/plain": {"schema": PAGE_TEXT},
        "application/json": {"schema": {"type": "object", "required": ["page"], "properties": {
            "page": PAGE_TEXT, "url": {"anyOf": [URL_TEXT, {"type": "null"}]}}}},
    },
}


def _authorise(request: Request, credentials: HTTPAuthorizationCredentials | None) -> None:
    token = request.app.state.settings.token
    if not token:
        raise ApiError(403, "read_only", "this server is read-only; start it with `eventwire serve --token TOKEN` "
                                         "to accept pages")
    given = credentials.credentials if credentials else ""
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise ApiError(401, "unauthorized", "send the server's token: Authorization: Bearer TOKEN",
                       headers={"WWW-Authenticate": "Bearer"})


@router.post("/articles", status_code=201, response_model=Submitted, openapi_extra={"requestBody": SUBMIT_BODY},
             responses={200: {"model": Submitted, "description": "Already stored: its article and events"},
                        **error_responses(400, 401, 403, 413, 415, 503)})
async def submit_article(request: Request,
                         url: Annotated[str | None, Query(max_length=2048, pattern=NO_CONTROL, description="The page's address.")] = None,
                         credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> Response:
    """Submit one page (raw HTML or text); it is extracted, coded and stored, and its events returned."""
    _authorise(request, credentials)
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    data = await request.body()
    if media == "application/json":
        try:
            payload = json.loads(data)
        except (ValueError, UnicodeDecodeError):
            raise ApiError(400, "bad_request", "the body is not valid JSON") from None
        if not isinstance(payload, dict) or not isinstance(payload.get("page"), str):
            raise ApiError(400, "bad_request", 'send {"page": "<html or text>", "url": "..."}')
        if payload.get("url") is not None and not isinstance(payload["url"], str):
            raise ApiError(400, "bad_request", "url: a string or null")
        if not payload["page"].strip():
            raise ApiError(400, "bad_request", "page: empty")
        url = payload.get("url") or url
        data, media = payload["page"].encode("utf-8", "surrogatepass"), None
    elif media not in ("text/html", "text/plain", "application/xhtml+xml"):
        raise ApiError(415, "unsupported_media_type", "send text/html, text/plain or application/json")
    if not data.strip():
        raise ApiError(400, "bad_request", "the page is empty")
    if url is not None and (len(url) > 2048 or not re.fullmatch(NO_CONTROL.strip("^$"), url)):
        raise ApiError(400, "bad_request", "url: not an address (at most 2048 characters, no control characters)")
    submissions = request.app.state.submissions
    outcome = await run_in_threadpool(submissions.submit, data, url=url or None, media_type=media or None)
    store = request.app.state.database.store()
    detail = article_detail(store, outcome.article.doc_id)
    return _json({**detail, "created": outcome.added, "events_added": outcome.events_added},
                 status=201 if outcome.added else 200)


__all__ = ["article_detail", "ingest_state", "page_of_records", "router"]

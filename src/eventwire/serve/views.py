"""The dashboard's pages, rendered on the server: events, article, map, timeline, dyads, ingest.

Why server-rendered: every filter is a plain GET form, so a page is a URL you can bookmark or
share, the table and lists work with scripts off, and the only scripts (map and charts) are our
own files plus vendored libraries. Data a script needs travels inside the page as JSON in a
``<script type="application/json">`` block, escaped so no article text can close it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from .. import __version__
from ..records import PLOVER_EVENTS
from ..store import Store
from ..store.formats import to_json
from . import aggregates
from .api import IdPath, article_detail, database_store, ingest_state
from .errors import ApiError
from .evidence import highlight, safe_url
from .params import Filters, event_filters

router = APIRouter(include_in_schema=False)
TEMPLATES = Path(__file__).resolve().parent / "templates"
PAGE = 50

env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True, default_for_string=True))


def script_json(data: Any) -> Markup:
    """JSON safe inside ``<script type="application/json">``: no ``<``, ``>`` or ``&`` left to close it."""
    text = to_json(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _trigger(evidence: str | None, trigger: str | None) -> Markup:
    """The evidence sentence with its trigger word in bold (escaped either way)."""
    text = evidence or ""
    at = text.lower().find(trigger.lower()) if trigger else -1
    if at < 0:
        return escape(text)
    end = at + len(trigger or "")
    return Markup("{}<b class=\"trigger\">{}</b>{}").format(text[:at], text[at:end], text[end:])


env.globals.update(version=__version__, plover_events=PLOVER_EVENTS, quad_classes=aggregates.QUAD_CLASSES,
                   safe_url=safe_url, script_json=script_json, trigger=_trigger)
env.filters["number"] = lambda n: f"{n:,}" if isinstance(n, int) else n
env.filters["codes"] = lambda values: ", ".join(values or []) or "—"


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    database = request.app.state.database
    context.setdefault("nav", name.removesuffix(".html"))
    html = env.get_template(name).render(request=request, db=database.describe(),
                                         settings=request.app.state.settings, **context)
    return HTMLResponse(html, status_code=status)


def error_page(request: Request, error: ApiError) -> Response:
    """The HTML twin of the JSON error body (busy pages refresh themselves)."""
    return render(request, "error.html", status=error.status, error=error, nav="")


# --- events -------------------------------------------------------------------------------------

@router.get("/", response_class=HTMLResponse)
@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, filters: Annotated[Filters, Depends(event_filters)],
                page: Annotated[int, Query(ge=1, le=10**7)] = 1, store: Store = Depends(database_store)) -> Response:
    """The events table: filters, one page of rows, links to each article's evidence."""
    offset = (page - 1) * PAGE
    results = store.events(limit=PAGE, offset=offset, **filters.kwargs())
    rows = list(results.rows())
    total = offset + len(rows) if len(rows) < PAGE and (rows or page == 1) else results.count()
    return render(request, "events.html", nav="events", filters=filters, rows=rows, total=total, page=page,
                  pages=max(1, -(-total // PAGE)), offset=offset, query=filters.query())


# --- article ------------------------------------------------------------------------------------

@router.get("/articles/{doc_id}", response_class=HTMLResponse)
def article_page(request: Request, doc_id: IdPath, store: Store = Depends(database_store)) -> Response:
    """An article with each event's evidence highlighted and its slots beside it."""
    detail = article_detail(store, doc_id)
    article, events = detail["article"], detail["events"]
    return render(request, "article.html", nav="events", article=article, events=events,
                  body=highlight(article.get("body") or "", events))


# --- map ----------------------------------------------------------------------------------------

@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, filters: Annotated[Filters, Depends(event_filters)],
             store: Store = Depends(database_store)) -> Response:
    """Countries shaded by events, places as points, movements as arrows (drawn by map.js)."""
    data = aggregates.map_geojson(store, filters.build())
    places = [f["properties"] | {"lat": f["geometry"]["coordinates"][1], "lon": f["geometry"]["coordinates"][0]}
              for f in data["features"] if f["properties"]["kind"] == "place"]
    moves = [f["properties"] for f in data["features"] if f["properties"]["kind"] == "movement"]
    return render(request, "map.html", nav="map", filters=filters, data=data, places=places[:50], moves=moves,
                  countries=data["countries"][:30], query=filters.query())


# --- timeline and dyads -------------------------------------------------------------------------

def _auto_interval(store: Store, filters: Filters) -> str:
    """Days for a few months of events, weeks up to two years, then months: readable bars."""
    where, params = filters.build().where()
    cursor = store.cursor()
    try:
        first, last = cursor.execute(f"SELECT min(e.event_date), max(e.event_date) FROM events e WHERE {where}",
                                     params).fetchall()[0]
    finally:
        cursor.close()
    if not isinstance(first, date) or not isinstance(last, date):
        return "day"
    span = (last - first).days
    return "day" if span <= 120 else "week" if span <= 730 else "month"


def _chart(title: str, periods: list[str], series: list[tuple[str, list[Any], str]], y: str,
           kind: str = "bars", interval: str = "day") -> dict[str, Any]:
    """What chart.js draws: x as ISO dates, one or more labelled series."""
    return {"title": title, "x": periods, "y": y, "kind": kind, "interval": interval,
            "series": [{"label": label, "values": values, "color": color} for label, values, color in series]}


QUAD_COLOURS = {1: "#2c7fb8", 2: "#41ab5d", 3: "#fd8d3c", 4: "#d7301f"}


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, filters: Annotated[Filters, Depends(event_filters)],
                  interval: Annotated[str | None, Query(pattern="^(day|week|month|year)$")] = None,
                  store: Store = Depends(database_store)) -> Response:
    """Cooperation and conflict over time: events per period by quad class, and their mean score."""
    interval = interval or _auto_interval(store, filters)
    data = aggregates.timeline(store, filters.build(), interval)
    charts = [
        _chart("Events by quad class", data["periods"],
               [(s["label"], s["count"], QUAD_COLOURS[s["quad_class"]]) for s in data["series"]], "events",
               interval=interval),
        _chart("Mean score (−10 conflict … +10 cooperation)", data["periods"],
               [("all events", data["all"]["mean_score"], "#444")], "score", kind="line", interval=interval),
    ]
    return render(request, "timeline.html", nav="timeline", filters=filters, data=data, charts=charts,
                  interval=interval, query=filters.query())


Code = Annotated[str | None, Query(max_length=64, pattern=r"^[A-Za-z0-9 .'-]*$")]


@router.get("/dyads", response_class=HTMLResponse)
def dyad_page(request: Request, filters: Annotated[Filters, Depends(event_filters)], a: Code = None,
              b: Code = None, store: Store = Depends(database_store)) -> Response:
    """One pair of actors over time in both directions (A → B and B → A), by score; or the busiest pairs."""
    a, b = (a or "").strip(), (b or "").strip()
    base = {k: v for k, v in filters.kwargs().items() if k not in ("actor", "recipient")}
    if not (a and b):
        dyads = aggregates.top_dyads(store, filters.build(), limit=30)
        return render(request, "dyads.html", nav="dyads", filters=filters, a=a, b=b, dyads=dyads, directions=[],
                      charts=[])
    directions = []
    both = Filters(**{**filters.__dict__, "actor": [a, b], "recipient": [a, b]})
    interval = _auto_interval(store, both)
    for actor, recipient in ((a, b), (b, a)):
        one = Filters(**{**filters.__dict__, "actor": [actor], "recipient": [recipient]})
        line = aggregates.timeline(store, one.build(), interval)
        recent = list(store.events(actor=actor, recipient=recipient, limit=25,
                                   offset=max(0, line["total"] - 25), **base).rows())[::-1]
        directions.append({"actor": actor, "recipient": recipient, "line": line, "recent": recent,
                           "query": one.query()})
    periods = sorted(set(directions[0]["line"]["periods"]) | set(directions[1]["line"]["periods"]))
    charts = [
        _chart(f"Mean score by {interval}", periods,
               [(f"{d['actor']} → {d['recipient']}", _align(d["line"], periods, "mean_score"), colour)
                for d, colour in zip(directions, ("#2c7fb8", "#d7301f"))], "score", kind="line", interval=interval),
        _chart(f"Events by {interval}", periods,
               [(f"{d['actor']} → {d['recipient']}", _align(d["line"], periods, "count"), colour)
                for d, colour in zip(directions, ("#2c7fb8", "#d7301f"))], "events", interval=interval),
    ]
    return render(request, "dyads.html", nav="dyads", filters=filters, a=a, b=b, dyads=[], directions=directions,
                  charts=charts, interval=interval)


def _align(line: dict[str, Any], periods: list[str], key: str) -> list[Any]:
    values = dict(zip(line["periods"], line["all"][key]))
    return [values.get(p, 0 if key == "count" else None) for p in periods]


# --- ingest -------------------------------------------------------------------------------------

@router.get("/ingest", response_class=HTMLResponse)
def ingest_page(request: Request) -> Response:
    """The database's state, recent runs, and pages submitted to this server."""
    state = ingest_state(request)
    active = bool(state["database"]["busy"] or state["submissions"]["queued"] or state["submissions"]["processing"]
                  or any(r.get("status") == "running" for r in state["runs"]))
    return render(request, "ingest.html", nav="ingest", state=state, refresh=5 if active else None)


@router.get("/favicon.ico")
def favicon() -> Response:
    return RedirectResponse("/static/favicon.svg", status_code=308)


def _json_block(data: Any, id: str | None = None) -> Markup:
    """Data for a page's script, inert (``type="application/json"``) and escaped by :func:`script_json`."""
    if id:
        return Markup('<script type="application/json" id="{}">{}</script>').format(id, script_json(data))
    return Markup('<script type="application/json">{}</script>').format(script_json(data))


env.globals["json_block"] = _json_block

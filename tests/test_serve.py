"""The HTTP API in-process: every route, its filters and paging, and every error it can answer.

The database is a real DuckDB file built from a few articles and events written by hand for these
tests (exact offsets, places, dates and movements), so each figure checked here is known. The
other serve tests (pages, schema, browser) import :func:`build_db` from this module.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any

import pytest

from eventwire.records import Article, Entity, Event, EventPlace, EventQuantity, Evidence, Modality
from eventwire.store import open_store
from eventwire.store.writer import Document, write_batch

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's TestClient would rather have httpx2
    from fastapi.testclient import TestClient

from eventwire.serve import Settings, create_app  # noqa: E402
from eventwire.serve.cache import AnswerCache  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

HOSTILE_BODY = (
    "Officials from Norway met Chilean envoys in Bergen to talk about fish quotas. "
    "<script>window.__xss = 1; alert(\"body\")</script>\n\n"
    "A caption read <img src=x onerror=\"window.__xss=2\"> and a link "
    "<a href=\"javascript:window.__xss=3\">click here</a> was pasted into the text.")
DEPLOY_BODY = (
    "Germany sent 300 troops from Germany to Romania on 3 March 2023, the defence ministry said.\n\n"
    "Poland will send two frigates to Romania next month, officials in Warsaw said.")
TALKS_BODY = (
    "Chile accused Norway of stalling the fisheries talks on 10 March 2023.\n\n"
    "Norway rejected the accusation a day later.\n\n"
    "The two governments signed a research agreement in Arica on 20 March 2023.")

NAMES = {"NOR": "Norway", "CHL": "Chile", "DEU": "Germany", "POL": "Poland", "ROU": "Romania"}
ROMANIA = dict(text="Romania", name="Romania", country_code="ROU", lat=45.929, lon=24.972, geonameid=798549,
               feature="country")
GERMANY = dict(text="Germany", name="Germany", country_code="DEU", lat=51.1, lon=10.4, geonameid=2921044,
               feature="country")
ARICA = dict(text="Arica", name="Arica", country_code="CHL", lat=-18.4783, lon=-70.3126, geonameid=3899361,
             feature="city")
BERGEN = dict(text="Bergen", name="Bergen", country_code="NOR", lat=60.3913, lon=5.3221, geonameid=3161732,
              feature="city")


def _article(doc_id: str, body: str, **fields: Any) -> Article:
    values: dict[str, Any] = dict(doc_id=doc_id, source=f"https://wire.example/{doc_id}", status="ok", body=body,
                                  title=f"Story {doc_id}", url=f"https://wire.example/{doc_id}", site="Wire Example",
                                  published="2023-03-04T09:00:00+00:00", language="en", format="html")
    values.update(fields)
    return Article(**values)


def _event(doc_id: str, body: str, sentence: str, kind: str, actor: str | None, recipient: str | None,
           trigger: str, *, quad: int, score: float, date: str | None, places: list[EventPlace] | None = None,
           quantities: list[EventQuantity] | None = None, modality: Modality | None = None) -> Event:
    start = body.index(sentence)
    return Event(id=f"{doc_id}-{kind.lower()}-{start}", doc_id=doc_id, event=kind,
                 evidence=Evidence(text=sentence, start=start, end=start + len(sentence), trigger=trigger),
                 actors=[Entity(text=NAMES[actor], code=actor, name=NAMES[actor])] if actor else [],
                 recipients=[Entity(text=NAMES[recipient], code=recipient, name=NAMES[recipient])] if recipient else [],
                 locations=places or [], quantities=quantities or [], modality=modality or Modality(),
                 quad_class=quad, score=score, goldstein=score, date=date, date_precision="day" if date else None,
                 cameo="040", confidence=0.9, coder="tests")


def serve_documents() -> list[Document]:
    """Three articles: a hostile one (markup in its text), a deployment, and a quarrel over fish."""
    first = HOSTILE_BODY.split("\n\n")[0]
    hostile = _article("hostile", HOSTILE_BODY, title='Ministers meet <script>alert("title")</script>',
                       url="javascript:alert(3)", site="Example <b>Bold</b> Daily", published=None)
    deploy = _article("deploy", DEPLOY_BODY, published="2023-03-03T10:00:00+00:00")
    talks = _article("talks", TALKS_BODY, published="2023-03-21T08:00:00+00:00")
    return [
        Document(hostile, [_event("hostile", HOSTILE_BODY, first, "CONSULT", "NOR", "CHL", "met", quad=1, score=1.0,
                                  date=None, places=[EventPlace(**BERGEN, role="event")])], "in-hostile", 10),
        Document(deploy, [
            _event("deploy", DEPLOY_BODY, DEPLOY_BODY.split("\n\n")[0], "MOBILIZE", "DEU", "ROU", "sent", quad=4,
                   score=-6.5, date="2023-03-03", places=[EventPlace(**GERMANY, role="origin"),
                                                          EventPlace(**ROMANIA, role="destination")],
                   quantities=[EventQuantity(value=300, unit="troops", text="300 troops")]),
            _event("deploy", DEPLOY_BODY, DEPLOY_BODY.split("\n\n")[1], "MOBILIZE", "POL", "ROU", "send", quad=4,
                   score=-6.5, date="2023-04", places=[EventPlace(**ROMANIA, role="destination")],
                   modality=Modality(future=True)),
        ], "in-deploy", 20),
        Document(talks, [
            _event("talks", TALKS_BODY, TALKS_BODY.split("\n\n")[0], "ACCUSE", "CHL", "NOR", "accused", quad=3,
                   score=-3.5, date="2023-03-10"),
            _event("talks", TALKS_BODY, TALKS_BODY.split("\n\n")[1], "REJECT", "NOR", "CHL", "rejected", quad=3,
                   score=-2.0, date="2023-03-11"),
            _event("talks", TALKS_BODY, TALKS_BODY.split("\n\n")[2], "COOPERATE", "CHL", "NOR", "signed", quad=2,
                   score=4.0, date="2023-03-20", places=[EventPlace(**ARICA, role="event")]),
        ], "in-talks", 30),
    ]


def build_db(path: Path) -> Path:
    """A database holding :func:`serve_documents` (6 events, 5 dated)."""
    with open_store(path) as store:
        write_batch(store.connection, serve_documents(), run_id=None)
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_db(tmp_path_factory.mktemp("serve") / "events.duckdb")


def client_for(settings: Settings) -> TestClient:
    return TestClient(create_app(settings), base_url="http://127.0.0.1", raise_server_exceptions=False)


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    with client_for(Settings(db=str(db), max_page=100, max_export=1000,
                             allowed_hosts=("127.0.0.1", "localhost"))) as c:
        yield c


def _error(response: Any, status: int, code: str | None = None) -> dict[str, Any]:
    """The shared error shape, checked."""
    assert response.status_code == status, response.text
    data = response.json()
    assert data["ok"] is False and data["status"] == status and data["error"]
    assert set(data) == {"ok", "status", "code", "error", "errors"}
    if code:
        assert data["code"] == code
    return data


# --- /api/events ------------------------------------------------------------------------------------

def test_events_lists_records_oldest_first_with_paging(client: TestClient) -> None:
    data = client.get("/api/events").json()
    assert data["ok"] is True and data["total"] == 6 and data["next"] is None
    days = [e["date"] for e in data["events"]]
    assert days[:3] == ["2023-03-03", "2023-03-10", "2023-03-11"] and data["events"][-1]["id"] == "hostile-consult-0"
    page = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert [e["id"] for e in page["events"]] == [e["id"] for e in data["events"][2:4]]
    assert page["total"] == 6 and page["next"] == "/api/events?limit=2&offset=4"
    last = client.get(page["next"]).json()
    assert len(last["events"]) == 2 and last["next"] is None
    assert all("story_id" in e for e in data["events"])


@pytest.mark.parametrize("params, ids", [
    ({"actor": "CHL"}, {"talks-accuse-0", "talks-cooperate-117"}),
    ({"actor": ["DEU", "POL"]}, {"deploy-mobilize-0", "deploy-mobilize-93"}),
    ({"actor": "DEU,POL"}, {"deploy-mobilize-0", "deploy-mobilize-93"}),
    ({"recipient": "NOR", "event": "ACCUSE"}, {"talks-accuse-0"}),
    ({"country": "RO"}, {"deploy-mobilize-0", "deploy-mobilize-93"}),
    ({"since": "2023-03-10", "until": "2023-03"}, {"talks-accuse-0", "talks-reject-72", "talks-cooperate-117"}),
    ({"text": "research agreement"}, {"talks-cooperate-117"}),
    ({"actor": "Norway"}, {"talks-reject-72", "hostile-consult-0"}),
])
def test_events_filters_are_the_cli_filters(client: TestClient, params: dict[str, Any], ids: set[str]) -> None:
    data = client.get("/api/events", params=params).json()
    assert {e["id"] for e in data["events"]} == ids and data["total"] == len(ids)


def test_a_page_of_records_is_what_the_store_gives(db: Path) -> None:
    """The API's pruned page query returns exactly the store's records (story_id included)."""
    from eventwire.serve.records import page_of_records
    from eventwire.serve.params import Filters
    from eventwire.store.rows import event_from_row

    everything = Filters([], [], [], [], None, None, None, None)
    known = AnswerCache(max_entries=100)
    with open_store(db, read_only=True) as store:
        expected = [{**event_from_row(r).to_dict(), "story_id": r["story_id"]}
                    for r in store.events(limit=4, offset=1).record_rows()]
        for _ in range(2):  # fetched, then assembled from the record cache
            records, total = page_of_records(store, everything, 4, 1, known=known)
            assert [json.loads(r) for r in records] == expected and total == 6
        assert known.stats()["hits"] == 4
        assert page_of_records(store, everything, 0, 0) == ([], 6)  # no rows asked for: still the total
        assert page_of_records(store, everything, 4, 10) == ([], 6)  # past the end: still the total


def test_events_story_filter(client: TestClient) -> None:
    story = client.get("/api/events", params={"actor": "DEU"}).json()["events"][0]["story_id"]
    data = client.get("/api/events", params={"story": story}).json()
    assert [e["id"] for e in data["events"]] == ["deploy-mobilize-0"]


@pytest.mark.parametrize("params, code, words", [
    ({"event": "DANCE"}, "bad_request", "event: 'DANCE' is not a PLOVER event type"),
    ({"event": "assault"}, "bad_request", "in capitals"),
    ({"since": "2023-13"}, "bad_request", "since: '2023-13' is not YYYY, YYYY-MM or YYYY-MM-DD"),
    ({"since": "2023-02-30"}, "E407", "not a date"),
    ({"since": "March"}, "bad_request", "since"),
    ({"limit": 101}, "bad_request", "at most 100"),
    ({"limit": -1}, "bad_request", "limit"),
    ({"limit": "many"}, "bad_request", "limit"),
    ({"offset": -5}, "bad_request", "offset"),
    ({"actor": "US\x00A"}, "bad_request", "actor: 'US\\x00A' holds control characters"),
    ({"actor": "x" * 201}, "bad_request", "at most 200 characters"),
    ({"actor": ["USA"] * 51}, "bad_request", "at most 50 values"),
    ({"text": "y" * 500}, "bad_request", "text"),
    ({"text": ["troops", "talks"]}, "bad_request", "text: give it once"),
    ({"actor": "USA", "limit": [5, 6]}, "bad_request", "limit: give it once"),
])
def test_events_bad_parameters_are_400_with_a_message(client: TestClient, params: dict[str, Any], code: str,
                                                        words: str) -> None:
    data = _error(client.get("/api/events", params=params), 400, code)
    assert words in data["error"]


def test_events_csv_has_the_cli_columns_and_an_empty_result_keeps_its_header(client: TestClient) -> None:
    response = client.get("/api/events.csv", params={"actor": "DEU"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 1 and rows[0]["event"] == "MOBILIZE" and rows[0]["recipient_codes"] == "ROU"
    assert rows[0]["evidence"].startswith("Germany sent 300 troops")
    empty = client.get("/api/events.csv", params={"actor": "ZZZ"})
    assert empty.text.splitlines()[0].startswith("id,event_date") and len(empty.text.splitlines()) == 1
    _error(client.get("/api/events.csv", params={"limit": 5000}), 400)


def test_events_jsonl_records_validate_against_the_event_schema(client: TestClient) -> None:
    import jsonschema

    from eventwire.serve.openapi import record_schema

    response = client.get("/api/events.jsonl")
    assert response.headers["content-type"].startswith("application/x-ndjson")
    lines = response.text.splitlines()
    assert len(lines) == 6
    for line in lines:
        jsonschema.validate(json.loads(line), record_schema("event"))


# --- single records ---------------------------------------------------------------------------------

def test_event_by_id_with_its_article_and_story(client: TestClient) -> None:
    data = client.get("/api/events/deploy-mobilize-0").json()
    assert data["event"]["quantities"][0]["value"] == 300
    assert data["article"]["doc_id"] == "deploy" and data["article"]["site"] == "Wire Example"
    assert data["story"]["num_events"] == 1
    _error(client.get("/api/events/no-such-event"), 404, "not_found")
    _error(client.get("/api/events/bad%20id!"), 400)


def test_article_has_its_body_and_events_whose_offsets_point_into_it(client: TestClient) -> None:
    data = client.get("/api/articles/talks").json()
    body = data["article"]["body"]
    assert data["article"]["num_events"] == 3 and len(data["events"]) == 3
    for event in data["events"]:
        evidence = event["evidence"]
        assert body[evidence["start"]:evidence["end"]] == evidence["text"]
    assert [e["event"] for e in data["events"]] == ["ACCUSE", "REJECT", "COOPERATE"]
    _error(client.get("/api/articles/nothing-here"), 404, "not_found")


def test_stories_page(client: TestClient) -> None:
    data = client.get("/api/stories", params={"actor": "CHL"}).json()
    assert data["total"] == 2 and {s["event"] for s in data["stories"]} == {"ACCUSE", "COOPERATE"}
    assert client.get("/api/stories", params={"min_sources": 2}).json()["total"] == 0
    _error(client.get("/api/stories", params={"min_sources": 0}), 400)


# --- summaries --------------------------------------------------------------------------------------

def test_timeline_for_a_dyad_counts_and_scores_by_quad_class(client: TestClient) -> None:
    data = client.get("/api/timeline", params={"actor": "CHL", "recipient": "NOR"}).json()
    assert data["periods"] == ["2023-03-10", "2023-03-20"] and data["total"] == 2 and data["undated"] == 0
    by_quad = {s["quad_class"]: s for s in data["series"]}
    assert by_quad[3]["count"] == [1, 0] and by_quad[3]["mean_score"] == [-3.5, None]
    assert by_quad[2]["label"] == "material cooperation" and by_quad[2]["count"] == [0, 1]
    assert data["all"]["mean_score"] == [-3.5, 4.0]


def test_timeline_for_a_country_by_month_counts_undated_events_apart(client: TestClient) -> None:
    data = client.get("/api/timeline", params={"country": "ROU", "interval": "month"}).json()
    assert data["periods"] == ["2023-03-01", "2023-04-01"] and data["all"]["count"] == [1, 1]
    everything = client.get("/api/timeline").json()
    assert everything["total"] == 6 and everything["undated"] == 1
    _error(client.get("/api/timeline", params={"interval": "fortnight"}), 400)


def test_map_is_geojson_with_places_movements_and_country_counts(client: TestClient) -> None:
    import geojson

    response = client.get("/api/map")
    assert response.headers["content-type"].startswith("application/geo+json")
    data = response.json()
    assert geojson.loads(response.text).is_valid
    moves = {(f["properties"]["origin"], f["properties"]["destination"]): f for f in data["features"]
             if f["properties"]["kind"] == "movement"}
    germany = moves[("Germany", "Romania")]
    assert germany["geometry"]["coordinates"] == [[10.4, 51.1], [24.972, 45.929]]
    assert germany["properties"]["origin_inferred"] is False and germany["properties"]["possible"] is False
    poland = moves[("Warsaw", "Romania")]  # no origin in the text: the actor's capital
    assert poland["properties"]["origin_inferred"] is True and poland["properties"]["possible"] is True
    places = {f["properties"]["name"]: f for f in data["features"] if f["properties"]["kind"] == "place"}
    assert set(places) == {"Bergen", "Arica"} and places["Arica"]["geometry"]["coordinates"] == [-70.313, -18.478]
    counts = {c["iso3"]: c["count"] for c in data["countries"]}
    assert counts == {"ROU": 2, "DEU": 1, "CHL": 1, "NOR": 1}
    assert data["total"] == 6 and data["moving"] == 2 and data["located"] == 2
    assert client.get("/api/map", params={"event": "ACCUSE"}).json()["features"] == []


def test_ingest_state_of_a_read_only_server(client: TestClient) -> None:
    data = client.get("/api/ingest").json()
    assert data["database"]["writable"] is False and data["database"]["busy"] is None
    assert data["counts"]["events"] == 6 and data["submissions"]["accepting"] is False
    assert data["database"]["memory_bytes"] > 0  # DuckDB holds the blocks the queries above read


# --- errors, limits, safety -------------------------------------------------------------------------

def test_unknown_routes_and_methods_use_the_error_shape(client: TestClient) -> None:
    _error(client.get("/api/nothing"), 404, "not_found")
    _error(client.delete("/api/events"), 405, "method_not_allowed")
    page = client.get("/nothing", headers={"accept": "text/html"})
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]


def test_read_only_server_refuses_pages(client: TestClient) -> None:
    data = _error(client.post("/api/articles", content=b"Troops left.", headers={"content-type": "text/plain"}),
                  403, "read_only")
    assert "--token" in data["error"]


def test_other_host_names_are_refused_on_loopback(client: TestClient) -> None:
    _error(client.get("/api/events", headers={"host": "attacker.example"}), 400, "bad_host")
    assert client.get("/api/events", headers={"host": "localhost:8000"}).status_code == 200


def test_responses_carry_security_headers(client: TestClient) -> None:
    headers = client.get("/events").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_a_missing_database_is_an_error_at_start(tmp_path: Path) -> None:
    from eventwire.errors import StoreNotFound

    with pytest.raises(StoreNotFound):
        create_app(Settings(db=str(tmp_path / "none.duckdb")))


@pytest.fixture(scope="module")
def writable(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    path = build_db(tmp_path_factory.mktemp("writable") / "events.duckdb")
    with client_for(Settings(db=str(path), token="s3cret", max_body=20_000)) as c:
        yield c


def test_submitting_needs_the_token(writable: TestClient) -> None:
    page = {"content": b"Troops left.", "headers": {"content-type": "text/plain"}}
    response = writable.post("/api/articles", **page)
    _error(response, 401, "unauthorized")
    assert response.headers["www-authenticate"] == "Bearer"
    _error(writable.post("/api/articles", content=page["content"],
                         headers={**page["headers"], "authorization": "Bearer wrong"}), 401)


AUTH = {"authorization": "Bearer s3cret"}


@pytest.mark.parametrize("content, headers, status", [
    (b"x" * 20_001, {"content-type": "text/plain"}, 413),
    (b"   ", {"content-type": "text/plain"}, 400),
    (b"%PDF-1.4", {"content-type": "application/pdf"}, 415),
    (b"{not json", {"content-type": "application/json"}, 400),
    (b'{"page": 5}', {"content-type": "application/json"}, 400),
    (b'{"page": "Troops left.", "url": 7}', {"content-type": "application/json"}, 400),
])
def test_bad_submissions(writable: TestClient, content: bytes, headers: dict[str, str], status: int) -> None:
    _error(writable.post("/api/articles", content=content, headers={**headers, **AUTH}), status)


def test_a_body_without_length_is_still_capped(writable: TestClient) -> None:
    chunks = (b"y" * 5000 for _ in range(10))
    _error(writable.post("/api/articles", content=chunks, headers={"content-type": "text/plain", **AUTH}), 413)


SUBMITTED = ("Peace talks in Oslo\n\nOSLO, 12 May 2023 - Chilean and Peruvian diplomats met in Oslo on Friday "
             "to discuss the maritime border, the Norwegian foreign ministry said.\n\nThe two delegations agreed "
             "to meet again in June, according to a statement released after the talks.\n")


def test_a_submitted_page_is_coded_stored_and_shown(writable: TestClient) -> None:
    before = writable.get("/api/events").json()["total"]  # now cached: the submission must drop it
    response = writable.post("/api/articles", params={"url": "https://wire.example/oslo-talks"},
                             content=SUBMITTED.encode(), headers={"content-type": "text/plain", **AUTH})
    assert response.status_code == 201, response.text
    data = response.json()
    assert data["created"] is True and data["article"]["status"] == "ok"
    assert data["events_added"] == len(data["events"]) >= 1
    body = data["article"]["body"]
    for event in data["events"]:
        assert body[event["evidence"]["start"]:event["evidence"]["end"]] == event["evidence"]["text"]
    again = writable.post("/api/articles", json={"page": SUBMITTED, "url": "https://wire.example/oslo-talks"},
                          headers=AUTH)
    assert again.status_code == 200 and again.json()["created"] is False
    assert [e["id"] for e in again.json()["events"]] == [e["id"] for e in data["events"]]
    stored = writable.get("/api/events", params={"text": "maritime border"}).json()
    assert stored["total"] >= 1 and writable.get("/api/events").json()["total"] == before + data["events_added"]
    state = writable.get("/api/ingest").json()["submissions"]
    assert state["accepting"] is True and state["stored"] == 1 and state["duplicate"] == 1
    assert state["recent"][0]["state"] == "duplicate" and state["recent"][1]["events"] == data["events_added"]


_HOLDER = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
"""


def test_a_database_held_by_an_ingest_is_busy_until_it_is_free(tmp_path: Path) -> None:
    path = build_db(tmp_path / "busy.duckdb")
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(path), "30"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with client_for(Settings(db=str(path))) as c:
            response = c.get("/api/events")
            data = _error(response, 503, "E403")
            assert response.headers["retry-after"] == "2" and str(holder.pid) in data["error"]
            state = c.get("/api/ingest").json()
            assert state["database"]["busy"] and state["counts"] is None
            page = c.get("/ingest", headers={"accept": "text/html"})
            assert page.status_code == 200 and "busy" in page.text and 'http-equiv="refresh"' in page.text
            holder.kill()
            holder.wait()
            time.sleep(1.1)  # the server retries at most once a second
            assert c.get("/api/events").json()["total"] == 6
    finally:
        holder.kill()
        holder.wait()


def test_warmed_records_give_the_same_pages(db: Path) -> None:
    """A read-only server that fills its record memory at start-up answers exactly as one that does not."""
    cold = create_app(Settings(db=str(db), cache_entries=0, record_cache_mb=0))
    warm = create_app(Settings(db=str(db), cache_entries=0, warm_records=True))
    deadline = time.monotonic() + 30
    while warm.state.warmer.state()["status"] == "running" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert warm.state.warmer.state()["status"] == "done" and warm.state.warmer.records == 6
    with TestClient(cold) as plain, TestClient(warm) as cached:
        for params in ({}, {"actor": "RUS"}, {"limit": 2, "offset": 3}, {"limit": 0}, {"offset": 99}):
            assert cached.get("/api/events", params=params).json() == plain.get("/api/events", params=params).json()
        assert cached.get("/api/ingest").json()["record_cache"]["hits"] > 0


def test_a_stopped_server_keeps_what_it_stored_and_leaves_no_write_ahead_log(tmp_path: Path) -> None:
    import os
    import signal
    import socket

    import httpx

    path = build_db(tmp_path / "events.duckdb")
    with open_store(path, read_only=True) as store:
        before = store.counts()["articles"]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", str(path), "--port", str(port),
                               "--no-access-log"], stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "EVENTWIRE_TOKEN": AUTH["authorization"].split()[1]})
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        response = httpx.post(f"http://127.0.0.1:{port}/api/articles", content=SUBMITTED.encode(), timeout=120,
                              headers={"content-type": "text/plain", **AUTH})
        assert response.status_code == 201, response.text
        server.send_signal(signal.SIGTERM)
        assert server.wait(60) in (0, -signal.SIGTERM)  # uvicorn shuts down gracefully, then re-raises the signal
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    assert not Path(f"{path}.wal").exists()  # checkpointed on the way out
    with open_store(path, read_only=True) as store:
        assert store.counts()["articles"] == before + 1

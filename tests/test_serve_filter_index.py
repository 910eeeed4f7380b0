"""The server's in-memory filter index answers exactly what DuckDB answers, or steps aside.

A real DuckDB file of synthetic events, made harder than the generator's own: some events have
two actors or two countries, some have no date at all (they sort last), and some codes appear
in no event. Every comparison runs the store's own SQL page query beside the index.
"""

from __future__ import annotations

import random
import time
from dataclasses import replace
from pathlib import Path

import pytest
from test_serve import TestClient

from eventwire.records import PLOVER_EVENTS, Entity, EventPlace
from eventwire.serve.app import Settings, create_app
from eventwire.serve.filter_index import FilterIndex, FilterIndexKeeper
from eventwire.serve.records import _page_ids
from eventwire.store import open_store
from eventwire.store.query import EventFilter
from eventwire.store.synthetic import COUNTRIES, documents
from eventwire.store.writer import write_batch


def _harder(number: int, event, undated: bool):  # noqa: ANN001, ANN202 - a synthetic Event
    """Two actors, a second country, or no date (in an article with none either) for some events."""
    if number % 5 == 0:
        event = replace(event, actors=[*event.actors, Entity(text="Chile", code="CHL", name="Chile")])
    if undated:
        event = replace(event, date=None, date_precision=None)
    if number % 9 == 0:
        event = replace(event, locations=[*event.locations, EventPlace(text="Lima", name="Lima", country_code="PER",
                                                                       lat=-12.05, lon=-77.04, role="event")])
    return event


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("index") / "events.duckdb"
    docs, number = [], 0
    for serial, doc in enumerate(documents(2400, seed=5)):
        undated = serial % 7 == 0
        events = []
        for event in doc.events:
            number += 1
            events.append(_harder(number, event, undated))
        article = replace(doc.article, published=None) if undated else doc.article
        docs.append(replace(doc, article=article, events=events))
    with open_store(path) as store:
        write_batch(store.connection, docs, run_id=None)
    return path


def _random_filter(rng: random.Random, days: list[str] = ()) -> dict:
    """Random filters; ``days`` (events' own dates) make the date bounds fall on events, where an
    off-by-one would show."""
    codes = [*COUNTRIES, "CHL", "PER", "ZZZ"]  # ZZZ: a code no event has
    kwargs: dict = {}
    if rng.random() < 0.45:
        kwargs["actor"] = rng.sample(codes, rng.randint(1, 3))
    if rng.random() < 0.3:
        kwargs["recipient"] = rng.sample(codes, rng.randint(1, 2))
    if rng.random() < 0.3:
        kwargs["event"] = rng.sample(PLOVER_EVENTS, rng.randint(1, 3))
    if rng.random() < 0.3:
        kwargs["country"] = rng.sample(codes, rng.randint(1, 2))
    if rng.random() < 0.4:
        kwargs["since"] = rng.choice(["2019", "2021-06", "2022-02-24", "2030", *days])
    if rng.random() < 0.35:
        kwargs["until"] = rng.choice(["2018", "2020-03", "2023-11-30", "2017-01-01", *days])
    return kwargs


def test_the_index_gives_the_same_pages_and_totals_as_the_sql(db: Path) -> None:
    with open_store(db, read_only=True) as store:
        index = FilterIndex.read(store.connection.cursor(), generation=1)
        assert index.events == store.counts()["events"]
        rng = random.Random(17)
        every_day = store.sql("SELECT DISTINCT event_date AS d FROM events WHERE event_date IS NOT NULL ORDER BY d")
        days = rng.sample([str(d)[:10] for d in every_day["d"]], 40)
        checked = 0
        for _ in range(400):
            wanted = EventFilter.build(**_random_filter(rng, days))
            limit, offset = rng.choice([0, 1, 25, 100]), rng.choice([0, 0, 10, 400, 5000])
            cursor = store.connection.cursor()
            expected = _page_ids(cursor, *wanted.where(), limit, offset)
            cursor.close()
            assert index.page(wanted, limit, offset) == expected, (wanted, limit, offset)
            checked += expected[1] > 0
        assert checked > 150  # most filters match something: the comparison is not between empty answers


def test_undated_events_come_last_and_leave_any_date_filter(db: Path) -> None:
    with open_store(db, read_only=True) as store:
        index = FilterIndex.read(store.connection.cursor(), generation=1)
        everything, _ = index.page(EventFilter.build(), 10_000, 0)
        undated = set(store.sql("SELECT id FROM events WHERE event_date IS NULL")["id"])
    assert undated and set(everything[-len(undated):]) == undated
    dated, total = index.page(EventFilter.build(since="1900"), 10_000, 0)
    assert total == len(everything) - len(undated) and not undated & set(dated)


def test_text_names_and_stories_are_left_to_duckdb() -> None:
    assert FilterIndex.answers(EventFilter.build(actor="USA", country="UA", since="2022"))
    assert not FilterIndex.answers(EventFilter.build(text="troops"))
    assert not FilterIndex.answers(EventFilter.build(actor="Vladimir Putin"))
    assert not FilterIndex.answers(EventFilter.build(recipient="usa"))  # lower case is a name to the store
    assert not FilterIndex.answers(EventFilter.build(story="abc"))


def test_an_index_older_than_the_database_is_not_used_and_is_rebuilt(db: Path) -> None:
    app = create_app(Settings(db=str(db)))
    keeper: FilterIndexKeeper = app.state.filter_index
    database = app.state.database
    deadline = time.monotonic() + 30
    while keeper.state()["status"] == "running" and time.monotonic() < deadline:
        time.sleep(0.05)
    wanted = EventFilter.build(actor="USA")
    assert keeper.state()["current"] and keeper.current(wanted) is not None
    database.changed()  # what a submitted page does
    assert keeper.current(wanted) is None  # stale: DuckDB answers
    assert keeper.state()["status"] == "done"  # and no rebuild while writes have not paused
    keeper.quiet, keeper.share = 0.2, 1.0
    time.sleep(0.3)
    assert keeper.current(wanted) is None  # this request starts the rebuild, and DuckDB answers it
    while keeper.state()["status"] == "running" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert keeper.current(wanted) is not None and keeper.index.generation == database.generation
    database.close()


def test_api_pages_agree_with_and_without_the_index(db: Path) -> None:
    on, off = Settings(db=str(db)), Settings(db=str(db), filter_index=False, cache_entries=0, record_cache_mb=0)
    rng = random.Random(3)
    with TestClient(create_app(on)) as with_index, TestClient(create_app(off)) as without:
        state = with_index.get("/api/ingest").json()["filter_index"]
        deadline = time.monotonic() + 30
        while state["status"] == "running" and time.monotonic() < deadline:
            time.sleep(0.05)
            state = with_index.get("/api/ingest").json()["filter_index"]
        assert state["current"] and state["events"] > 2000 and state["bytes"] > 0
        assert without.get("/api/ingest").json()["filter_index"] == {"status": "off"}
        for _ in range(40):
            params = {**_random_filter(rng), "limit": rng.choice([5, 50]), "offset": rng.choice([0, 50])}
            assert with_index.get("/api/events", params=params).json() == without.get("/api/events", params=params).json()

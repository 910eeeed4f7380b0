"""Stories: syndicated copies of one happening count once; different happenings stay apart.

The pages are written for these tests: one wire report republished by three sites (different
headlines, one with an extra paragraph, one a day later), and reports of other happenings on the
same day between the same countries. They run through the real pipeline (extract, enrich) with
the small stand-in coder from ``store_fakes``.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from store_fakes import code, wire_page

from eventwire.store import open_store
from eventwire.store.synthetic import documents
from eventwire.store.writer import write_batch

WIRE = ("(Wire) - Russian troops attacked Kharkiv on Tuesday, killing 7 people, Ukrainian officials said.",
        "The regional governor said rescue teams were still searching the rubble of a school building.",
        "Air defence units reported shooting down several missiles over the city overnight.")


def _write(folder: Path, name: str, site: str, title: str, published: str, paragraphs: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(wire_page(site, f"world/{name}", title, published, paragraphs), encoding="utf-8")


@pytest.fixture(scope="module")
def wire_store(tmp_path_factory: pytest.TempPathFactory):
    pages = tmp_path_factory.mktemp("pages")
    _write(pages, "herald.html", "dailyherald.example", "Russian attack on Kharkiv kills seven",
           "2024-03-05T09:00:00+00:00", list(WIRE))
    _write(pages, "courier.html", "morningcourier.example", "Seven dead as Kharkiv is hit",
           "2024-03-05T11:30:00+00:00", list(WIRE) + ["Talks on a prisoner exchange are due to resume next month."])
    _write(pages, "gazette.html", "eveninggazette.example", "Kharkiv: seven killed in Russian attack",
           "2024-03-06T07:00:00+00:00", list(WIRE[:2]))
    # Same day, same countries, other happenings: another attack elsewhere, and a meeting.
    _write(pages, "odesa.html", "portnews.example", "Drones hit Odesa port",
           "2024-03-05T10:00:00+00:00",
           ["Russian drones struck Odesa on Tuesday, damaging grain silos at the port, Ukrainian officials said.",
            "Port workers were evacuated before the strike and no casualties were reported."])
    _write(pages, "talks.html", "dailyherald.example", "Envoys meet in Geneva",
           "2024-03-05T15:00:00+00:00",
           ["Russian envoys met Ukrainian negotiators in Geneva on Tuesday to discuss a prisoner exchange.",
            "Both delegations described the talks as difficult but useful."])
    db = tmp_path_factory.mktemp("db") / "wire.duckdb"
    with open_store(db) as store:
        summary = store.run([str(pages)], coder=code)
    assert summary.articles_added == 5, summary.lines()
    return db


def test_three_copies_of_one_wire_story_are_one_story(wire_store: Path) -> None:
    with open_store(wire_store, read_only=True) as store:
        attacks = store.events(event="ASSAULT", text="Kharkiv").records()
        assert len(attacks) == 3  # one event per copy, each traceable to its own article
        assert len({e.doc_id for e in attacks}) == 3
        stories = store.stories(event="ASSAULT", actor="RUS", recipient="UKR").records()
        kharkiv = [s for s in stories if s.num_events == 3]
        assert len(kharkiv) == 1
        story = kharkiv[0]
        assert (story.num_articles, story.num_sources) == (3, 3)
        assert story.first_seen is not None and story.last_seen is not None
        assert story.first_seen < story.last_seen
        assert {e.id for e in store.events(story=story.story_id)} == {e.id for e in attacks}


def test_different_happenings_on_the_same_day_stay_apart(wire_store: Path) -> None:
    with open_store(wire_store, read_only=True) as store:
        odesa = store.events(text="Odesa").records()
        talks = store.events(event="CONSULT").records()
        assert len(odesa) == 1 and len(talks) == 1
        kharkiv_story = store.events(text="Kharkiv", event="ASSAULT").df()["story_id"].unique()
        frame = store.events().df()
        story_of = dict(zip(frame["id"], frame["story_id"]))
        assert story_of[odesa[0].id] not in kharkiv_story  # same type, dyad and day; other place and words
        assert story_of[talks[0].id] not in kharkiv_story  # same dyad and day; other type
        assert frame.loc[frame["id"] == odesa[0].id, "story_sources"].item() == 1


def _stories(db: Path) -> list[tuple]:
    with open_store(db, read_only=True) as store:
        return store.connection.execute(
            "SELECT story_id, num_events, num_articles, num_sources, lead_event_id FROM stories ORDER BY 1").fetchall()


def test_stories_do_not_depend_on_batches_or_arrival_order(tmp_path: Path) -> None:
    docs = list(documents(600, seed=3, syndication=0.5))
    shuffled = docs[:]
    random.Random(5).shuffle(shuffled)
    layouts = {"one": [docs], "small": [docs[i:i + 9] for i in range(0, len(docs), 9)],
               "shuffled": [shuffled[i:i + 50] for i in range(0, len(shuffled), 50)]}
    results = {}
    for name, batches in layouts.items():
        with open_store(tmp_path / f"{name}.duckdb") as store:
            for batch in batches:
                write_batch(store.connection, batch, run_id=None)
        results[name] = _stories(tmp_path / f"{name}.duckdb")
    assert results["one"] == results["small"] == results["shuffled"]
    assert any(row[3] > 1 for row in results["one"])  # the syndicated copies were folded
    with open_store(tmp_path / "one.duckdb", read_only=True) as store:
        counts = store.counts()
        assert store.sql("SELECT count(*) AS n FROM events WHERE story_id IS NULL")["n"].item() == 0
        assert store.sql("SELECT sum(num_events) AS n FROM stories")["n"].item() == counts["events"]

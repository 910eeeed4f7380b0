"""The store itself: schema and migrations, idempotent transactional writes, queries, bad files.

Everything runs on real DuckDB files in temporary folders, with synthetic events (the coder is
not the store's business) and a few events built by hand where a test needs exact values.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from eventwire import open_store
from eventwire.cli import cli
from eventwire.errors import (StoreCorrupt, StoreLocked, StoreNotFound, StorePathInvalid, StoreTooNew,
                              StoreUsageError, StoreWriteFailed)
from eventwire.records import Article, Entity, Event, EventPlace, EventQuantity, Evidence, Modality
from eventwire.store import stories
from eventwire.store.schema import SCHEMA_VERSION, TABLES
from eventwire.store.synthetic import documents
from eventwire.store.writer import Document, write_batch


def article(doc_id: str, body: str = "Troops crossed the border on Monday.", **fields) -> Article:
    return Article(doc_id=doc_id, source=f"https://news.example/{doc_id}", status="ok", body=body,
                   url=f"https://www.news.example/{doc_id}", site="News Example", published="2022-02-24", **fields)


def event(doc_id: str, number: int, kind: str = "ASSAULT", actor: str = "RUS", recipient: str = "UKR",
          **fields) -> Event:
    text = f"Sentence {number}: troops from {actor} hit {recipient} targets."
    return Event(id=f"{doc_id}-{number}", doc_id=doc_id, event=kind,
                 evidence=Evidence(text=text, start=0, end=len(text), trigger="hit"),
                 actors=[Entity(text=actor, code=actor, sector="MIL")],
                 recipients=[Entity(text=recipient, code=recipient)], confidence=0.8, **fields)


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "events.duckdb") as opened:
        yield opened


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("synthetic") / "events.duckdb"
    with open_store(path) as opened:
        docs = list(documents(3000, seed=1))
        for i in range(0, len(docs), 250):
            write_batch(opened.connection, docs[i:i + 250], run_id=None)
    return path


# --- schema -----------------------------------------------------------------------------------------

def test_a_new_database_has_every_table_at_the_current_version(store) -> None:
    counts = store.counts()
    assert set(counts) == set(TABLES)
    assert store.sql("SELECT max(version) AS v FROM schema_migrations")["v"].item() == SCHEMA_VERSION


def test_a_database_from_a_newer_eventwire_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.duckdb"
    open_store(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_migrations VALUES (?, 'from the future', now()::TIMESTAMP)", [SCHEMA_VERSION + 1])
    con.close()
    with pytest.raises(StoreTooNew, match="newer than this eventwire"):
        open_store(path)


def test_a_foreign_duckdb_database_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE mine (x INTEGER)")
    con.close()
    with pytest.raises(StoreCorrupt, match="not one eventwire made"):
        open_store(path)


# --- writes -------------------------------------------------------------------------------------------

def test_records_come_back_exactly_as_written(store) -> None:
    full = event("d1", 1, mode="firearms", context=["military"], cameo="190", quad_class=4, score=-9.0,
                 goldstein=-10.0, date="2022-02", date_precision="month", date_text="in February", coder="test v1",
                 locations=[EventPlace(text="Kharkiv", country_code="UKR", name="Kharkiv", admin1="Kharkivska",
                                       lat=49.99, lon=36.23, geonameid=706483, feature="city", role="event"),
                            EventPlace(text="Belgorod", country_code="RUS", role="origin")],
                 quantities=[EventQuantity(value=7, unit="killed", text="at least seven", low=7, approximate=True)],
                 modality=Modality(negated=False, hypothetical=True, future=False, historical=False,
                                   reported_by=Entity(text="officials", code="UKR", sector="GOV")))
    plain = event("d1", 2)
    write_batch(store.connection, [Document(article("d1", authors=["A. Writer"]), [full, plain])], run_id=None)
    # a month-precise date sorts on the month's first day, before the article's day that dates the other
    assert [e.to_dict() for e in store.events()] == [full.to_dict(), plain.to_dict()]
    stored = store.articles().records()
    assert stored[0].to_dict() == article("d1", authors=["A. Writer"]).to_dict()


def test_writing_the_same_batch_twice_adds_nothing(store) -> None:
    batch = list(documents(300, seed=2))
    write_batch(store.connection, batch, run_id=None)
    before = store.counts()
    result = write_batch(store.connection, batch, run_id=None)
    assert (result.articles_added, result.events_added) == (0, 0)
    assert store.counts() == before


def test_the_first_version_of_an_article_wins(store) -> None:
    write_batch(store.connection, [Document(article("d1"), [event("d1", 1)])], run_id=None)
    updated = article("d1", body="Troops crossed the border on Monday. Updated at noon.")
    result = write_batch(store.connection, [Document(updated, [event("d1", 1), event("d1", 2)])], run_id=None)
    assert result.duplicates == 1 and result.events_added == 0
    assert store.articles().records()[0].body == "Troops crossed the border on Monday."
    assert store.events().count() == 1


def test_an_article_that_failed_unexpectedly_is_replaced_when_it_works(store) -> None:
    broken = Article(doc_id="d1", source="page.html", status="error", reason="[E900] page.html: unexpected bug")
    write_batch(store.connection, [Document(broken, input_id="i1")], run_id=None)
    assert store.counts()["inputs"] == 0  # not marked as read: the next run tries it again
    write_batch(store.connection, [Document(article("d1"), [event("d1", 1)], input_id="i1")], run_id=None)
    assert [a.status for a in store.articles()] == ["ok"]
    assert store.counts()["inputs"] == 1 and store.events().count() == 1


def test_a_batch_that_fails_half_way_leaves_nothing(store, monkeypatch) -> None:
    write_batch(store.connection, [Document(article("d0"), [event("d0", 1)])], run_id=None)
    before = store.counts()

    def explode(con, update) -> None:
        con.execute("INSERT INTO stories SELECT * FROM stories")  # a write that fails (duplicate keys)

    monkeypatch.setattr(stories, "apply", explode)
    with pytest.raises(StoreWriteFailed, match="rolled back"):
        write_batch(store.connection, [Document(article(f"d{i}"), [event(f"d{i}", 1)]) for i in range(1, 6)],
                    run_id=None, path="events.duckdb")
    assert store.counts() == before


def test_outlets_are_counted_once_per_article(store) -> None:
    docs = [Document(article(f"d{i}"), []) for i in range(3)]
    write_batch(store.connection, docs[:2], run_id=None)
    write_batch(store.connection, docs, run_id=None)
    rows = store.sql("SELECT source_id, name, num_articles FROM sources").to_dict("records")
    assert rows == [{"source_id": "news.example", "name": "News Example", "num_articles": 3}]


# --- queries ------------------------------------------------------------------------------------------

def test_filters_combine_and_agree_with_a_plain_count(synthetic: Path) -> None:
    with open_store(synthetic, read_only=True) as store:
        frame = store.events().df()
        assert len(frame) == 3000
        russia = store.events(actor="RUS").df()
        assert len(russia) == sum("RUS" in codes for codes in frame["actor_codes"])
        actors, recipients = {"RUS", "CHN", "USA", "IRN", "GBR", "FRA"}, {"UKR", "USA", "TWN", "ISR", "DEU", "POL", "JPN", "KOR"}
        kinds = {"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"}
        both = store.events(actor=sorted(actors), recipient=",".join(sorted(recipients)), event=sorted(kinds),
                            since="2019", until="2023-06")
        expected = frame[[bool(actors & set(a)) and bool(recipients & set(r)) and e in kinds
                          and "2019-01-01" <= str(d) <= "2023-06-30"
                          for a, r, e, d in zip(frame["actor_codes"], frame["recipient_codes"], frame["event"],
                                                frame["event_date"])]]
        assert both.count() == len(expected) > 0
        assert sorted(both.df()["id"]) == sorted(expected["id"])
        assert store.events(country="UA").count() == store.events(country="UKR").count() > 0
        assert store.events(text="DEPLOYED TROOPS").count() == (frame["event"] == "MOBILIZE").sum()


def test_pages_are_stable_and_cover_everything_once(synthetic: Path) -> None:
    with open_store(synthetic, read_only=True) as store:
        everything = list(store.events(actor="USA").df()["id"])
        pages = [list(store.events(actor="USA", limit=25, offset=o).df()["id"]) for o in range(0, len(everything), 25)]
        assert [i for page in pages for i in page] == everything
        assert store.events(actor="USA", limit=25).count() == len(everything)


def test_names_match_actors_that_have_no_code(store) -> None:
    group = event("d1", 1, actor="RUS")
    group.actors = [Entity(text="the Wagner group", name="Wagner Group", code=None, sector="PRM")]
    write_batch(store.connection, [Document(article("d1"), [group, event("d1", 2)])], run_id=None)
    assert [e.id for e in store.events(actor="Wagner Group")] == ["d1-1"]
    assert [e.id for e in store.events(actor="%wagner%")] == ["d1-1"]


def test_bad_filters_say_what_is_wrong(synthetic: Path) -> None:
    with open_store(synthetic, read_only=True) as store:
        with pytest.raises(StoreUsageError, match="unknown event type ATTACK"):
            store.events(event="ATTACK")
        with pytest.raises(StoreUsageError, match="not a date"):
            store.events(since="last week")


# --- bad files ----------------------------------------------------------------------------------------

def test_bad_paths_give_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(StorePathInvalid, match="is a directory"):
        open_store(tmp_path)
    with pytest.raises(StorePathInvalid, match="does not exist"):
        open_store(tmp_path / "missing" / "events.duckdb")
    with pytest.raises(StoreNotFound, match="no such database"):
        open_store(tmp_path / "nothing.duckdb", read_only=True)
    corrupt = tmp_path / "corrupt.duckdb"
    corrupt.write_bytes(b"this is not a database, just some bytes\n" * 200)
    with pytest.raises(StoreCorrupt, match="not a DuckDB database"):
        open_store(corrupt)
    assert corrupt.read_bytes().startswith(b"this is not a database")  # left as it was


def test_a_database_held_by_another_process_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "held.duckdb"
    open_store(path).close()
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb,time; c=duckdb.connect({str(path)!r}); "
                               "print('ready', flush=True); time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreLocked, match=f"PID {holder.pid}"):
            open_store(path)
    finally:
        holder.kill()
        holder.wait()


def test_the_cli_shows_store_errors_without_a_traceback(tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.duckdb"
    corrupt.write_bytes(b"\x00garbage" * 1000)
    runner = CliRunner()
    for args in (["events", "--db", str(corrupt)], ["articles", "--db", str(tmp_path)],
                 ["stories", "--db", str(tmp_path / "none.duckdb")]):
        result = runner.invoke(cli, args)
        assert result.exit_code == 1
        assert result.output.startswith("Error: [E40") and "Traceback" not in result.output


def test_the_cli_and_the_python_api_give_the_same_rows(synthetic: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["events", "--db", str(synthetic), "--actor", "RUS", "--event", "ASSAULT",
                                 "--format", "csv", "--limit", "5"])
    assert result.exit_code == 0, result.output
    ids = [line.split(",")[0] for line in result.stdout.splitlines()[1:]]
    with open_store(synthetic, read_only=True) as store:
        assert ids == list(store.events(actor="RUS", event="ASSAULT", limit=5).df()["id"])
        russian = store.events(actor="RUS").count()
    table = runner.invoke(cli, ["events", "--db", str(synthetic), "--limit", "3"], env={"COLUMNS": "120"})
    assert table.exit_code == 0 and len(table.stdout.splitlines()) == 4
    assert "3 of 3,000 events shown" in table.stderr
    counted = runner.invoke(cli, ["events", "--db", str(synthetic), "--actor", "RUS", "--count"])
    assert counted.stdout.strip() == str(russian)


def test_the_database_path_comes_from_eventwire_db_when_not_given(synthetic: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no eventwire.duckdb here: only the variable can find the database
    result = CliRunner().invoke(cli, ["events", "--count"], env={"EVENTWIRE_DB": str(synthetic)})
    assert result.exit_code == 0 and result.stdout.strip() == "3000"
    with monkeypatch.context() as patched:
        patched.setenv("EVENTWIRE_DB", str(synthetic))
        with open_store(read_only=True) as store:
            assert store.path == str(synthetic)


def test_failed_articles_are_listed_with_their_reasons(store) -> None:
    broken = Article(doc_id="b1", source="scan.pdf", status="rejected", reason="[E103] scan.pdf: this is a PDF")
    write_batch(store.connection, [Document(article("d1"), [event("d1", 1)]), Document(broken)], run_id=None)
    store.close()
    result = CliRunner().invoke(cli, ["articles", "--db", store.path, "--failed", "--format", "jsonl"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["doc_id"], r["status"], r["reason"]) for r in records] == [("b1", "rejected", broken.reason)]
    table = CliRunner().invoke(cli, ["articles", "--db", store.path, "--failed"])
    assert "E103" in table.stdout and "this is a PDF" in table.stdout

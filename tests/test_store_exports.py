"""Exports in the field's formats: each one checked by the tool its users would check it with.

PLOVER JSONL against ``event.schema.json`` (jsonschema), GeoJSON with the ``geojson`` library,
Parquet through pandas, GDELT and ACLED by their column lists; and the docs must describe every
table, column and exported field.
"""

from __future__ import annotations

import csv
import io
import json
import re
from importlib import resources
from pathlib import Path

import geojson
import jsonschema
import pandas as pd
import pytest
from click.testing import CliRunner

from eventwire import open_store
from eventwire.cli import cli
from eventwire.records import Article, Entity, Event, EventPlace, EventQuantity, Evidence
from eventwire.store import acled, gdelt
from eventwire.store.schema import TABLES
from eventwire.store.synthetic import documents
from eventwire.store.writer import Document, write_batch

ROOT = Path(__file__).resolve().parent.parent


def _kharkiv(doc_id: str, site: str) -> Document:
    text = "Russian artillery shelled Kharkiv on Tuesday, killing 7 civilians, officials said."
    article = Article(doc_id=doc_id, source=f"https://{site}/a", status="ok", url=f"https://{site}/a", site=site,
                      body=text + "\n\nMore later.", title="Kharkiv shelled", published="2024-03-05T09:00:00Z")
    ev = Event(id=f"{doc_id}-e", doc_id=doc_id, event="ASSAULT", mode="heavy-weapons", cameo="195", quad_class=4,
               goldstein=-10.0, date="2024-03-05", date_precision="day", confidence=0.9,
               evidence=Evidence(text=text, start=0, end=len(text), trigger="shelled"),
               actors=[Entity(text="Russian artillery", code="RUS", name="Russia", sector="MIL")],
               recipients=[Entity(text="civilians", code="UKR", sector="CVL")],
               locations=[EventPlace(text="Kharkiv", country_code="UKR", name="Kharkiv", admin1="Kharkivska",
                                     lat=49.99, lon=36.23, geonameid=706483, feature="city", role="event")],
               quantities=[EventQuantity(value=7, unit="killed", text="killing 7 civilians")])
    return Document(article, [ev])


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("exports") / "events.duckdb"
    with open_store(path) as store:
        write_batch(store.connection, [_kharkiv("k1", "one.example"), _kharkiv("k2", "two.example")], run_id=None)
        write_batch(store.connection, list(documents(600, seed=4)), run_id=None)
    return path


def _export(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["export", "--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_plover_jsonl_validates_against_the_event_schema(db: Path) -> None:
    schema = json.loads(resources.files("eventwire").joinpath("schema/event.schema.json").read_text())
    validator = jsonschema.Draft202012Validator(schema)
    lines = _export(db, "--format", "plover").splitlines()
    assert len(lines) == 602
    for line in lines:
        record = json.loads(line)
        validator.validate(record)
        assert record["story_id"]


def test_geojson_is_valid_and_puts_longitude_first(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.geojson"
    _export(db, "--format", "geojson", "-o", str(out), "--country", "UKR")
    collection = geojson.loads(out.read_text())
    assert collection.is_valid, collection.errors()
    features = {f["id"]: f for f in collection["features"]}
    assert features["k1-e"]["geometry"]["coordinates"] == [36.23, 49.99]
    assert features["k1-e"]["properties"]["story_sources"] == 2
    assert not (tmp_path / "events.geojson.part").exists()


def test_parquet_round_trips_through_pandas(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    _export(db, "--format", "parquet", "-o", str(out))
    back = pd.read_parquet(out)
    with open_store(db, read_only=True) as store:
        frame = store.events().df()
    pd.testing.assert_frame_equal(back, frame)
    assert list(back.loc[back["id"] == "k1-e", "actor_codes"].item()) == ["RUS"]


def test_gdelt_rows_have_the_61_columns_and_gdelt_codes(db: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(_export(db, "--format", "gdelt", "--story", _story(db))), delimiter="\t"))
    assert len(rows) == 2 and len(rows[0]) == 61 and tuple(rows[0]) == gdelt.COLUMNS
    row = next(r for r in rows if r["GLOBALEVENTID"] == "k1-e")
    assert (row["SQLDATE"], row["MonthYear"], row["Year"]) == ("20240305", "202403", "2024")
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == ("RUSMIL", "RUS", "MIL")
    assert (row["Actor2Code"], row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("UKRCVL", "195", "195", "19")
    assert (row["NumArticles"], row["NumSources"], row["IsRootEvent"]) == ("2", "2", "1")
    assert (row["ActionGeo_CountryCode"], row["ActionGeo_Type"]) == ("UP", "4")  # FIPS, world city
    assert row["ActionGeo_FullName"] == "Kharkiv, Kharkivska, Ukraine"
    assert row["SOURCEURL"].startswith("https://") and row["DATEADDED"] == "20240305090000"


def test_acled_rows_use_acled_columns_and_leave_out_what_acled_does_not_record(db: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "acled"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == acled.COLUMNS
    row = next(r for r in rows if r["event_id_cnty"] == "k1-e")
    assert (row["event_type"], row["sub_event_type"]) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert (row["iso"], row["country"], row["location"], row["fatalities"]) == ("804", "Ukraine", "Kharkiv", "7")
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("8", "7", "78")  # foreign forces vs civilians
    assert "left out" in result.stderr and "ACLED does not record" in result.stderr
    kinds = {r["tags"].split(";")[0] for r in rows}
    assert "plover=CONSULT" not in kinds and "plover=ASSAULT" in kinds


def test_csv_and_tsv_have_a_header_and_one_line_per_event(db: Path) -> None:
    for fmt, delimiter in (("csv", ","), ("tsv", "\t")):
        text = _export(db, "--format", fmt, "--event", "ASSAULT")
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
        with open_store(db, read_only=True) as store:
            assert len(rows) - 1 == store.events(event="ASSAULT").count()
        assert all(len(r) == len(rows[0]) for r in rows)


def _story(db: Path) -> str:
    with open_store(db, read_only=True) as store:
        return store.events(doc_id="k1").df()["story_id"].item()


# --- the docs describe everything ---------------------------------------------------------------------

def _documented(path: Path) -> set[str]:
    return set(re.findall(r"`([A-Za-z0-9_]+)`", path.read_text(encoding="utf-8")))


def test_every_table_and_column_is_described_in_the_schema_doc(db: Path) -> None:
    text = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    sections = dict(re.findall(r"^## `(\w+)`\n(.*?)(?=^## |\Z)", text, flags=re.M | re.S))
    assert sorted(sections) == sorted(TABLES)
    with open_store(db, read_only=True) as store:
        columns = store.sql("SELECT table_name, column_name FROM information_schema.columns "
                            "WHERE table_schema = 'main'")
    missing = [f"{t}.{c}" for t, c in zip(columns["table_name"], columns["column_name"])
               if f"| `{c}` |" not in sections[t]]
    assert not missing, f"docs/schema.md does not describe {missing}"


def test_every_exported_field_is_mapped_in_the_formats_doc(db: Path) -> None:
    names = _documented(ROOT / "docs" / "formats.md")
    with open_store(db, read_only=True) as store:
        flat = list(store.events(limit=1).df().columns)
    missing = [c for c in (*gdelt.COLUMNS, *acled.COLUMNS, *flat) if c not in names]
    assert not missing, f"docs/formats.md does not map {missing}"

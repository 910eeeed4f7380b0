"""Office-holders, parties and state bodies newer than the Phoenix lists (tools/actor_sources/
officeholders.tsv, parties.tsv, state_bodies.tsv), resolved against the article's date.

Every phrase and sentence here was written for these tests; facts are real, wording is ours.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from eventwire.nlp.actors import find_actors, resolve_actor_text
from eventwire.nlp.parse import parse

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "tools" / "actor_sources"


@pytest.mark.parametrize("text, day, code, sector", [
    ("Defence Minister Crosetto", date(2023, 5, 2), "ITA", "GOV"),
    ("Foreign Minister Penny Wong", date(2023, 8, 14), "AUS", "GOV"),
    ("Ronald Lamola", date(2025, 2, 3), "ZAF", "GOV"),
    ("General Mark Milley", date(2021, 6, 1), "USA", "MIL"),
    ("Esmail Qaani", date(2022, 1, 5), "IRN", "MIL"),
    ("Speaker Ruslan Stefanchuk", date(2024, 4, 9), "UKR", "LEG"),
    ("Sirajuddin Haqqani", date(2019, 3, 1), "AFG", "REB"),    # a Taliban leader before August 2021 …
    ("Sirajuddin Haqqani", date(2023, 3, 1), "AFG", "GOV"),    # … and a minister of their government after
    ("Benjamin Netanyahu", date(2023, 11, 20), "ISR", "GOV"),  # back in office from December 2022
    ("Benjamin Netanyahu", date(2022, 3, 1), "ISR", "PTY"),  # leader of the opposition (later_offices.tsv)
    ("Paetongtarn Shinawatra", date(2025, 1, 15), "THA", "GOV"),
    ("Paetongtarn Shinawatra", date(2025, 10, 15), "THA", "ELI"),  # removed by the court, August 2025
])
def test_person_on_the_article_date(text: str, day: date, code: str, sector: str) -> None:
    actor = resolve_actor_text(text, anchor=day)
    assert actor is not None
    assert (actor.code, actor.sector) == (code, sector)


def test_surname_only_through_an_office_held_on_the_date() -> None:
    """A title and a surname name the minister in 2023; the same words in 2012 do not reach the
    post-2015 entry (Crosetto held no recorded office then), so no country is guessed."""
    later = resolve_actor_text("Defence Minister Crosetto", anchor=date(2023, 5, 2))
    earlier = resolve_actor_text("Defence Minister Crosetto", anchor=date(2012, 5, 2))
    assert later is not None and later.code == "ITA"
    assert earlier is None or earlier.code != "ITA"


def test_minister_in_an_article() -> None:
    text = ("The defence minister, Guido Crosetto, flew to Ankara on Monday. "
            "Mr Crosetto said the talks with his Turkish counterpart had been useful.")
    found = find_actors(parse(text), [], date(2023, 3, 14))
    crosetto = [a for a in found if "Crosetto" in a.text]
    assert len(crosetto) == 2 and all((a.code, a.sector) == ("ITA", "GOV") for a in crosetto)


def test_a_common_surname_is_not_stolen_by_a_newcomer() -> None:
    """Bill Blair (Canada) is in the officeholders table, but "Blair" alone is Tony Blair's
    surname too: it must not become a Canadian minister."""
    actor = resolve_actor_text("Mr Blair", anchor=date(2020, 6, 1))
    assert actor is None or actor.code != "CAN"


@pytest.mark.parametrize("text, context, code, sector", [
    ("the PRI", "Mexico", "MEX", "PTY"),
    ("the PAN", "Mexico", "MEX", "PTY"),
    ("PRI lawmakers", None, "MEX", "LEG"),              # the party gives the country, the noun the sector
    ("the Congress Party", None, "IND", "PTY"),
    ("Likud", None, "ISR", "PTY"),
    ("the Alternative for Germany", None, "DEU", "PTY"),
    ("ZANU-PF", None, "ZWE", "PTY"),
    ("the Workers' Party of Korea", None, "PRK", "GOV"),
    ("SANDF soldiers", None, "ZAF", "MIL"),
    ("the Bundeswehr", None, "DEU", "MIL"),
    ("DfID", None, "GBR", "GOV"),
    ("the Knesset", None, "ISR", "LEG"),
    ("Kenya Defence Forces", None, "KEN", "MIL"),
])
def test_parties_and_state_bodies(text: str, context: str | None, code: str, sector: str) -> None:
    actor = resolve_actor_text(text, context=context, anchor=date(2022, 9, 1))
    assert actor is not None
    assert (actor.code, actor.sector) == (code, sector)


def test_month_precision_dates(actor_builder) -> None:
    builder = actor_builder
    assert builder.iso_day("2019-05") == 20190501
    assert builder.iso_day("2019-05-20") == 20190520
    assert builder.iso_day("") == 0


def test_rows_of_one_person_in_two_tables_are_one_person(actor_builder, tmp_path: Path) -> None:
    builder = actor_builder
    first = tmp_path / "a.tsv"
    second = tmp_path / "b.tsv"
    first.write_text("Ann Example\t\tXYZ\tGOV\t2015-01\t2018-06\n", encoding="utf-8")
    second.write_text("Ann Example\tA. Example\tXYZ\tGOV\t2021-03\t\n", encoding="utf-8")
    people = builder.read_leaders(first, second)
    assert len(people) == 1
    name, aliases, codes = people[0]
    assert name == "Ann Example" and aliases == ["A. Example"]
    assert ["XYZGOV", 20150101, 20180601] in codes and ["XYZGOV", 20210301, 0] in codes
    assert ["XYZELI", 20180601, 0] in codes  # between the two offices, a former official


@pytest.mark.parametrize("table, at_least", [("officeholders.tsv", 400), ("public_figures.tsv", 100)])
def test_officeholders_table_is_tidy(table: str, at_least: int) -> None:
    """Six fields, month dates, an end after the start, sorted by code, name and start."""
    rows = [line.split("\t") for line in (SOURCES / table).read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    assert len(rows) > at_least
    for row in rows:
        assert len(row) == 6, row
        name, _, code, sector, start, end = row
        assert re.fullmatch(r"\d{4}-\d{2}", start), row
        assert end == "" or (re.fullmatch(r"\d{4}-\d{2}", end) and end >= start), row
        assert re.fullmatch(r"[A-Z]{2,4}", code) and re.fullmatch(r"[A-Z]{3}", sector), row
    assert rows == sorted(rows, key=lambda r: (r[2], r[0], r[4]))


def test_spelling_variants_of_agent_nouns(actor_builder) -> None:
    builder = actor_builder
    assert builder.spelling_variants("laborers") == ["labourers"]
    assert builder.spelling_variants("defence forces") == ["defense forces"]
    assert builder.spelling_variants("councilors") == ["councillors"]
    assert builder.spelling_variants("organized crime") == ["organised crime"]
    assert builder.spelling_variants("honorary consul") == []    # the same in both
    assert builder.spelling_variants("prize") == []

"""Country words that name something else: surnames, US towns and states, rivers, car models,
datelines (towns as recipients: tests/test_place_recipients.py).

Every sentence here was written for these tests (people and towns are invented or ordinary).
The whole annotation pipeline runs, because the guards read the places stage's readings.
"""

from __future__ import annotations

import pytest

from eventwire.nlp import annotate
from eventwire.nlp.countries import country_in_name
from eventwire.records import Article


def annotated(text: str):
    return annotate(Article(doc_id="t", source="test", status="ok", body=text, published="2026-11-20"))


def actors(text: str) -> list:
    return [a for s in annotated(text).sentences for a in s.actors]


def codes(text: str) -> dict[str, str | None]:
    return {a.text: a.code for a in actors(text)}


@pytest.mark.parametrize("text, country", [
    ("Mr France met President Macron in Paris on Monday.", "FRA"),
    ("Deputies found Steven Bell in the garage. Bell was taken to a hospital.", "GNQ"),
    ("Ms Chad Wilson, the chair of the board, thanked volunteers.", "TCD"),
])
def test_a_surname_is_not_a_country(text: str, country: str) -> None:
    people = [a for a in actors(text) if a.kind == "person" and "Macron" not in a.text]
    assert people
    assert all(a.code != country for a in people), people


@pytest.mark.parametrize("text, word", [
    ("Police arrested a man from Lebanon, Pennsylvania, on Friday.", "LBN"),
    ("The mayor of Jordan, Minnesota, criticised the county board.", "JOR"),
    ("The suspect fled to Athens, Georgia, where he was arrested by police.", "GRC"),
    ("Georgia's governor signed the bill, and regulators in Atlanta approved the plan.", "GEO"),
    ("The Jordan River flooded farms in Israel.", "JOR"),
])
def test_a_us_town_or_state_is_not_the_country(text: str, word: str) -> None:
    assert word not in codes(text).values(), codes(text)


def test_one_reading_of_a_state_per_article() -> None:
    found = codes("Georgia regulators met in Atlanta on Monday. The Georgia Public Service Commission "
                  "approved the rate increase.")
    assert found["Georgia Public Service Commission"] == "USA"


def test_the_country_itself_is_kept() -> None:
    found = codes("Russia invaded Georgia in 2008, and Jordan closed its border with Syria.")
    assert found.get("Russia") == "RUS"
    assert "JOR" in found.values()


def test_a_car_model_is_no_place() -> None:
    found = codes("A Toyota Tacoma and a Dodge Durango collided on the highway, police said.")
    assert "Tacoma" not in found and "Durango" not in found


@pytest.mark.parametrize("text, dateline", [
    ("NAIROBI: Kenyan police arrested three suspects on Tuesday.", "NAIROBI"),
    ("WASHINGTON, May 3 (Reuters) - The senator praised the budget deal.", "WASHINGTON"),
])
def test_a_dateline_is_no_actor(text: str, dateline: str) -> None:
    assert dateline not in codes(text)


def test_moscow_as_a_subject_stays_an_actor() -> None:
    assert codes("Moscow accused Kyiv of shelling the town.").get("Moscow") == "RUS"


def test_country_in_an_organisation_name() -> None:
    assert country_in_name("Army for the Liberation of Rwanda") == "RWA"
    assert country_in_name("Moroccan Islamic Combatant Group") == "MAR"
    assert country_in_name("Islamic State") is None

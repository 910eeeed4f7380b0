"""Indian English role nouns the actor dictionary reads in police and court reports (actors16):
corporators, jawans, mediapersons, tribals, a party's workers, lower-case MLAs in an article
written without capitals, and the Youth Congress. Every sentence is written for this test."""

from __future__ import annotations

from datetime import date

from eventwire.nlp.actor_resolve import find_matches, resolve_tokens
from eventwire.nlp.actors import find_actors
from eventwire.nlp.parse import parse

DAY = date(2002, 3, 5)
# A second sentence so the article is long enough to be read as one written without capitals.
TAIL = " the town stayed tense through the day and most shops remained shut in the old quarter of the city."


def found(sentence: str) -> dict[str, str]:
    return {a.text: a.sector for a in find_actors(parse(sentence + TAIL), [], DAY) if a.start < len(sentence)}


def test_corporators_sit_on_the_city_body() -> None:
    assert found("two corporators were stabbed near the market.").get("corporators") == "GOV"


def test_mediapersons_are_the_press() -> None:
    assert found("a mob beat up two mediapersons near the station.").get("mediapersons") == "JRN"


def test_jawans_are_soldiers() -> None:
    assert found("the jawans fired in the air to disperse the crowd.").get("jawans") == "MIL"


def test_tribals_are_people_but_tribal_alone_is_an_adjective() -> None:
    assert found("the tribals of the hill villages fled to the forest.").get("tribals") == "CVL"
    assert "tribal" not in found("the tribal belt of the district stayed calm.")


def test_party_workers_belong_to_the_party_not_to_labour() -> None:
    assert found("party workers gathered outside the office.").get("party workers") == "PTY"
    resolved = resolve_tokens(list(parse("BJP workers")), 20020305)
    assert resolved is not None and resolved.sectors[:1] == ["PTY"]


def test_company_workers_stay_workers() -> None:
    resolved = resolve_tokens(list(parse("factory workers")), 20020305)
    assert resolved is not None and resolved.sectors[:1] == ["LAB"]


def test_lower_case_mlas_in_an_article_without_capitals() -> None:
    tokens = list(parse("three mlas walked out of the house."))
    assert any(m.key == "mlas" for m in find_matches(tokens, caseless_text=True))
    assert not any(m.key == "mlas" for m in find_matches(tokens))


def test_youth_congress_is_a_party_body() -> None:
    resolved = resolve_tokens(list(parse("Youth Congress president Anil Mehta")), 20020305)
    assert resolved is not None and resolved.code == "IND" and resolved.sectors[:1] == ["PTY"]

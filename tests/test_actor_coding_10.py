"""Tenth-session actors for coding (nlp/actor_usage.py, actor_resolve._caseless_name,
tools/actor_sources/india.tsv): names read in articles written without capitals, acronyms an article
defines, a country's own usage ("the Centre", "Congress" in Indian news), "the board" taken up again
after the article named one, India's parties and organisations by category.

Every sentence here was written for these tests; the organisations named are real, the events invented.
The whole annotation pipeline runs, because the country's usage reads the places stage's readings.
"""

from __future__ import annotations

import pytest

from eventwire.nlp import annotate
from eventwire.nlp.actor_resolve import initials
from eventwire.nlp.actor_usage import caseless_article
from eventwire.nlp.actors import resolve_actor_text
from eventwire.records import Article

INDIA = ("New Delhi, March 5: The Centre asked the Gujarat government in Gandhinagar to deploy the army in "
         "Ahmedabad. The Vishwa Hindu Parishad (VHP) held a rally in Lucknow on Sunday. Later the VHP "
         "leaders met officials. The BJP criticised the Congress over the violence. The CPM and the "
         "Bajrang Dal held meetings in Patna. The Shankaracharya met the Railway Board in Varanasi.")


def annotated(text: str):
    return annotate(Article(doc_id="t", source="test", status="ok", body=text, published="2002-03-05"))


def actors(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {a.text.lower(): (a.code, a.sector) for s in annotated(text).sentences for a in s.actors}


@pytest.mark.parametrize("text", [INDIA, INDIA.lower()])
def test_indian_actors_with_and_without_capitals(text: str) -> None:
    found = actors(text)
    assert found["centre"] == ("IND", "GOV")                    # the federal government in Indian usage
    assert found["vishwa hindu parishad"] == ("IND", "REL")
    assert found["vhp"] == ("IND", "REL")
    assert found["bjp"] == ("IND", "PTY")
    assert found["congress"] == ("IND", "PTY")                  # the party, not a legislature
    assert found["bajrang dal"] == ("IND", "REL")
    assert found["railway board"] == ("IND", "GOV")
    assert found["shankaracharya"][1] == "REL"


def test_lower_case_acronyms_are_read_only_in_a_text_without_capitals() -> None:
    assert caseless_article(_doc(INDIA.lower()))
    assert not caseless_article(_doc(INDIA))
    cased = "The cpm and the bjp met on Sunday in a long session of talks about the budget and other matters."
    assert "bjp" not in actors(cased) and "cpm" not in actors(cased)


def _doc(text: str):
    from eventwire.nlp.parse import parse

    return parse(text)


@pytest.mark.parametrize("text, absent", [
    ("the all-india confederation of farmers has threatened to march on the capital next week, its leaders "
     "told reporters in the city on sunday after a long meeting of the executive.", "india"),
    ("the attack on the american center was condemned by officials in kolkata on sunday, and the police said "
     "that the suspects had been identified after a long search across the city.", "american"),
    ("male riders were not allowed on the roads of the city on friday, the police said after a meeting of the "
     "officers with the district administration in the evening.", "male"),
])
def test_words_inside_names_and_everyday_words_are_no_actors_without_capitals(text: str, absent: str) -> None:
    assert absent not in actors(text)


def test_an_acronym_the_article_defines_names_the_defined_organisation() -> None:
    text = ("The Kalvora Valley Farmers Action Committee (KVFAC) met in Nairobi. Later the KVFAC asked the "
            "government for water.")
    found = actors(text)
    assert "kvfac" in found
    names = [a.name for s in annotated(text).sentences for a in s.actors if a.text == "KVFAC"]
    assert names and all(n.lower().startswith("kalvora valley farmers action committee") for n in names)


def test_the_board_is_the_board_the_article_named() -> None:
    text = ("The All India Muslim Personal Law Board met in Lucknow on Sunday. The board said it would not "
            "accept the offer. The board of the company met too.")
    sentences = annotated(text).sentences
    second = {a.text: a.name for a in sentences[1].actors}
    assert second.get("board") == "All India Muslim Personal Law Board"
    assert all(a.text != "board" for a in sentences[2].actors)  # "the board of ..." is another board


def test_two_boards_make_the_board_name_neither() -> None:
    text = ("The All India Muslim Personal Law Board met the Railway Board in Delhi. The board said it "
            "would not accept the offer.")
    assert all(a.text != "board" for a in annotated(text).sentences[1].actors)


def test_the_centre_is_a_place_outside_indian_usage_and_where_it_is_a_place() -> None:
    assert "centre" not in actors("The Centre announced new rules in Paris and Lyon, officials in France said.")
    assert "centre" not in actors("Police in Mumbai and Pune said the crowd gathered in the centre of the city.")
    assert "centre" not in actors("The Centre for Policy Research in Delhi and Mumbai published a report.")


def test_congress_elsewhere_is_still_a_legislature() -> None:
    found = actors("The US Congress passed the bill in Washington, officials in Virginia said.")
    assert all(sector != "PTY" for _, sector in found.values())


@pytest.mark.parametrize("text, code, sector", [
    ("Rashtriya Swayamsevak Sangh", "IND", "REL"),
    ("Telugu Desam Party", "IND", "PTY"),
    ("Nationalist Congress Party", "IND", "PTY"),
    ("Central Industrial Security Force", "IND", "COP"),
    ("National Human Rights Commission", "IND", "GOV"),
    ("Asian Development Bank", "IGO", "BUS"),
    ("Pakistan Television", "PAK", "GOV"),
    ("a mahant", None, "REL"),
    ("kar sevaks", None, "REL"),
])
def test_indian_organisations_and_titles(text: str, code: str | None, sector: str) -> None:
    actor = resolve_actor_text(text)
    assert actor is not None and actor.code == code and actor.sector == sector


def test_initials() -> None:
    assert initials("Research and Analysis Wing") == ("raaw", "raw")
    assert initials("Inter-Services Intelligence")[1] == "isi"

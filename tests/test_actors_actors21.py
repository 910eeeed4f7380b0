"""Standalone actor phrases (actors21): general readings by category, each phrase written for this test
(made-up names of bodies and people; the kinds of body are real)."""

from __future__ import annotations

from datetime import date

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.nlp.actors import resolve_actor_text

DAY = date(2021, 6, 1)


def sectors(phrase: str, day: date = DAY) -> tuple[str | None, str | None]:
    actor = resolve_actor_text(phrase, anchor=day)
    assert actor is not None, phrase
    return actor.code, actor.sector


def test_bodies_by_their_kind_word() -> None:
    # a labour congress or a congress of trade unions is a union federation, not a legislature
    assert sectors("the Nigeria Labour Congress") == ("NGA", "LAB")
    assert sectors("Ghana Trades Union Congress") == ("GHA", "LAB")
    assert sectors("the Zambia Congress of Trade Unions") == ("ZMB", "LAB")
    assert sectors("Congress of South African Trade Unions") == ("ZAF", "LAB")
    # a council of churches is a faith body, not a state council
    assert sectors("the Zimbabwe Council of Churches") == ("ZWE", "REL")
    assert sectors("the Council of Churches of Kenya") == ("KEN", "REL")
    assert sectors("Conference of Catholic Bishops")[1] == "REL"
    # owners of mills and factories are business
    assert sectors("the Ahmedabad Textile Mill Owners Association") == ("IND", "BUS")
    assert sectors("factory owners")[1] == "BUS"
    # state bodies named by the same heads stay the state's
    assert sectors("Congress of the Philippines") == ("PHL", "LEG")
    assert sectors("the Council of Ministers")[1] == "GOV"
    assert sectors("Council of State")[1] == "GOV"
    assert sectors("Congress of People's Deputies")[1] == "LEG"
    assert sectors("Malawi Congress Party") == ("MWI", "PTY")


def test_officers_of_a_branch_of_the_civil_service() -> None:
    assert sectors("forest officers")[1] == "GOV"
    assert sectors("the district officer")[1] == "GOV"
    assert sectors("revenue officers")[1] == "GOV"
    assert sectors("a medical officer")[1] == "GOV"
    assert sectors("correctional officers")[1] == "COP"
    assert sectors("army officers")[1] == "MIL"
    assert sectors("police officers")[1] == "COP"


def test_sub_district_administration_and_titles_before_names() -> None:
    # the Indian sub-district administration is GOV, its police ranks COP
    assert sectors("the mamlatdar")[1] == "GOV"
    assert sectors("sarpanch ramesh patel")[1] == "GOV"
    assert sectors("two ias officers")[1] == "GOV"
    assert sectors("the ips officer")[1] == "COP"
    assert sectors("the deputy superintendent of police")[1] == "COP"
    # a judicial magistrate stays a judge
    assert sectors("the chief judicial magistrate")[1] == "JUD"
    # ranks and church titles before a name
    assert sectors("Squadron Leader Amit Rao")[1] == "MIL"
    assert sectors("Cpl. John Mwangi")[1] == "MIL"
    assert sectors("Monsignor Peter Okoth")[1] == "REL"
    assert sectors("the family patriarch")[1] != "REL"


def test_a_shared_demonym_reads_as_the_country_our_table_gives_it() -> None:
    # "Congolese" is both Congos' demonym; news means the DR Congo unless the article's country says otherwise
    assert sectors("the Congolese army") == ("COD", "MIL")
    assert sectors("Congo-Brazzaville")[0] == "COG"
    actor = resolve_actor_text("Congolese soldiers", context="Republic of the Congo", anchor=DAY)
    assert actor is not None and actor.code == "COG"


def _actors(text: str) -> list[tuple[str, str | None]]:
    from eventwire.nlp.actors import find_actors
    from eventwire.nlp.parse import parse

    return [(actor.text, actor.sector) for actor in find_actors(parse(text), [], DAY)]


def test_a_bare_officer_is_the_kind_of_officer_the_article_named() -> None:
    assert ("officers", "COP") in _actors("Police officers reached the village on Monday. "
                                          "The officers arrested three men and seized two guns.")
    assert ("officer", "MIL") in _actors("Two army officers were hurt in the blast. An officer said the road was shut.")
    # no officer of a kind named before: none, as before
    assert not any(text.endswith("officers") for text, _ in _actors("The officers arrested three men near the market."))
    assert not any(text.endswith("officers") for text, _ in _actors("Senior officers met on Friday. The officers said so."))

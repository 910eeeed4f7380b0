"""Standalone actor phrases (actors20): general readings of agent nouns by what modifies them. Every phrase
is written for this test."""

from __future__ import annotations

from datetime import date

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.nlp.actors import resolve_actor_text

DAY = date(2021, 6, 1)


def sectors(phrase: str, day: date = DAY) -> tuple[str | None, str | None]:
    actor = resolve_actor_text(phrase, anchor=day)
    assert actor is not None, phrase
    return actor.code, actor.sector


def test_state_owned_media_and_companies_are_the_states() -> None:
    # NGEC codes "state media", "state-owned television", "official news agency" GOVJRN and "state-owned" GOVBUS
    assert sectors("state television") == (None, "GOV")
    assert sectors("the state-run news agency") == (None, "GOV")
    assert sectors("a government-owned newspaper") == (None, "GOV")
    assert sectors("Iranian state radio") == ("IRN", "GOV")
    assert sectors("the state-owned power company") == (None, "GOV")
    # the trade stays second; a private newspaper or a state's possessive is not the state's
    actor = resolve_actor_text("state broadcaster", anchor=DAY)
    assert actor is not None and actor.sector == "GOV"
    assert sectors("a local newspaper") == (None, "JRN")
    assert sectors("the state's largest newspaper")[1] == "JRN"
    assert sectors("state police")[1] == "COP"


def test_deputy_ranks_the_title_after_it() -> None:
    # NGEC's bare "deputy" is a sheriff's deputy (COP): before another title it only ranks that title
    assert sectors("Deputy President Amina Otieno")[1] == "GOV"
    assert sectors("the deputy spokesman")[1] == "GOV"
    assert sectors("the party's deputy leader")[1] == "PTY"
    assert sectors("Deputy Sheriff Tom Hale")[1] == "COP"
    assert sectors("a Duma deputy")[1] == "LEG"


def test_a_military_rank_after_a_police_word_is_a_police_rank() -> None:
    assert sectors("a police sergeant")[1] == "COP"
    assert sectors("Police Lt. Dana Whitfield")[1] == "COP"
    assert sectors("the Harlow Police Department Sgt")[1] == "COP"
    assert sectors("Thai police general")[1:] == ("COP",)
    # alone, after an army word, or across "and" it stays military
    assert sectors("Captain Dana Whitfield")[1] == "MIL"
    assert sectors("the army sergeant")[1] == "MIL"
    assert sectors("police and army generals")[1] == "MIL"


def test_an_officer_of_a_body_takes_the_bodys_sector() -> None:
    assert sectors("the president of the university")[1] == "EDU"
    assert sectors("the chancellor of the university")[1] == "EDU"
    assert sectors("chairman of the company")[1] == "BUS"
    assert sectors("president of the Senate")[1] == "LEG"
    # before a country, or before a person's religious title, the title's own sector stays
    assert sectors("president of Kenya") == ("KEN", "GOV")
    assert sectors("chancellor of Germany") == ("DEU", "GOV")
    assert sectors("vice president of the trust acharya ram das")[1] == "GOV"


def test_titles_read_only_before_a_name() -> None:
    assert sectors("Speaker Wanjiku Mutua")[1] == "LEG"
    assert sectors("Justice Odhiambo Ngugi")[1] == "JUD"
    assert sectors("Father Brendan Keogh")[1] == "REL"
    assert sectors("Fr. Brendan Keogh")[1] == "REL"
    for phrase in ("a speaker at the rally", "his father", "Father of three", "Justice"):
        assert resolve_actor_text(phrase, anchor=DAY) is None, phrase


def test_bodies_by_kind() -> None:
    assert sectors("the Kilima Bar Association")[1] == "JUD"
    assert sectors("the anti-corruption commission")[1] == "GOV"
    assert sectors("the presidential guard")[1] == "MIL"
    assert sectors("the immigration department")[1] == "GOV"
    assert sectors("a private clinic")[1] == "MED"
    assert sectors("the stock exchange")[1] == "BUS"


def test_head_nouns_of_company_and_media_names() -> None:
    assert sectors("Kilima News")[1] == "JRN"
    assert sectors("Kilima FM")[1] == "JRN"
    assert sectors("Kilima Motors")[1] == "BUS"
    assert sectors("Kilima Bank")[1] == "BUS"
    # a bank of a country, or a national or reserve bank, is no company; lower-case heads name nothing
    for phrase in ("the National Bank of Kilima", "the bank", "the news"):
        actor = resolve_actor_text(phrase, anchor=DAY)
        assert actor is None or actor.sector != "BUS", phrase


def test_finance_ministers_are_listed() -> None:
    # finance ministers 2015-2025 of the G20 and of others often in the news, on a day in office
    assert sectors("Paulo Guedes", date(2021, 3, 1)) == ("BRA", "GOV")
    assert sectors("Ken Ofori-Atta", date(2020, 3, 1)) == ("GHA", "GOV")
    assert sectors("Liu Kun", date(2020, 3, 1)) == ("CHN", "GOV")
    assert sectors("Bruno Le Maire", date(2020, 3, 1)) == ("FRA", "GOV")


def test_interior_ministers_are_listed() -> None:
    assert sectors("Horst Seehofer", date(2019, 6, 1)) == ("DEU", "GOV")
    assert sectors("Suleyman Soylu", date(2019, 6, 1)) == ("TUR", "GOV")
    assert sectors("Fernando Grande-Marlaska", date(2020, 6, 1)) == ("ESP", "GOV")
    assert sectors("Flavio Dino", date(2024, 6, 1)) == ("BRA", "JUD")  # on the Supreme Court since 2024

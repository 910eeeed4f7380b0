"""Standalone actor phrases (actors19): a title before a surname the dictionary will not read bare (shared by
several listed people, or spelt like another's) names the one person of that surname holding such an office; a
title that goes before a given name ("Prince ...") picks no surname. Every phrase is written for this test."""

from __future__ import annotations

from datetime import date

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.nlp.actors import resolve_actor_text

DAY = date(2021, 6, 1)


def resolved(phrase: str, day: date = DAY) -> tuple[str | None, str | None, str | None]:
    actor = resolve_actor_text(phrase, anchor=day)
    assert actor is not None, phrase
    return actor.code, actor.sector, actor.name


def test_a_title_picks_the_office_holder_of_a_shared_surname() -> None:
    assert resolved("General Milley") == ("USA", "MIL", "Mark Milley")
    assert resolved("Governor Newsom") == ("USA", "GOV", "Gavin Newsom")
    assert resolved("Secretary Austin") == ("USA", "GOV", "Lloyd Austin")


def test_a_title_still_names_someone_who_has_left_that_office() -> None:
    code, sector, name = resolved("Deputy Secretary Hicks", date(2025, 6, 1))
    assert (code, sector, name) == ("USA", "GOV", "Kathleen Hicks")


def test_a_surname_spelt_as_a_listed_persons_own_is_not_a_variant_of_another() -> None:
    actor = resolve_actor_text("Milley", anchor=DAY)
    assert actor is None or actor.code != "ARG"


def test_a_royal_title_is_followed_by_a_given_name_not_a_surname() -> None:
    actor = resolve_actor_text("Prince Andrew", anchor=DAY)
    assert actor is not None and actor.code != "CAN"


def test_a_lone_town_name_is_its_people_whatever_the_tagger_calls_it() -> None:
    # a single word has no context for the tagger's person reading; a town of size is its people (CVL)
    assert resolved("Kherson")[:2] == ("UKR", "CVL")
    assert resolved("Putin")[:2] == ("RUS", "GOV")  # a listed person's surname is still the person


def test_an_article_the_tagger_swept_into_a_name_does_not_make_a_body_a_persons_name() -> None:
    # "the" tagged as part of a person's name must not make "Lok Sabha" a word inside that name
    assert resolved("the Lok Sabha")[:2] == ("IND", "LEG")


def test_the_head_of_an_international_body_is_an_official() -> None:
    # an intergovernmental body has no sector of its own; its head is an official, as its secretary general is
    assert resolved("the head of the IAEA")[1] == "GOV"
    assert resolved("the EU foreign policy chief")[1] == "GOV"
    assert resolved("the IAEA")[1] is None
    assert resolved("the head of the World Bank")[1] == "BUS"  # a body with a sector keeps it


def test_european_foreign_ministers_are_listed() -> None:
    assert resolved("Pekka Haavisto")[:2] == ("FIN", "GOV")
    assert resolved("Edgars Rinkevics")[:2] == ("LVA", "GOV")  # foreign minister before his presidency
    assert resolved("Foreign Minister Coveney")[:2] == ("IRL", "GOV")


def test_european_defence_ministers_are_listed() -> None:
    assert resolved("Margarita Robles")[:2] == ("ESP", "GOV")
    assert resolved("Kajsa Ollongren", date(2023, 1, 1))[:2] == ("NLD", "GOV")

"""Misspelt country words and agent nouns, and dictionary people and media outside any dated role.

Our own phrases; the resolver is the shipped one with the shipped dictionary.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.nlp.actors import resolve_actor_text


@pytest.mark.parametrize("text, code, sector", [
    ("Ukranians", "UKR", None),             # a dropped letter in a demonym
    ("Ethiopain soldiers", "ETH", "MIL"),    # two letters swapped
    ("Nigerain soldiers", None, "MIL"),      # Nigerian or Nigeran (Niger): too near two words, left
    ("soldeirs", None, "MIL"),               # an agent noun, lower case
    ("Pakistani police", "PAK", "COP"),      # spelt right: unchanged
])
def test_respelt(text: str, code: str | None, sector: str | None) -> None:
    actor = resolve_actor_text(text)
    assert actor is not None
    assert (actor.code, actor.sector) == (code, sector)


@pytest.mark.parametrize("text", ["Ralph Stonebridge", "a demand", "Jaspreet Okonkwo", "Malina Ortiz"])
def test_names_are_not_respelt_into_actors(text: str) -> None:
    assert resolve_actor_text(text) is None


def test_media_are_journalists_not_medicine() -> None:
    actor = resolve_actor_text("Reuters")  # Phoenix's bare [MED]; media.tsv gives its country since
    assert actor is not None and actor.code == "GBR" and actor.sector == "JRN"


def test_dominica_is_a_country() -> None:
    actor = resolve_actor_text("Dominica")
    assert actor is not None and actor.code == "DMA"


def test_person_outside_every_recorded_role() -> None:
    # Bob Dole's Phoenix roles are all dated and closed: after them he is a former US official.
    later = resolve_actor_text("Bob Dole", anchor=date(2020, 6, 1))
    during = resolve_actor_text("Bob Dole", anchor=date(1986, 6, 1))
    assert later is not None and (later.code, later.sector) == ("USA", "ELI")
    assert during is not None and (during.code, during.sector) == ("USA", "LEG")  # Senate majority leader


def test_institution_words_are_no_names() -> None:
    # Phoenix lists "Youth" as another name of a Basque group; an unknown foundation is no such group.
    actor = resolve_actor_text("the Kisumu Youth Foundation")
    assert actor is None or actor.code == "KEN"  # the town, at most; not the French group

"""People named with a nationality before ranked titles, or in apposition to a description whose head alone names
no one (session 24): "Kenyan deputy interior minister X", "a member of the Kenyan parliament, X"; and a body its
country owns ("Mexico's Senate", "the Mexican Senate") whatever the lists give the bare name."""

from __future__ import annotations

import pytest

from eventwire.coding import code_text

PUBLISHED = "2024-03-01"


pytestmark = pytest.mark.usefixtures("rules_only")


def _actor(text: str, name: str):
    for event in code_text(text, published=PUBLISHED):
        for actor in event.actors:
            if name in actor.text:
                return actor
    raise AssertionError(f"no actor {name!r} in {text!r}")


@pytest.mark.parametrize("text, name, code", [
    ("Ghanaian junior trade minister Kofi Mensah summoned Togo's ambassador on Tuesday.", "Kofi Mensah", "GHA"),
    ("Kenyan deputy interior minister Jane Wambui visited the camp on Tuesday.", "Jane Wambui", "KEN"),
    ("Israeli acting defence minister Ron Levy visited the troops on Tuesday.", "Ron Levy", "ISR"),
])
def test_a_nationality_before_rank_words_and_a_title(text: str, name: str, code: str) -> None:
    actor = _actor(text, name)
    assert actor.code == code and actor.sector == "GOV"


def test_a_name_in_apposition_to_a_member_of_a_national_body() -> None:
    actor = _actor("A member of the Kenyan parliament, John Otieno, accused the police of torture on Wednesday.", "Otieno")
    assert (actor.code, actor.sector) == ("KEN", "LEG")


def test_an_apposition_whose_head_names_the_side_is_read_as_before() -> None:
    actor = _actor("The head of the Chilean navy, Admiral Juan Soto, visited the base on Monday.", "Juan Soto")
    assert (actor.code, actor.sector) == ("CHL", "MIL")


def test_rank_words_alone_do_not_widen_a_name() -> None:
    actor = _actor("Acting interior minister Jane Wambui visited the camp on Tuesday.", "Jane Wambui")
    assert actor.text.lower().startswith(("acting", "interior"))


@pytest.mark.parametrize("text, code", [
    ("Mexico's Senate condemned the decision on Monday.", "MEX"),
    ("The Mexican Senate condemned the decision on Monday.", "MEX"),
    ("The Senate condemned the decision on Monday.", "USA"),  # the lists' reading of a bare Senate
])
def test_a_body_a_country_owns_is_that_country_s(text: str, code: str) -> None:
    assert _actor(text, "Senate").code == code

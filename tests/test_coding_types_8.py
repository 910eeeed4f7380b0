"""Event types (issue 4, eighth session): CAMEO dictionary verbs now read by their default code,
hostages and human shields, losses inflicted, promises reneged on, and officials the dictionaries
do not know doing what only states do. Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from eventwire.coding import code_text

PUBLISHED = "2023-06-14"


def kinds(text: str) -> list[tuple[str, str]]:
    return [(e.event, e.cameo) for e in code_text(text, published=PUBLISHED)]


@pytest.mark.parametrize("text,event", [
    ("Protesters pelted police with stones in the capital on Friday.", "ASSAULT"),
    ("Police apprehended two suspects in the bombing of the mosque.", "COERCE"),
    ("Gunmen slaughtered twelve villagers near the Nigerian border.", "ASSAULT"),
    ("The rebels overran an army base in the north of Mali.", "ASSAULT"),
])
def test_dictionary_verbs_with_one_political_sense(text: str, event: str) -> None:
    found = kinds(text)
    assert found and found[0][0] == event, found


def test_hostages_are_an_abduction() -> None:
    assert ("ASSAULT", "181") in kinds("The militia is holding three Turkish engineers hostage.")
    assert ("ASSAULT", "181") in kinds("Hamas is holding three Israeli soldiers hostage in Gaza.")


def test_human_shields_are_coercion() -> None:
    assert ("COERCE", "170") in kinds("Al-Shabaab fighters held dozens of villagers as human shields in the town.")


def test_losses_inflicted_are_an_attack() -> None:
    found = kinds("The Iraqi army inflicted heavy losses on the insurgents near Mosul.")
    assert found and found[0][0] == "ASSAULT", found
    assert all(event != "ASSAULT" for event, _ in kinds("The new tariffs inflicted economic damage on farmers."))


def test_reneging_on_a_promise_is_a_rejection() -> None:
    assert ("REJECT", "120") in kinds("The Serbian president reneged on his pledge to hold early elections.")


def test_an_unknown_official_declaring_martial_law_coerces() -> None:
    found = kinds("Joaquín Ferreira declared martial law in the province on Sunday.")
    assert found and found[0][0] == "COERCE", found


def test_an_unknown_person_signing_a_deal_is_still_no_event() -> None:
    assert all(event not in {"AGREE", "SUPPORT", "COOPERATE"}
               for event, _ in kinds("Joaquín Ferreira signed a deal with a local bakery on Sunday."))


def test_a_force_setting_up_a_post_or_base_deploys() -> None:
    assert ("MOBILIZE", "154") in kinds("The Turkish army has set up a new observation post near Idlib.")
    assert ("MOBILIZE", "154") in kinds("Russian forces established a new military base near the border.")
    assert all(event != "MOBILIZE" for event, _ in kinds("The party established a base of supporters in the north."))


def test_control_of_ground_is_taken_by_force_control_of_a_firm_is_not() -> None:
    assert ("ASSAULT", "192") in kinds("Rebel fighters took control of the town of Kidal on Tuesday.")
    assert ("ASSAULT", "192") in kinds("The army wrested control of the airport from the militia.")
    assert ("ASSAULT", "192") in kinds("Rebels retook the strategic town from government forces on Thursday.")
    assert all(event != "ASSAULT" for event, _ in kinds("The government took control of the failing bank."))
    assert all(event != "ASSAULT" for event, _ in kinds("Democrats gained control of the House in November."))

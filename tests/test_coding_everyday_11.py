"""Everyday senses and wrong types of the eleventh session (issue 4, precision): a result between
teams or countries "beaten", a craft "demonstrated", a board approving its own business, money
"sanctioned"; and retypings: "strikes" by drones are air strikes, not walkouts, and an indictment is
an accusation, not an arrest. Every sentence is written for this test."""

from __future__ import annotations

import pytest

from test_coding_everyday_10 import coded, kinds  # the rules' events with the gate off


EVERYDAY = [
    # results of games and votes
    "Uruguay beat Paraguay on Tuesday night in Montevideo.",
    "The visitors reached the final by beating Arsenal and Chelsea in the spring.",
    "Two newcomers won the seats on the school board, beating the sitting treasurer.",
    # a show or a proof, not a protest
    "The library hosts pottery-making demonstrations for children on Fridays.",
    "The chef will give timed demonstrations at the harvest fair.",
    "The quick recovery of the reef demonstrates that protection works.",
    "The engineers demonstrated the new water pump to the farmers.",
    # a board's own business
    "The county commissioners approved the road maintenance contract on Monday.",
    "A recycling programme was approved by the town council last week.",
    "The water board approved the rate increases in January.",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_senses_make_no_event(text: str) -> None:
    assert kinds(text) == []


def test_police_beating_protesters_is_still_an_assault() -> None:
    assert "ASSAULT" in kinds("Police beat the protesters with batons outside the parliament in Dhaka.")


def test_soldiers_beating_villagers_is_still_an_assault() -> None:
    assert "ASSAULT" in kinds("Soldiers beat several villagers near the border post on Friday.")


def test_a_protest_demonstration_is_still_a_protest() -> None:
    assert "PROTEST" in kinds("Thousands of students demonstrated against the new fees in Santiago on Monday.")


def test_a_street_demonstration_is_still_a_protest() -> None:
    assert "PROTEST" in kinds("Opposition supporters held a street demonstration in Nairobi against the tax law.")


def test_drone_strikes_are_attacks_not_walkouts() -> None:
    events = coded("The army said 40 strikes, mostly by drones, hit militant camps in the province last month.")
    assert "PROTEST" not in [e.event for e in events]


def test_a_labour_strike_stays_a_protest() -> None:
    assert "PROTEST" in kinds("Dock workers began a strike in Rotterdam on Monday over pay.")


def test_approving_an_arms_contract_is_not_domestic_business() -> None:
    assert kinds("The government approved a contract to sell Jordan twelve attack helicopters.") != []


@pytest.mark.parametrize("text", [
    "The state government has sanctioned Rs 12 crore for the new hospital wing.",
    "The ministry sanctioned funds for the flood embankment last month.",
])
def test_sanctioning_money_is_approval_not_a_sanction(text: str) -> None:
    assert "SANCTION" not in kinds(text)


def test_sanctioning_a_country_is_still_a_sanction() -> None:
    assert "SANCTION" in kinds("The European Union sanctioned Belarus over the forced landing of the airliner.")


def test_an_indictment_is_an_accusation_not_an_arrest() -> None:
    events = coded("A federal court in Ohio indicted three men on Tuesday over the bombing of a power station.")
    assert [e.event for e in events] == ["ACCUSE"]

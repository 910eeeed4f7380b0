"""Everyday senses of the eleventh session's second pass (issue 4, precision on general news): games
and matches, firms competing, emergency crews at work and sent to a scene, court appearances and
rulings at trial, local government's own business, a body meeting by itself, praise with no one
praising, substances captured, markets held up. Every sentence is written for this test."""

from __future__ import annotations

import pytest

from test_coding_everyday_10 import kinds  # the rules' events with the gate off


EVERYDAY = [
    # a match or a game
    "The visiting coach made three substitutions after the break to sharpen his side's attack.",
    "Both teams will clash again in the return leg next Sunday in Alexandria.",
    "I learned to parry the enemy attacks and block the heavier blows.",
    # firms competing
    "The retailer spent billions to take on Amazon in online groceries.",
    # emergency crews at work, sent to a scene
    "Firefighters battled the warehouse blaze for six hours on Sunday.",
    "Firefighters battled the incident until late in the evening.",
    "A county deputy was dispatched to the farmhouse after a fire was reported.",
    "Two lifeboats and a rescue helicopter were dispatched to the scene on Monday.",
    "Two officers were dispatched to the house after a neighbour called about a barking dog.",
    # courts
    "The defendant is scheduled to appear in district court on May 3.",
    "Jenkins appeared in court on Thursday, where a judge set bail.",
    "The trial judge allowed the jury to hear the recorded call.",
    # local government's own business
    "The county commission voted 4-1 to deny a request from the developer.",
    "The city council is sanctioning two large housing developments near the river.",
    "The borough council will offer grants to small firms hit by the closures.",
    "Legislation approved by the state senate sets aside money for rural clinics.",
    # engineering
    "The utility said an engineering firm will build a pilot plant to capture carbon dioxide from the flue gas.",
    "An engineering company will build a plant to capture carbon dioxide at the power station.",
    # markets
    "The Nifty has been rallying for three weeks.",
    "High valuations are being supported by cheap credit and strong earnings.",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_senses_make_no_event(text: str) -> None:
    assert kinds(text) == []


def test_police_clashing_with_fans_after_a_match_is_kept() -> None:
    assert "ASSAULT" in kinds("Police clashed with fans after the match in Cairo, injuring twelve.")


def test_a_police_team_raiding_a_house_is_kept() -> None:
    assert kinds("A police team raided the house and arrested three men on Friday.")


def test_police_sent_to_a_riot_are_kept() -> None:
    assert kinds("Police were dispatched to the scene after the mob set fire to shops.")


def test_troops_sent_to_a_border_town_are_kept() -> None:
    assert kinds("Troops were dispatched to the border town after the clashes.")


def test_a_court_that_lets_a_party_act_is_kept() -> None:
    assert kinds("The Supreme Court allowed the government to deport the activists.")


def test_the_security_council_is_no_local_body() -> None:
    assert "REJECT" in kinds("The UN Security Council rejected Russia's request for an emergency session.")


def test_a_council_rejecting_an_army_request_is_kept() -> None:
    assert kinds("The city council rejected the army's request to build a base near the lake.")


OWN_MEETINGS = [
    "At a meeting on Thursday, task force members warned against hasty rules for drones.",
    "The members of the regional transport planning group were meeting on Wednesday afternoon.",
    "The rebel leaders were meeting in emergency session in a farmhouse outside the city.",
]


@pytest.mark.parametrize("text", OWN_MEETINGS)
def test_a_body_meeting_by_itself_is_no_consultation(text: str) -> None:
    assert "CONSULT" not in kinds(text)


def test_a_meeting_with_a_counterpart_is_kept() -> None:
    assert "CONSULT" in kinds("The French foreign minister met his German counterpart in Berlin on Monday.")


def test_a_store_holding_a_shoplifter_is_kept() -> None:
    # a firm's act on a person is no rivalry between firms
    assert "COERCE" in kinds("Supermarket employees detained him after he took $40 in goods, police said.")


PRAISE_WITH_NO_PRAISER = [
    "The pope will baptise a Ghanaian refugee hailed as a hero for saving a child in Rome.",
    "The fire chief had been recognized as Public Servant of the Year.",
]


@pytest.mark.parametrize("text", PRAISE_WITH_NO_PRAISER)
def test_praise_with_no_praiser_is_no_support(text: str) -> None:
    assert "SUPPORT" not in kinds(text)


def test_rebels_capturing_a_town_is_kept() -> None:
    assert kinds("Rebels captured the town of Kidal on Sunday.")


def test_praise_by_a_named_body_is_kept() -> None:
    assert "SUPPORT" in kinds("The mediators were praised by the United Nations for ending the siege.")


def test_a_state_recognised_as_independent_is_kept() -> None:
    assert "SUPPORT" in kinds("Kosovo has been recognised as an independent state by more than 100 countries.")

"""Everyday senses, second round of the twenty-first session (issue 4, precision, category everyday):
a fight that is an effort, not combat (coding/everyday.py, :func:`_fought_figuratively`). "Battle/fight
to" do something with no armed, violent or animal word in the sentence, or a fight through, against or
with what is no foe (a crisis, rising prices), codes no event; troops, rebels and police still fight.
"Target" whose doer is a campaign, an advert, a tax or a law (:func:`_aimed_by_words`) is aimed at, not
attacked; "clash with" between two single persons (:func:`_quarrel`) is a quarrel. Every sentence is written for this test, varying the nouns, names, numbers and word order.
"""

from __future__ import annotations

import pytest
from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text

PUBLISHED = "2023-06-14"


def kinds(text: str) -> list[str]:
    return [e.event for e in code_text(text, published=PUBLISHED)]


EFFORTS = [
    "Both parties are battling to win votes in the March election.",
    "The two candidates fought to win over undecided voters in Ohio.",
    "Opposition parties battled to keep their seats in the regional vote.",
    "The farmer fought to hold back tears as he spoke to reporters.",
    "The company fought to stay afloat during the recession.",
    "Residents are battling through a severe housing crisis this winter.",
    "Many families in Leeds are battling rising energy prices.",
    "Pensioners in Lyon fought against soaring rents for three years.",
]


@pytest.mark.parametrize("sentence", EFFORTS)
def test_a_fight_that_is_an_effort_is_no_event(sentence: str) -> None:
    assert kinds(sentence) == []


COMBAT = [
    "Government troops battled to retake the town from rebels on Monday.",
    "Rebels fought to hold the airport against an army assault.",
    "Police fought with protesters in the capital on Friday.",
    "Kenyan police battled stone-throwing protesters in Nairobi.",
]


@pytest.mark.parametrize("sentence", COMBAT)
def test_armed_fights_stay_assaults(sentence: str) -> None:
    assert "ASSAULT" in kinds(sentence)


# "Target" whose doer is a campaign, an advert, a tax, a law or a letter, in a sentence with no armed word.
AIMED = [
    "A telephone campaign by a church group targeted two senators in Richmond.",
    "The advertising campaign targeted young voters in Texas.",
    "New television adverts target older voters in Florida.",
    "The lawmakers were targeted by a letter-writing drive from a farmers' union.",
]


@pytest.mark.parametrize("sentence", AIMED)
def test_aimed_by_a_campaign_or_a_tax_is_no_assault(sentence: str) -> None:
    assert "ASSAULT" not in kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "Airstrikes targeted rebel positions near Idlib.",
    "Gunmen targeted a police station in Quetta on Sunday.",
    "A bombing campaign targeted bridges across the province.",
])
def test_armed_targeting_stays_an_assault(sentence: str) -> None:
    assert "ASSAULT" in kinds(sentence)


# "Clash with" between two single persons (a named person or a post-holder) with no armed word: a quarrel.
QUARRELS = [
    "The finance minister clashed with her deputy over the budget.",
    "Senator Ruiz has repeatedly clashed with the governor about school funding.",
    "The health secretary clashed with the mayor over hospital closures.",
    "Prime Minister Olsen clashed with his predecessor on Tuesday.",
    "The governor has clashed with the state treasurer about pensions.",
]


@pytest.mark.parametrize("sentence", QUARRELS)
def test_a_quarrel_between_two_people_is_no_assault(sentence: str) -> None:
    assert kinds(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Students clashed with supporters of the ruling party in Dhaka.",
    "Protesters clashed with police over the new law.",
    "Hamas clashed with Fatah in Gaza City.",
])
def test_clashes_of_groups_stay_events(sentence: str) -> None:
    assert kinds(sentence) != []


# "Exploding" as a participle on a noun that does not blow up: protests, anger, prices.
SURGES = [
    "With Chile's student protests exploding across the country, the minister resigned.",
    "With teachers' protests exploding in three states, the union called a national meeting.",
    "With nurses' protests exploding across Ireland, the health minister flew home early.",
]


@pytest.mark.parametrize("sentence", SURGES)
def test_protests_exploding_are_no_bombing(sentence: str) -> None:
    assert "ASSAULT" not in kinds(sentence)


def test_a_bomb_exploding_stays_an_assault() -> None:
    assert "ASSAULT" in kinds("A bomb exploding near the market in Kandahar killed four people.")

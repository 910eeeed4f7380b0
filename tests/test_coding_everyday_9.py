"""Everyday senses and wrong types told by the phrase (issue 4, precision, ninth session): an event
noun that only describes a place ("riot-affected districts"), the month of March read as a protest
march, a toll "left" by a blast, stances "taken", summons of one's own officials, situations
"controlled", fears "apprehended", "barring" as "except", verbal attacks, a body's own meeting,
figures of speech. The acts they look like stay events, and some are retyped: a demand for a probe
is a request, a verbal attack is criticism, forces called in are a deployment. Every sentence is
written for this test."""

from __future__ import annotations

import pytest

from eventwire.coding import code_text
from eventwire.coding import gate


def kinds(text: str) -> list[str]:
    """The event types the rules code, whatever the learned gate would keep."""
    gate.set_enabled(False)
    try:
        return [e.event for e in code_text(text, published="2023-06-14")]
    finally:
        gate.set_enabled(None)


# Each sentence tells no act between political actors, though a word in it looks like one.
EVERYDAY = [
    # an event noun describing a place
    "The governor toured riot-affected districts of the state on Sunday.",
    "Relief camps were set up in the riot-torn town.",
    # the month of March read as a march
    "The elections are due to be held on March 27.",
    "The board meeting will be held in the capital on march 14.",
    # stances and tallies taken
    "The senator has taken a hard line on the budget.",
    "The governor has taken a partisan position on the dispute.",
    # a situation controlled, a fear apprehended, "barring" as "except"
    "The new commander hopes to control the situation within a week.",
    "The council could have apprehended trouble after the verdict.",
    "Barring a minor incident in the east, the city was calm on Friday.",
    # summons of one's own officials, or of the police by a tenant
    "The governor summoned senior officials to review the preparations.",
    "Police were summoned to the flat by a worried neighbour.",
    # averted, mourned, deferred
    "Officials increased checks to avert any clash during the festival.",
    "Residents stayed indoors mourning the victims of the flood.",
    "The union decided to defer its convention until May.",
    # approvals, crimes, retorts, efforts, words countered
    "The ministry sanctioned the construction of two new bridges.",
    "The council approved the budget on Tuesday.",
    "He committed the second offence a month later.",
    "The mayor was retaliating against the allegations made by his rivals.",
    "The ministry stepped up its efforts to counter the rumours.",
    "She felt compelled to take over the job herself.",
    # caught in, figures of speech
    "The student was caught in a hail of gunfire from two men on scooters.",
    "The speculation surrounding the adviser grew louder this week.",
    "It is striking that prices are rising in every region.",
    "The problem, as demonstrated by the long queues, is the shortage of staff.",
    # a verbal attack coded as an armed one, a body's own meeting
    "Her scathing attack on the chancellor drew laughter from the benches.",
    "He spoke to reporters after a cabinet meeting on Thursday.",
    # a plot told
    "The film depicts rebels attacking a convoy in the desert.",
    "The novel tells of a massacre in a mountain village.",
    # words, ranks, routine business and home budgets
    "He called the new press law an attack on democracy.",
    "Two of the officers occupy senior posts in the capital.",
    "The state government plans to impose fresh taxes on diesel.",
    "The council has decided to set up peace committees in every ward.",
    "The administration announced a compensation of 100,000 rupees for each family.",
    "The education board will conduct examinations for senior classes from Monday.",
    "The senator raised the issue in the chamber on Friday.",
    "The retired inspector recalls that a crowd gathered outside the station.",
    "A senior official, when asked to comment on the march, said it was peaceful.",
    "The party stressed the need to forge an alliance of small parties.",
    "The party wants to strengthen secular forces in the state.",
    "The seer was surrounded by devotees at the temple gate.",
    "A porter was killed when he fell from a bus near the bridge.",
    "The party launched its election campaign with a rally at the fairground.",
    "The ministry has given legal sanction to the new museum.",
    # a body meeting by itself, a page's list of links
    "The union cabinet met late on Thursday and recommended new rules.",
    "Related stories: 50 protesters arrested in the capital; police fire on crowd in the port",
    # things given or released that are not goods or people
    "The delay gave some anxious moments to the organisers.",
    "The ministry released a white paper on water use.",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_phrases_are_no_events(text: str) -> None:
    assert kinds(text) == []


# The acts these guards must leave alone, and types read from the phrase.
@pytest.mark.parametrize("text, kind", [
    ("Militants attacked a border post near the river on Tuesday.", "ASSAULT"),
    ("Troops surrounded the village on Monday.", "MOBILIZE"),
    ("Police detained six opposition activists in the capital.", "COERCE"),
    ("China summoned the US ambassador on Monday.", "ACCUSE"),
    ("Pakistan summoned the Indian high commissioner over the shooting.", "ACCUSE"),
    ("The government ordered a judicial probe into the violence.", "ACCUSE"),
    ("Thousands of workers held a march in the capital on Sunday.", "PROTEST"),
    ("The army has taken positions around the parliament.", "MOBILIZE"),
    ("Police barred the opposition leader from entering the city.", "COERCE"),
    ("Video footage shows soldiers beating a man in Lagos.", "ASSAULT"),
    ("Russia recalled its ambassador from Kyiv.", "SANCTION"),
    ("Slovenia said its ambassador was recalled for consultations.", "SANCTION"),
    ("Insurgents occupied the town hall on Friday.", "ASSAULT"),
    ("The cabinet met the union leaders on Thursday.", "CONSULT"),
    ("Thousands of students held a rally against the fee increase.", "PROTEST"),
    ("Two people were killed when a shell fell on their house.", "ASSAULT"),
    # a bandh is a strike
    ("The trade unions called a nationwide bandh on Friday.", "PROTEST"),
    # barricades put up by the authorities restrict, they are no protest
    ("The administration has put up barricades on all streets of the town.", "COERCE"),
    # a verbal attack is criticism (CAMEO 111), not an assault
    ("The senator attacked the governor in a speech on Tuesday.", "ACCUSE"),
    ("Senator Smith launched a scathing attack on President Biden in a speech.", "ACCUSE"),
    # forces called in are a deployment, not an appeal
    ("The state government called in paramilitary forces on Wednesday.", "MOBILIZE"),
])
def test_acts_and_retyped_phrases(text: str, kind: str) -> None:
    assert kind in kinds(text)


def test_verbal_attack_is_not_an_assault() -> None:
    assert "ASSAULT" not in kinds("The senator attacked the governor in a speech on Tuesday.")


def test_a_demand_for_a_probe_is_no_investigation() -> None:
    found = kinds("The opposition leader Rahul Mehta demanded a judicial probe into the violence.")
    assert "ACCUSE" not in found


def test_a_toll_left_is_no_retreat() -> None:
    assert "RETREAT" not in kinds("Police firing in the old city left two dead and five injured.")


def test_a_toll_left_by_an_event_noun_is_that_event() -> None:
    # the attacks carry the event; the toll's "wounded" is not a second one
    assert kinds("Two attacks in the province left three people dead and six wounded, officials said.") == ["ASSAULT"]


def test_a_toll_left_by_no_event_noun_is_kept() -> None:
    assert kinds("The blast at the shrine on Monday left 20 people dead and more than 120 injured.") == ["ASSAULT"]

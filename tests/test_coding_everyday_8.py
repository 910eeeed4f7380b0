"""Everyday senses told by the doer or the setting (issue 4, precision, eighth session): a market or a
price that rallies or retreats, an animal that attacks, players in a game or a fiction, someone fired
from a job, points scored, a plan executed. None is an act between political actors. The acts they
look like stay events. Every sentence is written for this test."""

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


# Each sentence is an everyday happening told by its doer or its setting, not an act between actors.
EVERYDAY = [
    # markets and prices move
    "Bank shares rallied on Tuesday after the central bank held rates.",
    "Oil prices surrendered their early gains as traders sold.",
    "The rupee retreated against the dollar in thin trading.",
    # animals attack
    "A swarm of bees attacked a family at a picnic in Arizona on Sunday.",
    "A dog attacked a girl in a park in Leeds on Monday.",
    "The hiker was killed by a bear near her cabin.",
    # games, leagues and points
    "In the new video game, players attack enemy bases with drones.",
    "Players can attack rival kingdoms in the game.",
    "Smog forced the football league to call off two matches.",
    "She scored 30 points against the visitors on Sunday.",
    # jobs
    "The company fired its chief executive on Friday.",
    "The mayor fired the police chief on Monday.",
    "He was fired from his job at the bank after the scandal.",
    # plans and programs executed
    "The bridge projects were executed by army engineers.",
    "The test system executed four variants of the suite.",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_happenings_are_no_events(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize("text, kind", [
    ("Gunmen fired on a police station in Kabul.", "ASSAULT"),
    ("Troops fired rockets at the village.", "ASSAULT"),
    ("Iran executed a man convicted of spying.", "ASSAULT"),
    ("Police beat strikers outside the factory.", "ASSAULT"),
    ("Rebels attacked an army base in the north on Monday.", "ASSAULT"),
    ("Police arrested the protest leaders in Minsk.", "COERCE"),
    ("Soldiers detained dozens of men in a series of raids across the province.", "COERCE"),
])
def test_the_acts_they_look_like_stay(text: str, kind: str) -> None:
    assert kind in kinds(text)

"""Parties of event nouns of the twentieth session (issue 4, precision, category party): who a fight
names as its side when it names no other side (``_fought_in``), and who acts "in protest"
(``_in_protest``) when the parser hangs the idiom on an object. Every sentence is written for this test."""

from __future__ import annotations

import pytest
from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text


def events(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.event, [a.text for a in e.actors], [r.text for r in e.recipients])
            for e in code_text(text, published="2023-06-14")]


def actors_of(text: str, trigger: str) -> list[str]:
    return [a.text for e in code_text(text, published="2023-06-14") if e.evidence.trigger == trigger
            for a in e.actors]


# People hurt in a fight that names no other side were not shown to fight in it.
CAUGHT_IN = [
    "As many as 40 people were injured in the clashes on Sunday.",
    "Nearly 200 persons have been injured in the clashes so far, officials said.",
]


@pytest.mark.parametrize("text", CAUGHT_IN)
def test_the_hurt_are_no_side_of_a_fight_naming_none(text: str) -> None:
    assert all("people" not in a and "persons" not in a for kind, a, _ in events(text))


# KEEP: fighters hurt in it, and anyone hurt in a fight with a named other side, are a side.
SIDES = [
    ("Three policemen were injured in the clashes in the old city.", "policemen"),
    ("Five students were injured in clashes with police near the campus.", "students"),
]


@pytest.mark.parametrize("text,side", SIDES)
def test_fighters_and_named_fights_keep_their_side(text: str, side: str) -> None:
    assert any(side in " ".join(a) for kind, a, _ in events(text))


def test_an_act_in_protest_hung_on_an_object_is_the_subjects() -> None:
    assert any("members" in a for a in actors_of(
        "Opposition Congress members walked out of the house in protest.", "protest"))


# KEEP: a passive names no protester; an owned protest keeps its owner.
def test_a_passive_in_protest_names_no_protester() -> None:
    assert not actors_of("The shops were shut in protest against the killing.", "protest")


def test_the_farmers_blocking_in_protest_still_protest() -> None:
    assert any("farmers" in a for kind, a, _ in events("The farmers blocked the highway in protest against the new law."))


def recipients_of(text: str, kind: str) -> list[str]:
    return [r.text for e in code_text(text, published="2023-06-14") if e.event == kind for r in e.recipients]


# A passive verb's by-phrase the parser hung on the object of the verb's own preposition is its agent.
BY_ON_AN_OBJECT = [
    ("Newly qualified doctors must be provided with financial help by the state government in their first years, "
     "the association said.", "state government"),
    ("The students were attacked with iron rods by a mob on Sunday.", "mob"),  # KEEP: the parser's own agent
]


@pytest.mark.parametrize("text,doer", BY_ON_AN_OBJECT)
def test_a_by_phrase_on_the_verbs_object_is_the_agent(text: str, doer: str) -> None:
    assert any(doer in " ".join(a) for kind, a, _ in events(text))


def test_a_by_phrase_of_an_event_noun_is_not_the_verbs() -> None:
    # KEEP: a by-phrase deeper, on an event noun, does the noun's act, not the arrest
    assert all("gang" not in " ".join(a) for kind, a, _ in events(
        "Two men were arrested on Monday in connection with the killing of a shopkeeper by a gang."))


def test_a_banned_entry_is_aimed_at_those_entering() -> None:
    assert "teachers" in " ".join(recipients_of(
        "The entry of teachers into the campus has been banned by the district administration.", "COERCE"))


def test_a_reaction_met_with_gives_the_meeting_no_agent() -> None:
    # KEEP: "was met with" a reaction: whoever reacts meets no one
    assert not [a for kind, a, _ in events("His remarks have been met with equally angry replies by opposition leaders.")
                if any("opposition leaders" in x for x in a)]

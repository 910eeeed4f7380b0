"""Indian English words for the parties an event names (actors17): reporters called scribes or lensmen
as targets, opposition leaders and a lower-case MP as doers. Every sentence is written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text

TAIL = " the town stayed tense through the day and most shops remained shut in the old quarter of the city."


def events(sentence: str, kind: str):
    return [e for e in code_text(sentence + TAIL, published="2002-03-05")
            if e.event == kind and e.evidence.start < len(sentence)]


def test_scribes_are_the_target_of_an_assault() -> None:
    [event] = events("a mob of rioters beat up three scribes near the bus stand.", "ASSAULT")
    assert [a.sector for a in event.recipients] == ["JRN"]


def test_opposition_leaders_meet_as_politicians() -> None:
    [event] = events("the opposition leaders met the president on friday.", "CONSULT")
    assert [a.sector for a in event.actors] == ["PTY"]


def test_a_lower_case_mp_named_after_his_title_is_the_doer() -> None:
    [event] = events("trinamul mp ajay sen condemned the killings.", "ACCUSE")
    assert [(a.text, a.sector) for a in event.actors] == [("trinamul mp ajay sen", "LEG")]

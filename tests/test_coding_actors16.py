"""Role nouns of Indian English reports fill the parties an event names (actors16). Every sentence is
written for this test."""

from __future__ import annotations

from test_coding_parties import _no_gate  # noqa: F401

from eventwire.coding import code_text

TAIL = " the town stayed tense through the day and most shops remained shut in the old quarter of the city."


def events(sentence: str, kind: str):
    return [e for e in code_text(sentence + TAIL, published="2002-03-05")
            if e.event == kind and e.evidence.start < len(sentence)]


def test_mediapersons_are_the_target_of_an_assault() -> None:
    [event] = events("a mob of rioters beat up three mediapersons near the bus stand.", "ASSAULT")
    assert [a.sector for a in event.recipients] == ["JRN"]


def test_jawans_are_the_doers() -> None:
    found = events("the jawans opened fire on the mob that set the shops ablaze.", "ASSAULT")
    assert found and [a.sector for a in found[0].actors] == ["MIL"]
